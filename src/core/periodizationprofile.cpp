// SPDX-License-Identifier: GPL-3.0-or-later
// Periodisation profiles: linear, by days, by twelve weights.
#include "periodizationprofile.h"

#include "volumecalendar.h"

#include <cmath>
#include <string>

namespace Tertial::Core {
namespace {

constexpr std::int64_t maxWeight = 1'000'000'000'000'000;

} // namespace

PeriodizationProfile PeriodizationProfile::linear()
{
    return {};
}

PeriodizationProfile PeriodizationProfile::byDays()
{
    PeriodizationProfile profile;
    profile.m_kind = PeriodizationKind::Days;
    return profile;
}

Result<PeriodizationProfile> PeriodizationProfile::weighted(const std::array<std::int64_t, 12> &weights)
{
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (weights[i] < 0)
            return fail(ErrorCode::InvalidInput,
                        "periodisering: vikten för månad " + std::to_string(i + 1)
                            + " är negativ; väntade ett tal ≥ 0");
        // Caps the sum far below the int64 range, so adding up weights can never overflow.
        if (weights[i] > maxWeight)
            return fail(ErrorCode::OutOfRange,
                        "periodisering: vikten för månad " + std::to_string(i + 1)
                            + " är orimligt stor; väntade högst 10^15");
        sum += weights[i];
    }
    if (sum <= 0)
        return fail(ErrorCode::InvalidInput,
                    "periodisering: vikternas summa är noll; väntade minst en vikt större än noll");
    PeriodizationProfile profile;
    profile.m_kind = PeriodizationKind::Weights;
    profile.m_weights = weights;
    return profile;
}

Result<PeriodizationProfile> PeriodizationProfile::weightedDecimal(const std::array<double, 12> &weights)
{
    std::array<std::int64_t, 12> scaled{};
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (!std::isfinite(weights[i]) || weights[i] > 1e9)
            return fail(ErrorCode::InvalidInput,
                        "periodisering: vikten för månad " + std::to_string(i + 1)
                            + " är inget rimligt tal");
        scaled[i] = std::llround(weights[i] * 1'000'000.0);
    }
    return weighted(scaled);
}

Money PeriodizationProfile::cumulativeBudget(Money yearBudget, int year, int endMonth) const
{
    if (endMonth <= 0)
        return Money{};
    if (endMonth >= 12)
        return yearBudget;
    switch (m_kind) {
    case PeriodizationKind::Linear:
        return yearBudget.scaled(endMonth, 12);
    case PeriodizationKind::Days:
        // endMonth is 1..11 here, so the calendar cannot refuse it.
        return yearBudget.scaled(*daysThroughMonth(year, endMonth), *daysThroughMonth(year, 12));
    case PeriodizationKind::Weights: {
        std::int64_t part = 0;
        std::int64_t sum = 0;
        for (std::size_t i = 0; i < m_weights.size(); ++i) {
            sum += m_weights[i];
            if (static_cast<int>(i) < endMonth)
                part += m_weights[i];
        }
        return yearBudget.scaled(part, sum);
    }
    }
    return yearBudget.scaled(endMonth, 12);
}

Money PeriodizationProfile::budgetForMonths(Money yearBudget, int year, int firstMonth, int lastMonth) const
{
    return cumulativeBudget(yearBudget, year, lastMonth) - cumulativeBudget(yearBudget, year, firstMonth - 1);
}

} // namespace Tertial::Core
