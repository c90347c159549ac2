// SPDX-License-Identifier: GPL-3.0-or-later
// Indicator status against the symbols the seed reports print (seed 000 §5, seed 003).
#include "core/indicatorstatus.h"

#include <gtest/gtest.h>

#include <limits>
#include <optional>
#include <ostream>
#include <string>

using Tertial::Core::ErrorCode;
using Tertial::Core::IndicatorStatus;
using Tertial::Core::IndicatorTarget;
using Tertial::Core::indicatorStatus;
using Tertial::Core::statusLabel;
using Tertial::Core::TargetKind;

namespace {

constexpr auto kMet = IndicatorStatus::Met;
constexpr auto kPartly = IndicatorStatus::PartlyMet;
constexpr auto kNotMet = IndicatorStatus::NotMet;
constexpr auto kMissing = IndicatorStatus::Missing;
constexpr std::optional<double> kNone = std::nullopt;

struct StatusCase
{
    const char *name;
    IndicatorTarget target;
    std::optional<double> value;
    std::optional<double> previousValue;
    IndicatorStatus expected;
};

void PrintTo(const StatusCase &c, std::ostream *os) { *os << c.name; }

IndicatorTarget atLeast(double target) { return {TargetKind::AtLeast, target, 0.0, std::nullopt}; }
IndicatorTarget atMost(double target) { return {TargetKind::AtMost, target, 0.0, std::nullopt}; }

class IndicatorStatusTest : public testing::TestWithParam<StatusCase>
{
};

TEST_P(IndicatorStatusTest, MatchesTheReport)
{
    const StatusCase &c = GetParam();
    const auto status = indicatorStatus(c.target, c.value, c.previousValue);
    ASSERT_TRUE(status.has_value()) << status.error().message;
    EXPECT_EQ(*status, c.expected) << "got " << statusLabel(*status) << ", want " << statusLabel(c.expected);
}

// Every row of seed 000 §5 "Måluppfyllelse under 2020" (Utfall 2020 vs Mål 2020), with the
// symbol the report prints: ● uppnått, ◆ delvis uppnått, ■ ej uppnått or no value.
// Every row fits the default 80 % rule; no row contradicts it.
INSTANTIATE_TEST_SUITE_P(
    Seed000, IndicatorStatusTest,
    testing::Values(
        // §5.1 ■ nöjda flickor och pojkar IFO: 97 % in 2018, no 2020 value, mål 90 % -> saknas
        StatusCase{"NojdaBarnIfoNoValue", atLeast(90), kNone, kNone, kMissing},
        // §5.1 ■ nöjda kvinnor och män IFO: no 2020 value, mål 85 % -> saknas
        StatusCase{"NojdaVuxnaIfoNoValue", atLeast(85), kNone, kNone, kMissing},
        // §5.1 ■ ej återaktualiserade 0-12 år: 81 % in 2019, no 2020 value, mål 85 % -> saknas
        StatusCase{"EjAteraktualiseradeNoValue", atLeast(85), kNone, kNone, kMissing},
        // §5.1 ● delaktiga 13-17 år i uppföljning: 84 % vs 80 %
        StatusCase{"DelaktigaUppfoljning", atLeast(80), 84, kNone, kMet},
        // §5.2 ● hjälp i gruppbostad: 82 % vs 80 %
        StatusCase{"Gruppbostad", atLeast(80), 82, kNone, kMet},
        // §5.2 ◆ hjälp i servicebostad: 70 % vs 85 % (70/85 = 82 % of the target)
        StatusCase{"Servicebostad", atLeast(85), 70, kNone, kPartly},
        // §5.2 ● skyddat boende, inte utsatta för våld: 85 % vs 80 %
        StatusCase{"SkyddatBoende", atLeast(80), 85, kNone, kMet},
        // §5.2 ◆ (N) familjehemsplacerade, kunskapsmålen (SkolFam): 80 % vs 95 % (84 % of the target)
        StatusCase{"SkolFam", atLeast(95), 80, kNone, kPartly},
        // §5.2 ● får bestämma i daglig verksamhet: 85 % vs 80 %
        StatusCase{"BestammaDagligVerksamhet", atLeast(80), 85, kNone, kMet},
        // §5.3 ■ antal barn som vräks: 4 vs mål 0 (at most; no delvis band around 0)
        StatusCase{"VraktaBarn", atMost(0), 4, kNone, kNotMet},
        // §5.3 ◆ socialt kontrakt, egen bostad: 74 % vs 75 %
        StatusCase{"SocialtKontrakt", atLeast(75), 74, kNone, kPartly},
        // §5.3 ◆ (N) LSS-boende inom kommunens gränser: 80 % vs 90 % (89 % of the target)
        StatusCase{"LssBoendeInomKommunen", atLeast(90), 80, kNone, kPartly},
        // §5.4 ◆ MiniMaria, drogfria vid avslut: 78 % vs 80 %
        StatusCase{"MiniMaria", atLeast(80), 78, kNone, kPartly},
        // §5.4 ◆ Beroendemottagningen, nått sitt mål: 73 % vs 75 %
        StatusCase{"Beroendemottagningen", atLeast(75), 73, kNone, kPartly},
        // §5.4 ● föräldrastöd, fått stöd och vägledning: 97 % vs 95 %
        StatusCase{"Foraldrastod", atLeast(95), 97, kNone, kMet}),
    [](const testing::TestParamInfo<StatusCase> &param) { return std::string(param.param.name); });

// Seed 003 "Nämndens mål och resultat", Etappmål 2021; the text says which are reached.
INSTANTIATE_TEST_SUITE_P(
    Seed003, IndicatorStatusTest,
    testing::Values(
        // Sjukfrånvaro dag 15-90: Aug 2021 1,1 % vs etappmål 1,2 % (at most) -> "uppnåddes"
        StatusCase{"Sjukfranvaro", atMost(1.2), 1.1, kNone, kMet},
        // the same indicator in 2020: 1,6 % vs 1,2 % is more than 1,2 / 0,8 = 1,5 -> ej uppnått
        StatusCase{"Sjukfranvaro2020", atMost(1.2), 1.6, kNone, kNotMet},
        // Budgethållning (%): 0,8 % (prognos) vs etappmål 0 (at least) -> Ekonomi "Uppnås"
        StatusCase{"Budgethallning", atLeast(0), 0.8, kNone, kMet},
        // Brukarbedömning missbruksvård, förbättrad situation: 85 % vs 80 % -> "uppnås"
        StatusCase{"BrukarbedomningMissbruk", atLeast(80), 85, kNone, kMet},
        // Fordon med förnyelsebara drivmedel: 45 % (Aug 2021) vs 42,9 % (2020), etappmål "Öka"
        // -> "etappmål om en ökning ... uppnås"
        StatusCase{"FordonOka", IndicatorTarget{TargetKind::Increase, 0.0, 0.0, std::nullopt}, 45, 42.9, kMet}),
    [](const testing::TestParamInfo<StatusCase> &param) { return std::string(param.param.name); });

// The rules at their boundaries (values chosen by hand, not from a report).
INSTANTIATE_TEST_SUITE_P(
    Rules, IndicatorStatusTest,
    testing::Values(
        StatusCase{"AtLeastExactlyMet", atLeast(80), 80, kNone, kMet},
        // 0,8 × 85 = 68 exactly at the edge of the band
        StatusCase{"AtLeastEdgeOfBand", atLeast(85), 68, kNone, kPartly},
        StatusCase{"AtLeastBelowBand", atLeast(85), 67.9, kNone, kNotMet},
        StatusCase{"AtLeastNaNIsMissing", atLeast(85), std::numeric_limits<double>::quiet_NaN(), kNone, kMissing},
        StatusCase{"AtLeastNegativeTargetNoBand", atLeast(-2), -2.1, kNone, kNotMet},
        StatusCase{"AtMostExactlyMet", atMost(1.2), 1.2, kNone, kMet},
        // mirrored: 1,2 / 0,8 = 1,5 is the edge, although 1.2 / 0.8 is not exact in binary
        StatusCase{"AtMostEdgeOfBand", atMost(1.2), 1.5, kNone, kPartly},
        StatusCase{"AtMostBelowEdge", atMost(1.2), 1.51, kNone, kNotMet},
        StatusCase{"AtMostZeroTargetMet", atMost(0), 0, kNone, kMet},
        // own share 0,9: 70 vs 85 is 82 % of the target, below 90 % -> ej uppnått
        StatusCase{"OwnShare", IndicatorTarget{TargetKind::AtLeast, 85, 0.0, 0.9}, 70, kNone, kNotMet},
        // share 1: no delvis band
        StatusCase{"ShareOneNoBand", IndicatorTarget{TargetKind::AtLeast, 80, 0.0, 1.0}, 79.9, kNone, kNotMet},
        // Level 100 ± 5: inside, on the edge, within the mirrored bands, outside
        StatusCase{"LevelInside", IndicatorTarget{TargetKind::Level, 100, 5, std::nullopt}, 97, kNone, kMet},
        StatusCase{"LevelEdge", IndicatorTarget{TargetKind::Level, 100, 5, std::nullopt}, 105, kNone, kMet},
        StatusCase{"LevelBelowBand", IndicatorTarget{TargetKind::Level, 100, 5, std::nullopt}, 76, kNone, kPartly},
        StatusCase{"LevelFarBelow", IndicatorTarget{TargetKind::Level, 100, 5, std::nullopt}, 75.9, kNone, kNotMet},
        StatusCase{"LevelAboveBand", IndicatorTarget{TargetKind::Level, 100, 5, std::nullopt}, 131.25, kNone, kPartly},
        StatusCase{"LevelFarAbove", IndicatorTarget{TargetKind::Level, 100, 5, std::nullopt}, 131.3, kNone, kNotMet},
        // "+/-0": exactly the level
        StatusCase{"LevelZeroTolerance", IndicatorTarget{TargetKind::Level, 0, 0, std::nullopt}, 0, kNone, kMet},
        StatusCase{"LevelZeroToleranceMissed", IndicatorTarget{TargetKind::Level, 0, 0, std::nullopt}, 0.1, kNone, kNotMet},
        // Öka / Minska against last year
        StatusCase{"IncreaseUnchangedIsPartly", IndicatorTarget{TargetKind::Increase, 0, 0, std::nullopt}, 42.9, 42.9, kPartly},
        StatusCase{"IncreaseSmallDropIsPartly", IndicatorTarget{TargetKind::Increase, 0, 0, std::nullopt}, 40, 42.9, kPartly},
        StatusCase{"IncreaseLargeDrop", IndicatorTarget{TargetKind::Increase, 0, 0, std::nullopt}, 30, 42.9, kNotMet},
        StatusCase{"IncreaseNoPrevious", IndicatorTarget{TargetKind::Increase, 0, 0, std::nullopt}, 45, kNone, kMissing},
        StatusCase{"DecreaseMet", IndicatorTarget{TargetKind::Decrease, 0, 0, std::nullopt}, 1.1, 1.6, kMet},
        StatusCase{"DecreaseUnchangedIsPartly", IndicatorTarget{TargetKind::Decrease, 0, 0, std::nullopt}, 1.6, 1.6, kPartly},
        StatusCase{"DecreaseLargeRise", IndicatorTarget{TargetKind::Decrease, 0, 0, std::nullopt}, 2.1, 1.6, kNotMet},
        StatusCase{"DecreaseFromZero", IndicatorTarget{TargetKind::Decrease, 0, 0, std::nullopt}, 0, 0, kNotMet}),
    [](const testing::TestParamInfo<StatusCase> &param) { return std::string(param.param.name); });

TEST(IndicatorStatus, NamndDefaultShareApplies)
{
    // seed 000 §5.2 servicebostad 70 vs 85 is ◆ with Nacka's 80 %, ■ with a stricter nämnd at 90 %.
    EXPECT_EQ(indicatorStatus(atLeast(85), 70, std::nullopt, 0.9).value(), IndicatorStatus::NotMet);
    EXPECT_EQ(indicatorStatus(atLeast(85), 70, std::nullopt, 0.8).value(), IndicatorStatus::PartlyMet);
}

TEST(IndicatorStatus, RejectsInvalidSettings)
{
    const auto zeroShare = indicatorStatus(IndicatorTarget{TargetKind::AtLeast, 80, 0, 0.0}, 70);
    ASSERT_FALSE(zeroShare.has_value());
    EXPECT_EQ(zeroShare.error().code, ErrorCode::OutOfRange);
    EXPECT_NE(zeroShare.error().message.find("delvis uppnått"), std::string::npos);
    EXPECT_FALSE(indicatorStatus(atLeast(80), 70, std::nullopt, 1.2).has_value());
    EXPECT_FALSE(indicatorStatus(IndicatorTarget{TargetKind::Level, 80, -1, std::nullopt}, 70).has_value());
}

TEST(IndicatorStatus, SwedishLabels)
{
    EXPECT_EQ(statusLabel(IndicatorStatus::Met), "uppnått");
    EXPECT_EQ(statusLabel(IndicatorStatus::PartlyMet), "delvis uppnått");
    EXPECT_EQ(statusLabel(IndicatorStatus::NotMet), "ej uppnått");
    EXPECT_EQ(statusLabel(IndicatorStatus::Missing), "saknas");
}

} // namespace

