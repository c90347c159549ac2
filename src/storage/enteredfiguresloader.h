// SPDX-License-Identifier: GPL-3.0-or-later
// Stored figures of one nämnd-year as of one month, as the core takes them (Core::NamndFigures).
#pragma once

#include "records.h"
#include "store.h"

#include "core/error.h"
#include "core/namndfigures.h"

#include <optional>
#include <span>

namespace Tertial::Storage {

// Which figures a table is built from.
struct FiguresAsOf final
{
    int year = 0;
    int month = 0;                    // cumulative figures run january..month
    std::optional<int> forecastMonth; // the month the prognos was made in; absent: `month`, 0: none
};

// Sorts `figures` (any years; only asOf.year and the year before are read) into own figures per
// verksamhet, figures per verksamhet × kontoslag, and the kontoslag figures of `namndNode`, the
// nämnd's hidden node (whole-nämnd figures, seed 003). Per entry: budget helår, periodens budget,
// utfall and the prognos of the month; utfall föregående år netto to the same month (intäkter +
// kostnader where only the split is stored). Unknown kontoslag codes are skipped (import refuses them).
Core::NamndFigures enteredFigures(std::span<const Figure> figures, std::optional<Id> namndNode, const FiguresAsOf &asOf);

// Reads the nämnd's figures of asOf.year and the year before and sorts them as above.
Core::Result<Core::NamndFigures> loadEnteredFigures(Store &store, Id namndId, const FiguresAsOf &asOf);

} // namespace Tertial::Storage
