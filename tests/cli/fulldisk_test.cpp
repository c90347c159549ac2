// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk: an import that does not fit is refused with a message that says so, the database
// is exactly as before (integrity_check ok), it can still be read, and the same import goes
// through once there is room. A real full file system: a small tmpfs mounted in a mount
// namespace of its own (unshare -rm, no privileges needed on the host); skipped where that is
// not allowed.
#include "childprocess.h"
#include "common/databasedump.h"
#include "common/tempdir.h"

#include "storage/sqliteconnection.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace Tertial;
using TestUtil::TempDir;

namespace {

std::string integrity(const std::string &db)
{
    auto connection = Storage::SqliteConnection::open(db, Storage::SqliteConnection::Mode::OpenExisting);
    if (!connection)
        return connection.error().message;
    auto st = connection->prepare("PRAGMA integrity_check");
    if (!st)
        return st.error().message;
    std::string result;
    auto ok = st->forEach([&](const Storage::Statement &row) { result += row.text(0); });
    return ok ? result : ok.error().message;
}

// `script` under /bin/sh in a mount namespace of its own.
TestUtil::ProcessResult inNamespace(const std::string &script, const TempDir &dir)
{
    TestUtil::ProcessResult result;
    const pid_t pid =
        TestUtil::startProcess({"/usr/bin/unshare", "-rm", "/bin/sh", "-c", script}, dir.file("ns.out"), dir.file("ns.err"));
    if (pid < 0)
        return result;
    result.exitCode = TestUtil::waitProcess(pid);
    result.out = TestUtil::readBytes(dir.file("ns.out"));
    result.err = TestUtil::readBytes(dir.file("ns.err"));
    return result;
}

// Single quotes for the shell.
std::string quoted(const std::string &text)
{
    std::string result = "'";
    for (const char c : text)
        result += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return result + "'";
}

// `rows` utfall figures of 2021 for nämnd SOCN, each key once (40 områden × 12 months per enhet),
// some hundred bytes each once stored and logged.
std::string figureFile(int rows)
{
    std::string text = "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n";
    for (int i = 0; i < rows; ++i)
        text += "0182;SOCN;Område " + std::to_string(i % 40) + " > Enhet " + std::to_string(i / 480) + ";2021;" +
                std::to_string(i / 40 % 12 + 1) + ";utfall_netto;-" + std::to_string(1000 + i) + ";kr\n";
    return text;
}

} // namespace

TEST(FullDisk, AnImportThatDoesNotFitIsRefusedAndTheDatabaseIsAsBefore)
{
    TempDir dir;
    if (inNamespace("mount -t tmpfs -o size=64k tmpfs " + quoted(dir.path()), dir).exitCode != 0)
        GTEST_SKIP() << "no mount namespace here (unshare -rm): the full-disk test needs one";

    // A database with figures of its own.
    const std::string db = dir.file("liten.tertial");
    ASSERT_EQ(TestUtil::runCli({"init", db}, dir.path()).exitCode, 0);
    TestUtil::writeBytes(dir.file("fore.csv"), "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n"
                                               "0182;SOCN;Barn och unga;2017;10;utfall_netto;-88 552;tkr\n"
                                               "0182;SOCN;Barn och unga;2017;;budget;-103 783;tkr\n");
    ASSERT_EQ(TestUtil::runCli({"import", db, dir.file("fore.csv")}, dir.path()).exitCode, 0);
    const std::string before = TestUtil::databaseDump(db);
    TestUtil::writeBytes(dir.file("stor.csv"), figureFile(20'000));

    // On a file system with room for the database and 256 KiB more: the import needs megabytes.
    const std::string full = dir.file("full");
    const std::string after = dir.file("efter");
    std::filesystem::create_directories(full);
    std::filesystem::create_directories(after);
    const auto size = std::filesystem::file_size(db) / 1024 + 256;
    const std::string inFull = full + "/liten.tertial";
    const std::string cli = quoted(TERTIAL_CLI);
    const std::string script =
        "set -e\n"
        "mount -t tmpfs -o size=" + std::to_string(size) + "k tmpfs " + quoted(full) + "\n"
        "cp " + quoted(db) + " " + quoted(inFull) + "\n"
        "set +e\n" +
        cli + " import " + quoted(inFull) + " " + quoted(dir.file("stor.csv")) + " >" + quoted(dir.file("import.out")) +
        " 2>" + quoted(dir.file("import.err")) + "\n"
        "echo $? >" + quoted(dir.file("import.rc")) + "\n" +
        // Still readable on the full disk, with the figures it had.
        cli + " table " + quoted(inFull) + " --kommun 0182 --namnd SOCN --year 2017 --month 10 --csv >" +
        quoted(dir.file("table.out")) + " 2>" + quoted(dir.file("table.err")) + "\n"
        "echo $? >" + quoted(dir.file("table.rc")) + "\n"
        "cp " + quoted(full) + "/liten.tertial* " + quoted(after) + "/\n";
    const auto ran = inNamespace(script, dir);
    ASSERT_EQ(ran.exitCode, 0) << ran.err;

    EXPECT_EQ(TestUtil::readBytes(dir.file("import.rc")), "1\n") << TestUtil::readBytes(dir.file("import.out"));
    const std::string err = TestUtil::readBytes(dir.file("import.err"));
    EXPECT_NE(err.find("disken är full"), std::string::npos) << err;
    EXPECT_NE(err.find("ingenting importerades"), std::string::npos) << err;
    EXPECT_EQ(TestUtil::readBytes(dir.file("table.rc")), "0\n") << TestUtil::readBytes(dir.file("table.err"));
    EXPECT_NE(TestUtil::readBytes(dir.file("table.out")).find("Barn och unga"), std::string::npos);

    // What the full disk kept (the file, and whatever log was left beside it), read with room.
    const std::string kept = after + "/liten.tertial";
    EXPECT_EQ(integrity(kept), "ok");
    EXPECT_EQ(TestUtil::databaseDump(kept), before);

    // With room the same import goes through on what the full disk left.
    const auto again = TestUtil::runCli({"import", kept, dir.file("stor.csv")}, dir.path());
    EXPECT_EQ(again.exitCode, 0) << again.err;
    EXPECT_EQ(again.out, "Importerade 20000 rader: 20000 belopp nya eller ändrade, 0 oförändrade\n");
    EXPECT_EQ(integrity(kept), "ok");
}
