// SPDX-License-Identifier: GPL-3.0-or-later
// Storage::enteredFigures: stored figures sorted into what the core takes, as of one month.
#include "storage/enteredfiguresloader.h"

#include <gtest/gtest.h>

#include <vector>

namespace Tertial::Storage {
namespace {

using Core::Kontoslag;
using Core::Money;

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
        figure(namndNode, 2021, 8, Measure::ActualCost, -1, "okand_kod"), // unknown code: skipped
    };
}

TEST(EnteredFiguresLoader, SortsOwnAndWholeNamndFigures)
{
    const Core::NamndFigures figures = enteredFigures(huddinge(), namndNode, {2021, 8, std::nullopt});
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

TEST(EnteredFiguresLoader, WithoutTheNamndNodeKontoslagFiguresBelongToTheirVerksamhet)
{
    const Core::NamndFigures figures = enteredFigures(huddinge(), std::nullopt, {2021, 8, std::nullopt});
    EXPECT_TRUE(figures.wholeNamnd.empty());
    ASSERT_TRUE(figures.byKontoslag.contains({namndNode, Kontoslag::Personnel}));
}

TEST(EnteredFiguresLoader, ForecastOfAnotherMonthOrNone)
{
    std::vector<Figure> stored = huddinge();
    stored.push_back(figure(socialpsykiatri, 2021, 4, Measure::Forecast, -70'500));
    EXPECT_EQ(enteredFigures(stored, namndNode, {2021, 8, 4}).own.at(socialpsykiatri).forecast,
              Money::fromThousands(-70'500));
    EXPECT_FALSE(enteredFigures(stored, namndNode, {2021, 8, 0}).own.at(socialpsykiatri).forecast);
}

TEST(EnteredFiguresLoader, PreviousYearFromTheSplit)
{
    // Seed 000 §7 "Utfall 2019" of Barn och unga 0-20 år: intäkter 10 021, kostnader −159 902,
    // netto −149 881 (the split stored, no netto).
    const std::vector<Figure> stored = {
        figure(2, 2019, 12, Measure::ActualIncome, 10'021),
        figure(2, 2019, 12, Measure::ActualCost, -159'902),
        figure(2, 2020, 12, Measure::ActualIncome, 8'872),
    };
    const Core::NamndFigures figures = enteredFigures(stored, std::nullopt, {2020, 12, std::nullopt});
    EXPECT_EQ(figures.own.at(2).previousYearActualNet, Money::fromThousands(-149'881));
    EXPECT_EQ(figures.own.at(2).actualIncome, Money::fromThousands(8'872));
}

} // namespace
} // namespace Tertial::Storage
