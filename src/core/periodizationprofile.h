// SPDX-License-Identifier: GPL-3.0-or-later
// Periodisering: how much of a full-year budget belongs to the months reported (domain.md §4.3).
#pragma once

#include "error.h"
#include "money.h"

#include <array>
#include <cstdint>

namespace Tertial::Core {

enum class PeriodizationKind {
    Linear,  // linjär: budget × months / 12
    Days,    // dagar: days elapsed to the end of the month / days in the year
    Weights, // a profile of twelve monthly weights (lower in july for holiday pay ...)
};

// periodiseringsprofil. An explicitly entered periodens budget overrides any profile; that
// choice is made by the caller (see buildEconomicTable), not here.
class PeriodizationProfile final
{
public:
    PeriodizationProfile() = default; // linear
    static PeriodizationProfile linear();
    static PeriodizationProfile byDays();
    // Integer weights, normalised by their sum (they need not sum to 1 or 100); all must be
    // non-negative and their sum positive.
    static Result<PeriodizationProfile> weighted(const std::array<std::int64_t, 12> &weights);
    // Decimal weights ("0,08 0,08 0,09 ..."), converted to millionths first so that the
    // arithmetic stays exact integers from there on.
    static Result<PeriodizationProfile> weightedDecimal(const std::array<double, 12> &weights);

    PeriodizationKind kind() const { return m_kind; }
    const std::array<std::int64_t, 12> &weights() const { return m_weights; }

    // The budget of january..endMonth (0..12; 0 gives zero), exact to the öre. `year` matters
    // for Days only (leap years).
    Money cumulativeBudget(Money yearBudget, int year, int endMonth) const;
    // The budget of firstMonth..lastMonth alone = cumulative(last) − cumulative(first − 1), so
    // single periods always add up to the year exactly.
    Money budgetForMonths(Money yearBudget, int year, int firstMonth, int lastMonth) const;

    bool operator==(const PeriodizationProfile &) const = default;

private:
    PeriodizationKind m_kind = PeriodizationKind::Linear;
    std::array<std::int64_t, 12> m_weights{};
};

} // namespace Tertial::Core
