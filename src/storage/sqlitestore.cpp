// SPDX-License-Identifier: GPL-3.0-or-later
// Opening, checking and migrating the SQLite store; the reference-data reads.
#include "sqlitestore.h"

#include "storedcodes.h"

#include "schema.h"
#include "transaction.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

namespace {

constexpr std::string_view sqliteMagic{"SQLite format 3\0", 16};

std::string utcNow()
{
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

// A small file is cheap to check; a large one only when the last session did not end cleanly
// (SQLite leaves a -wal file with content behind when a writer dies before checkpointing).
bool needsFullCheck(const std::string &path, std::uintmax_t maxBytes)
{
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    if (ec || size <= maxBytes)
        return true;
    const std::uintmax_t walSize = std::filesystem::file_size(path + "-wal", ec);
    return !ec && walSize > 0;
}

} // namespace

SqliteStore::SqliteStore(SqliteConnection connection, std::string path)
    : m_db(std::move(connection)), m_path(std::move(path)), m_user("okänd")
{
}

std::string SqliteStore::now() const
{
    return m_clock ? m_clock() : utcNow();
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::create(const std::string &path)
{
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        return fail(ErrorCode::Conflict, path + ": filen finns redan; välj ett nytt namn för databasen");
    auto connection = SqliteConnection::open(path, SqliteConnection::Mode::Create);
    if (!connection)
        return std::unexpected(connection.error());
    std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(*connection), path));
    if (auto ok = store->m_db.exec("PRAGMA application_id = " + std::to_string(tertialApplicationId)); !ok)
        return std::unexpected(ok.error());
    if (auto ok = store->configure(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = store->migrate(); !ok)
        return std::unexpected(ok.error());
    return store;
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string &path, OpenOptions options)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return fail(ErrorCode::NotFound, path + ": databasen finns inte (skapa den med tertial-cli init)");

    // Look at the header ourselves: SQLite would happily "open" any file and fail later.
    std::ifstream file(path, std::ios::binary);
    std::string header(sqliteMagic.size(), '\0');
    file.read(header.data(), static_cast<std::streamsize>(header.size()));
    if (file.gcount() == 0)
        return fail(ErrorCode::Unsupported, path + ": filen är tom, inte en Tertial-databas");
    if (file.gcount() != static_cast<std::streamsize>(header.size()) || header != sqliteMagic)
        return fail(ErrorCode::Unsupported,
                    path + ": inte en Tertial-databas (filen är ingen SQLite-databas, eller dess huvud är skadat)");

    auto connection = SqliteConnection::open(path, SqliteConnection::Mode::OpenExisting);
    if (!connection)
        return std::unexpected(connection.error());
    std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(*connection), path));
    if (auto ok = store->checkOpened(options); !ok)
        return std::unexpected(ok.error());
    if (auto ok = store->configure(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = store->migrate(); !ok)
        return std::unexpected(ok.error());
    return store;
}

Result<void> SqliteStore::checkOpened(const OpenOptions &options)
{
    auto appId = m_db.prepare("PRAGMA application_id");
    if (!appId)
        return fail(ErrorCode::Storage, m_path + ": databasen är skadad och kan inte läsas (" + appId.error().message + ")");
    auto row = appId->step();
    if (!row)
        return fail(ErrorCode::Storage, m_path + ": databasen är skadad och kan inte läsas (" + row.error().message + ")");
    if (!*row || appId->int64(0) != tertialApplicationId)
        return fail(ErrorCode::Unsupported, m_path + ": en SQLite-databas men inte en Tertial-databas");

    if (options.checkIntegrity && needsFullCheck(m_path, options.fullCheckMaxBytes)) {
        auto check = m_db.prepare("PRAGMA quick_check");
        if (!check)
            return fail(ErrorCode::Storage, m_path + ": databasen är skadad (" + check.error().message + ")");
        std::string problems;
        for (;;) {
            auto next = check->step();
            if (!next)
                return fail(ErrorCode::Storage, m_path + ": databasen är skadad (" + next.error().message + ")");
            if (!*next)
                break;
            const std::string line = check->text(0);
            if (line != "ok")
                problems += (problems.empty() ? "" : "; ") + line;
        }
        if (!problems.empty())
            return fail(ErrorCode::Storage, m_path + ": databasen är skadad (integritetskontrollen fann: " + problems +
                                                "); återställ den från en säkerhetskopia");
    }
    return {};
}

Result<void> SqliteStore::configure()
{
    // WAL: readers never block the writer and a killed writer leaves the main file untouched.
    // synchronous=FULL: a committed import survives a power cut, not only a crash.
    for (std::string_view pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                                    "PRAGMA synchronous = FULL"}) {
        if (auto ok = m_db.exec(pragma); !ok)
            return fail(ErrorCode::Storage, m_path + ": " + ok.error().message);
    }
    return {};
}

