// SPDX-License-Identifier: GPL-3.0-or-later
// The decided report versions (beslutade versioner) of one nämnd, oldest first, as a table.
#pragma once

#include "core/error.h"
#include "storage/decision.h"

#include <QAbstractTableModel>

#include <vector>

namespace Tertial::Storage {
class Store;
}

namespace Tertial::Models {

// One row per decision; the list carries no snapshot or document (Store::decisions): a decision
// is read whole, with its hashes checked, only when its document is opened.
class DecisionListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Dnr, Report, DecidedOn, Recorded, Template, Hash, Count };

    explicit DecisionListModel(QObject *parent = nullptr);

    // Reads the nämnd's decisions from the store; on an error the list is empty.
    Core::Result<void> load(Storage::Store &store, Storage::Id namndId);
    const Storage::Decision &decision(int row) const { return m_decisions.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Månadsrapport oktober 2017", "Delårsrapport augusti 2021", "Årsredovisning 2020".
    static QString reportTitle(const Storage::Decision &decision);

private:
    std::vector<Storage::Decision> m_decisions;
};

} // namespace Tertial::Models
