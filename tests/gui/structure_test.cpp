// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench on a new, empty database: Ny nämnd, Nytt år, Ny verksamhet through their
// dialogs, each one undo step with its Ändringslogg row; a locked cell says why it takes nothing.
#include "seed002fixture.h"

#include "gui/economicview.h"
#include "gui/lockreasondialog.h"
#include "gui/mainwindow.h"
#include "gui/newnamnddialog.h"
#include "gui/newverksamhetdialog.h"
#include "gui/newyeardialog.h"
#include "gui/structureactions.h"
#include "models/economictablemodel.h"
#include "storage/sqlitestore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

#include <unistd.h>

namespace Tertial::Test {
namespace {

using Column = Models::EconomicTableModel::Column;
using Models::EconomicTableModel;
using Relation = Models::VerksamhetPlace::Relation;

// Answers the next modal dialog of type D (as a user would, through its widgets) once it is up.
template<typename D>
void answer(std::function<void(D *)> fill, bool *seen)
{
    QTimer::singleShot(0, [fill, seen] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog) {
            answer<D>(fill, seen); // not up yet
            return;
        }
        *seen = true;
        fill(dialog);
    });
}

// Saves a dialog for docs/screenshots when TERTIAL_SCREENSHOT_DIR is set; always renders it.
void keep(QWidget *dialog, const char *name)
{
    const QImage image = dialog->grab().toImage();
    EXPECT_FALSE(image.isNull());
    if (const QString folder = qEnvironmentVariable("TERTIAL_SCREENSHOT_DIR"); !folder.isEmpty())
        image.save(folder + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png"));
}

std::vector<std::string> paths(Storage::Store &store, Storage::Id namnd)
{
    std::vector<std::string> result;
    if (auto tree = store.verksamheter(namnd))
        for (const auto &v : *tree)
            result.push_back(v.path);
    return result;
}

class StructureTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_window = std::make_unique<Gui::MainWindow>();
        m_window->resize(1366, 768);
        auto created = m_window->openDatabase(m_dir.filePath(QStringLiteral("ny.tertial")), true);
        ASSERT_TRUE(created) << created.error().message;
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    Storage::Store &store() { return m_window->document()->store(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Gui::MainWindow> m_window;
};

} // namespace

// Before: Arkiv › Ny databas gave an empty navigator and no way to add a nämnd, a verksamhet or a year.
TEST_F(StructureTest, FromAnEmptyDatabaseToATreeForANewYearAndBackByUndo)
{
    bool namndSeen = false, yearSeen = false;
    answer<Gui::NewNamndDialog>(
        [](Gui::NewNamndDialog *dialog) {
            keep(dialog, "ny-namnd");
            // QTest types ASCII only: the kommun is chosen from the list as the completer would.
            dialog->kommunBox()->setCurrentIndex(dialog->kommunBox()->findText(QStringLiteral("1880 Örebro")));
            EXPECT_FALSE(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
            QTest::keyClicks(dialog->codeEdit(), QStringLiteral("SN"));
            dialog->nameEdit()->insert(QStringLiteral("Socialnämnden")); // not ASCII: QTest cannot type it
            EXPECT_TRUE(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        },
        &namndSeen);
    // A new nämnd goes straight on to its first year.
    answer<Gui::NewYearDialog>(
        [](Gui::NewYearDialog *dialog) {
            EXPECT_EQ(dialog->namndBox()->currentText(), QStringLiteral("1880 Örebro · Socialnämnden"));
            dialog->yearBox()->setValue(2024);
            dialog->copyBox()->setChecked(false);
            keep(dialog, "nytt-ar");
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        },
        &yearSeen);
    m_window->structureActions()->newNamnd();
    ASSERT_TRUE(namndSeen && yearSeen);

    auto namnd = store().findNamnd("1880", "SN");
    ASSERT_TRUE(namnd && *namnd);
    const Storage::Id namndId = (*namnd)->id;
    ASSERT_TRUE(m_window->document()->hasSelection());
    EXPECT_EQ(m_window->document()->selection().year, 2024);
    EXPECT_EQ(m_window->document()->selection().period, "helår");

    // Two verksamheter at the top, one before the first, one under the second.
    auto addVerksamhet = [&](const QString &name, Relation relation, const std::string &relativeTo) {
        if (!relativeTo.empty()) {
            Gui::EconomicView *view = m_window->economicView();
            auto *model = static_cast<EconomicTableModel *>(view->model());
            view->setCurrentIndex(model->indexOf(verksamhetId(*m_window->document(), relativeTo), Column::BudgetYear));
        }
        bool seen = false;
        answer<Gui::NewVerksamhetDialog>(
            [name, relation](Gui::NewVerksamhetDialog *dialog) {
                dialog->nameEdit()->insert(name); // names with å, ä, ö: QTest types ASCII only
                dialog->choice(relation)->setChecked(true);
                if (name == QStringLiteral("Familjehem"))
                    keep(dialog, "ny-verksamhet");
                dialog->buttons()->button(QDialogButtonBox::Ok)->click();
            },
            &seen);
        m_window->structureActions()->newVerksamhet();
        EXPECT_TRUE(seen);
    };
    addVerksamhet(QStringLiteral("Barn och unga"), Relation::Top, {});
    addVerksamhet(QStringLiteral("Äldreomsorg"), Relation::After, "Barn och unga");
    addVerksamhet(QStringLiteral("Individ och familj"), Relation::Before, "Barn och unga");
    addVerksamhet(QStringLiteral("Familjehem"), Relation::Child, "Barn och unga");
    EXPECT_EQ(paths(store(), namndId), (std::vector<std::string>{"Individ och familj", "Barn och unga",
                                                                 "Barn och unga > Familjehem", "Äldreomsorg"}));
    // The new row is current and the table shows the tree, ready for figures.
    EXPECT_EQ(m_window->economicView()->currentIndex().data(EconomicTableModel::VerksamhetIdRole).toLongLong(),
              verksamhetId(*m_window->document(), "Familjehem"));
    keep(m_window.get(), "ny-databas-trad");

    // Each was one undo step with its log row; undo takes them all back, redo brings them again.
    QUndoStack *undo = m_window->document()->undoStack();
    EXPECT_EQ(undo->count(), 6);
    auto log = store().auditLogOfNamnd(namndId);
    ASSERT_TRUE(log.has_value());
    std::vector<std::string> entities;
    for (const auto &e : *log)
        entities.push_back(e.entity);
    EXPECT_EQ(entities, (std::vector<std::string>{"nämnd", "år", "verksamhet", "verksamhet", "verksamhet", "verksamhet"}));
    for (int i = 0; i < 4; ++i)
        undo->undo();
    EXPECT_TRUE(paths(store(), namndId).empty());
    undo->undo(); // the year
    undo->undo(); // the nämnd
    EXPECT_FALSE(store().findNamnd("1880", "SN")->has_value());
    for (int i = 0; i < 6; ++i)
        undo->redo();
    ASSERT_TRUE(store().findNamnd("1880", "SN")->has_value());
    EXPECT_EQ(paths(store(), namndId), (std::vector<std::string>{"Individ och familj", "Barn och unga",
                                                                 "Barn och unga > Familjehem", "Äldreomsorg"}));
    EXPECT_EQ(*store().years(namndId), std::vector<int>{2024});
}

class LockedCellTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("fixture.tertial"));
        {
            auto store = Storage::SqliteStore::create(path.toStdString());
            ASSERT_TRUE(store);
            (*store)->setUser("anna");
            auto written = writeSeed002(**store, false);
            ASSERT_TRUE(written) << written.error().message;
            m_namndId = *written;
            ASSERT_TRUE((*store)->lockPeriod(m_namndId, kSeed002Year, 10, "Månadsrapport beslutad").has_value());
        }
        m_window = std::make_unique<Gui::MainWindow>();
        m_window->resize(1600, 1000);
        ASSERT_TRUE(m_window->openDatabase(path));
        ASSERT_TRUE(m_window->select({"0182", m_namndId, kSeed002Year, kSeed002Period}));
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        m_view = m_window->economicView();
        m_model = static_cast<EconomicTableModel *>(m_view->model());
    }

    QModelIndex cell(const std::string &name, Column column) const
    {
        return m_model->indexOf(verksamhetId(*m_window->document(), name), column);
    }

    QTemporaryDir m_dir;
    Storage::Id m_namndId = 0;
    std::unique_ptr<Gui::MainWindow> m_window;
    Gui::EconomicView *m_view = nullptr;
    EconomicTableModel *m_model = nullptr;
};

