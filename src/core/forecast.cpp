// SPDX-License-Identifier: GPL-3.0-or-later
// The six forecast methods.
#include "forecast.h"

#include "volumecalendar.h"

#include <cmath>
#include <string>

namespace Tertial::Core {
namespace {

std::string where(ForecastMethod method)
{
    return "prognos (" + std::string(forecastMethodDisplayName(method)) + "): ";
}

template<typename T>
Result<T> required(ForecastMethod method, const std::optional<T> &value, const char *what)
{
    if (!value)
        return fail(ErrorCode::MissingInput, where(method) + what + " saknas");
    return *value;
}

Result<int> requiredMonth(ForecastMethod method, const ForecastInputs &inputs)
{
    auto month = required(method, inputs.month, "månad");
    if (month && (*month < 1 || *month > 12))
        return fail(ErrorCode::OutOfRange,
                    where(method) + "månad " + std::to_string(*month) + " ligger utanför 1–12");
    return month;
}

ForecastOperand operand(ForecastTerm term, std::variant<Money, double, int> value,
                        std::string serviceType = {})
{
    return ForecastOperand{term, value, std::move(serviceType)};
}

Result<ForecastResult> manual(const ForecastInputs &inputs)
{
    constexpr auto method = ForecastMethod::Manual;
    auto value = required(method, inputs.manualValue, "manuell prognos");
    if (!value)
        return std::unexpected(value.error());
    return ForecastResult{method, *value, {operand(ForecastTerm::ManualValue, *value)}};
}

Result<ForecastResult> budget(const ForecastInputs &inputs)
{
    constexpr auto method = ForecastMethod::Budget;
    auto value = required(method, inputs.budgetFullYear, "budget helår");
    if (!value)
        return std::unexpected(value.error());
    return ForecastResult{method, *value, {operand(ForecastTerm::BudgetFullYear, *value)}};
}

Result<ForecastResult> runRate(const ForecastInputs &inputs)
{
    constexpr auto method = ForecastMethod::RunRate;
    auto actual = required(method, inputs.actual, "utfall t.o.m. månaden");
    if (!actual)
        return std::unexpected(actual.error());
    auto month = requiredMonth(method, inputs);
    if (!month)
        return std::unexpected(month.error());
    return ForecastResult{method, actual->scaled(12, *month),
                          {operand(ForecastTerm::Actual, *actual), operand(ForecastTerm::Month, *month)}};
}

Result<ForecastResult> actualPlusRemainingBudget(const ForecastInputs &inputs)
{
    constexpr auto method = ForecastMethod::ActualPlusRemainingBudget;
    auto actual = required(method, inputs.actual, "utfall t.o.m. månaden");
    if (!actual)
        return std::unexpected(actual.error());
    auto fullYear = required(method, inputs.budgetFullYear, "budget helår");
    if (!fullYear)
        return std::unexpected(fullYear.error());
    auto period = required(method, inputs.periodBudget, "periodens budget");
    if (!period)
        return std::unexpected(period.error());
    const Money remaining = *fullYear - *period;
    return ForecastResult{method, *actual + remaining,
                          {operand(ForecastTerm::Actual, *actual),
                           operand(ForecastTerm::BudgetFullYear, *fullYear),
                           operand(ForecastTerm::PeriodBudget, *period),
                           operand(ForecastTerm::RemainingBudget, remaining)}};
}

Result<ForecastResult> seasonal(const ForecastInputs &inputs)
{
    constexpr auto method = ForecastMethod::Seasonal;
    auto actual = required(method, inputs.actual, "utfall t.o.m. månaden");
    if (!actual)
        return std::unexpected(actual.error());
    auto month = requiredMonth(method, inputs);
    if (!month)
        return std::unexpected(month.error());
    auto toMonth = required(method, inputs.lastYearActualToMonth, "fjolårets utfall t.o.m. månaden");
    if (!toMonth)
        return std::unexpected(toMonth.error());
    auto fullYear = required(method, inputs.lastYearActualFullYear, "fjolårets utfall helår");
    if (!fullYear)
        return std::unexpected(fullYear.error());
    if (toMonth->isZero() || fullYear->isZero())
        return fail(ErrorCode::OutOfRange,
                    where(method) + "fjolårets utfall är noll; säsongsandelen kan inte beräknas");
    // Opposite signs would make the share negative and turn a cost into a revenue.
    if (toMonth->isNegative() != fullYear->isNegative())
        return fail(ErrorCode::OutOfRange, where(method)
                                               + "fjolårets utfall t.o.m. månaden och helår har olika tecken; "
                                                 "säsongsandelen blir negativ");
    // utfall / (toMonth / fullYear) computed as one exact scaling, not through a rounded share.
    // An overflowed (invalid) input has no öre count to scale by: the result is invalid too.
    const Money amount = fullYear->isValid() && toMonth->isValid() ? actual->scaled(fullYear->ore(), toMonth->ore())
                                                                   : Money::invalid();
    return ForecastResult{method, amount,
                          {operand(ForecastTerm::Actual, *actual), operand(ForecastTerm::Month, *month),
                           operand(ForecastTerm::LastYearToMonth, *toMonth),
                           operand(ForecastTerm::LastYearFullYear, *fullYear),
                           operand(ForecastTerm::LastYearShare, toMonth->ratioTo(*fullYear))}};
}

Result<ForecastResult> volumeBased(const ForecastInputs &inputs)
{
    constexpr auto method = ForecastMethod::VolumeBased;
    auto actual = required(method, inputs.actual, "utfall t.o.m. månaden");
    if (!actual)
        return std::unexpected(actual.error());
    auto year = required(method, inputs.year, "år");
    if (!year)
        return std::unexpected(year.error());
    auto month = requiredMonth(method, inputs);
    if (!month)
        return std::unexpected(month.error());
    if (inputs.volumes.empty())
        return fail(ErrorCode::MissingInput, where(method) + "volymer per insatstyp saknas");
    auto daysLeft = daysLeftInYear(*year, *month);
    if (!daysLeft)
        return fail(daysLeft.error().code, where(method) + daysLeft.error().message);

    ForecastResult result{method, *actual,
                          {operand(ForecastTerm::Actual, *actual), operand(ForecastTerm::Month, *month),
                           operand(ForecastTerm::DaysLeft, *daysLeft)}};
    for (const auto &volume : inputs.volumes) {
        const std::string name = volume.serviceType.empty() ? std::string("(namnlös insatstyp)")
                                                            : volume.serviceType;
        if (!volume.personsPerDay)
            return fail(ErrorCode::MissingInput, where(method) + "personer snitt per dygn saknas för " + name);
        if (!volume.costPerDay)
            return fail(ErrorCode::MissingInput, where(method) + "kostnad snitt per dygn saknas för " + name);
        const double persons = *volume.personsPerDay;
        if (!std::isfinite(persons) || persons < 0.0)
            return fail(ErrorCode::OutOfRange,
                        where(method) + "personer snitt per dygn för " + name + " måste vara noll eller mer");
        // persons is a measured average (a double); the cost stays exact and the product is
        // rounded once, half away from zero, to whole öre.
        const double ore = persons * static_cast<double>(*daysLeft) * static_cast<double>(volume.costPerDay->ore());
        const Money cost = Money::fromRoundedOre(ore);
        result.amount += cost;
        result.operands.push_back(operand(ForecastTerm::PersonsPerDay, persons, volume.serviceType));
        result.operands.push_back(operand(ForecastTerm::CostPerDay, *volume.costPerDay, volume.serviceType));
        result.operands.push_back(operand(ForecastTerm::VolumeCost, cost, volume.serviceType));
    }
    return result;
}

} // namespace

Result<ForecastResult> computeForecast(ForecastMethod method, const ForecastInputs &inputs)
{
    switch (method) {
    case ForecastMethod::Manual: return manual(inputs);
    case ForecastMethod::Budget: return budget(inputs);
    case ForecastMethod::RunRate: return runRate(inputs);
    case ForecastMethod::ActualPlusRemainingBudget: return actualPlusRemainingBudget(inputs);
    case ForecastMethod::Seasonal: return seasonal(inputs);
    case ForecastMethod::VolumeBased: return volumeBased(inputs);
    }
    return fail(ErrorCode::InvalidInput, "okänd prognosmetod");
}

} // namespace Tertial::Core