Result<void> SqliteStore::migrate()
{
    int version = 0;
    {
        auto exists = m_db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
        if (!exists)
            return std::unexpected(exists.error());
        if (auto row = exists->step(); !row)
            return std::unexpected(row.error());
        if (exists->int64(0) > 0) {
            auto read = m_db.prepare("SELECT version FROM schema_version");
            if (!read)
                return std::unexpected(read.error());
            auto row = read->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                return fail(ErrorCode::Storage, m_path + ": databasen är skadad (schemaversion saknas)");
            version = read->integer(0);
        }
    }
    if (version > currentSchemaVersion)
        return fail(ErrorCode::Unsupported,
                    m_path + ": databasen har schemaversion " + std::to_string(version) +
                        " men programmet kan bara läsa till och med version " +
                        std::to_string(currentSchemaVersion) + "; använd en nyare Tertial");
    if (version < currentSchemaVersion) {
        auto transaction = Transaction::begin(m_db);
        if (!transaction)
            return std::unexpected(transaction.error());
        for (int step = version + 1; step <= currentSchemaVersion; ++step) {
            if (auto ok = runMigrationStep(m_db, step); !ok)
                return fail(ErrorCode::Storage, m_path + ": uppgraderingen till schemaversion " +
                                                    std::to_string(step) + " misslyckades: " + ok.error().message);
            if (auto ok = m_db.exec("UPDATE schema_version SET version = " + std::to_string(step)); !ok)
                return std::unexpected(ok.error());
        }
        if (auto ok = transaction->commit(); !ok)
            return std::unexpected(ok.error());
    }
    m_schemaVersion = currentSchemaVersion;
    return {};
}

Result<SqliteStatement *> SqliteStore::statement(std::string_view sql)
{
    auto it = m_statements.find(std::string(sql));
    if (it == m_statements.end()) {
        auto prepared = m_db.prepare(sql);
        if (!prepared)
            return std::unexpected(prepared.error());
        it = m_statements.emplace(std::string(sql), std::move(*prepared)).first;
    }
    it->second.reset();
    return &it->second;
}

Result<std::vector<Kommun>> SqliteStore::kommuner()
{
    auto st = query("SELECT code, name, kind, lan FROM kommun ORDER BY code");
    if (!st)
        return std::unexpected(st.error());
    std::vector<Kommun> result;
    auto ok = (*st)->forEach([&](const SqliteStatement &row) {
        const std::string kind = row.text(2);
        result.push_back(Kommun{row.text(0), row.text(1),
                                kind == "L" ? Kommun::Kind::Region : kind == "R" ? Kommun::Kind::Riket : Kommun::Kind::Kommun,
                                row.text(3)});
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<std::vector<Kontoslag>> SqliteStore::kontoslag()
{
    auto st = query("SELECT code, name, kind FROM kontoslag WHERE code <> '' ORDER BY ordering");
    if (!st)
        return std::unexpected(st.error());
    std::vector<Kontoslag> result;
    auto ok = (*st)->forEach([&](const SqliteStatement &row) {
        result.push_back(Kontoslag{row.text(0), row.text(1), row.text(2) == "intakt"});
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<std::vector<Namnd>> SqliteStore::namnder(const std::string &kommun)
{
    auto st = query("SELECT id, kommun, code, name FROM namnd WHERE kommun = ?1 ORDER BY code", kommun);
    if (!st)
        return std::unexpected(st.error());
    std::vector<Namnd> result;
    auto ok = (*st)->forEach([&](const SqliteStatement &row) {
        result.push_back(Namnd{row.int64(0), row.text(1), row.text(2), row.text(3)});
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<std::optional<Namnd>> SqliteStore::findNamnd(const std::string &kommun, const std::string &code)
{
    auto st = query("SELECT id, kommun, code, name FROM namnd WHERE kommun = ?1 AND code = ?2", kommun, code);
    if (!st)
        return std::unexpected(st.error());
    auto row = (*st)->step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<Namnd> found;
    if (*row)
        found = Namnd{(*st)->int64(0), (*st)->text(1), (*st)->text(2), (*st)->text(3)};
    // A statement left on a row keeps its read transaction open: this connection would go on
    // reading an old snapshot and its next write would fail as busy once another one has written.
    (*st)->reset();
    return found;
}

Result<std::optional<Id>> SqliteStore::namndLevelId(Id namndId)
{
    auto st = query("SELECT id FROM verksamhet WHERE namnd_id = ?1 AND path = ''", namndId);
    if (!st)
        return std::unexpected(st.error());
    auto row = (*st)->step();
    if (!row)
        return std::unexpected(row.error());
    const std::optional<Id> id = *row ? std::optional<Id>((*st)->int64(0)) : std::nullopt;
    (*st)->reset(); // see findNamnd
    return id;
}

Result<std::vector<Verksamhet>> SqliteStore::verksamheter(Id namndId)
{
    auto st = query("SELECT id, parent_id, name, path, ordering, memo, periodisation FROM verksamhet "
                    "WHERE namnd_id = ?1 AND path <> '' ORDER BY ordering, id",
                    namndId);
    if (!st)
        return std::unexpected(st.error());
    std::vector<Verksamhet> all;
    CodeErrors codes;
    auto ok = (*st)->forEach([&](const SqliteStatement &row) {
        all.push_back(Verksamhet{row.int64(0), namndId, row.optionalInt64(1), row.text(2), row.text(3), row.integer(4),
                                 row.int64(5) != 0,
                                 codes.take(storedPeriodisation(row.text(6)), "verksamhet " + row.text(3),
                                            Core::PeriodizationProfile::linear())});
    });
    if (!ok)
        return std::unexpected(ok.error());
    if (codes.error())
        return std::unexpected(*codes.error());
    // Depth-first in tree order: children sorted by (ordering, id) under each parent.
    std::multimap<std::optional<Id>, const Verksamhet *> byParent;
    for (const Verksamhet &v : all)
        byParent.emplace(v.parentId, &v);
    std::vector<Verksamhet> ordered;
    ordered.reserve(all.size());
    std::function<void(std::optional<Id>)> walk = [&](std::optional<Id> parent) {
        auto [first, last] = byParent.equal_range(parent);
        for (auto it = first; it != last; ++it) {
            ordered.push_back(*it->second);
            walk(it->second->id);
        }
    };
    walk(std::nullopt);
    return ordered;
}

} // namespace Tertial::Storage
