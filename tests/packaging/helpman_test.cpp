// SPDX-License-Identifier: GPL-3.0-or-later
// The manual pages come from the --help texts: the converter on a small text, and the pages the
// build made against what the built programs print today.
#include "run.h"

#include "helpman.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace Tertial;
using Packaging::ManPageInput;

namespace {

const char *overview = R"(demo: ett litet program
för proven.

Användning: demo VERB ...    (demo VERB --help visar detaljer)

  init DB                      skapa en ny databas
  export DB --kommun K --namnd N
                               skriv siffrorna
  --version                    visa versionen

Slutkod 0 vid framgång.
)";

const char *exportHelp = R"(demo export DB --kommun K --namnd N
           [--out FIL]

Skriver nämndens siffror. En backslash \ och en rad
.som börjar med punkt.

  --kommun K   kommunkoden, fyra siffror
  revoke --role R
  revoke --namnd N
      tar bort rollen, eller bara nämnden
  --csv        semikolonseparerat, rubriken
               verksamhet;
               niva
  kolumn;kolumn
)";

TEST(HelpMan, ListsTheVerbsOfAnOverview)
{
    EXPECT_EQ(Packaging::listedVerbs(overview), (std::vector<std::string>{"init", "export"}));
}

TEST(HelpMan, EscapesForRoff)
{
    EXPECT_EQ(Packaging::escapeRoff("--kommun K"), "\\-\\-kommun K");
    EXPECT_EQ(Packaging::escapeRoff("tertial-cli 1-12"), "tertial-cli 1-12"); // hyphens inside words stay
    EXPECT_EQ(Packaging::escapeRoff(".punkt"), "\\&.punkt");
    EXPECT_EQ(Packaging::escapeRoff("a\\b"), "a\\eb");
    EXPECT_EQ(Packaging::escapeRoff("kommun;nämnd; text;"), "kommun;\\:nämnd; text;");
}

TEST(HelpMan, MakesAPageFromTheHelpTexts)
{
    ManPageInput input;
    input.name = "demo";
    input.date = "2026-12-06";
    input.source = "Tertial 0.1.0";
    input.manual = "Tertial";
    input.language = "sv";
    input.overview = overview;
    input.commands = {{"export", exportHelp}};
    input.seeAlso = {"tertial(1)"};
    const std::string page = Packaging::manPage(input);
    auto has = [&](const std::string &text) { return page.find(text) != std::string::npos; };
    EXPECT_TRUE(has(".TH \"DEMO\" 1 \"2026-12-06\" \"Tertial 0.1.0\" \"Tertial\"\n"));
    EXPECT_TRUE(has(".SH NAMN\ndemo \\- ett litet program för proven\n"));
    // The synopsis: the usage line, then each command's first lines (a continuation joined).
    EXPECT_TRUE(has(".ad l\n.nh\n.SH NAMN\n"));
    EXPECT_TRUE(has(".SH SYNOPSIS\n\\fBdemo\\fR VERB ...\n.br\n\\fBdemo\\fR export DB \\-\\-kommun K \\-\\-namnd N [\\-\\-out FIL]\n"));
    // The remark beside the usage line is text; items become .TP with the term formatted.
    EXPECT_TRUE(has(".SH BESKRIVNING\n.PP\n(demo VERB \\-\\-help visar detaljer)\n"));
    EXPECT_TRUE(has(".TP\n\\fBinit\\fR \\fIDB\\fR\nskapa en ny databas\n"));
    EXPECT_TRUE(has(".TP\n\\fBexport\\fR \\fIDB\\fR \\fB\\-\\-kommun\\fR \\fIK\\fR \\fB\\-\\-namnd\\fR \\fIN\\fR\nskriv siffrorna\n"));
    EXPECT_TRUE(has(".PP\nSlutkod 0 vid framgång.\n"));
    // A command: its own subsection; the continuation joins the item; an odd line stays as it is.
    EXPECT_TRUE(has(".SH KOMMANDON\n.SS export\n"));
    EXPECT_TRUE(has("Skriver nämndens siffror. En backslash \\e och en rad\n\\&.som börjar med punkt.\n"));
    EXPECT_TRUE(has(".TP\n\\fBrevoke\\fR \\fB\\-\\-role\\fR \\fIR\\fR\n.TQ\n\\fBrevoke\\fR \\fB\\-\\-namnd\\fR \\fIN\\fR\ntar bort rollen, eller bara nämnden\n"));
    EXPECT_TRUE(has(".TP\n\\fB\\-\\-csv\\fR\nsemikolonseparerat, rubriken\nverksamhet;\\c\nniva\n"));
    EXPECT_TRUE(has(".RS\n.nf\nkolumn;\\:kolumn\n.fi\n.RE\n"));
    EXPECT_TRUE(has(".SH \"SE ÄVEN\"\n\\fBtertial\\fR(1)\n"));
}