namespace Tertial::Core {
namespace {

// The one status rule every view uses (decideIndicatorStatus): a missing value is never
// ej uppnått; a kind that needs a målvärde without one is inget mål.
TEST(DecideIndicatorStatus, MissingValueAndMissingTarget)
{
    EXPECT_EQ(decideIndicatorStatus({TargetKind::AtLeast, 85.0, std::nullopt, std::nullopt, 81.0}).value(),
              IndicatorStatus::Missing);
    EXPECT_EQ(decideIndicatorStatus({TargetKind::AtLeast, std::nullopt, std::nullopt, std::nullopt, 81.0}).value(),
              IndicatorStatus::NoTarget);
    EXPECT_EQ(decideIndicatorStatus({TargetKind::AtMost, std::nullopt, std::nullopt, 4.0, 6.0}).value(),
              IndicatorStatus::NoTarget);
    // Öka and minska compare with last year: no målvärde needed, no last year is saknas.
    EXPECT_EQ(decideIndicatorStatus({TargetKind::Increase, std::nullopt, std::nullopt, 38.0, 40.0}).value(),
              IndicatorStatus::PartlyMet);
    EXPECT_EQ(decideIndicatorStatus({TargetKind::Increase, std::nullopt, std::nullopt, 38.0, std::nullopt}).value(),
              IndicatorStatus::Missing);
}

// Seed 000 §5 through the rule: 70 vs 85 ◆, 82 vs 80 ●, 4 vräkta barn vs 0 ■; a tolerance is the
// delvis share, or the band of a nivå target.
TEST(DecideIndicatorStatus, SeedRowsAndTolerance)
{
    EXPECT_EQ(decideIndicatorStatus({TargetKind::AtLeast, 85.0, std::nullopt, 70.0, 81.0}).value(), IndicatorStatus::PartlyMet);
    EXPECT_EQ(decideIndicatorStatus({TargetKind::AtLeast, 80.0, std::nullopt, 82.0, 77.0}).value(), IndicatorStatus::Met);
    EXPECT_EQ(decideIndicatorStatus({TargetKind::AtMost, 0.0, std::nullopt, 4.0, 0.0}).value(), IndicatorStatus::NotMet);
    EXPECT_EQ(decideIndicatorStatus({TargetKind::AtLeast, 85.0, 0.9, 70.0, 81.0}).value(), IndicatorStatus::NotMet);
    EXPECT_EQ(decideIndicatorStatus({TargetKind::Level, 10.0, 2.0, 11.5, std::nullopt}).value(), IndicatorStatus::Met);
    EXPECT_FALSE(decideIndicatorStatus({TargetKind::AtLeast, 85.0, 1.5, 70.0, 81.0}));
}

TEST(IndicatorStatusCodes, LabelsAndCsvCodes)
{
    for (IndicatorStatus status : kAllIndicatorStatuses)
        EXPECT_EQ(statusFromLabel(statusLabel(status)), status);
    EXPECT_EQ(statusCsvCode(IndicatorStatus::NotMet), "ej_uppnatt");
    EXPECT_EQ(statusCsvCode(IndicatorStatus::NoTarget), "inget_mal");
    EXPECT_FALSE(isOverridableStatus(IndicatorStatus::Missing));
}

} // namespace
} // namespace Tertial::Core
