// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli table --csv on the demo database reproduces the economic tables of the seeds.
#include "childprocess.h"
#include "common/tempdir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <sstream>

using namespace Tertial;
using TestUtil::runCli;
using TestUtil::TempDir;

namespace {

const std::string header = "verksamhet;niva;utfall_intakter;utfall_kostnader;utfall_netto;budget_period;budgetavvikelse;"
                           "avvikelse_procent;budget;prognos;prognosavvikelse;utfall_netto_fg_ar;bokslut_fg_ar;forandring";

std::vector<std::string> split(const std::string &line)
{
    std::vector<std::string> fields;
    std::stringstream in(line);
    std::string field;
    while (std::getline(in, field, ';'))
        fields.push_back(field);
    if (!line.empty() && line.back() == ';')
        fields.emplace_back();
    return fields;
}

// The rows of the table at the given depths (1 = top level, 0 = Summa), as fields.
std::vector<std::vector<std::string>> rowsAtDepth(const std::string &csv, int maxDepth)
{
    std::vector<std::vector<std::string>> rows;
    std::stringstream in(csv);
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line, header);
    while (std::getline(in, line)) {
        auto fields = split(line);
        EXPECT_EQ(fields.size(), 14u) << line;
        if (fields.size() == 14 && std::stoi(fields[1]) <= maxDepth)
            rows.push_back(fields);
    }
    return rows;
}

// A cell where the seed's printed figure differs by one in the last digit because the source
// rounded its inputs (data/README.md "Known differences"): the exact value may differ by one.
struct Tolerance
{
    std::size_t row;
    std::size_t column;
};

void expectTable(const std::vector<std::vector<std::string>> &actual, const std::vector<std::string> &expected,
                 const std::vector<Tolerance> &tolerances)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t r = 0; r < expected.size(); ++r) {
        const auto want = split(expected[r]);
        ASSERT_EQ(want.size(), 14u) << expected[r];
        for (std::size_t c = 0; c < 14; ++c) {
            const bool tolerant = std::ranges::any_of(tolerances, [&](const Tolerance &t) { return t.row == r && t.column == c; });
            if (tolerant && !want[c].empty() && !actual[r][c].empty()) {
                EXPECT_LE(std::abs(std::stoll(actual[r][c]) - std::stoll(want[c])), 1)
                    << want[0] << ", kolumn " << c << ": " << actual[r][c] << " mot " << want[c];
            } else {
                EXPECT_EQ(actual[r][c], want[c]) << want[0] << ", kolumn " << c;
            }
        }
    }
}

} // namespace

// Seed 002 §2.1 Ekonomisk tabell, Nacka Socialnämnden, oktober 2017, tkr. The seed prints no
// percentage and no previous year; avvikelse_procent is budgetavvikelse / |periodens budget|
// (domain.md §4.4) from the exact values behind the printed ones, the fg år columns are empty.
TEST(Table, Seed002EconomicTableOctober2017)
{
    TempDir dir;
    const auto result = runCli({"table", TERTIAL_DEMO_DB, "--kommun", "0182", "--namnd", "SOCN", "--year", "2017",
                                "--month", "10", "--csv"},
                               dir.path());
    ASSERT_EQ(result.exitCode, 0) << result.err;
    // Every row of the 2017 table is a top-level verksamhet: the deeper ones have no 2017 figures.
    const auto rows = rowsAtDepth(result.out, 99);
    expectTable(rows,
                {
                    // Budget helår is blank in the seed and 0 in data/ (data/README.md, judgement call 2).
                    "Preliminärbokförda fakturor;1;;-190;-190;0;-190;;0;0;0;;;",
                    // "Barn och unga" in the seed; the demo tree uses seed 000's names (judgement call 1).
                    "Barn och unga 0-20 år;1;3970;-92522;-88552;-86486;-2066;-2,4;-103783;-107623;-3840;;;",
                    // Printed netto -31 529 and avvikelse 6 162 come from unrounded figures.
                    "Vuxna 21-64 år;1;14563;-46091;-31529;-37691;6162;16,4;-45229;-39000;6229;;;",
                    "Personer med funktionsnedsättning;1;28075;-384352;-356277;-371290;15013;4,0;-445548;-427800;17748;;;",
                    // Printed netto -5 639 and avvikelse 1 292 likewise.
                    "Gemensam socialtjänst;1;82;-5722;-5639;-6931;1292;18,6;-8317;-7000;1317;;;",
                    "Myndighet och huvudmannaskap;1;0;-96456;-96456;-93593;-2863;-3,1;-112169;-120198;-8029;;;",
                    "Nämnd och nämndstöd;1;;-1983;-1983;-2305;322;14,0;-2766;-2406;360;;;",
                    // The seed's Summa periodens budget -595 990 is an error in the report: its rows sum
                    // to -598 296 and its own Summa avvikelse 17 669 only fits that (data/README.md). The
                    // exact sum is -598 295,5 (tolerance 1: the rounded rows against the exact sum,
                    // domain.md §4.6).
                    "Summa;0;46690;-627316;-580626;-598296;17669;3,0;-717812;-704027;13785;;;",
                },
                {{2, 4}, {2, 6}, {4, 4}, {4, 6}, {7, 5}, {7, 6}});
}

