// SPDX-License-Identifier: GPL-3.0-or-later
// Decided versions (issue 14 point 4): decide stores the snapshot and the document and locks the
// period; the stored snapshot renders again byte for byte; diff lists what changed since, with
// who and when; a tampered snapshot is refused; the appendix "Ändringar sedan beslut".
#include "ooxmlvalidator.h"
#include "reportfixture.h"

#include "io/importer.h"
#include "reports/chartimages.h"
#include "reports/decisions.h"
#include "reports/docxwriter.h"
#include "reports/ziparchive.h"
#include "storage/sqliteconnection.h"

#include "core/sha256.h"

namespace Tertial::Reports::Test {
namespace {

DecideRequest monthDecision()
{
    // seed 002: Nacka, månadsrapport oktober 2017
    DecideRequest request;
    request.request = kindCases[0].request;
    request.request.diarienummer = "SOCN 2017/123";
    request.decidedOn = "2017-11-20";
    request.templateRoot = std::string(TERTIAL_SOURCE_DIR) + "/resources/templates";
    request.layOutPages = false; // LibreOffice's layout is tested in docx_test
    return request;
}

class Decisions : public testing::Test
{
protected:
    void SetUp() override
    {
        m_demo.store().setUser("sekreterare");
        m_demo.store().setClock([this] { return m_now; });
    }
    Storage::Id namndId()
    {
        return m_demo.store().findNamnd("0182", "SOCN").value()->id;
    }
    void importText(const std::string &name, const std::string &text, const std::string &who)
    {
        m_demo.store().setUser(who);
        Io::Importer importer(m_demo.store());
        importer.addText(name, text);
        auto ok = importer.commit("rättelse");
        ASSERT_TRUE(ok) << ok.error().message;
    }

    DemoDatabase m_demo;
    std::string m_now = "2017-11-21T09:00:00Z";
};

TEST_F(Decisions, DecideStoresSnapshotAndDocumentAndLocksThePeriod)
{
    auto decision = decideReport(m_demo.store(), monthDecision(), chartImageProvider());
    ASSERT_TRUE(decision) << decision.error().message;
    EXPECT_GT(decision->id, 0);
    EXPECT_EQ(decision->recordedBy, "sekreterare");
    EXPECT_EQ(decision->contentHash, Core::sha256Hex(decision->snapshot));
    EXPECT_EQ(decision->documentHash, Core::sha256Hex(decision->document));
    EXPECT_TRUE(decision->document.starts_with("PK"));
    // The snapshot holds what the draft drew on: seed 002 §2.1 Barn och unga utfall kostnader
    // -92 522 tkr, the template and the figures of 2015–2017.
    EXPECT_NE(decision->snapshot.find("0182;SOCN;Barn och unga 0-20 år;2017;10;utfall_kostnader;-92522000;kr"),
              std::string::npos);
    EXPECT_NE(decision->snapshot.find("--- mall template.json "), std::string::npos);
    EXPECT_NE(decision->snapshot.find("--- mallfil logo.png "), std::string::npos);
    EXPECT_NE(decision->snapshot.find("--- personal - "), std::string::npos);

    // The period is locked, and the lock's audit row names the decision.
    auto locks = m_demo.store().periodLocks(namndId());
    ASSERT_TRUE(locks);
    ASSERT_EQ(locks->size(), 1u);
    EXPECT_EQ((*locks)[0].year, 2017);
    EXPECT_EQ((*locks)[0].month, 10);
    EXPECT_EQ((*locks)[0].reason, "beslut SOCN 2017/123");

    // Listed, and read back whole with the hashes checked.
    auto all = m_demo.store().decisions(namndId());
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1u);
    EXPECT_EQ((*all)[0].dnr, "SOCN 2017/123");
    EXPECT_TRUE((*all)[0].snapshot.empty()); // the list carries no payload
    auto whole = m_demo.store().decision(namndId(), "SOCN 2017/123");
    ASSERT_TRUE(whole && *whole);
    EXPECT_EQ((*whole)->document, decision->document);

