// SPDX-License-Identifier: GPL-3.0-or-later
// Formulas typed into amount cells: exact arithmetic, one rounding to öre, Swedish numbers and
// signs, errors that say where. Explicit code points for U+2212, U+00D7, U+00F7, U+00A0.
#include "core/formula.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <ostream>
#include <string>

using Tertial::Core::AmountUnit;
using Tertial::Core::ErrorCode;
using Tertial::Core::evaluateFormula;
using Tertial::Core::isFormula;

namespace {

struct FormulaCase
{
    const char *name;
    std::string text;
    AmountUnit unit;
    std::int64_t expectedOre;
};

void PrintTo(const FormulaCase &c, std::ostream *os) { *os << c.name; }

class FormulaTest : public testing::TestWithParam<FormulaCase>
{
};

TEST_P(FormulaTest, EvaluatesExactlyAndRoundsOnceToOre)
{
    const FormulaCase &c = GetParam();
    const auto value = evaluateFormula(c.text, c.unit);
    ASSERT_TRUE(value) << value.error().message;
    EXPECT_EQ(value->ore(), c.expectedOre);
}

constexpr auto tkr = AmountUnit::Thousands;
constexpr auto kr = AmountUnit::Kronor;
constexpr auto mnkr = AmountUnit::Millions;

INSTANTIATE_TEST_SUITE_P(
    Formulas, FormulaTest,
    testing::Values(
        // The example: 100 + 20 tkr = 120 000 kr.
        FormulaCase{"Sum", "=100+20", tkr, 12'000'000},
        FormulaCase{"Difference", "=100-20", tkr, 8'000'000},
        FormulaCase{"UnicodeMinus", "=100\u221220", tkr, 8'000'000},
        FormulaCase{"Product", "=2*3", tkr, 600'000},
        FormulaCase{"TimesSign", "=2\u00D73", tkr, 600'000},
        FormulaCase{"Quotient", "=10/4", tkr, 250'000},
        FormulaCase{"DivisionSign", "=10\u00F74", tkr, 250'000},
        FormulaCase{"ProductBeforeSum", "=2+3*4", tkr, 1'400'000},
        FormulaCase{"LeftToRight", "=100-20-30", tkr, 5'000'000},
        FormulaCase{"DivisionLeftToRight", "=100/4/5", tkr, 500'000},
        FormulaCase{"Parentheses", "=(2+3)*4", tkr, 2'000'000},
        FormulaCase{"NestedParentheses", "=((1+1)*(2+3))/5", tkr, 200'000},
        FormulaCase{"UnaryMinus", "=-(5+1)", tkr, -600'000},
        FormulaCase{"DoubleMinus", "=--5", tkr, 500'000},
        FormulaCase{"MinusTimesMinus", "=-2*-3", tkr, 600'000},
        FormulaCase{"UnaryPlus", "=+7", tkr, 700'000},
        FormulaCase{"Blanks", "= 100 + 20 ", tkr, 12'000'000},
        // Swedish numbers: decimal comma, grouping with space or no-break space, a decimal point.
        FormulaCase{"DecimalComma", "=1 200,5-0,5", tkr, 120'000'000},
        FormulaCase{"NoBreakGrouping", "=1\u00A0000+1", tkr, 100'100'000},
        FormulaCase{"DecimalPoint", "=0.25*4", tkr, 100'000},
        FormulaCase{"LeadingComma", "=,5+,5", tkr, 100'000},
        // Exact fractions, one rounding at the end, half away from zero.
        FormulaCase{"ThirdOfHundredTkr", "=100/3", tkr, 3'333'333},       // 33 333,333… kr
        FormulaCase{"ThirdsAddUpExactly", "=100/3+200/3", tkr, 10'000'000}, // no intermediate rounding
        FormulaCase{"TenThirdsKr", "=10/3", kr, 333},
        FormulaCase{"NegativeTenThirdsKr", "=-10/3", kr, -333},
        FormulaCase{"HalfOreUp", "=0,005", kr, 1},
        FormulaCase{"HalfOreDown", "=-0,005", kr, -1},
        FormulaCase{"BelowHalfOre", "=0,004", kr, 0},
        FormulaCase{"Mnkr", "=1,5+0,25", mnkr, 175'000'000},
        // Periodised budget by hand: 103 783 × 10/12 tkr (seed 002 §2.1: 86 486 shown).
        FormulaCase{"Periodised", "=-103 783*10/12", tkr, -8'648'583'333}));

struct BadFormula
{
    const char *name;
    std::string text;
    std::string expectedInMessage;
};

void PrintTo(const BadFormula &c, std::ostream *os) { *os << c.name; }

class BadFormulaTest : public testing::TestWithParam<BadFormula>
{
};

TEST_P(BadFormulaTest, IsRefusedWithWhereAndWhat)
{
    const BadFormula &c = GetParam();
    const auto value = evaluateFormula(c.text, tkr);
    ASSERT_FALSE(value) << c.text << " gave " << value->ore();
    EXPECT_NE(value.error().message.find(c.expectedInMessage), std::string::npos) << value.error().message;
    EXPECT_NE(value.error().message.find("formeln"), std::string::npos) << value.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Formulas, BadFormulaTest,
    testing::Values(BadFormula{"NoEquals", "100+20", "börjar med ="},
                    BadFormula{"EmptyFormula", "=", "saknas i slutet (tecken 2)"},
                    BadFormula{"TrailingOperator", "=100+", "saknas i slutet (tecken 6)"},
                    BadFormula{"OpenParenthesis", "=(1+2", "högerparentes saknas (tecken 6)"},
                    BadFormula{"StrayClose", "=1+2)", "högerparentes utan vänsterparentes (tecken 5)"},
                    BadFormula{"DivisionByZero", "=10/(5-5)", "division med noll (tecken 4)"},
                    BadFormula{"Letters", "=10+abc", "\"a\" hör inte till en formel"},
                    BadFormula{"CellReference", "=A1+1", "(tecken 2)"},
                    BadFormula{"Percent", "=10%", "\"%\" hör inte till en formel"},
                    BadFormula{"TwoNumbers", "=(1)(2)", "räknesätt"},
                    BadFormula{"BadGrouping", "=1 00+1", "fel siffergruppering"},
                    BadFormula{"LeadingTimes", "=*2", "ett tal saknas före räknesättet (tecken 2)"},
                    BadFormula{"PositionCountsCharacters", "=1\u2212\u2212\u2212", "(tecken 6)"},
                    BadFormula{"TooLarge", "=90000000000*90000000000*90000000000", "för stor"}));

TEST(Formula, OverflowOfTheResultIsAnError)
{
    // 9·10^10 mnkr is 9·10^18 öre (within int64); ten times that is not.
    const auto value = evaluateFormula("=90000000000*10", mnkr);
    ASSERT_FALSE(value);
    EXPECT_EQ(value.error().code, ErrorCode::OutOfRange);
}

// Issue 11: a result is an amount like any other, within ±10^15 öre; the numbers inside may be
// larger (a big number divided down).
TEST(Formula, ResultWithinTheAmountBound)
{
    EXPECT_EQ(evaluateFormula("=10 000 000 000*1 000", kr).value().ore(), 1'000'000'000'000'000);
    EXPECT_EQ(evaluateFormula("=-10 000 000", mnkr).value().ore(), -1'000'000'000'000'000);
    EXPECT_EQ(evaluateFormula("=90 000 000 000*1 000/9", kr).value().ore(), 1'000'000'000'000'000);
    EXPECT_EQ(evaluateFormula("=12 000 000+5", kr).value().ore(), 1'200'000'500);
    const auto beyond = evaluateFormula("=10 000 000 000*1 000+0,01", kr);
    ASSERT_FALSE(beyond);
    EXPECT_EQ(beyond.error().code, ErrorCode::OutOfRange);
    EXPECT_EQ(beyond.error().message, "formeln \"=10 000 000 000*1 000+0,01\": resultatet är för stort för ett "
                                      "belopp: väntade högst 10 000 000 000 000 kr åt något håll");
}

// Issue 11: parentheses and signs recursed once each, so a pasted "=((((…" of 100 000 exhausted
// the stack (a segfault in the workbench's cell). At most 100 in a row; a formula nests far less.
TEST(Formula, DeepNestingIsRefusedNotACrash)
{
    const std::string deep = "=" + std::string(100'000, '(') + "1" + std::string(100'000, ')');
    const auto value = evaluateFormula(deep, kr);
    ASSERT_FALSE(value);
    EXPECT_NE(value.error().message.find("fler än 100 parenteser eller tecken i följd (tecken 102)"), std::string::npos)
        << value.error().message.substr(0, 200);
    const auto signs = evaluateFormula("=" + std::string(100'000, '-') + "1", kr);
    ASSERT_FALSE(signs);
    EXPECT_NE(signs.error().message.find("fler än 100 parenteser eller tecken i följd"), std::string::npos);
    EXPECT_EQ(evaluateFormula("=" + std::string(50, '(') + "1" + std::string(50, ')') + "+" + std::string(50, '-') + "2", kr)->ore(), 300);
}

// Found by fuzz_numbers (tests/fuzz/regressions/numbers/formula-long-bad-sequence): a character
// outside a formula was quoted with every continuation byte after it, so a pasted run of 2 600
// stray bytes went whole (and as broken UTF-8) into the message. A message names one character,
// or the byte's value when it starts no valid UTF-8 sequence.
TEST(Formula, AnUnknownCharacterIsNamedShortly)
{
    const auto sign = evaluateFormula("=1\u22082", kr); // ∈
    ASSERT_FALSE(sign);
    EXPECT_EQ(sign.error().message, "formeln \"=1\u22082\": \"\u2208\" hör inte till en formel; använd tal, + − × ÷ "
                                    "(eller * /) och parenteser (tecken 3)");
    const auto stray = evaluateFormula("=1" + std::string(2600, '\x88'), kr);
    ASSERT_FALSE(stray);
    EXPECT_NE(stray.error().message.find("byten 0x88 hör inte till en formel"), std::string::npos)
        << stray.error().message.substr(0, 300);
    EXPECT_LT(stray.error().message.size(), 300u);
}

TEST(Formula, IsFormulaLooksAtTheFirstNonBlankCharacter)
{
    EXPECT_TRUE(isFormula("=1"));
    EXPECT_TRUE(isFormula("  =1"));
    EXPECT_FALSE(isFormula("1=1"));
    EXPECT_FALSE(isFormula(""));
    EXPECT_FALSE(isFormula("-1 234"));
}

} // namespace
