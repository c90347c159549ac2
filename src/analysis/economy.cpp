// SPDX-License-Identifier: GPL-3.0-or-later
// One month's economic table, forecast methods applied.
#include "economy.h"

#include "volumedays.h"

#include "core/economicmeasures.h"
#include "core/forecast.h"

namespace Tertial::Analysis {

using Core::Result;

namespace {

Core::EconomicTableOptions tableOptions(const EconomySettings &settings)
{
    Core::EconomicTableOptions options;
    options.percentBase = settings.percentBase;
    options.totalName = "Summa";
    return options;
}

} // namespace

Result<MonthEconomy> buildMonthEconomy(const NamndInputs &inputs, int month, const EconomySettings &settings)
{
    if (month < 1 || month > 12)
        return Core::fail(Core::ErrorCode::OutOfRange, "månad " + std::to_string(month) + ", väntade 1–12");
    MonthEconomy economy;
    economy.month = month;
    economy.entered = inputs.figures.asOf(inputs.year, month);
    for (const Storage::ForecastChoice &choice : inputs.methods)
        if (choice.year == inputs.year && choice.month == month)
            economy.methods[choice.verksamhetId] = choice.method;

    const Core::EconomicTableOptions options = tableOptions(settings);
    const Core::VerksamhetTree &tree = inputs.tree;
    bool anyComputed = false;
    for (const auto &[id, method] : economy.methods)
        anyComputed = anyComputed || method != Core::ForecastMethod::Manual;
    if (anyComputed) {
        // A leaf's own measures (utfall netto from its split, periodens budget by its profile)
        // are what its method reads.
        auto measures = Core::ownMeasures(tree, economy.entered, inputs.year, month, options.defaultPeriodization);
        if (!measures)
            return std::unexpected(measures.error());
        for (const auto &[id, method] : economy.methods) {
            const auto index = tree.indexOf(id);
            if (method == Core::ForecastMethod::Manual || !index || !tree.isLeaf(*index))
                continue;
            const Core::EconomicValues &own = (*measures)[*index];
            Core::ForecastInputs forecastInputs;
            forecastInputs.year = inputs.year;
            forecastInputs.month = month;
            forecastInputs.actual = own.actualNet;
            forecastInputs.budgetFullYear = own.budgetYear;
            forecastInputs.periodBudget = own.budgetPeriod;
            forecastInputs.manualValue = own.forecast;
            forecastInputs.lastYearActualToMonth = own.previousYearActualNet;
            forecastInputs.lastYearActualFullYear = inputs.figures.previousYearFullYear(id);
            if (method == Core::ForecastMethod::VolumeBased)
                forecastInputs.volumes =
                    volumeForecastInputs(inputs.volumes, id, inputs.year, month, own.actualCost, own.actualNet);
            auto result = Core::computeForecast(method, forecastInputs);
            Core::EnteredFigures &entered = economy.entered.own[id];
            entered.forecast = result ? std::optional(result->amount) : std::nullopt;
            economy.computed.emplace(id, ComputedForecast{method, std::move(result)});
        }
    }
    auto table = Core::buildEconomicTable(tree, economy.entered, inputs.year, month, options);
    if (!table)
        return std::unexpected(table.error());
    economy.table = std::move(*table);
    return economy;
}

Result<Core::EconomicTable> buildLastYearTable(const NamndInputs &inputs, int month, const EconomySettings &settings)
{
    return Core::buildEconomicTable(inputs.tree, inputs.figures.asOf(inputs.year - 1, month), inputs.year - 1, month,
                                    tableOptions(settings));
}

} // namespace Tertial::Analysis