// Seed 001 §3.1 Ekonomisk tabell, Nacka Socialnämnden, februari 2020, tkr (the seed's budget
// split intäkter/kostnader is not stored, data/README.md judgement call 4). Top level and Summa;
// the deeper rows of 2020 carry the leaf budgets of seed 000 §7 and are checked elsewhere.
TEST(Table, Seed001EconomicTableFebruary2020)
{
    TempDir dir;
    const auto result = runCli({"table", TERTIAL_DEMO_DB, "--kommun", "0182", "--namnd", "SOCN", "--year", "2020",
                                "--month", "2", "--csv"},
                               dir.path());
    ASSERT_EQ(result.exitCode, 0) << result.err;
    expectTable(rowsAtDepth(result.out, 1),
                {
                    "Barn och unga 0-20 år;1;1157;-28720;-27563;-24532;-3031;-12,4;-147191;-147191;0;;-149881;",
                    "Vuxna 21-64 år;1;2901;-12646;-9745;-9778;33;0,3;-58667;-58667;0;;-54583;",
                    // Printed avvikelse -1 500 from unrounded figures (exact -1 499,3).
                    "Personer med funktionsnedsättning;1;5068;-88295;-83227;-81728;-1500;-1,8;-490366;-490366;0;;-473708;",
                    "Gemensam socialtjänst;1;0;-381;-381;-843;462;54,8;-5056;-5056;0;;-6304;",
                    "Myndighet och huvudmannaskap;1;0;-20997;-20997;-21338;341;1,6;-128028;-128028;0;;-120873;",
                    // Printed avvikelse 13 (linear budget 374,67, exact avvikelse 13,67).
                    "Nämnd och nämndstöd;1;0;-361;-361;-375;13;3,6;-2248;-2248;0;;-2347;",
                    // Printed Summa avvikelse -3 682 vs -3 681 exact (domain.md §4.6).
                    "Summa;0;9126;-151400;-142274;-138593;-3682;-2,7;-831556;-831556;0;;-807696;",
                },
                {{2, 6}, {5, 6}, {6, 6}});
}

// Seed 002 §2 running text: "ett överskott på 17,7 miljoner jämfört med budget" and a
// helårsprognos "överskott på 13,8 miljoner kronor": the Summa row in mnkr, one decimal.
TEST(Table, MillionsHaveOneDecimal)
{
    TempDir dir;
    const auto result = runCli({"table", TERTIAL_DEMO_DB, "--kommun", "0182", "--namnd", "SOCN", "--year", "2017",
                                "--month", "10", "--unit", "mnkr", "--csv"},
                               dir.path());
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto rows = rowsAtDepth(result.out, 0);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0][6], "17,7");  // budgetavvikelse
    EXPECT_EQ(rows[0][10], "13,8"); // prognosavvikelse
    EXPECT_EQ(rows[0][4], "-580,6");
}

// Without --csv: aligned for a person, thousands separated by a space (domain.md §9).
TEST(Table, ForAPersonInSvSeFormat)
{
    TempDir dir;
    const auto result = runCli({"table", TERTIAL_DEMO_DB, "--kommun", "0182", "--namnd", "SOCN", "--year", "2017",
                                "--month", "10"},
                               dir.path());
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.out.rfind("SOCN 0182, 2017 t.o.m. månad 10\nVerksamhet, tkr ", 0), 0u) << result.out;
    // seed 002 §2.1 Summa: utfall netto -580 626, budget helår -717 812
    EXPECT_NE(result.out.find("\nSumma "), std::string::npos);
    EXPECT_NE(result.out.find("  -580 626  "), std::string::npos);
    EXPECT_NE(result.out.find("  -717 812  "), std::string::npos);
}

TEST(Table, UnknownNamndIsAnError)
{
    TempDir dir;
    const auto result = runCli({"table", TERTIAL_DEMO_DB, "--kommun", "0182", "--namnd", "XX", "--year", "2017",
                                "--month", "10"},
                               dir.path());
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(result.err, "tertial-cli: nämnden XX finns inte i kommun 0182\n");
    const auto badMonth = runCli({"table", TERTIAL_DEMO_DB, "--kommun", "0182", "--namnd", "SOCN", "--year", "2017",
                                  "--month", "13"},
                                 dir.path());
    EXPECT_EQ(badMonth.exitCode, 2);
    EXPECT_EQ(badMonth.err, "tertial-cli table: --month '13': förväntade ett heltal 1–12 (se tertial-cli table --help)\n");
}
