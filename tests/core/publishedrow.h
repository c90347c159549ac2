// SPDX-License-Identifier: GPL-3.0-or-later
// A row as a seed report prints it (tkr, rounded), and the check of a computed row against it.
#pragma once

#include "core/economictable.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

namespace Tertial::Core {
// gtest prints Money as öre rather than as bytes (found by argument-dependent lookup).
void PrintTo(Money money, std::ostream *out);
} // namespace Tertial::Core

namespace Tertial::Core::Test {

// Fields of a published row; used to mark the ones that may differ by one in the last digit
// because the source rounded its inputs (the test says why next to the case).
enum Field : unsigned {
    Income = 1u << 0,
    Cost = 1u << 1,
    Net = 1u << 2,
    BudgetPeriod = 1u << 3,
    Deviation = 1u << 4,
    BudgetYear = 1u << 5,
    Forecast = 1u << 6,
    ForecastDeviation = 1u << 7,
    PreviousYear = 1u << 8,
    Change = 1u << 9,
    BudgetPeriodIncome = 1u << 10,
    BudgetPeriodCost = 1u << 11,
    DeviationPercent = 1u << 12, // ±1 in the last printed decimal
    ChangePercent = 1u << 13,    // ±1 in the last printed decimal
};

struct PublishedRow
{
    std::string name;
    std::optional<std::int64_t> income, cost, net, budgetPeriodIncome, budgetPeriodCost, budgetPeriod,
        deviation, budgetYear, forecast, forecastDeviation, previousYear, change;
    std::optional<double> deviationPercent; // as printed: -12.2 for "-12,2 %"
    std::optional<double> changePercent;
    int percentDecimals = 1;
    unsigned offByOne = 0; // Field bits allowed ±1 tkr (percentages: ±1 in the last printed decimal)
};

// Money in tkr, exact.
Money tkr(std::int64_t thousands);
std::optional<Money> tkrOpt(std::optional<std::int64_t> thousands);

// Compares every printed field of `published` with the computed values rounded to tkr
// (percentages to the printed decimals); absent printed fields are not checked, except that a
// printed blank where the table would show a number is not expressible here, so callers check
// absence explicitly where it matters.
void expectMatches(const EconomicValues &computed, const PublishedRow &published);

// gtest prints the row by its name rather than as bytes.
void PrintTo(const PublishedRow &row, std::ostream *out);

// A test name from the row name: ASCII letters and digits only ("Barn och unga" -> "Barnochunga").
std::string rowTestName(const testing::TestParamInfo<PublishedRow> &param);

// Computed row by name (fails the test if absent).
const EconomicRow *findRow(const EconomicTable &table, const std::string &name);

} // namespace Tertial::Core::Test
