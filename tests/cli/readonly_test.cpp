// SPDX-License-Identifier: GPL-3.0-or-later
// A database someone may only read: opened for reading, said so, and no file left behind that
// breaks the owner's next write. Real users: the tests switch to two unprivileged uids with
// setpriv(1) when they run as root (file permissions do not apply to root), and run as
// themselves where only one user is needed.
#include "childprocess.h"
#include "common/tempdir.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include <sys/stat.h>
#include <unistd.h>

using namespace Tertial;
using TestUtil::TempDir;

namespace {

constexpr uid_t owner = 40001; // the controller who made the database
constexpr uid_t reader = 40002; // a colleague with read access only

// tertial-cli as `uid` (setpriv needs root; nullopt = as this process).
TestUtil::ProcessResult cliAs(std::optional<uid_t> uid, const std::vector<std::string> &args, const TempDir &dir)
{
    std::vector<std::string> all;
    if (uid)
        all = {"/usr/bin/setpriv", "--reuid=" + std::to_string(*uid), "--regid=" + std::to_string(*uid),
               "--clear-groups", "--"};
    all.push_back(TERTIAL_CLI);
    all.insert(all.end(), args.begin(), args.end());
    TestUtil::ProcessResult result;
    const pid_t pid = TestUtil::startProcess(all, dir.file("out.txt"), dir.file("err.txt"));
    if (pid < 0)
        return result;
    result.exitCode = TestUtil::waitProcess(pid);
    result.out = TestUtil::readBytes(dir.file("out.txt"));
    result.err = TestUtil::readBytes(dir.file("err.txt"));
    return result;
}

const std::string kommuner = std::string(TERTIAL_SOURCE_DIR) + "/tests/fixtures/kommuner.csv";
const std::string figures = "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n"
                            "0182;SOCN;Barn och unga;2017;10;utfall_netto;-88 552;tkr\n"
                            "0182;SOCN;Barn och unga;2017;;budget;-103 783;tkr\n";

const std::vector<std::string> tableArgs(const std::string &db)
{
    return {"table", db, "--kommun", "0182", "--namnd", "SOCN", "--year", "2017", "--month", "10", "--csv"};
}

const std::vector<std::string> lockArgs(const std::string &db)
{
    return {"lock", db, "--kommun", "0182", "--namnd", "SOCN", "--year", "2017", "--month", "10", "--orsak", "beslutad"};
}

std::optional<uid_t> ownerOf(const std::string &path)
{
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0)
        return std::nullopt;
    return st.st_uid;
}

// A folder the given users can enter and read, made by this process.
void makeFolder(const std::string &folder, mode_t mode)
{
    std::filesystem::create_directories(folder);
    ASSERT_EQ(::chmod(folder.c_str(), mode), 0);
}

// Whether `uid` can run `program` at all: a build tree in a private folder (mktemp -d is 0700)
// is out of another user's reach, and then there is nothing to test as that user.
bool runnableBy(uid_t uid, const std::string &program)
{
    const pid_t pid = TestUtil::startProcess({"/usr/bin/setpriv", "--reuid=" + std::to_string(uid),
                                              "--regid=" + std::to_string(uid), "--clear-groups", "--",
                                              "/usr/bin/test", "-x", program},
                                             "/dev/null", "/dev/null");
    return pid > 0 && TestUtil::waitProcess(pid) == 0;
}

} // namespace

// Before: "databasen är skadad och kan inte läsas (unable to open database file)" — SQLite
// could not create the -shm in the folder.
TEST(ReadOnly, AReadOnlyFileInAReadOnlyFolderIsReadAndWritesAreRefusedWithTheReason)
{
    TempDir dir;
    const std::optional<uid_t> user = getuid() == 0 ? std::optional<uid_t>(reader) : std::nullopt;
    const std::string folder = dir.file("arkiv");
    makeFolder(folder, 0755);
    const std::string db = folder + "/a.tertial";
    ASSERT_EQ(TestUtil::runCli({"init", db}, dir.path()).exitCode, 0);
    TestUtil::writeBytes(dir.file("f.csv"), figures);
    const auto imported = TestUtil::runCli({"import", db, kommuner, dir.file("f.csv")}, dir.path());
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    const auto expected = TestUtil::runCli(tableArgs(db), dir.path());
    ASSERT_EQ(expected.exitCode, 0) << expected.err;

    // As kept by a writer (with its -wal and -shm), and as copied alone onto a read-only share.
    for (const bool withLogs : {true, false}) {
        SCOPED_TRACE(withLogs ? "with -wal and -shm" : "the file alone");
        ASSERT_EQ(::chmod(folder.c_str(), 0755), 0);
        if (!withLogs) {
            std::filesystem::remove(db + "-wal");
            std::filesystem::remove(db + "-shm");
        }
        ASSERT_EQ(::chmod(db.c_str(), 0444), 0);
        ASSERT_EQ(::chmod(folder.c_str(), 0555), 0);
        std::set<std::string> filesBefore;
        for (const auto &entry : std::filesystem::directory_iterator(folder))
            filesBefore.insert(entry.path().filename().string());

        const auto table = cliAs(user, tableArgs(db), dir);
        EXPECT_EQ(table.exitCode, 0) << table.err;
        EXPECT_EQ(table.out, expected.out);

        const auto lock = cliAs(user, lockArgs(db), dir);
        EXPECT_EQ(lock.exitCode, 1);
        EXPECT_EQ(lock.err, "tertial-cli: " + db + ": databasen är öppnad bara för läsning (filen är skrivskyddad för "
                                                   "dig); ändringen sparades inte\n");
        EXPECT_EQ(lock.err.find("skadad"), std::string::npos);

        std::set<std::string> filesAfter;
        for (const auto &entry : std::filesystem::directory_iterator(folder))
            filesAfter.insert(entry.path().filename().string());
        EXPECT_EQ(filesAfter, filesBefore);
    }
    ASSERT_EQ(::chmod(folder.c_str(), 0755), 0);
}