    // The cover carries the diarienummer.
    auto parts = readZipBytes(decision->document);
    EXPECT_NE(parts.find("Diarienummer: </w:t></w:r><w:r><w:t xml:space=\"preserve\">SOCN 2017/123"), std::string::npos);
}

TEST_F(Decisions, TheStoredSnapshotRendersAgainByteForByte)
{
    auto decision = decideReport(m_demo.store(), monthDecision(), chartImageProvider());
    ASSERT_TRUE(decision) << decision.error().message;
    // Later edits do not touch the decided version. The decided month shows the helår budget, so
    // its lock freezes it (issue 11): a correction unlocks first.
    ASSERT_TRUE(m_demo.store().unlockPeriod(namndId(), 2017, 10, "rättelse av budgeten"));
    importText("budget.csv",
               "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n0182;SOCN;Barn och unga 0-20 år;2017;;budget;-104 000;tkr\n",
               "anna");
    auto stored = m_demo.store().decision(namndId(), "SOCN 2017/123");
    ASSERT_TRUE(stored && *stored);
    auto snapshot = parseSnapshot((*stored)->snapshot);
    ASSERT_TRUE(snapshot) << snapshot.error().message;
    EXPECT_EQ(snapshotText(*snapshot), (*stored)->snapshot); // the text reads back to itself
    auto again = renderSnapshot(*snapshot, chartImageProvider());
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(Core::sha256Hex(*again), (*stored)->documentHash);
    EXPECT_TRUE(*again == (*stored)->document);
}

TEST_F(Decisions, ADnrIsDecidedOnceAndARefusalChangesNothing)
{
    ASSERT_TRUE(decideReport(m_demo.store(), monthDecision(), chartImageProvider()));
    const auto auditBefore = m_demo.store().auditLogOfNamnd(namndId()).value().size();
    DecideRequest again = monthDecision();
    again.request = kindCases[1].request; // another period (seed 001, februari 2020), the same diarienummer
    again.request.diarienummer = "SOCN 2017/123";
    auto refused = decideReport(m_demo.store(), again, chartImageProvider());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Core::ErrorCode::Conflict) << refused.error().message;
    EXPECT_EQ(m_demo.store().decisions(namndId()).value().size(), 1u);
    EXPECT_EQ(m_demo.store().periodLocks(namndId()).value().size(), 1u); // februari 2020 was not locked
    EXPECT_EQ(m_demo.store().auditLogOfNamnd(namndId()).value().size(), auditBefore);
}

TEST_F(Decisions, ASnapshotThatNoLongerMatchesItsHashIsRefused)
{
    ASSERT_TRUE(decideReport(m_demo.store(), monthDecision(), chartImageProvider()));
    m_demo.closeStore();
    {
        auto db = Storage::SqliteConnection::open(m_demo.path(), Storage::SqliteConnection::Mode::OpenExisting);
        ASSERT_TRUE(db) << db.error().message;
        // Someone edits the stored snapshot behind the program's back.
        ASSERT_TRUE(db->exec("UPDATE report_decision SET snapshot = replace(snapshot, '-92522000', '-92000000')"));
    }
    m_demo.reopenStore();
    auto read = m_demo.store().decision(namndId(), "SOCN 2017/123");
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, Core::ErrorCode::Storage);
    EXPECT_NE(read.error().message.find("stämmer inte med sin kontrollsumma"), std::string::npos) << read.error().message;
}

