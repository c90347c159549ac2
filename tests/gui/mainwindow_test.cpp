// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench driven like a user with QTest: typing, paste, undo, locks, comments, screenshots.
#include "seed002fixture.h"

#include "gui/commentpanel.h"
#include "gui/economicview.h"
#include "gui/mainwindow.h"
#include "models/economictablemodel.h"
#include "storage/sqlitestore.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace Tertial::Test {
namespace {

using Column = Models::EconomicTableModel::Column;
using Models::EconomicTableModel;

const QChar kMinus(0x2212);
const QChar kNbsp(0x00A0);

QString sv(const char *ascii)
{
    QString text = QString::fromLatin1(ascii);
    text.replace(QLatin1Char('-'), kMinus);
    text.replace(QLatin1Char(' '), kNbsp);
    return text;
}

class MainWindowTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("fixture.tertial"));
        {
            auto store = Storage::SqliteStore::create(path.toStdString());
            ASSERT_TRUE(store);
            auto written = writeSeed002(**store, true);
            ASSERT_TRUE(written) << written.error().message;
            m_namndId = *written;
        }
        m_window = std::make_unique<Gui::MainWindow>();
        m_window->resize(1600, 1000);
        auto opened = m_window->openDatabase(path);
        ASSERT_TRUE(opened) << opened.error().message;
        auto selected = m_window->select({"0182", m_namndId, kSeed002Year, kSeed002Period});
        ASSERT_TRUE(selected) << selected.error().message;
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        m_view = m_window->economicView();
        m_model = static_cast<EconomicTableModel *>(m_view->model());
        m_view->setFocus();
    }

    QModelIndex cell(const std::string &name, Column column) const
    {
        const Storage::Id id = name == "Summa" ? 0 : verksamhetId(*m_window->document(), name);
        return m_model->indexOf(id, column);
    }
    qlonglong ore(const std::string &name, Column column) const
    {
        return cell(name, column).data(EconomicTableModel::RawValueRole).toLongLong();
    }
    // Types like a user: the first key opens the editor, the rest go to it, Return commits.
    void type(const QModelIndex &index, const QString &text)
    {
        m_view->setCurrentIndex(index);
        m_view->setFocus();
        QTest::keyClicks(m_view, text.left(1));
        QWidget *editor = QApplication::focusWidget();
        ASSERT_NE(editor, nullptr);
        QTest::keyClicks(editor, text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents();
    }

    QTemporaryDir m_dir;
    Storage::Id m_namndId = 0;
    std::unique_ptr<Gui::MainWindow> m_window;
    Gui::EconomicView *m_view = nullptr;
    EconomicTableModel *m_model = nullptr;
};

