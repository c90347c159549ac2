// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forecastmethod.h"

#include <gtest/gtest.h>

#include <ostream>

#include <set>
#include <string>

using namespace Tertial::Core;

namespace {

struct MethodCase
{
    ForecastMethod method;
    const char *code;    // docs/formats.md "prognosmetoder"
    const char *display; // domain.md §4.9
};

// Readable test names in ctest instead of a byte dump.
void PrintTo(const MethodCase &row, std::ostream *os)
{
    *os << row.code;
}

class ForecastMethodNames : public ::testing::TestWithParam<MethodCase>
{
};

TEST_P(ForecastMethodNames, CodeAndDisplayName)
{
    const auto &c = GetParam();
    EXPECT_EQ(forecastMethodCode(c.method), c.code);
    EXPECT_EQ(forecastMethodDisplayName(c.method), c.display);
    EXPECT_EQ(forecastMethodFromCode(c.code), c.method);
}

INSTANTIATE_TEST_SUITE_P(
    AllMethods, ForecastMethodNames,
    ::testing::Values(MethodCase{ForecastMethod::Manual, "manuell", "manuell"},
                      MethodCase{ForecastMethod::Budget, "budget", "budget (+/- noll)"},
                      MethodCase{ForecastMethod::RunRate, "uppräkning", "linjär uppräkning"},
                      MethodCase{ForecastMethod::ActualPlusRemainingBudget, "återstående",
                                 "utfall + återstående budget"},
                      MethodCase{ForecastMethod::Seasonal, "säsong", "säsong"},
                      MethodCase{ForecastMethod::VolumeBased, "volym", "volymbaserad"}));

TEST(ForecastMethod, UnknownCodesAreRejected)
{
    EXPECT_EQ(forecastMethodFromCode(""), std::nullopt);
    EXPECT_EQ(forecastMethodFromCode("Manuell"), std::nullopt); // codes are exact
    EXPECT_EQ(forecastMethodFromCode("uppräkning "), std::nullopt);
    EXPECT_EQ(forecastMethodFromCode("linjär uppräkning"), std::nullopt); // a display name, not a code
}

TEST(ForecastMethod, CodesAreDistinct)
{
    std::set<std::string> codes;
    for (ForecastMethod method : kAllForecastMethods)
        codes.emplace(forecastMethodCode(method));
    EXPECT_EQ(codes.size(), kAllForecastMethods.size());
}

} // namespace
