// SPDX-License-Identifier: GPL-3.0-or-later
// The Ändringslogg model reads only the new entries after an edit; the navigator lists the years
// the store has figures for. Over the seed 002 §2.1 fixture (Nacka Socialnämnden, oktober 2017).
#include "seed002fixture.h"

#include "models/auditlogmodel.h"
#include "models/navigatormodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace Tertial::Test {
namespace {

// A figure as the Ändringslogg shows it: as in the table (U+2212, U+00A0 grouping), with the unit.
QString shown(const char16_t *number)
{
    return QString::fromUtf16(number) + QChar(0x00A0) + QStringLiteral("tkr");
}

using Column = Models::AuditLogModel::Column;
using Storage::Measure;

class AuditLogModelTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_document = seed002Document(m_dir.filePath(QStringLiteral("fixture.tertial")));
        ASSERT_TRUE(m_document);
    }

    // One edit of a verksamhet's utfall kostnader through the document (its undo step and audit row).
    void edit(const std::string &name, std::int64_t kronor)
    {
        const Storage::FigureKey key = m_document->keyFor(verksamhetId(*m_document, name), Measure::ActualCost);
        ASSERT_TRUE(m_document->editFigures({{key, Core::Money::fromKronor(kronor)}}, QStringLiteral("Ändra")));
    }

    QString at(const Models::AuditLogModel &log, int row, Column column) const
    {
        return log.index(row, static_cast<int>(column)).data().toString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Models::Document> m_document;
};

TEST_F(AuditLogModelTest, AnEditAddsItsRowAtTheTopWithoutAReset)
{
    Models::AuditLogModel log(m_document.get());
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = log.rowCount();
    ASSERT_GT(before, 0); // the fixture's own writes
    const QString newestBefore = at(log, 0, Column::What);
    QSignalSpy reset(&log, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);

    // seed 002 §2.1 Barn och unga, utfall kostnader −92 522 tkr, changed by one tkr and back by undo.
    edit("Barn och unga", -93'522'000);
    QCoreApplication::processEvents();
    ASSERT_EQ(log.rowCount(), before + 1);
    EXPECT_EQ(at(log, 0, Column::Old), shown(u"−92 522"));
    EXPECT_EQ(at(log, 0, Column::New), shown(u"−93 522"));
    EXPECT_EQ(at(log, 1, Column::What), newestBefore);

    m_document->undoStack()->undo();
    QCoreApplication::processEvents();
    ASSERT_EQ(log.rowCount(), before + 2);
    EXPECT_EQ(at(log, 0, Column::Old), shown(u"−93 522"));
    EXPECT_EQ(at(log, 0, Column::New), shown(u"−92 522"));

    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(inserted.count(), 2);
    EXPECT_EQ(inserted[0][1].toInt(), 0); // first row
    EXPECT_EQ(inserted[0][2].toInt(), 0); // last row: one row each time

    // The log matches a full read of the store's (newest first).
    Models::AuditLogModel fresh(m_document.get());
    ASSERT_EQ(fresh.rowCount(), log.rowCount());
    for (int row = 0; row < log.rowCount(); ++row)
        for (int column = 0; column < static_cast<int>(Column::Count); ++column)
            EXPECT_EQ(at(log, row, static_cast<Column>(column)), at(fresh, row, static_cast<Column>(column)))
                << row << " " << column;
}

TEST_F(AuditLogModelTest, AVerksamhetsLogGetsOnlyItsOwnNewRows)
{
    Models::AuditLogModel log(m_document.get());
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::Fatal);
    log.setVerksamhet(verksamhetId(*m_document, "Barn och unga"));
    const int before = log.rowCount();
    edit("Vuxna 21-64 år", -1'000);
    QCoreApplication::processEvents();
    EXPECT_EQ(log.rowCount(), before);
    edit("Barn och unga", -93'522'000);
    QCoreApplication::processEvents();
    ASSERT_EQ(log.rowCount(), before + 1);
    EXPECT_EQ(at(log, 0, Column::New), shown(u"−93 522"));
}

TEST_F(AuditLogModelTest, NavigatorListsTheYearsWithFiguresNewestFirst)
{
    // The fixture holds 2017 only; a figure far outside the years around today shows as well.
    const Storage::Id namnd = m_document->selection().namndId;
    const auto verksamheter = m_document->store().verksamheter(namnd);
    ASSERT_TRUE(verksamheter && !verksamheter->empty());
    ASSERT_TRUE(m_document->store()
                    .setFigure({Storage::FigureKey{verksamheter->front().id, "", 2003, std::nullopt, Measure::Budget},
                                Core::Money::fromKronor(-1)})
                    .has_value());
    Models::NavigatorModel navigator;
    QAbstractItemModelTester tester(&navigator, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(navigator.load(m_document->store()));
    const QModelIndex namndIndex = navigator.index(0, 0, navigator.index(0, 0));
    ASSERT_TRUE(namndIndex.isValid());
    navigator.populateYears(m_document->store(), namndIndex);
    ASSERT_EQ(navigator.rowCount(namndIndex), 2);
    EXPECT_EQ(navigator.index(0, 0, namndIndex).data().toString(), QStringLiteral("2017"));
    EXPECT_EQ(navigator.index(1, 0, namndIndex).data().toString(), QStringLiteral("2003"));
}

} // namespace
} // namespace Tertial::Test
