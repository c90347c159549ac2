// SPDX-License-Identifier: GPL-3.0-or-later
// The economic table (ekonomisk tabell): every verksamhet's measures and derived values.
#pragma once

#include "deviation.h"
#include "enteredfigures.h"
#include "error.h"
#include "kontoslag.h"
#include "money.h"
#include "namndfigures.h"
#include "periodizationprofile.h"
#include "verksamhettree.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace Tertial::Core {

// One row's values. The additive measures (the first block) are sums of the children's exact
// values; the derived values are computed from the row's own sums, never summed.
struct EconomicValues final
{
    std::optional<Money> actualIncome;       // utfall intäkter
    std::optional<Money> actualCost;         // utfall kostnader
    std::optional<Money> actualNet;          // utfall netto
    std::optional<Money> budgetPeriodIncome; // periodens budget intäkter (only where entered)
    std::optional<Money> budgetPeriodCost;   // periodens budget kostnader (only where entered)
    std::optional<Money> budgetPeriod;       // periodens budget netto
    std::optional<Money> budgetYear;         // budget helår
    std::optional<Money> budgetYearIncome;   // budget intäkter helår (only where entered)
    std::optional<Money> budgetYearCost;     // budget kostnader helår (only where entered)
    std::optional<Money> forecast;           // prognos helår
    std::optional<Money> previousYearActualNet; // utfall föregående år, same months
    // A sum that misses a part: some row under it has a budget but no utfall (or no prognos).
    // Its avvikelser would compare part of the utfall with all of the budget, so none is derived.
    bool actualIncomplete = false;
    bool forecastIncomplete = false;
    // The row, or something under it, takes part in the year (EnteredFigures::activeInYear).
    bool activeInYear = false;

    std::optional<Money> budgetDeviation;    // budgetavvikelse
    std::optional<double> deviationPercent;  // avvikelse i procent (base: EconomicTableOptions)
    std::optional<Money> forecastDeviation;  // prognosavvikelse
    std::optional<double> budgetKeeping;     // budgethållning = prognosavvikelse / |budget helår|
    std::optional<Money> change;             // förändring mot föregående år
    std::optional<double> changePercent;     // förändring i procent
    std::optional<double> consumption;       // förbrukningsgrad = utfall / budget helår
};

struct EconomicRow final
{
    NodeId id = 0;        // the verksamhet; 0 for the total row
    int depth = 0;        // 1 = top level; 0 for the total row
    std::string name;
    bool memo = false;    // shown, excluded from sums
    bool leaf = false;
    EconomicValues values;
};

struct EconomicTableOptions final
{
    PercentBase percentBase = PercentBase::Budget;
    // The profile for verksamheter without one of their own (and no ancestor with one).
    PeriodizationProfile defaultPeriodization = PeriodizationProfile::linear();
    std::string totalName = "Summa";
};

struct EconomicTable final
{
    int year = 0;
    int month = 0;           // cumulative january..month
    double benchmark = 0.0;  // riktpunkt = month / 12, the förbrukningsgrad expected by now
    std::vector<EconomicRow> rows; // depth-first tree order
    EconomicRow total;             // Summa: the sum of the non-memo top-level rows
};

// Derives the table for `year` as of `month` (1..12). Figures usually sit on leaves; a figure on
// an inner node is the published figure of that level and wins over its children's sum, group by
// group (rollUp in economicmeasures.h, docs/formats.md). A verksamhet without own figures in a
// group takes that group from its kontoslag figures. A node's periodens budget is the entered one
// if given, else its budget helår periodised by its profile. Figures for an unknown id are an error.
Result<EconomicTable> buildEconomicTable(const VerksamhetTree &tree, const NamndFigures &figures, int year, int month,
                                         const EconomicTableOptions &options);

// The same from own figures only (no kontoslag).
Result<EconomicTable> buildEconomicTable(const VerksamhetTree &tree,
                                         const std::map<NodeId, EnteredFigures> &figures,
                                         int year, int month, const EconomicTableOptions &options);

// Fills the derived values of `values` from its measures (the rule every row follows).
void deriveValues(EconomicValues &values, PercentBase percentBase);

// Driftredovisning per kontoslag (seed 003): a row "Verksamhetens intäkter" (id
// kontoslagIncomeGroupId) followed by the income kontoslag, a row "Verksamhetens kostnader"
// (kontoslagCostGroupId) followed by the cost kontoslag, each kontoslag row with id
// kontoslagRowId(); the total is "Årets resultat" when options.totalName says so. Kontoslag
// without figures are left out; the group rows are always there.
inline constexpr NodeId kontoslagIncomeGroupId = 1;
inline constexpr NodeId kontoslagCostGroupId = 2;
NodeId kontoslagRowId(Kontoslag kontoslag);

// From figures per kontoslag of one verksamhet or a whole nämnd, periodised with
// options.defaultPeriodization.
Result<EconomicTable> buildKontoslagTable(const std::map<Kontoslag, EnteredFigures> &figures,
                                          int year, int month, const EconomicTableOptions &options);

// From figures per verksamhet × kontoslag: each node periodised by its own profile, then rolled
// up per kontoslag by the rule of buildEconomicTable (rollUp); the value of `root` (absent: the sum of the
// non-memo top-level verksamheter) per kontoslag. Figures for an unknown id are an error.
Result<EconomicTable> buildKontoslagTable(const VerksamhetTree &tree,
                                          const std::map<std::pair<NodeId, Kontoslag>, EnteredFigures> &figures,
                                          std::optional<NodeId> root, int year, int month,
                                          const EconomicTableOptions &options);

} // namespace Tertial::Core
