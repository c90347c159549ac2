// SPDX-License-Identifier: GPL-3.0-or-later
// Seed 000 §7 (Nacka, Socialnämnden, årsredovisning 2020, tkr): the nämnd table, the
// per-verksamhet tables with Utfall / Budget / Avvikelse / % / Prognos T2 / Utfall 2019 /
// Förändring / %, and their sums, rebuilt from the leaves as a verksamhet tree.
#include "core/economictable.h"
#include "publishedrow.h"

#include <gtest/gtest.h>

#include <vector>

namespace Tertial::Core::Test {
namespace {

// One line of a tree: leaves carry utfall netto, budget 2020, prognos T2 and utfall 2019 as
// printed; inner lines none.
struct Line
{
    NodeId id;
    std::optional<NodeId> parent;
    const char *name;
    std::optional<std::int64_t> net, budget, forecast, previous;
};

EconomicTable tableOf(const std::vector<Line> &lines, const char *totalName)
{
    std::vector<VerksamhetNode> nodes;
    std::map<NodeId, EnteredFigures> figures;
    for (const Line &line : lines) {
        nodes.push_back({line.id, line.parent, line.name, static_cast<int>(line.id), false, std::nullopt});
        if (!line.net)
            continue;
        EnteredFigures entered;
        entered.actualNet = tkrOpt(line.net);
        entered.budgetYear = tkrOpt(line.budget);
        entered.forecast = tkrOpt(line.forecast);
        entered.previousYearActualNet = tkrOpt(line.previous);
        figures.emplace(line.id, entered);
    }
    EconomicTableOptions options;
    options.percentBase = PercentBase::Actual; // Nacka's "i procent" is avvikelse / |utfall|
    options.totalName = totalName;
    // Helår: periodens budget is the budget helår (month 12).
    return buildEconomicTable(VerksamhetTree::build(nodes).value(), figures, 2020, 12, options).value();
}

// Columns of the seed 000 §7 verksamhet tables.
PublishedRow detail(const char *name, std::int64_t net, std::int64_t budget, std::int64_t deviation,
                    double deviationPercent, int percentDecimals, std::int64_t forecast, std::int64_t previous,
                    std::int64_t change, double changePercent, unsigned offByOne = 0)
{
    PublishedRow published;
    published.name = name;
    published.net = net;
    published.budgetPeriod = budget;
    published.budgetYear = budget;
    published.deviation = deviation;
    published.deviationPercent = deviationPercent;
    published.percentDecimals = percentDecimals;
    published.forecast = forecast;
    published.previousYear = previous;
    published.change = change;
    published.changePercent = changePercent;
    published.offByOne = offByOne;
    return published;
}

// Barn och unga 0-20 år as a tree two levels deep (domain.md §2): Dygnsvård and Öppenvård are
// sums of their leaves. seed 000 §7 tables "Tkr Utfall 2020 ... Institutionsvård ...",
// "Biståndsbedömd öppenvård ..." and "Dygnsvård ... Summa barn och unga".
const EconomicTable &childrenTable()
{
    static const EconomicTable table = tableOf(
        {
            {1, std::nullopt, "Dygnsvård", {}, {}, {}, {}},
            {11, 1, "Institutionsvård", -33'025, -32'716, -36'443, -33'970},
            {12, 1, "Jourhem", -15'165, -14'280, -18'470, -22'948}, // printed "Journalhem"
            {13, 1, "Familjehem", -20'943, -21'734, -18'584, -16'553},
            {14, 1, "Övriga särskilda kostnader", -1'679, -2'446, -2'100, -1'415},
            {15, 1, "Stödboende", -10'431, -7'563, -9'855, -8'620},
            {2, std::nullopt, "Öppenvård inkl föreningsbidrag", {}, {}, {}, {}},
            {21, 2, "Biståndsbedömd öppenvård", -40'143, -35'379, -39'866, -34'905},
            {22, 2, "Öppna insatser inkl föreningsbidrag", -26'190, -28'333, -27'041, -24'928},
            {3, std::nullopt, "Ensamkommande barn och unga", -2'888, -1'000, -2'373, -2'623},
            {4, std::nullopt, "Familjerådgivning o insatser familjerätt", -3'238, -3'740, -3'740, -3'920},
        },
        "Summa barn och unga");
    return table;
}

class Seed000ChildrenTable : public testing::TestWithParam<PublishedRow>
{};

TEST_P(Seed000ChildrenTable, ReproducesPublishedRow)
{
    const EconomicRow *row = findRow(childrenTable(), GetParam().name);
    ASSERT_NE(row, nullptr);
    expectMatches(row->values, GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Seed000, Seed000ChildrenTable,
    testing::Values(
        // Table "Tkr Utfall 2020 Budget 2020 Budgetavvikelse Procent Prognos T2 Utfall 2019 ...".
        detail("Institutionsvård", -33'025, -32'716, -309, -1, 0, -36'443, -33'970, 945, -2.8),
        detail("Jourhem", -15'165, -14'280, -885, -6, 0, -18'470, -22'948, 7'783, -33.9),
        // -20 943 + 21 734 = 791 from the printed tkr, 792 printed (rounded inputs): ±1.
        detail("Familjehem", -20'943, -21'734, 792, 4, 0, -18'584, -16'553, -4'390, 26.5, Deviation),
        // (1 679 − 1 415) / 1 415 = 18,66 % from the printed tkr, 18,6 % printed (rounded inputs):
        // ±0,1.
        detail("Övriga särskilda kostnader", -1'679, -2'446, 767, 46, 0, -2'100, -1'415, -264, 18.6, ChangePercent),
        detail("Stödboende", -10'431, -7'563, -2'868, -27, 0, -9'855, -8'620, -1'811, 21.0),
        // "Dygnsvård barn och unga": the leaves as printed add up to -81 243 (report -81 242, it
        // summed unrounded kronor), so utfall, avvikelse (-2 504 vs -2 503) and förändring
        // (2 263 vs 2 264) are allowed ±1.
        detail("Dygnsvård", -81'242, -78'739, -2'503, -3, 0, -85'452, -83'506, 2'264, -2.7, Net | Deviation | Change),
        // Same node in the table "(Tkr) Utfall 2020 ... Summa barn och unga", which prints Utfall
        // 2019 -83 505 and förändring 2 263: its own rounding of the same sums, ±1 again.
        detail("Dygnsvård", -81'242, -78'739, -2'503, -3, 0, -85'452, -83'505, 2'263, -2.7,
               Net | Deviation | PreviousYear | Change),
        // Table "Tkr ... Biståndsbedömd öppenvård ... Summa öppenvård".
        detail("Biståndsbedömd öppenvård", -40'143, -35'379, -4'764, -12, 0, -39'866, -34'905, -5'238, 15.0),
        detail("Öppna insatser inkl föreningsbidrag", -26'190, -28'333, 2'143, 8, 0, -27'041, -24'928, -1'262, 5.1),
        detail("Öppenvård inkl föreningsbidrag", -66'333, -63'712, -2'621, -4, 0, -66'907, -59'833, -6'500, 10.9),
        detail("Ensamkommande barn och unga", -2'888, -1'000, -1'888, -65, 0, -2'373, -2'623, -265, 10.1),
        // 502 / 3 238 = 15,50 % from the printed tkr, 15 % printed (rounded inputs): ±1.
        detail("Familjerådgivning o insatser familjerätt", -3'238, -3'740, 502, 15, 0, -3'740, -3'920, 682, -17.4,
               DeviationPercent),
        // "Summa barn och unga": -153 702 from the printed leaves vs -153 701, avvikelse -6 511 vs
        // -6 510, Utfall 2019 -149 882 vs -149 881 (rounded inputs, ±1).
        detail("Summa barn och unga", -153'701, -147'191, -6'510, -4, 0, -158'472, -149'881, -3'820, 2.5,
               Net | Deviation | PreviousYear)),
    rowTestName);

TEST(Seed000ChildrenTable, TreeOrderAndDepth)
{
    const EconomicTable &table = childrenTable();
    ASSERT_EQ(table.rows.size(), 11u);
    EXPECT_EQ(table.rows[0].name, "Dygnsvård");
    EXPECT_EQ(table.rows[0].depth, 1);
    EXPECT_FALSE(table.rows[0].leaf);
    EXPECT_EQ(table.rows[1].name, "Institutionsvård");
    EXPECT_EQ(table.rows[1].depth, 2);
    EXPECT_EQ(table.rows[6].name, "Öppenvård inkl föreningsbidrag");
    EXPECT_EQ(table.rows[9].name, "Ensamkommande barn och unga");
    EXPECT_EQ(table.rows[9].depth, 1);
}

TEST(Seed000ChildrenTable, PercentColumnIsAvvikelseOverUtfall)
{
    // seed 000 §7: "i procent" = avvikelse / |utfall|. Ensamkommande -1 888 / 2 888 = -65 %
    // printed, whereas over the budget it would be -1 888 / 1 000 = -189 %; Familjerådgivning
    // 502 / 3 238 = 15 % printed vs 502 / 3 740 = 13 %.
    EconomicValues lone;
    lone.actualNet = tkr(-2'888);
    lone.budgetPeriod = tkr(-1'000);
    deriveValues(lone, PercentBase::Budget);
    ASSERT_TRUE(lone.deviationPercent);
    EXPECT_NEAR(*lone.deviationPercent, -1.888, 1e-12);
    deriveValues(lone, PercentBase::Actual);
    ASSERT_TRUE(lone.deviationPercent);
    EXPECT_NEAR(*lone.deviationPercent, -1'888.0 / 2'888.0, 1e-12);
}

// Vuxna 21-64 år, seed 000 §7 table "Tkr Utfall 2020 Budget Avvikelse i procent ... Heldygnsvård".
const EconomicTable &adultsTable()
{
    static const EconomicTable table = tableOf(
        {
            {1, std::nullopt, "Heldygnsvård", -27'815, -28'672, -25'341, -29'248},
            {2, std::nullopt, "Öppenvård inkl föreningsbidrag", -10'799, -13'709, -11'536, -10'362},
            {3, std::nullopt, "Skyddat boende o öppna insatser våld i nära relation", -11'439, -7'473, -10'471,
             -5'976},
            {4, std::nullopt, "Sociala kontrakt", -8'837, -8'813, -8'813, -8'997},
        },
        "Summa");
    return table;
}

class Seed000AdultsTable : public testing::TestWithParam<PublishedRow>
{};

TEST_P(Seed000AdultsTable, ReproducesPublishedRow)
{
    const EconomicRow *row = findRow(adultsTable(), GetParam().name);
    ASSERT_NE(row, nullptr);
    expectMatches(row->values, GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Seed000, Seed000AdultsTable,
    testing::Values(
        detail("Heldygnsvård", -27'815, -28'672, 857, 3.1, 1, -25'341, -29'248, 1'433, -4.9),
        // 2 910 / 10 799 = 26,95 % from the printed tkr, 27,0 % printed (rounded inputs): ±0,1.
        detail("Öppenvård inkl föreningsbidrag", -10'799, -13'709, 2'910, 27.0, 1, -11'536, -10'362, -437, 4.2,
               DeviationPercent),
        // domain.md §4.4: Skyddat boende -3 966 / 11 439 = -34,7 %.
        detail("Skyddat boende o öppna insatser våld i nära relation", -11'439, -7'473, -3'966, -34.7, 1, -10'471,
               -5'976, -5'463, 91.4),
        detail("Sociala kontrakt", -8'837, -8'813, -24, -0.3, 1, -8'813, -8'997, 160, -1.8),
        // The printed rows add up to -58 890 (report -58 889): utfall, avvikelse (-223 vs -222) and
        // förändring (-4 307 vs -4 306) ±1.
        detail("Summa", -58'889, -58'667, -222, -0.4, 1, -56'161, -54'583, -4'306, 7.9, Net | Deviation | Change)),
    rowTestName);

// Personer med funktionsnedsättning, seed 000 §7 table "Utfall netto Budget netto ... Insatser Sol".
const EconomicTable &disabilityTable()
{
    static const EconomicTable table = tableOf(
        {
            {1, std::nullopt, "Insatser Sol", -103'717, -109'720, -109'745, -101'328},
            {2, std::nullopt, "Insatser LSS", -385'328, -366'806, -381'461, -358'068},
            {3, std::nullopt, "Turbundna resor och riksfärdtjänst", -13'887, -13'840, -13'587, -14'312},
        },
        "Total personer med funktionsnedsättning");
    return table;
}

class Seed000DisabilityTable : public testing::TestWithParam<PublishedRow>
{};

TEST_P(Seed000DisabilityTable, ReproducesPublishedRow)
{
    const EconomicRow *row = findRow(disabilityTable(), GetParam().name);
    ASSERT_NE(row, nullptr);
    expectMatches(row->values, GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Seed000, Seed000DisabilityTable,
    testing::Values(
        detail("Insatser Sol", -103'717, -109'720, 6'003, 5.8, 1, -109'745, -101'328, -2'389, 2.4),
        detail("Insatser LSS", -385'328, -366'806, -18'522, -4.8, 1, -381'461, -358'068, -27'260, 7.6),
        detail("Turbundna resor och riksfärdtjänst", -13'887, -13'840, -47, -0.3, 1, -13'587, -14'312, 425, -3.0),
        // Printed rows: utfall -502 932 (report -502 933), avvikelse -12 566 (-12 567), Utfall 2019
        // -473 708 (-473 709): rounded inputs, ±1.
        detail("Total personer med funktionsnedsättning", -502'933, -490'366, -12'567, -2.5, 1, -504'793, -473'709,
               -29'224, 6.2, Net | Deviation | PreviousYear)),
    rowTestName);

// Insatser enligt LSS, seed 000 §7 table "Utfall netto ... LSS boende ... Summa insatser LSS".
const EconomicTable &lssTable()
{
    static const EconomicTable table = tableOf(
        {
            {1, std::nullopt, "LSS boende barn och vuxna inkl korttidsvistelse", -202'425, -202'197, -200'756,
             -191'267},
            {2, std::nullopt, "Personlig assistans", -85'462, -75'042, -86'014, -79'069},
            {3, std::nullopt, "Daglig verksamhet", -63'350, -59'770, -61'570, -61'355},
            {4, std::nullopt, "Ledsagning avlösning LSS", -13'747, -11'192, -13'485, -9'383},
            {5, std::nullopt, "Korttidstillsyn barn och unga 12-21 år", -13'486, -12'682, -12'682, -11'698},
            {6, std::nullopt, "Övrig LSS", -6'859, -5'923, -6'954, -5'298},
        },
        "Summa insatser LSS");
    return table;
}

class Seed000LssTable : public testing::TestWithParam<PublishedRow>
{};

TEST_P(Seed000LssTable, ReproducesPublishedRow)
{
    const EconomicRow *row = findRow(lssTable(), GetParam().name);
    ASSERT_NE(row, nullptr);
    expectMatches(row->values, GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Seed000, Seed000LssTable,
    testing::Values(
        detail("LSS boende barn och vuxna inkl korttidsvistelse", -202'425, -202'197, -228, -0.1, 1, -200'756,
               -191'267, -11'158, 5.8),
        // domain.md §4.4: Personlig assistans -10 420 / 85 462 = -12,2 %.
        detail("Personlig assistans", -85'462, -75'042, -10'420, -12.2, 1, -86'014, -79'069, -6'393, 8.1),
        detail("Daglig verksamhet", -63'350, -59'770, -3'580, -5.7, 1, -61'570, -61'355, -1'995, 3.3),
        detail("Ledsagning avlösning LSS", -13'747, -11'192, -2'555, -18.6, 1, -13'485, -9'383, -4'364, 46.5),
        detail("Korttidstillsyn barn och unga 12-21 år", -13'486, -12'682, -804, -6.0, 1, -12'682, -11'698, -1'788,
               15.3),
        detail("Övrig LSS", -6'859, -5'923, -936, -13.6, 1, -6'954, -5'298, -1'561, 29.5),
        // Printed rows: utfall -385 329 (report -385 328), avvikelse -18 523 (-18 522), Utfall 2019
        // -358 070 (-358 069): rounded inputs, ±1.
        detail("Summa insatser LSS", -385'328, -366'806, -18'522, -4.8, 1, -381'461, -358'069, -27'259, 7.6,
               Net | Deviation | PreviousYear)),
    rowTestName);

// The nämnd table "Verksamhet, tkr Ack utfall 2020 ... Utfall 2019" (intäkter, kostnader, netto).
const EconomicTable &committeeTable()
{
    struct Input
    {
        const char *name;
        std::int64_t income, cost, budget, previous;
    };
    static const Input inputs[] = {
        {"Barn och unga 0-20 år", 8'872, -162'573, -147'191, -149'881},
        {"Vuxna 21-64 år", 17'365, -76'254, -58'667, -54'583},
        {"Personer med funktionsnedsättning", 41'764, -544'697, -490'366, -473'709},
        {"Gemensam socialtjänst", 11, -4'557, -5'056, -6'304},
        {"Myndighet och huvudmannaskap", 0, -125'430, -128'028, -120'873},
        {"Nämnd och nämndstöd", 0, -2'501, -2'248, -2'347},
    };
    static const EconomicTable table = [] {
        std::vector<VerksamhetNode> nodes;
        std::map<NodeId, EnteredFigures> figures;
        NodeId id = 1;
        for (const Input &input : inputs) {
            nodes.push_back({id, std::nullopt, input.name, static_cast<int>(id), false, std::nullopt});
            EnteredFigures entered;
            entered.actualIncome = tkr(input.income);
            entered.actualCost = tkr(input.cost);
            entered.budgetYear = tkr(input.budget);
            entered.previousYearActualNet = tkr(input.previous);
            figures.emplace(id++, entered);
        }
        return buildEconomicTable(VerksamhetTree::build(nodes).value(), figures, 2020, 12, {}).value();
    }();
    return table;
}

PublishedRow committee(const char *name, std::int64_t income, std::int64_t cost, std::int64_t net,
                       std::int64_t budget, std::int64_t deviation, std::int64_t previous, unsigned offByOne = 0)
{
    PublishedRow published;
    published.name = name;
    published.income = income;
    published.cost = cost;
    published.net = net;
    published.budgetPeriod = budget;
    published.deviation = deviation;
    published.previousYear = previous;
    published.offByOne = offByOne;
    return published;
}

class Seed000CommitteeTable : public testing::TestWithParam<PublishedRow>
{};

TEST_P(Seed000CommitteeTable, ReproducesPublishedRow)
{
    const EconomicRow *row = findRow(committeeTable(), GetParam().name);
    ASSERT_NE(row, nullptr);
    expectMatches(row->values, GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Seed000, Seed000CommitteeTable,
    testing::Values(
        committee("Barn och unga 0-20 år", 8'872, -162'573, -153'701, -147'191, -6'510, -149'881),
        committee("Vuxna 21-64 år", 17'365, -76'254, -58'889, -58'667, -222, -54'583),
        committee("Personer med funktionsnedsättning", 41'764, -544'697, -502'933, -490'366, -12'567, -473'709),
        committee("Gemensam socialtjänst", 11, -4'557, -4'546, -5'056, 510, -6'304),
        committee("Myndighet och huvudmannaskap", 0, -125'430, -125'430, -128'028, 2'598, -120'873),
        committee("Nämnd och nämndstöd", 0, -2'501, -2'501, -2'248, -253, -2'347),
        // Printed rows: kostnader -916 012 (report -916 011), netto -848 000 (-847 999),
        // avvikelse -16 444 (-16 443), Utfall 2019 -807 697 (-807 698): rounded inputs, ±1.
        committee("Summa", 68'012, -916'011, -847'999, -831'556, -16'443, -807'698,
                  Cost | Net | Deviation | PreviousYear)),
    rowTestName);

} // namespace
} // namespace Tertial::Core::Test
