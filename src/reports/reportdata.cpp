// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a nämnd's figures and registers for one report and lets the core derive the tables.
#include "reportdata.h"

#include "core/deviation.h"
#include "core/kontoslag.h"
#include "core/periodizationprofile.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <set>
#include <sstream>
#include <tuple>
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

// The figures of one year of a nämnd, own figures per verksamhet (no kontoslag), and the rule of
// docs/formats.md for figures at several levels: for each measure and month a node's value is
// the sum of its children when any child has that measure for that month, else its own.
class YearFigures final
{
public:
    YearFigures(const std::vector<Storage::Verksamhet> &verksamheter, const std::vector<Storage::Figure> &figures,
                int year)
        : m_year(year)
    {
        for (const Storage::Verksamhet &v : verksamheter) {
            m_node.emplace(v.id, &v);
            if (v.parentId)
                m_children[*v.parentId].push_back(v.id);
        }
        for (const Storage::Figure &figure : figures)
            if (figure.key.kontoslag.empty() && figure.key.year == year)
                m_own[{figure.key.verksamhetId, static_cast<int>(figure.key.measure), figure.key.month.value_or(0)}] =
                    figure.amount;
    }

    std::optional<Money> own(Id id, Measure measure, int month) const
    {
        auto it = m_own.find({id, static_cast<int>(measure), month});
        return it == m_own.end() ? std::nullopt : std::optional(it->second);
    }

    std::optional<Money> sum(Id id, Measure measure, int month) const
    {
        return overChildren(id, [&](Id child) { return sum(child, measure, month); })
            .or_else([&] { return own(id, measure, month); });
    }

    bool ownSplit(Id id, int month) const
    {
        return own(id, Measure::ActualIncome, month) || own(id, Measure::ActualCost, month);
    }

    // Utfall netto: a node's own intäkter/kostnader are the published figures of that level and win.
    std::optional<Money> net(Id id, int month) const
    {
        if (ownSplit(id, month))
            return Core::combinedActualNet(own(id, Measure::ActualIncome, month), own(id, Measure::ActualCost, month),
                                           own(id, Measure::ActualNet, month));
        return overChildren(id, [&](Id child) { return net(child, month); }).or_else([&] {
            return own(id, Measure::ActualNet, month);
        });
    }

    std::optional<Money> income(Id id, int month) const
    {
        if (ownSplit(id, month))
            return own(id, Measure::ActualIncome, month);
        return overChildren(id, [&](Id child) { return income(child, month); });
    }

    std::optional<Money> cost(Id id, int month) const
    {
        if (ownSplit(id, month))
            return own(id, Measure::ActualCost, month);
        return overChildren(id, [&](Id child) { return cost(child, month); });
    }

    // Periodens budget: the children's sum where they have one, else the entered one, else the
    // node's budget helår periodised by its own profile.
    std::optional<Money> periodBudget(Id id, int month) const
    {
        return overChildren(id, [&](Id child) { return periodBudget(child, month); }).or_else([&]() -> std::optional<Money> {
            if (auto entered = own(id, Measure::BudgetPeriod, month))
                return entered;
            if (auto budget = own(id, Measure::Budget, 0))
                return profileOf(m_node.at(id)->periodisation).cumulativeBudget(*budget, m_year, month);
            return std::nullopt;
        });
    }

    bool hasAnyBelow(Id id) const
    {
        auto it = m_children.find(id);
        if (it == m_children.end())
            return false;
        for (Id child : it->second)
            if (hasOwn(child) || hasAnyBelow(child))
                return true;
        return false;
    }

    bool hasAny(Id id) const { return hasOwn(id) || hasAnyBelow(id); }

    std::set<int> monthsWith(Measure measure) const
    {
        std::set<int> months;
        for (const auto &[key, amount] : m_own)
            if (std::get<1>(key) == static_cast<int>(measure))
                months.insert(std::get<2>(key));
        return months;
    }

private:
    bool hasOwn(Id id) const
    {
        auto it = m_own.lower_bound({id, 0, 0});
        return it != m_own.end() && std::get<0>(it->first) == id;
    }

