// SPDX-License-Identifier: GPL-3.0-or-later
// Opening, checking and migrating the SQLite store; the reference-data reads.
#include "sqlitestore.h"

#include "databasefiles.h"
#include "referencedata.h"
#include "schema.h"
#include "transaction.h"

#include <sqlite3.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <limits>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

namespace {

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
    if (auto ok = store->migrate(0); !ok)
        return std::unexpected(ok.error());
    if (auto ok = store->configure(); !ok)
        return std::unexpected(ok.error());
    return store;
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string &path, OpenOptions options)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return fail(ErrorCode::NotFound, path + ": databasen finns inte (skapa den med tertial-cli init)");
    if (std::filesystem::file_size(path, ec) == 0 && !ec)
        return fail(ErrorCode::Unsupported, path + ": filen är tom, inte en Tertial-databas");

    // Everything below reads through SQLite's own descriptor. A descriptor of ours on the file,
    // closed while SQLite holds its POSIX locks, would drop those locks (they belong to the
    // process, not the descriptor) and another process would delete the log under this one.
    const std::string why = whyNotWritable(path);
    auto connection = SqliteConnection::open(path, why.empty() ? SqliteConnection::Mode::OpenExisting
                                                               : SqliteConnection::Mode::ReadOnly);
    if (!connection)
        return std::unexpected(connection.error());
    std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(*connection), path));
    if (!why.empty())
        store->m_db.setReadOnlyReason(path + ": databasen är öppnad bara för läsning (" + why +
                                      "); ändringen sparades inte");
    // Checks first, writes after: a file that is refused keeps every byte.
    auto version = store->checkOpened(options);
    if (!version)
        return std::unexpected(version.error());
    if (!why.empty()) {
        if (*version < currentSchemaVersion)
            return fail(ErrorCode::Unsupported,
                        path + ": databasen har schemaversion " + std::to_string(*version) +
                            " och måste uppgraderas, men " + why + "; öppna den en gång med skrivrätt");
        if (auto ok = store->m_db.exec("PRAGMA query_only = ON"); !ok)
            return std::unexpected(ok.error());
        store->m_readOnly = path + ": öppnad bara för läsning (" + why + ")";
        store->m_schemaVersion = *version;
        return store;
    }
    if (auto ok = store->migrate(*version); !ok)
        return std::unexpected(ok.error());
    if (auto ok = store->configure(); !ok)
        return std::unexpected(ok.error());
    return store;
}

Result<int> SqliteStore::checkOpened(const OpenOptions &options)
{
    // SQLite reads the header at the first statement and says SQLITE_NOTADB for a foreign file.
    const auto unreadable = [&](const Core::Error &error) {
        if ((m_db.lastErrorCode() & 0xff) == SQLITE_NOTADB)
            return fail(ErrorCode::Unsupported,
                        m_path + ": inte en Tertial-databas (filen är ingen SQLite-databas, eller dess huvud är skadat)");
        return fail(ErrorCode::Storage, m_path + ": databasen är skadad och kan inte läsas (" + error.message + ")");
    };
    auto appId = m_db.prepare("PRAGMA application_id");
    if (!appId)
        return unreadable(appId.error());
    auto row = appId->step();
    if (!row)
        return unreadable(row.error());
    if (!*row || appId->int64(0) != tertialApplicationId)
        return fail(ErrorCode::Unsupported, m_path + ": en SQLite-databas men inte en Tertial-databas");
    appId->reset();

    // The version before anything is written: a newer database is refused untouched.
    int version = 0;
    {
        auto exists = m_db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
        if (!exists)
            return std::unexpected(exists.error());
        if (auto next = exists->step(); !next)
            return std::unexpected(next.error());
        if (exists->int64(0) > 0) {
            auto read = m_db.prepare("SELECT version FROM schema_version");
            if (!read)
                return std::unexpected(read.error());
            auto next = read->step();
            if (!next)
                return std::unexpected(next.error());
            if (!*next)
                return fail(ErrorCode::Storage, m_path + ": databasen är skadad (schemaversion saknas)");
            version = read->integer(0);
        }
    }
    if (version > currentSchemaVersion)
        return fail(ErrorCode::Unsupported,
                    m_path + ": databasen har schemaversion " + std::to_string(version) +
                        " men programmet kan bara läsa till och med version " +
                        std::to_string(currentSchemaVersion) + "; använd en nyare Tertial");

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
    return version;
}

