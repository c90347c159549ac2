// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 point 2: the view follows the Urval tree (keyboard too), the first view has utfall,
// the unit is in the header, the columns fit at 1366×768, context menus, Hjälp, "Sparat".
#include "workbenchfixture.h"

#include "gui/auditpanel.h"
#include "gui/editactions.h"
#include "gui/helpmenu.h"
#include "gui/registerview.h"
#include "gui/savedindicator.h"
#include "models/document.h"
#include "models/navigatormodel.h"

#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

namespace Tertial::Test {
namespace {

using Models::NavigatorModel;

class NavigationTest : public WorkbenchTest
{
protected:
    // The navigator's item for a period of the fixture's nämnd (2017).
    QModelIndex periodItem(const char *period) const
    {
        QTreeView *tree = m_window->navigator();
        auto *model = static_cast<NavigatorModel *>(tree->model());
        return model->indexOf(m_window->document()->store(), {"0182", m_namndId, kSeed002Year, period});
    }

    // The texts of the menu a right click on `widget` at `at` opens (closed again at once).
    QStringList contextMenuTexts(QWidget *widget, QPoint at)
    {
        QStringList texts;
        QTimer::singleShot(0, [&texts] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *action : menu->actions())
                    if (!action->isSeparator())
                        texts << action->text().remove(QLatin1Char('&'));
                menu->close();
            }
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, widget->mapToGlobal(at));
        QApplication::sendEvent(widget, &event);
        return texts;
    }

    bool horizontalScrolling() const
    {
        QApplication::processEvents();
        return m_view->horizontalScrollBar()->maximum() > 0;
    }
};

TEST_F(NavigationTest, TheViewFollowsTheTreesCurrentItemWithTheArrowKeys)
{
    QTreeView *tree = m_window->navigator();
    const QModelIndex october = periodItem("10");
    ASSERT_TRUE(october.isValid());
    ASSERT_EQ(tree->currentIndex(), october);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Down); // t.o.m. november
    EXPECT_EQ(m_window->document()->selection().period, "11");
    QTest::keyClick(tree, Qt::Key_Up);
    QTest::keyClick(tree, Qt::Key_Up); // t.o.m. september
    EXPECT_EQ(m_window->document()->selection().period, "9");
    EXPECT_EQ(m_window->document()->month(), 9);
    // And a mouse click, as before.
    const QModelIndex t1 = periodItem("T1");
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(t1).center());
    EXPECT_EQ(m_window->document()->selection().period, "T1");
}

TEST_F(NavigationTest, AYearInTheTreeShowsItsLatestPeriodWithUtfall)
{
    QTreeView *tree = m_window->navigator();
    const QModelIndex year = periodItem("10").parent();
    ASSERT_EQ(year.data(NavigatorModel::KindRole).toInt(), static_cast<int>(NavigatorModel::Kind::Year));
    tree->setFocus();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(periodItem("helår")).center());
    ASSERT_EQ(m_window->document()->selection().period, "helår");
    tree->setCurrentIndex(year); // the user arrows up onto 2017
    // seed 002's utfall runs to oktober.
    EXPECT_EQ(m_window->document()->selection().period, "10");
    EXPECT_EQ(tree->currentIndex(), year); // the tree stays where the user is
}

TEST_F(NavigationTest, AFirstOpeningShowsTheLatestPeriodWithUtfall)
{
    // A new window on the file, with nothing remembered: not Helår with empty Utfall columns.
    m_window.reset();
    m_window = std::make_unique<Gui::MainWindow>();
    m_window->setPersistent(false);
    ASSERT_TRUE(m_window->openDatabase(m_path));
    EXPECT_EQ(m_window->document()->selection().year, kSeed002Year);
    EXPECT_EQ(m_window->document()->selection().period, "10");
    EXPECT_EQ(m_window->navigator()->currentIndex(), periodItem("10"));
}

