// SPDX-License-Identifier: GPL-3.0-or-later
// Template-chosen columns of the investment, kontoslag, statsbidrag and indicator tables (issue 14):
// the built-in templates print the seeds' own columns (seed 002 §3.1, seed 003 "Riktade
// statsbidrag", seed 003 indicators), and an edited template changes order and selection without
// code. Numbers are the demo's, which are the seeds' (data/README.md).
#include "reportfixture.h"

#include "reports/reporttemplate.h"

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

Row headerTexts(const Table &table)
{
    Row texts;
    for (const HeaderCell &cell : table.header.back())
        texts.push_back(cell.text);
    return texts;
}

const TableRow *rowNamed(const Table &table, const std::string &name)
{
    for (const TableRow &row : table.rows)
        if (!row.cells.empty() && row.cells[0] == name)
            return &row;
    return nullptr;
}

ReportDocument draft(DemoDatabase &demo, const KindCase &kindCase, const ReportTemplate &style)
{
    auto data = loadReportData(demo.store(), kindCase.request);
    EXPECT_TRUE(data) << data.error().message;
    return data ? buildReport(*data, style) : ReportDocument{};
}

const Row seed002InvestmentHeader{"Investeringar per nämnd", "Inkomster okt 2017", "Utgifter okt 2017",
                                  "Utfall okt 2017 Netto",   "Prognos 2017 Netto", "Prognos 2018 Netto",
                                  "Prognos 2019 Netto",      "Prognos 2020 Netto", "Prognos 2021 och senare",
                                  "Totalt 2017 och senare"};

// Seed 002 §3.1 "Investeringstabell": its own columns, and only a Summa row (the nämnd had no
// investments left in october 2017).
TEST(TemplateColumns, Seed002InvestmentTableHasTheSeedsColumns)
{
    DemoDatabase demo;
    const ReportDocument month = draft(demo, kindCases[0], templateFor("0182"));
    const Table *table = tableCaptioned(month, "Investeringar per nämnd, tkr");
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(headerTexts(*table), seed002InvestmentHeader);
    ASSERT_EQ(table->rows.size(), 1u);
    EXPECT_EQ(table->rows[0].kind, TableRow::Kind::Total);
    EXPECT_EQ(table->rows[0].cells, (Row{"Summa", "", "", "", "", "", "", "", "", ""}));
}

