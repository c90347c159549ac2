// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the register tabs: typed text parsed, bad input refused, each edit one undo step.
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

using Fill = Core::Result<void> (*)(Models::Document &, Models::RegisterTableModel &);

class RegisterEditsTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = Storage::SqliteStore::create(m_dir.filePath(QStringLiteral("r.tertial")).toStdString());
        ASSERT_TRUE(store);
        auto namndId = writeSeed002(**store, true);
        ASSERT_TRUE(namndId) << namndId.error().message;
        m_namnd = *namndId;
        m_document = std::make_unique<Models::Document>(std::move(*store));
        ASSERT_TRUE(m_document->select({"0182", *namndId, kSeed002Year, kSeed002Period}));
        m_tester = std::make_unique<QAbstractItemModelTester>(&m_model,
                                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    // Fills the model as the window does after every change.
    void fill(Fill how)
    {
        m_fill = how;
        auto ok = how(*m_document, m_model);
        ASSERT_TRUE(ok) << ok.error().message;
    }
    void refill() { fill(m_fill); }

    int rowWith(int column, const QString &text) const
    {
        for (int r = 0; r < m_model.rowCount(); ++r)
            if (m_model.index(r, column).data().toString() == text)
                return r;
        return -1;
    }
    QString cell(int row, int column) const { return m_model.index(row, column).data().toString(); }
    bool edit(int row, int column, const QString &text) { return m_model.setData(m_model.index(row, column), text); }
    void undo() { m_document->undoStack()->undo(); refill(); }
    void redo() { m_document->undoStack()->redo(); refill(); }
    std::string lastAudit() { return m_document->auditLog(std::nullopt)->back().newValue.value_or("-"); }

    QTemporaryDir m_dir;
    Storage::Id m_namnd = 0;
    std::unique_ptr<Models::Document> m_document;
    Models::RegisterTableModel m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Fill m_fill = nullptr;
};

const QString kNbsp(QChar(0x00A0));

