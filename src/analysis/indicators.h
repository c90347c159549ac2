// SPDX-License-Identifier: GPL-3.0-or-later
// The nämnd's indicators in a period: values, målvärde and status (computed once, overrides applied).
#pragma once

#include "namndinputs.h"

#include "core/indicatorstatus.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Tertial::Analysis {

// One indicator as of (year, month). The value of a year is its yearly value at the year's end
// (month 12), else the latest monthly value up to the month: Huddinge's delår values (month 8)
// count in august, a yearly value is known only in december.
struct IndicatorLine final
{
    Storage::Indicator indicator;
    std::optional<double> value;       // utfall of the period
    std::optional<int> valueMonth;     // the month it was reported for; none = the yearly value
    std::optional<double> target;      // målvärde of the year (the yearly one, else the latest monthly)
    std::optional<double> previous;    // utfall of the year before (its yearly value, else its latest)
    std::map<int, std::optional<double>> history; // utfall per year up to this year, as above
    std::map<int, std::optional<double>> targets; // målvärde per year up to this year
    // The core's status (Core::decideIndicatorStatus), or why it could not be decided.
    Core::Result<Core::IndicatorStatus> computed = Core::IndicatorStatus::NoTarget;
    std::optional<Storage::StatusOverride> override_; // set by hand for this period
    // What every view shows: the override's status, else the computed one; none only when the
    // computation failed (a tolerance out of range) and nobody set one: `error` says why.
    std::optional<Core::IndicatorStatus> status;
    std::string error;
};

// The key an override of (year, month) is stored under: the yearly value's (no month) at the
// year's end, else the month's. The workbench sets and every view reads it so.
std::optional<int> overrideMonth(int month);

// Every indicator of the nämnd as of `month` of the inputs' year, in the store's order.
std::vector<IndicatorLine> indicatorLines(const NamndInputs &inputs, int month);

} // namespace Tertial::Analysis
