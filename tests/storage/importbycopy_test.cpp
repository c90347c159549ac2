// SPDX-License-Identifier: GPL-3.0-or-later
// The server's import through COPY and a set-based merge against the row-by-row import, on two
// databases set up alike with `server init`: the same file gives the same figures (row
// versions included), the same audit rows (but ids and times), the same notifications, and the
// same refusals (a locked period, a nämnd beyond the user's, a role that may only read) leaving
// each database as it was.
#include "common/teststores.h"

#include "storage/openstore.h"
#include "storage/serveradmin.h"

#include <gtest/gtest.h>

#include <poll.h>

#include <algorithm>
#include <chrono>
#include <limits>
#include <set>

using namespace Tertial;
using Core::ErrorCode;
using Core::Money;
using Storage::FigureRow;
using Storage::ImportBatch;
using Storage::Measure;

namespace {

// Login roles of this suite (roles are the cluster's; other suites use other names).
constexpr const char *controllerUser = "ic_controller";
constexpr const char *secretaryUser = "ic_secretary";

enum class Path { Rows, Copy };

FigureRow figure(int line, const std::string &namnd, const std::string &path, int year, std::optional<int> month,
                 Measure measure, std::int64_t kronor, const std::string &kontoslag = {})
{
    return FigureRow{{"figurer.csv", line}, {"0182", namnd}, path, kontoslag, year, month, measure, Money::fromKronor(kronor)};
}

// Rows of a query on a database as the superuser (who passes row security), one line each.
std::vector<std::string> rowsOf(const std::string &location, const std::string &sql)
{
    std::vector<std::string> rows;
    auto db = Storage::PgConnection::connect(location);
    EXPECT_TRUE(db.has_value()) << db.error().message;
    if (!db)
        return rows;
    auto st = (*db)->statement(sql);
    EXPECT_TRUE(st.has_value()) << st.error().message;
    if (!st)
        return rows;
    auto ok = (*st)->forEach([&](const Storage::Statement &row) {
        std::string line;
        for (int c = 0; c < row.columnCount(); ++c)
            line += (c ? "|" : "") + (row.isNull(c) ? std::string("∅") : row.text(c));
        rows.push_back(line);
    });
    EXPECT_TRUE(ok.has_value()) << ok.error().message;
    return rows;
}

// A verksamhet by its place (nämnd, parent, name), as schema step 8 stores it; no ids.
const std::string place = "n.kommun || ' ' || n.code || ' / ' || COALESCE(p.name, '-') || ' / ' || v.name";

std::vector<std::string> figuresOf(const std::string &location)
{
    return rowsOf(location, "SELECT " + place + ", f.year, f.month, f.measure, f.kontoslag, f.amount_ore, f.version "
                            "FROM figure f JOIN verksamhet v ON v.id = f.verksamhet_id JOIN namnd n ON n.id = v.namnd_id "
                            "LEFT JOIN verksamhet p ON p.id = v.parent_id ORDER BY 1, 2, 3, 4, 5");
}

// Every audit row but its id and time, in the log's order.
std::vector<std::string> auditOf(const std::string &location)
{
    return rowsOf(location, "SELECT a.who, a.entity, n.code, " + place + ", a.what, a.old_value, a.new_value, a.reason "
                            "FROM audit_log a LEFT JOIN namnd n ON n.id = a.namnd_id "
                            "LEFT JOIN verksamhet v ON v.id = a.verksamhet_id LEFT JOIN verksamhet p ON p.id = v.parent_id "
                            "ORDER BY a.id");
}

class ImportByCopy : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (TestUtil::TestLocation *location : {&m_rows, &m_copy}) {
            TERTIAL_REQUIRE_ENGINE(*location);
            auto init = Storage::serverInit(location->location());
            ASSERT_TRUE(init.has_value()) << init.error().message;
            auto admin = Storage::openStore(location->location());
            ASSERT_TRUE(admin.has_value()) << admin.error().message;
            ImportBatch batch;
            batch.kommuner.push_back({"0182", "Nacka", Storage::Kommun::Kind::Kommun, "01"});
            batch.namnder.push_back({{}, {"0182", "SOCN"}, "Socialnämnden"});
            batch.namnder.push_back({{}, {"0182", "UBN"}, "Utbildningsnämnden"});
            batch.verksamheter.push_back({{}, {"0182", "SOCN"}, "Vuxna", 1, false, "linjär"});
            batch.verksamheter.push_back({{}, {"0182", "UBN"}, "Grundskola", 1, false, "linjär"});
            batch.figures.push_back(figure(0, "SOCN", "Vuxna", 2024, 12, Measure::ActualNet, -9'745'000));
            batch.figures.push_back(figure(0, "SOCN", "Vuxna", 2025, 2, Measure::ActualNet, -1'500'000));
            batch.figures.push_back(figure(0, "SOCN", "Vuxna", 2025, std::nullopt, Measure::Budget, -20'000'000));
            batch.figures.push_back(figure(0, "UBN", "Grundskola", 2025, 2, Measure::ActualNet, -3'000'000));
            auto ok = (*admin)->apply(batch, "grund");
            ASSERT_TRUE(ok.has_value()) << ok.error().message;
            for (const auto &[user, role] : {std::pair{controllerUser, Storage::ServerRole::Controller},
                                             std::pair{secretaryUser, Storage::ServerRole::Secretary}}) {
                auto granted = Storage::serverGrant(location->location(), {user, role, "0182", "SOCN"});
                ASSERT_TRUE(granted.has_value()) << granted.error().message;
            }
        }
    }

    TestUtil::TestLocation &at(Path path) { return path == Path::Rows ? m_rows : m_copy; }

    // The store of one database as `user`, importing one way or the other whatever the size.
    std::unique_ptr<Storage::SqlStore> as(Path path, const std::string &user)
    {
        auto store = Storage::openStore(at(path).server()->uri(user));
        EXPECT_TRUE(store.has_value()) << store.error().message;
        if (!store)
            return nullptr;
        (*store)->setCopyImportMinRows(path == Path::Copy ? 0 : std::numeric_limits<std::size_t>::max());
        return std::move(*store);
    }

    // Both ways refuse the file alike, and each database is left as it was.
    void expectRefusedAlike(const std::string &user, const ImportBatch &batch, ErrorCode code, const std::string &message)
    {
        for (Path path : {Path::Rows, Path::Copy}) {
            SCOPED_TRACE(path == Path::Rows ? "row by row" : "COPY");
            const std::string before = TestUtil::snapshot(at(path).location());
            auto store = as(path, user);
            ASSERT_TRUE(store);
            auto refused = store->apply(batch, "månadsfil");
            ASSERT_FALSE(refused.has_value());
            EXPECT_EQ(refused.error().code, code);
            EXPECT_EQ(refused.error().message, message);
            EXPECT_EQ(TestUtil::snapshot(at(path).location()), before);
        }
    }

    TestUtil::TestLocation m_rows{Storage::Engine::Postgres};
    TestUtil::TestLocation m_copy{Storage::Engine::Postgres};
};

