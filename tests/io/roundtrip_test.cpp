// SPDX-License-Identifier: GPL-3.0-or-later
// export → import → export is byte-identical; every register is recognised by its header.
#include "common/tempdir.h"

#include "io/exporter.h"
#include "io/importer.h"
#include "storage/sqlitestore.h"

#include <gtest/gtest.h>

using namespace Tertial;
using TestUtil::TempDir;

namespace {

std::unique_ptr<Storage::SqliteStore> freshStore(const std::string &path)
{
    auto store = Storage::SqliteStore::create(path);
    EXPECT_TRUE(store.has_value());
    Io::Importer importer(**store);
    importer.addFile(std::string(TERTIAL_FIXTURES_DIR) + "/kommuner.csv");
    EXPECT_TRUE(importer.commit().has_value());
    return std::move(*store);
}

std::string importThenExport(const std::string &path, const std::string &text)
{
    auto store = freshStore(path);
    Io::Importer importer(*store);
    importer.addText("in.csv", text);
    auto ok = importer.commit();
    EXPECT_TRUE(ok.has_value()) << ok.error().message;
    auto out = Io::exportFigures(*store, "0182", "SOCN", 2020);
    EXPECT_TRUE(out.has_value());
    return out.value_or("");
}

} // namespace

TEST(RoundTrip, ExportImportExportIsByteIdentical)
{
    TempDir dir;
    // Units, öre, a BOM, CRLF, a quoted path holding ';', kontoslag, an inner-node figure, rows out of order.
    const std::string input =
        "\xEF\xBB\xBFkommun;nämnd;verksamhet;år;månad;mått;belopp;enhet;kontoslag\r\n"
        "0182;SOCN;Vuxna 21-64 år;2020;2;utfall_netto;-9 745,5;tkr;\r\n"
        "0182;SOCN;Barn och unga > Dygnsvård > Jourhem;2020;2;utfall_kostnader;-1 234,56;kr;personal\r\n"
        "0182;SOCN;\"Barn och unga > Öppenvård; inkl föreningsbidrag\";2020;;budget;−0,1;mnkr;\r\n"
        "0182;SOCN;Barn och unga;2020;;budget;-147 191;tkr;\r\n"
        "0182;SOCN;Barn och unga;2020;2;prognos;(147 191);tkr;\r\n";
    const std::string first = importThenExport(dir.file("a.tertial"), input);
    EXPECT_EQ(first,
              "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet;kontoslag\n"
              "0182;SOCN;Vuxna 21-64 år;2020;2;utfall_netto;-9745500;kr;\n"
              "0182;SOCN;Barn och unga;2020;;budget;-147191000;kr;\n"
              "0182;SOCN;Barn och unga;2020;2;prognos;-147191000;kr;\n"
              "0182;SOCN;Barn och unga > Dygnsvård > Jourhem;2020;2;utfall_kostnader;-1234,56;kr;personal\n"
              "0182;SOCN;\"Barn och unga > Öppenvård; inkl föreningsbidrag\";2020;;budget;-100000;kr;\n");
    const std::string second = importThenExport(dir.file("b.tertial"), first);
    EXPECT_EQ(second, first);
}

TEST(RoundTrip, SeedFixtureSurvivesTwoRounds)
{
    TempDir dir;
    std::ifstream in(std::string(TERTIAL_FIXTURES_DIR) + "/nacka_socn_2017.csv", std::ios::binary);
    const std::string seed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto store = freshStore(dir.file("a.tertial"));
    Io::Importer importer(*store);
    importer.addText("seed.csv", seed);
    ASSERT_TRUE(importer.commit().has_value());
    const std::string first = *Io::exportFigures(*store, "0182", "SOCN", 2017);
    auto again = freshStore(dir.file("b.tertial"));
    Io::Importer second(*again);
    second.addText("first.csv", first);
    ASSERT_TRUE(second.commit().has_value());
    EXPECT_EQ(*Io::exportFigures(*again, "0182", "SOCN", 2017), first);
    // seed 002 §2.1: Barn och unga budget netto helår -103 783 tkr, exported exactly in kr.
    EXPECT_NE(first.find("0182;SOCN;Barn och unga;2017;;budget;-103783000;kr\n"), std::string::npos);
}

