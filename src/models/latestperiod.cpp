// SPDX-License-Identifier: GPL-3.0-or-later
// The latest period with utfall.
#include "latestperiod.h"

#include <algorithm>

namespace Tertial::Models {

std::string periodForMonth(int month)
{
    switch (month) {
    case 4: return "T1";
    case 8: return "T2";
    case 12: return "helår";
    default: return std::to_string(month);
    }
}

std::optional<Selection> latestActualSelection(Storage::Store &store, const std::string &kommun, Storage::Id namndId,
                                               std::optional<int> year)
{
    std::vector<int> years;
    if (year) {
        years.push_back(*year);
    } else {
        auto stored = store.years(namndId);
        if (!stored || stored->empty())
            return std::nullopt;
        years.assign(stored->rbegin(), stored->rend()); // newest first
    }
    for (const int y : years) {
        auto figures = store.figures(namndId, y);
        if (!figures)
            continue;
        int latest = 0;
        for (const Storage::Figure &f : *figures) {
            const bool actual = f.key.measure == Storage::Measure::ActualNet || f.key.measure == Storage::Measure::ActualIncome
                                || f.key.measure == Storage::Measure::ActualCost;
            if (actual && f.key.month)
                latest = std::max(latest, *f.key.month);
        }
        if (latest > 0)
            return Selection{kommun, namndId, y, periodForMonth(latest)};
    }
    return Selection{kommun, namndId, years.front(), "helår"};
}

} // namespace Tertial::Models
