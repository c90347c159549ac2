// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing Swedish numbers: the text is first reduced to sign, integer digits and fraction digits,
// then converted exactly (öre, whole numbers) or by from_chars (doubles).
#include "svparse.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <limits>
#include <string>
#include <system_error>

namespace Tertial::Core {
namespace {

constexpr std::string_view kExpectedNumber = "väntade ett tal som -1 234,5";
constexpr std::string_view kExpectedInteger = "väntade ett heltal som 2021 eller -1 234";
// Money::maxAmountOre in words; docs/formats.md states the same bound.
constexpr std::string_view kTooLargeAmount =
    "är för stort för ett belopp: väntade högst 10 000 000 000 000 kr åt något håll (±10^15 öre)";

// The number reduced to its digits; at least one of integer and fraction is non-empty.
struct DecimalDigits
{
    bool negative = false;
    std::string integer;
    std::string fraction;
    bool hasSeparator = false; // a decimal comma or point was written
};

class NumberScanner
{
public:
    NumberScanner(std::string_view text, std::string_view expected)
        : m_text(text), m_expected(expected)
    {
    }

    Result<DecimalDigits> scan() const;

    std::unexpected<Error> error(std::string_view detail) const
    {
        std::string message = "\"" + shown() + "\" är inget tal: " + std::string(m_expected);
        if (!detail.empty())
            message += " (" + std::string(detail) + ")";
        return fail(ErrorCode::InvalidInput, std::move(message));
    }

    // For a text that reads as a number but cannot be held: "\"<text>\" <problem>".
    std::unexpected<Error> problem(std::string_view what) const
    {
        return fail(ErrorCode::InvalidInput, "\"" + shown() + "\" " + std::string(what));
    }

    // The text as a message quotes it: whole up to 60 bytes, else its start and its length.
    std::string shown() const
    {
        constexpr std::size_t keep = 60;
        if (m_text.size() <= keep)
            return std::string(m_text);
        std::size_t cut = keep;
        while (cut > 0 && (static_cast<unsigned char>(m_text[cut]) & 0xC0) == 0x80)
            --cut; // not inside a UTF-8 sequence
        return std::string(m_text.substr(0, cut)) + "… (" + std::to_string(m_text.size()) + " byte)";
    }

private:
    Result<std::string> normalised() const;