TEST_F(Decisions, DiffListsEveryChangedValueWithWhoAndWhen)
{
    auto decision = decideReport(m_demo.store(), monthDecision(), chartImageProvider());
    ASSERT_TRUE(decision) << decision.error().message;
    m_now = "2017-12-01T10:00:00Z";
    // The helår budget (shown by the locked month, so corrected with the lock lifted and set again)
    // and a personnel value change.
    ASSERT_TRUE(m_demo.store().unlockPeriod(namndId(), 2017, 10, "rättelse av budgeten"));
    importText("budget.csv",
               "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n0182;SOCN;Barn och unga 0-20 år;2017;;budget;-104 000;tkr\n",
               "anna");
    ASSERT_TRUE(m_demo.store().lockPeriod(namndId(), 2017, 10, "rättelsen klar"));
    m_now = "2017-12-02T11:00:00Z";
    importText("personal.csv",
               "kommun;nämnd;organisationsenhet;år;månad;mått;värde\n0182;SOCN;Omsorgsenheten;2017;;personalomsattning;12\n",
               "bo");
    // A write into the decided month is refused by the lock.
    m_demo.store().setUser("cecilia");
    Io::Importer locked(m_demo.store());
    locked.addText("okt.csv", "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n"
                              "0182;SOCN;Vuxna 21-64 år;2017;10;utfall_intakter;15 000;tkr\n");
    EXPECT_FALSE(locked.commit());

    auto changes = changesSince(m_demo.store(), *decision);
    ASSERT_TRUE(changes) << changes.error().message;
    ASSERT_EQ(changes->size(), 2u);
    const ValueChange &budget = (*changes)[0];
    EXPECT_EQ(budget.file, "sifferfil");
    EXPECT_EQ(budget.subject, "Barn och unga 0-20 år");
    EXPECT_EQ(budget.measure, "budget");
    EXPECT_EQ(budget.period, "2017");
    EXPECT_EQ(budget.decided, "-103783000"); // seed 002 §2.1 Helår budget netto -103 783 tkr
    EXPECT_EQ(budget.current, "-104000000");
    EXPECT_EQ(shownValue(budget, budget.decided), "-103 783 000 kr");
    EXPECT_EQ(budget.who, "anna");
    EXPECT_EQ(budget.when, "2017-12-01T10:00:00Z");
    const ValueChange &turnover = (*changes)[1];
    EXPECT_EQ(turnover.file, "personal");
    EXPECT_EQ(turnover.subject, "Omsorgsenheten");
    EXPECT_FALSE(turnover.decided);
    EXPECT_EQ(turnover.current, "12");
    EXPECT_EQ(turnover.who, "bo");

    // The appendix of a draft regenerated after the decision, valid DOCX.
    auto data = loadReportData(m_demo.store(), kindCases[0].request);
    ASSERT_TRUE(data);
    ReportDocument document = buildReport(*data, templateFor("0182"));
    appendChangesSince(document, *decision, *changes);
    const std::string text = canonicalText(document);
    EXPECT_NE(text.find("H1 Bilaga: Ändringar sedan beslut"), std::string::npos);
    EXPECT_NE(text.find("row : Barn och unga 0-20 år | budget | 2017 | -103 783 000 kr | -104 000 000 kr | anna | 2017-12-01"),
              std::string::npos)
        << text;
    OoxmlValidator validator(std::string(TERTIAL_SOURCE_DIR) + "/tests/reports/ooxml-schema");
    RenderOptions options;
    options.style = templateFor("0182");
    for (const ZipEntry &part : docxParts(document, options))
        EXPECT_TRUE(validator.problems(part.name, part.bytes).empty()) << part.name;
}

TEST_F(Decisions, NothingChangedSaysSo)
{
    auto decision = decideReport(m_demo.store(), monthDecision(), chartImageProvider());
    ASSERT_TRUE(decision);
    auto changes = changesSince(m_demo.store(), *decision);
    ASSERT_TRUE(changes);
    EXPECT_TRUE(changes->empty());
    ReportDocument document;
    appendChangesSince(document, *decision, *changes);
    EXPECT_NE(canonicalText(document).find("Inga värden har ändrats sedan dess."), std::string::npos);
}

} // namespace
} // namespace Tertial::Reports::Test
