// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli import-erp, table --by kontoslag and table --xlsx on seed 003's ledger case
// (tests/data/ledger/make_huddinge.py): the Driftredovisning as printed, a refused import that
// leaves the database byte-identical, and an Excel file whose numbers are numbers.
#include "childprocess.h"
#include "common/tempdir.h"

#include "xlsx/xlsxreader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <sstream>

using namespace Tertial;
using TestUtil::runCli;
using TestUtil::TempDir;

namespace {

const std::string data = std::string(TERTIAL_SOURCE_DIR) + "/tests/data/ledger/";

std::string bytesOf(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string huddingeDb(const TempDir &dir)
{
    const std::string db = dir.file("h.tertial");
    EXPECT_EQ(runCli({"init", db}, dir.path()).exitCode, 0);
    const auto imported = runCli({"import", db, std::string(TERTIAL_SOURCE_DIR) + "/tests/fixtures/kommuner.csv",
                                  data + "huddinge-verksamheter.csv", data + "huddinge-prognos.csv"},
                                 dir.path());
    EXPECT_EQ(imported.exitCode, 0) << imported.err;
    return db;
}

} // namespace

TEST(ImportErp, Seed003DriftredovisningByKontoslag)
{
    TempDir dir;
    const std::string db = huddingeDb(dir);
    const auto imported = runCli({"import-erp", db, data + "huddinge-sn-huvudbok.csv", "--kommun", "0126", "--namnd",
                                  "SN", "--ansvar", data + "huddinge-ansvar.csv", "--kontoslag",
                                  data + "huddinge-kontoslag.csv", "--orsak", "huvudbok augusti"},
                                 dir.path());
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_NE(imported.out.find("= filens summa på raden 'Totalt'"), std::string::npos) << imported.out;
    EXPECT_NE(imported.out.find("figurer: 1056 nya, 0 ändrade, 0 borttagna, 0 oförändrade"), std::string::npos)
        << imported.out;

    const auto table = runCli({"table", db, "--kommun", "0126", "--namnd", "SN", "--year", "2021", "--month", "8",
                               "--by", "kontoslag", "--csv"},
                              dir.path());
    ASSERT_EQ(table.exitCode, 0) << table.err;
    std::istringstream in(table.out);
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line, "kontoslag;utfall_netto;budget_period;budgetavvikelse;budget;prognos;prognosavvikelse;"
                    "utfall_netto_fg_ar;bokslut_fg_ar;forandring");
    std::map<std::string, std::string> rows;
    while (std::getline(in, line))
        rows[line.substr(0, line.find(';'))] = line;
    // Seed 003 "Driftredovisning, tkr" in canonical signs (intäkter +, kostnader −): Utfall,
    // Budget (period), Avvikelse, Budget (helår), Prognos, Avvikelse, Utfall föregående år. The
    // bokslut 2020 and förändring columns are the generator's 2020 (not printed in the seed).
    // kostnader's period avvikelse is 1 250, printed 1 251: see tests/io/ledgerimport_test.cpp.
    EXPECT_EQ(rows["intakter"].rfind("intakter;35519;32990;2529;50149;51927;1778;43829;", 0), 0u);
    EXPECT_EQ(rows["personal"].rfind("personal;-176119;-184398;8279;-277573;-265650;11923;-172323;", 0), 0u);
    EXPECT_EQ(rows["lokaler"].rfind("lokaler;-14453;-14070;-383;-21106;-21957;-851;-14551;", 0), 0u);
    EXPECT_EQ(rows["bidrag_kostnad"].rfind("bidrag_kostnad;-1084;-1597;513;-2391;-1676;715;-1497;", 0), 0u);
    EXPECT_EQ(rows["kop_av_verksamhet"].rfind("kop_av_verksamhet;-106141;-100127;-6014;-150316;-158295;-7979;-100871;", 0), 0u);
    EXPECT_EQ(rows["ovriga_kostnader"].rfind("ovriga_kostnader;-15554;-14407;-1147;-21611;-23822;-2211;-15156;", 0), 0u);
    EXPECT_EQ(rows["kostnader"].rfind("kostnader;-313349;-314599;1250;-472997;-471400;1597;-304398;", 0), 0u);
    EXPECT_EQ(rows["summa"].rfind("summa;-277830;-281609;3780;-422848;-419473;3375;-260569;", 0), 0u);

