// SPDX-License-Identifier: GPL-3.0-or-later
// Each chart kind built from seed series: plotted values, labels, ticks and axis ranges.
#include "seedseries.h"

#include "charts/accuracychart.h"
#include "charts/bridgechart.h"
#include "charts/budgetchart.h"
#include "charts/chartinteraction.h"
#include "charts/cumulativechart.h"
#include "charts/indicatorchart.h"
#include "charts/tertialchart.h"
#include "charts/volumechart.h"

#include <gtest/gtest.h>

#include <qcustomplot.h>

#include <cmath>
#include <memory>

namespace Tertial::Charts::Test {
namespace {

class ChartBuilders : public testing::Test
{
protected:
    void SetUp() override
    {
        plot = std::make_unique<QCustomPlot>();
        plot->resize(1200, 700);
    }

    QString title() const { return qobject_cast<QCPTextElement *>(plot->plotLayout()->element(0, 0))->text(); }
    QString subtitle() const { return qobject_cast<QCPTextElement *>(plot->plotLayout()->element(1, 0))->text(); }

    QCPAbstractPlottable *named(const QString &name) const
    {
        for (int i = 0; i < plot->plottableCount(); ++i)
            if (plot->plottable(i)->name() == name)
                return plot->plottable(i);
        ADD_FAILURE() << "no plottable " << name.toStdString();
        return nullptr;
    }

    // The value plotted at `key` (NaN when there is none).
    double valueAt(const QString &name, double key) const
    {
        QCPAbstractPlottable *plottable = named(name);
        if (!plottable)
            return std::nan("");
        QCPPlottableInterface1D *data = plottable->interface1D();
        for (int i = 0; i < data->dataCount(); ++i)
            if (std::abs(data->dataMainKey(i) - key) < 1e-9)
                return data->dataMainValue(i);
        return std::nan("");
    }

    QStringList itemTexts() const
    {
        QStringList texts;
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
                texts << text->text();
        return texts;
    }

    QStringList tickLabels(QCPAxis *axis) const
    {
        auto ticker = axis->ticker().dynamicCast<QCPAxisTickerText>();
        return ticker ? ticker->ticks().values() : QStringList();
    }

    std::unique_ptr<QCustomPlot> plot;
    ChartOptions options;
};

TEST_F(ChartBuilders, BudgetSeed002)
{
    BudgetChart::build(plot.get(), seed002Budget(), options);
    EXPECT_EQ(title(), QStringLiteral("Socialnämnden: budget, utfall och prognos per verksamhet 2017 (tkr)"));
    EXPECT_TRUE(subtitle().contains(QStringLiteral("t.o.m. oktober")));
    ASSERT_EQ(plot->plottableCount(), 4);
    // seed 002 §2.1 Barn och unga (key 2): utfall -88 552, budget ack okt -103 783 × 10/12,
    // budget helår -103 783, prognos -107 623, plotted as nettokostnad (positive).
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Utfall t.o.m. okt"), 2), 88'552);
    EXPECT_NEAR(valueAt(QStringLiteral("Periodens budget t.o.m. okt"), 2), 103'783.0 * 10 / 12, 1e-5);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Budget helår"), 2), 103'783);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Prognos helår"), 2), 107'623);
    // Preliminärbokförda fakturor (key 1) has no helår budget: no bar.
    EXPECT_TRUE(std::isnan(valueAt(QStringLiteral("Budget helår"), 1)));
    // seed 002 §2.1 avvikelser: Barn och unga -2 066 / -3 840, Personer med funktionsnedsättning
    // 15 013 / 17 748, Myndighet -2 863 / -8 029, with + for överskott.
    const QStringList labels = itemTexts();
    for (const char *expected : {"-2 066", "-3 840", "+15 013", "+17 748", "-2 863", "-8 029", "+360"})
        EXPECT_TRUE(labels.contains(QString::fromUtf8(expected))) << expected;
    const QStringList ticks = tickLabels(plot->xAxis);
    ASSERT_EQ(ticks.size(), 7);
    EXPECT_EQ(ticks.at(1), QStringLiteral("Barn och unga"));
    EXPECT_EQ(ticks.at(3), QStringLiteral("Personer med\nfunktionsnedsättning"));
    EXPECT_DOUBLE_EQ(plot->xAxis->range().lower, 0.5);
    EXPECT_DOUBLE_EQ(plot->xAxis->range().upper, 7.5);
    EXPECT_DOUBLE_EQ(plot->yAxis->range().lower, 0.0);
    EXPECT_GT(plot->yAxis->range().upper, 445'548.0); // the tallest bar, Personer med funktionsnedsättning helår
    EXPECT_EQ(plot->yAxis->label(), QStringLiteral("Nettokostnad (tkr)"));
}

TEST_F(ChartBuilders, BudgetTicksAreSwedish)
{
    BudgetChart::build(plot.get(), seed002Budget(), options);
    plot->replot();
    const QVector<QString> labels = plot->yAxis->tickVectorLabels();
    ASSERT_FALSE(labels.isEmpty());
    // "100 000" with a plain space (seed reports), never "100,000" or U+00A0.
    EXPECT_TRUE(labels.contains(QStringLiteral("100 000"))) << labels.join(QLatin1Char('|')).toStdString();
}

TEST_F(ChartBuilders, CumulativeSeed002)
{
    CumulativeChart::build(plot.get(), seed002Cumulative(), "Barn och unga", options);
    EXPECT_EQ(title(), QStringLiteral("Barn och unga: ackumulerat utfall mot budget 2017 (tkr)"));
    // seed 002 §2.1: budget ack okt -103 783 × 10/12 = -86 486 (rounded), december the helår budget.
    EXPECT_NEAR(valueAt(QStringLiteral("Budget, ackumulerad (periodiserad)"), 10), 86'485.83, 0.01);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Budget, ackumulerad (periodiserad)"), 12), 103'783);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Utfall, ackumulerat"), 10), 88'552);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Prognos till december"), 12), 107'623);
    // Band: budget (+/- noll) -103 783 to manuell -107 623 (the widest of the four methods).
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Spann mellan prognosmetoder"), 12), 103'783);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Prognosmetoder, lägsta"), 12), 107'623);
    EXPECT_TRUE(itemTexts().contains(QStringLiteral("Prognos 107 623")));
    EXPECT_EQ(tickLabels(plot->xAxis).first(), QStringLiteral("jan"));
    EXPECT_EQ(tickLabels(plot->xAxis).last(), QStringLiteral("dec"));
    EXPECT_DOUBLE_EQ(plot->xAxis->range().lower, 0.5);
    EXPECT_DOUBLE_EQ(plot->xAxis->range().upper, 12.5);
    EXPECT_GT(plot->yAxis->range().upper, 107'623.0);
    EXPECT_TRUE(plot->interactions().testFlag(QCP::iRangeZoom)); // a time axis zooms
}

