// SPDX-License-Identifier: GPL-3.0-or-later
// Building the economic table: leaf measures, exact roll-up, derived values per row.
#include "economictable.h"

#include "economicmeasures.h"

#include <string>

namespace Tertial::Core {

void deriveValues(EconomicValues &values, PercentBase percentBase)
{
    if (values.actualIncomplete || values.forecastIncomplete) {
        EconomicValues complete = values;
        if (values.actualIncomplete)
            complete.actualNet.reset();
        if (values.forecastIncomplete)
            complete.forecast.reset();
        complete.actualIncomplete = complete.forecastIncomplete = false;
        deriveValues(complete, percentBase);
        values.budgetDeviation = complete.budgetDeviation;
        values.deviationPercent = complete.deviationPercent;
        values.forecastDeviation = complete.forecastDeviation;
        values.budgetKeeping = complete.budgetKeeping;
        values.change = complete.change;
        values.changePercent = complete.changePercent;
        values.consumption = complete.consumption;
        return;
    }
    values.budgetDeviation = budgetDeviation(values.actualNet, values.budgetPeriod);
    values.deviationPercent = deviationPercent(
        values.budgetDeviation, percentBase == PercentBase::Budget ? values.budgetPeriod : values.actualNet);
    values.forecastDeviation = forecastDeviation(values.forecast, values.budgetYear);
    values.budgetKeeping = budgetKeeping(values.forecastDeviation, values.budgetYear);
    values.change = changeFromPreviousYear(values.actualNet, values.previousYearActualNet);
    values.changePercent = changePercent(values.actualNet, values.previousYearActualNet);
    values.consumption = consumption(values.actualNet, values.budgetYear);
}

Result<EconomicTable> buildEconomicTable(const VerksamhetTree &tree, const std::map<NodeId, EnteredFigures> &figures,
                                         int year, int month, const EconomicTableOptions &options)
{
    NamndFigures all;
    all.own = figures;
    return buildEconomicTable(tree, all, year, month, options);
}

Result<EconomicTable> buildEconomicTable(const VerksamhetTree &tree, const NamndFigures &figures, int year, int month,
                                         const EconomicTableOptions &options)
{
    if (month < 1 || month > 12)
        return fail(ErrorCode::OutOfRange,
                    "ekonomisk tabell: månad " + std::to_string(month) + " finns inte; väntade 1–12");

    auto own = ownMeasures(tree, figures, year, month, options.defaultPeriodization);
    if (!own)
        return std::unexpected(own.error());
    std::vector<EconomicValues> values = rollUp(tree, std::move(*own));

    EconomicTable table;
    table.year = year;
    table.month = month;
    table.benchmark = static_cast<double>(month) / 12.0;
    table.total.name = options.totalName;
    table.total.values = sumOfTopLevel(tree, values);
    deriveValues(table.total.values, options.percentBase);
    table.rows.reserve(tree.size());
    for (std::size_t i = 0; i < tree.size(); ++i) {
        const VerksamhetNode &node = tree.at(i);
        deriveValues(values[i], options.percentBase);
        table.rows.push_back(EconomicRow{node.id, tree.depth(i), node.name, node.memo, tree.isLeaf(i),
                                         std::move(values[i])});
    }
    return table;
}

namespace {

// Driftredovisning rows from per-kontoslag measures: each group row, then its kontoslag in enum
// order, then the total.
EconomicTable kontoslagTableFrom(const std::map<Kontoslag, EconomicValues> &measures, int year, int month,
                                 const EconomicTableOptions &options)
{
    EconomicTable table;
    table.year = year;
    table.month = month;
    table.benchmark = static_cast<double>(month) / 12.0;
    table.total.name = options.totalName;
    const auto addGroup = [&](NodeId groupId, const char *name, bool income) {
        EconomicRow group{groupId, 1, name, false, false, {}};
        std::vector<EconomicRow> members;
        for (const auto &[kontoslag, values] : measures) {
            if (isIncome(kontoslag) != income)
                continue;
            addMeasures(group.values, values);
            EconomicRow row{kontoslagRowId(kontoslag), 2, std::string(kontoslagName(kontoslag)), false, true, values};
            deriveValues(row.values, options.percentBase);
            members.push_back(std::move(row));
        }
        group.leaf = members.empty();
        addMeasures(table.total.values, group.values);
        deriveValues(group.values, options.percentBase);
        table.rows.push_back(std::move(group));
        for (EconomicRow &row : members)
            table.rows.push_back(std::move(row));
    };
    addGroup(kontoslagIncomeGroupId, "Verksamhetens intäkter", true);
    addGroup(kontoslagCostGroupId, "Verksamhetens kostnader", false);
    deriveValues(table.total.values, options.percentBase);
    return table;
}

} // namespace

NodeId kontoslagRowId(Kontoslag kontoslag)
{
    return 100 + static_cast<NodeId>(kontoslag);
}

Result<EconomicTable> buildKontoslagTable(const std::map<Kontoslag, EnteredFigures> &figures,
                                          int year, int month, const EconomicTableOptions &options)
{
    if (month < 1 || month > 12)
        return fail(ErrorCode::OutOfRange,
                    "driftredovisning: månad " + std::to_string(month) + " finns inte; väntade 1–12");
    std::map<Kontoslag, EconomicValues> measures;
    for (const auto &[kontoslag, entered] : figures)
        measures.emplace(kontoslag, measuresOf(entered, options.defaultPeriodization, year, month));
    return kontoslagTableFrom(measures, year, month, options);
}

Result<EconomicTable> buildKontoslagTable(const VerksamhetTree &tree,
                                          const std::map<std::pair<NodeId, Kontoslag>, EnteredFigures> &figures,
                                          std::optional<NodeId> root, int year, int month,
                                          const EconomicTableOptions &options)
{
    if (month < 1 || month > 12)
        return fail(ErrorCode::OutOfRange,
                    "driftredovisning: månad " + std::to_string(month) + " finns inte; väntade 1–12");
    std::optional<std::size_t> rootIndex;
    if (root) {
        rootIndex = tree.indexOf(*root);
        if (!rootIndex)
            return fail(ErrorCode::NotFound,
                        "driftredovisning: verksamhet " + std::to_string(*root) + " finns inte i trädet");
    }
    // One roll-up per kontoslag, by the same rule as the verksamhet table.
    std::map<Kontoslag, std::vector<EconomicValues>> own;
    for (const auto &[key, entered] : figures) {
        const auto index = tree.indexOf(key.first);
        if (!index)
            return fail(ErrorCode::NotFound,
                        "driftredovisning: verksamhet " + std::to_string(key.first) + " finns inte i trädet");
        auto &perNode = own[key.second];
        if (perNode.empty())
            perNode.resize(tree.size());
        perNode[*index] =
            measuresOf(entered, tree.effectivePeriodization(*index, options.defaultPeriodization), year, month);
    }
    std::map<Kontoslag, EconomicValues> measures;
    for (auto &[kontoslag, perNode] : own) {
        const std::vector<EconomicValues> rolled = rollUp(tree, std::move(perNode));
        EconomicValues value = rootIndex ? rolled[*rootIndex] : sumOfTopLevel(tree, rolled);
        if (hasAnyMeasure(value)) // a kontoslag used only outside the root gets no row
            measures.emplace(kontoslag, std::move(value));
    }
    return kontoslagTableFrom(measures, year, month, options);
}

} // namespace Tertial::Core
