// SPDX-License-Identifier: GPL-3.0-or-later
// Seed 000 §7's LSS tables in the årsredovisning draft (block tertialVolumes): "Antal personer med
// beviljade insatser enligt LSS" per insatstyp and personlig assistans with "Genomsnittlig tid per
// månad och kund", each with T1–T3 2020, the years' averages 2020, 2019, 2018 and "den 1 oktober".
#include "reportfixture.h"

namespace Tertial::Reports::Test {
namespace {

using Row = std::vector<std::string>;

const Table *tableCaptioned(const ReportDocument &document, const std::string &caption)
{
    for (const Block &block : document.blocks)
        if (const auto *table = std::get_if<Table>(&block); table && table->caption == caption)
            return table;
    return nullptr;
}

ReportDocument annualDraft(DemoDatabase &demo)
{
    auto data = loadReportData(demo.store(), kindCases[3].request);
    EXPECT_TRUE(data) << data.error().message;
    return data ? buildReport(*data, templateFor("0182")) : ReportDocument{};
}

const Row header{"", "T1", "T2", "T3", "År 2020", "År 2019", "År 2018", "År 2020", "År 2019", "År 2018"};

TEST(LssTables, Seed000InsatserPerTertialYearAndFirstOfOctober)
{
    DemoDatabase demo;
    const ReportDocument document = annualDraft(demo);
    const Table *table = tableCaptioned(document, "Antal personer med beviljade insatser enligt LSS");
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->header.size(), 2u);
    EXPECT_EQ(table->header[0][1].text, "Genomsnitt per tertial 2020");
    EXPECT_EQ(table->header[0][3].text, "Insatser enligt LSS den 1 oktober");
    Row second;
    for (const HeaderCell &cell : table->header[1])
        second.push_back(cell.text);
    EXPECT_EQ(second, header);
    ASSERT_EQ(table->rows.size(), 4u);
    // Seed 000 §7, rows in the seed's order.
    EXPECT_EQ(table->rows[0].cells, (Row{"Korttidsvistelse utanför hemmet enl. 9 § 6 LSS", "123", "126", "126", "125", "115",
                                         "108", "124", "115", "112"}));
    EXPECT_EQ(table->rows[1].cells, (Row{"Boende barn/unga enl. 9 § 8 LSS, Boende med särskild service", "5", "4", "4", "4",
                                         "4", "6", "4", "4", "5"}));
    // År 2020 is the year's average the volume file gives beside T3 (both end in december, schema
    // step 12): 177 and 20 as the seed prints, not the tertials' mean 171 and 19.
    EXPECT_EQ(table->rows[2].cells, (Row{"Boende vuxna enl. 9 § 9 LSS, bostad med särskild service", "163", "173", "176",
                                         "177", "162", "152", "177", "168", "156"}));
    EXPECT_EQ(table->rows[3].cells, (Row{"Boende vuxna enl. 9 § 9 LSS, annan särskilt anpassad bostad", "19", "19", "20",
                                         "20", "16", "17", "20", "17", "17"}));
}

TEST(LssTables, Seed000PersonalAssistanceWithTimePerMonthAndCustomer)
{
    DemoDatabase demo;
    const ReportDocument document = annualDraft(demo);
    const Table *table = tableCaptioned(document, "Antal personer med insatser enligt LSS");
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->header[0][0].text, "Personlig assistans med beslut från kommunen");
    ASSERT_EQ(table->rows.size(), 3u);
    // Seed 000 §7 "Personlig assistans med beslut från kommunen".
    EXPECT_EQ(table->rows[0].cells, (Row{"Antal personer", "59", "64", "63", "62", "50", "47", "67", "58", "49"}));
    EXPECT_EQ(table->rows[1].cells, (Row{"Antal timmar per månad", "16 279", "18 242", "19 493", "18 005", "13 494",
                                         "11 037", "19 109", "16 369", "12 212"}));
    // Timmar over personer of each column (domain.md §4.8): 16 279 / 59 = 275,9 … 12 212 / 49 =
    // 249,2 as printed; T2, T3 and År 2020 print 285,0, 309,4 and 290,4 where the seed has 286,1,
    // 310,4 and 291,3 (computed by Nacka from monthly data the report does not give).
    EXPECT_EQ(table->rows[2].cells, (Row{"Genomsnittlig tid per månad och kund", "275,9", "285,0", "309,4", "290,4",
                                         "269,9", "234,8", "285,2", "282,2", "249,2"}));
}

// The LSS tables sit in Personer med funktionsnedsättning's part of §7, every top-level
// verksamhet keeps its one heading, and the LSS volumes are not repeated in the plain tables.
TEST(LssTables, TheTablesSitUnderPersonerMedFunktionsnedsattning)
{
    DemoDatabase demo;
    const ReportDocument document = annualDraft(demo);
    std::vector<std::string> headings;
    std::string lastHeading;
    std::string headingOfLss;
    for (const Block &block : document.blocks) {
        if (const auto *h = std::get_if<Heading>(&block); h && h->level == 3)
            headings.push_back(lastHeading = h->text);
        if (const auto *t = std::get_if<Table>(&block)) {
            if (t->caption == "Antal personer med insatser enligt LSS")
                headingOfLss = lastHeading;
            if (t->caption.starts_with("Antal personer per") || t->caption.starts_with("Antal timmar per")) {
                for (const TableRow &row : t->rows) {
                    EXPECT_NE(row.cells[0], "Personlig assistans, beslut från kommunen") << t->caption;
                }
            }
        }
    }
    EXPECT_EQ(headingOfLss.rfind("Personer med funktionsnedsättning", 0), 0u) << headingOfLss;
    for (const char *name : {"Barn och unga 0-20 år", "Vuxna 21-64 år", "Personer med funktionsnedsättning",
                             "Gemensam socialtjänst", "Myndighet och huvudmannaskap", "Nämnd och nämndstöd"}) {
        int count = 0;
        for (const std::string &heading : headings)
            count += heading.rfind(std::string(name) + ",", 0) == 0 ? 1 : 0;
        EXPECT_EQ(count, 1) << name;
    }
}

} // namespace
} // namespace Tertial::Reports::Test
