// SPDX-License-Identifier: GPL-3.0-or-later
// Opening and checking the SQLite store: the header, the application id, the integrity check.
#include "sqlitestore.h"

#include "schema.h"
#include "transaction.h"

#include <filesystem>
#include <fstream>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

namespace {

constexpr std::string_view sqliteMagic{"SQLite format 3\0", 16};

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
    std::unique_ptr<SqliteStore> store(new SqliteStore(std::make_unique<SqliteConnection>(std::move(*connection)), path));
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
    auto appId = sqlite().prepare("PRAGMA application_id");
    if (!appId)
        return fail(ErrorCode::Storage, m_path + ": databasen är skadad och kan inte läsas (" + appId.error().message + ")");
    auto row = appId->step();
    if (!row)
        return fail(ErrorCode::Storage, m_path + ": databasen är skadad och kan inte läsas (" + row.error().message + ")");
    if (!*row || appId->int64(0) != tertialApplicationId)
        return fail(ErrorCode::Unsupported, m_path + ": en SQLite-databas men inte en Tertial-databas");

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
    return {};
}

Result<void> SqliteStore::configure()
{
    // WAL: readers never block the writer and a killed writer leaves the main file untouched.
    // synchronous=FULL: a committed import survives a power cut, not only a crash.
    for (std::string_view pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                                    "PRAGMA synchronous = FULL"}) {
        if (auto ok = sqlite().exec(pragma); !ok)
            return fail(ErrorCode::Storage, m_path + ": " + ok.error().message);
    }
    return {};
}

} // namespace Tertial::Storage