    std::optional<Money> overChildren(Id id, const std::function<std::optional<Money>(Id)> &value) const
    {
        auto it = m_children.find(id);
        if (it == m_children.end())
            return std::nullopt;
        std::optional<Money> total;
        for (Id child : it->second) {
            if (m_node.at(child)->memo)
                continue;
            if (auto v = value(child))
                total = total.value_or(Money()) + *v;
        }
        return total;
    }

    int m_year;
    std::unordered_map<Id, const Storage::Verksamhet *> m_node;
    std::unordered_map<Id, std::vector<Id>> m_children;
    std::map<std::tuple<Id, int, int>, Money> m_own;
};

// The table of the tree cut at `maxDepth`: a node at that depth, or with nothing entered below
// it, is a leaf carrying the aggregated figures of its subtree.
Result<Core::EconomicTable> tableAtDepth(const std::vector<Storage::Verksamhet> &verksamheter, const YearFigures &now,
                                         const YearFigures &previous, int year, int month, int forecastMonth,
                                         int maxDepth)
{
    std::unordered_map<Id, int> depth;
    std::vector<Core::VerksamhetNode> nodes;
    std::vector<Id> leaves;
    for (const Storage::Verksamhet &v : verksamheter) {
        const int d = v.parentId ? depth[*v.parentId] + 1 : 1;
        depth[v.id] = d;
        if (d > maxDepth)
            continue;
        if (v.parentId && depth[*v.parentId] >= maxDepth)
            continue;
        // A parent that became a leaf hides its children.
        if (v.parentId && std::find(leaves.begin(), leaves.end(), *v.parentId) != leaves.end()) {
            depth[v.id] = maxDepth + 1; // and its descendants
            continue;
        }
        // A verksamhet with no figures this year or the year before (seed 002's
        // "Preliminärbokförda fakturor" in 2020) is left out rather than shown as an empty row.
        if (!now.hasAny(v.id) && !previous.hasAny(v.id)) {
            depth[v.id] = maxDepth + 1;
            continue;
        }
        nodes.push_back({v.id, v.parentId, v.name, v.order, v.memo, std::nullopt});
        if (d == maxDepth || !now.hasAnyBelow(v.id))
            leaves.push_back(v.id);
    }
    auto tree = Core::VerksamhetTree::build(nodes);
    if (!tree)
        return std::unexpected(tree.error());
    std::map<Core::NodeId, Core::EnteredFigures> figures;
    for (Id id : leaves) {
        Core::EnteredFigures f;
        f.budgetYear = now.sum(id, Measure::Budget, 0);
        f.budgetPeriod = now.periodBudget(id, month);
        f.actualIncome = now.income(id, month);
        f.actualCost = now.cost(id, month);
        f.actualNet = now.net(id, month);
        if (forecastMonth > 0)
            f.forecast = now.sum(id, Measure::Forecast, forecastMonth);
        f.previousYearActualNet = previous.net(id, month);
        figures.emplace(id, f);
    }
    // A node hidden below a leaf still sits in `depth`; only the kept ones are in the tree.
    for (auto it = figures.begin(); it != figures.end();)
        it = tree->indexOf(it->first) ? std::next(it) : figures.erase(it);
    return Core::buildEconomicTable(*tree, figures, year, month, {});
}

std::optional<Core::Kontoslag> kontoslagFromCode(const std::string &code)
{
    auto parsed = Core::parseKontoslag(code);
    return parsed ? std::optional(*parsed) : std::nullopt;
}

// The figures of the nämnd's own node when it has kontoslag figures (a whole-nämnd Driftredovisning,
// seed 003), else those of the verksamheter: the two are views of the same money, never added.
bool fromNode(const std::vector<Storage::Figure> &figures, std::optional<Id> namndNode, const Storage::Figure &figure)
{
    const bool nodeHasAny = namndNode && std::any_of(figures.begin(), figures.end(), [&](const Storage::Figure &f) {
        return !f.key.kontoslag.empty() && f.key.verksamhetId == *namndNode;
    });
    return nodeHasAny ? figure.key.verksamhetId == *namndNode : true;
}

