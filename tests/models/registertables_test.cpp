// SPDX-License-Identifier: GPL-3.0-or-later
// The register tabs' models over the fixture registers: indicator status and investment avvikelse.
#include "seed002fixture.h"

#include "models/registertablemodel.h"
#include "models/registertables.h"
#include "storage/sqlitestore.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace Tertial::Test {
namespace {

class RegisterTablesTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = Storage::SqliteStore::create(m_dir.filePath(QStringLiteral("r.tertial")).toStdString());
        ASSERT_TRUE(store);
        auto namndId = writeSeed002(**store, true);
        ASSERT_TRUE(namndId) << namndId.error().message;
        m_document = std::make_unique<Models::Document>(std::move(*store));
        ASSERT_TRUE(m_document->select({"0182", *namndId, kSeed002Year, kSeed002Period}));
        m_tester = std::make_unique<QAbstractItemModelTester>(&m_model,
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    // The row whose column `column` shows `text`; -1 when none.
    int rowWith(int column, const QString &text) const
    {
        for (int r = 0; r < m_model.rowCount(); ++r)
            if (m_model.index(r, column).data().toString() == text)
                return r;
        return -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Models::Document> m_document;
    Models::RegisterTableModel m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(RegisterTablesTest, IndicatorStatusFromTheCore)
{
    ASSERT_TRUE(Models::RegisterTables::fillIndicators(*m_document, m_model));
    ASSERT_EQ(m_model.rowCount(), 4);
    const int status = m_model.columnCount() - 1;
    // seed 000 §5: servicebostad 70 vs mål 85 is ◆ (at least 80 % of the target), gruppbostad 82
    // vs 80 is met, 4 vräkta barn vs 0 is ■.
    const int service = rowWith(1, QStringLiteral("Andel vuxna som får den hjälp de vill ha i sin servicebostad"));
    ASSERT_GE(service, 0);
    EXPECT_TRUE(m_model.index(service, status).data().toString().startsWith(QStringLiteral("◆")));
    const int group = rowWith(1, QStringLiteral("Andel vuxna som får den hjälp de vill ha i sin gruppbostad"));
    ASSERT_GE(group, 0);
    EXPECT_TRUE(m_model.index(group, status).data().toString().startsWith(QStringLiteral("●")));
    const int evicted = rowWith(1, QStringLiteral("Antal vräkta barn"));
    ASSERT_GE(evicted, 0);
    EXPECT_TRUE(m_model.index(evicted, status).data().toString().startsWith(QStringLiteral("■")));
    EXPECT_TRUE(m_model.index(evicted, status).data(Qt::ForegroundRole).isValid());
}

TEST_F(RegisterTablesTest, TargetKindEditedInPlaceIsUndoable)
{
    ASSERT_TRUE(Models::RegisterTables::fillIndicators(*m_document, m_model));
    const int status = m_model.columnCount() - 1;
    const int kind = 3;
    int row = rowWith(1, QStringLiteral("Andel vuxna som får den hjälp de vill ha i sin servicebostad"));
    ASSERT_GE(row, 0);
    EXPECT_TRUE(m_model.index(row, kind).flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(m_model.index(row, status).flags() & Qt::ItemIsEditable);
    // Refused: not a målsort; nothing stored, the message says what was expected.
    EXPECT_FALSE(m_model.setData(m_model.index(row, kind), QStringLiteral("mer")));
    EXPECT_TRUE(m_document->lastError().contains(QStringLiteral("väntade minst, högst"))) << m_document->lastError().toStdString();
    EXPECT_EQ(m_document->undoStack()->count(), 0);
    // 70 against "högst 85" is met (seed 000 §5 figures).
    ASSERT_TRUE(m_model.setData(m_model.index(row, kind), QStringLiteral("högst")));
    ASSERT_TRUE(Models::RegisterTables::fillIndicators(*m_document, m_model));
    row = rowWith(1, QStringLiteral("Andel vuxna som får den hjälp de vill ha i sin servicebostad"));
    EXPECT_TRUE(m_model.index(row, status).data().toString().startsWith(QStringLiteral("●")));
    // A tolerance of 0,9: 70 < 0,9 × 85 = 76,5 would be ■ under "minst"; undo first.
    m_document->undoStack()->undo();
    ASSERT_TRUE(Models::RegisterTables::fillIndicators(*m_document, m_model));
    row = rowWith(1, QStringLiteral("Andel vuxna som får den hjälp de vill ha i sin servicebostad"));
    EXPECT_EQ(m_model.index(row, kind).data().toString(), QStringLiteral("minst"));
    EXPECT_TRUE(m_model.index(row, status).data().toString().startsWith(QStringLiteral("◆")));
    ASSERT_TRUE(m_model.setData(m_model.index(row, 4), QStringLiteral("0,9")));
    ASSERT_TRUE(Models::RegisterTables::fillIndicators(*m_document, m_model));
    row = rowWith(1, QStringLiteral("Andel vuxna som får den hjälp de vill ha i sin servicebostad"));
    EXPECT_TRUE(m_model.index(row, status).data().toString().startsWith(QStringLiteral("■")));
    // The change is in the audit log.
    auto log = m_document->auditLog(std::nullopt);
    ASSERT_TRUE(log);
    EXPECT_NE(log->back().what.find("SB"), std::string::npos) << log->back().what;
}

TEST_F(RegisterTablesTest, InvestmentDeviationFromTheCore)
{
    ASSERT_TRUE(Models::RegisterTables::fillInvestments(*m_document, m_model));
    ASSERT_EQ(m_model.rowCount(), 4);
    // seed 003 "Investeringar": Oförutsedda investeringar budget 474, prognos 0, avvikelse 474 tkr.
    const int row = rowWith(0, QStringLiteral("Oförutsedda investeringar"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(m_model.index(row, 3).data(Models::RegisterTableModel::RawValueRole).toLongLong(), 47'400'000LL);
    EXPECT_EQ(m_model.index(row, 3).data().toString(), QStringLiteral("474"));
}

TEST_F(RegisterTablesTest, VolumesActionsAndGrants)
{
    ASSERT_TRUE(Models::RegisterTables::fillVolumes(*m_document, m_model));
    ASSERT_EQ(m_model.rowCount(), 1);
    // seed 002 §4 Antal personer 2017: jan 45 ... okt 46 (columns 3.. are the months).
    EXPECT_EQ(m_model.index(0, 3).data().toString(), QStringLiteral("45"));
    EXPECT_EQ(m_model.index(0, 12).data().toString(), QStringLiteral("46"));
    EXPECT_EQ(m_model.index(0, 13).data().toString(), QString());
    ASSERT_TRUE(Models::RegisterTables::fillActions(*m_document, m_model));
    EXPECT_EQ(m_model.rowCount(), 2);
    ASSERT_TRUE(Models::RegisterTables::fillStateGrants(*m_document, m_model));
    EXPECT_EQ(m_model.rowCount(), 4);
    // seed 003: Personligt ombud bidrag 1 214 tkr.
    const int row = rowWith(0, QStringLiteral("Personligt ombud"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(m_model.index(row, 1).data().toString(), QStringLiteral("1") + QChar(0x00A0) + QStringLiteral("214"));
    // Netto, derived by the core: 1 214 − 2 295 = −1 081 (seed 003), shown after Kostnad.
    EXPECT_EQ(m_model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Netto"));
    EXPECT_EQ(m_model.index(row, 4).data().toString(),
              QChar(0x2212) + QStringLiteral("1") + QChar(0x00A0) + QStringLiteral("081"));
    EXPECT_FALSE(m_model.flags(m_model.index(row, 4)) & Qt::ItemIsEditable);
}

} // namespace
} // namespace Tertial::Test
