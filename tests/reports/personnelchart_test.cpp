// SPDX-License-Identifier: GPL-3.0-or-later
// Seed 003 "Sjukfrånvaron, r12, till och med juli 2021" in the delårsrapport draft (block
// personnelChart): the register's sjukfrånvaro per month over the last 18 months up to the latest
// month with a value, one line per mått that has one.
#include "reportfixture.h"

#include "reports/chartimages.h"

#include <cmath>

namespace Tertial::Reports::Test {
namespace {

TEST(PersonnelChart, Seed003SickLeaveR12InTheInterimDraft)
{
    DemoDatabase demo;
    auto data = loadReportData(demo.store(), kindCases[2].request);
    ASSERT_TRUE(data) << data.error().message;
    const ReportDocument document = buildReport(*data, templateFor("0126"));
    const ChartSlot *chart = nullptr;
    std::string heading;
    for (const Block &block : document.blocks) {
        if (const auto *h = std::get_if<Heading>(&block); h && !chart)
            heading = h->text;
        if (const auto *c = std::get_if<ChartSlot>(&block); c && c->id == "personal")
            chart = c;
    }
    ASSERT_NE(chart, nullptr);
    EXPECT_EQ(heading, "Sjukfrånvaron, r12");
    EXPECT_EQ(chart->kind, ChartSlot::Kind::Percent);
    EXPECT_EQ(chart->title, "Sjukfrånvaro, r12, till och med juli 2021");
    ASSERT_EQ(chart->categories.size(), 18u);
    EXPECT_EQ(chart->categories.front(), "feb 2020");
    EXPECT_EQ(chart->categories.back(), "jul 2021");
    EXPECT_EQ(chart->months.front(), 2);
    EXPECT_EQ(chart->months.back(), 19);
    // Seed 003: total 6,9 % in juli 2021, 1,1 procentenhet lower than juli 2020; dag 1–14 2,4 %,
    // 0,8 lower (data/README.md). No month of kvinnor or män in the register: no line for them.
    ASSERT_EQ(chart->series.size(), 2u);
    EXPECT_EQ(chart->series[0].name, "Total sjukfrånvaro");
    EXPECT_DOUBLE_EQ(chart->series[0].values[5], 8.0);
    EXPECT_DOUBLE_EQ(chart->series[0].values[17], 6.9);
    EXPECT_TRUE(std::isnan(chart->series[0].values[16]));
    EXPECT_EQ(chart->series[1].name, "Korttidssjukfrånvaro dag 1–14");
    EXPECT_DOUBLE_EQ(chart->series[1].values[5], 3.2);
    EXPECT_DOUBLE_EQ(chart->series[1].values[17], 2.4);
    EXPECT_NE(chart->altText.find("total sjukfrånvaro 6,9 %"), std::string::npos) << chart->altText;
    const auto image = chartImageProvider(16.0, 8.0)(*chart);
    ASSERT_TRUE(image.has_value());
    EXPECT_GT(image->png.size(), 1000u);
}

} // namespace
} // namespace Tertial::Reports::Test
