// SPDX-License-Identifier: GPL-3.0-or-later
// Store -> core chart series (moved here from tertial-cli chart so the chart panel shares it).
#include "chartdata.h"

#include "periodisationtext.h"

#include "storage/enteredfiguresloader.h"

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

std::size_t monthIndex(int month)
{
    return static_cast<std::size_t>(std::clamp(month, 1, 12) - 1);
}

// The verksamheter with a prognos of their own in the month: own figures or kontoslag figures
// (the nämnd's kontoslag totals are not in the table, so not here either).
std::set<Core::NodeId> enteredForecasts(const Core::NamndFigures &figures)
{
    std::set<Core::NodeId> ids;
    for (const auto &[id, entered] : figures.own)
        if (entered.forecast)
            ids.insert(id);
    for (const auto &[key, entered] : figures.byKontoslag)
        if (entered.forecast)
            ids.insert(key.first);
    return ids;
}

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

Result<ChartData> ChartData::load(Storage::Store &store, const std::string &kommun, Storage::Id namndId, int year)
{
    auto namnder = store.namnder(kommun);
    if (!namnder)
        return std::unexpected(namnder.error());
    for (const Storage::Namnd &namnd : *namnder)
        if (namnd.id == namndId)
            return load(store, namnd, year);
    return Core::fail(Core::ErrorCode::NotFound,
                      "nämnden med id " + std::to_string(namndId) + " finns inte i kommun " + kommun);
}

Result<ChartData> ChartData::load(Storage::Store &store, const Storage::Namnd &namnd, int year)
{
    ChartData data;
    data.m_namnd = namnd;
    data.m_year = year;
    auto verksamheter = store.verksamheter(namnd.id);
    if (!verksamheter)
        return std::unexpected(verksamheter.error());
    data.m_verksamheter = std::move(*verksamheter);
    // The tree as the workbench builds it: a linear verksamhet follows its parent's profile.
    std::vector<Core::VerksamhetNode> nodes;
    for (const Storage::Verksamhet &v : data.m_verksamheter) {
        auto profile = periodisationFromText(v.periodisation);
        if (!profile)
            return Core::fail(Core::ErrorCode::InvalidInput, v.path + ": " + profile.error().message);
        const bool linear = profile->kind() == Core::PeriodizationKind::Linear;
        nodes.push_back({v.id, v.parentId, v.name, v.order, v.memo, linear ? std::nullopt : std::optional(*profile)});
    }
    auto tree = Core::VerksamhetTree::build(std::move(nodes));
    if (!tree)
        return std::unexpected(tree.error());
    data.m_tree = std::move(*tree);
    auto namndNode = store.namndLevelId(namnd.id);
    if (!namndNode)
        return std::unexpected(namndNode.error());
    // Both years read once: the year before gives last year's tables and this year's föregående år.
    std::vector<Storage::Figure> figures;
    for (const int y : {year - 1, year}) {
        auto ofYear = store.figures(namnd.id, y);
        if (!ofYear)
            return std::unexpected(ofYear.error());
        figures.insert(figures.end(), ofYear->begin(), ofYear->end());
    }
    Core::EconomicTableOptions options;
    options.totalName = "Summa";
    for (const int y : {year, year - 1}) {
        for (int month = 1; month <= 12; ++month) {
            const Core::NamndFigures entered = Storage::enteredFigures(figures, *namndNode, {y, month, std::nullopt});
            auto table = Core::buildEconomicTable(data.m_tree, entered, y, month, options);
            if (!table)
                return std::unexpected(table.error());
            const std::size_t m = monthIndex(month);
            if (y != year) {
                data.m_lastYear[m] = std::move(*table);
                continue;
            }
            data.m_tables[m] = std::move(*table);
            data.m_enteredForecasts[m] = enteredForecasts(entered);
            if (!data.m_enteredForecasts[m].empty())
                data.m_forecastMonths.insert(month);
        }
    }
    return data;
}

const Core::EconomicTable &ChartData::table(int month) const
{
    return m_tables[monthIndex(month)];
}

void ChartData::setTable(int month, Core::EconomicTable table)
{
    for (const Core::EconomicRow &row : table.rows)
        if (row.values.forecast) {
            m_forecastMonths.insert(month);
            break;
        }
    m_tables[monthIndex(month)] = std::move(table);
}

std::optional<Core::NodeId> ChartData::findPath(const std::string &path) const
{
    for (const Storage::Verksamhet &v : m_verksamheter)
        if (v.path == path)
            return v.id;
    return std::nullopt;
}