// Before: the reader's tertial-cli table left a -wal and a -shm owned by the reader (mode 0644,
// copied from the database), and the owner's next write failed on them.
TEST(ReadOnly, AReaderLeavesNoFileThatBreaksTheOwnersNextWrite)
{
    if (getuid() != 0)
        GTEST_SKIP() << "needs two users other than this one: run as root (setpriv switches to uids " << owner
                     << " and " << reader << ")";
    if (!runnableBy(owner, TERTIAL_CLI))
        GTEST_SKIP() << "the build tree is not reachable by another user (a private folder): " << TERTIAL_CLI;
    TempDir dir;
    // A shared folder everyone may write, like a team share (sticky, as /tmp).
    const std::string folder = dir.file("delad");
    makeFolder(folder, 01777);
    ASSERT_EQ(::chmod(dir.path().c_str(), 0755), 0);
    const std::string db = folder + "/a.tertial";
    TestUtil::writeBytes(dir.file("f.csv"), figures);
    ASSERT_EQ(::chmod(dir.file("f.csv").c_str(), 0644), 0);
    ASSERT_EQ(cliAs(owner, {"init", db}, dir).exitCode, 0);
    const auto imported = cliAs(owner, {"import", db, kommuner, dir.file("f.csv")}, dir);
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    ASSERT_EQ(ownerOf(db), owner);

    // As an older Tertial (or a copy) leaves it: the database file alone, nobody has it open.
    std::filesystem::remove(db + "-wal");
    std::filesystem::remove(db + "-shm");
    const auto table = cliAs(reader, tableArgs(db), dir);
    EXPECT_EQ(table.exitCode, 0) << table.err;
    EXPECT_NE(table.out.find("Barn och unga"), std::string::npos);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        EXPECT_NE(ownerOf(db + suffix), std::optional<uid_t>(reader)) << suffix;

    const auto lock = cliAs(owner, lockArgs(db), dir);
    EXPECT_EQ(lock.exitCode, 0) << lock.err;
    EXPECT_EQ(lock.out, "Låste SOCN 2017-10\n");

    // And while the owner's files are there (a writer keeps them): the reader reads through
    // them without taking them over, and the owner writes on.
    ASSERT_EQ(ownerOf(db + "-shm"), owner);
    const auto again = cliAs(reader, tableArgs(db), dir);
    EXPECT_EQ(again.exitCode, 0) << again.err;
    EXPECT_EQ(ownerOf(db + "-wal"), owner);
    EXPECT_EQ(ownerOf(db + "-shm"), owner);
    const auto unlock = cliAs(owner, {"unlock", db, "--kommun", "0182", "--namnd", "SOCN", "--year", "2017",
                                      "--month", "10", "--orsak", "rättelse"},
                              dir);
    EXPECT_EQ(unlock.exitCode, 0) << unlock.err;
}

#ifdef TERTIAL_GUI
// The workbench as the reader: it opens the read-only database and renders it (tertial
// --screenshot, offscreen), no file of the reader's left beside the database.
TEST(ReadOnly, TheWorkbenchOpensAReadOnlyDatabaseAsAnotherUser)
{
    if (getuid() != 0)
        GTEST_SKIP() << "needs root to run the workbench as another user (setpriv)";
    if (!runnableBy(reader, TERTIAL_GUI))
        GTEST_SKIP() << "the build tree is not reachable by another user (a private folder): " << TERTIAL_GUI;
    TempDir dir;
    const std::string folder = dir.file("arkiv");
    makeFolder(folder, 0755);
    const std::string db = folder + "/a.tertial";
    ASSERT_EQ(TestUtil::runCli({"init", db}, dir.path()).exitCode, 0);
    TestUtil::writeBytes(dir.file("f.csv"), figures);
    ASSERT_EQ(TestUtil::runCli({"import", db, dir.file("f.csv")}, dir.path()).exitCode, 0);
    ASSERT_EQ(::chmod(db.c_str(), 0444), 0);
    ASSERT_EQ(::chmod(folder.c_str(), 0555), 0);
    const std::string out = dir.file("ut");
    makeFolder(out, 0777);
    const std::vector<std::string> args = {"/usr/bin/setpriv", "--reuid=" + std::to_string(reader),
                                           "--regid=" + std::to_string(reader), "--clear-groups", "--",
                                           "/usr/bin/env", "HOME=" + out, "XDG_RUNTIME_DIR=" + out,
                                           "QT_QPA_PLATFORM=offscreen", TERTIAL_GUI, "--screenshot", out + "/bild.png",
                                           "--db", db, "--kommun", "0182", "--namnd", "SOCN", "--year", "2017",
                                           "--month", "10"};
    const pid_t pid = TestUtil::startProcess(args, dir.file("gui.out"), dir.file("gui.err"));
    ASSERT_GT(pid, 0);
    EXPECT_EQ(TestUtil::waitProcess(pid), 0) << TestUtil::readBytes(dir.file("gui.err"));
    EXPECT_GT(std::filesystem::file_size(out + "/bild.png"), 10'000u);
    for (const auto &entry : std::filesystem::directory_iterator(folder))
        EXPECT_NE(ownerOf(entry.path().string()), std::optional<uid_t>(reader)) << entry.path();
    ASSERT_EQ(::chmod(folder.c_str(), 0755), 0);
}
#endif