// Before: typing or Delete in a locked cell was ignored without a word.
TEST_F(LockedCellTest, TypingOrDeleteInALockedCellSaysWhyAtTheCell)
{
    // oktober 2017 is locked: its utfall and, since the month shows it, the year's budget.
    for (const Column column : {Column::ActualCost, Column::BudgetYear}) {
        const QModelIndex index = cell("Barn och unga", column);
        ASSERT_FALSE(index.flags() & Qt::ItemIsEditable);
        const qlonglong before = index.data(EconomicTableModel::RawValueRole).toLongLong();
        QToolTip::hideText();
        m_view->setCurrentIndex(index);
        m_view->setFocus();
        QTest::keyClicks(m_view, QStringLiteral("5"));
        EXPECT_EQ(QApplication::focusWidget(), m_view) << "no editor opened";
        EXPECT_TRUE(QToolTip::isVisible());
        const QString notice = QToolTip::text();
        EXPECT_TRUE(notice.contains(QStringLiteral("perioden 2017-10 är låst"))) << notice.toStdString();
        EXPECT_TRUE(notice.contains(QStringLiteral("anna"))) << notice.toStdString();
        EXPECT_TRUE(notice.contains(QStringLiteral("Månadsrapport beslutad"))) << notice.toStdString();
        EXPECT_EQ(m_window->statusBar()->currentMessage(), notice);
        QToolTip::hideText();
        QTest::keyClick(m_view, Qt::Key_Delete);
        EXPECT_TRUE(QToolTip::isVisible());
        EXPECT_EQ(QToolTip::text(), notice);
        EXPECT_EQ(cell("Barn och unga", column).data(EconomicTableModel::RawValueRole).toLongLong(), before);
    }
    // A derived cell says nothing of locks (nothing is typed there, locked or not). hideText()
    // hides after a short timer: wait for it, so a tooltip seen below is a new one.
    QToolTip::hideText();
    for (int i = 0; i < 200 && QToolTip::isVisible(); ++i)
        QTest::qWait(10);
    m_view->setCurrentIndex(cell("Barn och unga", Column::BudgetDeviation));
    QTest::keyClicks(m_view, QStringLiteral("5"));
    EXPECT_FALSE(QToolTip::isVisible() && QToolTip::text().contains(QStringLiteral("låst")));
    keep(m_window.get(), "last-cell");
}