std::string ChartData::nameOf(std::optional<Core::NodeId> verksamhet) const
{
    if (verksamhet)
        for (const Storage::Verksamhet &v : m_verksamheter)
            if (v.id == *verksamhet)
                return v.name;
    return m_namnd.name;
}

const Core::EconomicRow &ChartData::rowOf(const Core::EconomicTable &table, std::optional<Core::NodeId> id) const
{
    if (id)
        for (const Core::EconomicRow &row : table.rows)
            if (row.id == *id)
                return row;
    return table.total;
}

std::vector<const Core::EconomicRow *> ChartData::comparedRows(const Core::EconomicTable &table,
                                                                std::optional<Core::NodeId> parent) const
{
    std::vector<const Core::EconomicRow *> rows;
    int depth = 1;
    bool inside = !parent;
    const Core::EconomicRow *self = nullptr;
    for (const Core::EconomicRow &row : table.rows) {
        if (parent && row.id == *parent) {
            inside = true;
            depth = row.depth + 1;
            self = &row;
            continue;
        }
        if (parent && inside && row.depth < depth)
            break;
        if (inside && row.depth == depth && !row.memo)
            rows.push_back(&row);
    }
    if (rows.empty() && self)
        rows.push_back(self);
    return rows;
}

namespace {

// The prognos of a row as a chart may show it: none when the core marks it as a sum that misses
// some rows' prognos (its deviation is then absent too).
std::optional<Money> wholeForecast(const Core::EconomicValues &values)
{
    return values.forecastIncomplete ? std::nullopt : values.forecast;
}

} // namespace

Result<Core::BudgetChartSeries> ChartData::budget(int month, std::optional<Core::NodeId> verksamhet) const
{
    const Core::EconomicTable &table = m_tables[monthIndex(month)];
    const std::string name = nameOf(verksamhet);
    const bool leaf = verksamhet && m_tree.indexOf(*verksamhet) && m_tree.isLeaf(*m_tree.indexOf(*verksamhet));
    if (!leaf)
        return Core::budgetChartSeries(table, verksamhet, name);
    // A verksamhet without children is one group of its own row: the same values as the table's row.
    const Core::EconomicRow &row = rowOf(table, verksamhet);
    Core::BudgetChartGroup group{row.name,           row.values.budgetPeriod, row.values.actualNet,
                                 row.values.budgetDeviation, row.values.budgetYear, wholeForecast(row.values),
                                 row.values.forecastDeviation};
    Core::BudgetChartSeries series;
    series.year = m_year;
    series.month = month;
    series.title = name;
    series.groups = {group};
    series.total = group;
    return series;
}

Result<Core::CumulativeChartSeries> ChartData::cumulative(int month, std::optional<Core::NodeId> verksamhet) const
{
    const std::size_t m = monthIndex(month);
    const Core::EconomicRow &now = rowOf(m_tables[m], verksamhet);
    if (!now.values.budgetYear)
        return Core::fail(Core::ErrorCode::MissingInput,
                          nameOf(verksamhet) + " har ingen budget för helåret " + std::to_string(m_year));
    Core::CumulativeChartInputs inputs;
    inputs.year = m_year;
    inputs.month = month;
    for (std::size_t i = 0; i <= m; ++i)
        inputs.actual[i] = rowOf(m_tables[i], verksamhet).values.actualNet;
    inputs.budgetYear = *now.values.budgetYear;
    // The table's periodens budget per month: entered figures and every child's own profile.
    std::array<Money, 12> budget{};
    for (std::size_t i = 0; i < 12; ++i)
        budget[i] = rowOf(m_tables[i], verksamhet).values.budgetPeriod.value_or(Money());
    inputs.budgetByMonth = budget;
    inputs.forecast = wholeForecast(now.values);
    inputs.lastYearActualToMonth = rowOf(m_lastYear[m], verksamhet).values.actualNet;
    inputs.lastYearActualFullYear = rowOf(m_lastYear[11], verksamhet).values.actualNet;
    return Core::cumulativeChartSeries(inputs);
}

Core::TertialSplit ChartData::tertials(int month, std::optional<Core::NodeId> verksamhet) const
{
    std::array<Core::EconomicValues, 3> ends;
    for (std::size_t t = 0; t < 3; ++t)
        if (static_cast<int>((t + 1) * 4) <= month)
            ends[t] = rowOf(m_tables[(t + 1) * 4 - 1], verksamhet).values;
    return Core::splitTertials(ends[0], ends[1], ends[2]);
}

