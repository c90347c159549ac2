// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11: what spreadsheets save is read alike. CR, LF and CRLF end a record only outside quotes;
// UTF-16 (Excel's "Unicode-text": little-endian with BOM, TAB between fields) and UTF-8 with BOM
// read as the same figures as plain UTF-8 with ';'.
#include "common/tempdir.h"

#include "io/csvreader.h"
#include "io/importer.h"
#include "io/importreader.h"
#include "storage/sqlitestore.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace Tertial;

namespace {

// Seed 001 §3.1 (Nacka SOCN februari 2020, tkr): Barn och unga budget helår −147 191, with a
// quoted path and a kontoslag-free row of each kind.
const std::vector<std::vector<std::string>> rows = {
    {"kommun", "nämnd", "verksamhet", "år", "månad", "mått", "belopp", "enhet"},
    {"0182", "SOCN", "Barn och unga", "2020", "", "budget", "-147 191", "tkr"},
    {"0182", "SOCN", "Vuxna 21-64 år", "2020", "2", "utfall_netto", "-9 516", "tkr"},
    {"0182", "SOCN", "Barn och unga > Dygnsvård", "2020", "2", "utfall_kostnader", "−1 234,5", "tkr"},
};

std::string join(const std::vector<std::vector<std::string>> &table, char separator, const std::string &lineEnd,
                 bool quoteAll)
{
    std::string text;
    for (const auto &row : table) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0)
                text += separator;
            text += quoteAll ? "\"" + row[i] + "\"" : row[i];
        }
        text += lineEnd;
    }
    return text;
}

// UTF-8 to UTF-16 code units, written in the given byte order.
std::string utf16(const std::string &utf8, bool littleEndian, bool bom)
{
    std::u32string points;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        const int length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t value = length == 1 ? c : length == 2 ? c & 0x1F : length == 3 ? c & 0x0F : c & 0x07;
        for (int k = 1; k < length; ++k)
            value = (value << 6) | (static_cast<unsigned char>(utf8[i + static_cast<std::size_t>(k)]) & 0x3F);
        points += value;
        i += static_cast<std::size_t>(length);
    }
    std::string out = bom ? (littleEndian ? "\xFF\xFE" : "\xFE\xFF") : "";
    auto unit = [&](char16_t u) {
        const char low = static_cast<char>(u & 0xFF);
        const char high = static_cast<char>(u >> 8);
        out += littleEndian ? low : high;
        out += littleEndian ? high : low;
    };
    for (const char32_t p : points) {
        if (p >= 0x10000) {
            unit(static_cast<char16_t>(0xD800 + ((p - 0x10000) >> 10)));
            unit(static_cast<char16_t>(0xDC00 + ((p - 0x10000) & 0x3FF)));
        } else {
            unit(static_cast<char16_t>(p));
        }
    }
    return out;
}

// The figures read from `bytes`, one line each, or the problems.
std::vector<std::string> figures(const std::string &bytes)
{
    Io::ImportReader reader(Io::ImportReader::standardKontoslag());
    reader.addText("in.csv", bytes);
    reader.checkAcrossRows();
    if (!reader.problems().empty())
        return reader.problems();
    std::vector<std::string> lines;
    for (const auto &f : reader.batch().figures)
        lines.push_back(std::to_string(f.source.line) + " " + f.namnd.kommun + " " + f.namnd.namnd + " " + f.path +
                        " " + std::to_string(f.year) + " " + (f.month ? std::to_string(*f.month) : "-") + " " +
                        std::string(Storage::measureCode(f.measure)) + " " + std::to_string(f.amount.ore()));
    return lines;
}

const std::vector<std::string> expected = {
    "2 0182 SOCN Barn och unga 2020 - budget -14719100000",
    "3 0182 SOCN Vuxna 21-64 år 2020 2 utfall_netto -951600000",
    "4 0182 SOCN Barn och unga > Dygnsvård 2020 2 utfall_kostnader -123450000",
};

} // namespace

TEST(TextFormats, PlainUtf8IsTheReference)
{
    EXPECT_EQ(figures(join(rows, ';', "\n", false)), expected);
}

// A lone CR after a closing quote ended the field but not the record: the next line's fields were
// appended to it ("raden har 15 fält").
TEST(TextFormats, LoneCrAfterAClosingQuoteEndsTheRecord)
{
    EXPECT_EQ(figures(join(rows, ';', "\r", true)), expected);
    EXPECT_EQ(figures(join(rows, ';', "\r", false)), expected);
    EXPECT_EQ(figures(join(rows, ';', "\r\n", true)), expected);
}

