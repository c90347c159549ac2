// SPDX-License-Identifier: GPL-3.0-or-later
// The Kolada store with the demo files of data/kolada: kinds, counts, upsert, deleted, all or nothing.
#include "tempdir.h"

#include "kolada/koladafiles.h"

#include <gtest/gtest.h>

namespace Tertial {
namespace {

using Storage::KoladaGender;
using TestUtil::TempDir;

std::string demo(const std::string &name)
{
    return std::string(TERTIAL_DATA_DIR) + "/kolada/" + name;
}

const std::vector<std::string> demoFiles = {demo("kpi.json"),    demo("municipality.json"), demo("municipality_groups.json"),
                                            demo("N33006.json"), demo("U33401.json"),       demo("U33402.json"),
                                            demo("N28018.json"), demo("N28013.json"),       demo("N28008.json")};

std::optional<double> valueOf(Storage::KoladaStore &store, const std::string &kpi, int year,
                              const std::string &municipality)
{
    auto values = store.values(kpi, year);
    EXPECT_TRUE(values.has_value());
    for (const auto &value : *values)
        if (value.municipality == municipality)
            return value.value;
    return std::nullopt;
}

TEST(KoladaStore, ImportsTheDemoFilesAndRecognisesEachKind)
{
    TempDir dir;
    auto store = dir.koladaStore();
    ASSERT_TRUE(store);
    auto read = Kolada::readKoladaFiles(demoFiles, "2026-11-22");
    ASSERT_TRUE(read.has_value()) << read.error().message;
    ASSERT_EQ(read->files.size(), demoFiles.size());
    EXPECT_EQ(read->files[0].kinds, std::vector{Kolada::PageKind::Kpis});
    EXPECT_EQ(read->files[1].kinds, std::vector{Kolada::PageKind::Municipalities});
    EXPECT_EQ(read->files[2].kinds, std::vector{Kolada::PageKind::Groups});
    EXPECT_EQ(read->files[3].kinds, std::vector{Kolada::PageKind::Data});

    auto summary = store->apply(read->batch);
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
    EXPECT_EQ(summary->kpis, 6);            // issue 7 item 5: six KPIs
    EXPECT_EQ(summary->municipalities, 311); // data/README: 290 kommuner and 21 regions
    EXPECT_EQ(summary->groups, 4);
    EXPECT_EQ(summary->valuesMissing, 0);
    EXPECT_EQ(summary->valuesDeleted, 0);

    // seed 000 §4, Kostnad barn och ungdomsvård kr/inv 0-20 år: Nacka 5 892 / 6 959 / 5 277
    EXPECT_EQ(valueOf(*store, "N33006", 2017, "0182"), 5892.0);
    EXPECT_EQ(valueOf(*store, "N33006", 2018, "0182"), 6959.0);
    EXPECT_EQ(valueOf(*store, "N33006", 2019, "0182"), 5277.0);
    // seed 000 §4, Riket as published 2019: 9 172
    EXPECT_EQ(valueOf(*store, "N33006", 2019, "0000"), 9172.0);
    // seed 000 §4, Kostnad LSS boende kr/brukare, Solna 2017: 1 347 147
    EXPECT_EQ(valueOf(*store, "N28013", 2017, "0184"), 1347147.0);
    // seed 000 §4, Nettokostnadsavvikelse LSS, Tyresö 2019: -4,2
    EXPECT_EQ(valueOf(*store, "N28018", 2019, "0138"), -4.2);

    auto values = store->values("N33006", 2019);
    ASSERT_TRUE(values.has_value());
    for (const auto &value : *values) {
        EXPECT_EQ(value.fetchedAt, "2026-11-22");
        if (value.municipality == "0182") {
            EXPECT_EQ(value.name, "Nacka");
            EXPECT_EQ(value.type, "K");
        }
        if (value.municipality == "GX01KOMMUNER") {
            EXPECT_EQ(value.type, ""); // a group is no kommun
        }
    }

    auto group = store->findGroup("stockholms läns kommuner (ovägt medel)");
    ASSERT_TRUE(group.has_value() && group->has_value());
    EXPECT_EQ((*group)->id, "GX01KOMMUNER");
    EXPECT_EQ((*group)->members.size(), 26u); // data/README: the 26 kommuner of län 01
    auto kpi = store->kpi("U33401");
    ASSERT_TRUE(kpi.has_value() && kpi->has_value());
    EXPECT_EQ((*kpi)->municipalityType, "K");
}

TEST(KoladaStore, UpsertsAndADeletedRecordRemovesTheStoredValue)
{
    TempDir dir;
    auto store = dir.koladaStore();
    ASSERT_TRUE(store);
    Storage::KoladaBatch first;
    first.fetchedAt = "2026-01-01";
    first.source = "a";
    first.values = {{"N33006", "0182", 2019, KoladaGender::Total, 5277.0, 1, "", false},
                    {"N33006", "0182", 2019, KoladaGender::Women, std::nullopt, std::nullopt, "", false},
                    {"N33006", "0162", 2019, KoladaGender::Total, 4817.0, 1, "", false}};
    auto summary = store->apply(first);
    ASSERT_TRUE(summary.has_value()) << summary.error().message;
    EXPECT_EQ(summary->valuesStored, 2);
    EXPECT_EQ(summary->valuesMissing, 1);

    Storage::KoladaBatch second;
    second.fetchedAt = "2026-02-01";
    second.source = "b";
    second.values = {{"N33006", "0182", 2019, KoladaGender::Total, 5300.0, 1, "R", false},
                     {"N33006", "0162", 2019, KoladaGender::Total, 4817.0, 1, "", true}};
    summary = store->apply(second);
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(summary->valuesFlagged, 1);
    EXPECT_EQ(summary->valuesDeleted, 1);

    auto totals = store->values("N33006", 2019, KoladaGender::Total);
    ASSERT_TRUE(totals.has_value());
    ASSERT_EQ(totals->size(), 1u); // Danderyd's deleted value is gone
    EXPECT_EQ((*totals)[0].value, 5300.0);
    EXPECT_EQ((*totals)[0].status, "R");
    EXPECT_EQ((*totals)[0].fetchedAt, "2026-02-01");
    EXPECT_EQ((*totals)[0].source, "b");
    auto women = store->values("N33006", 2019, KoladaGender::Women);
    ASSERT_TRUE(women.has_value());
    ASSERT_EQ(women->size(), 1u);
    EXPECT_FALSE((*women)[0].value.has_value()); // missing stays missing, not 0
}

TEST(KoladaStore, AMalformedFileAmongGoodOnesStoresNothing)
{
    TempDir dir;
    auto store = dir.koladaStore();
    ASSERT_TRUE(store);
    const std::string bad = dir.file("broken.json");
    TestUtil::writeText(bad, R"({"values": [{"kpi": "N33006", "municipality": "0182", "period": 2019, "values": [)");
    auto read = Kolada::readKoladaFiles({demo("N33006.json"), bad, demo("U33401.json")}, "2026-11-22");
    ASSERT_FALSE(read.has_value());
    EXPECT_NE(read.error().message.find(bad + ": ogiltig JSON"), std::string::npos) << read.error().message;
    auto values = store->values("N33006", std::nullopt);
    ASSERT_TRUE(values.has_value());
    EXPECT_TRUE(values->empty());

    auto missing = Kolada::readKoladaFiles({dir.file("finns-inte.json")}, "2026-11-22");
    ASSERT_FALSE(missing.has_value());
    EXPECT_NE(missing.error().message.find("finns-inte.json: filen kan inte läsas"), std::string::npos);
}

TEST(KoladaStore, RefusesAFileThatIsNoTertialDatabase)
{
    TempDir dir;
    const std::string path = dir.file("other.db");
    TestUtil::writeText(path, "not a database");
    auto store = Storage::KoladaStore::open(path);
    ASSERT_FALSE(store.has_value());
    EXPECT_NE(store.error().message.find("inte en Tertial-databas"), std::string::npos) << store.error().message;
}

} // namespace
} // namespace Tertial
