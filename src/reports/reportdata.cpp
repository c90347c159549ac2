// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a nämnd's figures and registers for one report and lets the core derive the tables.
#include "reportdata.h"

#include "core/deviation.h"
#include "core/kontoslag.h"
#include "core/periodizationprofile.h"
#include "storage/enteredfiguresloader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <sstream>
#include <unordered_map>

namespace Tertial::Reports {

using Core::Money;
using Core::Result;
using Storage::Id;
using Storage::Measure;

namespace {

// "linjär", "dagar" or twelve weights as stored (docs/formats.md); anything else is linear.
Core::PeriodizationProfile profileOf(const std::string &text)
{
    if (text == "dagar")
        return Core::PeriodizationProfile::byDays();
    if (text.empty() || text == "linjär")
        return Core::PeriodizationProfile::linear();
    std::string normalised = text;
    std::replace(normalised.begin(), normalised.end(), ',', '.');
    std::istringstream in(normalised);
    std::array<double, 12> weights{};
    for (double &weight : weights)
        if (!(in >> weight))
            return Core::PeriodizationProfile::linear();
    auto profile = Core::PeriodizationProfile::weightedDecimal(weights);
    return profile ? *profile : Core::PeriodizationProfile::linear();
}

// "linjär" inherits, as in the workbench and `tertial-cli table`.
Core::VerksamhetNode nodeOf(const Storage::Verksamhet &v)
{
    Core::PeriodizationProfile profile = profileOf(v.periodisation);
    const bool linear = profile.kind() == Core::PeriodizationKind::Linear;
    return {v.id, v.parentId, v.name, v.order, v.memo, linear ? std::nullopt : std::optional(std::move(profile))};
}

// The verksamheter with a figure of their own (or per kontoslag) in a year, any month.
std::set<Id> withFigures(const std::vector<Storage::Figure> &figures)
{
    std::set<Id> ids;
    for (const Storage::Figure &figure : figures)
        ids.insert(figure.key.verksamhetId);
    return ids;
}

// The months of `figures` with one of `measures`.
std::set<int> monthsWith(const std::vector<Storage::Figure> &figures, std::initializer_list<Measure> measures)
{
    std::set<int> months;
    for (const Storage::Figure &figure : figures)
        if (figure.key.month && std::find(measures.begin(), measures.end(), figure.key.measure) != measures.end())
            months.insert(*figure.key.month);
    return months;
}

// The table of the tree cut at `maxDepth`, rolled up by the core over the whole tree. A verksamhet
// with no figures this year or the year before (seed 002's "Preliminärbokförda fakturor" in 2020)
// is left out rather than shown as an empty row, and so are the children of one with nothing
// entered below it this year.
Result<Core::EconomicTable> tableAtDepth(const std::vector<Storage::Verksamhet> &verksamheter,
                                         const Core::NamndFigures &figures, const std::set<Id> &now,
                                         const std::set<Id> &previous, int year, int month, int maxDepth)
{
    std::unordered_map<Id, std::size_t> position;
    for (std::size_t i = 0; i < verksamheter.size(); ++i)
        position.emplace(verksamheter[i].id, i);
    // Depth-first order: walking backwards sees every child before its parent.
    std::vector<bool> anyNow(verksamheter.size()), anyEver(verksamheter.size()), anyBelowNow(verksamheter.size());
    for (std::size_t i = verksamheter.size(); i-- > 0;) {
        const Storage::Verksamhet &v = verksamheter[i];
        anyNow[i] = anyNow[i] || now.contains(v.id);
        anyEver[i] = anyEver[i] || anyNow[i] || previous.contains(v.id);
        if (v.parentId) {
            const std::size_t parent = position.at(*v.parentId);
            anyBelowNow[parent] = anyBelowNow[parent] || anyNow[i];
            anyNow[parent] = anyNow[parent] || anyNow[i];
            anyEver[parent] = anyEver[parent] || anyEver[i];
        }
    }
    std::vector<Core::VerksamhetNode> nodes;
    std::set<Id> kept, shown;
    std::set<Id> standsForSubtree; // shown as a leaf: nothing entered below it this year
    for (std::size_t i = 0; i < verksamheter.size(); ++i) {
        const Storage::Verksamhet &v = verksamheter[i];
        if (!anyEver[i])
            continue; // and so its whole subtree
        kept.insert(v.id);
        nodes.push_back(nodeOf(v));
        if (!v.parentId || (shown.contains(*v.parentId) && !standsForSubtree.contains(*v.parentId))) {
            shown.insert(v.id);
            if (!anyBelowNow[i])
                standsForSubtree.insert(v.id);
        }
    }
    auto tree = Core::VerksamhetTree::build(nodes);
    if (!tree)
        return std::unexpected(tree.error());
    Core::NamndFigures inTree;
    for (const auto &[id, entered] : figures.own)
        if (kept.contains(id))
            inTree.own.emplace(id, entered);
    for (const auto &[key, entered] : figures.byKontoslag)
        if (kept.contains(key.first))
            inTree.byKontoslag.emplace(key, entered);
    auto table = Core::buildEconomicTable(*tree, inTree, year, month, {});
    if (!table)
        return std::unexpected(table.error());
    // The cut: a row at `maxDepth` stands for its subtree, which the roll-up has summed.
    std::erase_if(table->rows, [&](const Core::EconomicRow &row) {
        return row.depth > maxDepth || !shown.contains(row.id);
    });
    for (Core::EconomicRow &row : table->rows)
        row.leaf = row.leaf || row.depth == maxDepth || standsForSubtree.contains(row.id);
    return table;
}

// Driftredovisning: the nämnd's own kontoslag figures when it has any (a whole-nämnd
// Driftredovisning, seed 003), else those of the verksamheter rolled up over the tree: the two
// are views of the same money, never added.
Result<std::optional<Core::EconomicTable>> kontoslagTable(const std::vector<Storage::Verksamhet> &verksamheter,
                                                          const Core::NamndFigures &figures, int year, int month)
{
    Core::EconomicTableOptions options;
    options.totalName = "Årets resultat";
    if (!figures.wholeNamnd.empty()) {
        auto table = Core::buildKontoslagTable(figures.wholeNamnd, year, month, options);
        if (!table)
            return std::unexpected(table.error());
        return std::optional(std::move(*table));
    }
    if (figures.byKontoslag.empty())
        return std::optional<Core::EconomicTable>();
    std::vector<Core::VerksamhetNode> nodes;
    for (const Storage::Verksamhet &v : verksamheter)
        nodes.push_back(nodeOf(v));
    auto tree = Core::VerksamhetTree::build(std::move(nodes));
    if (!tree)
        return std::unexpected(tree.error());
    auto table = Core::buildKontoslagTable(*tree, figures.byKontoslag, std::nullopt, year, month, options);
    if (!table)
        return std::unexpected(table.error());
    return std::optional(std::move(*table));
}

Core::TargetKind targetKindOf(const std::string &code)
{
    if (code == "högst")
        return Core::TargetKind::AtMost;
    if (code == "nivå")
        return Core::TargetKind::Level;
    if (code == "öka")
        return Core::TargetKind::Increase;
    if (code == "minska")
        return Core::TargetKind::Decrease;
    return Core::TargetKind::AtLeast;
}

// The value of `year`: the yearly one (only known at the year's end, lastMonth 12), else the
// latest month up to `lastMonth`.
std::optional<double> valueOf(const std::vector<Storage::IndicatorValue> &values, int year, int lastMonth,
                              std::optional<double> *target = nullptr)
{
    const Storage::IndicatorValue *best = nullptr;
    for (const Storage::IndicatorValue &v : values) {
        if (v.year != year)
            continue;
        if (target && v.target)
            *target = v.target;
        if (!v.month) {
            if (lastMonth < 12)
                continue;
            best = &v;
            break;
        }
        if (*v.month <= lastMonth && (!best || (best->month && *best->month < *v.month)))
            best = &v;
    }
    return best ? best->actual : std::nullopt;
}

Result<std::vector<IndicatorLine>> indicatorLines(Storage::Store &store, Id namndId, int year, int month)
{
    auto indicators = store.indicators(namndId);
    if (!indicators)
        return std::unexpected(indicators.error());
    std::vector<IndicatorLine> lines;
    for (const Storage::Indicator &indicator : *indicators) {
        auto values = store.indicatorValues(indicator.id);
        if (!values)
            return std::unexpected(values.error());
        IndicatorLine line;
        line.indicator = indicator;
        for (int y = year - 2; y < year; ++y)
            line.values[y] = valueOf(*values, y, 12);
        line.values[year] = valueOf(*values, year, month, &line.target);
        Core::IndicatorTarget target;
        target.kind = targetKindOf(indicator.targetKind);
        target.value = line.target.value_or(0.0);
        if (indicator.tolerance) {
            if (target.kind == Core::TargetKind::Level)
                target.levelTolerance = *indicator.tolerance;
            else
                target.partialShare = *indicator.tolerance;
        }
        const bool needsTarget = target.kind != Core::TargetKind::Increase && target.kind != Core::TargetKind::Decrease;
        if (needsTarget && !line.target) {
            line.status = Core::IndicatorStatus::Missing;
        } else {
            auto status = Core::indicatorStatus(target, line.values[year], line.values[year - 1]);
            line.status = status ? *status : Core::IndicatorStatus::Missing;
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

// The items of the latest month up to `month` that has any (a register is reported per period).
template<typename T>
std::vector<T> latestUpTo(std::vector<T> items, int month)
{
    int latest = 0;
    for (const T &item : items)
        if (item.month <= month)
            latest = std::max(latest, item.month);
    std::erase_if(items, [&](const T &item) { return item.month != latest; });
    return items;
}

} // namespace

Result<ReportData> loadReportData(Storage::Store &store, const ReportRequest &request)
{
    if (request.month < 1 || request.month > 12)
        return Core::fail(Core::ErrorCode::OutOfRange,
                          "rapport: månad " + std::to_string(request.month) + ", förväntade 1–12");
    ReportData data;
    data.request = request;
    auto kommuner = store.kommuner();
    if (!kommuner)
        return std::unexpected(kommuner.error());
    for (const Storage::Kommun &k : *kommuner)
        if (k.code == request.kommun)
            data.kommunName = k.name;
    if (data.kommunName.empty())
        return Core::fail(Core::ErrorCode::NotFound, "rapport: kommunen " + request.kommun + " finns inte i databasen");
    auto namnd = store.findNamnd(request.kommun, request.namnd);
    if (!namnd)
        return std::unexpected(namnd.error());
    if (!*namnd)
        return Core::fail(Core::ErrorCode::NotFound,
                          "rapport: nämnden " + request.namnd + " finns inte i kommun " + request.kommun);
    data.namnd = **namnd;
    const Id namndId = data.namnd.id;

    auto verksamheter = store.verksamheter(namndId);
    if (!verksamheter)
        return std::unexpected(verksamheter.error());
    data.verksamheter = std::move(*verksamheter);
    auto figures = store.figures(namndId, request.year);
    if (!figures)
        return std::unexpected(figures.error());
    auto previousFigures = store.figures(namndId, request.year - 1);
    if (!previousFigures)
        return std::unexpected(previousFigures.error());

    auto namndNode = store.namndLevelId(namndId);
    if (!namndNode)
        return std::unexpected(namndNode.error());
    std::vector<Storage::Figure> bothYears = *previousFigures;
    bothYears.insert(bothYears.end(), figures->begin(), figures->end());
    const std::set<int> forecastMonths = monthsWith(*figures, {Measure::Forecast});
    const std::set<int> actualMonths =
        monthsWith(*figures, {Measure::ActualIncome, Measure::ActualCost, Measure::ActualNet});
    if (!actualMonths.contains(request.month))
        return Core::fail(Core::ErrorCode::MissingInput,
                          "rapport: " + data.namnd.name + " har inget utfall för " + std::to_string(request.year) + "-"
                              + std::to_string(request.month) + " i databasen");

    auto latestBefore = [&](int month) {
        auto it = forecastMonths.lower_bound(month);
        return it == forecastMonths.begin() ? 0 : *std::prev(it);
    };
    if (request.kind == ReportKind::Annual) {
        data.forecastMonth = latestBefore(request.month);
    } else {
        data.forecastMonth = forecastMonths.contains(request.month) ? request.month : 0;
        data.previousForecastMonth = data.forecastMonth ? latestBefore(request.month) : 0;
    }

    // The forecast column is the forecast made in forecastMonth (0: none).
    const Core::NamndFigures entered =
        Storage::enteredFigures(bothYears, *namndNode, {request.year, request.month, data.forecastMonth});
    std::set<Id> now = withFigures(*figures), previous = withFigures(*previousFigures);
    if (*namndNode) {
        now.erase(**namndNode);
        previous.erase(**namndNode);
    }
    auto table = tableAtDepth(data.verksamheter, entered, now, previous, request.year, request.month, 1);
    if (!table)
        return std::unexpected(table.error());
    data.table = std::move(*table);
    auto detail = tableAtDepth(data.verksamheter, entered, now, previous, request.year, request.month, 2);
    if (!detail)
        return std::unexpected(detail.error());
    data.detail = std::move(*detail);

    if (data.previousForecastMonth > 0) {
        const Core::NamndFigures earlier =
            Storage::enteredFigures(bothYears, *namndNode, {request.year, request.month, data.previousForecastMonth});
        auto earlierTable = tableAtDepth(data.verksamheter, earlier, now, previous, request.year, request.month, 1);
        if (!earlierTable)
            return std::unexpected(earlierTable.error());
        // The table's own derived value: none when the earlier prognos covers only part of the nämnd.
        data.previousForecastDeviation = earlierTable->total.values.forecastDeviation;
    }

    auto kontoslag = kontoslagTable(data.verksamheter, entered, request.year, request.month);
    if (!kontoslag)
        return std::unexpected(kontoslag.error());
    data.kontoslag = std::move(*kontoslag);

    auto comments = store.comments(namndId, request.year);
    if (!comments)
        return std::unexpected(comments.error());
    for (const Storage::Comment &comment : *comments)
        if (comment.month == request.month && !comment.text.empty())
            data.comments[comment.verksamhetId] = comment.text;

    auto actions = store.actionItems(namndId, request.year);
    auto investments = store.investments(namndId, request.year);
    auto grants = store.stateGrants(namndId, request.year);
    if (!actions)
        return std::unexpected(actions.error());
    if (!investments)
        return std::unexpected(investments.error());
    if (!grants)
        return std::unexpected(grants.error());
    data.actions = latestUpTo(std::move(*actions), request.month);
    data.investments = latestUpTo(std::move(*investments), request.month);
    data.grants = latestUpTo(std::move(*grants), request.month);

    auto indicators = indicatorLines(store, namndId, request.year, request.month);
    if (!indicators)
        return std::unexpected(indicators.error());
    data.indicators = std::move(*indicators);

    for (int y : {request.year - 1, request.year}) {
        auto volumes = store.volumes(namndId, y);
        if (!volumes)
            return std::unexpected(volumes.error());
        data.volumes.insert(data.volumes.end(), volumes->begin(), volumes->end());
    }
    return data;
}

} // namespace Tertial::Reports
