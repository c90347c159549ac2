// SPDX-License-Identifier: GPL-3.0-or-later
// Seed 002 §2.1 Ekonomisk tabell built by the core from the printed inputs.
#include "seed002table.h"

#include "publishedrow.h"

#include <map>
#include <optional>
#include <vector>

namespace Tertial::Core::Test {
namespace {

struct Seed002Input
{
    const char *name;
    std::optional<std::int64_t> income, cost, budgetYear, budgetPeriod, forecast;
};

// As printed in seed 002 §2.1; a blank cell is absent. Myndighet och huvudmannaskap prints
// periodens budget -93 593, while -112 169 × 10/12 = -93 474 (a non-linear profile), and
// Preliminärbokförda fakturor prints 0 with no helår budget.
const Seed002Input inputs[] = {
    {"Preliminärbokförda fakturor", std::nullopt, -190, std::nullopt, 0, 0},
    {"Barn och unga", 3'970, -92'522, -103'783, std::nullopt, -107'623},
    {"Vuxna 21-64 år", 14'563, -46'091, -45'229, std::nullopt, -39'000},
    {"Personer med funktionsnedsättning", 28'075, -384'352, -445'548, std::nullopt, -427'800},
    {"Gemensam socialtjänst", 82, -5'722, -8'317, std::nullopt, -7'000},
    {"Myndighet och huvudmannaskap", 0, -96'456, -112'169, -93'593, -120'198},
    {"Nämnd och nämndstöd", std::nullopt, -1'983, -2'766, std::nullopt, -2'406},
};

} // namespace

const EconomicTable &seed002Table()
{
    static const EconomicTable table = [] {
        std::vector<VerksamhetNode> nodes;
        std::map<NodeId, EnteredFigures> figures;
        NodeId id = 1;
        for (const Seed002Input &input : inputs) {
            nodes.push_back({id, std::nullopt, input.name, static_cast<int>(id), false, std::nullopt});
            EnteredFigures entered;
            entered.actualIncome = tkrOpt(input.income);
            entered.actualCost = tkrOpt(input.cost);
            entered.budgetYear = tkrOpt(input.budgetYear);
            entered.budgetPeriod = tkrOpt(input.budgetPeriod);
            entered.forecast = tkrOpt(input.forecast);
            figures.emplace(id, entered);
            ++id;
        }
        return buildEconomicTable(VerksamhetTree::build(nodes).value(), figures, 2017, 10, {}).value();
    }();
    return table;
}

} // namespace Tertial::Core::Test
