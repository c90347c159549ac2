// SPDX-License-Identifier: GPL-3.0-or-later
// One workspace per open database: opening another one swaps every tab and dock, the undo stack
// and the store connection in one step, and the old database's file is let go.
#include "seed002fixture.h"

#include "gui/auditpanel.h"
#include "gui/chartpanel.h"
#include "gui/commentpanel.h"
#include "gui/comparison/comparisonworkbench.h"
#include "gui/economicview.h"
#include "gui/mainwindow.h"
#include "gui/workspace.h"
#include "models/auditlogmodel.h"
#include "models/document.h"
#include "models/economictablemodel.h"
#include "storage/databasefiles.h"
#include "storage/sqlitestore.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QPointer>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <filesystem>

namespace Tertial::Test {
namespace {

// The files this process holds open whose path starts with `path` (the database, its -wal, -shm).
int openDescriptors(const QString &path)
{
    const std::string wanted = QFileInfo(path).canonicalFilePath().toStdString();
    int count = 0;
    for (const auto &entry : std::filesystem::directory_iterator("/proc/self/fd")) {
        std::error_code error;
        const std::string target = std::filesystem::read_symlink(entry.path(), error).string();
        if (!error && target.starts_with(wanted))
            ++count;
    }
    return count;
}

class WorkspaceTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.tertial"));
        ASSERT_TRUE(Storage::copyDatabaseFile(TERTIAL_DEMO_DB, m_demo.toStdString()));
        m_fixture = m_dir.filePath(QStringLiteral("seed002.tertial"));
        auto store = Storage::SqliteStore::create(m_fixture.toStdString());
        ASSERT_TRUE(store);
        auto written = writeSeed002(**store, true);
        ASSERT_TRUE(written) << written.error().message;
        m_fixtureNamnd = *written;
        m_empty = m_dir.filePath(QStringLiteral("tom.tertial"));

        m_window = std::make_unique<Gui::MainWindow>();
        m_window->setPersistent(false);
        m_window->resize(1600, 1000);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>(QStringLiteral("tabs")); }
    QDockWidget *dock(const char *name) const { return m_window->findChild<QDockWidget *>(QString::fromLatin1(name)); }

    // Every tab and dock shows the current workspace's widgets and nothing of an earlier one.
    void expectShowsOnly(const Gui::Workspace &workspace)
    {
        QTabWidget *pages = tabs();
        ASSERT_NE(pages, nullptr);
        ASSERT_EQ(pages->count(), 8);
        for (int i = 0; i < pages->count(); ++i) {
            const QList<QWidget *> shown = pages->widget(i)->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
            EXPECT_EQ(shown.size(), 1) << pages->tabText(i).toStdString();
        }
        EXPECT_TRUE(workspace.economyPage()->isAncestorOf(workspace.economicView()));
        EXPECT_EQ(workspace.economyPage()->parentWidget(), pages->widget(0));
        for (const Gui::Workspace::Register &r : workspace.registers())
            EXPECT_TRUE(pages->isAncestorOf(r.panel));
        EXPECT_EQ(m_window->economicView(), workspace.economicView());
        EXPECT_EQ(m_window->economicView()->model(), workspace.economicModel());
        EXPECT_EQ(dock("commentDock")->widget(), workspace.commentPanel());
        EXPECT_EQ(dock("chartDock")->widget(), workspace.chartPanel());
        EXPECT_EQ(m_window->auditPanel()->view()->model(), static_cast<QAbstractItemModel *>(workspace.auditModel()));
        if (workspace.comparison()) {
            EXPECT_EQ(dock("relatedKpiDock")->widget(), workspace.comparison()->relatedPanel());
            EXPECT_TRUE(pages->widget(7)->isAncestorOf(workspace.comparison()->view()));
            // Its table got the window's copy and select all (not the previous workspace's table).
            const auto *table = workspace.comparison()->view()->findChild<QTableView *>();
            ASSERT_NE(table, nullptr);
            EXPECT_EQ(table->actions().size(), 2);
        }
        // The Kontoslag view beside Verksamheter too.
        for (const QTreeView *view : workspace.economyPage()->findChildren<QTreeView *>()) {
            if (view != workspace.economicView()) {
                EXPECT_EQ(view->actions().size(), 2);
            }
        }
        // One Ångra and one Gör om in Redigera, the new document's.
        int undo = 0;
        for (QAction *action : m_window->findChild<QMenu *>(QStringLiteral("menuEdit"))->actions())
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                ++undo;
        EXPECT_EQ(undo, 1);
        EXPECT_TRUE(m_window->findChild<QMenu *>(QStringLiteral("menuEdit"))->actions().contains(workspace.undoAction()));
        EXPECT_TRUE(m_window->windowTitle().startsWith(QFileInfo(workspace.path()).fileName()))
            << m_window->windowTitle().toStdString();
    }

    void screenshot(const QString &name)
    {
        const QByteArray folder = qgetenv("TERTIAL_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        for (const QSize size : {QSize(1600, 1000), QSize(1366, 768)}) {
            m_window->resize(size);
            QTest::qWait(50);
            m_window->grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/%1-%2x%3.png").arg(name).arg(size.width()).arg(size.height()));
        }
        m_window->resize(1600, 1000);
    }