TEST(TextFormats, MixedLineEndsCountOneLineEach)
{
    // CR, LF and CRLF in one file: the line numbers stay those an editor shows.
    const std::string text = join({rows[0]}, ';', "\r", false) + join({rows[1]}, ';', "\r\n", true) +
                             join({rows[2]}, ';', "\n", false) + join({rows[3]}, ';', "\r", true);
    EXPECT_EQ(figures(text), expected);
    const std::string bad = text + "0182;SOCN;\"Vuxna 21-64 år\";2020;13;utfall_netto;1;tkr\r";
    EXPECT_EQ(figures(bad), (std::vector<std::string>{"in.csv:5: månad: '13' är ingen månad, förväntade 1–12"}));
}

TEST(TextFormats, LineEndsInsideQuotesBelongToTheField)
{
    // A comment of three lines (Excel writes LF inside a cell; CR and CRLF come from elsewhere),
    // then a row whose line number counts each of them once.
    const std::string text = "kommun;nämnd;verksamhet;år;månad;text\r\n"
                             "0182;SOCN;Barn och unga;2020;2;\"Första\randra\r\ntredje\nfjärde\"\r\n"
                             "0182;SOCN;Vuxna 21-64 år;2020;14;x\r\n";
    Io::ImportReader reader(Io::ImportReader::standardKontoslag());
    reader.addText("in.csv", text);
    ASSERT_EQ(reader.batch().comments.size(), 1u);
    EXPECT_EQ(reader.batch().comments[0].comment.text, "Första\randra\r\ntredje\nfjärde");
    EXPECT_EQ(reader.problems(), (std::vector<std::string>{"in.csv:6: månad: '14' är ingen månad, förväntade 1–12"}));
}

TEST(TextFormats, ExcelUnicodeTextIsUtf16LittleEndianWithTabs)
{
    const std::string excel = utf16(join(rows, '\t', "\r\n", false), true, true);
    Io::CsvReader reader("in.txt", excel);
    EXPECT_EQ(reader.encoding(), Io::TextEncoding::Utf16Le);
    EXPECT_EQ(reader.separator(), '\t');
    EXPECT_EQ(figures(excel), expected);
}

TEST(TextFormats, EveryUnicodeEncodingReadsTheSame)
{
    const std::string text = join(rows, ';', "\n", false);
    EXPECT_EQ(figures("\xEF\xBB\xBF" + text), expected);
    EXPECT_EQ(figures(utf16(text, false, true)), expected);   // UTF-16 BE with BOM
    EXPECT_EQ(figures(utf16(text, true, false)), expected);   // UTF-16 LE without BOM: by its NUL bytes
    EXPECT_EQ(figures(utf16(text, false, false)), expected);  // UTF-16 BE without BOM
    // Quoted fields with TAB separators, as Excel quotes a cell holding a TAB or a quote.
    EXPECT_EQ(figures(utf16(join(rows, '\t', "\r\n", true), true, true)), expected);
    // Outside the BMP (a surrogate pair) is text like any other.
    auto withEmoji = rows;
    withEmoji[2][2] = "Vuxna \xF0\x9F\x98\x80";
    const auto read = figures(utf16(join(withEmoji, '\t', "\r\n", false), true, true));
    ASSERT_EQ(read.size(), 3u);
    EXPECT_EQ(read[1], "3 0182 SOCN Vuxna \xF0\x9F\x98\x80 2020 2 utfall_netto -951600000");
}

TEST(TextFormats, Utf16CutMidCharacterIsNamed)
{
    std::string bytes = utf16(join(rows, ';', "\n", false), true, true);
    bytes += 'x'; // an odd byte at the end
    EXPECT_EQ(figures(bytes), (std::vector<std::string>{
                                  "in.csv:5: kolumn 1, tecken 1: filen slutar mitt i ett UTF-16-tecken (ett udda "
                                  "antal byte), förväntade giltig UTF-16 LE (filen verkar skadad)"}));
}

// End to end: Excel's Unicode text imports into a database like the UTF-8 file.
TEST(TextFormats, ExcelUnicodeTextImports)
{
    TestUtil::TempDir dir;
    const std::string path = dir.file("db.tertial");
    auto store = Storage::SqliteStore::create(path);
    ASSERT_TRUE(store.has_value());
    Io::Importer importer(**store);
    importer.addFile(std::string(TERTIAL_FIXTURES_DIR) + "/kommuner.csv");
    importer.addText("siffror.txt", utf16(join(rows, '\t', "\r\n", false), true, true));
    auto result = importer.commit();
    ASSERT_TRUE(result.has_value()) << result.error().message;
    EXPECT_EQ(result->figuresWritten, 3u);
}
