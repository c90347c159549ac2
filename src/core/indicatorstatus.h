// SPDX-License-Identifier: GPL-3.0-or-later
// Indicator status (måluppfyllelse): uppnått / delvis uppnått / ej uppnått / saknas.
#pragma once

#include "error.h"
#include "indicatortarget.h"

#include <array>
#include <optional>
#include <string_view>

namespace Tertial::Core {

enum class IndicatorStatus {
    Met,       // uppnått (● in seed 000)
    PartlyMet, // delvis uppnått (◆)
    NotMet,    // ej uppnått (■)
    Missing,   // saknas: no utfall for the year (Nacka prints ■ too; kept apart on purpose)
    NoTarget,  // inget mål: no målvärde to compare with (never computed by indicatorStatus)
};

inline constexpr std::array<IndicatorStatus, 5> kAllIndicatorStatuses = {
    IndicatorStatus::Met, IndicatorStatus::PartlyMet, IndicatorStatus::NotMet, IndicatorStatus::Missing,
    IndicatorStatus::NoTarget,
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

// "uppnått", "delvis uppnått", "ej uppnått", "saknas", "inget mål": the Swedish label, also the
// code a status set by hand is stored with.
std::string_view statusLabel(IndicatorStatus status);
std::optional<IndicatorStatus> statusFromLabel(std::string_view label);
// The statuses a controller may set by hand over the computed one: every one but saknas (a
// missing value is a fact, not a judgement).
bool isOverridableStatus(IndicatorStatus status);
// `tertial-cli status --csv`: uppnatt, delvis, ej_uppnatt, saknas, inget_mal.
std::string_view statusCsvCode(IndicatorStatus status);

// The one rule for an indicator's status in a period (every view, report and command uses it):
// - a kind that compares with a målvärde (minst, högst, nivå) without one: inget mål;
// - no utfall: saknas (so a missing value is never ej uppnått), or inget mål without a target;
// - otherwise indicatorStatus() with the tolerance as the level band (nivå) or the delvis share.
// Errors as indicatorStatus (a tolerance out of range).
struct IndicatorStatusInputs final
{
    TargetKind kind = TargetKind::AtLeast;
    std::optional<double> target;    // målvärde of the period
    std::optional<double> tolerance; // tolerans: the indicator's own; unset = the nämnd default
    std::optional<double> value;     // utfall of the period
    std::optional<double> previous;  // utfall of the year before (öka, minska)
};
Result<IndicatorStatus> decideIndicatorStatus(const IndicatorStatusInputs &inputs,
                                              double defaultPartialShare = kDefaultPartialShare);

} // namespace Tertial::Core
