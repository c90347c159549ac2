// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing what Swedish exports write, with explicit code points for U+2212, U+00A0, U+202F.
#include "core/svformat.h"
#include "core/svparse.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <ostream>
#include <string>
#include <utility>

using Tertial::Core::AmountUnit;
using Tertial::Core::ErrorCode;
using Tertial::Core::formatAmount;
using Tertial::Core::Money;
using Tertial::Core::NumberStyle;
using Tertial::Core::parseAmount;
using Tertial::Core::parseInteger;
using Tertial::Core::parseNumber;

namespace {

struct AmountCase
{
    const char *name;
    std::string text;
    AmountUnit unit;
    std::int64_t expectedOre;
};

void PrintTo(const AmountCase &c, std::ostream *os) { *os << c.name; }

class ParseAmountTest : public testing::TestWithParam<AmountCase>
{
};

TEST_P(ParseAmountTest, ConvertsExactlyToOre)
{
    const AmountCase &c = GetParam();
    const auto parsed = parseAmount(c.text, c.unit);
    ASSERT_TRUE(parsed.has_value()) << parsed.error().message;
    EXPECT_EQ(parsed->ore(), c.expectedOre);
}

INSTANTIATE_TEST_SUITE_P(
    Accepted, ParseAmountTest,
    testing::Values(
        // seed 001 §3.1 Barn och unga budget helår, as printed
        AmountCase{"Seed001Budget", "-147 191", AmountUnit::Thousands, -14'719'100'000},
        // seed 002 §2.1 Summa utfall netto, with no-break spaces as Excel copies it
        AmountCase{"Seed002NoBreak", "-580\u00A0" "626", AmountUnit::Thousands, -58'062'600'000},
        // seed 002 §2.1 Summa avvikelse, narrow no-break space and a leading plus
        AmountCase{"Seed002NarrowPlus", "+17\u202F" "669", AmountUnit::Thousands, 1'766'900'000},
        AmountCase{"HyphenMinus", "-1 234,5", AmountUnit::Thousands, -123'450'000},
        AmountCase{"UnicodeMinus", "\u2212" "1 234,5", AmountUnit::Thousands, -123'450'000},
        AmountCase{"UnicodeMinusNoBreak", "\u2212" "1\u00A0" "234,5", AmountUnit::Thousands, -123'450'000},
        AmountCase{"Ungrouped", "1234,5", AmountUnit::Thousands, 123'450'000},
        AmountCase{"Parentheses", "(1 234)", AmountUnit::Thousands, -123'400'000},
        AmountCase{"ParenthesesWithBlanks", " ( 1 234,5 ) ", AmountUnit::Kronor, -123'450},
        AmountCase{"SurroundingBlanks", " \t1 234\u00A0\r\n", AmountUnit::Kronor, 123'400},
        AmountCase{"ManyGroups", "1 234 567 890", AmountUnit::Kronor, 123'456'789'000},
        AmountCase{"Ore", "0,01", AmountUnit::Kronor, 1},
        AmountCase{"TrailingZerosBeyondOre", "1,230", AmountUnit::Kronor, 123},
        AmountCase{"LeadingComma", ",5", AmountUnit::Kronor, 50},
        AmountCase{"LeadingZeros", "007", AmountUnit::Kronor, 700},
        AmountCase{"NegativeZero", "-0", AmountUnit::Thousands, 0},
        AmountCase{"MnkrFiveDecimals", "17,66912", AmountUnit::Millions, 1'766'912'000},
        // a point is a decimal point where it cannot be a thousands point
        AmountCase{"PointOneDecimal", "1234.5", AmountUnit::Kronor, 123'450},
        AmountCase{"PointTwoDecimals", "1.25", AmountUnit::Kronor, 125},
        AmountCase{"PointLeadingZero", "0.125", AmountUnit::Thousands, 12'500},
        AmountCase{"PointFourIntegerDigits", "1234.500", AmountUnit::Thousands, 123'450'000},
        AmountCase{"PointAfterSpaceGroups", "1 234.5", AmountUnit::Kronor, 123'450},
        // the int64 limits of öre
        // the bounds of docs/formats.md: ±10^15 öre
        AmountCase{"MaxAmount", "10 000 000 000 000,00", AmountUnit::Kronor, 1'000'000'000'000'000},
        AmountCase{"MinAmount", "-10 000 000 000 000", AmountUnit::Kronor, -1'000'000'000'000'000}),
    [](const testing::TestParamInfo<AmountCase> &param) { return std::string(param.param.name); });

struct RejectCase
{
    const char *name;
    std::string text;
    std::string messagePart; // what the message must say (what was wrong or expected)
};

void PrintTo(const RejectCase &c, std::ostream *os) { *os << c.name; }

class ParseAmountRejectTest : public testing::TestWithParam<RejectCase>
{
};

TEST_P(ParseAmountRejectTest, SaysWhatWasWrong)
{
    const RejectCase &c = GetParam();
    const auto parsed = parseAmount(c.text, AmountUnit::Kronor);
    ASSERT_FALSE(parsed.has_value()) << "accepted as " << parsed->ore() << " öre";
    EXPECT_EQ(parsed.error().code, ErrorCode::InvalidInput);
    EXPECT_NE(parsed.error().message.find(c.messagePart), std::string::npos) << parsed.error().message;
    EXPECT_NE(parsed.error().message.find("\"" + c.text + "\""), std::string::npos) << parsed.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Rejected, ParseAmountRejectTest,
    testing::Values(
        RejectCase{"TwoCommas", "12,3,4", "\"12,3,4\" är inget tal: väntade ett tal som -1 234,5"},
        RejectCase{"Empty", "", "värdet är tomt"},
        RejectCase{"OnlyBlanks", " \u00A0 ", "värdet är tomt"},
        RejectCase{"TooManyDecimals", "1,234", "i kr kan ha högst 2 decimaler"},
        RejectCase{"Overflow", "92 233 720 368 547 758,08", "för stort"},
        RejectCase{"HugeOverflow", "1 000 000 000 000 000 000 000", "för stort"},
        RejectCase{"AmbiguousPoint", "1.234", "tvetydig punkt"},
        RejectCase{"AmbiguousPointSuggestsBoth", "12.500", "skriv 12 500 eller 12,500"},
        RejectCase{"PointGrouping", "1.234.567", "punkt som tusentalsavgränsare"},
        RejectCase{"PointAndComma", "1.234,5", "både punkt och komma"},
        RejectCase{"BadGroupLength", "12 34", "fel siffergruppering"},
        RejectCase{"LongFirstGroup", "1234 567", "fel siffergruppering"},
        RejectCase{"DoubleSpace", "1  234", "fel siffergruppering"},
        RejectCase{"SpaceInDecimals", "1,234 5", "mellanslag bland decimalerna"},
        RejectCase{"NoDecimalDigits", "5,", "efter decimaltecknet"},
        RejectCase{"OnlySign", "-", "väntade siffror"},
        RejectCase{"SpaceAfterSign", "- 5", "väntade siffror"},
        RejectCase{"TwoSigns", "--5", "väntade siffror"},
        RejectCase{"TrailingMinus", "5-", "tecknet står inte först"},
        RejectCase{"SignInsideParentheses", "(-5)", "tecken inom parentes"},
        RejectCase{"OpenParenthesis", "(5", "parentesen är inte sluten"},
        RejectCase{"Letters", "12 kr", "tecken som inte hör till ett tal"},
        RejectCase{"LettersFirst", "abc", "tecken som inte hör till ett tal"},
        RejectCase{"LettersInParentheses", "(abc)", "tecken som inte hör till ett tal"},
        RejectCase{"EnDash", "\u2013" "5", "tecken som inte hör till ett tal"},
        RejectCase{"Percent", "5 %", "tecken som inte hör till ett tal"}),
    [](const testing::TestParamInfo<RejectCase> &param) { return std::string(param.param.name); });

// Issue 11: amounts are bounded to ±10^15 öre (docs/formats.md) before any arithmetic.
TEST(ParseAmount, BoundedToTenTrillionKronor)
{
    EXPECT_EQ(parseAmount("10 000 000 000 000", AmountUnit::Kronor)->ore(), Money::maxAmountOre);
    EXPECT_EQ(parseAmount("-10 000 000 000", AmountUnit::Thousands)->ore(), -Money::maxAmountOre);
    EXPECT_EQ(parseAmount("10 000 000", AmountUnit::Millions)->ore(), Money::maxAmountOre);
    for (const auto &[text, unit] : {std::pair<std::string, AmountUnit>{"10 000 000 000 000,01", AmountUnit::Kronor},
                                     {"-10 000 000 001", AmountUnit::Thousands},
                                     {"92 233 720 368 547 758", AmountUnit::Kronor},
                                     {"10 000 000,1", AmountUnit::Millions}}) {
        const auto parsed = parseAmount(text, unit);
        ASSERT_FALSE(parsed.has_value()) << text << " accepted as " << parsed->ore() << " öre";
        EXPECT_EQ(parsed.error().message, "\"" + text + "\" är för stort för ett belopp: väntade högst "
                                          "10 000 000 000 000 kr åt något håll (±10^15 öre)");
    }
}

TEST(ParseAmount, TooManyDecimalsDependsOnUnit)
{
    // 0,001 tkr is one krona: exact in tkr, but 0,001 kr is a tenth of an öre.
    EXPECT_EQ(parseAmount("0,001", AmountUnit::Thousands)->ore(), 100);
    EXPECT_EQ(parseAmount("0,00001", AmountUnit::Thousands)->ore(), 1);
    EXPECT_FALSE(parseAmount("0,000001", AmountUnit::Thousands).has_value());
    EXPECT_FALSE(parseAmount("0,001", AmountUnit::Kronor).has_value());
}

struct NumberCase
{
    const char *name;
    std::string text;
    double expected;
};

void PrintTo(const NumberCase &c, std::ostream *os) { *os << c.name; }

class ParseNumberTest : public testing::TestWithParam<NumberCase>
{
};

TEST_P(ParseNumberTest, ReadsTheDouble)
{
    const NumberCase &c = GetParam();
    const auto parsed = parseNumber(c.text);
    ASSERT_TRUE(parsed.has_value()) << parsed.error().message;
    EXPECT_DOUBLE_EQ(*parsed, c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Accepted, ParseNumberTest,
    testing::Values(
        // seed 000 Hemtjänst: genomsnittlig tid per månad och kund 275,9
        NumberCase{"Seed000Timmar", "275,9", 275.9},
        // seed 000 "-16,4 miljoner kronor"
        NumberCase{"Seed000Underskott", "-16,4", -16.4},
        NumberCase{"UnicodeMinus", "\u2212" "1 234,5", -1234.5},
        NumberCase{"NarrowNoBreak", "1\u202F" "234,5", 1234.5},
        NumberCase{"Parentheses", "(0,5)", -0.5},
        NumberCase{"Point", "0.25", 0.25},
        NumberCase{"ManyDecimals", "3,14159265358979", 3.14159265358979},
        NumberCase{"Integer", "1 591", 1591.0}),
    [](const testing::TestParamInfo<NumberCase> &param) { return std::string(param.param.name); });

TEST(ParseNumber, RejectsLikeParseAmount)
{
    EXPECT_FALSE(parseNumber("12,3,4").has_value());
    EXPECT_FALSE(parseNumber("1.234").has_value());
    EXPECT_FALSE(parseNumber("").has_value());
    EXPECT_FALSE(parseNumber("0,8 %").has_value());
    const auto huge = parseNumber("1" + std::string(400, '0'));
    ASSERT_FALSE(huge.has_value());
    EXPECT_NE(huge.error().message.find("för stort"), std::string::npos) << huge.error().message;
}

TEST(ParseInteger, WholeNumbers)
{
    EXPECT_EQ(parseInteger("2021").value(), 2021);
    EXPECT_EQ(parseInteger("-1 234").value(), -1234);
    EXPECT_EQ(parseInteger("\u2212" "17\u00A0" "484").value(), -17'484);
    EXPECT_EQ(parseInteger("(59)").value(), -59);
    EXPECT_EQ(parseInteger("9 223 372 036 854 775 807").value(), 9'223'372'036'854'775'807LL);

    const auto decimals = parseInteger("12,5");
    ASSERT_FALSE(decimals.has_value());
    EXPECT_NE(decimals.error().message.find("decimaler i ett heltal"), std::string::npos);
    EXPECT_NE(decimals.error().message.find("väntade ett heltal"), std::string::npos);
    EXPECT_FALSE(parseInteger("9 223 372 036 854 775 808").has_value());
    EXPECT_FALSE(parseInteger("").has_value());
}

// format -> parse returns the value, for every style and a spread of magnitudes and signs.
class RoundTripTest : public testing::TestWithParam<std::int64_t>
{
};

TEST_P(RoundTripTest, FormatThenParseIsIdentity)
{
    const Money amount = Money::fromOre(GetParam());
    for (const auto minus : {NumberStyle::Minus::Hyphen, NumberStyle::Minus::Unicode}) {
        for (const auto grouping : {NumberStyle::Grouping::Space, NumberStyle::Grouping::NoBreakSpace,
                                    NumberStyle::Grouping::None}) {
            const NumberStyle style{minus, grouping};
            const std::string kronor = formatAmount(amount, AmountUnit::Kronor, style, 2);
            const auto parsedKronor = parseAmount(kronor, AmountUnit::Kronor);
            ASSERT_TRUE(parsedKronor.has_value()) << kronor << ": " << parsedKronor.error().message;
            EXPECT_EQ(*parsedKronor, amount) << kronor;

            // in tkr without decimals the value comes back rounded to whole tkr
            const std::string tkr = formatAmount(amount, AmountUnit::Thousands, style);
            const auto parsedTkr = parseAmount(tkr, AmountUnit::Thousands);
            ASSERT_TRUE(parsedTkr.has_value()) << tkr << ": " << parsedTkr.error().message;
            EXPECT_EQ(*parsedTkr, amount.roundedTo(100'000)) << tkr;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(
    Values, RoundTripTest,
    testing::Values(0, 1, -1, 99, -100, 49'999, -50'000,
                    -14'719'100'000,            // seed 001 §3.1 -147 191 tkr
                    -58'062'600'000,            // seed 002 §2.1 -580 626 tkr
                    1'766'900'000,              // seed 002 §2.1 17 669 tkr
                    -84'799'900'000,            // seed 000 §7 -847 999 tkr
                    -2'453'183'333,             // 147 191 × 2/12 tkr in öre
                    123'456'789'012'345,
                    -999'999'999'999'999, 1'000'000'000'000'000));

} // namespace