TEST_F(NavigationTest, TheUnitIsInTheTableHeader)
{
    EXPECT_EQ(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Verksamhet, tkr"));
    m_window->findChild<QComboBox *>(QStringLiteral("unitBox"))->setCurrentIndex(2);
    EXPECT_EQ(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Verksamhet, mnkr"));
}

TEST_F(NavigationTest, TheColumnsFitAt1366WithoutScrollingSideways)
{
    openWindow(QSize(1366, 768));
    EXPECT_FALSE(horizontalScrolling());
    // A controller's columns stay; last year's comparison gives way first.
    for (const Column c : {Column::ActualIncome, Column::ActualCost, Column::ActualNet, Column::BudgetPeriod,
                           Column::BudgetDeviation, Column::BudgetYear, Column::Forecast, Column::ForecastDeviation,
                           Column::Consumption, Column::ForecastMethod})
        EXPECT_FALSE(m_view->isColumnHidden(static_cast<int>(c))) << static_cast<int>(c);
    const QList<int> gone = m_view->columnsHiddenForWidth();
    EXPECT_TRUE(gone.isEmpty() || gone.first() == static_cast<int>(Column::Change));
    // The longest name of the fixture shows whole.
    const QModelIndex longest = cell("Personer med funktionsnedsättning", Column::Name);
    EXPECT_GE(m_view->columnWidth(0), m_view->sizeHintForIndex(longest).width());
    // Every header has its full name on hover.
    for (int c = 1; c < m_model->columnCount(); ++c)
        EXPECT_FALSE(m_model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty()) << c;
}

TEST_F(NavigationTest, OpeningTheDiagramDockAt1600DoesNotPushTheTableIntoScrolling)
{
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("chartDock"));
    ASSERT_NE(dock, nullptr);
    dock->show();
    QApplication::processEvents();
    EXPECT_FALSE(horizontalScrolling());
    EXPECT_FALSE(m_view->isColumnHidden(static_cast<int>(Column::ForecastMethod)));
    // Closed again, every column comes back.
    dock->hide();
    QApplication::processEvents();
    EXPECT_TRUE(m_view->columnsHiddenForWidth().isEmpty());
}

TEST_F(NavigationTest, AColumnChosenInTheHeadersMenuStaysChosen)
{
    QMenu *menu = m_view->createColumnMenu(m_view);
    QAction *previousYear = nullptr;
    for (QAction *action : menu->actions())
        if (action->text().startsWith(QStringLiteral("Föregående år")))
            previousYear = action;
    ASSERT_NE(previousYear, nullptr);
    previousYear->trigger(); // off
    delete menu;
    EXPECT_TRUE(m_view->isColumnHidden(static_cast<int>(Column::PreviousYear)));
    openWindow(QSize(1600, 1000)); // remembered
    EXPECT_TRUE(m_view->isColumnHidden(static_cast<int>(Column::PreviousYear)));
    m_view->setColumnChoice(static_cast<int>(Column::PreviousYear), Gui::EconomicView::ColumnChoice::Auto);
    EXPECT_FALSE(m_view->isColumnHidden(static_cast<int>(Column::PreviousYear)));
}

TEST_F(NavigationTest, TheEkonomiTablesContextMenuOffersCopyPasteFillLockCommentLogAndChart)
{
    click(cell("Barn och unga", Column::BudgetYear));
    const QStringList texts =
        contextMenuTexts(m_view->viewport(), m_view->visualRect(cell("Barn och unga", Column::BudgetYear)).center());
    for (const char *text : {"Kopiera", "Klistra in", "Fyll nedåt", "Töm celler", "Skriv kommentar …", "Visa i Ändringslogg",
                             "Visa i diagram", "Lås perioden …"})
        EXPECT_TRUE(texts.contains(QString::fromUtf8(text))) << text << " in " << texts.join(QLatin1Char('|')).toStdString();

    // The keyboard opens it too: Shift+F10, as in Excel.
    QStringList keyed;
    QTimer::singleShot(0, [&keyed] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *action : menu->actions())
                keyed << action->text().remove(QLatin1Char('&'));
            menu->close();
        }
    });
    QTest::keyClick(m_view, Qt::Key_F10, Qt::ShiftModifier);
    EXPECT_TRUE(keyed.contains(QStringLiteral("Klistra in"))) << keyed.join(QLatin1Char('|')).toStdString();

    // "Visa i Ändringslogg" shows the row's log; "Visa i diagram" opens the chart.
    auto *auditDock = m_window->findChild<QDockWidget *>(QStringLiteral("auditDock"));
    auditDock->hide();
    m_window->auditPanel()->setWholeNamnd(true);
    for (QAction *action : m_view->actions())
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Visa i Ändringslogg"))
            action->trigger();
    EXPECT_TRUE(auditDock->isVisible());
    EXPECT_FALSE(m_window->auditPanel()->wholeNamnd());
    EXPECT_EQ(auditDock->windowTitle(), QStringLiteral("Ändringslogg: Barn och unga"));
}

