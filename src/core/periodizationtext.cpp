// SPDX-License-Identifier: GPL-3.0-or-later
// Reads and writes the periodisering text (docs/formats.md).
#include "periodizationtext.h"

#include <array>
#include <charconv>
#include <vector>

namespace Tertial::Core {
namespace {

std::vector<std::string_view> words(std::string_view text)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start < text.size()) {
        while (start < text.size() && (text[start] == ' ' || text[start] == '\t'))
            ++start;
        std::size_t end = start;
        while (end < text.size() && text[end] != ' ' && text[end] != '\t')
            ++end;
        if (end > start)
            parts.push_back(text.substr(start, end - start));
        start = end;
    }
    return parts;
}

// Digits, optionally one decimal comma followed by digits: "8", "8,5". Nothing else (no sign, no
// exponent, no point: a weight is never negative and Swedish files write a comma).
bool isWeight(std::string_view word)
{
    const auto comma = word.find(',');
    const std::string_view whole = word.substr(0, comma);
    const std::string_view fraction = comma == std::string_view::npos ? std::string_view() : word.substr(comma + 1);
    auto digits = [](std::string_view part) {
        return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos;
    };
    return digits(whole) && (comma == std::string_view::npos || digits(fraction));
}

Error expected(std::string_view text)
{
    return {ErrorCode::InvalidInput, "'" + std::string(text) + "' är ingen periodisering, förväntade linjär, dagar eller "
                                                               "tolv vikter åtskilda av mellanslag (8 8 9 8 9 8 5 7 9 9 10 10)"};
}

} // namespace

Result<PeriodizationProfile> parsePeriodization(std::string_view text)
{
    const std::vector<std::string_view> parts = words(text);
    if (parts.empty() || (parts.size() == 1 && parts[0] == "linjär"))
        return PeriodizationProfile::linear();
    if (parts.size() == 1 && parts[0] == "dagar")
        return PeriodizationProfile::byDays();
    if (parts.size() != 12)
        return std::unexpected(expected(text));
    bool allIntegers = true;
    for (std::string_view part : parts) {
        if (!isWeight(part))
            return std::unexpected(expected(text));
        allIntegers = allIntegers && part.find(',') == std::string_view::npos;
    }
    if (allIntegers) {
        std::array<std::int64_t, 12> weights{};
        for (std::size_t i = 0; i < 12; ++i) {
            const auto [end, ec] = std::from_chars(parts[i].data(), parts[i].data() + parts[i].size(), weights[i]);
            if (ec != std::errc() || end != parts[i].data() + parts[i].size())
                return fail(ErrorCode::OutOfRange, "periodisering: vikten för månad " + std::to_string(i + 1)
                                                       + " är orimligt stor; väntade högst 10^15");
        }
        return PeriodizationProfile::weighted(weights);
    }
    std::array<double, 12> weights{};
    for (std::size_t i = 0; i < 12; ++i) {
        std::string plain(parts[i]);
        for (char &c : plain)
            if (c == ',')
                c = '.';
        const auto [end, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), weights[i]);
        if (ec != std::errc() || end != plain.data() + plain.size())
            return fail(ErrorCode::OutOfRange, "periodisering: vikten för månad " + std::to_string(i + 1)
                                                   + " är inget rimligt tal");
    }
    return PeriodizationProfile::weightedDecimal(weights);
}

std::string periodizationText(const PeriodizationProfile &profile)
{
    switch (profile.kind()) {
    case PeriodizationKind::Linear: return "linjär";
    case PeriodizationKind::Days: return "dagar";
    case PeriodizationKind::Weights: break;
    }
    std::string text;
    for (std::int64_t weight : profile.weights()) {
        if (!text.empty())
            text += ' ';
        text += std::to_string(weight);
    }
    return text;
}

} // namespace Tertial::Core
