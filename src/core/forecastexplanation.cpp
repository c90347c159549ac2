// SPDX-License-Identifier: GPL-3.0-or-later
// Wording a forecast in Swedish.
#include "forecastexplanation.h"

#include <array>
#include <optional>

namespace Tertial::Core {
namespace {

constexpr std::array<const char *, 12> kMonthNames = {
    "januari", "februari", "mars",      "april",   "maj",      "juni",
    "juli",    "augusti",  "september", "oktober", "november", "december",
};

// U+2212 for the subtraction between two amounts, so it cannot be read as a number's sign.
constexpr const char *kMinusOperator = "\u2212";

class Wording final
{
public:
    Wording(const ForecastResult &result, AmountUnit unit, NumberStyle style)
        : m_result(result), m_unit(unit), m_style(style)
    {
    }

    const ForecastOperand *find(ForecastTerm term, const std::string &serviceType = {}) const
    {
        for (const auto &operand : m_result.operands) {
            if (operand.term == term && operand.serviceType == serviceType)
                return &operand;
        }
        return nullptr;
    }

    std::string amount(Money value) const
    {
        return formatAmount(value, m_unit, m_style) + unitSpace() + std::string(unitCode(m_unit));
    }

    std::string amount(ForecastTerm term) const
    {
        const auto *operand = find(term);
        const Money *value = operand ? std::get_if<Money>(&operand->value) : nullptr;
        return value ? amount(*value) : std::string("?");
    }

    std::optional<int> integer(ForecastTerm term) const
    {
        const auto *operand = find(term);
        const int *value = operand ? std::get_if<int>(&operand->value) : nullptr;
        return value ? std::optional<int>(*value) : std::nullopt;
    }

    std::string monthName() const
    {
        const auto month = integer(ForecastTerm::Month);
        if (!month || *month < 1 || *month > 12)
            return "månaden";
        return kMonthNames[static_cast<std::size_t>(*month - 1)];
    }

    // Keep number and unit on one line where the caller asked for no-break spaces.
    std::string unitSpace() const
    {
        return m_style.grouping == NumberStyle::Grouping::NoBreakSpace ? "\u00a0" : " ";
    }

    std::string equalsResult() const { return " = " + amount(m_result.amount); }

    std::string number(double value, int decimals) const { return formatNumber(value, decimals, m_style); }

    std::string volumeTerms() const
    {
        std::string text;
        const auto daysLeft = integer(ForecastTerm::DaysLeft);
        for (const auto &operand : m_result.operands) {
            if (operand.term != ForecastTerm::PersonsPerDay)
                continue;
            const auto *cost = find(ForecastTerm::CostPerDay, operand.serviceType);
            const Money *costValue = cost ? std::get_if<Money>(&cost->value) : nullptr;
            const double *persons = std::get_if<double>(&operand.value);
            text += " + " + operand.serviceType + " " + (persons ? number(*persons, 1) : "?") + " personer × "
                + (costValue ? formatAmount(*costValue, AmountUnit::Kronor, m_style) : "?") + unitSpace() + "kr/dygn × "
                + (daysLeft ? std::to_string(*daysLeft) : "?") + " dygn";
        }
        return text;
    }

    std::string sentence() const
    {
        switch (m_result.method) {
        case ForecastMethod::Manual:
            return "manuell prognos" + equalsResult();
        case ForecastMethod::Budget:
            return "budget helår" + equalsResult();
        case ForecastMethod::RunRate: {
            const auto month = integer(ForecastTerm::Month);
            return "utfall " + amount(ForecastTerm::Actual) + " × 12/"
                + (month ? std::to_string(*month) : "?") + equalsResult();
        }
        case ForecastMethod::ActualPlusRemainingBudget:
            return "utfall " + amount(ForecastTerm::Actual) + " + återstående budget "
                + amount(ForecastTerm::RemainingBudget) + " (budget helår " + amount(ForecastTerm::BudgetFullYear)
                + " " + kMinusOperator + " periodens budget " + amount(ForecastTerm::PeriodBudget) + ")"
                + equalsResult();
        case ForecastMethod::Seasonal: {
            const auto *share = find(ForecastTerm::LastYearShare);
            const double *shareValue = share ? std::get_if<double>(&share->value) : nullptr;
            return "utfall " + amount(ForecastTerm::Actual) + " / "
                + (shareValue ? formatPercent(*shareValue, 1, m_style) : "?") + " (fjolårets utfall t.o.m. "
                + monthName() + " " + amount(ForecastTerm::LastYearToMonth) + " av "
                + amount(ForecastTerm::LastYearFullYear) + ")" + equalsResult();
        }
        case ForecastMethod::VolumeBased:
            return "utfall " + amount(ForecastTerm::Actual) + volumeTerms() + equalsResult();
        }
        return equalsResult();
    }

private:
    const ForecastResult &m_result;
    AmountUnit m_unit;
    NumberStyle m_style;
};

} // namespace

std::string explainForecast(const ForecastResult &result, AmountUnit unit, NumberStyle style)
{
    return Wording(result, unit, style).sentence();
}

} // namespace Tertial::Core
