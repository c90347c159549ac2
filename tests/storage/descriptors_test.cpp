// SPDX-License-Identifier: GPL-3.0-or-later
// No descriptor on a database file but SQLite's own, at any moment while a store opens it (issue
// 11). SQLite's locks are POSIX locks, which belong to the process: closing any other descriptor
// on the file drops them all, and another process then checkpoints and deletes the -wal under a
// store that goes on committing into it. The guard: SQLite's own system calls are wrapped
// (sqlite3_vfs xSetSystemCall) to learn which descriptors are SQLite's, and at every read, stat
// and open SQLite makes, /proc/self/fd is scanned for any other descriptor on the file.
#include "common/teststores.h"

#include "storage/openstore.h"
#include "storage/schema.h"
#include "storage/sqlitestore.h"

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

using namespace Tertial;
using TestUtil::TempDir;

namespace {

struct Watch
{
    std::string path;
    bool known = false; // the file exists and dev/ino are set
    dev_t dev = 0;
    ino_t ino = 0;
    std::set<int> sqliteOwn;           // descriptors SQLite opened on the file
    std::vector<std::string> foreign;  // what a scan found besides them
    int scans = 0;
};

Watch *watch = nullptr;

sqlite3_syscall_ptr realOpen = nullptr;
sqlite3_syscall_ptr realClose = nullptr;
sqlite3_syscall_ptr realRead = nullptr;
sqlite3_syscall_ptr realPread = nullptr;
sqlite3_syscall_ptr realPread64 = nullptr;
sqlite3_syscall_ptr realFstat = nullptr;

bool isTheFile(const struct stat &st)
{
    return watch->known && st.st_dev == watch->dev && st.st_ino == watch->ino;
}

void learnFile()
{
    struct stat st{};
    if (!watch->known && ::stat(watch->path.c_str(), &st) == 0) {
        watch->known = true;
        watch->dev = st.st_dev;
        watch->ino = st.st_ino;
    }
}

// Every descriptor of the process on the file that SQLite did not open.
void scan(const char *during)
{
    if (!watch)
        return;
    learnFile();
    ++watch->scans;
    DIR *dir = ::opendir("/proc/self/fd");
    if (!dir) {
        watch->foreign.push_back("cannot read /proc/self/fd");
        return;
    }
    while (const dirent *entry = ::readdir(dir)) {
        const int fd = std::atoi(entry->d_name);
        if (entry->d_name[0] == '.' || fd == ::dirfd(dir))
            continue;
        struct stat st{};
        if (::fstat(fd, &st) == 0 && isTheFile(st) && !watch->sqliteOwn.contains(fd))
            watch->foreign.push_back("descriptor " + std::to_string(fd) + " during " + during);
    }
    ::closedir(dir);
}

int watchedOpen(const char *path, int flags, int mode)
{
    const int fd = reinterpret_cast<int (*)(const char *, int, int)>(realOpen)(path, flags, mode);
    if (watch && fd >= 0) {
        learnFile();
        struct stat st{};
        if (::fstat(fd, &st) == 0 && isTheFile(st))
            watch->sqliteOwn.insert(fd);
    }
    scan("open");
    return fd;
}

int watchedClose(int fd)
{
    if (watch)
        watch->sqliteOwn.erase(fd);
    return reinterpret_cast<int (*)(int)>(realClose)(fd);
}

ssize_t watchedRead(int fd, void *buffer, size_t size)
{
    scan("read");
    return reinterpret_cast<ssize_t (*)(int, void *, size_t)>(realRead)(fd, buffer, size);
}

ssize_t watchedPread(int fd, void *buffer, size_t size, off_t offset)
{
    scan("pread");
    return reinterpret_cast<ssize_t (*)(int, void *, size_t, off_t)>(realPread)(fd, buffer, size, offset);
}

ssize_t watchedPread64(int fd, void *buffer, size_t size, off64_t offset)
{
    scan("pread64");
    return reinterpret_cast<ssize_t (*)(int, void *, size_t, off64_t)>(realPread64)(fd, buffer, size, offset);
}

int watchedFstat(int fd, struct stat *st)
{
    scan("fstat");
    return reinterpret_cast<int (*)(int, struct stat *)>(realFstat)(fd, st);
}

// Wraps SQLite's system calls while it lives; the next store opens under the watch of `w`.
class SystemCallWatch final
{
public:
    SystemCallWatch()
    {
        m_vfs = sqlite3_vfs_find("unix");
        if (!m_vfs)
            return;
        auto wrap = [&](const char *name, sqlite3_syscall_ptr &real, sqlite3_syscall_ptr mine) {
            real = m_vfs->xGetSystemCall(m_vfs, name);
            if (real && m_vfs->xSetSystemCall(m_vfs, name, mine) == SQLITE_OK)
                m_wrapped.push_back(name);
        };
        wrap("open", realOpen, reinterpret_cast<sqlite3_syscall_ptr>(&watchedOpen));
        wrap("close", realClose, reinterpret_cast<sqlite3_syscall_ptr>(&watchedClose));
        wrap("read", realRead, reinterpret_cast<sqlite3_syscall_ptr>(&watchedRead));
        wrap("pread", realPread, reinterpret_cast<sqlite3_syscall_ptr>(&watchedPread));
        wrap("pread64", realPread64, reinterpret_cast<sqlite3_syscall_ptr>(&watchedPread64));
        wrap("fstat", realFstat, reinterpret_cast<sqlite3_syscall_ptr>(&watchedFstat));
    }
    ~SystemCallWatch()
    {
        watch = nullptr;
        for (const char *name : m_wrapped)
            m_vfs->xSetSystemCall(m_vfs, name, nullptr); // back to SQLite's default
    }
    bool wraps(const char *name) const
    {
        return std::ranges::any_of(m_wrapped, [&](const char *n) { return std::string(n) == name; });
    }

private:
    sqlite3_vfs *m_vfs = nullptr;
    std::vector<const char *> m_wrapped;
};

// Runs `open` under the watch of `path`; what a scan found besides SQLite's descriptors.
template<typename F>
std::vector<std::string> foreignDescriptors(const std::string &path, F open, int *scans = nullptr)
{
    Watch w;
    w.path = path;
    watch = &w;
    open();
    scan("after");
    watch = nullptr;
    if (scans)
        *scans = w.scans;
    return w.foreign;
}

} // namespace

