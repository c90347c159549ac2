// SPDX-License-Identifier: GPL-3.0-or-later
// Database files as files: which ones this process has open, who may write one, copying one.
#pragma once

#include "core/error.h"

#include <cstdint>
#include <string>

namespace Tertial::Storage {

// POSIX locks belong to the process: opening and closing a database file by any other route
// (a reader, a writer of a report, a copy) drops every lock SQLite holds on it, and another
// process may then delete the log under the open store. Every SqliteConnection registers its
// file here by device and inode; anything about to open a file by a name a user gave asks.
bool isOpenDatabaseFile(const std::string &path);

// Held by a SqliteConnection for as long as it is open: the file's device and inode, counted.
class OpenFileRegistration final
{
public:
    OpenFileRegistration() = default;
    explicit OpenFileRegistration(const std::string &path);
    OpenFileRegistration(OpenFileRegistration &&other) noexcept;
    OpenFileRegistration &operator=(OpenFileRegistration &&other) noexcept;
    OpenFileRegistration(const OpenFileRegistration &) = delete;
    OpenFileRegistration &operator=(const OpenFileRegistration &) = delete;
    ~OpenFileRegistration();

private:
    void release();
    bool m_registered = false;
    std::uint64_t m_device = 0;
    std::uint64_t m_inode = 0;
};

// Why this process cannot write the database at `path`, or nothing when it can: the file, its
// folder (SQLite could make no -wal there), or a -wal/-shm another user left that this one may
// not write. Asked of the file system as the effective user (access(2), no descriptor).
std::string whyNotWritable(const std::string &path);

// A consistent copy of a database (SQLite's online backup, through SQLite's locks, so a writer
// in another process is never caught half-way). `target` must not exist.
Core::Result<void> copyDatabaseFile(const std::string &source, const std::string &target);

} // namespace Tertial::Storage