// The method file takes every prognosmetod the core knows, by its code (the parser's list is the
// core's enum, not a copy of its codes).
TEST(Registers, EveryForecastMethodOfTheCoreIsReadFromAMethodFile)
{
    TempDir dir;
    auto store = freshStore(dir.file("m.tertial"));
    Io::Importer importer(*store);
    std::string text = "kommun;nämnd;verksamhet;år;månad;metod\n";
    int month = 0;
    for (const Core::ForecastMethod method : Core::kAllForecastMethods)
        text += "0182;SOCN;Barn och unga;2020;" + std::to_string(++month) + ";" +
                std::string(Core::forecastMethodCode(method)) + "\n";
    importer.addText("metoder.csv", text);
    auto ok = importer.commit("metoder");
    ASSERT_TRUE(ok.has_value()) << ok.error().message;
    const auto stored = *store->forecastMethods((*store->findNamnd("0182", "SOCN"))->id, 2020);
    ASSERT_EQ(stored.size(), Core::kAllForecastMethods.size());
    for (const Storage::ForecastChoice &choice : stored)
        EXPECT_EQ(choice.method, Core::kAllForecastMethods.at(static_cast<std::size_t>(choice.month - 1)));
}

TEST(Registers, EachIsRecognisedByItsHeaderAndStored)
{
    TempDir dir;
    auto store = freshStore(dir.file("r.tertial"));
    Io::Importer importer(*store);
    importer.addText("namnder.csv", "kommun;nämnd;namn\n0182;SOCN;Socialnämnden\n");
    importer.addText("verksamheter.csv", "kommun;nämnd;verksamhet;ordning;memo;periodisering\n"
                                         "0182;SOCN;Barn och unga;1;;linjär\n"
                                         "0182;SOCN;Preliminärbokförda fakturor;0;ja;8 8 9 8 9 8 5 7 9 9 10 10\n");
    importer.addText("metoder.csv", "kommun;nämnd;verksamhet;år;månad;metod\n0182;SOCN;Barn och unga;2020;2;budget\n");
    importer.addText("volymer.csv", "kommun;nämnd;verksamhet;år;månad;insatstyp;mått;värde\n"
                                    "0182;SOCN;Barn och unga;2020;2;Institutionsvård;dygn;1 234,5\n");
    importer.addText("indikatorer.csv",
                     "kommun;nämnd;indikator;målområde;namn;enhet;riktning;målsort;tolerans;källa\n"
                     "0182;SOCN;U35544;Trygghet;Brukarbedömning missbruksvård;%;högre;minst;0,8;Kolada\n");
    importer.addText("indikatorvarden.csv", "kommun;nämnd;indikator;år;månad;utfall;målvärde\n"
                                            "0182;SOCN;U35544;2020;;78;80\n");
    importer.addText("atgarder.csv", "kommun;nämnd;år;månad;mål;åtgärd;status;kommentar\n"
                                     "0182;SOCN;2020;2;Budget i balans;Fasa ut inhyrd personal;Pågår;\n");
    importer.addText("investeringar.csv", "kommun;nämnd;år;månad;projekt;budget;prognos;budget_period;utfall;enhet\n"
                                          "0182;SOCN;2020;2;Verksamhetssystem;-2 000;-1 500;;-700;tkr\n");
    importer.addText("statsbidrag.csv",
                     "kommun;nämnd;år;månad;namn;bidrag;erhållet;kostnad;inräknat_budget;inräknat_prognos;enhet\n"
                     "0182;SOCN;2020;2;Stärkt barnrättsperspektiv;1 200;;-1 100;;;tkr\n");
    importer.addText("kommentarer.csv", "kommun;nämnd;verksamhet;år;månad;text\n"
                                        "0182;SOCN;Barn och unga;2020;2;\"Fler placeringar; högre kostnad\"\n");
    auto ok = importer.commit("register");
    ASSERT_TRUE(ok.has_value()) << ok.error().message;

    auto namnd = *store->findNamnd("0182", "SOCN");
    ASSERT_TRUE(namnd.has_value());
    EXPECT_EQ(namnd->name, "Socialnämnden");
    auto tree = *store->verksamheter(namnd->id);
    ASSERT_EQ(tree.size(), 2u);
    EXPECT_EQ(tree[0].name, "Preliminärbokförda fakturor"); // ordning 0 before 1
    EXPECT_TRUE(tree[0].memo);
    EXPECT_EQ(tree[0].periodisation, Core::PeriodizationProfile::weighted({8, 8, 9, 8, 9, 8, 5, 7, 9, 9, 10, 10}).value());
    EXPECT_EQ(store->forecastMethods(namnd->id, 2020)->at(0).method, Storage::ForecastMethod::Budget);
    EXPECT_DOUBLE_EQ(store->volumes(namnd->id, 2020)->at(0).value, 1234.5);
    auto indicators = *store->indicators(namnd->id);
    ASSERT_EQ(indicators.size(), 1u);
    EXPECT_EQ(store->indicatorValues(indicators[0].id)->at(0).target, std::optional<double>(80));
    EXPECT_EQ(store->actionItems(namnd->id, 2020)->at(0).status, Core::ActionStatus::InProgress);
    EXPECT_EQ(store->investments(namnd->id, 2020)->at(0).actual, std::optional(Core::Money::fromThousands(-700)));
    EXPECT_EQ(store->stateGrants(namnd->id, 2020)->at(0).received, std::nullopt);
    EXPECT_EQ(store->comments(namnd->id, 2020)->at(0).text, "Fler placeringar; högre kostnad");
}