// Before: SqliteStore::open read the header through a std::ifstream kept open while SQLite
// opened the file and closed when open returned (lost imports, a deleted -wal).
TEST(StoreDescriptors, NoDescriptorButSQLitesOwnIsOpenOnTheFileWhileAStoreOpensIt)
{
    SystemCallWatch syscalls;
    ASSERT_TRUE(syscalls.wraps("open")) << "SQLite's unix VFS lets its system calls be wrapped";
    ASSERT_TRUE(syscalls.wraps("close"));
    ASSERT_TRUE(syscalls.wraps("pread") || syscalls.wraps("pread64") || syscalls.wraps("read"));
    TempDir dir;
    const std::string path = dir.file("delad.tertial");

    int scans = 0;
    EXPECT_EQ(foreignDescriptors(
                  path,
                  [&] {
                      auto store = Storage::SqliteStore::create(path);
                      ASSERT_TRUE(store.has_value()) << store.error().message;
                  },
                  &scans),
              std::vector<std::string>{})
        << "create";
    EXPECT_GT(scans, 5) << "SQLite's reads were watched";

    // Opened as the workbench and the CLI open it: header check, version, WAL; then a write.
    EXPECT_EQ(foreignDescriptors(path,
                                 [&] {
                                     auto store = Storage::SqliteStore::open(path);
                                     ASSERT_TRUE(store.has_value()) << store.error().message;
                                     Storage::ImportBatch batch;
                                     batch.kommuner.push_back({"0182", "Nacka", Storage::Kommun::Kind::Kommun, "01"});
                                     ASSERT_TRUE((*store)->apply(batch).has_value());
                                 },
                                 &scans),
              std::vector<std::string>{})
        << "open";
    EXPECT_GT(scans, 5);
    EXPECT_EQ(foreignDescriptors(path,
                                 [&] {
                                     auto store = Storage::openStore(path, Storage::OpenMode::OpenExisting);
                                     ASSERT_TRUE(store.has_value()) << store.error().message;
                                 }),
              std::vector<std::string>{})
        << "openStore";

    // Refused files: their header is read (by SQLite) before anything else.
    const std::string newer = dir.file("framtid.tertial");
    TestUtil::execute(newer, "PRAGMA application_id = " + std::to_string(Storage::tertialApplicationId) +
                                 "; CREATE TABLE schema_version (version INTEGER NOT NULL);"
                                 " INSERT INTO schema_version (version) VALUES (" +
                                 std::to_string(Storage::currentSchemaVersion + 1) + ");");
    EXPECT_EQ(foreignDescriptors(newer, [&] { EXPECT_FALSE(Storage::SqliteStore::open(newer).has_value()); }),
              std::vector<std::string>{})
        << "newer schema";
    const std::string text = dir.file("text.tertial");
    TestUtil::writeBytes(text, "kommun;nämnd;verksamhet\n0182;SOCN;Barn och unga\n");
    EXPECT_EQ(foreignDescriptors(text, [&] { EXPECT_FALSE(Storage::SqliteStore::open(text).has_value()); }, &scans),
              std::vector<std::string>{})
        << "text file";
    EXPECT_GT(scans, 0);
}