Result<BridgeChartData> ChartData::bridge(int month, std::optional<Core::NodeId> verksamhet) const
{
    int previous = 0;
    for (int m : m_forecastMonths)
        if (m < month)
            previous = m;
    if (previous == 0)
        return Core::fail(Core::ErrorCode::MissingInput, "ingen prognos finns före " + std::to_string(month) + "/" +
                                                             std::to_string(m_year) + " att jämföra med");
    const Core::EconomicTable &before = m_tables[monthIndex(previous)];
    const Core::EconomicTable &now = m_tables[monthIndex(month)];
    std::vector<Core::BridgeInput> inputs;
    bool usedActual = false;
    for (const Core::EconomicRow *row : comparedRows(now, verksamhet)) {
        std::optional<Money> current = wholeForecast(row->values);
        // At the year's end the utfall is the final word where no december prognos was made.
        if (!current && month == 12) {
            current = row->values.actualNet;
            usedActual = usedActual || current.has_value();
        }
        inputs.push_back({row->name, wholeForecast(rowOf(before, row->id).values), current});
    }
    auto bridge = Core::forecastBridge(inputs, previous, month);
    if (!bridge)
        return std::unexpected(bridge.error());
    return BridgeChartData{std::move(*bridge), usedActual};
}

bool ChartData::forecastCovers(int month, std::optional<Core::NodeId> verksamhet) const
{
    const std::size_t m = monthIndex(month);
    const Core::EconomicRow &row = rowOf(m_tables[m], verksamhet);
    if (!wholeForecast(row.values))
        return false;
    // A leaf's prognos is its own (entered, from its kontoslag or computed by its method); an
    // inner node's entered one is the published figure of that level and wins over its children.
    if (row.leaf || (verksamhet && m_enteredForecasts[m].contains(*verksamhet)))
        return true;
    // Otherwise it is the roll-up, which counts a child without a prognos as zero: a forecast of
    // the whole only when every child that ends the year with an utfall made one.
    for (const Core::EconomicRow *child : comparedRows(m_tables[m], verksamhet)) {
        if (child == &row)
            continue;
        if (rowOf(m_tables[11], child->id).values.actualNet && !forecastCovers(month, child->id))
            return false;
    }
    return true;
}

Result<AccuracyChartData> ChartData::accuracy(std::optional<Core::NodeId> verksamhet) const
{
    const Core::EconomicTable &december = m_tables[11];
    const std::string name = nameOf(verksamhet);
    std::vector<Core::ActivityForecastHistory> histories;
    auto history = [&](const std::string &label, std::optional<Core::NodeId> id) {
        Core::ActivityForecastHistory h;
        h.activity = label;
        for (int m : m_forecastMonths)
            if (forecastCovers(m, id))
                h.forecasts.push_back({m, *rowOf(m_tables[monthIndex(m)], id).values.forecast});
        h.finalActual = rowOf(december, id).values.actualNet;
        return h;
    };
    for (const Core::EconomicRow *row : comparedRows(december, verksamhet)) {
        if (verksamhet && row->id == *verksamhet)
            continue; // a verksamhet without children: its own line is the total below
        Core::ActivityForecastHistory h = history(row->name, row->id);
        if (!h.forecasts.empty() && h.finalActual)
            histories.push_back(std::move(h));
    }
    const std::string totalName = verksamhet ? name : "Summa " + name;
    Core::ActivityForecastHistory total = history(totalName, verksamhet);
    if (!total.finalActual)
        return Core::fail(Core::ErrorCode::MissingInput, "året " + std::to_string(m_year) +
                                                             " har inget utfall för december: prognossäkerheten mäts mot helårets utfall");
    if (total.forecasts.empty())
        return Core::fail(Core::ErrorCode::MissingInput,
                          histories.empty() ? "inga prognoser finns för " + std::to_string(m_year)
                                            : "ingen prognos " + std::to_string(m_year) + " omfattar hela " + name
                                                  + ": bara en del av verksamheterna har prognos");
    histories.push_back(std::move(total));
    auto accuracy = Core::forecastAccuracyByActivity(histories);
    if (!accuracy)
        return std::unexpected(accuracy.error());
    return AccuracyChartData{std::move(*accuracy), totalName};
}

