// SPDX-License-Identifier: GPL-3.0-or-later
// Where the workbench opens: the latest reporting period of a nämnd that has utfall, so that the
// first view is figures, not a Helår with every Utfall column empty.
#pragma once

#include "selection.h"

#include "storage/store.h"

#include <optional>

namespace Tertial::Models {

// The period code for figures as of `month`: "T1" (april), "T2" (august), "helår" (december),
// else the month ("10").
std::string periodForMonth(int month);

// The nämnd's latest (year, month) with an utfall figure as a selection (periodForMonth); within
// `year` when given. No utfall at all: the latest (or the given) year, helår. No years: none.
std::optional<Selection> latestActualSelection(Storage::Store &store, const std::string &kommun, Storage::Id namndId,
                                               std::optional<int> year = std::nullopt);

} // namespace Tertial::Models
