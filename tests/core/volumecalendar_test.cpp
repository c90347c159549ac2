// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/volumecalendar.h"

#include <gtest/gtest.h>

#include <ostream>

using namespace Tertial::Core;

namespace {

TEST(VolumeCalendar, LeapYears)
{
    EXPECT_TRUE(isLeapYear(2020));
    EXPECT_FALSE(isLeapYear(2019));
    EXPECT_FALSE(isLeapYear(1900)); // divisible by 100, not by 400
    EXPECT_TRUE(isLeapYear(2000));
}

struct MonthCase
{
    int year;
    int month;
    int days;
};

void PrintTo(const MonthCase &c, std::ostream *os)
{
    *os << c.year << '-' << c.month;
}

class DaysInMonth : public ::testing::TestWithParam<MonthCase>
{
};

TEST_P(DaysInMonth, Calendar)
{
    const auto &c = GetParam();
    EXPECT_EQ(daysInMonth(c.year, c.month), c.days);
}

INSTANTIATE_TEST_SUITE_P(Calendar, DaysInMonth,
                         ::testing::Values(MonthCase{2020, 1, 31}, MonthCase{2020, 2, 29},
                                           MonthCase{2019, 2, 28}, MonthCase{1900, 2, 28},
                                           MonthCase{2000, 2, 29}, MonthCase{2017, 4, 30},
                                           MonthCase{2017, 12, 31}));

TEST(VolumeCalendar, Periods)
{
    // T1 = jan–apr, T2 = jan–aug (domain.md §2).
    EXPECT_EQ(daysThroughMonth(2020, 4), 121); // 31 + 29 + 31 + 30
    EXPECT_EQ(daysThroughMonth(2019, 4), 120);
    EXPECT_EQ(daysThroughMonth(2020, 8), 244);
    EXPECT_EQ(daysThroughMonth(2017, 10), 304); // seed 002, t.o.m. oktober
    EXPECT_EQ(daysThroughMonth(2020, 12), 366);
    EXPECT_EQ(daysInMonths(2020, 5, 8), 123); // the tertial may–aug alone
    EXPECT_EQ(daysInMonths(2020, 9, 12), 122);
    EXPECT_EQ(daysLeftInYear(2020, 8), 122);
    EXPECT_EQ(daysLeftInYear(2020, 12), 0);
    EXPECT_EQ(daysLeftInYear(2020, 1), 335);
    EXPECT_EQ(daysLeftInYear(2019, 1), 334);
}

TEST(VolumeCalendar, Errors)
{
    EXPECT_EQ(daysInMonth(2020, 0).error().code, ErrorCode::OutOfRange);
    EXPECT_EQ(daysInMonth(2020, 13).error().code, ErrorCode::OutOfRange);
    EXPECT_EQ(daysInMonth(0, 1).error().code, ErrorCode::OutOfRange);
    EXPECT_EQ(daysInMonths(2020, 8, 4).error().code, ErrorCode::OutOfRange);
    EXPECT_EQ(daysLeftInYear(2020, 13).error().code, ErrorCode::OutOfRange);
    EXPECT_NE(daysInMonth(2020, 13).error().message.find("13"), std::string::npos);
}

} // namespace
