// SPDX-License-Identifier: GPL-3.0-or-later
// "Beslutade versioner" (issue 14 point 4) on the demo database: a nämnd's decided versions are
// listed, each one's document opens and saves as decided, its snapshot renders again byte for
// byte, and the changes since the decision are shown with who made them.
#include "common/tempdir.h"

#include "gui/decisionsdialog.h"
#include "io/importer.h"
#include "models/decisionlistmodel.h"
#include "models/document.h"
#include "reports/chartimages.h"
#include "reports/decisions.h"
#include "storage/databasefiles.h"
#include "storage/sqlitestore.h"

#include <QFileInfo>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>

#include <gtest/gtest.h>

namespace Tertial::Test {
namespace {

Reports::DecideRequest decision(const Reports::ReportRequest &report, const std::string &dnr, const std::string &on)
{
    Reports::DecideRequest request;
    request.request = report;
    request.request.diarienummer = dnr;
    request.decidedOn = on;
    request.templateRoot = TERTIAL_SOURCE_DIR "/resources/templates";
    request.layOutPages = false;
    return request;
}

class DecisionsDialogTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(Storage::copyDatabaseFile(TERTIAL_DEMO_DB, m_dir.file("demo.tertial")).has_value());
        auto store = Storage::SqliteStore::open(m_dir.file("demo.tertial"));
        ASSERT_TRUE(store) << store.error().message;
        auto namnd = (*store)->findNamnd("0182", "SOCN");
        ASSERT_TRUE(namnd && *namnd);
        m_namndId = (*namnd)->id;
        (*store)->setUser("sekreterare");
        // seed 002 (månadsrapport oktober 2017) and seed 001 (tertialrapport februari 2020).
        auto month = Reports::decideReport(**store,
                                           decision({"0182", "SOCN", 2017, 10, Reports::ReportKind::Month, ""},
                                                    "SOCN 2017/123", "2017-11-20"),
                                           Reports::chartImageProvider());
        ASSERT_TRUE(month) << month.error().message;
        m_monthDocument = month->document;
        auto tertial = Reports::decideReport(**store,
                                             decision({"0182", "SOCN", 2020, 2, Reports::ReportKind::Tertial, ""},
                                                      "SOCN 2020/45", "2020-03-25"),
                                             Reports::chartImageProvider());
        ASSERT_TRUE(tertial) << tertial.error().message;
        // A correction after the decision (seed 002 §2.1: budget -103 783 tkr as decided).
        ASSERT_TRUE((*store)->unlockPeriod(m_namndId, 2017, 10, "rättelse"));
        (*store)->setUser("anna");
        Io::Importer importer(**store);
        importer.addText("budget.csv", "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n"
                                       "0182;SOCN;Barn och unga 0-20 år;2017;;budget;-104 000;tkr\n");
        auto imported = importer.commit("rättelse");
        ASSERT_TRUE(imported) << imported.error().message;
        m_document = std::make_unique<Models::Document>(std::move(*store));
        auto ok = m_document->select({"0182", m_namndId, 2017, "10"});
        ASSERT_TRUE(ok) << ok.error().message;
    }

    TestUtil::TempDir m_dir;
    Storage::Id m_namndId = 0;
    std::string m_monthDocument;
    std::unique_ptr<Models::Document> m_document;
};

TEST_F(DecisionsDialogTest, ListsTheNamndsDecidedVersions)
{
    Gui::DecisionsDialog dialog(*m_document);
    const Models::DecisionListModel &list = dialog.decisions();
    ASSERT_EQ(list.rowCount(), 2);
    auto cell = [&](int row, Models::DecisionListModel::Column column) {
        return list.index(row, static_cast<int>(column)).data().toString();
    };
    using Column = Models::DecisionListModel::Column;
    EXPECT_EQ(cell(0, Column::Dnr), QStringLiteral("SOCN 2017/123"));
    EXPECT_EQ(cell(0, Column::Report), QStringLiteral("Månadsrapport oktober 2017"));
    EXPECT_EQ(cell(0, Column::DecidedOn), QStringLiteral("2017-11-20"));
    EXPECT_TRUE(cell(0, Column::Recorded).endsWith(QStringLiteral(", sekreterare"))) << cell(0, Column::Recorded).toStdString();
    EXPECT_EQ(cell(1, Column::Report), QStringLiteral("Tertialrapport februari 2020"));
    EXPECT_EQ(cell(0, Column::Hash).size(), 12);
    // The latest decision is selected.
    EXPECT_EQ(dialog.view()->selectionModel()->selectedRows().front().row(), 1);
}

