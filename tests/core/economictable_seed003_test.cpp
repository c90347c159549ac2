// SPDX-License-Identifier: GPL-3.0-or-later
// Seed 003 (Huddinge, Socialnämnden, delårsrapport per 31 augusti 2021, tkr): "Ekonomi, drift
// (per verksamhet)", "Driftredovisning" per kontoslag and the budgethållning. Huddinge prints
// costs as positive numbers; the figures are stored canonically (costs negative) and the
// published cost columns are flipped for the comparison. Avvikelser keep their printed sign
// (positive = better than budget) in both conventions.
#include "core/economictable.h"
#include "publishedrow.h"

#include <gtest/gtest.h>

#include <cmath>

namespace Tertial::Core::Test {
namespace {

std::optional<std::int64_t> flipped(std::optional<std::int64_t> printed)
{
    if (!printed)
        return std::nullopt;
    return -*printed;
}

// Columns: helår budget, prognos, avvikelse; perioden budget, utfall, avvikelse; föregående år
// utfall. `costSign` -1 flips a cost printed as positive into canonical signs, +1 keeps income.
PublishedRow printedRow(const char *name, int costSign, std::int64_t budgetYear, std::int64_t forecast,
                        std::int64_t forecastDeviation, std::int64_t budgetPeriod, std::optional<std::int64_t> actual,
                        std::optional<std::int64_t> deviation, std::int64_t previous, unsigned offByOne = 0)
{
    PublishedRow published;
    published.name = name;
    published.budgetYear = costSign * budgetYear;
    published.forecast = costSign * forecast;
    published.forecastDeviation = forecastDeviation;
    published.budgetPeriod = costSign * budgetPeriod;
    published.net = costSign < 0 ? flipped(actual) : actual;
    published.deviation = deviation;
    published.previousYear = costSign * previous;
    published.offByOne = offByOne;
    return published;
}

// Entered canonically: nettokostnad negative. Periodens budget is entered as printed: Huddinge's
// periodisation is not linear (Socialpsykiatri 70 108 × 8/12 = 46 739, printed 46 808; Ensamkommande
// has budget helår 0 and periodens budget 348).
const EconomicTable &perVerksamhetTable()
{
    struct Input
    {
        const char *name;
        std::int64_t budgetYear, forecast, budgetPeriod, actual, previous;
    };
    static const Input inputs[] = {
        {"Socialpsykiatri", 70'108, 69'808, 46'808, 46'537, 40'341},
        {"Vård och behandling", 346'733, 342'341, 230'451, 227'234, 212'924},
        {"Nämnd och övergripande verksamhet", 6'007, 4'576, 4'003, 2'640, 3'035},
        {"Ensamkommande barn och unga", 0, 2'748, 348, 1'418, 4'268},
    };
    static const EconomicTable table = [] {
        std::vector<VerksamhetNode> nodes;
        std::map<NodeId, EnteredFigures> figures;
        NodeId id = 1;
        for (const Input &input : inputs) {
            nodes.push_back({id, std::nullopt, input.name, static_cast<int>(id), false, std::nullopt});
            EnteredFigures entered;
            entered.budgetYear = tkr(-input.budgetYear);
            entered.forecast = tkr(-input.forecast);
            entered.budgetPeriod = tkr(-input.budgetPeriod);
            entered.actualNet = tkr(-input.actual);
            entered.previousYearActualNet = tkr(-input.previous);
            figures.emplace(id++, entered);
        }
        EconomicTableOptions options;
        options.totalName = "Summa nettokostnad";
        return buildEconomicTable(VerksamhetTree::build(nodes).value(), figures, 2021, 8, options).value();
    }();
    return table;
}

class Seed003PerVerksamhet : public testing::TestWithParam<PublishedRow>
{};

TEST_P(Seed003PerVerksamhet, ReproducesPublishedRow)
{
    const EconomicRow *row = findRow(perVerksamhetTable(), GetParam().name);
    ASSERT_NE(row, nullptr);
    expectMatches(row->values, GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Seed003, Seed003PerVerksamhet,
    testing::Values(
        printedRow("Socialpsykiatri", -1, 70'108, 69'808, 300, 46'808, 46'537, 271, 40'341),
        printedRow("Vård och behandling", -1, 346'733, 342'341, 4'392, 230'451, 227'234, 3'217, 212'924),
        printedRow("Nämnd och övergripande verksamhet", -1, 6'007, 4'576, 1'431, 4'003, 2'640, 1'363, 3'035),
        printedRow("Ensamkommande barn och unga", -1, 0, 2'748, -2'748, 348, 1'418, -1'070, 4'268),
        // Printed rows add up to periodens budget 281 610 (report 281 609), avvikelse 3 781
        // (3 780) and föregående år 260 568 (260 569): rounded inputs, ±1.
        printedRow("Summa nettokostnad", -1, 422'848, 419'473, 3'375, 281'609, 277'829, 3'780, 260'569,
                   BudgetPeriod | Deviation | PreviousYear)),
    rowTestName);

TEST(Seed003PerVerksamhet, BudgetKeeping)
{
    // seed 003 "Budgethållning (%) ... 0,8%*" (prognos for 2021): prognosavvikelse 3 375 /
    // |budget helår 422 848| = 0,798 % → 0,8 %.
    const EconomicTable &table = perVerksamhetTable();
    ASSERT_TRUE(table.total.values.budgetKeeping);
    EXPECT_NEAR(*table.total.values.budgetKeeping, 3'375.0 / 422'848.0, 1e-12);
    EXPECT_EQ(std::round(*table.total.values.budgetKeeping * 1000.0), 8.0);
    // Ensamkommande: budget helår 0, so no budgethållning rather than an infinite one.
    const EconomicRow *row = findRow(table, "Ensamkommande barn och unga");
    ASSERT_NE(row, nullptr);
    EXPECT_FALSE(row->values.budgetKeeping);
    EXPECT_FALSE(row->values.consumption);
}

// Driftredovisning per kontoslag. The report does not split Verksamhetens intäkter; they are
// entered under one income kontoslag. "Övrigt" is övriga kostnader.
const EconomicTable &kontoslagTable()
{
    struct Input
    {
        Kontoslag kontoslag;
        std::int64_t budgetYear, forecast, budgetPeriod, actual, previous; // as printed, positive
    };
    static const Input inputs[] = {
        {Kontoslag::OtherIncome, 50'149, 51'927, 32'990, 35'519, 43'829},
        {Kontoslag::Personnel, 277'573, 265'650, 184'398, 176'119, 172'323},
        {Kontoslag::Premises, 21'106, 21'957, 14'070, 14'453, 14'551},
        {Kontoslag::GrantsCost, 2'391, 1'676, 1'597, 1'084, 1'497},
        {Kontoslag::PurchasedServices, 150'316, 158'295, 100'127, 106'141, 100'871},
        {Kontoslag::OtherCosts, 21'611, 23'822, 14'407, 15'554, 15'156},
    };
    static const EconomicTable table = [] {
        std::map<Kontoslag, EnteredFigures> figures;
        for (const Input &input : inputs) {
            const std::int64_t sign = isIncome(input.kontoslag) ? 1 : -1;
            EnteredFigures entered;
            entered.budgetYear = tkr(sign * input.budgetYear);
            entered.forecast = tkr(sign * input.forecast);
            entered.budgetPeriod = tkr(sign * input.budgetPeriod);
            if (sign > 0)
                entered.actualIncome = tkr(input.actual);
            else
                entered.actualCost = tkr(-input.actual);
            entered.previousYearActualNet = tkr(sign * input.previous);
            figures.emplace(input.kontoslag, entered);
        }
        EconomicTableOptions options;
        options.totalName = "Årets resultat";
        return buildKontoslagTable(figures, 2021, 8, options).value();
    }();
    return table;
}

class Seed003Kontoslag : public testing::TestWithParam<PublishedRow>
{};

TEST_P(Seed003Kontoslag, ReproducesPublishedRow)
{
    const EconomicRow *row = findRow(kontoslagTable(), GetParam().name);
    ASSERT_NE(row, nullptr);
    expectMatches(row->values, GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    Seed003, Seed003Kontoslag,
    testing::Values(
        printedRow("Verksamhetens intäkter", 1, 50'149, 51'927, 1'778, 32'990, 35'519, 2'529, 43'829),
        printedRow("Personal", -1, 277'573, 265'650, 11'923, 184'398, 176'119, 8'279, 172'323),
        printedRow("Lokaler", -1, 21'106, 21'957, -851, 14'070, 14'453, -383, 14'551),
        printedRow("Bidrag", -1, 2'391, 1'676, 715, 1'597, 1'084, 513, 1'497),
        printedRow("Köp av verksamhet", -1, 150'316, 158'295, -7'979, 100'127, 106'141, -6'014, 100'871),
        printedRow("Övriga kostnader", -1, 21'611, 23'822, -2'211, 14'407, 15'554, -1'147, 15'156),
        // The report prints utfall 313 349 and avvikelse 1 251, but its five printed cost rows add up
        // to 313 351 and 1 248: it summed unrounded kronor, and five roundings can move a sum by 2.
        // The core sums the exact entered values, so the expected figures are the printed rows'
        // sums (not a tolerance wider than one digit).
        printedRow("Verksamhetens kostnader", -1, 472'997, 471'400, 1'597, 314'599, 313'351, 1'248, 304'398),
        // Årets resultat likewise: printed utfall 277 830 and avvikelse 3 780; from the printed
        // rows 313 351 − 35 519 = 277 832 and 3 777 (the per-verksamhet table prints 277 829).
        printedRow("Årets resultat", -1, 422'848, 419'473, 3'375, 281'609, 277'832, 3'777, 260'569)),
    rowTestName);

TEST(Seed003Kontoslag, GroupsInOrder)
{
    const EconomicTable &table = kontoslagTable();
    ASSERT_EQ(table.rows.size(), 8u);
    EXPECT_EQ(table.rows[0].name, "Verksamhetens intäkter");
    EXPECT_EQ(table.rows[1].name, "Övriga intäkter");
    EXPECT_EQ(table.rows[1].depth, 2);
    EXPECT_EQ(table.rows[2].name, "Verksamhetens kostnader");
    EXPECT_EQ(table.rows[3].name, "Personal");
    EXPECT_EQ(table.rows[7].name, "Övriga kostnader");
}

} // namespace
} // namespace Tertial::Core::Test
