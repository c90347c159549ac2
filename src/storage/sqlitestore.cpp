// SPDX-License-Identifier: GPL-3.0-or-later
// Opening and checking the SQLite store: the header, the application id, the version, the pages,
// and whether this user may write the file at all.
#include "sqlitestore.h"

#include "databasefiles.h"
#include "schema.h"
#include "transaction.h"

#include <sqlite3.h>

#include <filesystem>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

namespace {

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

SqliteStore::SqliteStore(std::unique_ptr<SqliteConnection> connection, std::string path)
    : SqlStore(std::move(connection), std::move(path))
{
}

SqliteConnection &SqliteStore::sqlite()
{
    return static_cast<SqliteConnection &>(connection());
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::create(const std::string &path)
{
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        return fail(ErrorCode::Conflict, path + ": filen finns redan; välj ett nytt namn för databasen");
    auto connection = SqliteConnection::open(path, SqliteConnection::Mode::Create);
    if (!connection)
        return std::unexpected(connection.error());
    std::unique_ptr<SqliteStore> store(new SqliteStore(std::make_unique<SqliteConnection>(std::move(*connection)), path));
    if (auto ok = store->sqlite().exec("PRAGMA application_id = " + std::to_string(tertialApplicationId)); !ok)
        return std::unexpected(ok.error());
    if (auto ok = store->migrate(); !ok)
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
    if (!why.empty())
        connection->setReadOnlyReason(path + ": databasen är öppnad bara för läsning (" + why +
                                      "); ändringen sparades inte");
    std::unique_ptr<SqliteStore> store(new SqliteStore(std::make_unique<SqliteConnection>(std::move(*connection)), path));
    // Checks first, writes after: a file that is refused keeps every byte.
    auto version = store->checkOpened(options);
    if (!version)
        return std::unexpected(version.error());
    if (!why.empty()) {
        if (*version < currentSchemaVersion)
            return fail(ErrorCode::Unsupported,
                        path + ": databasen har schemaversion " + std::to_string(*version) +
                            " och måste uppgraderas, men " + why + "; öppna den en gång med skrivrätt");
        if (auto ok = store->sqlite().exec("PRAGMA query_only = ON"); !ok)
            return std::unexpected(ok.error());
        store->m_readOnly = path + ": öppnad bara för läsning (" + why + ")";
        store->m_schemaVersion = *version;
        return store;
    }
    if (auto ok = store->migrate(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = store->configure(); !ok)
        return std::unexpected(ok.error());
    return store;
}

Result<int> SqliteStore::checkOpened(const OpenOptions &options)
{
    // SQLite reads the header at the first statement and says SQLITE_NOTADB for a foreign file.
    const auto unreadable = [&](const Core::Error &error) {
        if ((sqlite().lastErrorCode() & 0xff) == SQLITE_NOTADB)
            return fail(ErrorCode::Unsupported,
                        m_path + ": inte en Tertial-databas (filen är ingen SQLite-databas, eller dess huvud är skadat)");
        return fail(ErrorCode::Storage, m_path + ": databasen är skadad och kan inte läsas (" + error.message + ")");
    };
    auto appId = sqlite().prepare("PRAGMA application_id");
    if (!appId)
        return unreadable(appId.error());
    auto row = appId->step();
    if (!row)
        return unreadable(row.error());
    if (!*row || appId->int64(0) != tertialApplicationId)
        return fail(ErrorCode::Unsupported, m_path + ": en SQLite-databas men inte en Tertial-databas");
    appId->reset();

    // The version before anything is written: a newer database is refused untouched.
    auto version = readSchemaVersion();
    if (!version)
        return std::unexpected(version.error());

    if (options.checkIntegrity && needsFullCheck(m_path, options.fullCheckMaxBytes)) {
        auto check = sqlite().prepare("PRAGMA quick_check");
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
        if (auto ok = sqlite().exec(pragma); !ok)
            return fail(ErrorCode::Storage, m_path + ": " + ok.error().message);
    }
    sqlite().keepLogFiles();
    return {};
}

} // namespace Tertial::Storage