TEST_F(ChartBuilders, TertialSeed000)
{
    TertialChart::build(plot.get(), seed000Tertials(), 2020, "Barn och unga 0-20 år", options);
    EXPECT_EQ(title(), QStringLiteral("Barn och unga 0-20 år: nettokostnad och budget per tertial 2020 (tkr)"));
    // seed 000 §7: nettokostnad -53 747 / -51 924 / -48 030, budget -49 064 each (147 191 / 3).
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Nettokostnad (utfall)"), 1), 53'747);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Nettokostnad (utfall)"), 2), 51'924);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Nettokostnad (utfall)"), 3), 48'030);
    for (int t = 1; t <= 3; ++t)
        EXPECT_EQ(std::lround(valueAt(QStringLiteral("Budget"), t)), 49'064);
    // seed 000 §7 Budgetavvikelse -4 683 / -2 860 / 1 034.
    const QStringList labels = itemTexts();
    EXPECT_TRUE(labels.contains(QStringLiteral("-4 683")));
    EXPECT_TRUE(labels.contains(QStringLiteral("-2 860")));
    EXPECT_TRUE(labels.contains(QStringLiteral("+1 034")));
    EXPECT_EQ(tickLabels(plot->xAxis).at(1), QStringLiteral("T2\nmaj–aug"));
    EXPECT_DOUBLE_EQ(plot->xAxis->range().upper, 3.5);
}

TEST_F(ChartBuilders, VolumeSeed002)
{
    VolumeChart::build(plot.get(), seed002Volumes(false), "Personlig assistans", "personer", options);
    EXPECT_EQ(title(), QStringLiteral("Personlig assistans: volymer per insatstyp och månad (personer)"));
    // seed 002 §4 Antal personer: jan 2016 38, okt 2016 41, jan 2017 45; nov 2016 not reported.
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Personlig assistans"), 0), 38);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Personlig assistans"), 9), 41);
    EXPECT_TRUE(std::isnan(valueAt(QStringLiteral("Personlig assistans"), 10)));
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Personlig assistans"), 12), 45);
    // No complete 12-month window (nov–dec 2016 missing): no trend line.
    EXPECT_EQ(plot->graphCount(), 1);
    EXPECT_TRUE(tickLabels(plot->xAxis).contains(QStringLiteral("jan\n2017")));
    EXPECT_DOUBLE_EQ(plot->xAxis->range().lower, -0.5);
    EXPECT_DOUBLE_EQ(plot->xAxis->range().upper, 23.5);
    EXPECT_GE(plot->yAxis->range().upper, 50.0); // the highest month, jul/aug 2017
}

