// SPDX-License-Identifier: GPL-3.0-or-later
// Indicator status (måluppfyllelse): uppnått / delvis uppnått / ej uppnått / saknas.
#pragma once

#include "error.h"
#include "indicatortarget.h"

#include <optional>
#include <string_view>

namespace Tertial::Core {

enum class IndicatorStatus {
    Met,       // uppnått (● in seed 000)
    PartlyMet, // delvis uppnått (◆)
    NotMet,    // ej uppnått (■)
    Missing,   // saknas: no utfall for the year (Nacka prints ■ too; kept apart on purpose)
};

// The status of one indicator for one year.
// - value: this year's utfall; nullopt or NaN = saknas.
// - previousValue: last year's utfall, needed by Increase/Decrease only; nullopt or NaN there
//   also gives saknas (nothing to compare with).
// - defaultPartialShare: the nämnd default used when the target has no share of its own.
// The rules, with s = the partial share (default 0,8):
// - AtLeast x: met when v >= x; delvis when v >= s·x (reached at least 80 % of the target).
// - AtMost x (the mirror): met when v <= x; delvis when v <= x / s (at most 25 % above the target
//   with s = 0,8). A target of 0 leaves no delvis band: 4 vräkta barn vs 0 is ej uppnått.
// - Level x ± t: met when |v - x| <= t; delvis when s·(x - t) <= v <= (x + t) / s, i.e. the
//   AtLeast rule below the band and the AtMost rule above it.
// - Increase / Decrease: AtLeast / AtMost with last year's value as the target, except that
//   equal is not met (no change is not an increase): delvis covers "unchanged" and a change the
//   wrong way within the share.
// The share rules assume a non-negative target (percentages, counts, days); for a target below
// zero the delvis band is empty. Comparisons allow a relative 1e-9 so that binary rounding of
// printed figures (1,2 / 0,8 = 1,5) never decides a boundary.
// Errors: a partial share outside (0, 1] or a negative level tolerance (OutOfRange).
Result<IndicatorStatus> indicatorStatus(const IndicatorTarget &target, std::optional<double> value,
                                        std::optional<double> previousValue = std::nullopt,
                                        double defaultPartialShare = kDefaultPartialShare);

// "uppnått", "delvis uppnått", "ej uppnått", "saknas"
std::string_view statusLabel(IndicatorStatus status);

} // namespace Tertial::Core