    QTemporaryDir m_dir;
    QString m_demo, m_fixture, m_empty;
    Storage::Id m_fixtureNamnd = 0;
    std::unique_ptr<Gui::MainWindow> m_window;
};

TEST_F(WorkspaceTest, OpeningAnotherDatabaseSwapsEverythingAndLetsTheOldFileGo)
{
    // 1. The demo: Nacka's and Huddinge's nämnder, an edit on its undo stack.
    ASSERT_TRUE(m_window->openDatabase(m_demo));
    Gui::Workspace *demo = m_window->workspace();
    ASSERT_NE(demo, nullptr);
    expectShowsOnly(*demo);
    EXPECT_GT(openDescriptors(m_demo), 0);
    QUndoStack *demoStack = m_window->document()->undoStack();
    QPointer<QWidget> demoView = m_window->economicView();
    QPointer<QWidget> demoChart = m_window->chartPanel();
    QPointer<QObject> demoDocument = m_window->document();

    // 2. The seed 002 fixture: a different database in every tab and dock, the demo file let go.
    ASSERT_TRUE(m_window->openDatabase(m_fixture));
    Gui::Workspace *fixture = m_window->workspace();
    ASSERT_NE(fixture, nullptr);
    EXPECT_TRUE(demoView.isNull());
    EXPECT_TRUE(demoChart.isNull());
    EXPECT_TRUE(demoDocument.isNull());
    expectShowsOnly(*fixture);
    EXPECT_NE(m_window->document()->undoStack(), demoStack);
    EXPECT_EQ(openDescriptors(m_demo), 0) << "the demo's file is still open";
    EXPECT_GT(openDescriptors(m_fixture), 0);
    ASSERT_TRUE(m_window->select({"0182", m_fixtureNamnd, kSeed002Year, kSeed002Period}));
    // seed 002 §2.1: the fixture's own rows in the Ekonomi table.
    const auto *model = static_cast<const Models::EconomicTableModel *>(m_window->economicView()->model());
    EXPECT_GT(model->rowCount(), 0);
    const QString rows = [&] {
        QString text;
        for (int r = 0; r < model->rowCount(); ++r)
            text += model->index(r, 0).data().toString() + QLatin1Char('\n');
        return text;
    }();
    EXPECT_TRUE(rows.contains(QStringLiteral("Barn och unga"))) << rows.toStdString();
    // An edit goes on the fixture's stack, which the window's Ångra follows.
    const QModelIndex forecast = model->indexOf(verksamhetId(*m_window->document(), "Barn och unga"),
                                                Models::EconomicTableModel::Column::Forecast);
    ASSERT_TRUE(forecast.isValid());
    ASSERT_TRUE(const_cast<Models::EconomicTableModel *>(model)->setData(forecast, QStringLiteral("-107000"), Qt::EditRole));
    EXPECT_EQ(m_window->document()->undoStack()->count(), 1);
    EXPECT_TRUE(fixture->undoAction()->isEnabled());
    screenshot(QStringLiteral("workspace-second"));

    // 3. A new, empty database: nothing of the fixture is left, its undo stack is gone with it.
    QPointer<QUndoStack> fixtureStack = m_window->document()->undoStack();
    ASSERT_TRUE(m_window->openDatabase(m_empty, true));
    Gui::Workspace *empty = m_window->workspace();
    expectShowsOnly(*empty);
    EXPECT_TRUE(fixtureStack.isNull());
    EXPECT_EQ(m_window->document()->undoStack()->count(), 0);
    EXPECT_FALSE(empty->undoAction()->isEnabled());
    EXPECT_EQ(m_window->economicView()->model()->rowCount(), 0);
    EXPECT_EQ(openDescriptors(m_fixture), 0) << "the fixture's file is still open";
    EXPECT_EQ(openDescriptors(m_demo), 0);
    screenshot(QStringLiteral("workspace-third"));

    // And back to the demo: the window goes on working after three swaps.
    ASSERT_TRUE(m_window->openDatabase(m_demo));
    expectShowsOnly(*m_window->workspace());
    EXPECT_EQ(openDescriptors(m_empty), 0);
    EXPECT_TRUE(m_window->document()->hasSelection());
    EXPECT_GT(m_window->economicView()->model()->rowCount(), 0);
    screenshot(QStringLiteral("workspace-demo"));
}

// A database that cannot be opened leaves the current workspace as it was.
TEST_F(WorkspaceTest, AFailedOpenKeepsTheCurrentDatabase)
{
    ASSERT_TRUE(m_window->openDatabase(m_fixture));
    Gui::Workspace *before = m_window->workspace();
    EXPECT_FALSE(m_window->openDatabase(m_dir.filePath(QStringLiteral("finns-inte.tertial"))));
    EXPECT_EQ(m_window->workspace(), before);
    expectShowsOnly(*before);
    EXPECT_GT(openDescriptors(m_fixture), 0);
}

} // namespace
} // namespace Tertial::Test
