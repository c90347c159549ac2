// SPDX-License-Identifier: GPL-3.0-or-later
// Seed 001 §5.2 "Kontinuitet" in the tertialrapport draft (block personnelMonths): mått of the
// personnel register per month, nov-19 to februari 2020, rows in the template's order.
#include "reportfixture.h"

#include "reports/reporttemplate.h"

namespace Tertial::Reports::Test {
namespace {

using Row = std::vector<std::string>;

TEST(Kontinuitet, Seed001PersonnelPerMonthInTheTertialDraft)
{
    DemoDatabase demo;
    auto data = loadReportData(demo.store(), kindCases[1].request);
    ASSERT_TRUE(data) << data.error().message;
    const ReportDocument document = buildReport(*data, templateFor("0182"));
    const Table *table = nullptr;
    std::string heading;
    for (const Block &block : document.blocks) {
        if (const auto *h = std::get_if<Heading>(&block); h && !table)
            heading = h->text;
        if (const auto *t = std::get_if<Table>(&block); t && t->caption == "Kontinuitet per månad")
            table = t;
    }
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(heading, "Kontinuitet");
    Row header;
    for (const HeaderCell &cell : table->header.back())
        header.push_back(cell.text);
    EXPECT_EQ(header, (Row{"", "nov-19", "dec-19", "januari", "februari"}));
    ASSERT_EQ(table->rows.size(), 5u);
    EXPECT_EQ(table->rows[0].cells,
              (Row{"Antal vakanta tjänster som håller på att/ eller som ska ersättningsrekryteras", "6", "6", "5", "4"}));
    EXPECT_EQ(table->rows[1].cells, (Row{"Antal tillsvidare anställda som slutat", "", "", "0", "2"}));
    EXPECT_EQ(table->rows[2].cells, (Row{"Personalomsättning", "", "", "0 %", "2,4 %"}));
    EXPECT_EQ(table->rows[3].cells, (Row{"Antal inhyrda socialsekreterare", "7", "7", "6", "5"}));
    EXPECT_EQ(table->rows[4].cells, (Row{"Antal medarbetare anställda inom de senaste 6 månaderna, d.v.s. i introduktion.",
                                         "17", "17", "21", "12"}));
}

TEST(Kontinuitet, AnUnknownMeasureIsRefusedWithFileAndPlace)
{
    TestUtil::TempDir dir;
    const std::string path = dir.file("egen.json");
    TestUtil::writeBytes(path, R"({"name": "Egen", "reports": {"tertial": {"title": "T", "sections": [
        {"block": "personnelMonths", "measures": "inhyrda=Inhyrda;semester=Semester"}]}}})");
    auto style = loadTemplateFile(path);
    ASSERT_FALSE(style);
    EXPECT_NE(style.error().message.find("egen.json: reports.tertial.sections[0].measures: okänt personalmått \"semester\""),
              std::string::npos)
        << style.error().message;
}

} // namespace
} // namespace Tertial::Reports::Test
