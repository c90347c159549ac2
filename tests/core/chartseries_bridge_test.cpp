// SPDX-License-Identifier: GPL-3.0-or-later
// Forecast bridge (prognosbrygga) against seed 002 §2.1 and seed 000 §7.
#include "core/forecastbridge.h"
#include "publishedrow.h"

#include <gtest/gtest.h>

namespace Tertial::Core::Test {
namespace {

TEST(ForecastBridge, Seed002FromBudgetToOctoberPrognos)
{
    // A prognos "+/- noll" (= budget helår, as seed 001 makes it) at T1, and seed 002 §2.1's
    // October prognos: every step is the row's printed prognosavvikelse and the whole bridge the
    // Summa 13 785 ("överskott på 13,8 miljoner kronor").
    const std::vector<BridgeInput> inputs = {
        {"Preliminärbokförda fakturor", std::nullopt, tkr(0)},
        {"Barn och unga", tkr(-103'783), tkr(-107'623)},
        {"Vuxna 21-64 år", tkr(-45'229), tkr(-39'000)},
        {"Personer med funktionsnedsättning", tkr(-445'548), tkr(-427'800)},
        {"Gemensam socialtjänst", tkr(-8'317), tkr(-7'000)},
        {"Myndighet och huvudmannaskap", tkr(-112'169), tkr(-120'198)},
        {"Nämnd och nämndstöd", tkr(-2'766), tkr(-2'406)},
    };
    const auto bridge = forecastBridge(inputs, 4, 10);
    ASSERT_TRUE(bridge);
    EXPECT_EQ(bridge->previousTotal, tkr(-717'812)); // seed 002 §2.1 Summa budget helår
    EXPECT_EQ(bridge->currentTotal, tkr(-704'027));  // seed 002 §2.1 Summa prognos
    ASSERT_EQ(bridge->steps.size(), 7u);
    const std::int64_t printed[] = {0, -3'840, 6'229, 17'748, 1'317, -8'029, 360}; // prognosavvikelse
    for (std::size_t i = 0; i < 7; ++i)
        EXPECT_EQ(bridge->steps[i].change, tkr(printed[i])) << bridge->steps[i].name;
    EXPECT_EQ(bridge->steps[1].from, tkr(-717'812));
    EXPECT_EQ(bridge->steps[1].to, tkr(-721'652));
    EXPECT_EQ(bridge->steps.back().to, bridge->currentTotal);
}

TEST(ForecastBridge, Seed000FromT2PrognosToTheYearsUtfall)
{
    // seed 000 §7 "Prognos T2" and "Utfall 2020" for barn och unga: the year closed 4 771 tkr
    // better than the T2 prognos (-158 472 → -153 701).
    const auto bridge = forecastBridge({{"Dygnsvård", tkr(-85'452), tkr(-81'242)},
                                        {"Öppenvård inkl föreningsbidrag", tkr(-66'907), tkr(-66'333)},
                                        {"Ensamkommande barn och unga", tkr(-2'373), tkr(-2'888)},
                                        {"Familjerådgivning o insatser familjerätt", tkr(-3'740), tkr(-3'238)}},
                                       8, 12);
    ASSERT_TRUE(bridge);
    EXPECT_EQ(bridge->previousTotal, tkr(-158'472));
    EXPECT_EQ(bridge->currentTotal, tkr(-153'701));
    EXPECT_EQ(bridge->steps[0].change, tkr(4'210));
    EXPECT_EQ(bridge->steps[2].change, tkr(-515));
}

TEST(ForecastBridge, Errors)
{
    EXPECT_EQ(forecastBridge({{"a", tkr(1), tkr(2)}}, 8, 8).error().code, ErrorCode::OutOfRange);
    EXPECT_EQ(forecastBridge({{"a", std::nullopt, std::nullopt}}, 4, 8).error().code, ErrorCode::MissingInput);
}

} // namespace
} // namespace Tertial::Core::Test