// Before: Period › Lås perioden took a blank reason.
TEST_F(LockedCellTest, TheLockDialogOffersOkOnlyWithAReason)
{
    Gui::LockReasonDialog dialog(QStringLiteral("Lås"), QStringLiteral("Varför låses perioden t.o.m. november?"));
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    QTest::keyClicks(dialog.editor(), QStringLiteral("   "));
    EXPECT_FALSE(ok->isEnabled());
    dialog.editor()->insertPlainText(QStringLiteral("Beslut i nämnden 2017-12-14")); // QTest types ASCII only
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.reason(), QStringLiteral("Beslut i nämnden 2017-12-14"));
    keep(&dialog, "las-orsak");
    // And the document, under the dialog, refuses a blank one too.
    EXPECT_FALSE(m_window->document()->unlockPeriod(false, "  ").has_value());
    EXPECT_TRUE(m_window->document()->isPeriodLocked());
}

TEST(ReadOnlyWindow, AReadOnlyDatabaseOpensForReadingAndSaysSo)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("arkiv.tertial"));
    Storage::Id namndId = 0;
    {
        auto store = Storage::SqliteStore::create(path.toStdString());
        ASSERT_TRUE(store);
        auto written = writeSeed002(**store, false);
        ASSERT_TRUE(written);
        namndId = *written;
    }
    // A read-only share, simulated for this process: the file as immutable as SQLite sees it
    // when access(2) says no. Root may write anything, so there the file system's word is
    // taken from a read-only folder mode instead (the CLI tests run real other users).
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    if (geteuid() == 0)
        GTEST_SKIP() << "root writes read-only files; tests/cli/readonly_test.cpp runs this as other users";
    Gui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(path));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("bara läsning"))) << window.windowTitle().toStdString();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("filen är skrivskyddad för dig")));
    ASSERT_TRUE(window.select({"0182", namndId, kSeed002Year, kSeed002Period}));
}

} // namespace Tertial::Test
