// SPDX-License-Identifier: GPL-3.0-or-later
// The version comes from one place (CMake's project version plus git describe of the build), and
// both programs print it.
#include "run.h"

#include "common/tempdir.h"

#include "storage/sqlitestore.h"
#include "version/version.h"

#include <gtest/gtest.h>

#include <regex>

using namespace Tertial;

namespace {

std::string firstLine(const std::string &text)
{
    return text.substr(0, text.find('\n'));
}

TEST(Version, NumberIsTheCMakeProjectVersion)
{
    EXPECT_EQ(Version::number(), TERTIAL_PROJECT_VERSION);
}

TEST(Version, FullNamesTheGitDescriptionWhenThereIsOne)
{
    const std::string full = Version::full();
    if (Version::gitDescribe().empty()) {
        EXPECT_EQ(full, TERTIAL_PROJECT_VERSION); // built from a tarball without .git
    } else {
        EXPECT_EQ(full, std::string(TERTIAL_PROJECT_VERSION) + " (git " + std::string(Version::gitDescribe()) + ")");
        // what `git describe --tags --always --dirty --abbrev=10` prints: a tag or a hash, maybe -dirty
        EXPECT_TRUE(std::regex_match(std::string(Version::gitDescribe()), std::regex("[A-Za-z0-9._+~-]*[0-9a-f]{7,}(-dirty)?")))
            << Version::gitDescribe();
    }
    EXPECT_TRUE(std::regex_match(std::string(Version::date()), std::regex("[0-9]{4}-[0-9]{2}-[0-9]{2}")));
}

TEST(Version, TextCarriesTheLicenceInBothLanguages)
{
    const std::string swedish = Version::versionText("tertial-cli", Platform::Language::Swedish);
    EXPECT_EQ(firstLine(swedish), "tertial-cli " + Version::full());
    EXPECT_NE(swedish.find("Licens GPL-3.0-or-later"), std::string::npos);
    const std::string english = Version::versionText("tertial", Platform::Language::English);
    EXPECT_EQ(firstLine(english), "tertial " + Version::full());
    EXPECT_NE(english.find("Licence GPL-3.0-or-later"), std::string::npos);
}

TEST(Version, TheCliPrintsIt)
{
    const auto swedish = TestUtil::run(std::string(TERTIAL_CLI) + " --version --lang sv");
    ASSERT_EQ(swedish.status, 0);
    EXPECT_EQ(swedish.text, Version::versionText("tertial-cli", Platform::Language::Swedish));
    const auto english = TestUtil::run(std::string(TERTIAL_CLI) + " --lang en --version");
    ASSERT_EQ(english.status, 0);
    EXPECT_EQ(english.text, Version::versionText("tertial-cli", Platform::Language::English));
}

// The database notes the version that wrote it: tertial-cli init does, and a refused import
// leaves the file as it was.
TEST(Version, TheCliNotesItInTheDatabase)
{
    TestUtil::TempDir dir;
    const std::string db = dir.file("ny.tertial");
    ASSERT_EQ(TestUtil::run(std::string(TERTIAL_CLI) + " init " + db + " >/dev/null").status, 0);
    {
        auto store = Storage::SqliteStore::open(db);
        ASSERT_TRUE(store.has_value()) << store.error().message;
        EXPECT_EQ(TestUtil::take((*store)->writerVersion()), std::optional<std::string>(Version::full()));
    }
    const std::string before = TestUtil::readBytes(db);
    TestUtil::writeBytes(dir.file("fel.csv"), "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n0182;SOCN;X;2017;13;budget;1;tkr\n");
    EXPECT_NE(TestUtil::run(std::string(TERTIAL_CLI) + " import " + db + " " + dir.file("fel.csv") + " 2>/dev/null").status, 0);
    EXPECT_EQ(TestUtil::readBytes(db), before);
}

#ifdef TERTIAL_GUI
TEST(Version, TheWorkbenchPrintsTheSame)
{
    const auto output = TestUtil::run(std::string(TERTIAL_GUI) + " --version --lang sv");
    ASSERT_EQ(output.status, 0);
    EXPECT_EQ(output.text, Version::versionText("tertial", Platform::Language::Swedish));
    const auto shortOption = TestUtil::run(std::string(TERTIAL_GUI) + " -v --lang en");
    ASSERT_EQ(shortOption.status, 0);
    EXPECT_EQ(shortOption.text, Version::versionText("tertial", Platform::Language::English));
}
#endif

TEST(Language, CodesAndTheEnvironment)
{
    EXPECT_EQ(Platform::parseLanguage("sv"), Platform::Language::Swedish);
    EXPECT_EQ(Platform::parseLanguage("en_GB.UTF-8"), Platform::Language::English);
    EXPECT_EQ(Platform::parseLanguage("C.UTF-8"), std::nullopt);
    EXPECT_EQ(Platform::code(Platform::Language::English), "en");
}

} // namespace
