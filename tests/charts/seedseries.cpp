// SPDX-License-Identifier: GPL-3.0-or-later
// Seed figures through the core into chart series.
#include "seedseries.h"

#include "core/economictable.h"

namespace Tertial::Charts::Test {

using namespace Tertial::Core;

Money tkr(std::int64_t thousands)
{
    return Money::fromThousands(thousands);
}

BudgetChartSeries seed002Budget()
{
    struct Input
    {
        const char *name;
        std::optional<std::int64_t> income, cost, budgetYear, budgetPeriod, forecast;
    };
    // seed 002 §2.1 as printed (tkr).
    const Input inputs[] = {
        {"Preliminärbokförda fakturor", std::nullopt, -190, std::nullopt, 0, 0},
        {"Barn och unga", 3'970, -92'522, -103'783, std::nullopt, -107'623},
        {"Vuxna 21-64 år", 14'563, -46'091, -45'229, std::nullopt, -39'000},
        {"Personer med funktionsnedsättning", 28'075, -384'352, -445'548, std::nullopt, -427'800},
        {"Gemensam socialtjänst", 82, -5'722, -8'317, std::nullopt, -7'000},
        {"Myndighet och huvudmannaskap", 0, -96'456, -112'169, -93'593, -120'198},
        {"Nämnd och nämndstöd", std::nullopt, -1'983, -2'766, std::nullopt, -2'406},
    };
    auto opt = [](std::optional<std::int64_t> v) { return v ? std::optional<Money>(tkr(*v)) : std::nullopt; };
    std::vector<VerksamhetNode> nodes;
    std::map<NodeId, EnteredFigures> figures;
    NodeId id = 1;
    for (const Input &input : inputs) {
        nodes.push_back({id, std::nullopt, input.name, static_cast<int>(id), false, std::nullopt});
        EnteredFigures entered;
        entered.actualIncome = opt(input.income);
        entered.actualCost = opt(input.cost);
        entered.budgetYear = opt(input.budgetYear);
        entered.budgetPeriod = opt(input.budgetPeriod);
        entered.forecast = opt(input.forecast);
        figures.emplace(id, entered);
        ++id;
    }
    const EconomicTable table = buildEconomicTable(VerksamhetTree::build(nodes).value(), figures, 2017, 10, {}).value();
    return budgetChartSeries(table, std::nullopt, "Socialnämnden").value();
}

CumulativeChartSeries seed002Cumulative()
{
    CumulativeChartInputs inputs;
    inputs.year = 2017;
    inputs.month = 10;
    inputs.actual[9] = tkr(3'970 - 92'522);
    inputs.budgetYear = tkr(-103'783);
    inputs.forecast = tkr(-107'623);
    return cumulativeChartSeries(inputs).value();
}

TertialSplit seed000Tertials()
{
    // Cumulative utfall from the published single tertials: -53 747, -105 671, -153 701.
    auto at = [](int month, std::int64_t net) {
        const VerksamhetTree tree =
            VerksamhetTree::build({{1, std::nullopt, "Barn och unga 0-20 år", 1, false, std::nullopt}}).value();
        EnteredFigures figures;
        figures.actualNet = tkr(net);
        figures.budgetYear = tkr(-147'191);
        return buildEconomicTable(tree, {{1, figures}}, 2020, month, {}).value().rows.front().values;
    };
    return splitTertials(at(4, -53'747), at(8, -105'671), at(12, -153'701));
}

VolumeChartSeries seed002Volumes(bool weighted)
{
    const double persons2016[] = {38, 35, 36, 35, 38, 41, 42, 42, 45, 41};
    const double persons2017[] = {45, 48, 46, 44, 45, 49, 50, 50, 49, 46};
    VolumeInput input{"Personlig assistans", {}};
    for (int m = 1; m <= 10; ++m) {
        input.observations.push_back({2016, m, persons2016[m - 1]});
        input.observations.push_back({2017, m, persons2017[m - 1]});
    }
    return volumeChartSeries({input}, {2016, 1, 24, weighted, 12}).value();
}

IndicatorChartSeries seed000Indicator()
{
    return indicatorChartSeries("Andel vuxna med funktionsnedsättning som upplever att de får den hjälp de vill ha i sin "
                                "servicebostad",
                                "%", {TargetKind::AtLeast, 0, 0, {}},
                                {{2018, 81, std::nullopt}, {2019, std::nullopt, std::nullopt}, {2020, 70, 85}})
        .value();
}

ForecastBridge seed002Bridge()
{
    return forecastBridge({{"Preliminärbokförda fakturor", std::nullopt, tkr(0)},
                           {"Barn och unga", tkr(-103'783), tkr(-107'623)},
                           {"Vuxna 21-64 år", tkr(-45'229), tkr(-39'000)},
                           {"Personer med funktionsnedsättning", tkr(-445'548), tkr(-427'800)},
                           {"Gemensam socialtjänst", tkr(-8'317), tkr(-7'000)},
                           {"Myndighet och huvudmannaskap", tkr(-112'169), tkr(-120'198)},
                           {"Nämnd och nämndstöd", tkr(-2'766), tkr(-2'406)}},
                          4, 10)
        .value();
}

std::vector<ActivityForecastAccuracy> seed000Accuracy()
{
    // seed 000 §7: "Prognos T2" (made in august) and "Utfall 2020".
    return forecastAccuracyByActivity({{"Dygnsvård", {{8, tkr(-85'452)}}, tkr(-81'242)},
                                       {"Öppenvård inkl föreningsbidrag", {{8, tkr(-66'907)}}, tkr(-66'333)},
                                       {"Ensamkommande barn och unga", {{8, tkr(-2'373)}}, tkr(-2'888)},
                                       {"Familjerådgivning o insatser familjerätt", {{8, tkr(-3'740)}}, tkr(-3'238)},
                                       {"Summa barn och unga", {{8, tkr(-158'472)}}, tkr(-153'701)}})
        .value();
}

} // namespace Tertial::Charts::Test
