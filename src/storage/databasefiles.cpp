// SPDX-License-Identifier: GPL-3.0-or-later
// The registry of open database files (by device and inode: stat, no descriptor), write access, copies.
#include "databasefiles.h"

#include "sqliteconnection.h"

#include <sqlite3.h>

#include <filesystem>

#include <map>
#include <mutex>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Tertial::Storage {
namespace {

using FileId = std::pair<std::uint64_t, std::uint64_t>;

std::optional<FileId> idOf(const std::string &path)
{
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0)
        return std::nullopt;
    return FileId{static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino)};
}

// One per process, as the locks it protects are.
struct Registry
{
    std::mutex mutex;
    std::map<FileId, int> open; // -> connections
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

bool writableByUs(const std::filesystem::path &path)
{
    return faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) == 0;
}

} // namespace

std::string whyNotWritable(const std::string &path)
{
    if (!writableByUs(path))
        return "filen är skrivskyddad för dig";
    std::error_code ec;
    const std::filesystem::path folder = std::filesystem::absolute(path, ec).parent_path();
    if (!ec && !writableByUs(folder))
        return "mappen " + folder.string() + " är skrivskyddad för dig";
    for (const char *suffix : {"-wal", "-shm"}) {
        const std::string log = path + suffix;
        if (std::filesystem::exists(log, ec) && !writableByUs(log))
            return log + " tillhör en annan användare och är skrivskyddad för dig";
    }
    return {};
}

Core::Result<void> copyDatabaseFile(const std::string &source, const std::string &target)
{
    std::error_code ec;
    if (std::filesystem::exists(target, ec))
        return Core::fail(Core::ErrorCode::Conflict, target + ": filen finns redan");
    auto from = SqliteConnection::open(source, whyNotWritable(source).empty() ? SqliteConnection::Mode::OpenExisting
                                                                               : SqliteConnection::Mode::ReadOnly);
    if (!from)
        return std::unexpected(from.error());
    auto to = SqliteConnection::open(target, SqliteConnection::Mode::Create);
    if (!to)
        return std::unexpected(to.error());
    sqlite3_backup *backup = sqlite3_backup_init(to->handle(), "main", from->handle(), "main");
    if (!backup)
        return Core::fail(Core::ErrorCode::Io, target + ": kan inte kopiera " + source + " (" + to->lastError() + ")");
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
        const std::string message = to->lastError();
        *to = SqliteConnection();
        std::filesystem::remove(target, ec);
        return Core::fail(Core::ErrorCode::Io, target + ": kan inte kopiera " + source + " (" + message + ")");
    }
    return {};
}

bool isOpenDatabaseFile(const std::string &path)
{
    const auto id = idOf(path);
    if (!id)
        return false;
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    return r.open.contains(*id);
}

OpenFileRegistration::OpenFileRegistration(const std::string &path)
{
    const auto id = idOf(path);
    if (!id)
        return;
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    ++r.open[*id];
    m_registered = true;
    m_device = id->first;
    m_inode = id->second;
}

OpenFileRegistration::OpenFileRegistration(OpenFileRegistration &&other) noexcept
    : m_registered(std::exchange(other.m_registered, false)), m_device(other.m_device), m_inode(other.m_inode)
{
}

OpenFileRegistration &OpenFileRegistration::operator=(OpenFileRegistration &&other) noexcept
{
    if (this != &other) {
        release();
        m_registered = std::exchange(other.m_registered, false);
        m_device = other.m_device;
        m_inode = other.m_inode;
    }
    return *this;
}

OpenFileRegistration::~OpenFileRegistration()
{
    release();
}

void OpenFileRegistration::release()
{
    if (!std::exchange(m_registered, false))
        return;
    Registry &r = registry();
    const std::lock_guard lock(r.mutex);
    if (auto it = r.open.find({m_device, m_inode}); it != r.open.end() && --it->second == 0)
        r.open.erase(it);
}

} // namespace Tertial::Storage
