// SPDX-License-Identifier: GPL-3.0-or-later
// Building the economic table: leaf measures, exact roll-up, derived values per row.
#include "economictable.h"

#include <string>

namespace Tertial::Core {
namespace {

// A measure absent on every addend stays absent; otherwise absent addends count as zero.
void addTo(std::optional<Money> &sum, std::optional<Money> addend)
{
    if (!addend)
        return;
    sum = sum ? *sum + *addend : *addend;
}

void addMeasures(EconomicValues &sum, const EconomicValues &addend)
{
    addTo(sum.actualIncome, addend.actualIncome);
    addTo(sum.actualCost, addend.actualCost);
    addTo(sum.actualNet, addend.actualNet);
    addTo(sum.budgetPeriodIncome, addend.budgetPeriodIncome);
    addTo(sum.budgetPeriodCost, addend.budgetPeriodCost);
    addTo(sum.budgetPeriod, addend.budgetPeriod);
    addTo(sum.budgetYear, addend.budgetYear);
    addTo(sum.forecast, addend.forecast);
    addTo(sum.previousYearActualNet, addend.previousYearActualNet);
}

EconomicValues leafMeasures(const EnteredFigures &figures, const PeriodizationProfile &profile,
                            int year, int month)
{
    EconomicValues values;
    values.actualIncome = figures.actualIncome;
    values.actualCost = figures.actualCost;
    values.actualNet = combinedActualNet(figures.actualIncome, figures.actualCost, figures.actualNet);
    values.budgetPeriodIncome = figures.budgetPeriodIncome;
    values.budgetPeriodCost = figures.budgetPeriodCost;
    if (figures.budgetPeriod)
        values.budgetPeriod = figures.budgetPeriod; // entered: overrides any profile
    else if (figures.budgetYear)
        values.budgetPeriod = profile.cumulativeBudget(*figures.budgetYear, year, month);
    values.budgetYear = figures.budgetYear;
    values.forecast = figures.forecast;
    values.previousYearActualNet = figures.previousYearActualNet;
    return values;
}

} // namespace

void deriveValues(EconomicValues &values, PercentBase percentBase)
{
    values.budgetDeviation = budgetDeviation(values.actualNet, values.budgetPeriod);
    values.deviationPercent = deviationPercent(
        values.budgetDeviation, percentBase == PercentBase::Budget ? values.budgetPeriod : values.actualNet);
    values.forecastDeviation = forecastDeviation(values.forecast, values.budgetYear);
    values.budgetKeeping = budgetKeeping(values.forecastDeviation, values.budgetYear);
    values.change = changeFromPreviousYear(values.actualNet, values.previousYearActualNet);
    values.changePercent = changePercent(values.actualNet, values.previousYearActualNet);
    values.consumption = consumption(values.actualNet, values.budgetYear);
}

Result<EconomicTable> buildEconomicTable(const VerksamhetTree &tree,
                                         const std::map<NodeId, EnteredFigures> &leafFigures,
                                         int year, int month, const EconomicTableOptions &options)
{
    if (month < 1 || month > 12)
        return fail(ErrorCode::OutOfRange,
                    "ekonomisk tabell: månad " + std::to_string(month) + " finns inte; väntade 1–12");

    std::vector<EconomicValues> values(tree.size());
    for (const auto &[id, figures] : leafFigures) {
        const auto index = tree.indexOf(id);
        if (!index)
            return fail(ErrorCode::NotFound,
                        "ekonomisk tabell: verksamhet " + std::to_string(id) + " finns inte i trädet");
        if (!tree.isLeaf(*index))
            return fail(ErrorCode::InvalidInput,
                        "ekonomisk tabell: verksamhet \"" + tree.at(*index).name
                            + "\" har underliggande verksamheter; belopp hör hemma på de understa nivåerna");
        values[*index] = leafMeasures(figures, tree.effectivePeriodization(*index, options.defaultPeriodization),
                                      year, month);
    }

    // Depth-first order puts every child after its parent: walking backwards finishes each
    // child before its parent is summed.
    for (std::size_t i = tree.size(); i-- > 0;) {
        for (const std::size_t child : tree.childIndices(i)) {
            if (!tree.at(child).memo)
                addMeasures(values[i], values[child]);
        }
    }

    EconomicTable table;
    table.year = year;
    table.month = month;
    table.benchmark = static_cast<double>(month) / 12.0;
    table.rows.reserve(tree.size());
    table.total.name = options.totalName;
    for (std::size_t i = 0; i < tree.size(); ++i) {
        const VerksamhetNode &node = tree.at(i);
        if (tree.depth(i) == 1 && !node.memo)
            addMeasures(table.total.values, values[i]);
        deriveValues(values[i], options.percentBase);
        table.rows.push_back(EconomicRow{node.id, tree.depth(i), node.name, node.memo, tree.isLeaf(i),
                                         std::move(values[i])});
    }
    deriveValues(table.total.values, options.percentBase);
    return table;
}

Result<EconomicTable> buildKontoslagTable(const std::map<Kontoslag, EnteredFigures> &figures,
                                          int year, int month, const EconomicTableOptions &options)
{
    constexpr NodeId incomeGroup = 1;
    constexpr NodeId costGroup = 2;
    std::vector<VerksamhetNode> nodes;
    nodes.push_back({incomeGroup, std::nullopt, "Verksamhetens intäkter", 1, false, std::nullopt});
    nodes.push_back({costGroup, std::nullopt, "Verksamhetens kostnader", 2, false, std::nullopt});
    std::map<NodeId, EnteredFigures> leafFigures;
    for (const auto &[kontoslag, entered] : figures) {
        const int index = static_cast<int>(kontoslag);
        const NodeId id = 100 + index;
        nodes.push_back({id, isIncome(kontoslag) ? incomeGroup : costGroup, std::string(kontoslagName(kontoslag)),
                         index, false, std::nullopt});
        leafFigures.emplace(id, entered);
    }
    auto tree = VerksamhetTree::build(std::move(nodes));
    if (!tree)
        return std::unexpected(tree.error());
    return buildEconomicTable(*tree, leafFigures, year, month, options);
}

} // namespace Tertial::Core
