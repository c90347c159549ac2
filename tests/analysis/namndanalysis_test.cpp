// SPDX-License-Identifier: GPL-3.0-or-later
// NamndAnalysis: the rules decided once for every consumer (docs/analysis.md), over a small store.
#include "analysis/namndanalysis.h"

#include "common/tempdir.h"

#include "storage/sqlitestore.h"

#include <gtest/gtest.h>

namespace Tertial::Analysis {
namespace {

using Core::Money;
using Storage::Measure;

Money tkr(std::int64_t amount) { return Money::fromThousands(amount); }

// Socialnämnden in a made-up kommun, 2021 (tkr, canonical signs):
//   A   (a top-level leaf) budget −1 200, utfall aug −850, its own prognos aug −1 250, method
//       "budget" in august; 2020: utfall aug −800, dec −1 180.
//   B   with B1 (budget −600, utfall aug −400, prognos aug −620) and B2 (no budget, utfall aug
//       −100, no prognos: it takes part in the year but forecast nothing).
// Indicators: sjukfrånvaro (högst; aug 1,1 against 1,2, 2020 yearly 1,6), brukarbedömning (minst;
// yearly målvärde 80 and no value), nöjdhet (minst; yearly 84 against 80).
class NamndAnalysisTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto created = Storage::SqliteStore::create(m_dir.file("a.tertial"));
        ASSERT_TRUE(created) << created.error().message;
        m_store = std::move(*created);
        m_store->setUser("controller");
        m_store->setClock([] { return std::string("2026-11-22T10:00:00Z"); });
        const Storage::NamndRef sn{"9999", "SN"};
        Storage::ImportBatch batch;
        batch.kommuner.push_back({"9999", "Provkommun", Storage::Kommun::Kind::Kommun, "99"});
        batch.namnder.push_back({{}, sn, "Socialnämnden"});
        int order = 0;
        for (const char *path : {"A", "B", "B > B1", "B > B2"})
            batch.verksamheter.push_back({{}, sn, path, ++order, false, "linjär"});
        auto figure = [&](const char *path, int year, std::optional<int> month, Measure measure, std::int64_t amount) {
            batch.figures.push_back({{"test", 0}, sn, path, "", year, month, measure, tkr(amount)});
        };
        figure("A", 2021, std::nullopt, Measure::Budget, -1'200);
        figure("A", 2021, 8, Measure::ActualNet, -850);
        figure("A", 2021, 8, Measure::Forecast, -1'250);
        figure("A", 2020, 8, Measure::ActualNet, -800);
        figure("A", 2020, 12, Measure::ActualNet, -1'180);
        figure("B > B1", 2021, std::nullopt, Measure::Budget, -600);
        figure("B > B1", 2021, 8, Measure::ActualNet, -400);
        figure("B > B1", 2021, 8, Measure::Forecast, -620);
        figure("B > B2", 2021, 8, Measure::ActualNet, -100);
        batch.forecasts.push_back({{}, sn, "A", {0, 2021, 8, Core::ForecastMethod::Budget}});
        auto indicator = [&](const char *code, Core::TargetKind kind) {
            batch.indicators.push_back({{}, sn,
                                        Storage::Indicator{0, 0, code, "Mål", code, "%", Core::Direction::HigherIsBetter,
                                                           kind, std::nullopt, "test"}});
        };
        indicator("sjukfranvaro", Core::TargetKind::AtMost);
        indicator("brukarbedomning", Core::TargetKind::AtLeast);
        indicator("nojdhet", Core::TargetKind::AtLeast);
        auto value = [&](const char *code, int year, std::optional<int> month, std::optional<double> actual,
                         std::optional<double> target) {
            batch.indicatorValues.push_back({{}, sn, code, Storage::IndicatorValue{0, year, month, actual, target}});
        };
        value("sjukfranvaro", 2021, 8, 1.1, 1.2);
        value("sjukfranvaro", 2020, std::nullopt, 1.6, std::nullopt);
        value("brukarbedomning", 2021, std::nullopt, std::nullopt, 80);
        value("nojdhet", 2021, std::nullopt, 84, 80);
        auto applied = m_store->apply(batch, "test");
        ASSERT_TRUE(applied) << applied.error().message;
        auto inputs = readNamndInputs(*m_store, "9999", "SN", 2021);
        ASSERT_TRUE(inputs) << inputs.error().message;
        m_inputs = std::move(*inputs);
    }

    NamndAnalysis build(int month)
    {
        auto analysis = NamndAnalysis::build(m_inputs, month);
        EXPECT_TRUE(analysis) << analysis.error().message;
        return analysis ? std::move(*analysis) : NamndAnalysis{};
    }

    Storage::Id id(const std::string &path) const
    {
        for (const Storage::Verksamhet &v : m_inputs.verksamheter)
            if (v.path == path)
                return v.id;
        return 0;
    }

    const IndicatorLine &line(const NamndAnalysis &analysis, const std::string &code)
    {
        for (const IndicatorLine &l : analysis.indicators())
            if (l.indicator.code == code)
                return l;
        static const IndicatorLine none;
        ADD_FAILURE() << "no indicator " << code;
        return none;
    }

    TestUtil::TempDir m_dir;
    std::unique_ptr<Storage::SqliteStore> m_store;
    NamndInputs m_inputs;
};

TEST_F(NamndAnalysisTest, ForecastMethodIsAppliedInTheTableEveryoneReads)
{
    const NamndAnalysis analysis = build(8);
    const Storage::Id a = id("A");
    const Core::EconomicRow &row = NamndAnalysis::rowOf(analysis.table(), a);
    // "budget" (+/- noll): prognos = budget helår, not the entered −1 250.
    EXPECT_EQ(row.values.forecast, tkr(-1'200));
    EXPECT_EQ(row.values.forecastDeviation, tkr(0));
    EXPECT_EQ(analysis.forecastMethod(a), Core::ForecastMethod::Budget);
    ASSERT_NE(analysis.computedForecast(a), nullptr);
    ASSERT_TRUE(*analysis.computedForecast(a));
    EXPECT_EQ((*analysis.computedForecast(a))->amount, tkr(-1'200));
    EXPECT_FALSE(analysis.forecastExplanation(a, Core::AmountUnit::Thousands).empty());
    // The method was chosen in august only: april has no prognos for A.
    EXPECT_FALSE(NamndAnalysis::rowOf(analysis.tableOf(4), a).values.forecast);
    EXPECT_EQ(analysis.forecastMonths(), std::set<int>{8});
    // A manual row has no computed forecast.
    EXPECT_EQ(analysis.computedForecast(id("B > B1")), nullptr);
}

TEST_F(NamndAnalysisTest, APrognosMissingForAPartThatTakesPartInTheYearIsNotTheWhole)
{
    const NamndAnalysis analysis = build(8);
    const Core::EconomicRow &b = NamndAnalysis::rowOf(analysis.table(), id("B"));
    // B2 has an utfall but no prognos: B's −620 is only B1's.
    EXPECT_TRUE(b.values.forecastIncomplete);
    EXPECT_FALSE(b.values.forecastDeviation);
    EXPECT_FALSE(analysis.forecastCoversWhole(8, id("B")));
    EXPECT_TRUE(analysis.forecastCoversWhole(8, id("B > B1")));
    EXPECT_TRUE(analysis.forecastCoversWhole(8, id("A")));
    EXPECT_FALSE(analysis.forecastCoversWhole(8, std::nullopt));
    EXPECT_FALSE(analysis.table().total.values.forecastDeviation);
    // The budget deviation is whole: every part with a budget has an utfall.
    EXPECT_EQ(analysis.table().total.values.budgetDeviation, tkr(-1'350 + 1'200));
}

TEST_F(NamndAnalysisTest, AnEditRebuildsTheSameNumbersAsAFullBuild)
{
    const NamndAnalysis before = build(8);
    const Storage::FigureKey key{id("B > B2"), {}, 2021, 8, Measure::Forecast};
    ASSERT_TRUE(m_inputs.figures.set(key, tkr(-110)));
    Changes changes;
    changes.addFigure(key, 2021);
    EXPECT_EQ(changes.months.count(), 1u);
    auto rebuilt = before.rebuilt(m_inputs, changes);
    ASSERT_TRUE(rebuilt) << rebuilt.error().message;
    const NamndAnalysis fresh = build(8);
    for (int month = 1; month <= 12; ++month) {
        const Core::EconomicTable &x = rebuilt->tableOf(month);
        const Core::EconomicTable &y = fresh.tableOf(month);
        ASSERT_EQ(x.rows.size(), y.rows.size());
        for (std::size_t r = 0; r <= x.rows.size(); ++r) {
            const Core::EconomicValues &u = r < x.rows.size() ? x.rows[r].values : x.total.values;
            const Core::EconomicValues &v = r < y.rows.size() ? y.rows[r].values : y.total.values;
            EXPECT_EQ(u.actualNet, v.actualNet);
            EXPECT_EQ(u.budgetPeriod, v.budgetPeriod);
            EXPECT_EQ(u.forecast, v.forecast);
            EXPECT_EQ(u.forecastIncomplete, v.forecastIncomplete);
            EXPECT_EQ(u.budgetDeviation, v.budgetDeviation);
            EXPECT_EQ(u.forecastDeviation, v.forecastDeviation);
        }
    }
    // Now every part forecasts: B's prognos is whole; the earlier result did not change.
    EXPECT_EQ(NamndAnalysis::rowOf(rebuilt->table(), id("B")).values.forecastDeviation, tkr(-620 - 110 + 600));
    EXPECT_TRUE(NamndAnalysis::rowOf(before.table(), id("B")).values.forecastIncomplete);
}

TEST_F(NamndAnalysisTest, IndicatorValuesOfThePeriodAndTheirStatus)
{
    const NamndAnalysis august = build(8);
    // The august value counts in august (Huddinge's delår): 1,1 against högst 1,2 is met.
    const IndicatorLine &sick = line(august, "sjukfranvaro");
    EXPECT_EQ(sick.value, 1.1);
    EXPECT_EQ(sick.valueMonth, 8);
    EXPECT_EQ(sick.target, 1.2);
    EXPECT_EQ(sick.previous, 1.6);
    EXPECT_EQ(sick.status, Core::IndicatorStatus::Met);
    // No value: saknas, never ej uppnått.
    EXPECT_EQ(line(august, "brukarbedomning").status, Core::IndicatorStatus::Missing);
    // A yearly value is known at the year's end only.
    EXPECT_FALSE(line(august, "nojdhet").value);
    EXPECT_EQ(line(august, "nojdhet").status, Core::IndicatorStatus::Missing);

    const NamndAnalysis december = build(12);
    EXPECT_EQ(line(december, "nojdhet").value, 84);
    EXPECT_EQ(line(december, "nojdhet").status, Core::IndicatorStatus::Met);
    // April: nothing reported and the målvärde comes with the august row: inget mål.
    EXPECT_EQ(line(build(4), "sjukfranvaro").status, Core::IndicatorStatus::NoTarget);
}

TEST_F(NamndAnalysisTest, AStatusSetByHandAppliesToItsPeriodOnly)
{
    Storage::Id nojdhet = 0;
    for (const Storage::Indicator &i : m_inputs.indicators)
        if (i.code == "nojdhet")
            nojdhet = i.id;
    Storage::StatusOverride override_;
    override_.status = Core::IndicatorStatus::PartlyMet;
    override_.reason = "mätningen gjordes före omorganisationen";
    ASSERT_TRUE(m_store->setStatusOverride(nojdhet, 2021, overrideMonth(12), override_));
    ASSERT_TRUE(rereadIndicators(*m_store, m_inputs));
    const NamndAnalysis december = build(12);
    const IndicatorLine &year = line(december, "nojdhet");
    EXPECT_EQ(year.status, Core::IndicatorStatus::PartlyMet);
    ASSERT_TRUE(year.computed);
    EXPECT_EQ(*year.computed, Core::IndicatorStatus::Met);
    ASSERT_TRUE(year.override_);
    EXPECT_EQ(year.override_->reason, "mätningen gjordes före omorganisationen");
    // The august period has its own (none): the computed status.
    EXPECT_FALSE(line(build(8), "nojdhet").override_);
}

TEST_F(NamndAnalysisTest, ListingLeavesOutVerksamheterWithoutFigures)
{
    const NamndAnalysis analysis = build(8);
    EXPECT_TRUE(analysis.listed().contains(id("A")));
    EXPECT_TRUE(analysis.listed().contains(id("B"))); // through its children
    EXPECT_TRUE(analysis.listed().contains(id("B > B2")));
}

TEST_F(NamndAnalysisTest, APeriodSwitchKeepsTheMonthsAndMovesTheIndicators)
{
    const NamndAnalysis august = build(8);
    auto december = august.atMonth(m_inputs, 12);
    ASSERT_TRUE(december) << december.error().message;
    EXPECT_EQ(december->month(), 12);
    EXPECT_EQ(&december->tableOf(8), &august.tableOf(8)); // shared, not built again
    EXPECT_EQ(line(*december, "nojdhet").status, Core::IndicatorStatus::Met);
}

} // namespace
} // namespace Tertial::Analysis