// The register's inkomster, utgifter and the coming years' prognoses fill seed 002's columns:
// utfall netto = utgifter − inkomster as printed (expenditure positive), totalt = the year's
// prognos and the four later columns. Hand arithmetic: 1 300 − 100 = 1 200; 1 500 + 2 000 + 500 +
// 250 = 4 250.
TEST(TemplateColumns, Seed002InvestmentColumnsCarryTheRegistersYears)
{
    DemoDatabase demo;
    const auto namnd = demo.store().findNamnd("0182", "SOCN");
    ASSERT_TRUE(namnd && *namnd);
    Storage::Investment item{(*namnd)->id, 2017, 10, "Pulsen Combine", std::nullopt, Core::Money::fromThousands(-1'500),
                             std::nullopt, std::nullopt, Core::Money::fromThousands(100), Core::Money::fromThousands(-1'300),
                             Core::Money::fromThousands(-2'000), Core::Money::fromThousands(-500), std::nullopt,
                             Core::Money::fromThousands(-250)};
    auto changed = demo.store().changeInvestments({{{std::nullopt, item}}}, "test");
    ASSERT_TRUE(changed) << changed.error().message;
    const ReportDocument month = draft(demo, kindCases[0], templateFor("0182"));
    const Table *table = tableCaptioned(month, "Investeringar per nämnd, tkr");
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rows.size(), 2u);
    EXPECT_EQ(table->rows[0].cells, (Row{"Pulsen Combine", "100", "1 300", "1 200", "1 500", "2 000", "500", "", "250", "4 250"}));
    EXPECT_EQ(table->rows[1].cells, (Row{"Summa", "100", "1 300", "1 200", "1 500", "2 000", "500", "", "250", "4 250"}));
}

// Seed 003 "Riktade statsbidrag" has no Erhållet column: Huddinge's template leaves it out.
TEST(TemplateColumns, Seed003StateGrantTableHasTheSeedsFiveColumns)
{
    DemoDatabase demo;
    const ReportDocument interim = draft(demo, kindCases[2], templateFor("0126"));
    const Table *table = tableCaptioned(interim, "Riktade statsbidrag, tkr");
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(headerTexts(*table), (Row{"Riktat statsbidrag (tkr)", "Bidrag", "Kostnad", "Netto", "Bidrag inräknat i budget",
                                       "Bidrag inräknat i prognos"}));
    const TableRow *ombud = rowNamed(*table, "Personligt ombud");
    ASSERT_NE(ombud, nullptr);
    EXPECT_EQ(ombud->cells, (Row{"Personligt ombud", "1 214", "2 295", "-1 081", "1 208", "1 214"}));
}

// Seed 003's indicator tables: "Indikatorer 2019 2020 Aug 2021 Etappmål".
TEST(TemplateColumns, Seed003IndicatorTablesHaveTheSeedsHeaders)
{
    DemoDatabase demo;
    const ReportDocument interim = draft(demo, kindCases[2], templateFor("0126"));
    const Table *table = tableCaptioned(interim, "Indikatorer");
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(headerTexts(*table), (Row{"", "Indikatorer", "2019", "2020", "Aug 2021", "Etappmål"}));
}

// A kommun's edited template reorders and drops columns of all four tables, without code.
TEST(TemplateColumns, AnEditedTemplateChangesColumnOrderAndSelection)
{
    TestUtil::TempDir dir;
    const std::string path = dir.file("egen.json");
    TestUtil::writeBytes(path, R"({"name": "Egen", "costsPositive": true, "reports": {"delar": {"title": "Delår {år}", "sections": [
        {"block": "kontoslagTable", "columns": [{"value": "utfall_netto", "header": "Utfall {mån}"}, "budget_helar"]},
        {"block": "investments", "columns": ["utfall", {"value": "budget", "header": "Budget {år}"}]},
        {"block": "stateGrants", "columns": ["netto", "bidrag"]},
        {"block": "indicators", "columns": [{"value": "mal", "header": "Mål"}, "indikator", "status"]}
    ]}}})");
    auto style = loadTemplateFile(path);
    ASSERT_TRUE(style) << style.error().message;
    DemoDatabase demo;
    const ReportDocument interim = draft(demo, kindCases[2], *style);

    // Seed 003 "Driftredovisning": Personal, utfall 176 119 and budget helår 277 573 (costs positive).
    const Table *kontoslag = tableCaptioned(interim, "Driftredovisning, tkr");
    ASSERT_NE(kontoslag, nullptr);
    EXPECT_EQ(headerTexts(*kontoslag), (Row{"Driftredovisning, tkr", "Utfall aug", "Budget netto"}));
    ASSERT_NE(rowNamed(*kontoslag, "Personal"), nullptr);
    EXPECT_EQ(rowNamed(*kontoslag, "Personal")->cells, (Row{"Personal", "176 119", "277 573"}));

    // Seed 003 "Investeringar": Ombyggnad Klockarvägen utfall 237, budget 237; Summa 776 and 1 500.
    const Table *investments = tableCaptioned(interim, "Investeringar, tkr");
    ASSERT_NE(investments, nullptr);
    EXPECT_EQ(headerTexts(*investments), (Row{"Investering, tkr", "Utfall", "Budget 2021"}));
    ASSERT_NE(rowNamed(*investments, "Oförutsedda investeringar"), nullptr);
    EXPECT_EQ(rowNamed(*investments, "Oförutsedda investeringar")->cells, (Row{"Oförutsedda investeringar", "0", "474"}));
    EXPECT_EQ(investments->rows.back().cells, (Row{"Summa investeringar", "776", "1 500"}));

    // Seed 003 "Riktade statsbidrag": NOA-medel netto −2 765, bidrag 2 450.
    const Table *grants = tableCaptioned(interim, "Riktade statsbidrag, tkr");
    ASSERT_NE(grants, nullptr);
    EXPECT_EQ(headerTexts(*grants), (Row{"Riktat statsbidrag (tkr)", "Netto", "Bidrag"}));
    ASSERT_NE(rowNamed(*grants, "Personligt ombud"), nullptr);
    EXPECT_EQ(rowNamed(*grants, "Personligt ombud")->cells, (Row{"Personligt ombud", "-1 081", "1 214"}));

    // Seed 003 indicators: "Sjukfrånvaro i procent, dag 15-90", etappmål 1,2 %, status met.
    const Table *indicators = tableCaptioned(interim, "Indikatorer");
    ASSERT_NE(indicators, nullptr);
    EXPECT_EQ(headerTexts(*indicators), (Row{"Mål", "Indikator", ""}));
    EXPECT_EQ(indicators->columns, (std::vector<ColumnKind>{ColumnKind::Number, ColumnKind::Text, ColumnKind::Symbol}));
    bool found = false;
    for (const TableRow &row : indicators->rows)
        if (row.cells.size() == 3 && row.cells[1] == "Sjukfrånvaro i procent, dag 15-90") {
            found = true;
            EXPECT_EQ(row.cells[0], "1,2 %");
            EXPECT_EQ(row.cells[2], "●");
        }
    EXPECT_TRUE(found);
}

// Columns are checked when the template is read: an unknown key names the file, the place and
// the keys the block takes; a block without columns refuses them.
TEST(TemplateColumns, UnknownColumnsAreRefusedWithFileAndPlace)
{
    TestUtil::TempDir dir;
    const std::string path = dir.file("egen.json");
    TestUtil::writeBytes(path, R"({"name": "Egen", "reports": {"manad": {"title": "M", "sections": [
        {"heading": "Investeringar"},
        {"block": "investments", "columns": ["budget", "inkomst"]}]}}})");
    auto style = loadTemplateFile(path);
    ASSERT_FALSE(style);
    EXPECT_NE(style.error().message.find("egen.json: reports.manad.sections[1].columns[1]: okänd kolumn \"inkomst\""),
              std::string::npos)
        << style.error().message;
    EXPECT_NE(style.error().message.find("inkomster"), std::string::npos);

    TestUtil::writeBytes(path, R"({"name": "Egen", "reports": {"manad": {"title": "M", "sections": [
        {"block": "actionPlan", "columns": ["mål"]}]}}})");
    style = loadTemplateFile(path);
    ASSERT_FALSE(style);
    EXPECT_NE(style.error().message.find("reports.manad.sections[0].columns: blocket \"actionPlan\" tar inga kolumner"),
              std::string::npos)
        << style.error().message;

    TestUtil::writeBytes(path, R"({"name": "Egen", "reports": {"delar": {"title": "D", "sections": [
        {"block": "indicators", "columns": ["status", "utfall_netto"]}]}}})");
    style = loadTemplateFile(path);
    ASSERT_FALSE(style);
    EXPECT_NE(style.error().message.find("reports.delar.sections[0].columns[1]: okänd kolumn \"utfall_netto\""),
              std::string::npos)
        << style.error().message;
}

} // namespace
} // namespace Tertial::Reports::Test
