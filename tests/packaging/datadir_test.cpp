// SPDX-License-Identifier: GPL-3.0-or-later
// One lookup for the shared files: ../share/tertial beside the program, installed or built.
#include "common/tempdir.h"

#include "platform/datadir.h"
#include "platform/executablepath.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

using namespace Tertial;

namespace {

TEST(DataDirectory, IsShareTertialBesideTheProgramsFolder)
{
    TestUtil::TempDir dir;
    const std::filesystem::path prefix = dir.path();
    std::filesystem::create_directories(prefix / "bin");
    EXPECT_TRUE(Platform::dataDirectoryFor(prefix / "bin" / "tertial").empty()); // no share/tertial yet
    std::filesystem::create_directories(prefix / "share" / "tertial");
    EXPECT_EQ(Platform::dataDirectoryFor(prefix / "bin" / "tertial"),
              std::filesystem::weakly_canonical(prefix / "share" / "tertial"));
    EXPECT_TRUE(Platform::dataDirectoryFor({}).empty());
}

TEST(DataDirectory, TheBuildTreeIsLaidOutAsAnInstallation)
{
    // This test program runs from build/<preset>/bin like tertial and tertial-cli.
    ASSERT_EQ(std::getenv("TERTIAL_DATA_DIR"), nullptr);
    EXPECT_EQ(Platform::dataDirectory(), std::filesystem::weakly_canonical(TERTIAL_BUILD_DATADIR));
    for (const char *file : {"templates/default/template.json", "templates/0182/logo.png", "demo.tertial",
                             "reference/kommuner.csv", "reference/kolada/municipality_groups.json"})
        EXPECT_TRUE(std::filesystem::is_regular_file(Platform::dataPath(file))) << file;
}

TEST(DataDirectory, TheEnvironmentCanPointElsewhere)
{
    TestUtil::TempDir dir;
    ::setenv("TERTIAL_DATA_DIR", dir.path().c_str(), 1);
    EXPECT_EQ(Platform::dataPath("templates"), std::filesystem::path(dir.path()) / "templates");
    ::unsetenv("TERTIAL_DATA_DIR");
}

TEST(ExecutablePath, IsThisProgram)
{
    const std::filesystem::path self = Platform::executablePath();
    EXPECT_TRUE(self.is_absolute());
    EXPECT_EQ(self.filename(), "tertial_packaging_tests");
}

} // namespace
