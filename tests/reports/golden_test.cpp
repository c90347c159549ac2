// SPDX-License-Identifier: GPL-3.0-or-later
// Golden tests: the document model of each report kind as canonical text, compared exactly.
// TERTIAL_UPDATE_GOLDEN=1 writes the files instead; every change must be reviewed against the
// seed tables before it is committed.
#include "reportfixture.h"

#include <cstdlib>
#include <fstream>
#include <regex>

namespace Tertial::Reports::Test {
namespace {

class GoldenReport : public testing::TestWithParam<KindCase>
{};

TEST_P(GoldenReport, DocumentModelMatchesGoldenFile)
{
    DemoDatabase demo;
    auto data = loadReportData(demo.store(), GetParam().request);
    ASSERT_TRUE(data) << data.error().message;
    // The Kolada import date of the demo database is the day it was built: not part of the golden.
    const std::string text = std::regex_replace(canonicalText(buildReport(*data, templateFor(GetParam().request.kommun))),
                                                std::regex("hämtad [0-9]{4}-[0-9]{2}-[0-9]{2}"), "hämtad ÅÅÅÅ-MM-DD");
    const std::string golden = std::string(TERTIAL_SOURCE_DIR) + "/tests/reports/golden/" + GetParam().name + ".txt";
    if (std::getenv("TERTIAL_UPDATE_GOLDEN")) {
        TestUtil::writeBytes(golden, text);
        GTEST_SKIP() << "skrev " << golden;
    }
    ASSERT_TRUE(std::filesystem::exists(golden)) << golden;
    EXPECT_EQ(text, TestUtil::readBytes(golden)) << "rendered differs from " << golden;
}

INSTANTIATE_TEST_SUITE_P(Kinds, GoldenReport, testing::ValuesIn(kindCases),
                         [](const testing::TestParamInfo<KindCase> &param) { return std::string(param.param.name); });

TEST(ReportData, UnknownNamndAndMonthWithoutActualsAreErrors)
{
    DemoDatabase demo;
    auto unknown = loadReportData(demo.store(), {"0182", "XYZ", 2017, 10, ReportKind::Month, ""});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().message, "rapport: nämnden XYZ finns inte i kommun 0182");
    auto empty = loadReportData(demo.store(), {"0182", "SOCN", 2017, 3, ReportKind::Month, ""});
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().message, "rapport: Socialnämnden har inget utfall för 2017-3 i databasen");
}

} // namespace
} // namespace Tertial::Reports::Test
