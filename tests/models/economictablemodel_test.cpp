// SPDX-License-Identifier: GPL-3.0-or-later
// The Ekonomi tab's model over the seed 002 §2.1 fixture: display, editing, undo, locks, audit.
#include "seed002fixture.h"

#include "models/auditlogmodel.h"
#include "models/economictablemodel.h"
#include "models/navigatormodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace Tertial::Test {
namespace {

using Column = Models::EconomicTableModel::Column;
using Models::EconomicTableModel;
using Storage::Measure;

const QChar kMinus(0x2212);
const QChar kNbsp(0x00A0);

// "−3 066" with U+2212 and U+00A0, written out so that the test does not use the formatter.
QString sv(const char *ascii)
{
    QString text = QString::fromLatin1(ascii);
    text.replace(QLatin1Char('-'), kMinus);
    text.replace(QLatin1Char(' '), kNbsp);
    return text;
}

class EconomicModelTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_document = seed002Document(m_dir.filePath(QStringLiteral("fixture.tertial")));
        ASSERT_TRUE(m_document);
        m_model = std::make_unique<EconomicTableModel>(m_document.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    QModelIndex cell(const std::string &name, Column column) const
    {
        const Storage::Id id = name == "Summa" ? 0 : verksamhetId(*m_document, name);
        return m_model->indexOf(id, column);
    }
    QString text(const std::string &name, Column column) const
    {
        return cell(name, column).data(Qt::DisplayRole).toString();
    }
    qlonglong ore(const std::string &name, Column column) const
    {
        return cell(name, column).data(EconomicTableModel::RawValueRole).toLongLong();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Models::Document> m_document;
    std::unique_ptr<EconomicTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(EconomicModelTest, ShowsThePublishedTableInTkr)
{
    // seed 002 §2.1: seven rows and Summa.
    EXPECT_EQ(m_model->rowCount(), 8);
    // Barn och unga: netto -88 552, budget -86 486, avvikelse -2 066, prognosavvikelse -3 840.
    EXPECT_EQ(text("Barn och unga", Column::ActualNet), sv("-88 552"));
    EXPECT_EQ(text("Barn och unga", Column::BudgetPeriod), sv("-86 486"));
    EXPECT_EQ(text("Barn och unga", Column::BudgetDeviation), sv("-2 066"));
    EXPECT_EQ(text("Barn och unga", Column::ForecastDeviation), sv("-3 840"));
    // Summa avvikelse 17 669 (seed 002 §2.1), prognosavvikelse 13 785.
    EXPECT_EQ(text("Summa", Column::BudgetDeviation), sv("17 669"));
    EXPECT_EQ(text("Summa", Column::ForecastDeviation), sv("13 785"));
    // Blank stays blank: Nämnd och nämndstöd has no intäkter.
    EXPECT_FALSE(cell("Nämnd och nämndstöd", Column::ActualIncome).data().isValid());
}

TEST_F(EconomicModelTest, NegativeDeviationsAreRedWithAMinusSign)
{
    const QModelIndex negative = cell("Barn och unga", Column::BudgetDeviation);
    EXPECT_TRUE(negative.data(EconomicTableModel::NegativeRole).toBool());
    EXPECT_TRUE(negative.data().toString().startsWith(kMinus));
    EXPECT_TRUE(negative.data(Qt::ForegroundRole).isValid());
    const QModelIndex positive = cell("Vuxna 21-64 år", Column::BudgetDeviation);
    EXPECT_FALSE(positive.data(EconomicTableModel::NegativeRole).toBool());
}

TEST_F(EconomicModelTest, EnteredCellsEditableDerivedCellsNot)
{
    EXPECT_TRUE(cell("Barn och unga", Column::ActualCost).flags() & Qt::ItemIsEditable);
    EXPECT_TRUE(cell("Barn och unga", Column::BudgetYear).flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(cell("Barn och unga", Column::BudgetDeviation).flags() & Qt::ItemIsEditable);
    EXPECT_TRUE(cell("Barn och unga", Column::BudgetDeviation).data(EconomicTableModel::DerivedRole).toBool());
    // Netto is intäkter + kostnader where a split is entered.
    EXPECT_FALSE(cell("Barn och unga", Column::ActualNet).flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(cell("Summa", Column::ActualCost).flags() & Qt::ItemIsEditable);
}

TEST_F(EconomicModelTest, TypingUpdatesDerivedCellsAndTotal)
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    ASSERT_TRUE(m_model->setData(cell("Barn och unga", Column::ActualCost), QStringLiteral("-93 522")));
    EXPECT_EQ(reset.count(), 0); // an edit is not a reset
    EXPECT_GE(changed.count(), 2); // the row and Summa
    // netto 3 970 - 93 522 = -89 552 tkr; periodens budget -103 783 000 × 10/12 = -86 485 833,33 kr;
    // avvikelse -89 552 000 + 86 485 833,33 = -3 066 166,67 kr.
    EXPECT_EQ(ore("Barn och unga", Column::ActualNet), -8'955'200'000LL);
    EXPECT_EQ(ore("Barn och unga", Column::BudgetDeviation), -306'616'667LL);
    EXPECT_EQ(text("Barn och unga", Column::BudgetDeviation), sv("-3 066"));
    // Summa avvikelse: 17 669 499,99 kr before (seed 002 rows, each ×10/12 rounded to öre), 1 000 tkr less now.
    EXPECT_EQ(ore("Summa", Column::BudgetDeviation), 1'666'949'999LL);
    EXPECT_EQ(text("Summa", Column::BudgetDeviation), sv("16 669"));
    // Stored at once.
    const Storage::FigureKey key = m_document->keyFor(verksamhetId(*m_document, "Barn och unga"), Measure::ActualCost);
    auto figures = m_document->store().figures(m_document->selection().namndId, kSeed002Year);
    ASSERT_TRUE(figures);
    bool found = false;
    for (const Storage::Figure &f : *figures)
        if (f.key == key) {
            found = true;
            EXPECT_EQ(f.amount, Core::Money::fromThousands(-93'522));
        }
    EXPECT_TRUE(found);
}

TEST_F(EconomicModelTest, RepeatedEditsOfOneCellMergeAndUndoRestores)
{
    const QModelIndex index = cell("Vuxna 21-64 år", Column::BudgetYear);
    ASSERT_TRUE(m_model->setData(index, QStringLiteral("-45 000")));
    ASSERT_TRUE(m_model->setData(index, QStringLiteral("-44 000")));
    EXPECT_EQ(m_document->undoStack()->count(), 1);
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::BudgetYear), -4'400'000'000LL);
    m_document->undoStack()->undo();
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::BudgetYear), -4'522'900'000LL); // seed 002: -45 229
    m_document->undoStack()->redo();
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::BudgetYear), -4'400'000'000LL);
}

TEST_F(EconomicModelTest, SwedishFormatsAccepted)
{
    const QModelIndex index = cell("Gemensam socialtjänst", Column::ActualCost);
    ASSERT_TRUE(m_model->setData(index, QString(QString(kMinus) + QStringLiteral("5") + kNbsp + QStringLiteral("800,5"))));
    EXPECT_EQ(ore("Gemensam socialtjänst", Column::ActualCost), -580'050'000LL);
    ASSERT_TRUE(m_model->setData(index, QStringLiteral("(5 900)")));
    EXPECT_EQ(ore("Gemensam socialtjänst", Column::ActualCost), -590'000'000LL);
}

TEST_F(EconomicModelTest, BadInputRefusedWithMessageAndNothingStored)
{
    const QModelIndex index = cell("Barn och unga", Column::ActualIncome);
    QSignalSpy errors(m_document.get(), &Models::Document::errorOccurred);
    EXPECT_FALSE(m_model->setData(index, QStringLiteral("12 34")));
    ASSERT_EQ(errors.count(), 1);
    const QString message = errors.at(0).at(0).toString();
    EXPECT_TRUE(message.contains(QStringLiteral("Barn och unga"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("väntade ett belopp i tkr"))) << message.toStdString();
    EXPECT_EQ(ore("Barn och unga", Column::ActualIncome), 397'000'000LL); // seed 002: 3 970
    EXPECT_EQ(m_document->undoStack()->count(), 0);
}

TEST_F(EconomicModelTest, LockedPeriodRefusesEdits)
{
    ASSERT_TRUE(m_document->lockPeriod(false, "nämnden har beslutat"));
    const QModelIndex index = cell("Barn och unga", Column::ActualCost);
    EXPECT_FALSE(index.flags() & Qt::ItemIsEditable);
    QSignalSpy errors(m_document.get(), &Models::Document::errorOccurred);
    EXPECT_FALSE(m_model->setData(index, QStringLiteral("-1")));
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.at(0).at(0).toString().contains(QStringLiteral("låst")));
    EXPECT_EQ(ore("Barn och unga", Column::ActualCost), -9'252'200'000LL);
    // The locked month shows the helår budget and its periodens budget comes from it: frozen
    // too (issue 11; before, only a lock of the whole year froze it).
    EXPECT_FALSE(cell("Barn och unga", Column::BudgetYear).flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(m_document->lockPeriod(false, ""));
    ASSERT_TRUE(m_document->unlockPeriod(false, "rättelse"));
    EXPECT_TRUE(m_model->setData(index, QStringLiteral("-1")));
}

TEST_F(EconomicModelTest, BlockEditIsOneUndoStepAndOneLogRowPerCell)
{
    std::vector<Storage::FigureChange> changes;
    for (const char *name : {"Barn och unga", "Vuxna 21-64 år", "Gemensam socialtjänst"})
        changes.push_back({m_document->keyFor(verksamhetId(*m_document, name), Measure::Forecast),
                           Core::Money::fromThousands(-1)});
    const auto before = m_document->auditLog(std::nullopt);
    ASSERT_TRUE(before);
    ASSERT_TRUE(m_document->editFigures(changes, QStringLiteral("Klistra in")));
    EXPECT_EQ(m_document->undoStack()->count(), 1);
    const auto after = m_document->auditLog(std::nullopt);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->size(), before->size() + 3);
    EXPECT_EQ(after->back().who, "test");
    m_document->undoStack()->undo();
    // seed 002: prognos -107 623, -39 000, -7 000
    EXPECT_EQ(ore("Barn och unga", Column::Forecast), -10'762'300'000LL);
    EXPECT_EQ(ore("Vuxna 21-64 år", Column::Forecast), -3'900'000'000LL);
    EXPECT_EQ(ore("Gemensam socialtjänst", Column::Forecast), -700'000'000LL);
}

TEST_F(EconomicModelTest, CommentAndForecastMethodUndo)
{
    const Storage::Id id = verksamhetId(*m_document, "Barn och unga");
    ASSERT_TRUE(m_document->editComment(id, QStringLiteral("Fler placeringar än budgeterat.")));
    EXPECT_EQ(m_document->comment(id), QStringLiteral("Fler placeringar än budgeterat."));
    ASSERT_TRUE(m_model->setData(cell("Barn och unga", Column::ForecastMethod), QStringLiteral("budget")));
    EXPECT_EQ(m_document->forecastMethod(id), Storage::ForecastMethod::Budget);
    EXPECT_EQ(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    EXPECT_EQ(m_document->forecastMethod(id), Storage::ForecastMethod::Manual);
    m_document->undoStack()->undo();
    EXPECT_EQ(m_document->comment(id), QString());
    m_document->undoStack()->redo();
    EXPECT_EQ(m_document->comment(id), QStringLiteral("Fler placeringar än budgeterat."));
    m_document->undoStack()->redo();
    EXPECT_EQ(m_document->forecastMethod(id), Storage::ForecastMethod::Budget);
}

TEST_F(EconomicModelTest, DisplaySettings)
{
    Models::DisplaySettings display;
    display.unit = Core::AmountUnit::Millions;
    display.costsPositive = true;
    m_document->setDisplay(display);
    // seed 002: netto -88 552 tkr = 88,6 mnkr as a positive cost; avvikelse keeps its sign.
    EXPECT_EQ(text("Barn och unga", Column::ActualNet), QStringLiteral("88,6"));
    EXPECT_EQ(text("Barn och unga", Column::BudgetDeviation), sv("-2,1"));
    // Typing a positive cost stores it canonically (negative).
    ASSERT_TRUE(m_model->setData(cell("Barn och unga", Column::ActualCost), QStringLiteral("93,5")));
    EXPECT_EQ(ore("Barn och unga", Column::ActualCost), -9'350'000'000LL);
}

TEST_F(EconomicModelTest, AuditLogModel)
{
    Models::AuditLogModel log(m_document.get());
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = log.rowCount();
    ASSERT_TRUE(m_model->setData(cell("Barn och unga", Column::ActualCost), QStringLiteral("-93 522")));
    QCoreApplication::processEvents(); // the log reloads once the edit is done
    ASSERT_EQ(log.rowCount(), before + 1);
    using C = Models::AuditLogModel::Column;
    EXPECT_EQ(log.index(0, static_cast<int>(C::Who)).data().toString(), QStringLiteral("test"));
    // As the table shows them, with the unit; the tooltip has the exact kronor.
    EXPECT_EQ(log.index(0, static_cast<int>(C::Old)).data().toString(), sv("-92 522 tkr"));
    EXPECT_EQ(log.index(0, static_cast<int>(C::New)).data().toString(), sv("-93 522 tkr"));
    EXPECT_EQ(log.index(0, static_cast<int>(C::New)).data(Qt::ToolTipRole).toString(), sv("-93 522 000 kr"));
    EXPECT_EQ(log.index(0, static_cast<int>(C::What)).data().toString(), QStringLiteral("Barn och unga · okt 2017 · Utfall kostnader"));
}

TEST_F(EconomicModelTest, NavigatorModel)
{
    Models::NavigatorModel navigator;
    QAbstractItemModelTester tester(&navigator, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(navigator.load(m_document->store()));
    ASSERT_EQ(navigator.rowCount(), 1); // Nacka
    const QModelIndex period = navigator.indexOf(m_document->store(), m_document->selection());
    ASSERT_TRUE(period.isValid());
    const auto selection = navigator.selectionAt(period);
    ASSERT_TRUE(selection);
    EXPECT_EQ(*selection, m_document->selection());
}

} // namespace
} // namespace Tertial::Test