    std::string_view m_text;
    std::string_view m_expected;
};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

// UTF-8 to ASCII: U+2212 becomes '-', U+00A0 and U+202F become ' '; anything else outside ASCII
// is not part of a number.
Result<std::string> NumberScanner::normalised() const
{
    std::string out;
    out.reserve(m_text.size());
    for (std::size_t i = 0; i < m_text.size();) {
        const std::string_view rest = m_text.substr(i);
        if (rest.starts_with("\u2212")) {
            out += '-';
            i += 3;
        } else if (rest.starts_with("\u00A0")) {
            out += ' ';
            i += 2;
        } else if (rest.starts_with("\u202F")) {
            out += ' ';
            i += 3;
        } else if (static_cast<unsigned char>(rest.front()) >= 0x80) {
            return error("innehåller ett tecken som inte hör till ett tal");
        } else {
            out += rest.front();
            ++i;
        }
    }
    return out;
}

Result<DecimalDigits> NumberScanner::scan() const
{
    const auto ascii = normalised();
    if (!ascii)
        return std::unexpected(ascii.error());
    std::string_view s = trimmed(*ascii);
    if (s.empty())
        return error("värdet är tomt");

    DecimalDigits digits;
    bool signWritten = false;
    if (s.front() == '(' || s.back() == ')') {
        if (s.size() < 2 || s.front() != '(' || s.back() != ')')
            return error("parentesen är inte sluten");
        digits.negative = true;
        s = trimmed(s.substr(1, s.size() - 2));
        if (s.empty())
            return error("inget tal inom parentesen");
        if (s.front() == '-' || s.front() == '+')
            return error("tecken inom parentes: en parentes betyder redan minus");
    } else if (s.front() == '-' || s.front() == '+') {
        digits.negative = s.front() == '-';
        signWritten = true;
        s.remove_prefix(1);
    }
    if (s.empty() || !(isDigit(s.front()) || s.front() == ',' || s.front() == '.')) {
        return error(signWritten ? "väntade siffror direkt efter tecknet"
                                 : "innehåller ett tecken som inte hör till ett tal");
    }

    for (const char c : s) {
        if (!isDigit(c) && c != ' ' && c != ',' && c != '.')
            return error(c == '-' || c == '+' ? "tecknet står inte först"
                                              : "innehåller ett tecken som inte hör till ett tal");
    }
    const auto commas = std::count(s.begin(), s.end(), ',');
    const auto points = std::count(s.begin(), s.end(), '.');
    if (commas > 1)
        return error("mer än ett decimalkomma");
    if (points > 1)
        return error("punkt som tusentalsavgränsare stöds inte; skriv 1 234 567");
    if (commas == 1 && points == 1)
        return error("både punkt och komma; skriv decimalkomma och mellanslag mellan tusental");

    const auto separator = s.find_first_of(",.");
    const std::string_view integerPart = s.substr(0, separator);
    if (separator != std::string_view::npos) {
        digits.hasSeparator = true;
        const std::string_view fraction = s.substr(separator + 1);
        if (fraction.empty())
            return error("väntade siffror efter decimaltecknet");
        if (fraction.find(' ') != std::string_view::npos)
            return error("mellanslag bland decimalerna");
        digits.fraction = std::string(fraction);
        // "1.234" is 1 234 in some exports and 1,234 in others: refuse to guess.
        if (s[separator] == '.' && fraction.size() == 3 && !integerPart.empty() && integerPart.size() <= 3
            && integerPart.front() != '0' && integerPart.find(' ') == std::string_view::npos) {
            return error("tvetydig punkt: kan vara tusentalsavgränsare eller decimaltecken; skriv "
                         + std::string(integerPart) + " " + digits.fraction + " eller "
                         + std::string(integerPart) + "," + digits.fraction);
        }
    }

    // Groups of three after a first group of one to three.
    std::size_t groupStart = 0;
    bool firstGroup = true;
    const bool grouped = integerPart.find(' ') != std::string_view::npos;
    while (groupStart <= integerPart.size()) {
        auto groupEnd = integerPart.find(' ', groupStart);
        if (groupEnd == std::string_view::npos)
            groupEnd = integerPart.size();
        const std::size_t length = groupEnd - groupStart;
        if (grouped && (length == 0 || (firstGroup ? length > 3 : length != 3)))
            return error("fel siffergruppering: väntade grupper om tre siffror som 1 234 567");
        digits.integer += integerPart.substr(groupStart, length);
        firstGroup = false;
        groupStart = groupEnd + 1;
    }
    if (digits.integer.empty() && digits.fraction.empty())
        return error("inga siffror");
    return digits;
}

// Accumulates decimal digits into a magnitude that must stay within int64.
bool accumulate(std::string_view text, std::uint64_t &value)
{
    constexpr auto limit = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    for (const char c : text) {
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (value > (limit - digit) / 10)
            return false;
        value = value * 10 + digit;
    }
    return true;
}

int unitDigits(AmountUnit unit)
{
    int digits = 0;
    for (std::int64_t ore = orePerUnit(unit); ore > 1; ore /= 10)
        ++digits;
    return digits;
}

} // namespace

namespace {

Result<Money> parseScaledAmount(std::string_view text, AmountUnit unit, std::uint64_t limit)
{
    const NumberScanner scanner(text, kExpectedNumber);
    auto digits = scanner.scan();
    if (!digits)
        return std::unexpected(digits.error());

    const auto places = static_cast<std::size_t>(unitDigits(unit));
    std::string fraction = digits->fraction;
    if (fraction.size() > places) {
        // Trailing zeros lose nothing ("1,230" kr); any other digit would have to be rounded.
        if (fraction.find_first_not_of('0', places) != std::string::npos) {
            return scanner.problem("har för många decimaler: ett belopp i " + std::string(unitCode(unit))
                                   + " kan ha högst " + std::to_string(places)
                                   + " decimaler (hela öre) och avrundas inte");
        }
        fraction.resize(places);
    }
    fraction.append(places - fraction.size(), '0');

    std::uint64_t magnitude = 0;
    if (!accumulate(digits->integer, magnitude) || !accumulate(fraction, magnitude) || magnitude > limit)
        return scanner.problem(limit == static_cast<std::uint64_t>(Money::maxAmountOre) ? std::string(kTooLargeAmount)
                                                                                        : "är för stort för ett belopp");
    const auto ore = static_cast<std::int64_t>(magnitude);
    return Money::fromOre(digits->negative ? -ore : ore);
}

} // namespace

Result<Money> parseAmount(std::string_view text, AmountUnit unit)
{
    return parseScaledAmount(text, unit, static_cast<std::uint64_t>(Money::maxAmountOre));
}

Result<Money> parseAmountWithin64Bits(std::string_view text, AmountUnit unit)
{
    return parseScaledAmount(text, unit, static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()));
}

Result<double> parseNumber(std::string_view text)
{
    const NumberScanner scanner(text, kExpectedNumber);
    const auto digits = scanner.scan();
    if (!digits)
        return std::unexpected(digits.error());

    const std::string plain = (digits->integer.empty() ? std::string("0") : digits->integer) + "."
                              + (digits->fraction.empty() ? std::string("0") : digits->fraction);
    double value = 0.0;
    const auto [end, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
    if (ec == std::errc::result_out_of_range)
        return scanner.problem("är för stort eller för nära noll för ett tal");
    if (ec != std::errc() || end != plain.data() + plain.size())
        return scanner.error({});
    return digits->negative ? -value : value;
}

Result<long long> parseInteger(std::string_view text)
{
    const NumberScanner scanner(text, kExpectedInteger);
    const auto digits = scanner.scan();
    if (!digits)
        return std::unexpected(digits.error());
    if (digits->hasSeparator)
        return scanner.error("decimaler i ett heltal");
    std::uint64_t magnitude = 0;
    if (!accumulate(digits->integer, magnitude))
        return scanner.problem("är för stort för ett heltal");
    const auto value = static_cast<long long>(magnitude);
    return digits->negative ? -value : value;
}

} // namespace Tertial::Core
