// SPDX-License-Identifier: GPL-3.0-or-later
// Decided versions from the command line (issue 14 point 4), as a nämnd secretary runs them:
// decide, list, diff --since, the stored document saved and rendered again byte for byte, and a
// regenerated draft with the appendix "Ändringar sedan beslut".
#include "childprocess.h"
#include "common/tempdir.h"

#include "storage/databasefiles.h"

#include <gtest/gtest.h>

#include <regex>

using namespace Tertial;
using TestUtil::runCli;
using TestUtil::TempDir;

namespace {

const std::vector<std::string> socn = {"--kommun", "0182", "--namnd", "SOCN"};
const std::string dnr = "SOCN 2017/123";

std::vector<std::string> with(std::vector<std::string> args, const std::vector<std::string> &more)
{
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

// Amounts are grouped with U+00A0 in some outputs: compare with plain spaces.
std::string plain(std::string text) { return std::regex_replace(text, std::regex("\u00A0"), " "); }

class CliDecisions : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Storage::copyDatabaseFile(TERTIAL_DEMO_DB, m_db).has_value());
    }
    // seed 002: Nacka, månadsrapport oktober 2017, decided 2017-11-20.
    TestUtil::ProcessResult decide()
    {
        return runCli(with(with({"decide", m_db}, socn),
                           {"--year", "2017", "--month", "10", "--kind", "manad", "--dnr", dnr, "--datum", "2017-11-20",
                            "--utan-sidnummer", "--anvandare", "sekreterare", "--out", m_dir.file("beslutad.docx")}),
                      m_dir.path());
    }
    TempDir m_dir;
    std::string m_db = m_dir.file("demo.tertial");
};