TEST_F(MainWindowTest, TypingUpdatesDerivedCellsTotalAndStatusBar)
{
    // seed 002 §2.1 before: Summa budgetavvikelse 17 669, prognosavvikelse 13 785.
    EXPECT_TRUE(m_window->statusText().contains(sv("17 669"))) << m_window->statusText().toStdString();
    type(cell("Barn och unga", Column::ActualCost), QStringLiteral("-93 522"));
    // netto 3 970 - 93 522 = -89 552 tkr; avvikelse -89 552 000 + 86 485 833,33 = -3 066 166,67 kr.
    EXPECT_EQ(ore("Barn och unga", Column::ActualNet), -8'955'200'000LL);
    EXPECT_EQ(ore("Barn och unga", Column::BudgetDeviation), -306'616'667LL);
    EXPECT_EQ(cell("Barn och unga", Column::BudgetDeviation).data().toString(), sv("-3 066"));
    // Summa: 17 669 499,99 - 1 000 000 kr = 16 669 499,99 kr.
    EXPECT_EQ(ore("Summa", Column::BudgetDeviation), 1'666'949'999LL);
    EXPECT_TRUE(m_window->statusText().contains(sv("16 669"))) << m_window->statusText().toStdString();
    // Enter moved down like Excel.
    EXPECT_EQ(m_view->currentIndex(), cell("Vuxna 21-64 år", Column::ActualCost));
}

TEST_F(MainWindowTest, TabAndArrowsCommitAndMoveLikeExcel)
{
    m_view->setCurrentIndex(cell("Vuxna 21-64 år", Column::ActualIncome));
    m_view->setFocus();
    QTest::keyClicks(m_view, QStringLiteral("1"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5 000"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QApplication::processEvents();
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::ActualIncome), 1'500'000'000LL);
    EXPECT_EQ(m_view->currentIndex(), cell("Vuxna 21-64 år", Column::ActualCost));
    // Up in an editor commits and moves up.
    QTest::keyClicks(m_view, QStringLiteral("-"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("47 000"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QApplication::processEvents();
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::ActualCost), -4'700'000'000LL);
    EXPECT_EQ(m_view->currentIndex(), cell("Barn och unga", Column::ActualCost));
    // Without an editor, Right and Left move between cells.
    QTest::keyClick(m_view, Qt::Key_Right);
    EXPECT_EQ(m_view->currentIndex(), cell("Barn och unga", Column::ActualNet));
    EXPECT_EQ(m_window->document()->undoStack()->count(), 2);
}

TEST_F(MainWindowTest, PastedBlockIsStoredExactlyAndOneUndoRestoresIt)
{
    // 3 rows × 4 columns (intäkter, kostnader, netto, periodens budget) in Swedish formats: a
    // U+2212 minus, no-break spaces, parentheses, a decimal comma; netto is derived there and
    // left empty, as when a block copied from Tertial is pasted back.
    const QString block = QStringLiteral("4 000\t") + kMinus + QStringLiteral("93") + kNbsp + QStringLiteral("000\t\t(86 000)\n")
                          + QStringLiteral("15 000,5\t-46 500\t\t-37 000\n")
                          + QStringLiteral("28") + kNbsp + QStringLiteral("100\t(384 000)\t\t") + kMinus + QStringLiteral("371 000\r\n");
    m_view->setCurrentIndex(cell("Barn och unga", Column::ActualIncome));
    QApplication::clipboard()->setText(block);
    const int steps = m_window->document()->undoStack()->count();
    QTest::keyClick(m_view, Qt::Key_V, Qt::ControlModifier);
    EXPECT_EQ(m_window->document()->undoStack()->count(), steps + 1);
    EXPECT_EQ(ore("Barn och unga", Column::ActualIncome), 400'000'000LL);
    EXPECT_EQ(ore("Barn och unga", Column::ActualCost), -9'300'000'000LL);
    EXPECT_EQ(ore("Barn och unga", Column::BudgetPeriod), -8'600'000'000LL);
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::ActualIncome), 1'500'050'000LL);
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::ActualCost), -4'650'000'000LL);
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::BudgetPeriod), -3'700'000'000LL);
    EXPECT_EQ(ore("Personer med funktionsnedsättning", Column::ActualIncome), 2'810'000'000LL);
    EXPECT_EQ(ore("Personer med funktionsnedsättning", Column::ActualCost), -38'400'000'000LL);
    EXPECT_EQ(ore("Personer med funktionsnedsättning", Column::BudgetPeriod), -37'100'000'000LL);
    // Stored: a fresh read of the store agrees.
    auto figures = m_window->document()->store().figures(m_namndId, kSeed002Year);
    ASSERT_TRUE(figures);
    const Storage::FigureKey key = m_window->document()->keyFor(
        verksamhetId(*m_window->document(), "Vuxna 21-64 år"), Storage::Measure::ActualIncome);
    bool found = false;
    for (const Storage::Figure &f : *figures)
        if (f.key == key) {
            found = true;
            EXPECT_EQ(f.amount.ore(), 1'500'050'000LL);
        }
    EXPECT_TRUE(found);

    // One undo restores every cell (seed 002 §2.1 values); periodens budget goes back to periodised.
    QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(ore("Barn och unga", Column::ActualIncome), 397'000'000LL);
    EXPECT_EQ(ore("Barn och unga", Column::ActualCost), -9'252'200'000LL);
    EXPECT_EQ(ore("Barn och unga", Column::BudgetPeriod), -8'648'583'333LL); // -103 783 × 10/12
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::ActualIncome), 1'456'300'000LL);
    EXPECT_EQ(ore("Personer med funktionsnedsättning", Column::ActualCost), -38'435'200'000LL);
    EXPECT_EQ(ore("Personer med funktionsnedsättning", Column::BudgetPeriod), -37'129'000'000LL);
    // And Ctrl+Y redoes it.
    QTest::keyClick(m_view, Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::ActualIncome), 1'500'050'000LL);
}

TEST_F(MainWindowTest, BadPasteStoresNothing)
{
    m_view->setCurrentIndex(cell("Barn och unga", Column::ActualIncome));
    const int steps = m_window->document()->undoStack()->count();
    EXPECT_FALSE(m_view->pasteTsv(QStringLiteral("1 000\t-2 000\n1.234\t-3 000\n")));
    EXPECT_EQ(m_window->document()->undoStack()->count(), steps);
    EXPECT_EQ(ore("Barn och unga", Column::ActualIncome), 397'000'000LL); // seed 002: 3 970
    EXPECT_TRUE(m_window->document()->lastError().contains(QStringLiteral("Vuxna 21-64 år")))
        << m_window->document()->lastError().toStdString();
}

TEST_F(MainWindowTest, CopyWritesNumbersExcelReads)
{
    QItemSelection selection(cell("Barn och unga", Column::ActualIncome), cell("Barn och unga", Column::ActualNet));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    // A header row with the unit; no grouping, a hyphen-minus, the value as shown in tkr.
    EXPECT_EQ(m_view->selectionAsTsv(), QStringLiteral("Utfall intäkter (tkr)\tUtfall kostnader (tkr)\tUtfall netto (tkr)\n"
                                                       "3970\t-92522\t-88552\n"));
}

TEST_F(MainWindowTest, BadInputRefusedInPlaceWithMessage)
{
    const QModelIndex index = cell("Barn och unga", Column::ActualIncome);
    type(index, QStringLiteral("12 34"));
    QApplication::processEvents();
    EXPECT_EQ(ore("Barn och unga", Column::ActualIncome), 397'000'000LL);
    EXPECT_TRUE(m_window->document()->lastError().contains(QStringLiteral("väntade ett belopp i tkr")))
        << m_window->document()->lastError().toStdString();
    // The editor is open again on the same cell with what was typed.
    EXPECT_EQ(m_view->currentIndex(), index);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->text(), QStringLiteral("12 34"));
}

TEST_F(MainWindowTest, DeleteClearsAndFillDownCopies)
{
    m_view->setCurrentIndex(cell("Barn och unga", Column::Forecast));
    QTest::keyClick(m_view, Qt::Key_Delete);
    EXPECT_FALSE(cell("Barn och unga", Column::Forecast).data(EconomicTableModel::RawValueRole).isValid());
    m_window->document()->undoStack()->undo();
    EXPECT_EQ(ore("Barn och unga", Column::Forecast), -10'762'300'000LL);

    QItemSelection selection(cell("Barn och unga", Column::BudgetYear), cell("Gemensam socialtjänst", Column::BudgetYear));
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(m_view, Qt::Key_D, Qt::ControlModifier);
    EXPECT_EQ(ore("Gemensam socialtjänst", Column::BudgetYear), -10'378'300'000LL); // Barn och unga's -103 783
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::BudgetYear), -10'378'300'000LL);
    m_window->document()->undoStack()->undo();
    EXPECT_EQ(ore("Gemensam socialtjänst", Column::BudgetYear), -831'700'000LL); // seed 002: -8 317
}

TEST_F(MainWindowTest, LockedPeriodRefusesTyping)
{
    ASSERT_TRUE(m_window->document()->lockPeriod(false, "beslutad av nämnden"));
    EXPECT_TRUE(m_window->statusText().size() > 0);
    m_view->setCurrentIndex(cell("Barn och unga", Column::ActualCost));
    QTest::keyClicks(m_view, QStringLiteral("-1"));
    QTest::keyClick(m_view, Qt::Key_Return);
    EXPECT_EQ(ore("Barn och unga", Column::ActualCost), -9'252'200'000LL);
    EXPECT_FALSE(m_view->pasteTsv(QStringLiteral("1")));
    EXPECT_TRUE(m_window->document()->lastError().contains(QStringLiteral("låst")));
    // The lock is in the audit log with its reason.
    auto log = m_window->document()->auditLog(std::nullopt);
    ASSERT_TRUE(log);
    ASSERT_FALSE(log->empty());
    EXPECT_EQ(log->back().reason, "beslutad av nämnden");
}

TEST_F(MainWindowTest, CommentEditIsUndoable)
{
    m_view->setCurrentIndex(cell("Barn och unga", Column::ActualNet));
    Gui::CommentPanel *panel = m_window->commentPanel();
    panel->setText(QStringLiteral("Fler placeringar än budgeterat."));
    ASSERT_TRUE(panel->save());
    const Storage::Id id = verksamhetId(*m_window->document(), "Barn och unga");
    EXPECT_EQ(m_window->document()->comment(id), QStringLiteral("Fler placeringar än budgeterat."));
    QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_window->document()->comment(id), QString());
    EXPECT_EQ(panel->text(), QString());
}

TEST_F(MainWindowTest, ForecastMethodDrivesThePrognos)
{
    // budget (+/- noll): prognos = budget helår -103 783 (seed 002 §2.1), prognosavvikelse 0.
    ASSERT_TRUE(m_model->setData(cell("Barn och unga", Column::ForecastMethod), QStringLiteral("budget")));
    EXPECT_EQ(ore("Barn och unga", Column::Forecast), -10'378'300'000LL);
    EXPECT_EQ(ore("Barn och unga", Column::ForecastDeviation), 0LL);
    EXPECT_FALSE(cell("Barn och unga", Column::Forecast).flags() & Qt::ItemIsEditable);
    EXPECT_TRUE(cell("Barn och unga", Column::ForecastMethod).data(Qt::ToolTipRole).toString().contains(sv("-103 783")));
    // Summa prognosavvikelse 13 785 + 3 840 = 17 625.
    EXPECT_EQ(ore("Summa", Column::ForecastDeviation), 1'762'500'000LL);
    m_window->document()->undoStack()->undo();
    EXPECT_EQ(ore("Barn och unga", Column::Forecast), -10'762'300'000LL);
}

TEST_F(MainWindowTest, EveryTabRenders)
{
    for (const char *tab : {"Ekonomi", "Volymer", "Indikatorer", "Åtgärdsplan", "Investeringar", "Statsbidrag"}) {
        ASSERT_TRUE(m_window->showTab(QString::fromUtf8(tab)));
        const QImage image = m_window->grab().toImage();
        EXPECT_EQ(image.size(), QSize(1600, 1000));
    }
}

} // namespace
} // namespace Tertial::Test