TEST_F(ChartBuilders, VolumeWeightedAndTrend)
{
    VolumeChart::build(plot.get(), seed002Volumes(true), "Personlig assistans", "personer", options);
    EXPECT_TRUE(subtitle().contains(QStringLiteral("30,5 dygn")));
    // seed 002 §4 februari 2017: 48 personer × 30,5 / 28 dygn.
    EXPECT_NEAR(valueAt(QStringLiteral("Personlig assistans"), 13), 48.0 * 30.5 / 28.0, 1e-12);

    // A complete year gives a trend line from its twelfth month.
    Core::VolumeInput full{"Jourhem", {}};
    for (int m = 1; m <= 12; ++m)
        full.observations.push_back({2020, m, static_cast<double>(m)});
    VolumeChart::build(plot.get(), Core::volumeChartSeries({full}, {2020, 1, 12, false, 12}).value(), "Test", "dygn", options);
    ASSERT_EQ(plot->graphCount(), 2);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Jourhem, glidande medel 12 mån"), 11), 6.5); // (1 + … + 12) / 12
    EXPECT_TRUE(std::isnan(valueAt(QStringLiteral("Jourhem, glidande medel 12 mån"), 10)));
}

TEST_F(ChartBuilders, IndicatorSeed000)
{
    IndicatorChart::build(plot.get(), seed000Indicator(), options);
    EXPECT_TRUE(title().endsWith(QStringLiteral("servicebostad (%)")));
    // seed 000 §5: 70 % against mål 85 % is ◆ delvis uppnått.
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Delvis uppnått ◆"), 2020), 70);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Målvärde"), 2020), 85);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Utfall"), 2018), 81);
    EXPECT_TRUE(subtitle().contains(QStringLiteral("Utfall saknas för 2019")));
    EXPECT_TRUE(itemTexts().contains(QStringLiteral("70 %")));
    EXPECT_TRUE(itemTexts().contains(QStringLiteral("mål 85 %")));
    EXPECT_EQ(tickLabels(plot->xAxis), (QStringList{QStringLiteral("2018"), QStringLiteral("2019"), QStringLiteral("2020")}));
    EXPECT_DOUBLE_EQ(plot->xAxis->range().lower, 2017.5);
    EXPECT_GE(plot->yAxis->range().upper, 85.0);
    // Only statuses that occur are in the legend.
    EXPECT_FALSE(plot->legend->hasItemWithPlottable(named(QStringLiteral("Uppnått ●"))));
    EXPECT_TRUE(plot->legend->hasItemWithPlottable(named(QStringLiteral("Delvis uppnått ◆"))));
}

TEST_F(ChartBuilders, BridgeSeed002)
{
    BridgeChart::build(plot.get(), seed002Bridge(), 2017, "Socialnämnden", options);
    EXPECT_TRUE(title().contains(QStringLiteral("prognosbrygga 2017, prognos helår april → oktober")));
    // seed 002 §2.1: Summa budget helår -717 812 → prognos -704 027, 13 785 lower ("13,8 miljoner").
    EXPECT_TRUE(subtitle().contains(QStringLiteral("minskat med 13 785 tkr")));
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Prognos helår, totalt"), 1), 717'812);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Prognos helår, totalt"), 9), 704'027);
    // Barn och unga (key 3): prognosavvikelse -3 840 = 3 840 more nettokostnad, stacked on the
    // running total 717 812; Personer med funktionsnedsättning (key 5) 17 748 cheaper.
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Dyrare prognos (försämring)"), 3), 3'840);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("bas"), 3), 717'812);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Billigare prognos (förbättring)"), 5), 17'748);
    const QStringList labels = itemTexts();
    for (const char *expected : {"717 812", "+3 840", "-6 229", "-17 748", "-1 317", "+8 029", "-360", "704 027"})
        EXPECT_TRUE(labels.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_EQ(tickLabels(plot->xAxis).first(), QStringLiteral("Prognos april"));
    EXPECT_LT(plot->yAxis->range().lower, 704'027.0);
    EXPECT_GT(plot->yAxis->range().upper, 721'652.0); // the highest running total, after Barn och unga
}

TEST_F(ChartBuilders, BridgeToTheYearsUtfall)
{
    // seed 000 §7: from Prognos T2 (-158 472) to Utfall 2020 (-153 701) for barn och unga.
    const auto bridge = Core::forecastBridge({{"Dygnsvård", tkr(-85'452), tkr(-81'242)},
                                              {"Öppenvård inkl föreningsbidrag", tkr(-66'907), tkr(-66'333)},
                                              {"Ensamkommande barn och unga", tkr(-2'373), tkr(-2'888)},
                                              {"Familjerådgivning o insatser familjerätt", tkr(-3'740), tkr(-3'238)}},
                                             8, 12)
                            .value();
    BridgeChart::build(plot.get(), bridge, 2020, "Barn och unga 0-20 år", options, QStringLiteral("Utfall helår"));
    EXPECT_EQ(tickLabels(plot->xAxis).last(), QStringLiteral("Utfall helår"));
    EXPECT_TRUE(subtitle().contains(QStringLiteral("minskat med 4 771 tkr sedan augusti")));
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Billigare prognos (förbättring)"), 2), 4'210);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Dyrare prognos (försämring)"), 4), 515);
    EXPECT_DOUBLE_EQ(valueAt(QStringLiteral("Prognos helår, totalt"), 6), 153'701);
}

