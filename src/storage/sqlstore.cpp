// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL store: construction, migration, cached statements and the reference-data reads.
#include "sqlstore.h"
#include "storedcodes.h"

#include "referencedata.h"
#include "schema.h"
#include "transaction.h"

#include <chrono>
#include <ctime>
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

} // namespace

SqlStore::SqlStore(std::unique_ptr<Connection> connection, std::string location)
    : m_db(std::move(connection)), m_path(std::move(location)), m_user("okänd")
{
}

std::string SqlStore::now() const
{
    return m_clock ? m_clock() : utcNow();
}

Result<int> SqlStore::readSchemaVersion()
{
    int version = 0;
    auto exists = m_db->hasTable("schema_version");
    if (!exists)
        return std::unexpected(exists.error());
    if (*exists) {
        auto read = m_db->statement("SELECT version FROM schema_version");
        if (!read)
            return std::unexpected(read.error());
        auto row = (*read)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return fail(ErrorCode::Storage, m_path + ": databasen är skadad (schemaversion saknas)");
        version = (*read)->integer(0);
        (*read)->reset();
    }
    m_migratedFrom = version;
    if (version > currentSchemaVersion)
        return fail(ErrorCode::Unsupported,
                    m_path + ": databasen har schemaversion " + std::to_string(version) +
                        " men programmet kan bara läsa till och med version " +
                        std::to_string(currentSchemaVersion) + "; använd en nyare Tertial");
    return version;
}

Result<void> SqlStore::migrate()
{
    auto version = readSchemaVersion();
    if (!version)
        return std::unexpected(version.error());
    if (*version < currentSchemaVersion) {
        // SQLite: a step may rebuild a table others refer to (its documented way: foreign keys
        // off outside the transaction, checked before commit).
        const bool sqlite = m_db->engine() == Engine::Sqlite;
        if (sqlite)
            if (auto ok = m_db->exec("PRAGMA foreign_keys = OFF"); !ok)
                return ok;
        auto transaction = Transaction::begin(*m_db);
        if (!transaction)
            return std::unexpected(transaction.error());
        for (int step = *version + 1; step <= currentSchemaVersion; ++step) {
            if (auto ok = runMigrationStep(*m_db, step); !ok)
                return fail(ok.error().code == ErrorCode::Forbidden ? ErrorCode::Forbidden : ErrorCode::Storage,
                            m_path + ": uppgraderingen till schemaversion " +
                                                    std::to_string(step) + " misslyckades: " + ok.error().message);
            if (auto ok = m_db->exec("UPDATE schema_version SET version = " + std::to_string(step)); !ok)
                return std::unexpected(ok.error());
        }
        if (sqlite) {
            auto check = m_db->statement("PRAGMA foreign_key_check");
            if (!check)
                return std::unexpected(check.error());
            auto broken = (*check)->step();
            if (!broken)
                return std::unexpected(broken.error());
            if (*broken)
                return fail(ErrorCode::Storage, m_path + ": uppgraderingen lämnade en rad i " + (*check)->text(0) +
                                                    " utan sin motsvarighet i " + (*check)->text(2));
            (*check)->reset();
        }
        // A new database, or one from before version 8 (when the län table came), gets the
        // kommuner, län and kontoslag it lacks: init must know Sweden.
        if (*version < 8)
            if (auto ok = insertReferenceData(*m_db); !ok)
                return fail(ErrorCode::Storage, m_path + ": referensdata: " + ok.error().message);
        if (auto ok = transaction->commit(); !ok)
            return std::unexpected(ok.error());
    }
    m_schemaVersion = currentSchemaVersion;
    return {};
}

Result<Statement *> SqlStore::statement(std::string_view sql)
{
    auto it = m_statements.find(std::string(sql));
    if (it == m_statements.end()) {
        auto prepared = m_db->statement(sql);
        if (!prepared)
            return std::unexpected(prepared.error());
        it = m_statements.emplace(std::string(sql), std::move(*prepared)).first;
    }
    it->second->reset();
    return it->second.get();
}

Result<std::vector<Kommun>> SqlStore::kommuner()
{
    auto st = query("SELECT code, name, kind, lan FROM kommun ORDER BY code");
    if (!st)
        return std::unexpected(st.error());
    std::vector<Kommun> result;
    auto ok = (*st)->forEach([&](const Statement &row) {
        const std::string kind = row.text(2);
        result.push_back(Kommun{row.text(0), row.text(1),
                                kind == "L" ? Kommun::Kind::Region : kind == "R" ? Kommun::Kind::Riket : Kommun::Kind::Kommun,
                                row.text(3)});
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<std::vector<Kontoslag>> SqlStore::kontoslag()
{
    auto st = query("SELECT code, name, kind FROM kontoslag WHERE code <> '' ORDER BY ordering");
    if (!st)
        return std::unexpected(st.error());
    std::vector<Kontoslag> result;
    auto ok = (*st)->forEach([&](const Statement &row) {
        result.push_back(Kontoslag{row.text(0), row.text(1), row.text(2) == "intakt"});
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<std::vector<Namnd>> SqlStore::namnder(const std::string &kommun)
{
    auto st = query("SELECT id, kommun, code, name FROM namnd WHERE kommun = ?1 ORDER BY code", kommun);
    if (!st)
        return std::unexpected(st.error());
    std::vector<Namnd> result;
    auto ok = (*st)->forEach([&](const Statement &row) {
        result.push_back(Namnd{row.int64(0), row.text(1), row.text(2), row.text(3)});
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<std::optional<Namnd>> SqlStore::findNamnd(const std::string &kommun, const std::string &code)
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

Result<std::optional<Id>> SqlStore::namndLevelId(Id namndId)
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

Result<std::vector<Verksamhet>> SqlStore::verksamheter(Id namndId)
{
    // Every node but the nämnd's hidden one (no parent, no name).
    auto st = query("SELECT id, parent_id, name, ordering, memo, periodisation FROM verksamhet "
                    "WHERE namnd_id = ?1 AND NOT (parent_id IS NULL AND name = '') ORDER BY ordering, id",
                    namndId);
    if (!st)
        return std::unexpected(st.error());
    std::vector<Verksamhet> all;
    std::vector<std::string> periodisations; // read once the paths are known, to name a bad one by its path
    auto ok = (*st)->forEach([&](const Statement &row) {
        all.push_back(Verksamhet{row.int64(0), namndId, row.optionalInt64(1), row.text(2), {}, row.integer(3),
                                 row.int64(4) != 0, Core::PeriodizationProfile::linear()});
        periodisations.push_back(row.text(5));
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
    CodeErrors codes;
    while (!stack.empty()) {
        Level &level = stack.back();
        if (level.next == level.nodes->size()) {
            stack.pop_back();
            continue;
        }
        const std::size_t index = (*level.nodes)[level.next++];
        Verksamhet node = std::move(all[index]);
        node.path = level.parent == top ? node.name
                                        : ordered[level.parent].path + std::string(verksamhetPathSeparator) + node.name;
        node.periodisation = codes.take(storedPeriodisation(periodisations[index]), "verksamhet " + node.path,
                                        Core::PeriodizationProfile::linear());
        ordered.push_back(std::move(node));
        if (auto it = children.find(ordered.back().id); it != children.end())
            stack.push_back({&it->second, 0, ordered.size() - 1});
    }
    if (codes.error())
        return std::unexpected(*codes.error());
    return ordered;
}

} // namespace Tertial::Storage