TEST_F(DecisionsDialogTest, OpensAndSavesEachDocumentAsDecided)
{
    Gui::DecisionsDialog dialog(*m_document);
    QUrl opened;
    dialog.setOpener([&opened](const QUrl &url) {
        opened = url;
        return true;
    });
    auto path = dialog.openDocument(0);
    ASSERT_TRUE(path) << path.error().message;
    EXPECT_EQ(opened, QUrl::fromLocalFile(*path));
    EXPECT_TRUE(path->endsWith(QStringLiteral("SOCN-2017-123.docx"))) << path->toStdString();
    EXPECT_TRUE(TestUtil::readBytes(path->toStdString()) == m_monthDocument);
    EXPECT_FALSE(QFileInfo(*path).permissions() & QFile::WriteOwner); // the decided version, not a draft to edit
    // Opening again replaces the earlier copy.
    EXPECT_TRUE(dialog.openDocument(0));

    const QString saved = QString::fromStdString(m_dir.file("beslut.docx"));
    ASSERT_TRUE(dialog.saveDocument(0, saved));
    EXPECT_TRUE(TestUtil::readBytes(saved.toStdString()) == m_monthDocument);
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("SOCN 2017/123")));

    // A document the desktop cannot open is still saved, and the message says where.
    dialog.setOpener([](const QUrl &) { return false; });
    auto refused = dialog.openDocument(1);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("SOCN-2020-45.docx"))) << dialog.message().toStdString();
}

TEST_F(DecisionsDialogTest, RendersTheSnapshotAgainByteForByte)
{
    Gui::DecisionsDialog dialog(*m_document);
    auto same = dialog.renderAgain(0);
    ASSERT_TRUE(same) << same.error().message;
    EXPECT_TRUE(*same);
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("byte för byte samma dokument"))) << dialog.message().toStdString();
}

TEST_F(DecisionsDialogTest, ShowsTheChangesSinceTheDecision)
{
    Gui::DecisionsDialog dialog(*m_document);
    auto changes = dialog.showChangesSince(0);
    ASSERT_TRUE(changes) << changes.error().message;
    ASSERT_EQ(changes->size(), 1u);
    EXPECT_EQ((*changes)[0].subject, "Barn och unga 0-20 år");
    EXPECT_EQ((*changes)[0].decided, "-103783000"); // seed 002 §2.1: Helår budget -103 783 tkr
    EXPECT_EQ((*changes)[0].current, "-104000000");
    EXPECT_EQ((*changes)[0].who, "anna");
    const QString shown = dialog.findChild<QTextBrowser *>()->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("Ändringar sedan beslut SOCN 2017/123 (2017-11-20): 1 värde"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("anna"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Barn och unga 0-20 år"))) << shown.toStdString();
    // The tertial decision: nothing of its snapshot has changed.
    auto none = dialog.showChangesSince(1);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->empty());
    EXPECT_TRUE(dialog.findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("(2020-03-25): 0 värden")));
}

TEST_F(DecisionsDialogTest, DecidesTheSelectedPeriodFromTheWorkbench)
{
    // Nacka SOCN, oktober 2017 is selected; its decision above was unlocked for a correction.
    Gui::DecisionsDialog dialog(*m_document);
    dialog.setLayOutPages(false);
    EXPECT_FALSE(m_document->isPeriodLocked());
    auto decided = dialog.decide(Reports::ReportKind::Month, QStringLiteral(" SOCN 2017/130 "), QStringLiteral("2017-12-18"));
    ASSERT_TRUE(decided) << decided.error().message;
    EXPECT_EQ(decided->dnr, "SOCN 2017/130");
    EXPECT_EQ(decided->year, 2017);
    EXPECT_EQ(decided->month, 10);
    EXPECT_EQ(decided->kind, "manad");
    EXPECT_EQ(decided->templateName, "Nacka kommun");
    EXPECT_TRUE(m_document->isPeriodLocked()); // the document read the lock back
    ASSERT_EQ(dialog.decisions().rowCount(), 3);
    EXPECT_EQ(dialog.view()->selectionModel()->selectedRows().front().row(), 2);
    // The new version has the corrected budget and nothing changed since; it renders again the same.
    auto none = dialog.showChangesSince(2);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->empty());
    EXPECT_TRUE(dialog.renderAgain(2).value_or(false));
    // A dnr is decided once: refused with a message, nothing added.
    EXPECT_FALSE(dialog.decide(Reports::ReportKind::Month, QStringLiteral("SOCN 2017/130"), QStringLiteral("2017-12-18")));
    EXPECT_EQ(dialog.decisions().rowCount(), 3);
    EXPECT_FALSE(dialog.message().isEmpty());
}

TEST_F(DecisionsDialogTest, ANamndWithoutDecisionsSaysSo)
{
    auto namnd = m_document->store().findNamnd("0126", "SN");
    ASSERT_TRUE(namnd && *namnd);
    ASSERT_TRUE(m_document->select({"0126", (*namnd)->id, 2021, "8"}));
    Gui::DecisionsDialog dialog(*m_document);
    EXPECT_EQ(dialog.decisions().rowCount(), 0);
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("inga beslutade versioner"))) << dialog.message().toStdString();
    EXPECT_FALSE(dialog.openDocument(0));
}

} // namespace
} // namespace Tertial::Test
