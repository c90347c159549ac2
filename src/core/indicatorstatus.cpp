// SPDX-License-Identifier: GPL-3.0-or-later
// Indicator status from utfall and målvärde.
#include "indicatorstatus.h"

#include "svformat.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace Tertial::Core {
namespace {

// Printed figures (1,1 %, 85 %) carry binary rounding; a relative 1e-9 absorbs it without
// moving any boundary a report could show.
double slack(double a, double b)
{
    return 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

bool atLeast(double value, double threshold) { return value >= threshold - slack(value, threshold); }
bool atMost(double value, double threshold) { return value <= threshold + slack(value, threshold); }

std::optional<double> present(std::optional<double> value)
{
    if (value && std::isnan(*value))
        return std::nullopt;
    return value;
}

IndicatorStatus higherIsBetter(double value, double target, double share, bool strict)
{
    const bool met = strict ? !atMost(value, target) : atLeast(value, target);
    if (met)
        return IndicatorStatus::Met;
    // The band is empty for a target <= 0: share·target is not below the target then.
    if (target > 0.0 && atLeast(value, share * target))
        return IndicatorStatus::PartlyMet;
    return IndicatorStatus::NotMet;
}

IndicatorStatus lowerIsBetter(double value, double target, double share, bool strict)
{
    const bool met = strict ? !atLeast(value, target) : atMost(value, target);
    if (met)
        return IndicatorStatus::Met;
    if (target > 0.0 && atMost(value, target / share))
        return IndicatorStatus::PartlyMet;
    return IndicatorStatus::NotMet;
}

} // namespace

Result<IndicatorStatus> indicatorStatus(const IndicatorTarget &target, std::optional<double> value,
                                        std::optional<double> previousValue, double defaultPartialShare)
{
    const double share = target.partialShare.value_or(defaultPartialShare);
    if (!(share > 0.0 && share <= 1.0)) {
        return fail(ErrorCode::OutOfRange, "andelen för delvis uppnått är " + formatNumber(share, 3)
                                               + ": väntade ett tal större än 0 och högst 1 (0,8 = 80 % av målet)");
    }
    if (!(target.levelTolerance >= 0.0)) {
        return fail(ErrorCode::OutOfRange,
                    "toleransen för nivåmål är negativ: väntade 0 eller mer (+/- runt målvärdet)");
    }

    const auto current = present(value);
    if (!current)
        return IndicatorStatus::Missing;
    const double v = *current;

    switch (target.kind) {
    case TargetKind::AtLeast: return higherIsBetter(v, target.value, share, false);
    case TargetKind::AtMost: return lowerIsBetter(v, target.value, share, false);
    case TargetKind::Level: {
        const double low = target.value - target.levelTolerance;
        const double high = target.value + target.levelTolerance;
        if (atLeast(v, low) && atMost(v, high))
            return IndicatorStatus::Met;
        return v < low ? higherIsBetter(v, low, share, false) : lowerIsBetter(v, high, share, false);
    }
    case TargetKind::Increase:
    case TargetKind::Decrease: {
        const auto previous = present(previousValue);
        if (!previous)
            return IndicatorStatus::Missing;
        return target.kind == TargetKind::Increase ? higherIsBetter(v, *previous, share, true)
                                                   : lowerIsBetter(v, *previous, share, true);
    }
    }
    return IndicatorStatus::Missing;
}

std::string_view statusLabel(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::Met: return "uppnått";
    case IndicatorStatus::PartlyMet: return "delvis uppnått";
    case IndicatorStatus::NotMet: return "ej uppnått";
    case IndicatorStatus::Missing: return "saknas";
    case IndicatorStatus::NoTarget: return "inget mål";
    }
    return "saknas";
}

std::optional<IndicatorStatus> statusFromLabel(std::string_view label)
{
    for (IndicatorStatus status : kAllIndicatorStatuses)
        if (statusLabel(status) == label)
            return status;
    return std::nullopt;
}

bool isOverridableStatus(IndicatorStatus status)
{
    return status != IndicatorStatus::Missing;
}

std::string_view statusCsvCode(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::Met: return "uppnatt";
    case IndicatorStatus::PartlyMet: return "delvis";
    case IndicatorStatus::NotMet: return "ej_uppnatt";
    case IndicatorStatus::Missing: return "saknas";
    case IndicatorStatus::NoTarget: return "inget_mal";
    }
    return "saknas";
}

Result<IndicatorStatus> decideIndicatorStatus(const IndicatorStatusInputs &inputs, double defaultPartialShare)
{
    const bool comparesWithTarget = inputs.kind != TargetKind::Increase && inputs.kind != TargetKind::Decrease;
    const bool hasTarget = inputs.target && !std::isnan(*inputs.target);
    if (comparesWithTarget && !hasTarget)
        return IndicatorStatus::NoTarget;
    IndicatorTarget target;
    target.kind = inputs.kind;
    target.value = hasTarget ? *inputs.target : 0.0;
    if (inputs.tolerance) {
        if (inputs.kind == TargetKind::Level)
            target.levelTolerance = *inputs.tolerance;
        else
            target.partialShare = *inputs.tolerance;
    }
    return indicatorStatus(target, inputs.value, inputs.previous, defaultPartialShare);
}

} // namespace Tertial::Core
