// SPDX-License-Identifier: GPL-3.0-or-later
// Checking computed rows against the seed reports' printed rows.
#include "publishedrow.h"

#include <gtest/gtest.h>

#include <cmath>

namespace Tertial::Core {
void PrintTo(Money money, std::ostream *out)
{
    *out << money.ore() << " öre";
}
} // namespace Tertial::Core

namespace Tertial::Core::Test {
namespace {

void expectAmount(const char *field, std::optional<Money> computed, std::optional<std::int64_t> printed,
                  bool offByOneAllowed)
{
    if (!printed)
        return;
    ASSERT_TRUE(computed.has_value()) << field << ": no value, report prints " << *printed;
    const std::int64_t rounded = computed->roundedTo(100'000).ore() / 100'000;
    if (offByOneAllowed)
        EXPECT_LE(std::llabs(rounded - *printed), 1) << field << ": computed " << rounded << ", report " << *printed;
    else
        EXPECT_EQ(rounded, *printed) << field;
}

void expectPercent(const char *field, std::optional<double> computed, std::optional<double> printed, int decimals,
                   bool offByOneAllowed)
{
    if (!printed)
        return;
    ASSERT_TRUE(computed.has_value()) << field << ": no value, report prints " << *printed;
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(*computed * 100.0 * scale);
    const double difference = std::fabs(rounded - std::round(*printed * scale));
    EXPECT_LE(difference, offByOneAllowed ? 1.0 : 0.0)
        << field << ": computed " << *computed * 100.0 << " %, report " << *printed << " %";
}

} // namespace

Money tkr(std::int64_t thousands)
{
    return Money::fromThousands(thousands);
}

std::optional<Money> tkrOpt(std::optional<std::int64_t> thousands)
{
    if (!thousands)
        return std::nullopt;
    return tkr(*thousands);
}

void expectMatches(const EconomicValues &computed, const PublishedRow &published)
{
    SCOPED_TRACE(published.name);
    const auto loose = [&published](Field field) { return (published.offByOne & field) != 0; };
    expectAmount("utfall intäkter", computed.actualIncome, published.income, loose(Income));
    expectAmount("utfall kostnader", computed.actualCost, published.cost, loose(Cost));
    expectAmount("utfall netto", computed.actualNet, published.net, loose(Net));
    expectAmount("budget intäkter", computed.budgetPeriodIncome, published.budgetPeriodIncome,
                 loose(BudgetPeriodIncome));
    expectAmount("budget kostnader", computed.budgetPeriodCost, published.budgetPeriodCost, loose(BudgetPeriodCost));
    expectAmount("periodens budget", computed.budgetPeriod, published.budgetPeriod, loose(BudgetPeriod));
    expectAmount("budgetavvikelse", computed.budgetDeviation, published.deviation, loose(Deviation));
    expectAmount("budget helår", computed.budgetYear, published.budgetYear, loose(BudgetYear));
    expectAmount("prognos", computed.forecast, published.forecast, loose(Forecast));
    expectAmount("prognosavvikelse", computed.forecastDeviation, published.forecastDeviation,
                 loose(ForecastDeviation));
    expectAmount("utfall föregående år", computed.previousYearActualNet, published.previousYear, loose(PreviousYear));
    expectAmount("förändring", computed.change, published.change, loose(Change));
    expectPercent("avvikelse %", computed.deviationPercent, published.deviationPercent, published.percentDecimals,
                  loose(DeviationPercent));
    expectPercent("förändring %", computed.changePercent, published.changePercent, 1, loose(ChangePercent));
}

void PrintTo(const PublishedRow &row, std::ostream *out)
{
    *out << row.name;
}

std::string rowTestName(const testing::TestParamInfo<PublishedRow> &param)
{
    std::string name;
    for (const char c : param.param.name) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            name += c;
    }
    return name + "_" + std::to_string(param.index);
}

const EconomicRow *findRow(const EconomicTable &table, const std::string &name)
{
    if (table.total.name == name)
        return &table.total;
    for (const EconomicRow &row : table.rows) {
        if (row.name == name)
            return &row;
    }
    ADD_FAILURE() << "no row " << name;
    return nullptr;
}

} // namespace Tertial::Core::Test
