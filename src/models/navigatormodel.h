// SPDX-License-Identifier: GPL-3.0-or-later
// The navigator: kommun → nämnd → år → rapportperiod, read from the store.
#pragma once

#include "selection.h"

#include "storage/store.h"

#include <QStandardItemModel>

#include <optional>

namespace Tertial::Models {

class NavigatorModel final : public QStandardItemModel
{
    Q_OBJECT
public:
    enum class Kind { Kommun, Namnd, Year, Period, Placeholder };
    enum Role {
        KindRole = Qt::UserRole + 1,
        KommunRole, // code
        NamndIdRole,
        YearRole,
        PeriodRole, // core period code ("10", "T2", "delår", "helår")
    };

    explicit NavigatorModel(QObject *parent = nullptr);

    // Kommuner with at least one nämnd, their nämnder; years are read when a nämnd is expanded.
    Core::Result<void> load(Storage::Store &store);
    // Reads the years with figures of the nämnd at `index` (once), replacing the placeholder.
    void populateYears(Storage::Store &store, const QModelIndex &index);

    // The selection a period item stands for, if it is one.
    std::optional<Selection> selectionAt(const QModelIndex &index) const;
    // The period item of a selection (populating the path on the way), or invalid.
    QModelIndex indexOf(Storage::Store &store, const Selection &selection);

    static QString periodLabel(const std::string &code);

private:
    void addYear(QStandardItem *namnd, int year);
};

} // namespace Tertial::Models