TEST_F(NavigationTest, ARegistersCopyTakesItsOwnSelectionWithAHeaderRow)
{
    ASSERT_TRUE(m_window->showTab(QStringLiteral("Åtgärdsplan")));
    Gui::RegisterView *view = nullptr;
    for (Gui::RegisterView *candidate : m_window->findChildren<Gui::RegisterView *>())
        if (candidate->isVisible())
            view = candidate;
    ASSERT_NE(view, nullptr);
    view->setFocus();
    const QStringList texts = contextMenuTexts(view->viewport(), view->visualRect(view->model()->index(0, 0)).center());
    EXPECT_TRUE(texts.contains(QStringLiteral("Kopiera"))) << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Lägg till rad"))) << texts.join(QLatin1Char('|')).toStdString();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << QApplication::clipboard()->text().toStdString(); // a header row and seed 002 §4's two åtgärder
    EXPECT_EQ(lines[0].split(QLatin1Char('\t')).first(), view->model()->headerData(0, Qt::Horizontal).toString());
    EXPECT_TRUE(lines[1].contains(QStringLiteral("Attrahera, rekrytera och behålla personal"))) << lines[1].toStdString();
}

TEST_F(NavigationTest, HjalpHasTheKeyboardReferenceAndAGuide)
{
    QMenu *help = m_window->helpMenu();
    ASSERT_NE(help, nullptr);
    EXPECT_EQ(help->title(), QStringLiteral("&Hjälp"));
    EXPECT_TRUE(m_window->menuBar()->actions().contains(help->menuAction()));
    QTest::keyClick(m_view, Qt::Key_F1);
    auto *reference = m_window->findChild<QDialog *>(QStringLiteral("keyboardReference"));
    ASSERT_NE(reference, nullptr);
    const QString keys = reference->findChild<QTextBrowser *>()->toPlainText();
    for (const char *key : {"Ctrl+V", "Ctrl+D", "=100+20", "F2", "Enter"})
        EXPECT_TRUE(keys.contains(QString::fromUtf8(key))) << key;
    reference->close();
    const QString guide = Gui::HelpMenu::guideHtml();
    EXPECT_TRUE(guide.contains(QStringLiteral("Kom igång med Tertial")));
    EXPECT_TRUE(guide.contains(QStringLiteral("sparas")));
}

TEST_F(NavigationTest, TheStatusBarSaysSparatAfterEachStoredEdit)
{
    Gui::SavedIndicator *saved = m_window->savedIndicator();
    EXPECT_FALSE(saved->text().contains(QStringLiteral("Sparat")));
    type(cell("Barn och unga", Column::BudgetYear), QStringLiteral("-100 000"));
    QApplication::processEvents();
    EXPECT_TRUE(saved->text().startsWith(QStringLiteral("\u2713 Sparat "))) << saved->text().toStdString();
    const int count = saved->savedCount();
    ctrl(Qt::Key_Z); // an undo is stored too
    EXPECT_GT(saved->savedCount(), count);
    // Another period is a read, not a save.
    const int afterUndo = saved->savedCount();
    ASSERT_TRUE(m_window->select({"0182", m_namndId, kSeed002Year, "9"}));
    QApplication::processEvents();
    EXPECT_EQ(saved->savedCount(), afterUndo);
    // Ctrl+S says that there is nothing to save.
    ctrl(Qt::Key_S);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("redan sparat")))
        << m_window->statusBar()->currentMessage().toStdString();
}

} // namespace
} // namespace Tertial::Test
