// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli against the PostgreSQL server: the figure files imported into a server give the
// same tables, byte for byte, as the demo file; `copy` moves a database between the engines
// and back without losing a row, an id or an audit entry.
#include "childprocess.h"
#include "common/teststores.h"

#include "storage/sqliteconnection.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

using namespace Tertial;
using TestUtil::runCli;
using TestUtil::TempDir;

namespace {

// The seed cases of table_test.cpp and the other periods of the demo data.
const std::vector<std::pair<std::string, std::string>> periods{{"2017", "10"}, {"2020", "2"}, {"2020", "8"}, {"2021", "8"}};

void expectSameTables(const std::string &expected, const std::string &actual, const TempDir &dir)
{
    for (const auto &[year, month] : periods) {
        for (const bool csv : {true, false}) {
            std::vector<std::string> args{"table", "", "--kommun", "0182", "--namnd", "SOCN", "--year", year, "--month", month};
            if (csv)
                args.push_back("--csv");
            args[1] = expected;
            const auto want = runCli(args, dir.path());
            args[1] = actual;
            const auto got = runCli(args, dir.path());
            ASSERT_EQ(want.exitCode, got.exitCode) << got.err;
            EXPECT_EQ(want.out, got.out) << year << "-" << month << (csv ? " csv" : "");
            EXPECT_FALSE(want.out.empty());
        }
    }
}

// Every row of every table of a SQLite database, values by their stored type (doubles to 17
// digits), in key order: equal dumps are equal databases.
std::string dump(const std::string &path)
{
    auto db = Storage::SqliteConnection::open(path, Storage::SqliteConnection::Mode::OpenExisting);
    if (!db)
        return db.error().message;
    std::vector<std::string> tables;
    auto names = db->prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    (void)names->forEach([&](const Storage::Statement &row) { tables.push_back(row.text(0)); });
    std::string all;
    for (const std::string &table : tables) {
        auto rows = db->prepare("SELECT * FROM " + table + " ORDER BY 1, 2, 3");
        if (!rows)
            rows = db->prepare("SELECT * FROM " + table + " ORDER BY 1");
        all += "== " + table + "\n";
        (void)rows->forEach([&](const Storage::Statement &row) {
            for (int c = 0; c < row.columnCount(); ++c) {
                char number[40];
                switch (row.valueType(c)) {
                case Storage::Statement::ValueType::Null: all += "NULL"; break;
                case Storage::Statement::ValueType::Integer: all += std::to_string(row.int64(c)); break;
                case Storage::Statement::ValueType::Real:
                    std::snprintf(number, sizeof number, "%.17g", row.real(c));
                    all += number;
                    break;
                case Storage::Statement::ValueType::Text: all += "'" + row.text(c) + "'"; break;
                }
                all += '|';
            }
            all += '\n';
        });
    }
    return all;
}

std::vector<std::string> demoSources()
{
    std::vector<std::string> files;
    for (const std::string folder : {"/data", "/data/figurer"})
        for (const auto &entry : std::filesystem::directory_iterator(TERTIAL_SOURCE_DIR + folder))
            if (entry.path().extension() == ".csv")
                files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

class ServerCli : public ::testing::Test
{
protected:
    void SetUp() override { TERTIAL_REQUIRE_ENGINE(m_location); }
    TestUtil::TestLocation m_location{Storage::Engine::Postgres};
    TempDir m_dir;
};

} // namespace

TEST_F(ServerCli, FigureFilesImportedIntoTheServerGiveTheSameTables)
{
    const std::string server = m_location.location();
    auto init = runCli({"init", server}, m_dir.path());
    ASSERT_EQ(init.exitCode, 0) << init.err;
    std::vector<std::string> import{"import", server, "--orsak", "demodata"};
    for (const std::string &file : demoSources())
        import.push_back(file);
    auto imported = runCli(import, m_dir.path());
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    expectSameTables(TERTIAL_DEMO_DB, server, m_dir);
}

TEST_F(ServerCli, CopyToTheServerAndBackLosesNothing)
{
    const std::string server = m_location.location();
    auto there = runCli({"copy", TERTIAL_DEMO_DB, server}, m_dir.path());
    ASSERT_EQ(there.exitCode, 0) << there.err;
    expectSameTables(TERTIAL_DEMO_DB, server, m_dir);

    const std::string back = m_dir.file("back.tertial");
    auto home = runCli({"copy", server, back}, m_dir.path());
    ASSERT_EQ(home.exitCode, 0) << home.err;
    const std::string before = dump(TERTIAL_DEMO_DB);
    EXPECT_NE(before.find("== audit_log\n1|"), std::string::npos); // the log came along, ids and all
    EXPECT_EQ(dump(back), before);

    // A second copy into a server that now has nämnder is refused whole.
    auto again = runCli({"copy", TERTIAL_DEMO_DB, server}, m_dir.path());
    EXPECT_NE(again.exitCode, 0);
}
