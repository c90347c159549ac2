// SPDX-License-Identifier: GPL-3.0-or-later
// Indicator values, målvärden and statuses as of a period.
#include "indicators.h"

namespace Tertial::Analysis {

namespace {

// The yearly row at month 12, else the latest monthly row up to `month` with an utfall.
const Storage::IndicatorValue *valueRow(const std::vector<Storage::IndicatorValue> &values, int year, int month)
{
    const Storage::IndicatorValue *best = nullptr;
    for (const Storage::IndicatorValue &v : values) {
        if (v.year != year || !v.actual)
            continue;
        if (!v.month) {
            if (month == 12)
                return &v;
            continue;
        }
        if (*v.month <= month && (!best || *best->month < *v.month))
            best = &v;
    }
    return best;
}

std::optional<double> targetOf(const std::vector<Storage::IndicatorValue> &values, int year, int month)
{
    const Storage::IndicatorValue *latest = nullptr;
    for (const Storage::IndicatorValue &v : values) {
        if (v.year != year || !v.target)
            continue;
        if (!v.month)
            return v.target; // the year's målvärde, set in advance
        if (*v.month <= month && (!latest || *latest->month < *v.month))
            latest = &v;
    }
    return latest ? latest->target : std::nullopt;
}

} // namespace

std::optional<int> overrideMonth(int month)
{
    return month >= 12 ? std::nullopt : std::optional<int>(month);
}

std::vector<IndicatorLine> indicatorLines(const NamndInputs &inputs, int month)
{
    static const std::vector<Storage::IndicatorValue> none;
    const int year = inputs.year;
    std::vector<IndicatorLine> lines;
    lines.reserve(inputs.indicators.size());
    for (const Storage::Indicator &indicator : inputs.indicators) {
        const auto found = inputs.indicatorValues.find(indicator.id);
        const std::vector<Storage::IndicatorValue> &values = found == inputs.indicatorValues.end() ? none : found->second;
        IndicatorLine line;
        line.indicator = indicator;
        if (const auto *row = valueRow(values, year, month)) {
            line.value = row->actual;
            line.valueMonth = row->month;
        }
        line.target = targetOf(values, year, month);
        if (const auto *row = valueRow(values, year - 1, 12))
            line.previous = row->actual;
        for (const Storage::IndicatorValue &v : values)
            if (v.year < year)
                line.history.emplace(v.year, std::nullopt);
        for (auto &[y, value] : line.history) {
            if (const auto *row = valueRow(values, y, 12))
                value = row->actual;
            line.targets[y] = targetOf(values, y, 12);
        }
        line.history[year] = line.value;
        line.targets[year] = line.target;
        line.computed =
            Core::decideIndicatorStatus({indicator.targetKind, line.target, indicator.tolerance, line.value, line.previous});
        const std::optional<int> key = overrideMonth(month);
        for (const Storage::StatusOverride &o : inputs.overrides)
            if (o.indicatorId == indicator.id && o.year == year && o.month == key)
                line.override_ = o;
        if (line.override_)
            line.status = line.override_->status;
        else if (line.computed)
            line.status = *line.computed;
        else
            line.error = line.computed.error().message;
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace Tertial::Analysis
