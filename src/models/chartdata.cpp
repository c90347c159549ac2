// SPDX-License-Identifier: GPL-3.0-or-later
// Store -> core chart series (moved here from tertial-cli chart so the chart panel shares it).
#include "chartdata.h"

#include "analysis/forecastseries.h"

#include <algorithm>
#include <map>
#include <utility>

namespace Tertial::Models {

using Core::Money;
using Core::Result;

namespace {

struct KindCode
{
    ChartKind kind;
    std::string_view code;
};

constexpr KindCode kKindCodes[] = {
    {ChartKind::Budget, "budget"},       {ChartKind::Cumulative, "cumulative"}, {ChartKind::Tertial, "tertial"},
    {ChartKind::Volume, "volume"},       {ChartKind::Indicator, "indicator"},   {ChartKind::Bridge, "bridge"},
    {ChartKind::Accuracy, "accuracy"},
};

} // namespace

std::string_view chartKindCode(ChartKind kind)
{
    for (const KindCode &k : kKindCodes)
        if (k.kind == kind)
            return k.code;
    return {};
}

std::optional<ChartKind> chartKindFromCode(std::string_view code)
{
    for (const KindCode &k : kKindCodes)
        if (k.code == code)
            return k.kind;
    return std::nullopt;
}

ChartData::ChartData(Analysis::NamndAnalysis analysis) : m_analysis(std::move(analysis)) {}

Result<ChartData> ChartData::load(Storage::Store &store, const Storage::Namnd &namnd, int year)
{
    auto inputs = Analysis::readNamndInputs(store, namnd, year);
    if (!inputs)
        return std::unexpected(inputs.error());
    auto analysis = Analysis::NamndAnalysis::build(*inputs, 12);
    if (!analysis)
        return std::unexpected(analysis.error());
    return ChartData(std::move(*analysis));
}

std::string ChartData::nameOf(std::optional<Core::NodeId> verksamhet) const
{
    if (verksamhet)
        if (const Storage::Verksamhet *v = m_analysis.verksamhet(*verksamhet))
            return v->name;
    return m_analysis.namnd().name;
}

namespace {

// The prognos of a row as a chart may show it: none when the core marks it as a sum that misses
// some rows' prognos (its deviation is then absent too).
std::optional<Money> wholeForecast(const Core::EconomicValues &values)
{
    return values.forecastIncomplete ? std::nullopt : values.forecast;
}

} // namespace

namespace {

// A row as one group of bars: the same values as the table's row.
Core::BudgetChartGroup groupOf(const Core::EconomicRow &row)
{
    return {row.name,           row.values.budgetPeriod, row.values.actualNet,
            row.values.budgetDeviation, row.values.budgetYear, wholeForecast(row.values),
            row.values.forecastDeviation};
}

} // namespace

Result<Core::BudgetChartSeries> ChartData::budget(int month, std::optional<Core::NodeId> verksamhet) const
{
    const Core::EconomicTable &table = m_analysis.tableOf(month);
    const std::string name = nameOf(verksamhet);
    if (!verksamhet || !m_analysis.isLeaf(*verksamhet)) {
        auto children = Core::budgetChartSeries(table, verksamhet, name);
        // Children without any figure are left out; when none is left the parent's own figures
        // are what there is to draw (issue 15: a blank chart with the axis "0 0 0 0 0").
        if (!children || !children->groups.empty() || !verksamhet)
            return children;
    }
    const Core::BudgetChartGroup group = groupOf(Analysis::NamndAnalysis::rowOf(table, verksamhet));
    Core::BudgetChartSeries series;
    series.year = year();
    series.month = month;
    series.title = name;
    series.groups = {group};
    series.total = group;
    return series;
}

Result<Core::BudgetChartSeries> ChartData::budgetOfRows(int month, const std::vector<std::optional<Core::NodeId>> &rows) const
{
    const Core::EconomicTable &table = m_analysis.tableOf(month);
    Core::BudgetChartSeries series;
    series.year = year();
    series.month = month;
    series.title = m_analysis.namnd().name;
    for (const Core::EconomicRow &row : table.rows)
        if (std::find(rows.begin(), rows.end(), std::optional<Core::NodeId>(row.id)) != rows.end())
            series.groups.push_back(groupOf(row));
    series.total = groupOf(table.total);
    if (std::find(rows.begin(), rows.end(), std::nullopt) != rows.end())
        series.groups.push_back(series.total);
    if (series.groups.empty())
        return Core::fail(Core::ErrorCode::MissingInput, "inga av de valda raderna finns i tabellen");
    return series;
}

Result<Core::CumulativeChartSeries> ChartData::cumulative(int month, std::optional<Core::NodeId> verksamhet) const
{
    auto rowAt = [&](int m) -> const Core::EconomicRow & {
        return Analysis::NamndAnalysis::rowOf(m_analysis.tableOf(m), verksamhet);
    };
    auto lastYearAt = [&](int m) -> const Core::EconomicRow & {
        return Analysis::NamndAnalysis::rowOf(m_analysis.lastYearTableOf(m), verksamhet);
    };
    const Core::EconomicRow &now = rowAt(month);
    if (!now.values.budgetYear)
        return Core::fail(Core::ErrorCode::MissingInput,
                          nameOf(verksamhet) + " har ingen budget för helåret " + std::to_string(year()));
    Core::CumulativeChartInputs inputs;
    inputs.year = year();
    inputs.month = month;
    for (int m = 1; m <= month; ++m)
        inputs.actual[static_cast<std::size_t>(m - 1)] = rowAt(m).values.actualNet;
    inputs.budgetYear = *now.values.budgetYear;
    // The table's periodens budget per month: entered figures and every child's own profile.
    std::array<Money, 12> budget{};
    for (int m = 1; m <= 12; ++m)
        budget[static_cast<std::size_t>(m - 1)] = rowAt(m).values.budgetPeriod.value_or(Money());
    inputs.budgetByMonth = budget;
    inputs.forecast = wholeForecast(now.values);
    inputs.lastYearActualToMonth = lastYearAt(month).values.actualNet;
    inputs.lastYearActualFullYear = lastYearAt(12).values.actualNet;
    return Core::cumulativeChartSeries(inputs);
}

Core::TertialSplit ChartData::tertials(int month, std::optional<Core::NodeId> verksamhet) const
{
    std::array<Core::EconomicValues, 3> ends;
    for (int t = 1; t <= 3; ++t)
        if (t * 4 <= month)
            ends[static_cast<std::size_t>(t - 1)] = Analysis::NamndAnalysis::rowOf(m_analysis.tableOf(t * 4), verksamhet).values;
    return Core::splitTertials(ends[0], ends[1], ends[2]);
}

Result<BridgeChartData> ChartData::bridge(int month, std::optional<Core::NodeId> verksamhet) const
{
    auto series = Analysis::forecastBridge(m_analysis, month, verksamhet);
    if (!series)
        return std::unexpected(series.error());
    return BridgeChartData{std::move(series->bridge), series->endsInActual};
}

Result<AccuracyChartData> ChartData::accuracy(std::optional<Core::NodeId> verksamhet) const
{
    auto series = Analysis::forecastAccuracy(m_analysis, verksamhet);
    if (!series)
        return std::unexpected(series.error());
    return AccuracyChartData{std::move(series->rows), std::move(series->totalName)};
}

Result<VolumeChartData> ChartData::volumes(int month, std::optional<Core::NodeId> verksamhet,
                                           const VolumeChoice &choice) const
{
    const std::string name = nameOf(verksamhet);
    const Core::VerksamhetTree &tree = m_analysis.tree();
    // The verksamhet and everything under it.
    std::set<Core::NodeId> within;
    if (verksamhet) {
        const auto index = tree.indexOf(*verksamhet);
        if (!index)
            return Core::fail(Core::ErrorCode::NotFound, "verksamheten " + std::to_string(*verksamhet) + " finns inte under " +
                                                             m_analysis.namnd().code);
        std::vector<std::size_t> stack = {*index};
        while (!stack.empty()) {
            const std::size_t i = stack.back();
            stack.pop_back();
            within.insert(tree.at(i).id);
            for (std::size_t child : tree.childIndices(i))
                stack.push_back(child);
        }
    }
    std::map<std::string, std::map<std::string, Core::VolumeInput>> byMeasure; // mått -> insatstyp -> values
    for (const Storage::Volume &v : m_analysis.volumes()) {
        // Tertial or year aggregates are not monthly values: they are left out of a monthly chart.
        if (v.months != 1 || (verksamhet && !within.contains(v.verksamhetId)))
            continue;
        const std::string measure(Core::volumeMeasureCode(v.measure));
        if ((choice.serviceType && v.serviceType != *choice.serviceType) || (choice.measure && measure != *choice.measure))
            continue;
        Core::VolumeInput &input = byMeasure[measure][v.serviceType];
        input.serviceType = v.serviceType;
        input.observations.push_back({v.year, v.month, v.value});
    }
    const int y = year();
    if (byMeasure.empty())
        return Core::fail(Core::ErrorCode::MissingInput, "inga månadsvärden för volymer finns för " +
                                                             (choice.serviceType ? *choice.serviceType + ", " : std::string()) +
                                                             name + " " + std::to_string(y - 1) + "–" + std::to_string(y));
    // The measure with most insatstyper (personer before timmar when equal: the map is sorted).
    auto chosen = byMeasure.begin();
    for (auto it = byMeasure.begin(); it != byMeasure.end(); ++it)
        if (it->second.size() > chosen->second.size())
            chosen = it;
    std::vector<Core::VolumeInput> inputs;
    for (auto &[type, input] : chosen->second)
        inputs.push_back(std::move(input));
    // From januari last year so that the 12-month trend can reach into this year.
    auto series = Core::volumeChartSeries(inputs, {y - 1, 1, 12 + month, choice.weighted, 12});
    if (!series)
        return std::unexpected(series.error());
    const std::string title = choice.serviceType ? *choice.serviceType + " (" + name + ")" : name;
    return VolumeChartData{std::move(*series), title, chosen->first};
}

Result<Core::IndicatorChartSeries> ChartData::indicator(const std::optional<std::string> &code) const
{
    for (const Analysis::IndicatorLine &line : m_analysis.indicators()) {
        const Storage::Indicator &indicator = line.indicator;
        if (code && indicator.code != *code)
            continue;
        std::vector<Core::IndicatorYearInput> list;
        for (const auto &[y, value] : line.history) {
            Core::IndicatorYearInput input;
            input.year = y;
            input.actual = value;
            if (const auto target = line.targets.find(y); target != line.targets.end())
                input.target = target->second;
            if (input.actual || input.target)
                list.push_back(input);
        }
        if (list.empty() && !code)
            continue;
        Core::IndicatorTarget target;
        target.kind = indicator.targetKind;
        if (target.kind == Core::TargetKind::Level)
            target.levelTolerance = indicator.tolerance.value_or(0.0);
        else
            target.partialShare = indicator.tolerance;
        return Core::indicatorChartSeries(indicator.name, indicator.unit, target, list);
    }
    return Core::fail(Core::ErrorCode::NotFound, code ? "indikatorn " + *code + " finns inte för nämnden"
                                                      : "nämnden har inga indikatorer med värden");
}

} // namespace Tertial::Models
