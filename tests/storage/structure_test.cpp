// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's structure edits: a nämnd, a verksamhet at its place in the tree, a new year;
// each audited, each taken back by its remove.
#include "common/teststores.h"

#include "storage/openstore.h"

#include <gtest/gtest.h>

using namespace Tertial;
using Core::Money;
using Storage::FigureChange;
using Storage::FigureKey;
using Storage::ForecastMethod;
using Storage::Measure;
using TestUtil::TempDir;
using TestUtil::take;

namespace {

class Structure : public ::testing::TestWithParam<Storage::Engine>
{
protected:
    void SetUp() override
    {
        TERTIAL_REQUIRE_ENGINE(m_location);
        auto created = Storage::openStore(m_path, Storage::OpenMode::Create);
        ASSERT_TRUE(created.has_value()) << created.error().message;
        m_store = std::move(*created);
        m_store->setUser("controller");
    }

    std::vector<std::string> paths(Storage::Id namnd)
    {
        std::vector<std::string> result;
        for (const auto &v : take(m_store->verksamheter(namnd)))
            result.push_back(v.path);
        return result;
    }

    std::vector<std::string> log(Storage::Id namnd)
    {
        std::vector<std::string> rows;
        for (const auto &e : take(m_store->auditLogOfNamnd(namnd)))
            rows.push_back(e.entity + " " + e.what + " " + e.oldValue.value_or("-") + " -> " + e.newValue.value_or("-"));
        return rows;
    }

    TestUtil::TestLocation m_location{GetParam()};
    std::string m_path = m_location.location();
    std::unique_ptr<Storage::SqlStore> m_store;
};

} // namespace

TEST_P(Structure, ANamndIsCreatedAuditedAndTakenBack)
{
    auto namnd = m_store->createNamnd("1880", "SN", "Socialnämnden");
    ASSERT_TRUE(namnd.has_value()) << namnd.error().message;
    EXPECT_EQ(take(m_store->namnder("1880")).size(), 1u);
    EXPECT_EQ(log(namnd->id), std::vector<std::string>{"nämnd 1880 SN - -> Socialnämnden"});

    EXPECT_EQ(m_store->createNamnd("1880", "SN", "Annan").error().message,
              "nämnden SN finns redan i kommun 1880 (Socialnämnden)");
    EXPECT_EQ(m_store->createNamnd("9999", "SN", "X").error().code, Core::ErrorCode::NotFound);
    EXPECT_EQ(m_store->createNamnd("1880", "S N", "X").error().code, Core::ErrorCode::InvalidInput);
    EXPECT_EQ(m_store->createNamnd("1880", "BUN", "  ").error().code, Core::ErrorCode::MissingInput);

    // Undo, then redo under the same id: the log rows that name it line up again.
    ASSERT_TRUE(m_store->removeNamnd(namnd->id).has_value());
    EXPECT_TRUE(take(m_store->namnder("1880")).empty());
    auto again = m_store->createNamnd("1880", "SN", "Socialnämnden", namnd->id);
    ASSERT_TRUE(again.has_value()) << again.error().message;
    EXPECT_EQ(again->id, namnd->id);
    EXPECT_EQ(log(namnd->id), (std::vector<std::string>{"nämnd 1880 SN - -> Socialnämnden",
                                                         "nämnd 1880 SN Socialnämnden -> -",
                                                         "nämnd 1880 SN - -> Socialnämnden"}));
    // A nämnd with a verksamhet is not removed.
    ASSERT_TRUE(m_store->createVerksamhet(namnd->id, std::nullopt, "Barn och unga", 0).has_value());
    EXPECT_EQ(m_store->removeNamnd(namnd->id).error().code, Core::ErrorCode::Conflict);
}

TEST_P(Structure, AVerksamhetGoesWhereItIsPlacedAnywhereInTheTree)
{
    const Storage::Id namnd = take(m_store->createNamnd("1880", "SN", "Socialnämnden")).id;
    const auto a = take(m_store->createVerksamhet(namnd, std::nullopt, "Barn och unga", 0));
    const auto b = take(m_store->createVerksamhet(namnd, std::nullopt, "Äldreomsorg", 1));
    // Between them, first under the first, after that one: before, after and child.
    ASSERT_TRUE(m_store->createVerksamhet(namnd, std::nullopt, "Vuxna", 1).has_value());
    const auto dygn = take(m_store->createVerksamhet(namnd, a.id, "Dygnsvård", 0));
    ASSERT_TRUE(m_store->createVerksamhet(namnd, a.id, "Öppenvård", 1).has_value());
    ASSERT_TRUE(m_store->createVerksamhet(namnd, a.id, "Familjehem", 0).has_value());
    ASSERT_TRUE(m_store->createVerksamhet(namnd, dygn.id, "Jourhem", 99).has_value()); // past the end: last
    EXPECT_EQ(paths(namnd), (std::vector<std::string>{"Barn och unga", "Barn och unga > Familjehem",
                                                      "Barn och unga > Dygnsvård", "Barn och unga > Dygnsvård > Jourhem",
                                                      "Barn och unga > Öppenvård", "Vuxna", "Äldreomsorg"}));
    EXPECT_EQ(log(namnd).back(), "verksamhet Barn och unga > Dygnsvård > Jourhem - -> skapad");
    (void)b;

    EXPECT_EQ(m_store->createVerksamhet(namnd, a.id, "Dygnsvård", 0).error().message, "Barn och unga > Dygnsvård: finns redan");
    EXPECT_EQ(m_store->createVerksamhet(namnd, std::nullopt, "A > B", 0).error().code, Core::ErrorCode::InvalidInput);
    EXPECT_EQ(m_store->createVerksamhet(namnd, std::nullopt, " ", 0).error().code, Core::ErrorCode::MissingInput);
    // No deeper than the import allows.
    std::optional<Storage::Id> parent;
    for (int level = 1; level <= 12; ++level)
        parent = take(m_store->createVerksamhet(namnd, parent, "Nivå " + std::to_string(level), 99)).id;
    EXPECT_EQ(m_store->createVerksamhet(namnd, parent, "Nivå 13", 0).error().code, Core::ErrorCode::OutOfRange);
}

