// SPDX-License-Identifier: GPL-3.0-or-later
// The reference data compiled into the program, and every new database carrying it.
#include "common/tempdir.h"

#include "storage/referencedata.h"
#include "storage/sqlitestore.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>

using namespace Tertial;
using Storage::Kommun;
using TestUtil::TempDir;
using TestUtil::take;

namespace {

std::map<std::string, Kommun> byCode(const std::vector<Kommun> &kommuner)
{
    std::map<std::string, Kommun> result;
    for (const Kommun &k : kommuner)
        result[k.code] = k;
    return result;
}

std::int64_t scalar(const std::string &db, const std::string &sql)
{
    auto connection = Storage::SqliteConnection::open(db, Storage::SqliteConnection::Mode::OpenExisting);
    auto st = connection->prepare(sql);
    EXPECT_TRUE(st.has_value());
    EXPECT_TRUE(st->step().value_or(false));
    return st->int64(0);
}

} // namespace

TEST(ReferenceData, SwedenAsKoladaNamesIt)
{
    const Storage::ReferenceData &data = Storage::referenceData();
    int kommuner = 0, regioner = 0, riket = 0;
    for (const Kommun &k : data.kommuner) {
        kommuner += k.kind == Kommun::Kind::Kommun;
        regioner += k.kind == Kommun::Kind::Region;
        riket += k.kind == Kommun::Kind::Riket;
    }
    EXPECT_EQ(kommuner, 290);
    EXPECT_EQ(regioner, 21);
    EXPECT_EQ(riket, 1);
    EXPECT_EQ(data.lan.size(), 21u);
    EXPECT_EQ(data.kontoslag.size(), 11u); // domain.md §2: 4 intäkter + 7 kostnader

    const auto all = byCode(data.kommuner);
    EXPECT_EQ(all.size(), data.kommuner.size()); // no code twice
    const std::vector<std::tuple<const char *, const char *, const char *>> spot = {
        {"0114", "Upplands Väsby", "01"}, {"1880", "Örebro", "18"},   {"2584", "Kiruna", "25"},
        {"0360", "Tierp", "03"},          {"1814", "Lekeberg", "18"}, {"0188", "Norrtälje", "01"},
        {"0182", "Nacka", "01"},          {"1480", "Göteborg", "14"}, {"0980", "Gotland", "09"},
        {"0001", "Region Stockholm", "01"}, {"0014", "Västra Götalandsregionen", "14"},
        {"0023", "Region Jämtland Härjedalen", "23"}, {"0025", "Region Norrbotten", "25"}};
    for (const auto &[code, name, lan] : spot) {
        ASSERT_TRUE(all.contains(code)) << code;
        EXPECT_EQ(all.at(code).name, name) << code;
        EXPECT_EQ(all.at(code).lan, lan) << code;
    }
    EXPECT_EQ(all.at("0000").name, "Riket");
    EXPECT_EQ(all.at("0000").kind, Kommun::Kind::Riket);

    // Every kommun lies in a län of the list, by the first two digits of its code; every län
    // has exactly one region, "00" + its code.
    std::map<std::string, std::string> lan;
    for (const Storage::Lan &l : data.lan)
        lan[l.code] = l.name;
    EXPECT_EQ(lan.at("01"), "Stockholms län");
    EXPECT_EQ(lan.at("18"), "Örebro län");
    EXPECT_EQ(lan.at("25"), "Norrbottens län");
    std::map<std::string, int> regionsPerLan;
    for (const Kommun &k : data.kommuner) {
        if (k.kind == Kommun::Kind::Riket)
            continue;
        EXPECT_TRUE(lan.contains(k.lan)) << k.code;
        if (k.kind == Kommun::Kind::Kommun) {
            EXPECT_EQ(k.code.substr(0, 2), k.lan) << k.code;
        }
        if (k.kind == Kommun::Kind::Region) {
            EXPECT_EQ(k.code, "00" + k.lan);
            ++regionsPerLan[k.lan];
        }
    }
    for (const auto &[code, name] : lan)
        EXPECT_EQ(regionsPerLan[code], 1) << name;
}

// Before: tertial-cli init and Arkiv › Ny databas made a database without kommuner, so the
// first import of anyone's own figures was refused ("okänd kommunkod '1880'").
TEST(ReferenceData, EveryNewDatabaseCarriesIt)
{
    TempDir dir;
    const std::string path = dir.file("ny.tertial");
    {
        auto store = Storage::SqliteStore::create(path);
        ASSERT_TRUE(store.has_value()) << store.error().message;
        const auto kommuner = byCode(take((*store)->kommuner()));
        EXPECT_EQ(kommuner.size(), 312u);
        EXPECT_EQ(kommuner.at("1880").name, "Örebro");
        EXPECT_EQ(kommuner.at("0001").kind, Kommun::Kind::Region);
        EXPECT_EQ(take((*store)->kontoslag()).size(), 11u);
        // An import needs no kommun list first.
        Storage::ImportBatch batch;
        batch.figures.push_back({{"orebro.csv", 2}, {"1880", "SN"}, "Barn och unga", "", 2023, std::nullopt,
                                 Storage::Measure::Budget, Core::Money::fromThousands(-100'000)});
        auto applied = (*store)->apply(batch);
        EXPECT_TRUE(applied.has_value()) << applied.error().message;
    }
    EXPECT_EQ(scalar(path, "SELECT count(*) FROM lan"), 21);
    EXPECT_EQ(scalar(path, "SELECT count(*) FROM kommun WHERE kind = 'K'"), 290);
}

TEST(ReferenceData, AnOlderDatabaseGainsWhatItLacksAndKeepsWhatItHas)
{
    TempDir dir;
    const std::string path = dir.file("v1.tertial");
    std::ifstream script(std::string(TERTIAL_FIXTURES_DIR) + "/schema_v1.sql");
    ASSERT_TRUE(script.good());
    {
        auto connection = Storage::SqliteConnection::open(path, Storage::SqliteConnection::Mode::Create);
        ASSERT_TRUE(connection.has_value());
        ASSERT_TRUE(connection->exec(std::string(std::istreambuf_iterator<char>(script), std::istreambuf_iterator<char>()))
                        .has_value());
        // A name the user imported before: the reference data does not overwrite it.
        ASSERT_TRUE(connection->exec("UPDATE kommun SET name = 'Nacka kommun' WHERE code = '0182'").has_value());
    }
    auto store = Storage::SqliteStore::open(path);
    ASSERT_TRUE(store.has_value()) << store.error().message;
    const auto kommuner = byCode(take((*store)->kommuner()));
    EXPECT_EQ(kommuner.size(), 312u);
    EXPECT_EQ(kommuner.at("0182").name, "Nacka kommun");
    EXPECT_EQ(kommuner.at("2584").name, "Kiruna");
}
