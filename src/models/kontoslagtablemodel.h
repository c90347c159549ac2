// SPDX-License-Identifier: GPL-3.0-or-later
// The Kontoslag view of the Ekonomi tab: the Driftredovisning per kontoslag (seed 003) of the
// selected nämnd and period, as the core derives it; read-only.
#pragma once

#include "core/economictable.h"

#include <QAbstractTableModel>

namespace Tertial::Models {

class Document;

class KontoslagTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Kontoslag, ActualNet, BudgetPeriod, BudgetDeviation, BudgetYear, Forecast, ForecastDeviation,
                        PreviousYear, Change, Count };
    enum Role { RawValueRole = Qt::UserRole + 1 }; // qint64 öre

    explicit KontoslagTableModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The rows shown: the group rows, the kontoslag with figures, the total last.
    const std::vector<const Core::EconomicRow *> &rows() const { return m_rows; }

private:
    void rebuild();

    Document *m_document;
    Core::EconomicTable m_table;
    std::vector<const Core::EconomicRow *> m_rows;
};

} // namespace Tertial::Models
