// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis::FigureIndex: stored figures sorted into what the core takes, as of any month.
#include "analysis/figureindex.h"
#include "analysis/namndanalysis.h"

#include "common/teststores.h"

#include "core/economictable.h"
#include "storage/openstore.h"

#include <gtest/gtest.h>

#include <vector>

namespace Tertial::Analysis {
namespace {

using Core::Kontoslag;
using Core::Money;
using namespace Storage;

Core::NamndFigures entered(const std::vector<Figure> &figures, std::optional<Id> node, int year, int month,
                           std::optional<int> forecastMonth = std::nullopt)
{
    auto index = FigureIndex::build(figures, node, year);
    EXPECT_TRUE(index) << index.error().message;
    return index ? index->asOf(year, month, forecastMonth) : Core::NamndFigures{};
}

Figure figure(Id verksamhet, int year, std::optional<int> month, Measure measure, std::int64_t tkr,
              std::string kontoslag = {})
{
    return {{verksamhet, std::move(kontoslag), year, month, measure}, Money::fromThousands(tkr)};
}

constexpr Id socialpsykiatri = 1;
constexpr Id namndNode = 9;

// Seed 003 (Huddinge, per 31 augusti 2021, canonical signs) as data/figurer/huddinge_sn_2021.csv
// stores it: Socialpsykiatri's own figures, and the whole nämnd's personal kontoslag.
std::vector<Figure> huddinge()
{
    return {
        figure(socialpsykiatri, 2021, std::nullopt, Measure::Budget, -70'108),
        figure(socialpsykiatri, 2021, 8, Measure::BudgetPeriod, -46'808),
        figure(socialpsykiatri, 2021, 8, Measure::ActualNet, -46'537),
        figure(socialpsykiatri, 2021, 8, Measure::Forecast, -69'808),
        figure(socialpsykiatri, 2021, 4, Measure::ActualNet, -20'000), // another month: not read
        figure(socialpsykiatri, 2020, 8, Measure::ActualNet, -40'341),
        figure(socialpsykiatri, 2020, 12, Measure::ActualNet, -61'000), // another month: not read
        figure(socialpsykiatri, 2019, 8, Measure::ActualNet, -41'223), // two years back: not read
        figure(namndNode, 2021, std::nullopt, Measure::Budget, -277'573, "personal"),
        figure(namndNode, 2021, 8, Measure::ActualCost, -176'119, "personal"),
        figure(namndNode, 2020, 8, Measure::ActualCost, -172'323, "personal"),
    };
}

TEST(FigureIndex, SortsOwnAndWholeNamndFigures)
{
    const Core::NamndFigures figures = entered(huddinge(), namndNode, 2021, 8);
    ASSERT_EQ(figures.own.size(), 1u);
    const Core::EnteredFigures &own = figures.own.at(socialpsykiatri);
    EXPECT_EQ(own.budgetYear, Money::fromThousands(-70'108));
    EXPECT_EQ(own.budgetPeriod, Money::fromThousands(-46'808));
    EXPECT_EQ(own.actualNet, Money::fromThousands(-46'537));
    EXPECT_EQ(own.forecast, Money::fromThousands(-69'808));
    EXPECT_EQ(own.previousYearActualNet, Money::fromThousands(-40'341)); // "Perioden föregående år"
    EXPECT_TRUE(figures.byKontoslag.empty());
    ASSERT_EQ(figures.wholeNamnd.size(), 1u);
    const Core::EnteredFigures &personal = figures.wholeNamnd.at(Kontoslag::Personnel);
    EXPECT_EQ(personal.budgetYear, Money::fromThousands(-277'573));
    EXPECT_EQ(personal.actualCost, Money::fromThousands(-176'119));
    EXPECT_EQ(personal.previousYearActualNet, Money::fromThousands(-172'323));
}

TEST(FigureIndex, WithoutTheNamndNodeKontoslagFiguresBelongToTheirVerksamhet)
{
    const Core::NamndFigures figures = entered(huddinge(), std::nullopt, 2021, 8);
    EXPECT_TRUE(figures.wholeNamnd.empty());
    ASSERT_TRUE(figures.byKontoslag.contains({namndNode, Kontoslag::Personnel}));
}

// The store holds only kontoslag the core knows; one it does not is an error naming the
// verksamhet, never silently dropped (it would leave a table short of money).
TEST(FigureIndex, UnknownKontoslagIsAnError)
{
    std::vector<Figure> stored = huddinge();
    stored.push_back(figure(namndNode, 2021, 8, Measure::ActualCost, -1, "okand_kod"));
    auto index = FigureIndex::build(stored, namndNode, 2021);
    ASSERT_FALSE(index);
    EXPECT_NE(index.error().message.find("verksamhet 9"), std::string::npos) << index.error().message;
}

// A verksamhet takes part in the year with a budget helår or an utfall in any month; the flag is
// what a sum's prognos is judged complete by (docs/analysis.md).
TEST(FigureIndex, ActiveInTheYear)
{
    const std::vector<Figure> stored = {
        figure(1, 2021, std::nullopt, Measure::Budget, -100),
        figure(2, 2021, 12, Measure::ActualNet, -50), // utfall only in december
        figure(3, 2021, 8, Measure::Forecast, -10),   // a prognos only: not active
    };
    const Core::NamndFigures figures = entered(stored, std::nullopt, 2021, 8);
    EXPECT_TRUE(figures.own.at(1).activeInYear);
    EXPECT_TRUE(figures.own.at(2).activeInYear);
    EXPECT_FALSE(figures.own.at(2).actualNet); // not as of august
    EXPECT_FALSE(figures.own.at(3).activeInYear);
}

// An edit is kept by set(): the month it belongs to sees it, the others do not.
TEST(FigureIndex, SetKeepsTheStoreState)
{
    auto index = FigureIndex::build(huddinge(), namndNode, 2021).value();
    ASSERT_TRUE(index.set({socialpsykiatri, {}, 2021, 8, Measure::ActualNet}, Money::fromThousands(-46'000)));
    EXPECT_EQ(index.asOf(2021, 8).own.at(socialpsykiatri).actualNet, Money::fromThousands(-46'000));
    EXPECT_EQ(index.asOf(2021, 4).own.at(socialpsykiatri).actualNet, Money::fromThousands(-20'000));
    ASSERT_TRUE(index.set({socialpsykiatri, {}, 2021, 8, Measure::ActualNet}, std::nullopt));
    EXPECT_FALSE(index.asOf(2021, 8).own.at(socialpsykiatri).actualNet);
    EXPECT_EQ(index.value({socialpsykiatri, {}, 2021, std::nullopt, Measure::Budget}), Money::fromThousands(-70'108));
}

TEST(FigureIndex, ForecastOfAnotherMonthOrNone)
{
    std::vector<Figure> stored = huddinge();
    stored.push_back(figure(socialpsykiatri, 2021, 4, Measure::Forecast, -70'500));
    EXPECT_EQ(entered(stored, namndNode, 2021, 8, 4).own.at(socialpsykiatri).forecast,
              Money::fromThousands(-70'500));
    EXPECT_FALSE(entered(stored, namndNode, 2021, 8, 0).own.at(socialpsykiatri).forecast);
}

TEST(FigureIndex, PreviousYearFromTheSplit)
{
    // Seed 000 §7 "Utfall 2019" of Barn och unga 0-20 år: intäkter 10 021, kostnader −159 902,
    // netto −149 881 (the split stored, no netto).
    const std::vector<Figure> stored = {
        figure(2, 2019, 12, Measure::ActualIncome, 10'021),
        figure(2, 2019, 12, Measure::ActualCost, -159'902),
        figure(2, 2020, 12, Measure::ActualIncome, 8'872),
    };
    const Core::NamndFigures figures = entered(stored, std::nullopt, 2020, 12);
    EXPECT_EQ(figures.own.at(2).previousYearActualNet, Money::fromThousands(-149'881));
    EXPECT_EQ(figures.own.at(2).actualIncome, Money::fromThousands(8'872));
}

// The helår budget's split (figure file: budget_intakter, budget_kostnader) reaches the core as
// entered: seed 001 §3.1 Barn och unga 2020, intäkter 5 490 and kostnader −152 681 tkr helår. The
// split alone makes the row active in its year; the year before keeps its own split.
TEST(FigureIndex, HelarsBudgetSplitReachesTheCore)
{
    const std::vector<Figure> stored = {
        figure(socialpsykiatri, 2020, std::nullopt, Measure::BudgetIncome, 5'490),
        figure(socialpsykiatri, 2020, std::nullopt, Measure::BudgetCost, -152'681),
        figure(socialpsykiatri, 2019, std::nullopt, Measure::BudgetIncome, 1),
    };
    const Core::NamndFigures figures = entered(stored, std::nullopt, 2020, 2);
    const Core::EnteredFigures &own = figures.own.at(socialpsykiatri);
    EXPECT_EQ(own.budgetYearIncome, Money::fromThousands(5'490));
    EXPECT_EQ(own.budgetYearCost, Money::fromThousands(-152'681));
    EXPECT_FALSE(own.budgetYear);
    EXPECT_TRUE(own.activeInYear);
    const Core::NamndFigures before = FigureIndex::build(stored, std::nullopt, 2020)->asOf(2019, 2);
    EXPECT_EQ(before.own.at(socialpsykiatri).budgetYearIncome, Money::fromThousands(1));
    EXPECT_FALSE(before.own.at(socialpsykiatri).budgetYearCost);

    auto index = FigureIndex::build(stored, std::nullopt, 2020);
    ASSERT_TRUE(index);
    ASSERT_TRUE(index->set({socialpsykiatri, {}, 2020, std::nullopt, Measure::BudgetCost}, std::nullopt));
    EXPECT_FALSE(index->asOf(2020, 2).own.at(socialpsykiatri).budgetYearCost);
    EXPECT_EQ(index->value({socialpsykiatri, {}, 2020, std::nullopt, Measure::BudgetIncome}), Money::fromThousands(5'490));
}

// Through a real store: a verksamhet with figures only per kontoslag (seed 003 "Driftredovisning",
// Huddinge per 31 augusti 2021, canonical signs) gets its netto from them in the economic table.
class FigureIndexStore : public ::testing::TestWithParam<Engine>
{
protected:
    void SetUp() override { TERTIAL_REQUIRE_ENGINE(m_location); }
    TestUtil::TestLocation m_location{GetParam()};
};

TEST_P(FigureIndexStore, KontoslagOnlyVerksamhetInTheEconomicTable)
{
    auto created = openStore(m_location.location(), OpenMode::Create);
    ASSERT_TRUE(created) << created.error().message;
    std::unique_ptr<SqlStore> store = std::move(*created);
    ImportBatch batch;
    batch.kommuner.push_back({"0126", "Huddinge", Kommun::Kind::Kommun, "01"});
    batch.namnder.push_back({{}, {"0126", "SN"}, "Socialnämnden"});
    batch.verksamheter.push_back({{}, {"0126", "SN"}, "Hela nämnden", 1, false, "linjär"});
    ASSERT_TRUE(store->apply(batch));
    const Id namnd = (*store->findNamnd("0126", "SN"))->id;
    const auto verksamheter = store->verksamheter(namnd).value();
    ASSERT_EQ(verksamheter.size(), 1u);
    const Id id = verksamheter[0].id;

    struct Line
    {
        const char *kontoslag;
        std::int64_t budgetYear, budgetPeriod, actual; // canonical
    };
    const Line lines[] = {
        {"ovriga_intakter", 50'149, 32'990, 35'519}, {"personal", -277'573, -184'398, -176'119},
        {"lokaler", -21'106, -14'070, -14'453},       {"bidrag_kostnad", -2'391, -1'597, -1'084},
        {"kop_av_verksamhet", -150'316, -100'127, -106'141}, {"ovriga_kostnader", -21'611, -14'407, -15'554},
    };
    std::vector<FigureChange> changes;
    for (const Line &line : lines) {
        const bool income = line.actual > 0;
        changes.push_back({{id, line.kontoslag, 2021, std::nullopt, Measure::Budget}, Money::fromThousands(line.budgetYear)});
        changes.push_back({{id, line.kontoslag, 2021, 8, Measure::BudgetPeriod}, Money::fromThousands(line.budgetPeriod)});
        changes.push_back({{id, line.kontoslag, 2021, 8, income ? Measure::ActualIncome : Measure::ActualCost},
                           Money::fromThousands(line.actual)});
    }
    auto written = store->setFigures(changes);
    ASSERT_TRUE(written) << written.error().message;

    auto inputs = readNamndInputs(*store, "0126", "SN", 2021);
    ASSERT_TRUE(inputs) << inputs.error().message;
    const Core::NamndFigures figures = inputs->figures.asOf(2021, 8);
    EXPECT_TRUE(figures.own.empty());
    EXPECT_EQ(figures.byKontoslag.size(), 6u);
    const auto analysis = NamndAnalysis::build(*inputs, 8);
    ASSERT_TRUE(analysis) << analysis.error().message;
    const Core::EconomicValues &row = analysis->table().rows.at(0).values;
    // Årets resultat: budget 422 848, periodens budget 281 609; utfall from the printed rows
    // 35 519 − 313 351 = −277 832 (printed 277 830: the report summed unrounded kronor).
    EXPECT_EQ(row.budgetYear, Money::fromThousands(-422'848));
    EXPECT_EQ(row.budgetPeriod, Money::fromThousands(-281'609));
    EXPECT_EQ(row.actualIncome, Money::fromThousands(35'519));
    EXPECT_EQ(row.actualCost, Money::fromThousands(-313'351));
    EXPECT_EQ(row.actualNet, Money::fromThousands(-277'832));
}

INSTANTIATE_TEST_SUITE_P(Engines, FigureIndexStore, ::testing::Values(Engine::Sqlite, Engine::Postgres),
                         TestUtil::engineParamName);

} // namespace
} // namespace Tertial::Analysis