Result<std::optional<Core::EconomicTable>> kontoslagTable(const std::vector<Storage::Figure> &allFigures,
                                                          const std::vector<Storage::Figure> &allPrevious,
                                                          std::optional<Id> namndNode, int year, int month)
{
    std::vector<Storage::Figure> figures, previousFigures;
    for (const Storage::Figure &f : allFigures)
        if (fromNode(allFigures, namndNode, f))
            figures.push_back(f);
    for (const Storage::Figure &f : allPrevious)
        if (fromNode(allPrevious, namndNode, f))
            previousFigures.push_back(f);
    std::map<Core::Kontoslag, Core::EnteredFigures> byKontoslag;
    auto add = [](std::optional<Money> &slot, Money amount) { slot = slot.value_or(Money()) + amount; };
    for (const Storage::Figure &figure : figures) {
        if (figure.key.kontoslag.empty())
            continue;
        auto kontoslag = kontoslagFromCode(figure.key.kontoslag);
        if (!kontoslag)
            continue;
        const int m = figure.key.month.value_or(0);
        Core::EnteredFigures &f = byKontoslag[*kontoslag];
        switch (figure.key.measure) {
        case Measure::Budget: add(f.budgetYear, figure.amount); break;
        case Measure::BudgetPeriod: if (m == month) add(f.budgetPeriod, figure.amount); break;
        case Measure::ActualIncome: if (m == month) add(f.actualIncome, figure.amount); break;
        case Measure::ActualCost: if (m == month) add(f.actualCost, figure.amount); break;
        case Measure::ActualNet: if (m == month) add(f.actualNet, figure.amount); break;
        case Measure::Forecast: if (m == month) add(f.forecast, figure.amount); break;
        }
    }
    if (byKontoslag.empty())
        return std::optional<Core::EconomicTable>();
    for (const Storage::Figure &figure : previousFigures) {
        if (figure.key.kontoslag.empty() || figure.key.month.value_or(0) != month)
            continue;
        auto kontoslag = kontoslagFromCode(figure.key.kontoslag);
        if (!kontoslag || !byKontoslag.contains(*kontoslag))
            continue;
        const Measure m = figure.key.measure;
        if (m == Measure::ActualIncome || m == Measure::ActualCost || m == Measure::ActualNet)
            add(byKontoslag[*kontoslag].previousYearActualNet, figure.amount);
    }
    Core::EconomicTableOptions options;
    options.totalName = "Årets resultat";
    auto table = Core::buildKontoslagTable(byKontoslag, year, month, options);
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

    const YearFigures now(data.verksamheter, *figures, request.year);
    const YearFigures previous(data.verksamheter, *previousFigures, request.year - 1);
    const std::set<int> forecastMonths = now.monthsWith(Measure::Forecast);
    const std::set<int> actualMonths = [&] {
        std::set<int> months;
        for (Measure m : {Measure::ActualIncome, Measure::ActualCost, Measure::ActualNet})
            months.merge(now.monthsWith(m));
        return months;
    }();
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

    auto table = tableAtDepth(data.verksamheter, now, previous, request.year, request.month, data.forecastMonth, 1);
    if (!table)
        return std::unexpected(table.error());
    data.table = std::move(*table);
    auto detail = tableAtDepth(data.verksamheter, now, previous, request.year, request.month, data.forecastMonth, 2);
    if (!detail)
        return std::unexpected(detail.error());
    data.detail = std::move(*detail);

    if (data.previousForecastMonth > 0) {
        std::optional<Money> forecast, budget;
        for (const Storage::Verksamhet &v : data.verksamheter) {
            if (v.parentId || v.memo)
                continue;
            if (auto f = now.sum(v.id, Measure::Forecast, data.previousForecastMonth))
                forecast = forecast.value_or(Money()) + *f;
            if (auto b = now.sum(v.id, Measure::Budget, 0))
                budget = budget.value_or(Money()) + *b;
        }
        data.previousForecastDeviation = Core::forecastDeviation(forecast, budget);
    }

    auto namndNode = store.namndLevelId(namndId);
    if (!namndNode)
        return std::unexpected(namndNode.error());
    auto kontoslag = kontoslagTable(*figures, *previousFigures, *namndNode, request.year, request.month);
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
