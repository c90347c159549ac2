// SPDX-License-Identifier: GPL-3.0-or-later
// A controller starts from tertial-cli init and gets to their own kommun's figures and a Kolada
// comparison without importing any reference list.
#include "childprocess.h"
#include "common/tempdir.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace Tertial;
using TestUtil::runCli;
using TestUtil::TempDir;

namespace {

// A Kolada v3 data page: N33006 2022 for Örebro, Lekeberg, Upplands Väsby, Region Örebro län
// and Riket (the values are made up for the test).
std::string koladaPage()
{
    std::string values;
    for (const auto &[id, value] : std::vector<std::pair<std::string, std::string>>{
             {"1880", "6210.0"}, {"1814", "5120.0"}, {"0114", "7034.0"}, {"0018", "1.0"}, {"0000", "6500.0"}}) {
        values += std::string(values.empty() ? "" : ",") + R"({"kpi":"N33006","municipality":")" + id +
                  R"(","period":2022,"values":[{"gender":"T","count":1,"status":"","value":)" + value + "}]}";
    }
    return R"({"values":[)" + values + R"(],"next_url":null})";
}

} // namespace

// Before: "okänd kommunkod '1880'" on the first import, and 0 kommuner ranked.
TEST(NewDatabase, FromInitToOwnFiguresAndAKoladaComparisonWithNoReferenceListImported)
{
    TempDir dir;
    const std::string db = dir.file("orebro.tertial");
    const auto init = runCli({"init", db}, dir.path());
    ASSERT_EQ(init.exitCode, 0) << init.err;

    TestUtil::writeBytes(dir.file("sn.csv"), "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n"
                                             "1880;SN;Barn och unga;2023;;budget;-120 000;tkr\n"
                                             "1880;SN;Barn och unga;2023;3;utfall_netto;-31 000;tkr\n"
                                             "1880;SN;Äldreomsorg;2023;;budget;-480 000;tkr\n"
                                             "1880;SN;Äldreomsorg;2023;3;utfall_netto;-118 500;tkr\n");
    const auto imported = runCli({"import", db, dir.file("sn.csv")}, dir.path());
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_EQ(imported.out, "Importerade 4 rader: 4 belopp nya eller ändrade, 0 oförändrade\n");

    const auto table = runCli({"table", db, "--kommun", "1880", "--namnd", "SN", "--year", "2023", "--month", "3", "--csv"},
                              dir.path());
    ASSERT_EQ(table.exitCode, 0) << table.err;
    // Periodens budget 3/12 of helår: −30 000 and −120 000; Summa −150 000 against utfall −149 500.
    EXPECT_NE(table.out.find("Barn och unga;1;;;-31000;-30000;-1000;"), std::string::npos) << table.out;
    EXPECT_NE(table.out.find("Summa;0;;;-149500;-150000;500;"), std::string::npos) << table.out;

    TestUtil::writeBytes(dir.file("N33006.json"), koladaPage());
    const auto kolada = runCli({"kolada-import", db, dir.file("N33006.json")}, dir.path());
    ASSERT_EQ(kolada.exitCode, 0) << kolada.err;
    // Kommuner only (not the region, not Riket), named from the database's own list.
    const auto compare = runCli({"compare", db, "--kpi", "N33006", "--year", "2022", "--csv"}, dir.path());
    ASSERT_EQ(compare.exitCode, 0) << compare.err;
    // Lower is better for N33006; the quartiles are the core's ranking's business (ranking_test).
    std::vector<std::string> rows;
    std::istringstream lines(compare.out);
    for (std::string line; std::getline(lines, line);)
        rows.push_back(line.substr(0, line.rfind(';')));
    EXPECT_EQ(rows, (std::vector<std::string>{"kommun;namn;varde;rank;antal", "1814;Lekeberg;5120;1;3",
                                              "1880;Örebro;6210;2;3", "0114;Upplands Väsby;7034;3;3"}));
}
