// SPDX-License-Identifier: GPL-3.0-or-later
// sv-SE number formatting: digits are produced as decimal text and rounded there or in integer
// arithmetic, never through printf's binary rounding.
#include "svformat.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <system_error>

namespace Tertial::Core {
namespace {

constexpr std::string_view kUnicodeMinus = "\u2212";
constexpr std::string_view kNoBreakSpace = "\u00A0";
constexpr int kMaxDoubleDecimals = 17;

// A non-negative decimal as text: integer digits (at least one) and fraction digits.
struct DecimalText
{
    bool negative = false;
    std::string integer;
    std::string fraction;
};

std::string_view groupSeparator(NumberStyle style)
{
    switch (style.grouping) {
    case NumberStyle::Grouping::Space: return " ";
    case NumberStyle::Grouping::NoBreakSpace: return kNoBreakSpace;
    case NumberStyle::Grouping::None: return {};
    }
    return " ";
}

bool allZero(std::string_view digits)
{
    return std::all_of(digits.begin(), digits.end(), [](char c) { return c == '0'; });
}

void stripLeadingZeros(std::string &digits)
{
    const auto first = digits.find_first_not_of('0');
    if (first == std::string::npos)
        digits = "0";
    else
        digits.erase(0, first);
}

std::string render(DecimalText text, NumberStyle style)
{
    stripLeadingZeros(text.integer);
    std::string out;
    // A value that rounded to zero has no sign: "0", never "-0".
    if (text.negative && !(allZero(text.integer) && allZero(text.fraction)))
        out += style.minus == NumberStyle::Minus::Unicode ? kUnicodeMinus : std::string_view("-");

    const std::string_view separator = groupSeparator(style);
    const std::size_t n = text.integer.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += separator;
        out += text.integer[i];
    }
    if (!text.fraction.empty()) {
        out += ',';
        out += text.fraction;
    }
    return out;
}

// Rounds the magnitude half away from zero to `decimals` fraction digits (the first dropped
// digit decides, which is exact because the text is the exact decimal being rounded).
void roundTo(DecimalText &text, std::size_t decimals)
{
    if (text.fraction.size() <= decimals) {
        text.fraction.append(decimals - text.fraction.size(), '0');
        return;
    }
    const bool up = text.fraction[decimals] >= '5';
    text.fraction.resize(decimals);
    if (!up)
        return;
    std::string digits = text.integer + text.fraction;
    std::size_t i = digits.size();
    while (i > 0) {
        --i;
        if (digits[i] == '9') {
            digits[i] = '0';
            continue;
        }
        ++digits[i];
        break;
    }
    if (allZero(digits)) // every digit carried: 99,96 -> 100,0
        digits.insert(digits.begin(), '1');
    text.integer = digits.substr(0, digits.size() - decimals);
    text.fraction = digits.substr(digits.size() - decimals);
}

// The shortest decimal text that reads back as `value` (what a user typed or a source wrote).
DecimalText shortestDecimal(double value)
{
    char buffer[400];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    DecimalText text;
    if (ec != std::errc())
        return text;
    std::string_view s(buffer, static_cast<std::size_t>(end - buffer));
    if (!s.empty() && s.front() == '-') {
        text.negative = true;
        s.remove_prefix(1);
    }
    const auto point = s.find('.');
    text.integer = std::string(s.substr(0, point));
    if (point != std::string_view::npos)
        text.fraction = std::string(s.substr(point + 1));
    if (text.integer.empty())
        text.integer = "0";
    return text;
}

std::size_t clampDecimals(int decimals, int maximum)
{
    return static_cast<std::size_t>(std::clamp(decimals, 0, maximum));
}

int unitDigits(AmountUnit unit)
{
    int digits = 0;
    for (std::int64_t ore = orePerUnit(unit); ore > 1; ore /= 10)
        ++digits;
    return digits;
}

} // namespace

std::string formatAmount(Money amount, AmountUnit unit, NumberStyle style, std::optional<int> decimals)
{
    if (!amount.isValid())
        return std::string(kInvalidAmountText);
    const int wanted = std::max(0, decimals.value_or(defaultDecimals(unit)));
    // Round in öre to the last digit öre can express; pad the rest with zeros.
    const int exact = std::min(wanted, unitDigits(unit));
    std::int64_t step = orePerUnit(unit);
    for (int i = 0; i < exact; ++i)
        step /= 10;
    const std::int64_t scaled = divideRounded(amount.ore(), step);

    DecimalText text;
    text.negative = scaled < 0;
    const std::uint64_t magnitude = scaled < 0 ? 0 - static_cast<std::uint64_t>(scaled)
                                               : static_cast<std::uint64_t>(scaled);
    std::string digits = std::to_string(magnitude);
    const auto fractionDigits = static_cast<std::size_t>(exact);
    if (digits.size() <= fractionDigits)
        digits.insert(0, fractionDigits + 1 - digits.size(), '0');
    text.integer = digits.substr(0, digits.size() - fractionDigits);
    text.fraction = digits.substr(digits.size() - fractionDigits);
    text.fraction.append(static_cast<std::size_t>(wanted - exact), '0');
    return render(std::move(text), style);
}

std::string formatNumber(double value, int decimals, NumberStyle style)
{
    if (!std::isfinite(value))
        return {};
    DecimalText text = shortestDecimal(value);
    roundTo(text, clampDecimals(decimals, kMaxDoubleDecimals));
    return render(std::move(text), style);
}

std::string formatPercent(double ratio, int decimals, NumberStyle style)
{
    if (!std::isfinite(ratio))
        return {};
    DecimalText text = shortestDecimal(ratio);
    // × 100 exactly: move two fraction digits into the integer part.
    text.fraction.append(text.fraction.size() < 2 ? 2 - text.fraction.size() : 0, '0');
    text.integer += text.fraction.substr(0, 2);
    text.fraction.erase(0, 2);
    roundTo(text, clampDecimals(decimals, kMaxDoubleDecimals));
    std::string out = render(std::move(text), style);
    out += style.grouping == NumberStyle::Grouping::NoBreakSpace ? kNoBreakSpace : std::string_view(" ");
    out += '%';
    return out;
}

std::string formatMillions(Money amount, NumberStyle style)
{
    return formatAmount(amount, AmountUnit::Millions, style, 1);
}

} // namespace Tertial::Core