TEST_F(RegisterEditsTest, InvestmentAmountTypedInTkrUndoAndRedo)
{
    fill(&Models::RegisterTables::fillInvestments);
    // seed 003 Investeringar: Oförutsedda investeringar budget 474, prognos 0 tkr (stored as
    // costs, negative, by the fixture).
    int row = rowWith(0, QStringLiteral("Oförutsedda investeringar"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(m_model.index(row, 1).data(Qt::EditRole).toString(), QStringLiteral("-474"));
    EXPECT_FALSE(m_model.index(row, 3).flags() & Qt::ItemIsEditable); // avvikelse is derived
    EXPECT_TRUE(m_model.index(row, 3).data(Models::RegisterTableModel::DerivedRole).toBool());
    // Swedish forms: U+2212 minus, a no-break space between thousands, a decimal comma.
    ASSERT_TRUE(edit(row, 2, QChar(0x2212) + QStringLiteral("1") + kNbsp + QStringLiteral("026,5")));
    EXPECT_EQ(m_document->undoStack()->count(), 1);
    refill();
    row = rowWith(0, QStringLiteral("Oförutsedda investeringar"));
    EXPECT_EQ(m_model.index(row, 2).data(Models::RegisterTableModel::RawValueRole).toLongLong(), -102'650'000LL);
    // avvikelse = prognos − budget helår by the core: −1 026,5 − (−474) = −552,5 tkr.
    EXPECT_EQ(m_model.index(row, 3).data(Models::RegisterTableModel::RawValueRole).toLongLong(), -55'250'000LL);
    EXPECT_EQ(lastAudit(), "Budget helår -474 000 kr, prognos -1 026 500 kr, periodens budget -224 000 kr, utfall 0 kr");
    undo();
    row = rowWith(0, QStringLiteral("Oförutsedda investeringar"));
    EXPECT_EQ(m_model.index(row, 2).data(Models::RegisterTableModel::RawValueRole).toLongLong(), 0LL);
    redo();
    row = rowWith(0, QStringLiteral("Oförutsedda investeringar"));
    EXPECT_EQ(m_model.index(row, 2).data(Models::RegisterTableModel::RawValueRole).toLongLong(), -102'650'000LL);
}

TEST_F(RegisterEditsTest, BadInputIsRefusedInPlaceAndNothingStored)
{
    fill(&Models::RegisterTables::fillInvestments);
    const int row = rowWith(0, QStringLiteral("Oförutsedda investeringar"));
    const auto before = m_document->auditLog(std::nullopt)->size();
    EXPECT_FALSE(edit(row, 1, QStringLiteral("12 34")));
    EXPECT_TRUE(m_document->lastError().contains(QStringLiteral("väntade ett belopp i tkr"))) << m_document->lastError().toStdString();
    EXPECT_FALSE(edit(row, 0, QStringLiteral("  ")));
    EXPECT_TRUE(m_document->lastError().contains(QStringLiteral("kan inte vara tomt")));
    EXPECT_EQ(m_document->undoStack()->count(), 0);
    EXPECT_EQ(m_document->auditLog(std::nullopt)->size(), before);

    fill(&Models::RegisterTables::fillActions);
    EXPECT_FALSE(edit(0, 2, QStringLiteral("Nästan klart")));
    EXPECT_TRUE(m_document->lastError().contains(QStringLiteral("väntade Pågår, Klart"))) << m_document->lastError().toStdString();
    // A known status in other case is taken in its own spelling.
    ASSERT_TRUE(edit(0, 2, QStringLiteral("klart")));
    refill();
    EXPECT_EQ(cell(0, 2), QStringLiteral("Klart"));
}

TEST_F(RegisterEditsTest, StateGrantAddRenameRemoveEachUndoable)
{
    fill(&Models::RegisterTables::fillStateGrants);
    ASSERT_EQ(m_model.rowCount(), 4);
    ASSERT_TRUE(m_model.canAddRows());
    ASSERT_TRUE(m_model.addRegisterRow());
    refill();
    ASSERT_EQ(m_model.rowCount(), 5);
    int row = rowWith(0, QStringLiteral("Nytt statsbidrag"));
    ASSERT_GE(row, 0);
    // seed 000 §5: Statsbidrag habiliteringsersättning 2020, förväntat 2 175 tkr.
    ASSERT_TRUE(edit(row, 0, QStringLiteral("Statsbidrag habiliteringsersättning")));
    refill();
    row = rowWith(0, QStringLiteral("Statsbidrag habiliteringsersättning"));
    ASSERT_GE(row, 0);
    ASSERT_TRUE(edit(row, 1, QStringLiteral("2 175")));
    refill();
    row = rowWith(0, QStringLiteral("Statsbidrag habiliteringsersättning"));
    EXPECT_EQ(cell(row, 1), QStringLiteral("2") + kNbsp + QStringLiteral("175"));
    EXPECT_EQ(m_document->undoStack()->count(), 3);

    ASSERT_TRUE(m_model.removeRegisterRow(row));
    refill();
    EXPECT_EQ(m_model.rowCount(), 4);
    undo(); // the removal
    EXPECT_GE(rowWith(0, QStringLiteral("Statsbidrag habiliteringsersättning")), 0);
    undo(); // the amount
    undo(); // the name
    EXPECT_GE(rowWith(0, QStringLiteral("Nytt statsbidrag")), 0);
    undo(); // the new row
    EXPECT_EQ(m_model.rowCount(), 4);
    redo();
    EXPECT_EQ(m_model.rowCount(), 5);
}

TEST_F(RegisterEditsTest, ActionItemAddEditRemove)
{
    fill(&Models::RegisterTables::fillActions);
    ASSERT_EQ(m_model.rowCount(), 2);
    ASSERT_TRUE(m_model.addRegisterRow());
    refill();
    ASSERT_EQ(m_model.rowCount(), 3);
    const int row = rowWith(1, QStringLiteral("Ny åtgärd"));
    ASSERT_GE(row, 0);
    ASSERT_TRUE(edit(row, 3, QStringLiteral("Beslutad i nämnden")));
    refill();
    EXPECT_EQ(cell(rowWith(1, QStringLiteral("Ny åtgärd")), 3), QStringLiteral("Beslutad i nämnden"));
    EXPECT_EQ(lastAudit(), "Status Ej påbörjad, kommentar Beslutad i nämnden");
    ASSERT_TRUE(m_model.removeRegisterRow(rowWith(1, QStringLiteral("Ny åtgärd"))));
    refill();
    EXPECT_EQ(m_model.rowCount(), 2);
    undo();
    EXPECT_EQ(m_model.rowCount(), 3);
}

TEST_F(RegisterEditsTest, VolumesEditedWithDerivedValuesFromTheCore)
{
    // seed 000 §7 Heldygnsvård: 27 815 tkr / 17 484 dygn = 1 591 kr per dygn. Placed on Vuxna
    // 21-64 år as utfall kostnader t.o.m. oktober and one value for january–october.
    const Storage::Id vuxna = verksamhetId(*m_document, "Vuxna 21-64 år");
    ASSERT_NE(vuxna, 0);
    ASSERT_TRUE(m_document->editFigures({{m_document->keyFor(vuxna, Storage::Measure::ActualCost),
                                          Core::Money::fromThousands(-27'815)}},
                                        QStringLiteral("test")));
    ASSERT_TRUE(m_document->editVolumes({{std::nullopt, Storage::Volume{vuxna, kSeed002Year, 10, "Heldygnsvård", Core::VolumeMeasure::Days,
                                                                        17'484, 10}}},
                                        QStringLiteral("test")));
    fill(&Models::RegisterTables::fillVolumes);
    const int series = rowWith(1, QStringLiteral("Heldygnsvård"));
    ASSERT_GE(series, 0);
    const int october = 3 + 9;
    EXPECT_EQ(cell(series, october), QStringLiteral("17") + kNbsp + QStringLiteral("484"));
    EXPECT_TRUE(m_model.index(series, october).flags() & Qt::ItemIsEditable);
    // personer snitt per dygn over the ten months (304 days in 2017): 17 484 / 304 = 57,5.
    const int persons = series + 1;
    EXPECT_EQ(cell(persons, 2), QStringLiteral("personer snitt per dygn"));
    EXPECT_EQ(cell(persons, october), QStringLiteral("57,5"));
    EXPECT_FALSE(m_model.index(persons, october).flags() & Qt::ItemIsEditable);
    EXPECT_TRUE(m_model.index(persons, october).data(Models::RegisterTableModel::DerivedRole).toBool());
    const int cost = series + 2;
    EXPECT_EQ(cell(cost, 2), QStringLiteral("kostnad per dygn"));
    EXPECT_EQ(cell(cost, october), QStringLiteral("1") + kNbsp + QStringLiteral("591"));
    // Exactly 2 781 500 000 öre / 17 484 = 159 088,3 öre, to the öre.
    EXPECT_EQ(m_model.index(cost, october).data(Models::RegisterTableModel::RawValueRole).toLongLong(), 159'088LL);

    // Typing a value into an empty month adds it; clearing it removes it; both undoable.
    const int march = 3 + 2;
    ASSERT_TRUE(edit(series, march, QStringLiteral("1 500,5")));
    refill();
    EXPECT_EQ(cell(series, march), QStringLiteral("1") + kNbsp + QStringLiteral("500,5"));
    EXPECT_FALSE(edit(series, march, QStringLiteral("tusen")));
    EXPECT_TRUE(m_document->lastError().contains(QStringLiteral("väntade ett tal"))) << m_document->lastError().toStdString();
    EXPECT_FALSE(edit(persons, march, QStringLiteral("3")));
    ASSERT_TRUE(edit(series, march, QString()));
    refill();
    EXPECT_EQ(cell(series, march), QString());
    undo();
    EXPECT_EQ(cell(series, march), QStringLiteral("1") + kNbsp + QStringLiteral("500,5"));
    // A new mått renames the series (all its months) as one step.
    EXPECT_FALSE(edit(series, 2, QStringLiteral("nätter")));
    ASSERT_TRUE(edit(series, 2, QStringLiteral("placeringar")));
    refill();
    EXPECT_EQ(rowWith(2, QStringLiteral("kostnad per dygn")), -1);
    undo();
    EXPECT_GE(rowWith(2, QStringLiteral("kostnad per dygn")), 0);
}

TEST_F(RegisterEditsTest, ALockedPeriodRefusesRegisterEdits)
{
    ASSERT_TRUE(m_document->lockPeriod(false, "oktoberrapporten är beslutad"));
    fill(&Models::RegisterTables::fillInvestments);
    const int row = rowWith(0, QStringLiteral("Oförutsedda investeringar"));
    EXPECT_FALSE(edit(row, 1, QStringLiteral("500")));
    EXPECT_TRUE(m_document->lastError().contains(QStringLiteral("är låst"))) << m_document->lastError().toStdString();
    EXPECT_FALSE(m_model.addRegisterRow());
    EXPECT_EQ(m_document->undoStack()->count(), 0);
}

TEST_F(RegisterEditsTest, StatusOverrideNeedsAReasonShowsItAndUndoes)
{
    fill(&Models::RegisterTables::fillIndicators);
    const int status = m_model.columnCount() - 1;
    // seed 000 §5: 4 vräkta barn vs mål 0 is ■.
    const int row = rowWith(1, QStringLiteral("Antal vräkta barn"));
    ASSERT_GE(row, 0);
    const Storage::Id id = m_model.index(row, status).data(Models::RegisterTableModel::KeyRole).toLongLong();
    ASSERT_NE(id, 0);
    Storage::StatusOverride override_;
    override_.status = Core::IndicatorStatus::PartlyMet;
    auto refused = m_document->editStatusOverride(id, override_);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Core::ErrorCode::MissingInput);
    EXPECT_EQ(m_document->undoStack()->count(), 0);

    override_.reason = "Två av fyra avhysningar stoppades efter årsskiftet";
    ASSERT_TRUE(m_document->editStatusOverride(id, override_));
    refill();
    const QModelIndex shown = m_model.index(rowWith(1, QStringLiteral("Antal vräkta barn")), status);
    EXPECT_TRUE(shown.data().toString().startsWith(QStringLiteral("◆✎"))) << shown.data().toString().toStdString();
    EXPECT_TRUE(shown.data(Qt::ToolTipRole).toString().contains(QStringLiteral("avhysningar stoppades")));
    EXPECT_TRUE(shown.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Beräknad status: ■ ej uppnått")));
    undo();
    EXPECT_TRUE(cell(rowWith(1, QStringLiteral("Antal vräkta barn")), status).startsWith(QStringLiteral("■ ")));
    redo();
    EXPECT_TRUE(cell(rowWith(1, QStringLiteral("Antal vräkta barn")), status).startsWith(QStringLiteral("◆✎")));
}

} // namespace
} // namespace Tertial::Test