TEST_F(ChartBuilders, AccuracySeed000)
{
    AccuracyChart::build(plot.get(), seed000Accuracy(), 2020, "Barn och unga 0-20 år", "Summa barn och unga", options);
    EXPECT_EQ(title(), QStringLiteral("Barn och unga 0-20 år: prognossäkerhet 2020, prognos minus utfall helår (tkr)"));
    // seed 000 §7: Dygnsvård Prognos T2 -85 452 vs utfall -81 242: the prognos expected 4 210
    // more nettokostnad; Ensamkommande -2 373 vs -2 888: 515 too little; Summa 4 771 too much.
    ASSERT_EQ(plot->graphCount(), 5);
    EXPECT_DOUBLE_EQ(plot->graph(0)->data()->at(0)->value, 4'210);
    EXPECT_DOUBLE_EQ(plot->graph(0)->data()->at(0)->key, 8);
    EXPECT_DOUBLE_EQ(plot->graph(2)->data()->at(0)->value, -515);
    EXPECT_DOUBLE_EQ(plot->graph(4)->data()->at(0)->value, 4'771);
    // 4 210 / 81 242 = 5,2 %
    EXPECT_EQ(plot->graph(0)->name(), QStringLiteral("Dygnsvård (medelfel 5,2 %)"));
    EXPECT_EQ(plot->graph(4)->pen().color(), QColor(Qt::black));
    EXPECT_GT(plot->yAxis->range().upper, 4'771.0);
    EXPECT_LT(plot->yAxis->range().lower, -4'771.0);
}

TEST_F(ChartBuilders, TooltipShowsTheExactValue)
{
    TertialChart::build(plot.get(), seed000Tertials(), 2020, "Barn och unga 0-20 år", options);
    plot->replot();
    auto *interaction = plot->findChild<ChartInteraction *>();
    ASSERT_NE(interaction, nullptr);
    // The middle of T1's utfall bar.
    const QPoint point(static_cast<int>(plot->xAxis->coordToPixel(1.15)), static_cast<int>(plot->yAxis->coordToPixel(20'000)));
    EXPECT_EQ(interaction->tooltipAt(point), QStringLiteral("Nettokostnad (utfall)\nT1 jan–apr: 53 747 tkr"));
    EXPECT_TRUE(interaction->tooltipAt(QPoint(2, 2)).isEmpty());
}

TEST_F(ChartBuilders, LegendClickHidesTheSeries)
{
    BudgetChart::build(plot.get(), seed002Budget(), options);
    QCPAbstractPlottable *forecast = named(QStringLiteral("Prognos helår"));
    QCPPlottableLegendItem *item = plot->legend->itemWithPlottable(forecast);
    ASSERT_NE(item, nullptr);
    toggleLegendItem(plot.get(), item);
    EXPECT_FALSE(forecast->visible());
    toggleLegendItem(plot.get(), item);
    EXPECT_TRUE(forecast->visible());
}

TEST_F(ChartBuilders, RebuildingAnotherKindLeavesNoRemains)
{
    BudgetChart::build(plot.get(), seed002Budget(), options);
    CumulativeChart::build(plot.get(), seed002Cumulative(), "Barn och unga", options);
    EXPECT_EQ(plot->plottableCount(), 5);
    EXPECT_EQ(plot->plotLayout()->rowCount(), 4); // title, subtitle, axis rect, legend
    EXPECT_EQ(title(), QStringLiteral("Barn och unga: ackumulerat utfall mot budget 2017 (tkr)"));
}

} // namespace
} // namespace Tertial::Charts::Test
