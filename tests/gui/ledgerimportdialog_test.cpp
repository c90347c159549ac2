// SPDX-License-Identifier: GPL-3.0-or-later
// Arkiv › Importera från ekonomisystemet… driven headless on seed 003's ledger case
// (tests/data/ledger): unmapped ansvar highlighted and filled in place, a preview against what is
// stored, the import as one undo step. Saves the screenshots of docs/screenshots.
#include "common/tempdir.h"

#include "gui/ledgerimportdialog.h"
#include "io/importer.h"
#include "models/document.h"
#include "storage/sqlitestore.h"

#include <QComboBox>
#include <QDir>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace Tertial::Test {
namespace {

const std::string data = std::string(TERTIAL_SOURCE_DIR) + "/tests/data/ledger/";

class LedgerImportDialogTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto store = Storage::SqliteStore::create(m_dir.file("h.tertial"));
        ASSERT_TRUE(store) << store.error().message;
        Io::Importer importer(**store);
        importer.addFile(std::string(TERTIAL_SOURCE_DIR) + "/tests/fixtures/kommuner.csv");
        importer.addFile(data + "huddinge-verksamheter.csv");
        importer.addFile(data + "huddinge-prognos.csv");
        ASSERT_TRUE(importer.commit("test"));
        m_namndId = (*(*store)->findNamnd("0126", "SN"))->id;
        m_document = std::make_unique<Models::Document>(std::move(*store));
        ASSERT_TRUE(m_document->select({"0126", m_namndId, 2021, "8"}));
    }

    std::size_t ledgerFigures()
    {
        std::size_t n = 0;
        for (const Storage::Figure &f : TestUtil::take(m_document->store().figures(m_namndId, 2021)))
            n += f.key.measure != Storage::Measure::Forecast;
        return n;
    }

    TestUtil::TempDir m_dir;
    Storage::Id m_namndId = 0;
    std::unique_ptr<Models::Document> m_document;
};

void save(QWidget &widget, const QString &name)
{
    const QString dir = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    widget.grab().save(dir + u'/' + name);
}

TEST_F(LedgerImportDialogTest, UnmappedCodesFilledInPlacePreviewAndOneUndoStep)
{
    Gui::LedgerImportDialog dialog(*m_document);
    dialog.resize(1366, 768);
    dialog.show();
    dialog.setFile(QString::fromStdString(data + "huddinge-sn-huvudbok.xlsx"));
    dialog.waitForRead();
    ASSERT_TRUE(dialog.report().has_value());
    // No ansvar mapping is stored for Huddinge yet: all eight codes are listed, highlighted.
    EXPECT_EQ(dialog.report()->unmappedAnsvar.size(), 8u);
    EXPECT_TRUE(dialog.report()->refused());
    EXPECT_EQ(dialog.pages()->currentWidget(), dialog.unmappedTable());
    save(dialog, QStringLiteral("import-ekonomisystem-mappningar.png"));

    // Fill in each ansvar's verksamhet in place (as seed 003's organisation has them).
    QTableWidget *table = dialog.unmappedTable();
    int filled = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        auto *box = qobject_cast<QComboBox *>(table->cellWidget(row, 4));
        if (!box)
            continue;
        const QString code = table->item(row, 1)->text();
        const QString path = code.startsWith(u"41")   ? QStringLiteral("Socialpsykiatri")
                             : code.startsWith(u"42") ? QStringLiteral("Vård och behandling")
                             : code.startsWith(u"43") ? QStringLiteral("Ensamkommande barn och unga")
                                                      : QStringLiteral("Nämnd och övergripande verksamhet");
        box->setCurrentText(path);
        ++filled;
    }
    EXPECT_EQ(filled, 8);
    dialog.rereadWithEdits();
    dialog.waitForRead();
    ASSERT_TRUE(dialog.report().has_value());
    EXPECT_FALSE(dialog.report()->refused()) << dialog.report()->refusal();
    dialog.pages()->setCurrentIndex(2);
    save(dialog, QStringLiteral("import-ekonomisystem-forhandsgranskning.png"));

    // Nothing is written before Importera; then one undo step.
    EXPECT_EQ(ledgerFigures(), 0u);
    ASSERT_TRUE(dialog.importNow());
    EXPECT_EQ(m_document->undoStack()->count(), 1);
    const std::size_t imported = ledgerFigures();
    EXPECT_GT(imported, 0u);
    // Seed 003: Socialpsykiatri utfall t.o.m. augusti 46 537 tkr (net cost).
    bool found = false;
    for (const Core::EconomicRow &row : m_document->economicTable().rows)
        if (row.name == "Socialpsykiatri") {
            found = true;
            ASSERT_TRUE(row.values.actualNet);
            EXPECT_EQ(row.values.actualNet->roundedTo(100'000).ore() / 100'000, -46537);
        }
    EXPECT_TRUE(found);
    m_document->undoStack()->undo();
    EXPECT_EQ(ledgerFigures(), 0u);
    EXPECT_TRUE(m_document->store().ledgerMappings("0126")->ansvar.empty());
    m_document->undoStack()->redo();
    EXPECT_EQ(ledgerFigures(), imported);
}

} // namespace
} // namespace Tertial::Test
