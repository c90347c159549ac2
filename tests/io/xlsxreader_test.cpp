// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX reader against files written by openpyxl, by LibreOffice and by hand
// (tests/data/xlsx/make_fixtures.py writes them all).
#include "xlsx/xlsxreader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace Tertial::Xlsx {
namespace {

std::string fixture(const std::string &name)
{
    return std::string(TERTIAL_TEST_DATA_DIR) + "/xlsx/" + name;
}

std::vector<Row> readAll(Workbook &book, std::string_view sheet)
{
    std::vector<Row> rows;
    auto ok = book.readSheet(sheet, [&](const Row &row) {
        rows.push_back(row);
        return true;
    });
    EXPECT_TRUE(ok) << (ok ? "" : ok.error().message);
    return rows;
}

const Row *rowNumber(const std::vector<Row> &rows, int number)
{
    for (const Row &r : rows)
        if (r.number == number)
            return &r;
    return nullptr;
}

TEST(XlsxReader, CellNames)
{
    EXPECT_EQ(cellName(3, 1), "B3");
    EXPECT_EQ(cellName(10, 26), "AA10");
    EXPECT_EQ(columnName(16383), "XFD");
}

TEST(XlsxReader, Serial1900WithItsLeapYearBug)
{
    // Serial 1 = 1900-01-01; 59 = 1900-02-28; 60 = the phantom 1900-02-29; 61 = 1900-03-01.
    EXPECT_EQ(serialToDate(1, false)->day, 1);
    auto feb28 = serialToDate(59, false);
    EXPECT_EQ(feb28->month, 2);
    EXPECT_EQ(feb28->day, 28);
    EXPECT_FALSE(serialToDate(60, false));
    auto mar1 = serialToDate(61, false);
    EXPECT_EQ(mar1->month, 3);
    EXPECT_EQ(mar1->day, 1);
    // 44439 is 2021-08-31 (the day of seed 003's delårsrapport) in Excel's 1900 system.
    auto aug31 = serialToDate(44439.75, false);
    EXPECT_EQ(aug31->year, 2021);
    EXPECT_EQ(aug31->month, 8);
    EXPECT_EQ(aug31->day, 31);
    // The same day is 42977 in the 1904 system (1462 days fewer).
    auto mac = serialToDate(42977, true);
    EXPECT_EQ(mac->year, 2021);
    EXPECT_EQ(mac->month, 8);
    EXPECT_EQ(mac->day, 31);
    EXPECT_FALSE(serialToDate(-1, false));
}

TEST(XlsxReader, OpenpyxlSheetsTitleRowsMergesDatesBooleansAndText)
{
    auto book = Workbook::open(fixture("openpyxl-ledger.xlsx"));
    ASSERT_TRUE(book) << book.error().message;
    EXPECT_EQ(book->sheetNames(), (std::vector<std::string>{"Info", "Huvudbok"}));
    EXPECT_EQ(book->firstSheet(), "Info");
    EXPECT_FALSE(book->date1904());

    const auto first = readAll(*book, "");
    ASSERT_EQ(first.size(), 1u);
    EXPECT_EQ(first[0].cells[0].text, "Det här bladet är inte huvudboken");

    const auto rows = readAll(*book, "Huvudbok");
    const Row *title = rowNumber(rows, 1);
    ASSERT_TRUE(title);
    EXPECT_EQ(title->cells[0].text, "Huvudbok Socialnämnden");
    EXPECT_FALSE(rowNumber(rows, 3)); // an empty row is not handed out

    const Row *header = rowNumber(rows, 4);
    ASSERT_TRUE(header);
    ASSERT_TRUE(header->at(1)); // B4 is covered by the merge A4:B4
    EXPECT_EQ(header->at(1)->text, "Kontering");
    EXPECT_TRUE(header->at(1)->fromMerge);
    EXPECT_FALSE(header->at(0)->fromMerge);
    EXPECT_EQ(header->at(3)->text, "Belopp");

    const Row *five = rowNumber(rows, 5);
    ASSERT_TRUE(five && five->at(2) && five->at(3));
    EXPECT_EQ(five->at(2)->type, CellType::Number);
    EXPECT_TRUE(five->at(2)->isDate);
    auto date = serialToDate(five->at(2)->number, book->date1904());
    EXPECT_EQ(date->year, 2021);
    EXPECT_EQ(date->month, 8);
    EXPECT_EQ(date->day, 31);
    EXPECT_DOUBLE_EQ(five->at(3)->number, 1234.5);
    EXPECT_FALSE(five->at(3)->isDate);

    const Row *six = rowNumber(rows, 6);
    ASSERT_TRUE(six && six->at(3) && six->at(4) && six->at(5) && six->at(6));
    EXPECT_EQ(six->at(3)->type, CellType::Text);
    EXPECT_EQ(six->at(3)->text, "-1 234,50"); // Swedish text: read as text, parsed by the importer
    EXPECT_EQ(six->at(4)->text, "(1 234)");
    EXPECT_EQ(six->at(5)->type, CellType::Boolean);
    EXPECT_EQ(six->at(5)->number, 1);
    EXPECT_EQ(six->at(6)->number, 0);

    const Row *seven = rowNumber(rows, 7);
    ASSERT_TRUE(seven && seven->at(1) && seven->at(2));
    EXPECT_DOUBLE_EQ(seven->at(1)->number, 61); // 1900-03-01, after the phantom day
    EXPECT_DOUBLE_EQ(seven->at(2)->number, 59); // 1900-02-28
}

TEST(XlsxReader, Date1904)
{
    auto book = Workbook::open(fixture("openpyxl-1904.xlsx"));
    ASSERT_TRUE(book) << book.error().message;
    EXPECT_TRUE(book->date1904());
    const auto rows = readAll(*book, "Mac");
    ASSERT_FALSE(rows.empty());
    EXPECT_DOUBLE_EQ(rows[0].cells[0].number, 42977);
    auto date = serialToDate(rows[0].cells[0].number, true);
    EXPECT_EQ(date->year, 2021);
    EXPECT_EQ(date->day, 31);
}

TEST(XlsxReader, LibreOfficeCachedFormulaValuesNeverEvaluated)
{
    auto book = Workbook::open(fixture("libreoffice-formulas.xlsx"));
    ASSERT_TRUE(book) << book.error().message;
    const auto rows = readAll(*book, "Blad1");
    const Row *sum = rowNumber(rows, 4);
    ASSERT_TRUE(sum);
    ASSERT_TRUE(sum->at(1) && sum->at(2) && sum->at(3) && sum->at(4));
    EXPECT_DOUBLE_EQ(sum->at(1)->number, 300.25);   // =SUM(B2:B3) as LibreOffice cached it
    EXPECT_EQ(sum->at(2)->text, "plus");            // a formula's text result (t="str")
    EXPECT_EQ(sum->at(3)->type, CellType::Error);   // =1/0
    EXPECT_EQ(sum->at(3)->text, "#DIV/0!");
    EXPECT_EQ(sum->at(4)->type, CellType::Boolean); // =B4>100
    EXPECT_EQ(sum->at(4)->number, 1);
    const Row *two = rowNumber(rows, 2);
    ASSERT_TRUE(two && two->at(0));
    EXPECT_EQ(two->at(0)->text, "4010");
    const Row *merged = rowNumber(rows, 6);
    ASSERT_TRUE(merged && merged->at(2));
    EXPECT_EQ(merged->at(2)->text, "Sammanfogad");
}

TEST(XlsxReader, InlineStringsPrefixesAndCellsWithoutReference)
{
    auto book = Workbook::open(fixture("inline-strings.xlsx"));
    ASSERT_TRUE(book) << book.error().message;
    const auto rows = readAll(*book, "Inline");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].number, 2);
    EXPECT_EQ(rows[0].cells[0].text, "Ansvar");
    EXPECT_EQ(rows[0].cells[1].text, "Konto"); // rich runs joined, the phonetic run left out
    EXPECT_DOUBLE_EQ(rows[1].cells[0].number, 1500);
    EXPECT_EQ(rows[1].cells[1].text, "1500x");
    EXPECT_EQ(rows[1].cells[2].column, 4);
    EXPECT_EQ(rows[1].cells[2].text, "#N/A");
}

