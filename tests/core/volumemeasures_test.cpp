// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/volumemeasures.h"

#include <gtest/gtest.h>

#include <ostream>

#include <cmath>

using namespace Tertial::Core;

namespace {

// ---- kostnad per dygn ----------------------------------------------------------------------

struct CostPerDayRow
{
    const char *source;
    std::int64_t costTkr;
    double days;
    std::int64_t exactOre;      // cost / days to the öre, by hand
    std::int64_t printedKronor; // as printed
};

// Readable test names in ctest instead of a byte dump.
void PrintTo(const CostPerDayRow &row, std::ostream *os)
{
    *os << row.source;
}

class CostPerDay : public ::testing::TestWithParam<CostPerDayRow>
{
};

TEST_P(CostPerDay, CostOverDays)
{
    const auto &row = GetParam();
    auto perDay = costPerDay(Money::fromThousands(row.costTkr), row.days);
    ASSERT_TRUE(perDay) << perDay.error().message;
    EXPECT_EQ(*perDay, Money::fromOre(row.exactOre)) << row.source;
    EXPECT_EQ(perDay->roundedTo(100), Money::fromKronor(row.printedKronor)) << row.source;
}

INSTANTIATE_TEST_SUITE_P(
    Seed000, CostPerDay,
    ::testing::Values(
        // Seed 000 §7 Heldygnsvård (vuxna): "Antal dygn per år" 17 484 and "Kronor per dygn" 1 591 for
        // 2020; the cost is the table's Utfall 2020 27 815 tkr: 2 781 500 000 öre / 17 484 = 159 088,3.
        CostPerDayRow{"Heldygnsvård 2020", 27'815, 17'484, 159'088, 1'591},
        // 2019: 20 620 dygn, 1 418 kr/dygn; cost "Utfall 2019" 29 248 tkr: 141 842,87 öre.
        // (2018's 1 326 kr cannot be checked: the seed prints no 2018 cost for Heldygnsvård.)
        CostPerDayRow{"Heldygnsvård 2019", 29'248, 20'620, 141'843, 1'418},
        // Canonical signs keep the sign: -27 815 tkr is -1 591 kr per dygn.
        CostPerDayRow{"Heldygnsvård 2020, canonical", -27'815, 17'484, -159'088, -1'591}));

TEST(CostPerDay, NeedsDays)
{
    EXPECT_EQ(costPerDay(Money::fromKronor(1), 0.0).error().code, ErrorCode::OutOfRange);
    EXPECT_EQ(costPerDay(Money::fromKronor(1), -3.0).error().code, ErrorCode::OutOfRange);
    EXPECT_FALSE(costPerDay(Money::fromKronor(1), std::nan("")));
}

// ---- timmar per kund -----------------------------------------------------------------------

struct HoursRow
{
    const char *column;
    double hours;
    double customers;
    double printed;
    bool customersRounded; // the printed personer is a rounded average
};

// Readable test names in ctest instead of a byte dump.
void PrintTo(const HoursRow &row, std::ostream *os)
{
    *os << row.column;
}

class HoursPerCustomer : public ::testing::TestWithParam<HoursRow>
{
};

// Seed 000 §7 "Personlig assistans med beslut från kommunen": Antal timmar per månad / Antal
// personer = Genomsnittlig tid per månad och kund. For T2, T3 and År 2020 the printed number of
// personer is itself a rounded average (18 242 / 64 = 285,0, but 286,1 is printed: 63,76 personer),
// so there the test checks the printed value lies between timmar / (personer ± 0,5), exactly the
// band the rounding of personer allows; the other columns must match to the printed decimal.
TEST_P(HoursPerCustomer, HoursOverCustomers)
{
    const auto &row = GetParam();
    auto perCustomer = hoursPerCustomer(row.hours, row.customers);
    ASSERT_TRUE(perCustomer) << perCustomer.error().message;
    if (!row.customersRounded) {
        EXPECT_NEAR(*perCustomer, row.printed, 0.05) << row.column;
        return;
    }
    auto high = hoursPerCustomer(row.hours, row.customers - 0.5);
    auto low = hoursPerCustomer(row.hours, row.customers + 0.5);
    ASSERT_TRUE(high && low);
    EXPECT_LE(*low, row.printed) << row.column;
    EXPECT_GE(*high, row.printed) << row.column;
}

INSTANTIATE_TEST_SUITE_P(Seed000, HoursPerCustomer,
                         ::testing::Values(HoursRow{"T1", 16'279, 59, 275.9, false}, // 275,915…
                                           HoursRow{"T2", 18'242, 64, 286.1, true},
                                           HoursRow{"T3", 19'493, 63, 310.4, true},
                                           HoursRow{"År 2020", 18'005, 62, 291.3, true},
                                           HoursRow{"År 2019", 13'494, 50, 269.9, false}, // 269,88
                                           HoursRow{"År 2018", 11'037, 47, 234.8, false}, // 234,83
                                           HoursRow{"1 okt 2020", 19'109, 67, 285.2, false},
                                           HoursRow{"1 okt 2019", 16'369, 58, 282.2, false},
                                           HoursRow{"1 okt 2018", 12'212, 49, 249.2, false}));

TEST(HoursPerCustomer, Errors)
{
    EXPECT_EQ(hoursPerCustomer(100, 0).error().code, ErrorCode::OutOfRange);
    EXPECT_EQ(hoursPerCustomer(-1, 3).error().code, ErrorCode::OutOfRange);
    EXPECT_NE(hoursPerCustomer(100, 0).error().message.find("kunder"), std::string::npos);
}

// ---- personer snitt per dygn ---------------------------------------------------------------

TEST(AveragePersonsPerDay, DygnOverCalendarDays)
{
    // Seed 000 §7 Heldygnsvård (vuxna): 17 484 dygn in 2020 (366 days) = 47,770 personer per dygn;
    // 20 620 dygn in 2019 (365 days) = 56,493; T1 2020 5 907 dygn over jan–apr (121 days) = 48,818;
    // T3 2020 5 693 dygn over sep–dec (122 days) = 46,664.
    EXPECT_NEAR(*averagePersonsPerDay(17'484, 2020, 1, 12), 47.770, 0.0005);
    EXPECT_NEAR(*averagePersonsPerDay(20'620, 2019, 1, 12), 56.493, 0.0005);
    EXPECT_NEAR(*averagePersonsPerDay(5'907, 2020, 1, 4), 48.818, 0.0005);
    EXPECT_NEAR(*averagePersonsPerDay(5'693, 2020, 9, 12), 46.664, 0.0005);
    // The same dygn in a common year: 17 484 / 365 = 47,901.
    EXPECT_NEAR(*averagePersonsPerDay(17'484, 2019, 1, 12), 47.901, 0.0005);
}

TEST(AveragePersonsPerDay, Errors)
{
    EXPECT_EQ(averagePersonsPerDay(10, 2020, 1, 13).error().code, ErrorCode::OutOfRange);
    EXPECT_EQ(averagePersonsPerDay(-1, 2020, 1, 12).error().code, ErrorCode::OutOfRange);
}

// ---- a month weighted to 30,5 days ---------------------------------------------------------

TEST(WeightedToStandardMonth, ValueTimes30_5OverDaysInMonth)
{
    // Seed 001: 113 pågående heldygnsplaceringar in (prel) februari 2020, all month long, are
    // 113 × 29 = 3 277 dygn; weighted to 30,5 days that is 113 × 30,5 = 3 446,5.
    EXPECT_DOUBLE_EQ(*weightedToStandardMonth(3'277, 2020, 2), 3'446.5);
    // The same placements in januari (31 days): 113 × 31 = 3 503 dygn → 3 446,5 as well, which is
    // the point of the weighting: equal occupancy gives equal bars.
    EXPECT_DOUBLE_EQ(*weightedToStandardMonth(3'503, 2020, 1), 3'446.5);
    // Februari 2019 has 28 days: 113 × 28 = 3 164 → 3 446,5.
    EXPECT_DOUBLE_EQ(*weightedToStandardMonth(3'164, 2019, 2), 3'446.5);
    // A 30-day month: 3 000 × 30,5 / 30 = 3 050.
    EXPECT_DOUBLE_EQ(*weightedToStandardMonth(3'000, 2020, 4), 3'050.0);
}

TEST(WeightedToStandardMonth, Errors)
{
    EXPECT_EQ(weightedToStandardMonth(1, 2020, 13).error().code, ErrorCode::OutOfRange);
    EXPECT_FALSE(weightedToStandardMonth(std::nan(""), 2020, 1));
}

TEST(VerksamhetCostPerDay, UtfallKostnaderOverAllDygnElseNetto)
{
    // Kostnader win over netto; the amount is positive whatever sign the utfall carries.
    EXPECT_EQ(verksamhetCostPerDay(Money::fromKronor(-1'000), Money::fromKronor(-600), 8.0), Money::fromKronor(125));
    // Only a netto: that is the cost.
    EXPECT_EQ(verksamhetCostPerDay(std::nullopt, Money::fromKronor(-600), 8.0), Money::fromKronor(75));
    // No utfall, or no dygn: no value rather than an error in the table.
    EXPECT_FALSE(verksamhetCostPerDay(std::nullopt, std::nullopt, 8.0).has_value());
    EXPECT_FALSE(verksamhetCostPerDay(Money::fromKronor(-1'000), std::nullopt, 0.0).has_value());
}

} // namespace
