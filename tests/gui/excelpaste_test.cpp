// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 point 1: Excel's paste, fill and copy in the Ekonomi table, driven with the mouse and
// the keyboard. Figures from seed 002 §2.1 (Nacka Socialnämnden, oktober 2017, tkr).
#include "workbenchfixture.h"

#include "gui/pasteproblemsdialog.h"
#include "models/document.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMimeData>
#include <QPushButton>
#include <QUndoStack>

namespace Tertial::Test {
namespace {

using Storage::Measure;

class ExcelPasteTest : public WorkbenchTest
{
protected:
    int steps() const { return m_window->document()->undoStack()->count(); }
    void setClipboard(const QString &text) { QApplication::clipboard()->setText(text); }
    QModelIndexList selected() const { return m_view->selectionModel()->selectedIndexes(); }
};

TEST_F(ExcelPasteTest, PasteStartsAtTheTopLeftOfTheSelectionNotAtTheCellClickedLast)
{
    // Vuxna is clicked first, Gemensam socialtjänst last (the current cell is the bottom one).
    selectRange(cell("Vuxna 21-64 år", Column::BudgetYear), cell("Gemensam socialtjänst", Column::BudgetYear));
    ASSERT_EQ(m_view->currentIndex(), cell("Gemensam socialtjänst", Column::BudgetYear));
    setClipboard(QStringLiteral("1\n2\n"));
    ctrl(Qt::Key_V);
    // A 2-row block on a 3-row selection (not a multiple) is pasted once, from the top.
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::BudgetYear), 100'000LL);
    EXPECT_EQ(ore("Personer med funktionsnedsättning", Column::BudgetYear), 200'000LL);
    EXPECT_EQ(ore("Gemensam socialtjänst", Column::BudgetYear), -831'700'000LL); // seed 002: -8 317
    // Excel selects what was pasted.
    EXPECT_EQ(selected().size(), 2);
}

TEST_F(ExcelPasteTest, OneValueFillsTheWholeSelectionAsOneUndoStep)
{
    selectRange(cell("Barn och unga", Column::BudgetYear), cell("Gemensam socialtjänst", Column::BudgetYear));
    setClipboard(QStringLiteral("100"));
    const int before = steps();
    ctrl(Qt::Key_V);
    for (const char *name : {"Barn och unga", "Vuxna 21-64 år", "Personer med funktionsnedsättning", "Gemensam socialtjänst"}) {
        EXPECT_EQ(ore(name, Column::BudgetYear), 10'000'000LL) << name;
        EXPECT_EQ(stored(name, Measure::Budget), 10'000'000LL) << name;
    }
    EXPECT_EQ(steps(), before + 1);
    ctrl(Qt::Key_Z);
    EXPECT_EQ(ore("Barn och unga", Column::BudgetYear), -10'378'300'000LL);              // seed 002: -103 783
    EXPECT_EQ(ore("Personer med funktionsnedsättning", Column::BudgetYear), -44'554'800'000LL); // -445 548
    EXPECT_EQ(stored("Gemensam socialtjänst", Measure::Budget), -831'700'000LL);
}

TEST_F(ExcelPasteTest, OneValueFillPassesOverComputedCellsInTheSelection)
{
    // Intäkter, kostnader, netto (computed: the split is entered) and periodens budget, two rows.
    selectRange(cell("Barn och unga", Column::ActualIncome), cell("Vuxna 21-64 år", Column::BudgetPeriod));
    setClipboard(QStringLiteral("7"));
    ctrl(Qt::Key_V);
    EXPECT_EQ(ore("Barn och unga", Column::ActualIncome), 700'000LL);
    EXPECT_EQ(ore("Barn och unga", Column::ActualCost), 700'000LL);
    EXPECT_EQ(ore("Barn och unga", Column::ActualNet), 1'400'000LL); // still intäkter + kostnader
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::BudgetPeriod), 700'000LL);
}

TEST_F(ExcelPasteTest, CtrlEnterFillsTheSelectionWithWhatWasTyped)
{
    // Excel's Ctrl+Enter: type once, fill the selection (here with a formula).
    selectRange(cell("Barn och unga", Column::Forecast), cell("Personer med funktionsnedsättning", Column::Forecast));
    const int before = steps();
    keyText(m_view, QStringLiteral("="));
    QWidget *editor = QApplication::focusWidget();
    ASSERT_NE(editor, m_view);
    keyText(editor, QStringLiteral("-100*3"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QApplication::processEvents();
    for (const char *name : {"Barn och unga", "Vuxna 21-64 år", "Personer med funktionsnedsättning"})
        EXPECT_EQ(stored(name, Measure::Forecast), -30'000'000LL) << name;
    EXPECT_EQ(steps(), before + 1);
}

TEST_F(ExcelPasteTest, ABlockRepeatsOverASelectionThatIsAMultipleOfIt)
{
    selectRange(cell("Barn och unga", Column::BudgetYear), cell("Gemensam socialtjänst", Column::BudgetYear));
    setClipboard(QStringLiteral("10\r\n20\r\n"));
    ctrl(Qt::Key_V);
    EXPECT_EQ(ore("Barn och unga", Column::BudgetYear), 1'000'000LL);
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::BudgetYear), 2'000'000LL);
    EXPECT_EQ(ore("Personer med funktionsnedsättning", Column::BudgetYear), 1'000'000LL);
    EXPECT_EQ(ore("Gemensam socialtjänst", Column::BudgetYear), 2'000'000LL);

    // One row of two values over two rows and two columns.
    selectRange(cell("Barn och unga", Column::ActualIncome), cell("Vuxna 21-64 år", Column::ActualCost));
    setClipboard(QStringLiteral("1\t-2\n"));
    ctrl(Qt::Key_V);
    for (const char *name : {"Barn och unga", "Vuxna 21-64 år"}) {
        EXPECT_EQ(ore(name, Column::ActualIncome), 100'000LL) << name;
        EXPECT_EQ(ore(name, Column::ActualCost), -200'000LL) << name;
    }
}

TEST_F(ExcelPasteTest, ARefusedPasteListsEveryBadCellSelectsThemAndStoresNothing)
{
    click(cell("Barn och unga", Column::ActualIncome));
    setClipboard(QStringLiteral("1.234\t-2 000\n15 000\tabc\n"));
    const int before = steps();
    ctrl(Qt::Key_V);
    EXPECT_EQ(steps(), before);
    EXPECT_EQ(ore("Barn och unga", Column::ActualCost), -9'252'200'000LL); // seed 002: -92 522, not -2 000
    EXPECT_EQ(stored("Vuxna 21-64 år", Measure::ActualIncome), 1'456'300'000LL); // 14 563, not 15 000

    Gui::PasteProblemsDialog *dialog = m_view->problemsDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const QStringList lines = dialog->text().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2) << dialog->text().toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Barn och unga, Utfall intäkter (tkr): "))) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(QStringLiteral("tvetydig punkt"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("Vuxna 21-64 år, Utfall kostnader (tkr): "))) << lines[1].toStdString();
    // The bad cells are the selection.
    const QModelIndexList bad = selected();
    EXPECT_EQ(bad.size(), 2);
    EXPECT_TRUE(bad.contains(cell("Barn och unga", Column::ActualIncome)));
    EXPECT_TRUE(bad.contains(cell("Vuxna 21-64 år", Column::ActualCost)));
    // The list can be copied.
    QPushButton *copy = nullptr;
    for (QPushButton *button : dialog->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Kopiera listan"))
            copy = button;
    ASSERT_NE(copy, nullptr);
    QTest::mouseClick(copy, Qt::LeftButton);
    EXPECT_EQ(QApplication::clipboard()->text(), dialog->text() + QLatin1Char('\n'));
    dialog->close();
}

TEST_F(ExcelPasteTest, ABlockRunningIntoSummaOrPastTheTableIsRefused)
{
    click(cell("Nämnd och nämndstöd", Column::BudgetYear));
    setClipboard(QStringLiteral("1\n2\n"));
    ctrl(Qt::Key_V);
    ASSERT_NE(m_view->problemsDialog(), nullptr);
    EXPECT_TRUE(m_view->problemsDialog()->text().contains(QStringLiteral("Summa, Budget helår (tkr): räknas fram")))
        << m_view->problemsDialog()->text().toStdString();
    m_view->problemsDialog()->close();
    click(cell("Nämnd och nämndstöd", Column::BudgetYear));
    setClipboard(QStringLiteral("1\n2\n3\n"));
    ctrl(Qt::Key_V);
    ASSERT_NE(m_view->problemsDialog(), nullptr);
    EXPECT_TRUE(m_view->problemsDialog()->text().contains(QStringLiteral("blocket har 3 rader men tabellen bara 2")))
        << m_view->problemsDialog()->text().toStdString();
    EXPECT_EQ(ore("Nämnd och nämndstöd", Column::BudgetYear), -276'600'000LL); // seed 002: -2 766
}

TEST_F(ExcelPasteTest, AFormulaIsEvaluatedOnEntryAndKeptInTheAuditReason)
{
    type(cell("Barn och unga", Column::BudgetYear), QStringLiteral("=100+20"));
    EXPECT_EQ(ore("Barn och unga", Column::BudgetYear), 12'000'000LL);
    EXPECT_EQ(stored("Barn och unga", Measure::Budget), 12'000'000LL);
    auto log = m_window->document()->auditLog(verksamhetId(*m_window->document(), "Barn och unga"));
    ASSERT_TRUE(log);
    ASSERT_FALSE(log->empty());
    EXPECT_NE(log->back().reason.find("=100+20"), std::string::npos) << log->back().reason;
    EXPECT_TRUE(m_window->document()->undoStack()->undoText().contains(QStringLiteral("=100+20")));

    // Swedish decimals, × and the Unicode minus; then a formula pasted into two cells.
    type(cell("Vuxna 21-64 år", Column::BudgetYear), QStringLiteral("=(1 000,5") + QChar(0x2212) + QStringLiteral("0,5)")
                                                         + QChar(0x00D7) + QStringLiteral("2"));
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::BudgetYear), 200'000'000LL);
    selectRange(cell("Barn och unga", Column::Forecast), cell("Vuxna 21-64 år", Column::Forecast));
    setClipboard(QStringLiteral("=-100/3"));
    ctrl(Qt::Key_V);
    EXPECT_EQ(ore("Barn och unga", Column::Forecast), -3'333'333LL); // -33 333,333… kr, to the öre
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::Forecast), -3'333'333LL);
    log = m_window->document()->auditLog(verksamhetId(*m_window->document(), "Vuxna 21-64 år"));
    ASSERT_TRUE(log);
    EXPECT_NE(log->back().reason.find("=-100/3"), std::string::npos) << log->back().reason;
}

TEST_F(ExcelPasteTest, ABadFormulaIsRefusedInPlaceSayingWhere)
{
    type(cell("Barn och unga", Column::BudgetYear), QStringLiteral("=100+"));
    EXPECT_EQ(ore("Barn och unga", Column::BudgetYear), -10'378'300'000LL);
    EXPECT_TRUE(m_window->document()->lastError().contains(QStringLiteral("tecken 6")))
        << m_window->document()->lastError().toStdString();
}

TEST_F(ExcelPasteTest, CopyPutsAHeaderRowAndTheValuesAsShown)
{
    // Periodens budget is periodised: -103 783 × 10/12 = -86 485,83 shown as -86 486.
    selectRange(cell("Barn och unga", Column::BudgetPeriod), cell("Vuxna 21-64 år", Column::BudgetDeviation));
    ctrl(Qt::Key_C);
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("Periodens budget (tkr)\tBudgetavvikelse (tkr)\n"
                                                                "-86486\t-2066\n"
                                                                "-37691\t6163\n"));
    // In mnkr with one decimal, as the table shows it then.
    m_window->findChild<QComboBox *>(QStringLiteral("unitBox"))->setCurrentIndex(2);
    selectRange(cell("Barn och unga", Column::Name), cell("Barn och unga", Column::DeviationPercent));
    ctrl(Qt::Key_C);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines[0], QStringLiteral("Verksamhet\tUtfall intäkter (mnkr)\tUtfall kostnader (mnkr)\tUtfall netto (mnkr)\t"
                                       "Periodens budget (mnkr)\tBudgetavvikelse (mnkr)\tAvvikelse %"));
    EXPECT_EQ(lines[1], QStringLiteral("Barn och unga\t4,0\t-92,5\t-88,6\t-86,5\t-2,1\t-2,4 %"));
}

TEST_F(ExcelPasteTest, ARangeCopiedFromTertialPastesBackExactly)
{
    type(cell("Vuxna 21-64 år", Column::BudgetYear), QStringLiteral("-45 229,12345"));
    type(cell("Personer med funktionsnedsättning", Column::BudgetYear), QStringLiteral("-445 548,5"));
    selectRange(cell("Vuxna 21-64 år", Column::BudgetYear), cell("Personer med funktionsnedsättning", Column::BudgetYear));
    ctrl(Qt::Key_C);
    // Excel sees the rounded values; Tertial keeps the exact ones beside them.
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("Budget helår (tkr)\n-45229\n-445549\n"));
    QTest::keyClick(m_view, Qt::Key_Delete);
    EXPECT_FALSE(stored("Vuxna 21-64 år", Measure::Budget));
    click(cell("Vuxna 21-64 år", Column::BudgetYear));
    ctrl(Qt::Key_V);
    EXPECT_EQ(stored("Vuxna 21-64 år", Measure::Budget), -4'522'912'345LL);
    EXPECT_EQ(stored("Personer med funktionsnedsättning", Measure::Budget), -44'554'850'000LL);
    // Elsewhere too (the prognos column), and whatever the unit shown.
    m_window->findChild<QComboBox *>(QStringLiteral("unitBox"))->setCurrentIndex(2);
    click(cell("Vuxna 21-64 år", Column::Forecast));
    ctrl(Qt::Key_V);
    EXPECT_EQ(stored("Vuxna 21-64 år", Measure::Forecast), -4'522'912'345LL);
    EXPECT_EQ(stored("Personer med funktionsnedsättning", Measure::Forecast), -44'554'850'000LL);
}

TEST_F(ExcelPasteTest, ARowBlockCopiedFromTertialPassesOverItsComputedCells)
{
    // Barn och unga from the name to prognos, pasted onto Vuxna's row: the entered figures
    // follow, the name and the computed cells (netto, avvikelser, periodised budget) do not.
    selectRange(cell("Barn och unga", Column::Name), cell("Barn och unga", Column::Forecast));
    ctrl(Qt::Key_C);
    click(cell("Vuxna 21-64 år", Column::Name));
    ctrl(Qt::Key_V);
    EXPECT_EQ(stored("Vuxna 21-64 år", Measure::ActualIncome), 397'000'000LL);
    EXPECT_EQ(stored("Vuxna 21-64 år", Measure::ActualCost), -9'252'200'000LL);
    EXPECT_EQ(stored("Vuxna 21-64 år", Measure::Budget), -10'378'300'000LL);
    EXPECT_EQ(stored("Vuxna 21-64 år", Measure::Forecast), -10'762'300'000LL);
    EXPECT_FALSE(stored("Vuxna 21-64 år", Measure::BudgetPeriod)); // still periodised
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::BudgetPeriod), -8'648'583'333LL);
    EXPECT_EQ(cell("Vuxna 21-64 år", Column::Name).data().toString(), QStringLiteral("Vuxna 21-64 år"));
}

TEST_F(ExcelPasteTest, AHeaderRowFromExcelIsNotPasted)
{
    click(cell("Barn och unga", Column::BudgetYear));
    setClipboard(QStringLiteral("Budget helår (tkr)\r\n100\r\n200\r\n"));
    ctrl(Qt::Key_V);
    EXPECT_EQ(ore("Barn och unga", Column::BudgetYear), 10'000'000LL);
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::BudgetYear), 20'000'000LL);
    EXPECT_EQ(ore("Personer med funktionsnedsättning", Column::BudgetYear), -44'554'800'000LL);
}

} // namespace
} // namespace Tertial::Test
