// SPDX-License-Identifier: GPL-3.0-or-later
// Calendar days for volume measures: days in a month, a period from January, the rest of a year.
#pragma once

#include "error.h"

namespace Tertial::Core {

bool isLeapYear(int year);

// Days in `month` (1..12) of `year`; February has 29 in a leap year.
Result<int> daysInMonth(int year, int month);

// Days in the months firstMonth..lastMonth of `year`, both included (1 and 8: 1 jan–31 aug).
Result<int> daysInMonths(int year, int firstMonth, int lastMonth);

// Days from 1 January to the end of `month`: the reporting period t.o.m. that month.
Result<int> daysThroughMonth(int year, int month);

// Days after the end of `month` to 31 December: 0 for december.
Result<int> daysLeftInYear(int year, int month);

} // namespace Tertial::Core
