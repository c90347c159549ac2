// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 point 6: the Ändringslogg reads like the table (values as shown with their unit,
// Swedish measure names), names the login user when $USER is unset, and shows the whole nämnd
// at the flip of a check box. Seed 002 §2.1 figures (tkr).
#include "workbenchfixture.h"

#include "gui/auditpanel.h"
#include "models/auditlogmodel.h"
#include "models/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QTableView>

#include <pwd.h>
#include <unistd.h>

namespace Tertial::Test {
namespace {

using AuditColumn = Models::AuditLogModel::Column;

class AuditLogTest : public WorkbenchTest
{
protected:
    QAbstractItemModel *log() const { return m_window->auditPanel()->view()->model(); }
    QString at(int row, AuditColumn column, int role = Qt::DisplayRole) const
    {
        return log()->index(row, static_cast<int>(column)).data(role).toString();
    }
    void settle() const
    {
        QApplication::processEvents();
        QApplication::processEvents();
    }
};

TEST_F(AuditLogTest, ValuesShowAsInTheTableWithSwedishMeasureNames)
{
    // seed 002 §2.1: Barn och unga utfall kostnader −92 522 tkr, typed as −93 522.
    type(cell("Barn och unga", Column::ActualCost), QStringLiteral("-93 522"));
    click(cell("Barn och unga", Column::ActualCost));
    settle();
    EXPECT_EQ(at(0, AuditColumn::What), QStringLiteral("Barn och unga · okt 2017 · Utfall kostnader"));
    EXPECT_EQ(at(0, AuditColumn::Old), sv("-92 522 tkr"));
    EXPECT_EQ(at(0, AuditColumn::New), sv("-93 522 tkr"));
    EXPECT_EQ(at(0, AuditColumn::New, Qt::ToolTipRole), sv("-93 522 000 kr"));
    // In mnkr, as the table then shows it.
    m_window->findChild<QComboBox *>(QStringLiteral("unitBox"))->setCurrentIndex(2);
    EXPECT_EQ(at(0, AuditColumn::New), sv("-93,5 mnkr"));
    m_window->findChild<QComboBox *>(QStringLiteral("unitBox"))->setCurrentIndex(1);

    // A change the rounding would hide shows its decimals: −93 522 000 → −93 522 400 kr.
    type(cell("Barn och unga", Column::ActualCost), QStringLiteral("-93 522,4"));
    click(cell("Barn och unga", Column::ActualCost));
    settle();
    EXPECT_EQ(at(0, AuditColumn::Old), sv("-93 522 tkr"));
    EXPECT_EQ(at(0, AuditColumn::New), sv("-93 522,4 tkr"));

    // A forecast method by its name, not its code.
    ASSERT_TRUE(m_model->setData(cell("Barn och unga", Column::ForecastMethod), QStringLiteral("budget")));
    settle();
    EXPECT_EQ(at(0, AuditColumn::New), QStringLiteral("budget (+/") + QChar(0x2212) + QStringLiteral(" noll)"));
    for (int r = 0; r < log()->rowCount(); ++r) {
        EXPECT_FALSE(at(r, AuditColumn::What).contains(QStringLiteral("utfall_"))) << at(r, AuditColumn::What).toStdString();
        EXPECT_FALSE(at(r, AuditColumn::New).contains(QStringLiteral("00000"))) << at(r, AuditColumn::New).toStdString();
    }
}

TEST_F(AuditLogTest, WhoIsTheLoginNameWhenUserIsUnset)
{
    const QByteArray user = qgetenv("USER");
    const QByteArray username = qgetenv("USERNAME");
    qunsetenv("USER");
    qunsetenv("USERNAME");
    openWindow(QSize(1600, 1000)); // the store takes the user when the database is opened
    qputenv("USER", user);
    if (!username.isEmpty())
        qputenv("USERNAME", username);
    type(cell("Barn och unga", Column::BudgetYear), QStringLiteral("-100 000"));
    auto entries = m_window->document()->auditLog(verksamhetId(*m_window->document(), "Barn och unga"));
    ASSERT_TRUE(entries);
    ASSERT_FALSE(entries->empty());
    const passwd *entry = getpwuid(geteuid());
    ASSERT_NE(entry, nullptr);
    EXPECT_EQ(entries->back().who, std::string(entry->pw_name));
    EXPECT_NE(entries->back().who, "okänd");
}

TEST_F(AuditLogTest, TheWholeNamndsLogIsACheckBoxAway)
{
    type(cell("Vuxna 21-64 år", Column::BudgetYear), QStringLiteral("-45 000"));
    type(cell("Barn och unga", Column::BudgetYear), QStringLiteral("-100 000"));
    click(cell("Barn och unga", Column::BudgetYear));
    settle();
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("auditDock"));
    EXPECT_EQ(dock->windowTitle(), QStringLiteral("Ändringslogg: Barn och unga"));
    const int own = log()->rowCount();
    for (int r = 0; r < own; ++r)
        EXPECT_TRUE(at(r, AuditColumn::What).startsWith(QStringLiteral("Barn och unga"))) << at(r, AuditColumn::What).toStdString();

    auto *whole = m_window->auditPanel()->findChild<QCheckBox *>(QStringLiteral("wholeNamnd"));
    ASSERT_NE(whole, nullptr);
    QTest::mouseClick(whole, Qt::LeftButton, {}, QPoint(8, whole->height() / 2));
    settle();
    EXPECT_TRUE(whole->isChecked());
    EXPECT_EQ(dock->windowTitle(), QStringLiteral("Ändringslogg: hela nämnden"));
    EXPECT_GT(log()->rowCount(), own);
    EXPECT_TRUE(at(0, AuditColumn::What).startsWith(QStringLiteral("Barn och unga"))); // newest first
    EXPECT_TRUE(at(1, AuditColumn::What).startsWith(QStringLiteral("Vuxna 21-64 år")));
    // Moving in the table keeps the whole nämnd while the box is checked.
    click(cell("Vuxna 21-64 år", Column::BudgetYear));
    settle();
    EXPECT_EQ(dock->windowTitle(), QStringLiteral("Ändringslogg: hela nämnden"));
    QTest::mouseClick(whole, Qt::LeftButton, {}, QPoint(8, whole->height() / 2));
    settle();
    EXPECT_EQ(dock->windowTitle(), QStringLiteral("Ändringslogg: Vuxna 21-64 år"));
}

} // namespace
} // namespace Tertial::Test