// The notifications that arrive on `listener` within a short while.
std::multiset<std::string> notificationsOf(Storage::PgConnection &listener)
{
    std::multiset<std::string> payloads;
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(400);
    while (std::chrono::steady_clock::now() < end) {
        pollfd fd{listener.socket(), POLLIN, 0};
        ::poll(&fd, 1, 50);
        if (auto arrived = listener.notifications())
            for (const auto &n : *arrived)
                payloads.insert(n.payload);
    }
    return payloads;
}

} // namespace

TEST_F(ImportByCopy, TheSameFileGivesTheSameFiguresAuditRowsVersionsAndNotifications)
{
    // The nämnd's controller: a new verksamhet two levels deep, new figures, a changed one, an
    // unchanged one, a key given twice (the later value holds, both rows logged), a kontoslag,
    // a helår budget and an utfall split that adds up to its netto.
    ImportBatch controllerFile;
    controllerFile.verksamheter.push_back({{"verksamheter.csv", 2}, {"0182", "SOCN"}, "Äldre > Hemtjänst", 2, false, "linjär"});
    auto &f = controllerFile.figures;
    f.push_back(figure(2, "SOCN", "Vuxna", 2025, 2, Measure::ActualNet, -1'600'000));  // changed
    f.push_back(figure(3, "SOCN", "Vuxna", 2024, 12, Measure::ActualNet, -9'745'000)); // unchanged
    f.push_back(figure(4, "SOCN", "Vuxna", 2025, 3, Measure::ActualIncome, 200'000));
    f.push_back(figure(5, "SOCN", "Vuxna", 2025, 3, Measure::ActualCost, -2'000'000));
    f.push_back(figure(6, "SOCN", "Vuxna", 2025, 3, Measure::ActualNet, -1'800'000));
    f.push_back(figure(7, "SOCN", "Äldre > Hemtjänst", 2025, std::nullopt, Measure::Budget, -50'000'000));
    f.push_back(figure(8, "SOCN", "Äldre > Hemtjänst", 2025, 3, Measure::Forecast, -4'000'000));
    f.push_back(figure(9, "SOCN", "Äldre > Hemtjänst", 2025, 3, Measure::ActualNet, -3'900'000, "personal"));
    f.push_back(figure(10, "SOCN", "Äldre > Hemtjänst", 2025, 3, Measure::Forecast, -4'100'000)); // again
    f.push_back(figure(11, "SOCN", "Vuxna", 2026, std::nullopt, Measure::Budget, -21'000'000));
    // The admin: both nämnder in one file (a header row each), and the nämnd's name.
    ImportBatch adminFile;
    adminFile.namnder.push_back({{"namnder.csv", 2}, {"0182", "UBN"}, "Utbildningsnämnden i Nacka"});
    adminFile.figures.push_back(figure(2, "UBN", "Grundskola", 2025, 2, Measure::ActualNet, -3'100'000));
    adminFile.figures.push_back(figure(3, "UBN", "Grundskola > Skolskjuts", 2025, 4, Measure::Forecast, -10'000));
    adminFile.figures.push_back(figure(4, "SOCN", "Vuxna", 2025, 4, Measure::Forecast, -1'700'000));

    std::map<Path, std::multiset<std::string>> notified;
    std::map<Path, std::vector<Storage::ImportSummary>> summaries;
    for (Path path : {Path::Rows, Path::Copy}) {
        SCOPED_TRACE(path == Path::Rows ? "row by row" : "COPY");
        auto listener = Storage::PgConnection::connect(at(path).location());
        ASSERT_TRUE(listener.has_value()) << listener.error().message;
        ASSERT_TRUE((*listener)->exec("LISTEN tertial_change").has_value());
        for (const auto &[user, file] : {std::pair{controllerUser, &controllerFile}, std::pair{"controller", &adminFile}}) {
            auto store = as(path, user);
            ASSERT_TRUE(store);
            auto summary = store->apply(*file, "månadsfil");
            ASSERT_TRUE(summary.has_value()) << summary.error().message;
            summaries[path].push_back(*summary);
        }
        notified[path] = notificationsOf(**listener);
    }

    const auto figures = figuresOf(m_rows.location());
    EXPECT_EQ(figuresOf(m_copy.location()), figures);
    const auto audit = auditOf(m_rows.location());
    EXPECT_EQ(auditOf(m_copy.location()), audit);
    EXPECT_GT(audit.size(), 20u);
    EXPECT_EQ(notified[Path::Copy], notified[Path::Rows]);
    ASSERT_EQ(summaries[Path::Rows].size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(summaries[Path::Copy][i].rowsRead, summaries[Path::Rows][i].rowsRead);
        EXPECT_EQ(summaries[Path::Copy][i].figuresWritten, summaries[Path::Rows][i].figuresWritten);
        EXPECT_EQ(summaries[Path::Copy][i].figuresUnchanged, summaries[Path::Rows][i].figuresUnchanged);
    }

    // What both hold, from the files above (not from either path's output).
    EXPECT_EQ(summaries[Path::Rows][0].figuresWritten, 9u); // 10 rows, one unchanged; the key given twice counts twice
    EXPECT_EQ(summaries[Path::Rows][0].figuresUnchanged, 1u);
    const std::vector<std::string> socnVuxna = rowsOf(
        m_copy.location(), "SELECT f.year, f.month, f.measure, f.amount_ore FROM figure f JOIN verksamhet v ON v.id = "
                           "f.verksamhet_id WHERE v.name = 'Vuxna' ORDER BY 1, 2, 3");
    EXPECT_EQ(socnVuxna, (std::vector<std::string>{"2024|12|utfall_netto|-974500000", "2025|0|budget|-2000000000",
                                                   "2025|2|utfall_netto|-160000000", "2025|3|utfall_intakter|20000000",
                                                   "2025|3|utfall_kostnader|-200000000", "2025|3|utfall_netto|-180000000",
                                                   "2025|4|prognos|-170000000", "2026|0|budget|-2100000000"}));
    // The verksamhet by its place, no path stored: Hemtjänst under Äldre, Skolskjuts under Grundskola.
    EXPECT_EQ(rowsOf(m_copy.location(), "SELECT " + place + " FROM verksamhet v JOIN namnd n ON n.id = v.namnd_id "
                                        "LEFT JOIN verksamhet p ON p.id = v.parent_id WHERE v.name <> '' ORDER BY 1"),
              (std::vector<std::string>{"0182 SOCN / - / Vuxna", "0182 SOCN / - / Äldre", "0182 SOCN / Äldre / Hemtjänst",
                                        "0182 UBN / - / Grundskola", "0182 UBN / Grundskola / Skolskjuts"}));
    // Row versions: each import stamps what it wrote with its own one version; the unchanged
    // row keeps the version of the first import.
    EXPECT_EQ(rowsOf(m_copy.location(), "SELECT count(DISTINCT version) FROM figure"), std::vector<std::string>{"3"});
    EXPECT_EQ(rowsOf(m_copy.location(), "SELECT f.version = (SELECT min(version) FROM figure) FROM figure f JOIN verksamhet v "
                                        "ON v.id = f.verksamhet_id WHERE v.name = 'Vuxna' AND f.year = 2024"),
              std::vector<std::string>{"t"});
    // The audit: a header per nämnd and import with the counts (a key given twice counts as
    // new, then changed), a row per written figure, the second of the key given twice from the
    // first's value.
    EXPECT_EQ(rowsOf(m_copy.location(), "SELECT a.who, n.code, a.what, a.new_value FROM audit_log a JOIN namnd n "
                                        "ON n.id = a.namnd_id WHERE a.entity = 'import' AND a.reason = 'månadsfil' ORDER BY a.id"),
              (std::vector<std::string>{
                  std::string(controllerUser) + "|SOCN|import av verksamheter.csv, figurer.csv|rader i importen: 11; "
                                                "belopp i nämnden: 7 nya, 2 ändrade, 1 oförändrade",
                  "controller|UBN|import av namnder.csv, figurer.csv|rader i importen: 4; belopp i nämnden: 1 nya, 1 ändrade, "
                  "0 oförändrade",
                  "controller|SOCN|import av namnder.csv, figurer.csv|rader i importen: 4; belopp i nämnden: 1 nya, 0 ändrade, "
                  "0 oförändrade"}));
    EXPECT_EQ(rowsOf(m_copy.location(), "SELECT count(*) FROM audit_log WHERE entity = 'figur' AND reason = 'månadsfil'"),
              std::vector<std::string>{"12"});
    // The server's time on each (UTC, ISO 8601), committed ids only.
    for (const std::string &at : rowsOf(m_copy.location(), "SELECT at FROM audit_log WHERE id <= 0 OR at !~ "
                                                           "'^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$'"))
        ADD_FAILURE() << "audit time " << at;
    EXPECT_NE(std::find(audit.begin(), audit.end(),
                        std::string(controllerUser) +
                            "|figur|SOCN|0182 SOCN / Äldre / Hemtjänst|Äldre > Hemtjänst 2025-03 prognos|-400000000|-410000000|månadsfil"),
              audit.end());
    // One notification per transaction and nämnd-year.
    const std::string socn = rowsOf(m_copy.location(), "SELECT id FROM namnd WHERE code = 'SOCN'").at(0);
    const std::string ubn = rowsOf(m_copy.location(), "SELECT id FROM namnd WHERE code = 'UBN'").at(0);
    // (year 0: the nämnd's tree and name.)
    EXPECT_EQ(notified[Path::Copy], (std::multiset<std::string>{socn + ":0", socn + ":2025", socn + ":2026", ubn + ":0",
                                                                ubn + ":2025", socn + ":2025"}));
}

// A locked month refuses its own figures, the year's helår budget it shows and last year's
// utfall to that month and to December (issue 11's rule, SqlStore::checkFigureUnlocked and the
// server's triggers): at the same row with the same words either way.
TEST_F(ImportByCopy, ALockedMonthRefusesTheSameRowsAlike)
{
    for (Path path : {Path::Rows, Path::Copy}) {
        auto admin = as(path, "controller");
        ASSERT_TRUE(admin);
        const Storage::Id socn = (*admin->findNamnd("0182", "SOCN"))->id;
        ASSERT_TRUE(admin->lockPeriod(socn, 2025, 3, "T1 rapporterad").has_value());
    }
    const FigureRow fine = figure(2, "SOCN", "Vuxna", 2025, 5, Measure::Forecast, -1'000);
    struct Case
    {
        FigureRow refused;
        std::string message;
    };
    const std::vector<Case> cases{
        {figure(3, "SOCN", "Vuxna", 2025, 3, Measure::Forecast, -2'000),
         "figurer.csv:3: Vuxna 2025-03 prognos: perioden 2025-03 är låst; lås upp den innan du ändrar"},
        {figure(3, "SOCN", "Vuxna", 2025, std::nullopt, Measure::Budget, -21'000'000),
         "figurer.csv:3: Vuxna 2025 budget: perioden 2025-03 är låst och visar årets budget; lås upp den innan du ändrar"},
        {figure(3, "SOCN", "Vuxna", 2024, 12, Measure::ActualNet, -9'000'000),
         "figurer.csv:3: Vuxna 2024-12 utfall_netto: perioden 2025-03 är låst och visar föregående års utfall; lås upp den "
         "innan du ändrar"},
    };
    for (const Case &c : cases) {
        ImportBatch batch;
        batch.figures = {fine, c.refused, figure(4, "SOCN", "Vuxna", 2025, 6, Measure::Forecast, -1'000)};
        expectRefusedAlike(controllerUser, batch, ErrorCode::Conflict, c.message);
    }
}

TEST_F(ImportByCopy, AControllerImportingBeyondTheirNamnderIsRefusedAlike)
{
    ImportBatch batch;
    batch.figures = {figure(2, "SOCN", "Vuxna", 2025, 5, Measure::Forecast, -1'000),
                     figure(3, "UBN", "Grundskola", 2025, 5, Measure::Forecast, -1'000)};
    // The nämnd is hidden from them, so the import would add it, which only an admin may.
    expectRefusedAlike(controllerUser, batch, ErrorCode::Forbidden,
                       "figurer.csv:3: servern tillåter det inte för din roll (new row violates row-level security "
                       "policy for table \"namnd\")");
}

// A role that reads the nämnd but writes no figures gets as far as the merge: the server's row
// security refuses it there, and the refusal names the nämnd's first written row (not the
// unchanged one before it) as the row-by-row path does.
TEST_F(ImportByCopy, ARoleThatMayOnlyReadIsRefusedByTheServerAlike)
{
    ImportBatch changes;
    changes.figures = {figure(2, "SOCN", "Vuxna", 2024, 12, Measure::ActualNet, -9'745'000), // unchanged
                       figure(3, "SOCN", "Vuxna", 2025, 2, Measure::ActualNet, -1'600'000),  // stored: an update
                       figure(4, "SOCN", "Vuxna", 2025, 5, Measure::Forecast, -1'000)};     // new
    expectRefusedAlike(secretaryUser, changes, ErrorCode::Forbidden,
                       "figurer.csv:3: Vuxna 2025-02 utfall_netto: din roll får läsa cellen men inte ändra den");
    ImportBatch additions;
    additions.figures = {figure(2, "SOCN", "Vuxna", 2024, 12, Measure::ActualNet, -9'745'000),
                         figure(3, "SOCN", "Vuxna", 2025, 5, Measure::Forecast, -1'000),
                         figure(4, "SOCN", "Vuxna", 2025, 2, Measure::ActualNet, -1'600'000)};
    expectRefusedAlike(secretaryUser, additions, ErrorCode::Forbidden,
                       "figurer.csv:3: servern tillåter det inte för din roll (new row violates row-level security "
                       "policy for table \"figure\")");
}

// The import draws its audit ids itself, under the lock the commit-order trigger takes: a
// transaction that wrote an audit row before the import and commits after it still gets higher
// ids, so the Ändringslogg, which reads the ids after the last it holds, misses nothing.
TEST_F(ImportByCopy, AuditIdsFollowTheOrderOfCommits)
{
    auto slow = Storage::PgConnection::connect(m_copy.location());
    ASSERT_TRUE(slow.has_value()) << slow.error().message;
    const std::string socn = rowsOf(m_copy.location(), "SELECT id FROM namnd WHERE code = 'SOCN'").at(0);
    ASSERT_TRUE((*slow)->exec("BEGIN; INSERT INTO audit_log (at, who, entity, namnd_id, what, reason) VALUES "
                              "('', '', 'kommentar', " + socn + ", 'långsam', '')")
                    .has_value());
    ImportBatch batch;
    batch.figures = {figure(2, "SOCN", "Vuxna", 2025, 5, Measure::Forecast, -1'000),
                     figure(3, "SOCN", "Vuxna", 2025, 6, Measure::Forecast, -2'000)};
    auto store = as(Path::Copy, controllerUser);
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->apply(batch, "månadsfil").has_value());
    const std::vector<std::string> seen = rowsOf(m_copy.location(), "SELECT id FROM audit_log ORDER BY id");
    ASSERT_TRUE((*slow)->exec("COMMIT").has_value());
    const std::vector<std::string> all = rowsOf(m_copy.location(), "SELECT id, what FROM audit_log ORDER BY id");
    ASSERT_EQ(all.size(), seen.size() + 1);
    EXPECT_EQ(all.back(), std::to_string(std::stoll(seen.back()) + 1) + "|långsam");
    EXPECT_GT(std::stoll(seen.front()), 0);
}
