// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli's help in Swedish and English says the same: the same verbs, each with the same
// options (the English manual page is made from the English text, so it must not fall behind).
#include "run.h"

#include "helpman.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

using namespace Tertial;

namespace {

std::string help(const std::string &language, const std::string &verb = {})
{
    const auto output = TestUtil::run(std::string(TERTIAL_CLI) + " --lang " + language + (verb.empty() ? "" : " " + verb) +
                                      " --help");
    EXPECT_EQ(output.status, 0) << verb;
    return output.text;
}

std::set<std::string> options(const std::string &text)
{
    std::set<std::string> found;
    static const std::regex option("--[a-z][a-z-]*");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), option); it != std::sregex_iterator(); ++it)
        found.insert(it->str());
    return found;
}

TEST(HelpText, EveryVerbHasEnglishHelpWithTheSameOptions)
{
    const std::string swedish = help("sv");
    const std::string english = help("en");
    EXPECT_NE(swedish, english);
    const auto verbs = Packaging::listedVerbs(swedish);
    EXPECT_EQ(Packaging::listedVerbs(english), verbs);
    EXPECT_EQ(options(english), options(swedish));
    for (const std::string &verb : verbs) {
        const std::string sv = help("sv", verb);
        const std::string en = help("en", verb);
        EXPECT_NE(sv, en) << verb << ": no English help yet (src/app/cli/help_en.cpp)";
        EXPECT_EQ(options(en), options(sv)) << verb;
    }
}

TEST(HelpText, TheLocaleChoosesTheLanguage)
{
    const auto english = TestUtil::run("LC_ALL= LC_MESSAGES= LANG=en_GB.UTF-8 " + std::string(TERTIAL_CLI) + " --help");
    EXPECT_EQ(english.text, help("en"));
    const auto swedish = TestUtil::run("LC_ALL=C.UTF-8 " + std::string(TERTIAL_CLI) + " --help");
    EXPECT_EQ(swedish.text, help("sv"));
    const auto refused = TestUtil::run(std::string(TERTIAL_CLI) + " --lang fi --help 2>&1");
    EXPECT_NE(refused.status, 0);
    EXPECT_EQ(refused.text, "tertial-cli: --lang 'fi': förväntade sv eller en\n");
}

} // namespace
