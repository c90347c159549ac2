// SPDX-License-Identifier: GPL-3.0-or-later
// The tables issue 14 point 2 adds to the drafts, each against the published table of its seed:
// personlig assistans (seed 002 §4), placements with their comparison years (seed 001 §3), the
// personnel register (seeds 000 §11 and 003 "Väsentliga personalförhållanden"), Barn och unga per
// tertial (seed 000 §7) and the empty investeringstabell (seed 002 §3.1). The numbers come from the
// analysis (NamndAnalysis) through ReportData.
#include "reportfixture.h"

#include "reports/templatelayout.h"

namespace Tertial::Reports::Test {
namespace {

const Table *tableCaptioned(const ReportDocument &document, const std::string &caption)
{
    for (const Block &block : document.blocks)
        if (const auto *table = std::get_if<Table>(&block); table && table->caption == caption)
            return table;
    return nullptr;
}

std::vector<std::string> headerTexts(const Table &table)
{
    std::vector<std::string> texts;
    for (const HeaderCell &cell : table.header.back())
        texts.push_back(cell.text);
    return texts;
}

ReportDocument draft(DemoDatabase &demo, const KindCase &kindCase, const ReportTemplate &style)
{
    auto data = loadReportData(demo.store(), kindCase.request);
    EXPECT_TRUE(data) << data.error().message;
    return data ? buildReport(*data, style) : ReportDocument{};
}

// The block before `caption`'s table is the heading `heading` (the table sits where the seed has it).
bool follows(const ReportDocument &document, const std::string &heading, const std::string &caption)
{
    std::string lastHeading;
    for (const Block &block : document.blocks) {
        if (const auto *h = std::get_if<Heading>(&block))
            lastHeading = h->text;
        if (const auto *table = std::get_if<Table>(&block); table && table->caption == caption)
            return lastHeading == heading;
    }
    return false;
}

using Row = std::vector<std::string>;

// Seed 002 §4 "Uppföljning av åtgärdsplan personlig assistans": Antal personer and Antal beviljade
// timmar medeltal/person, 2016 and 2017, Medel jan-okt then each month.
TEST(RegisterTables, PersonalAssistanceOfSeed002PerMonthThisAndLastYear)
{
    DemoDatabase demo;
    const ReportDocument document = draft(demo, kindCases[0], templateFor("0182"));
    const Table *persons = tableCaptioned(document, "Personlig assistans: antal personer per månad");
    ASSERT_NE(persons, nullptr);
    EXPECT_TRUE(follows(document, "Uppföljning av åtgärdsplan personlig assistans", persons->caption));
    EXPECT_EQ(headerTexts(*persons), (Row{"", "År", "Medel jan\u2013okt", "Jan", "Feb", "Mars", "Apr", "Maj", "Jun", "Jul",
                                          "Aug", "Sep", "Okt"}));
    ASSERT_EQ(persons->rows.size(), 2u);
    EXPECT_EQ(persons->rows[0].cells,
              (Row{"Antal personer", "2016", "39", "38", "35", "36", "35", "38", "41", "42", "42", "45", "41"}));
    EXPECT_EQ(persons->rows[1].cells,
              (Row{"Antal personer", "2017", "47", "45", "48", "46", "44", "45", "49", "50", "50", "49", "46"}));
    const Table *hours = tableCaptioned(document, "Antal beviljade timmar medeltal/person per månad");
    ASSERT_NE(hours, nullptr);
    ASSERT_EQ(hours->rows.size(), 2u);
    EXPECT_EQ(hours->rows[0].cells, (Row{"Antal beviljade timmar medeltal/person", "2016", "191", "197", "187", "183",
                                         "188", "182", "183", "183", "196", "194", "219"}));
    EXPECT_EQ(hours->rows[1].cells, (Row{"Antal beviljade timmar medeltal/person", "2017", "231", "228", "219", "222",
                                         "235", "233", "241", "238", "230", "231", "234"}));
}

// Seed 001 §3 (Barn och unga 0-20 år): Jan, (Prel) feb, Genomsnitt/mån 2019, Genomsnitt/mån år 2018,
// rows in the report's order with its wording (the template's "volumeHistoryRows").
TEST(RegisterTables, PlacementsOfSeed001WithTheirComparisonYears)
{
    DemoDatabase demo;
    const ReportDocument document = draft(demo, kindCases[1], templateFor("0182"));
    const Table *table = tableCaptioned(document, "Antal pågående heldygnsplaceringar per månad och tidigare år");
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(follows(document, "Barn och unga 0-20 år", table->caption));
    EXPECT_EQ(headerTexts(*table),
              (Row{"Barn och unga 0-20 år", "Jan", "Feb", "Genomsnitt/mån 2019", "Genomsnitt/mån 2018"}));
    ASSERT_EQ(table->rows.size(), 6u);
    EXPECT_EQ(table->rows[0].cells, (Row{"Antal pågående heldygnsplaceringar", "114", "113", "110", "78"}));
    EXPECT_EQ(table->rows[1].cells, (Row{"varav pågående institutionsplaceringar", "25", "25", "17", "12"}));
    EXPECT_EQ(table->rows[2].cells, (Row{"varav pågående placeringar i stödboende", "29", "25", "35", "27"}));
    EXPECT_EQ(table->rows[3].cells, (Row{"varav pågående placeringar i jourhem", "37", "41", "37", "25"}));
    EXPECT_EQ(table->rows[4].cells, (Row{"varav pågående placeringar i familjehem", "17", "19", "14", "8"}));
    EXPECT_EQ(table->rows[5].cells, (Row{"varav pågående placeringar i nätverkshem", "10", "9", "9", "7"}));
    // The plain monthly table of the same mått is replaced, its chart kept.
    EXPECT_EQ(tableCaptioned(document, "Antal placeringar per månad"), nullptr);
}

// Seed 000 §11 "Personalomsättning År 2018 År 2019 År 2020", units in the register's order.
TEST(RegisterTables, TurnoverPerUnitAndYearOfSeed000)
{
    DemoDatabase demo;
    const ReportDocument document = draft(demo, kindCases[3], templateFor("0182"));
    const Table *table = tableCaptioned(document, "Personalomsättning");
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(headerTexts(*table), (Row{"Personalomsättning", "År 2018", "År 2019", "År 2020"}));
    ASSERT_EQ(table->rows.size(), 2u);
    EXPECT_EQ(table->rows[0].cells, (Row{"Omsorgsenheten", "15 %", "4 %", "17 %"}));
    EXPECT_EQ(table->rows[1].cells, (Row{"Barn och familjeenheten", "25 %", "30 %", "15 %"}));
}

// Seed 003 "Väsentliga personalförhållanden": Antal anställda Augusti 2020 375, Augusti 2021 399, Skillnad +24.
TEST(RegisterTables, EmployeesOfSeed003AgainstTheYearBefore)
{
    DemoDatabase demo;
    const ReportDocument document = draft(demo, kindCases[2], templateFor("0126"));
    const Table *table = tableCaptioned(document, "Antal anställda");
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(follows(document, "Väsentliga personalförhållanden", table->caption));
    EXPECT_EQ(headerTexts(*table), (Row{"Antal anställda", "Augusti 2020", "Augusti 2021", "Skillnad"}));
    ASSERT_EQ(table->rows.size(), 1u);
    EXPECT_EQ(table->rows[0].cells, (Row{"Antal anställda", "375", "399", "+24"}));
}

// Seed 000 §7 "Tkr T1 T2 T3 År 2020": each tertial on its own (the cumulative tables' differences).
TEST(RegisterTables, BarnOchUngaPerTertialOfSeed000)
{
    DemoDatabase demo;
    const ReportDocument document = draft(demo, kindCases[3], templateFor("0182"));
    const Table *table = tableCaptioned(document, "Barn och unga per tertial, tkr");
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(follows(document, "Barn och unga 0-20 år, -6,5 miljoner kronor", table->caption));
    EXPECT_EQ(headerTexts(*table), (Row{"Tkr", "T1", "T2", "T3", "År 2020"}));
    ASSERT_EQ(table->rows.size(), 3u);
    EXPECT_EQ(table->rows[0].cells, (Row{"Nettokostnad barn och unga", "-53 747", "-51 924", "-48 030", "-153 701"}));
    EXPECT_EQ(table->rows[1].cells, (Row{"Budget barn och unga", "-49 064", "-49 064", "-49 064", "-147 191"}));
    EXPECT_EQ(table->rows[2].cells, (Row{"Budgetavvikelse", "-4 683", "-2 860", "1 034", "-6 510"}));
    // Before the verksamhet's detail table, as in the seed.
    bool splitSeen = false;
    for (const Block &block : document.blocks) {
        const auto *t = std::get_if<Table>(&block);
        if (!t)
            continue;
        splitSeen = splitSeen || t->caption == table->caption;
        if (t->caption == "Barn och unga 0-20 år, tkr") {
            EXPECT_TRUE(splitSeen);
        }
    }
}

// Seed 002 §3.1: the Investeringstabell is printed although the nämnd has no investments (its
// Summa row empty); seed 001 §4 and seed 000 §8 keep their sentence.
TEST(RegisterTables, EmptyInvestmentTableOfSeed002)
{
    DemoDatabase demo;
    const ReportDocument month = draft(demo, kindCases[0], templateFor("0182"));
    const Table *table = tableCaptioned(month, "Investeringar per nämnd, tkr");
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(follows(month, "Investeringstabell", table->caption));
    ASSERT_EQ(table->rows.size(), 1u);
    EXPECT_EQ(table->rows[0].kind, TableRow::Kind::Total);
    EXPECT_EQ(table->rows[0].cells, (Row{"Summa", "", "", "", "", "", "", "", "", ""}));
    const ReportDocument tertial = draft(demo, kindCases[1], templateFor("0182"));
    EXPECT_EQ(tableCaptioned(tertial, "Investeringar, tkr"), nullptr);
}

// A template naming an unknown personnel mått or form is refused with where it is.
TEST(RegisterTables, APersonnelBlockWithAnUnknownMeasureIsRefused)
{
    TestUtil::TempDir dir;
    const std::string path = dir.file("egen.json");
    TestUtil::writeBytes(path, R"({"name": "Egen", "reports": {"ar": {"title": "År", "sections": [
        {"block": "personnel", "measure": "semester"}]}}})");
    auto style = loadTemplateFile(path);
    ASSERT_FALSE(style);
    EXPECT_NE(style.error().message.find("reports.ar.sections[0].measure"), std::string::npos) << style.error().message;
    EXPECT_NE(style.error().message.find("semester"), std::string::npos);
}

} // namespace
} // namespace Tertial::Reports::Test
