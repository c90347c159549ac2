// SPDX-License-Identifier: GPL-3.0-or-later
// Calendar days for volume measures.
#include "volumecalendar.h"

#include <array>
#include <string>

namespace Tertial::Core {
namespace {

constexpr std::array<int, 12> kDaysPerMonth = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

Result<void> checkYear(int year)
{
    // The Gregorian rule below is only meaningful for positive years.
    if (year < 1)
        return fail(ErrorCode::OutOfRange, "år " + std::to_string(year) + " är inte ett giltigt år");
    return {};
}

Result<void> checkMonth(int month)
{
    if (month < 1 || month > 12)
        return fail(ErrorCode::OutOfRange,
                    "månad " + std::to_string(month) + " ligger utanför 1–12");
    return {};
}

int unsafeDaysInMonth(int year, int month)
{
    const int days = kDaysPerMonth[static_cast<std::size_t>(month - 1)];
    return month == 2 && isLeapYear(year) ? days + 1 : days;
}

} // namespace

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

Result<int> daysInMonth(int year, int month)
{
    if (auto ok = checkYear(year); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkMonth(month); !ok)
        return std::unexpected(ok.error());
    return unsafeDaysInMonth(year, month);
}

Result<int> daysInMonths(int year, int firstMonth, int lastMonth)
{
    if (auto ok = checkYear(year); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkMonth(firstMonth); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkMonth(lastMonth); !ok)
        return std::unexpected(ok.error());
    if (firstMonth > lastMonth)
        return fail(ErrorCode::OutOfRange, "perioden börjar i månad " + std::to_string(firstMonth)
                                               + " men slutar i månad " + std::to_string(lastMonth));
    int days = 0;
    for (int month = firstMonth; month <= lastMonth; ++month)
        days += unsafeDaysInMonth(year, month);
    return days;
}

Result<int> daysThroughMonth(int year, int month)
{
    return daysInMonths(year, 1, month);
}

Result<int> daysLeftInYear(int year, int month)
{
    auto through = daysThroughMonth(year, month);
    if (!through)
        return through;
    return (isLeapYear(year) ? 366 : 365) - *through;
}

} // namespace Tertial::Core
