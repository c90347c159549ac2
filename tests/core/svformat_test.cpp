// SPDX-License-Identifier: GPL-3.0-or-later
// sv-SE formatting against figures printed in the seed reports, with explicit code points.
#include "core/svformat.h"

#include <gtest/gtest.h>

#include <limits>
#include <optional>
#include <ostream>
#include <string>

using Tertial::Core::AmountUnit;
using Tertial::Core::formatAmount;
using Tertial::Core::formatMillions;
using Tertial::Core::formatNumber;
using Tertial::Core::formatPercent;
using Tertial::Core::Money;
using Tertial::Core::NumberStyle;

namespace {

constexpr NumberStyle kReport{};
constexpr NumberStyle kUnicode{NumberStyle::Minus::Unicode, NumberStyle::Grouping::NoBreakSpace};
constexpr NumberStyle kCsv{NumberStyle::Minus::Hyphen, NumberStyle::Grouping::None};

struct AmountCase
{
    const char *name;
    Money amount;
    AmountUnit unit;
    NumberStyle style;
    std::optional<int> decimals;
    std::string expected;
};

void PrintTo(const AmountCase &c, std::ostream *os) { *os << c.name; }

class FormatAmountTest : public testing::TestWithParam<AmountCase>
{
};

TEST_P(FormatAmountTest, PrintsAsTheReports)
{
    const AmountCase &c = GetParam();
    EXPECT_EQ(formatAmount(c.amount, c.unit, c.style, c.decimals), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, FormatAmountTest,
    testing::Values(
        // seed 001 §3.1 Ekonomisk tabell, Barn och unga: budget helår -147 191 tkr
        AmountCase{"BudgetHelarSeed001", Money::fromThousands(-147'191), AmountUnit::Thousands, kReport, {}, "-147 191"},
        // seed 002 §2.1 Ekonomisk tabell, Summa: utfall netto -580 626 tkr
        AmountCase{"UtfallSummaSeed002", Money::fromThousands(-580'626), AmountUnit::Thousands, kReport, {}, "-580 626"},
        // the same with U+2212 and U+00A0 (what QLocale would print)
        AmountCase{"UnicodeMinusNoBreak", Money::fromThousands(-580'626), AmountUnit::Thousands, kUnicode, {},
                   "\u2212" "580\u00A0" "626"},
        // CSV for Excel: no grouping
        AmountCase{"CsvNoGrouping", Money::fromThousands(-580'626), AmountUnit::Thousands, kCsv, {}, "-580626"},
        // seed 002 §2.1 Summa: avvikelse 17 669 tkr (positive: no sign)
        AmountCase{"AvvikelseSeed002", Money::fromThousands(17'669), AmountUnit::Thousands, kReport, {}, "17 669"},
        // seed 000 §7 Summa utfall netto -847 999 tkr = "848 miljoner kronor" (in the text, whole mnkr)
        AmountCase{"WholeMillionsSeed000", Money::fromThousands(-847'999), AmountUnit::Millions, kReport, 0, "-848"},
        // seed 000 §7 Summa budgetavvikelse -16 443 tkr = "-16,4 miljoner kronor"
        AmountCase{"MnkrSeed000", Money::fromThousands(-16'443), AmountUnit::Millions, kReport, {}, "-16,4"},
        // seed 000 §7 Nämnd och nämndstöd -253 tkr = "-0,3 miljoner kronor"
        AmountCase{"SmallMnkrSeed000", Money::fromThousands(-253), AmountUnit::Millions, kReport, {}, "-0,3"},
        // seed 000 §7 Barn och unga -6 510 tkr = "-6,5 miljoner kronor"
        AmountCase{"BarnOchUngaMnkrSeed000", Money::fromThousands(-6'510), AmountUnit::Millions, kReport, {}, "-6,5"},
        // rounding from exact öre, half away from zero: 1 234,50 kr -> "1 235"
        AmountCase{"HalfUpKronor", Money::fromOre(123'450), AmountUnit::Kronor, kReport, {}, "1 235"},
        AmountCase{"HalfDownNegativeKronor", Money::fromOre(-123'450), AmountUnit::Kronor, kReport, {}, "-1 235"},
        AmountCase{"BelowHalfKronor", Money::fromOre(123'449), AmountUnit::Kronor, kReport, {}, "1 234"},
        // 24 531,83 tkr (147 191 × 2/12, seed 001 §3.1) rounds to 24 532
        AmountCase{"PeriodisedSeed001", Money::fromOre(-2'453'183'333), AmountUnit::Thousands, kReport, {}, "-24 532"},
        // 499,99 kr in tkr is 0,49999 tkr: "0", and its negative is "0" too (never "-0")
        AmountCase{"RoundsToZero", Money::fromOre(49'999), AmountUnit::Thousands, kReport, {}, "0"},
        AmountCase{"NegativeRoundsToZero", Money::fromOre(-49'999), AmountUnit::Thousands, kReport, {}, "0"},
        AmountCase{"NegativeRoundsToZeroMnkr", Money::fromThousands(-49), AmountUnit::Millions, kReport, {}, "0,0"},
        AmountCase{"NegativeRoundsToZeroUnicode", Money::fromOre(-1), AmountUnit::Kronor, kUnicode, {}, "0"},
        AmountCase{"Zero", Money{}, AmountUnit::Thousands, kReport, {}, "0"},
        // öre shown on request; more decimals than öre are padded, never invented
        AmountCase{"KronorWithOre", Money::fromOre(-123'456'789), AmountUnit::Kronor, kReport, 2, "-1 234 567,89"},
        AmountCase{"KronorPadded", Money::fromOre(5), AmountUnit::Kronor, kReport, 3, "0,050"},
        AmountCase{"TkrTwoDecimals", Money::fromOre(123'456), AmountUnit::Thousands, kReport, 2, "1,23"},
        AmountCase{"NegativeDecimalsAsZero", Money::fromKronor(1'500), AmountUnit::Kronor, kReport, -1, "1 500"},
        // grouping at every length
        AmountCase{"ThreeDigits", Money::fromKronor(999), AmountUnit::Kronor, kReport, {}, "999"},
        AmountCase{"FourDigits", Money::fromKronor(1'000), AmountUnit::Kronor, kReport, {}, "1 000"},
        AmountCase{"SevenDigits", Money::fromKronor(1'234'567), AmountUnit::Kronor, kReport, {}, "1 234 567"},
        // the extremes of int64 öre
        AmountCase{"Int64Max", Money::fromOre(std::numeric_limits<std::int64_t>::max()), AmountUnit::Kronor,
                   kReport, 2, "92 233 720 368 547 758,07"},
        AmountCase{"Int64MinPlusOne", Money::fromOre(std::numeric_limits<std::int64_t>::min() + 1),
                   AmountUnit::Kronor, kReport, 2, "-92 233 720 368 547 758,07"},
        // INT64_MIN is the invalid amount, the result of an overflowing sum: never digits
        AmountCase{"Invalid", Money::fromOre(std::numeric_limits<std::int64_t>::min()), AmountUnit::Kronor,
                   kReport, 2, "för stort"},
        AmountCase{"InvalidInTkr", Money::invalid(), AmountUnit::Thousands, kReport, {}, "för stort"}),
    [](const testing::TestParamInfo<AmountCase> &param) { return std::string(param.param.name); });

struct NumberCase
{
    const char *name;
    double value;
    int decimals;
    NumberStyle style;
    std::string expected;
};

void PrintTo(const NumberCase &c, std::ostream *os) { *os << c.name; }

class FormatNumberTest : public testing::TestWithParam<NumberCase>
{
};

TEST_P(FormatNumberTest, PrintsAsTheReports)
{
    const NumberCase &c = GetParam();
    EXPECT_EQ(formatNumber(c.value, c.decimals, c.style), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, FormatNumberTest,
    testing::Values(
        // seed 000 Hemtjänst: timmar per kund 16 279 / 59 = 275,91... printed "275,9"
        NumberCase{"TimmarPerKundSeed000", 16'279.0 / 59.0, 1, kReport, "275,9"},
        // seed 000 Familjehem: 27 815 tkr / 17 484 dygn = 1 590,9 kr, printed "1 591"
        NumberCase{"KronorPerDygnSeed000", 27'815'000.0 / 17'484.0, 0, kReport, "1 591"},
        NumberCase{"KronorPerDygnNoBreak", 27'815'000.0 / 17'484.0, 0, kUnicode, "1\u00A0" "591"},
        // half away from zero on the decimal value that was written, not its binary neighbour
        NumberCase{"HalfAwayFromZero", 2.5, 0, kReport, "3"},
        NumberCase{"NegativeHalfAwayFromZero", -2.5, 0, kReport, "-3"},
        NumberCase{"DecimalHalf", 1.005, 2, kReport, "1,01"},
        NumberCase{"CarryIntoNewDigit", 999.96, 1, kReport, "1 000,0"},
        NumberCase{"CarryNegative", -9.5, 0, kUnicode, "\u2212" "10"},
        NumberCase{"PadsDecimals", 16.0, 2, kReport, "16,00"},
        NumberCase{"NegativeRoundsToZero", -0.04, 1, kReport, "0,0"},
        NumberCase{"NegativeZero", -0.0, 0, kReport, "0"},
        NumberCase{"SmallValue", 0.000123, 4, kReport, "0,0001"},
        NumberCase{"Large", 1.5e12, 0, kReport, "1 500 000 000 000"},
        NumberCase{"NotANumber", std::numeric_limits<double>::quiet_NaN(), 1, kReport, ""},
        NumberCase{"Infinity", std::numeric_limits<double>::infinity(), 1, kReport, ""}),
    [](const testing::TestParamInfo<NumberCase> &param) { return std::string(param.param.name); });

struct PercentCase
{
    const char *name;
    double ratio;
    int decimals;
    NumberStyle style;
    std::string expected;
};

void PrintTo(const PercentCase &c, std::ostream *os) { *os << c.name; }

class FormatPercentTest : public testing::TestWithParam<PercentCase>
{
};

TEST_P(FormatPercentTest, PrintsWithSpaceBeforePercent)
{
    const PercentCase &c = GetParam();
    EXPECT_EQ(formatPercent(c.ratio, c.decimals, c.style), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, FormatPercentTest,
    testing::Values(
        // seed 003 Budgethållning (%): 3 375 / 422 848 = 0,798 % printed "0,8%" (the domain's style
        // puts a space before '%')
        PercentCase{"BudgethallningSeed003", 3'375.0 / 422'848.0, 1, kReport, "0,8 %"},
        PercentCase{"BudgethallningNoBreak", 3'375.0 / 422'848.0, 1, kUnicode, "0,8\u00A0%"},
        // seed 000 §7 Personlig assistans: -10 420 / 85 462 = -12,2 %
        PercentCase{"PersonligAssistansSeed000", -10'420.0 / 85'462.0, 1, kReport, "-12,2 %"},
        // seed 000 §7 Skyddat boende: -3 966 / 11 439 = -34,7 %
        PercentCase{"SkyddatBoendeSeed000", -3'966.0 / 11'439.0, 1, kReport, "-34,7 %"},
        PercentCase{"SkyddatBoendeUnicodeMinus", -3'966.0 / 11'439.0, 1, kUnicode, "\u2212" "34,7\u00A0%"},
        // seed 000 §7 Summa barn och unga: "-4%" with no decimals (-6 510 / 147 191 = -4,4 %)
        PercentCase{"NoDecimalsSeed000", -6'510.0 / 147'191.0, 0, kReport, "-4 %"},
        // the ×100 is exact: 0.00125 is 0,125 % and its half rounds up
        PercentCase{"ExactShift", 0.00125, 2, kReport, "0,13 %"},
        PercentCase{"Whole", 1.0, 1, kReport, "100,0 %"},
        PercentCase{"Grouped", 12.345, 0, kReport, "1 235 %"},
        PercentCase{"NegativeRoundsToZero", -0.0004, 1, kReport, "0,0 %"}),
    [](const testing::TestParamInfo<PercentCase> &param) { return std::string(param.param.name); });

struct MillionsCase
{
    const char *name;
    Money amount;
    std::string expected;
};

void PrintTo(const MillionsCase &c, std::ostream *os) { *os << c.name; }

class FormatMillionsTest : public testing::TestWithParam<MillionsCase>
{
};

TEST_P(FormatMillionsTest, OneDecimalInMiljoner)
{
    EXPECT_EQ(formatMillions(GetParam().amount), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, FormatMillionsTest,
    testing::Values(
        // seed 002 §2 "ett överskott på 17,7 miljoner": Summa avvikelse 17 669 tkr
        MillionsCase{"OverskottSeed002", Money::fromThousands(17'669), "17,7"},
        // seed 002 §2 "överskott på 13,8 miljoner kronor": Summa prognosavvikelse 13 785 tkr
        MillionsCase{"PrognosSeed002", Money::fromThousands(13'785), "13,8"},
        // seed 000 §7 "-16,4 miljoner kronor": Summa budgetavvikelse -16 443 tkr
        MillionsCase{"UnderskottSeed000", Money::fromThousands(-16'443), "-16,4"},
        // exactly half a tenth away from zero: 50 000 kr = 0,05 mnkr -> 0,1
        MillionsCase{"HalfAwayFromZero", Money::fromKronor(-50'000), "-0,1"},
        MillionsCase{"JustBelowHalf", Money::fromOre(4'999'999), "0,0"}),
    [](const testing::TestParamInfo<MillionsCase> &param) { return std::string(param.param.name); });

} // namespace