TEST(Registers, BadRegisterValuesAreListed)
{
    TempDir dir;
    auto store = freshStore(dir.file("r.tertial"));
    Io::Importer importer(*store);
    importer.addText("verksamheter.csv", "kommun;nämnd;verksamhet;ordning;memo;periodisering\n"
                                         "0182;SOCN;Barn och unga;ett;kanske;8 8 9\n");
    importer.addText("atgarder.csv", "kommun;nämnd;år;månad;mål;åtgärd;status;kommentar\n"
                                     "0182;SOCN;2020;2;Mål;Åtgärd;Klar;\n");
    auto ok = importer.commit();
    ASSERT_FALSE(ok.has_value());
    EXPECT_EQ(ok.error().message,
              "verksamheter.csv:2: ordning: \"ett\" är inget tal: väntade ett heltal som 2021 eller -1 234 (innehåller ett tecken "
              "som inte hör till ett tal)\n"
              "verksamheter.csv:2: memo: 'kanske' är okänt, förväntade ja eller nej\n"
              "verksamheter.csv:2: periodisering: '8 8 9' är ingen periodisering, förväntade linjär, dagar eller tolv "
              "vikter åtskilda av mellanslag (8 8 9 8 9 8 5 7 9 9 10 10)\n"
              "atgarder.csv:2: status: 'Klar' är okänt, förväntade Pågår, Klart, Ej påbörjad, Troligen klart i år eller "
              "Ej klart i år");
}

// Plain digits are read by the importer's own short path, everything else by the core's Swedish
// parser: both must give the same öre, in every unit, at the edges of the short path.
struct PlainAmountCase
{
    const char *text;
    const char *unit;
    const char *exported; // kr, as the export writes it
};

class PlainAmounts : public ::testing::TestWithParam<PlainAmountCase>
{
};

TEST_P(PlainAmounts, ImportAsTheSwedishParserWould)
{
    TempDir dir;
    const PlainAmountCase &c = GetParam();
    const std::string exported =
        importThenExport(dir.file("a.tertial"), std::string("kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n"
                                                            "0182;SOCN;Barn och unga;2020;;budget;") +
                                                    c.text + ";" + c.unit + "\n");
    EXPECT_EQ(exported, std::string("kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n"
                                    "0182;SOCN;Barn och unga;2020;;budget;") +
                            c.exported + ";kr\n");
}

INSTANTIATE_TEST_SUITE_P(
    ShortPathAndParser, PlainAmounts,
    ::testing::Values(
        // seed 002 §2.1 Barn och unga, budget −147 191 tkr: plain, and with a separator (the parser).
        PlainAmountCase{"-147191", "tkr", "-147191000"}, PlainAmountCase{"-147 191", "tkr", "-147191000"},
        PlainAmountCase{"007", "kr", "7"}, PlainAmountCase{"-0", "kr", "0"},
        // Ten digits of mnkr: the longest the short path takes; at the bound of ±10^15 öre
        // (10 000 000 mnkr) both paths agree; beyond it both refuse (badinput_test).
        PlainAmountCase{"0000000010", "mnkr", "10000000"},
        PlainAmountCase{"10000000", "mnkr", "10000000000000"},
        PlainAmountCase{"-10 000 000", "mnkr", "-10000000000000"},
        PlainAmountCase{"+5", "kr", "5"}, PlainAmountCase{"5,5", "tkr", "5500"}));