// --- The pages the build made, against the programs' help today --------------------------

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

std::set<std::string> options(const std::string &text)
{
    std::set<std::string> found;
    static const std::regex option("--[a-z][a-z-]*");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), option); it != std::sregex_iterator(); ++it)
        found.insert(it->str());
    return found;
}

std::string roffOption(const std::string &option)
{
    std::string out;
    for (char c : option)
        out += c == '-' && (out.empty() || out.ends_with("-")) ? std::string("\\-") : std::string(1, c);
    return out;
}

class ManPages : public testing::TestWithParam<const char *>
{
};

TEST_P(ManPages, CliPageHasEveryVerbAndOptionOfItsHelp)
{
    const std::string language = GetParam();
    const std::filesystem::path page = std::filesystem::path(TERTIAL_MAN_DIR) / language / "tertial-cli.1";
    ASSERT_TRUE(std::filesystem::is_regular_file(page)) << page;
    const std::string roff = readFile(page);
    const auto help = TestUtil::run(std::string(TERTIAL_CLI) + " --lang " + language + " --help");
    ASSERT_EQ(help.status, 0);
    const auto verbs = Packaging::listedVerbs(help.text);
    EXPECT_GE(verbs.size(), 11u);
    for (const std::string &verb : verbs) {
        EXPECT_NE(roff.find(".SS " + verb + "\n"), std::string::npos) << verb;
        const auto verbHelp = TestUtil::run(std::string(TERTIAL_CLI) + " --lang " + language + " " + verb + " --help");
        ASSERT_EQ(verbHelp.status, 0) << verb;
        for (const std::string &option : options(verbHelp.text))
            EXPECT_NE(roff.find(roffOption(option)), std::string::npos) << verb << " " << option;
    }
}

#ifdef TERTIAL_GUI
TEST_P(ManPages, WorkbenchPageHasEveryOptionOfItsHelp)
{
    const std::string language = GetParam();
    const std::filesystem::path page = std::filesystem::path(TERTIAL_MAN_DIR) / language / "tertial.1";
    ASSERT_TRUE(std::filesystem::is_regular_file(page)) << page;
    const std::string roff = readFile(page);
    const auto help = TestUtil::run(std::string(TERTIAL_GUI) + " --lang " + language + " --help");
    ASSERT_EQ(help.status, 0);
    EXPECT_NE(help.text.find(language == std::string("en") ? "Usage: tertial [options] [FILE]" : "Användning: tertial [flaggor] [FIL]"),
              std::string::npos)
        << help.text;
    const auto found = options(help.text);
    EXPECT_TRUE(found.contains("--screenshot") && found.contains("--version") && found.contains("--lang"));
    for (const std::string &option : found)
        EXPECT_NE(roff.find(roffOption(option)), std::string::npos) << option;
}
#endif

// What lintian runs on a page: groff with warnings on, which must say nothing.
TEST_P(ManPages, RenderWithoutWarnings)
{
    if (TestUtil::run("command -v groff >/dev/null 2>&1").status != 0)
        GTEST_SKIP() << "groff is not installed";
    for (const char *name : {"tertial-cli.1", "tertial.1"}) {
        const std::filesystem::path page = std::filesystem::path(TERTIAL_MAN_DIR) / GetParam() / name;
        if (!std::filesystem::exists(page))
            continue;
        const auto output = TestUtil::run("LC_ALL=C.UTF-8 groff -man -Tutf8 -K utf8 -ww -z " + page.string() + " 2>&1");
        EXPECT_EQ(output.status, 0) << name;
        EXPECT_EQ(output.text, "") << name;
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, ManPages, testing::Values("sv", "en"));

} // namespace