Result<VolumeChartData> ChartData::volumes(Storage::Store &store, int month, std::optional<Core::NodeId> verksamhet,
                                           const VolumeChoice &choice) const
{
    const std::string name = nameOf(verksamhet);
    // The verksamhet and everything under it.
    std::set<Core::NodeId> within;
    if (verksamhet) {
        const auto index = m_tree.indexOf(*verksamhet);
        if (!index)
            return Core::fail(Core::ErrorCode::NotFound, "verksamheten " + std::to_string(*verksamhet) + " finns inte under " +
                                                             m_namnd.code);
        std::vector<std::size_t> stack = {*index};
        while (!stack.empty()) {
            const std::size_t i = stack.back();
            stack.pop_back();
            within.insert(m_tree.at(i).id);
            for (std::size_t child : m_tree.childIndices(i))
                stack.push_back(child);
        }
    }
    std::map<std::string, std::map<std::string, Core::VolumeInput>> byMeasure; // mått -> insatstyp -> values
    for (int year : {m_year - 1, m_year}) {
        auto volumes = store.volumes(m_namnd.id, year);
        if (!volumes)
            return std::unexpected(volumes.error());
        for (const Storage::Volume &v : *volumes) {
            // Tertial or year aggregates are not monthly values: they are left out of a monthly chart.
            if (v.months != 1 || (verksamhet && !within.contains(v.verksamhetId)))
                continue;
            if ((choice.serviceType && v.serviceType != *choice.serviceType) || (choice.measure && v.measure != *choice.measure))
                continue;
            Core::VolumeInput &input = byMeasure[v.measure][v.serviceType];
            input.serviceType = v.serviceType;
            input.observations.push_back({v.year, v.month, v.value});
        }
    }
    if (byMeasure.empty())
        return Core::fail(Core::ErrorCode::MissingInput, "inga månadsvärden för volymer finns för " +
                                                             (choice.serviceType ? *choice.serviceType + ", " : std::string()) +
                                                             name + " " + std::to_string(m_year - 1) + "–" + std::to_string(m_year));
    // The measure with most insatstyper (personer before timmar when equal: the map is sorted).
    auto chosen = byMeasure.begin();
    for (auto it = byMeasure.begin(); it != byMeasure.end(); ++it)
        if (it->second.size() > chosen->second.size())
            chosen = it;
    std::vector<Core::VolumeInput> inputs;
    for (auto &[type, input] : chosen->second)
        inputs.push_back(std::move(input));
    // From januari last year so that the 12-month trend can reach into this year.
    auto series = Core::volumeChartSeries(inputs, {m_year - 1, 1, 12 + month, choice.weighted, 12});
    if (!series)
        return std::unexpected(series.error());
    const std::string title = choice.serviceType ? *choice.serviceType + " (" + name + ")" : name;
    return VolumeChartData{std::move(*series), title, chosen->first};
}

Result<Core::IndicatorChartSeries> ChartData::indicator(Storage::Store &store, const std::optional<std::string> &code) const
{
    auto indicators = store.indicators(m_namnd.id);
    if (!indicators)
        return std::unexpected(indicators.error());
    for (const Storage::Indicator &indicator : *indicators) {
        if (code && indicator.code != *code)
            continue;
        auto values = store.indicatorValues(indicator.id);
        if (!values)
            return std::unexpected(values.error());
        std::map<int, Core::IndicatorYearInput> years;
        for (const Storage::IndicatorValue &value : *values) {
            if (value.month || value.year > m_year)
                continue;
            Core::IndicatorYearInput &year = years[value.year];
            year.year = value.year;
            if (value.actual)
                year.actual = value.actual;
            if (value.target)
                year.target = value.target;
        }
        if (years.empty() && !code)
            continue;
        Core::IndicatorTarget target;
        static const std::map<std::string, Core::TargetKind> kinds = {
            {"minst", Core::TargetKind::AtLeast}, {"högst", Core::TargetKind::AtMost}, {"nivå", Core::TargetKind::Level},
            {"öka", Core::TargetKind::Increase},  {"minska", Core::TargetKind::Decrease}};
        if (const auto it = kinds.find(indicator.targetKind); it != kinds.end())
            target.kind = it->second;
        else
            target.kind = indicator.direction == "lägre" ? Core::TargetKind::AtMost : Core::TargetKind::AtLeast;
        if (target.kind == Core::TargetKind::Level)
            target.levelTolerance = indicator.tolerance.value_or(0.0);
        std::vector<Core::IndicatorYearInput> list;
        for (const auto &[y, input] : years)
            list.push_back(input);
        return Core::indicatorChartSeries(indicator.name, indicator.unit, target, list);
    }
    return Core::fail(Core::ErrorCode::NotFound, code ? "indikatorn " + *code + " finns inte för nämnden"
                                                      : "nämnden har inga indikatorer med värden");
}

} // namespace Tertial::Models