TEST(XlsxReader, ErrorsNameFileSheetAndCell)
{
    auto book = Workbook::open(fixture("bad-number.xlsx"));
    ASSERT_TRUE(book) << book.error().message;
    auto ok = book->readSheet("", [](const Row &) { return true; });
    ASSERT_FALSE(ok);
    EXPECT_NE(ok.error().message.find("bad-number.xlsx: blad 'Inline': B7: '12,5' är inget tal"), std::string::npos)
        << ok.error().message;

    auto missing = book->readSheet("Budget", [](const Row &) { return true; });
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().message.find("bladet 'Budget' finns inte, förväntade ett av 'Inline'"), std::string::npos);
}

TEST(XlsxReader, RefusesDtdZipBombAndNonXlsx)
{
    auto doctype = Workbook::open(fixture("doctype.xlsx"));
    ASSERT_TRUE(doctype);
    auto ok = doctype->readSheet("", [](const Row &) { return true; });
    ASSERT_FALSE(ok);
    EXPECT_NE(ok.error().message.find("DTD"), std::string::npos) << ok.error().message;

    auto bomb = Workbook::open(fixture("bomb.xlsx"));
    ASSERT_TRUE(bomb);
    auto exploded = bomb->readSheet("", [](const Row &) { return true; });
    ASSERT_FALSE(exploded);
    EXPECT_NE(exploded.error().message.find("zip-bomb"), std::string::npos) << exploded.error().message;

    // The size bound holds even when the ratio would pass.
    Limits small;
    small.maxSheetBytes = 1000;
    auto bounded = Workbook::open(fixture("openpyxl-ledger.xlsx"), small);
    ASSERT_TRUE(bounded);
    auto refused = bounded->readSheet("Huvudbok", [](const Row &) { return true; });
    ASSERT_FALSE(refused);
    EXPECT_NE(refused.error().message.find("förväntade högst 1000"), std::string::npos) << refused.error().message;

    auto csv = Workbook::open(std::string(TERTIAL_FIXTURES_DIR) + "/kommuner.csv");
    ASSERT_FALSE(csv);
    EXPECT_NE(csv.error().message.find("ingen zip-fil"), std::string::npos) << csv.error().message;
}

TEST(XlsxReader, StopsWhenTheCallerHasEnough)
{
    auto book = Workbook::open(fixture("openpyxl-ledger.xlsx"));
    ASSERT_TRUE(book);
    int seen = 0;
    auto ok = book->readSheet("Huvudbok", [&](const Row &) { return ++seen < 2; });
    EXPECT_TRUE(ok);
    EXPECT_EQ(seen, 2);
}

} // namespace
} // namespace Tertial::Xlsx