    // One verksamhet's kontoslag: its rows add up to its own line in the per-verksamhet table
    // (Socialpsykiatri utfall 46 537, budget 70 108, seed 003).
    const auto one = runCli({"table", db, "--kommun", "0126", "--namnd", "SN", "--year", "2021", "--month", "8",
                             "--by", "kontoslag", "--verksamhet", "Socialpsykiatri", "--csv"},
                            dir.path());
    ASSERT_EQ(one.exitCode, 0) << one.err;
    EXPECT_NE(one.out.find("\nsumma;-46537;-46808;271;-70108;-69808;300;-40341;"), std::string::npos) << one.out;
}

TEST(ImportErp, UnmappedKontoIsRefusedAndTheDatabaseIsByteIdentical)
{
    TempDir dir;
    const std::string db = huddingeDb(dir);
    std::ofstream(dir.file("konton.csv")) << "konto_fran;konto_till;kontoslag\n3000;3999;ovriga_intakter\n"
                                             "4000;4599;ovriga_kostnader\n4700;7999;ovriga_kostnader\n";
    const std::string before = bytesOf(db);
    const auto refused = runCli({"import-erp", db, data + "huddinge-sn-huvudbok.xlsx", "--kommun", "0126", "--namnd",
                                 "SN", "--ansvar", data + "huddinge-ansvar.csv", "--kontoslag", dir.file("konton.csv")},
                                dir.path());
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("2 konton i klass 3–7 saknar mappning"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("  4611: "), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("  4621: "), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("ingenting importerades"), std::string::npos);
    EXPECT_EQ(bytesOf(db), before);
}

TEST(ImportErp, TableToExcelHasNumbersInTheUnit)
{
    TempDir dir;
    const std::string db = huddingeDb(dir);
    ASSERT_EQ(runCli({"import-erp", db, data + "huddinge-sn-huvudbok.xlsx", "--kommun", "0126", "--namnd", "SN",
                      "--ansvar", data + "huddinge-ansvar.csv", "--kontoslag", data + "huddinge-kontoslag.csv"},
                     dir.path())
                  .exitCode,
              0);
    const std::string file = dir.file("ekonomi.xlsx");
    const auto written = runCli({"table", db, "--kommun", "0126", "--namnd", "SN", "--year", "2021", "--month", "8",
                                 "--xlsx", file},
                                dir.path());
    ASSERT_EQ(written.exitCode, 0) << written.err;
    auto book = Xlsx::Workbook::open(file);
    ASSERT_TRUE(book) << book.error().message;
    EXPECT_EQ(book->sheetNames(), std::vector<std::string>{"Ekonomi"});
    std::vector<Xlsx::Row> rows;
    ASSERT_TRUE(book->readSheet("", [&](const Xlsx::Row &r) {
        rows.push_back(r);
        return true;
    }));
    ASSERT_GE(rows.size(), 7u); // title, header, four verksamheter, Summa
    EXPECT_EQ(rows[1].cells[0].text, "Verksamhet");
    EXPECT_EQ(rows[1].cells[3].text, "Utfall netto");
    const Xlsx::Row &sp = rows[2];
    EXPECT_EQ(sp.cells[0].text, "Socialpsykiatri");
    ASSERT_EQ(sp.at(3)->type, Xlsx::CellType::Number);
    // Exact tkr (−46 537,xxx), shown rounded by the cell's format: seed 003 prints 46 537.
    EXPECT_NEAR(sp.at(3)->number, -46537, 0.5);
    EXPECT_NE(sp.at(3)->number, -46537.0);
    const Xlsx::Row &summa = rows.back();
    EXPECT_EQ(summa.cells[0].text, "Summa");
    EXPECT_NEAR(summa.at(7)->number, -422848, 0.5); // budget helår
}
