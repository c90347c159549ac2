// SPDX-License-Identifier: GPL-3.0-or-later
// Netto of riktade statsbidrag, against seed 003 "Riktade statsbidrag" (Huddinge delårsrapport 2021, tkr).
#include "core/stategrant.h"

#include <gtest/gtest.h>

namespace Tertial::Core::Test {
namespace {

Money tkr(std::int64_t thousands)
{
    return Money::fromKronor(thousands * 1000);
}

struct PublishedGrant
{
    const char *name;
    std::int64_t grant, cost, net;
};

class StateGrantNetSeed003 : public ::testing::TestWithParam<PublishedGrant>
{
};

TEST_P(StateGrantNetSeed003, NetIsGrantMinusCost)
{
    const PublishedGrant &row = GetParam();
    EXPECT_EQ(stateGrantNet(tkr(row.grant), tkr(row.cost)), tkr(row.net)) << row.name;
}

// seed 003 Riktade statsbidrag: Bidrag, Kostnad, Netto per row.
INSTANTIATE_TEST_SUITE_P(Rows, StateGrantNetSeed003,
                         ::testing::Values(PublishedGrant{"Personligt ombud", 1'214, 2'295, -1'081},
                                           PublishedGrant{"Uppdrag psykisk hälsa 2021", 1'655, 1'655, 0},
                                           PublishedGrant{"Sociala insatser i utsatta områden 2021", 1'919, 1'919, 0},
                                           PublishedGrant{"NOA-medel", 2'450, 5'215, -2'765}));

TEST(StateGrantNet, UnknownWithoutACost)
{
    // seed 000 lists Nacka's grants with förväntat and erhållet only: no kostnad, no netto.
    EXPECT_FALSE(stateGrantNet(tkr(2'175), std::nullopt).has_value());
}

} // namespace
} // namespace Tertial::Core::Test
