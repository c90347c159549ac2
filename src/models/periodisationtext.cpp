// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the stored periodisering text into a core profile (the file format of docs/formats.md).
#include "periodisationtext.h"

#include "core/svparse.h"

#include <array>
#include <string>
#include <vector>

namespace Tertial::Models {

using Core::ErrorCode;
using Core::PeriodizationProfile;

Core::Result<PeriodizationProfile> periodisationFromText(std::string_view text)
{
    std::vector<std::string> parts;
    std::string current;
    for (const char c : text) {
        if (c == ' ' || c == '\t') {
            if (!current.empty())
                parts.push_back(std::move(current));
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty())
        parts.push_back(std::move(current));

    if (parts.empty() || (parts.size() == 1 && parts[0] == "linjär"))
        return PeriodizationProfile::linear();
    if (parts.size() == 1 && parts[0] == "dagar")
        return PeriodizationProfile::byDays();
    if (parts.size() != 12)
        return Core::fail(ErrorCode::InvalidInput, "periodisering \"" + std::string(text) +
                                                       "\": väntade linjär, dagar eller tolv vikter");
    std::array<std::int64_t, 12> integers{};
    bool allIntegers = true;
    for (std::size_t i = 0; i < 12; ++i) {
        auto value = Core::parseInteger(parts[i]);
        if (!value) {
            allIntegers = false;
            break;
        }
        integers[i] = *value;
    }
    if (allIntegers)
        return PeriodizationProfile::weighted(integers);
    std::array<double, 12> decimals{};
    for (std::size_t i = 0; i < 12; ++i) {
        auto value = Core::parseNumber(parts[i]);
        if (!value)
            return Core::fail(ErrorCode::InvalidInput, "periodisering vikt " + std::to_string(i + 1) + ": " +
                                                           value.error().message);
        decimals[i] = *value;
    }
    return PeriodizationProfile::weightedDecimal(decimals);
}

} // namespace Tertial::Models