Result<void> SqliteStore::configure()
{
    // WAL: readers never block the writer and a killed writer leaves the main file untouched.
    // synchronous=FULL: a committed import survives a power cut, not only a crash.
    // journal_size_limit: the log is emptied when the last writer closes (see keepLogFiles).
    for (std::string_view pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                                    "PRAGMA synchronous = FULL", "PRAGMA journal_size_limit = 67108864"}) {
        if (auto ok = m_db.exec(pragma); !ok)
            return fail(ErrorCode::Storage, m_path + ": " + ok.error().message);
    }
    m_db.keepLogFiles();
    return {};
}

Result<void> SqliteStore::migrate(int version)
{
    if (version < currentSchemaVersion) {
        // A step may rebuild a table others refer to (SQLite's documented way: foreign keys off
        // outside the transaction, checked before commit).
        if (auto ok = m_db.exec("PRAGMA foreign_keys = OFF"); !ok)
            return ok;
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
        // A new database, or one from before version 5 (when the län table came), gets the
        // kommuner, län and kontoslag it lacks: init must know Sweden.
        if (version < 5)
            if (auto ok = insertReferenceData(m_db); !ok)
                return fail(ErrorCode::Storage, m_path + ": referensdata: " + ok.error().message);
        auto check = m_db.prepare("PRAGMA foreign_key_check");
        if (!check)
            return std::unexpected(check.error());
        auto broken = check->step();
        if (!broken)
            return std::unexpected(broken.error());
        if (*broken)
            return fail(ErrorCode::Storage, m_path + ": uppgraderingen lämnade en rad i " + check->text(0) +
                                                " utan sin motsvarighet i " + check->text(2));
        check->reset();
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
    auto st = query("SELECT id FROM verksamhet WHERE namnd_id = ?1 AND parent_id IS NULL AND name = ''", namndId);
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
    // Every node but the nämnd's hidden one (no parent, no name).
    auto st = query("SELECT id, parent_id, name, ordering, memo, periodisation FROM verksamhet "
                    "WHERE namnd_id = ?1 AND NOT (parent_id IS NULL AND name = '') ORDER BY ordering, id",
                    namndId);
    if (!st)
        return std::unexpected(st.error());
    std::vector<Verksamhet> all;
    auto ok = (*st)->forEach([&](const SqliteStatement &row) {
        all.push_back(Verksamhet{row.int64(0), namndId, row.optionalInt64(1), row.text(2), {}, row.integer(3),
                                 row.int64(4) != 0, row.text(5)});
    });
    if (!ok)
        return std::unexpected(ok.error());
    // Depth-first in tree order, children by (ordering, id) under each parent, each path built
    // from its parent's. A stack of its own, not recursion: a database written before the depth
    // limit may hold a tree thousands of levels deep.
    std::vector<std::size_t> roots;
    std::unordered_map<Id, std::vector<std::size_t>> children;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].parentId)
            children[*all[i].parentId].push_back(i);
        else
            roots.push_back(i);
    }
    struct Level
    {
        const std::vector<std::size_t> *nodes;
        std::size_t next;
        std::size_t parent; // index in `ordered`, or npos at the top
    };
    constexpr std::size_t top = std::numeric_limits<std::size_t>::max();
    std::vector<Verksamhet> ordered;
    ordered.reserve(all.size());
    std::vector<Level> stack{{&roots, 0, top}};
    while (!stack.empty()) {
        Level &level = stack.back();
        if (level.next == level.nodes->size()) {
            stack.pop_back();
            continue;
        }
        Verksamhet node = std::move(all[(*level.nodes)[level.next++]]);
        node.path = level.parent == top ? node.name
                                        : ordered[level.parent].path + std::string(verksamhetPathSeparator) + node.name;
        ordered.push_back(std::move(node));
        if (auto it = children.find(ordered.back().id); it != children.end())
            stack.push_back({&it->second, 0, ordered.size() - 1});
    }
    return ordered;
}

} // namespace Tertial::Storage
