// SPDX-License-Identifier: GPL-3.0-or-later
// Reporting periods and their codes (domain.md §2).
#include "core/reportingperiod.h"

#include <gtest/gtest.h>

namespace Tertial::Core {
namespace {

struct PeriodCase
{
    const char *code;
    PeriodKind kind;
    int firstMonth, endMonth;
    const char *canonicalCode;
};

class ParseReportingPeriod : public testing::TestWithParam<PeriodCase>
{};

TEST_P(ParseReportingPeriod, GivesMonthsAndCode)
{
    const auto period = parseReportingPeriod(GetParam().code);
    ASSERT_TRUE(period) << period.error().message;
    EXPECT_EQ(period->kind(), GetParam().kind);
    EXPECT_EQ(period->firstMonth(), GetParam().firstMonth);
    EXPECT_EQ(period->endMonth(), GetParam().endMonth);
    EXPECT_EQ(period->monthCount(), GetParam().endMonth - GetParam().firstMonth + 1);
    EXPECT_EQ(period->code(), GetParam().canonicalCode);
    EXPECT_EQ(parseReportingPeriod(period->code()).value(), *period); // the code reads back
}

INSTANTIATE_TEST_SUITE_P(
    Codes, ParseReportingPeriod,
    testing::Values(
        PeriodCase{"2", PeriodKind::Month, 1, 2, "2"},       // seed 001: tertialrapport februari
        PeriodCase{"10", PeriodKind::Month, 1, 10, "10"},    // seed 002: t.o.m. oktober
        PeriodCase{" 10 ", PeriodKind::Month, 1, 10, "10"},
        PeriodCase{"okt", PeriodKind::Month, 1, 10, "10"},
        PeriodCase{"Oktober", PeriodKind::Month, 1, 10, "10"},
        PeriodCase{"T1", PeriodKind::Tertial, 1, 4, "T1"},
        PeriodCase{"t2", PeriodKind::Tertial, 1, 8, "T2"},
        PeriodCase{"T3", PeriodKind::Tertial, 1, 12, "T3"},
        PeriodCase{"jan-apr", PeriodKind::SingleTertial, 1, 4, "jan-apr"},
        PeriodCase{"maj-aug", PeriodKind::SingleTertial, 5, 8, "maj-aug"}, // seed 000 §7 "T2" column
        PeriodCase{"Sep \xE2\x80\x93 dec", PeriodKind::SingleTertial, 9, 12, "sep-dec"}, // en dash
        PeriodCase{"delår", PeriodKind::Interim, 1, 8, "delår"}, // seed 003: per 31 augusti
        PeriodCase{"Delår", PeriodKind::Interim, 1, 8, "delår"},
        PeriodCase{"HELÅR", PeriodKind::FullYear, 1, 12, "helår"}));

class RejectReportingPeriod : public testing::TestWithParam<const char *>
{};

TEST_P(RejectReportingPeriod, WithSwedishMessage)
{
    const auto period = parseReportingPeriod(GetParam());
    ASSERT_FALSE(period);
    EXPECT_NE(period.error().message.find("väntade"), std::string::npos) << period.error().message;
}

INSTANTIATE_TEST_SUITE_P(Codes, RejectReportingPeriod,
                         testing::Values("0", "13", "T4", "T0", "", "hösten", "maj-sep", "1,5", "123"));

TEST(ReportingPeriod, FactoriesCheckRanges)
{
    EXPECT_FALSE(ReportingPeriod::month(0));
    EXPECT_FALSE(ReportingPeriod::month(13));
    EXPECT_FALSE(ReportingPeriod::tertial(4));
    EXPECT_FALSE(ReportingPeriod::singleTertial(0));
    EXPECT_EQ(ReportingPeriod::month(13).error().code, ErrorCode::OutOfRange);
    EXPECT_TRUE(ReportingPeriod::interim().isCumulative());
    EXPECT_FALSE(ReportingPeriod::singleTertial(2)->isCumulative());
    // Delår and T2 cover the same months but are different reports.
    EXPECT_NE(ReportingPeriod::interim(), *ReportingPeriod::tertial(2));
    EXPECT_EQ(ReportingPeriod::interim().endMonth(), ReportingPeriod::tertial(2)->endMonth());
}

} // namespace
} // namespace Tertial::Core