TEST_P(Structure, AVerksamhetWithFiguresIsNotRemovedAndOneWithoutComesBackUnderItsId)
{
    const Storage::Id namnd = take(m_store->createNamnd("1880", "SN", "Socialnämnden")).id;
    const auto a = take(m_store->createVerksamhet(namnd, std::nullopt, "Barn och unga", 0));
    const FigureKey key{a.id, "", 2024, std::nullopt, Measure::Budget};
    ASSERT_TRUE(m_store->setFigure(FigureChange{key, Money::fromThousands(-120'000)}).has_value());
    EXPECT_EQ(m_store->removeVerksamhet(a.id).error().code, Core::ErrorCode::Conflict);
    ASSERT_TRUE(m_store->setFigure(FigureChange{key, std::nullopt}).has_value());
    ASSERT_TRUE(m_store->removeVerksamhet(a.id).has_value());
    EXPECT_TRUE(paths(namnd).empty());
    auto back = m_store->createVerksamhet(namnd, std::nullopt, "Barn och unga", 0, a.id);
    ASSERT_TRUE(back.has_value()) << back.error().message;
    EXPECT_EQ(back->id, a.id);
    std::vector<std::string> history;
    for (const auto &e : take(m_store->auditLog(a.id)))
        history.push_back(e.entity + " " + e.oldValue.value_or("-") + " -> " + e.newValue.value_or("-"));
    EXPECT_EQ(history, (std::vector<std::string>{"verksamhet - -> skapad", "figur - -> -12000000000",
                                                 "figur -12000000000 -> -", "verksamhet skapad -> borttagen",
                                                 "verksamhet - -> skapad"}));
}

TEST_P(Structure, ANewYearShowsWithoutFiguresAndTakesLastYearsForecastMethodsOnRequest)
{
    const Storage::Id namnd = take(m_store->createNamnd("1880", "SN", "Socialnämnden")).id;
    const auto a = take(m_store->createVerksamhet(namnd, std::nullopt, "Barn och unga", 0));
    const auto b = take(m_store->createVerksamhet(namnd, std::nullopt, "Vuxna", 1));
    ASSERT_TRUE(m_store->setFigure(FigureChange{FigureKey{a.id, "", 2023, std::nullopt, Measure::Budget},
                                                Money::fromThousands(-1)})
                    .has_value());
    ASSERT_TRUE(m_store->setForecastMethod({a.id, 2023, 4, ForecastMethod::Budget}).has_value());
    ASSERT_TRUE(m_store->setForecastMethod({b.id, 2023, 8, ForecastMethod::RunRate}).has_value());

    auto copied = m_store->addYear(namnd, 2024, true);
    ASSERT_TRUE(copied.has_value()) << copied.error().message;
    EXPECT_EQ(copied->size(), 2u);
    EXPECT_EQ(take(m_store->years(namnd)), (std::vector<int>{2023, 2024}));
    auto methods = take(m_store->forecastMethods(namnd, 2024));
    ASSERT_EQ(methods.size(), 2u);
    EXPECT_EQ(methods[0].method, ForecastMethod::Budget);
    EXPECT_EQ(methods[0].month, 4);
    EXPECT_EQ(log(namnd).back(), "år år 2024 - -> tillagt med 2 prognosmetoder från 2023");
    EXPECT_EQ(m_store->addYear(namnd, 2024, false).error().code, Core::ErrorCode::Conflict);
    EXPECT_EQ(m_store->addYear(namnd, 2023, false).error().code, Core::ErrorCode::Conflict);

    // Without the copy, an empty year; undone, it is gone again.
    ASSERT_TRUE(m_store->addYear(namnd, 2025, false).has_value());
    EXPECT_TRUE(take(m_store->forecastMethods(namnd, 2025)).empty());
    ASSERT_TRUE(m_store->removeYear(namnd, 2025, {}).has_value());
    ASSERT_TRUE(m_store->removeYear(namnd, 2024, *copied).has_value());
    EXPECT_EQ(take(m_store->years(namnd)), std::vector<int>{2023});
    EXPECT_TRUE(take(m_store->forecastMethods(namnd, 2024)).empty());

    // A year with figures stays.
    ASSERT_TRUE(m_store->addYear(namnd, 2026, false).has_value());
    ASSERT_TRUE(m_store->setFigure(FigureChange{FigureKey{a.id, "", 2026, std::nullopt, Measure::Budget},
                                                Money::fromThousands(-1)})
                    .has_value());
    EXPECT_EQ(m_store->removeYear(namnd, 2026, {}).error().code, Core::ErrorCode::Conflict);
}

INSTANTIATE_TEST_SUITE_P(Engines, Structure, ::testing::Values(Storage::Engine::Sqlite, Storage::Engine::Postgres),
                         TestUtil::engineParamName);