TEST_F(CliDecisions, DecideListDiffAndRenderAgain)
{
    const auto decided = decide();
    ASSERT_EQ(decided.exitCode, 0) << decided.err;
    EXPECT_NE(decided.out.find("Beslut SOCN 2017/123 sparat"), std::string::npos) << decided.out;
    EXPECT_NE(decided.out.find("perioden är låst"), std::string::npos) << decided.out;
    const std::string document = TestUtil::readBytes(m_dir.file("beslutad.docx"));
    ASSERT_TRUE(document.starts_with("PK"));

    // The list: dnr, kind, period, beslutsdatum, who.
    const auto list = runCli(with({"beslut", m_db}, socn), m_dir.path());
    ASSERT_EQ(list.exitCode, 0) << list.err;
    EXPECT_NE(list.out.find("\nSOCN 2017/123;manad;2017-10;2017-11-20;"), std::string::npos) << list.out;
    EXPECT_NE(list.out.find(";sekreterare;"), std::string::npos) << list.out;

    // Nothing changed yet.
    const auto none = runCli(with(with({"diff", m_db}, socn), {"--since", dnr}), m_dir.path());
    ASSERT_EQ(none.exitCode, 0) << none.err;
    EXPECT_NE(none.out.find("): 0 värden"), std::string::npos) << none.out;

    // The decided period is locked: a correction of the helår budget is refused until unlocked.
    const std::string correction = m_dir.file("budget.csv");
    TestUtil::writeBytes(correction, "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n"
                                     "0182;SOCN;Barn och unga 0-20 år;2017;;budget;-104 000;tkr\n");
    EXPECT_EQ(runCli(with({"import", m_db, correction}, {"--anvandare", "anna"}), m_dir.path()).exitCode, 1);
    ASSERT_EQ(runCli(with(with({"unlock", m_db}, socn), {"--year", "2017", "--month", "10", "--orsak", "rättelse"}),
                     m_dir.path()).exitCode, 0);
    const auto imported = runCli(with({"import", m_db, correction}, {"--anvandare", "anna"}), m_dir.path());
    ASSERT_EQ(imported.exitCode, 0) << imported.err;

    // diff --since: the decided value (data/figurer/nacka_socn_2017.csv: budget -103 783 tkr, as
    // seed 002 §2.1 prints it) → the current one, by anna.
    const auto diff = runCli(with(with({"diff", m_db}, socn), {"--since", dnr, "--year", "2017", "--month", "10",
                                                                "--kind", "manad"}),
                             m_dir.path());
    ASSERT_EQ(diff.exitCode, 0) << diff.err;
    EXPECT_NE(diff.out.find("): 1 värde\n"), std::string::npos) << diff.out;
    EXPECT_NE(plain(diff.out).find("Barn och unga 0-20 år | budget | 2017 | -103 783 000 kr \u2192 -104 000 000 kr | anna | "),
              std::string::npos)
        << diff.out;
    const auto csv = runCli(with(with({"diff", m_db}, socn), {"--since", dnr, "--csv"}), m_dir.path());
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    EXPECT_TRUE(csv.out.starts_with("fil;verksamhet;matt;period;beslutat;nu;andrat_av;nar\n")) << csv.out;
    EXPECT_NE(csv.out.find(";anna;"), std::string::npos) << csv.out;
    // A decision for another period is named as such.
    EXPECT_EQ(runCli(with(with({"diff", m_db}, socn), {"--since", dnr, "--month", "11"}), m_dir.path()).exitCode, 1);

    // The stored document, saved and rendered again from its snapshot: the same bytes.
    const auto again = runCli(with(with({"beslut", m_db}, socn), {"--dnr", dnr, "--spara", m_dir.file("sparad.docx"),
                                                                  "--rendera-igen"}),
                              m_dir.path());
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_NE(again.out.find("byte för byte samma dokument"), std::string::npos) << again.out;
    // Decided with the kommun's template from the data folder, as `report` drafts.
    EXPECT_NE(again.out.find(", mall Nacka kommun,"), std::string::npos) << again.out;
    EXPECT_TRUE(TestUtil::readBytes(m_dir.file("sparad.docx")) == document);

    // Regenerating the decided report offers the appendix ...
    const auto offered = runCli(with(with({"report", m_db}, socn), {"--year", "2017", "--month", "10", "--kind", "manad",
                                                                    "--out", m_dir.file("utan.html")}),
                                m_dir.path());
    ASSERT_EQ(offered.exitCode, 0) << offered.err;
    EXPECT_NE(offered.out.find("Rapporten beslutades 2017-11-20 (SOCN 2017/123); med --andringar-sedan \"SOCN 2017/123\""),
              std::string::npos)
        << offered.out;
    EXPECT_EQ(TestUtil::readBytes(m_dir.file("utan.html")).find("Ändringar sedan beslut"), std::string::npos);
    // ... and with it the draft ends with the changed value, decided and now.
    const std::string html = m_dir.file("utkast.html");
    const auto report = runCli(with(with({"report", m_db}, socn), {"--year", "2017", "--month", "10", "--kind", "manad",
                                                                   "--andringar-sedan", dnr, "--out", html}),
                               m_dir.path());
    ASSERT_EQ(report.exitCode, 0) << report.err;
    const std::string text = plain(TestUtil::readBytes(html));
    EXPECT_NE(text.find("Bilaga: Ändringar sedan beslut"), std::string::npos);
    EXPECT_NE(text.find("Nämnden beslutade om rapporten 2017-11-20 (SOCN 2017/123). Följande 1 värde har ändrats"),
              std::string::npos);
    EXPECT_NE(text.find("-103 783 000 kr"), std::string::npos);
    EXPECT_NE(text.find("-104 000 000 kr"), std::string::npos);
}

TEST_F(CliDecisions, ADnrIsDecidedOnceAndAnUnknownDnrIsNamed)
{
    ASSERT_EQ(decide().exitCode, 0);
    const std::string before = TestUtil::readBytes(m_db);
    const auto twice = decide();
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_NE(twice.err.find("SOCN 2017/123"), std::string::npos) << twice.err;
    const auto unknown = runCli(with(with({"diff", m_db}, socn), {"--since", "SOCN 1999/1"}), m_dir.path());
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_NE(unknown.err.find("SOCN 1999/1"), std::string::npos) << unknown.err;
}

} // namespace
