// SPDX-License-Identifier: GPL-3.0-or-later
// Utfall netto typed in the workbench against a stored intäkter/kostnader split (issue 11): the
// store's rule (SqlStore::checkSplit) refuses it, and the table says so at the cell where it was
// typed; an edit of a part carries a netto stored beside the split along in the same undo step.
#include "seed002fixture.h"

#include "gui/economicview.h"
#include "gui/mainwindow.h"
#include "models/economictablemodel.h"
#include "storage/sqlitestore.h"

#include <QApplication>
#include <QLineEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace Tertial::Test {
namespace {

using Column = Models::EconomicTableModel::Column;
using Core::Money;
using Models::EconomicTableModel;
using Storage::Measure;

// seed 002 §2.1, Barn och unga to oktober 2017: intäkter 3 970, kostnader −92 522, netto −88 552 tkr.
constexpr std::int64_t kIncome = 3'970;
constexpr std::int64_t kCost = -92'522;
constexpr std::int64_t kNet = -88'552;

class SplitEditTest : public testing::Test
{
protected:
    // The seed 002 nämnd with Barn och unga's oktober as `figures` (the other two cleared).
    void open(const std::vector<std::pair<Measure, std::int64_t>> &figures)
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("fixture.tertial"));
        {
            auto store = Storage::SqliteStore::create(m_path.toStdString());
            ASSERT_TRUE(store);
            auto written = writeSeed002(**store, false);
            ASSERT_TRUE(written) << written.error().message;
            m_namndId = *written;
            std::vector<Storage::FigureChange> changes;
            for (const Measure measure : {Measure::ActualIncome, Measure::ActualCost, Measure::ActualNet}) {
                std::optional<Money> amount;
                for (const auto &[m, tkr] : figures)
                    if (m == measure)
                        amount = Money::fromThousands(tkr);
                changes.push_back({key(**store, measure), amount});
            }
            ASSERT_TRUE((*store)->setFigures(changes, "testdata").has_value());
        }
        m_window = std::make_unique<Gui::MainWindow>();
        m_window->resize(1600, 1000);
        ASSERT_TRUE(m_window->openDatabase(m_path));
        ASSERT_TRUE(m_window->select({"0182", m_namndId, kSeed002Year, kSeed002Period}));
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        m_view = m_window->economicView();
        m_model = static_cast<EconomicTableModel *>(m_view->model());
    }

    // Barn och unga's utfall of oktober 2017, as the fixture stores it.
    Storage::FigureKey key(Storage::Store &store, Measure measure) const
    {
        Storage::Id id = 0;
        if (auto tree = store.verksamheter(m_namndId))
            for (const auto &v : *tree)
                if (v.path == "Barn och unga")
                    id = v.id;
        return Storage::FigureKey{id, "", kSeed002Year, 10, measure};
    }

    // What another process reads from the file now.
    std::optional<Money> stored(Measure measure) const
    {
        auto store = Storage::SqliteStore::open(m_path.toStdString());
        EXPECT_TRUE(store);
        if (!store)
            return std::nullopt;
        auto figures = (*store)->figures(m_namndId, kSeed002Year);
        EXPECT_TRUE(figures);
        const Storage::FigureKey wanted = key(**store, measure);
        for (const Storage::Figure &f : *figures)
            if (f.key == wanted)
                return f.amount;
        return std::nullopt;
    }

    QModelIndex cell(Column column) const
    {
        return m_model->indexOf(verksamhetId(*m_window->document(), "Barn och unga"), column);
    }

    QTemporaryDir m_dir;
    QString m_path;
    Storage::Id m_namndId = 0;
    std::unique_ptr<Gui::MainWindow> m_window;
    Gui::EconomicView *m_view = nullptr;
    EconomicTableModel *m_model = nullptr;
};

// Before: the import refused such a netto, the workbench stored it beside the split.
TEST_F(SplitEditTest, ANettoTypedAgainstAStoredSplitIsRefusedAtTheCell)
{
    // The window shows a netto without parts, so its cell takes a netto...
    open({{Measure::ActualNet, kNet}});
    const QModelIndex net = cell(Column::ActualNet);
    ASSERT_TRUE(net.flags() & Qt::ItemIsEditable);
    // ...and meanwhile another process stores the split that makes it (an SQLite file's window
    // does not follow other writers until it reads again).
    {
        auto other = Storage::SqliteStore::open(m_path.toStdString());
        ASSERT_TRUE(other);
        const std::vector<Storage::FigureChange> split{{key(**other, Measure::ActualIncome), Money::fromThousands(kIncome)},
                                                       {key(**other, Measure::ActualCost), Money::fromThousands(kCost)}};
        ASSERT_TRUE((*other)->setFigures(split, "huvudboken").has_value());
    }
    QToolTip::hideText();
    m_view->setCurrentIndex(net);
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(m_view->indexWidget(net));
    ASSERT_NE(editor, nullptr) << "the cell's editor opens";
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("-88553"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The refusal, where it was typed: the cell's editor open again with the text, the reason under it.
    for (int i = 0; i < 100 && !QToolTip::isVisible(); ++i)
        QTest::qWait(10);
    ASSERT_TRUE(QToolTip::isVisible());
    const QString expected =
        QStringLiteral("Barn och unga 2017-10 utfall_netto: -88 553 000 kr stämmer inte med lagrade utfall_intakter "
                       "3 970 000 kr + utfall_kostnader -92 522 000 kr = -88 552 000 kr; förväntade samma netto, eller att "
                       "intäkter och kostnader ändras i samma ändring");
    EXPECT_EQ(QToolTip::text().toStdString(), expected.toStdString());
    EXPECT_EQ(m_window->statusBar()->currentMessage().toStdString(), expected.toStdString());
    editor = qobject_cast<QLineEdit *>(m_view->indexWidget(m_view->currentIndex()));
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(m_view->currentIndex(), net);
    EXPECT_EQ(editor->text().toStdString(), "-88553");
    EXPECT_EQ(m_window->document()->undoStack()->count(), 0);
    EXPECT_EQ(stored(Measure::ActualNet), Money::fromThousands(kNet));
    // A netto that agrees is taken (it is the stored one: nothing to write, no undo step).
    QToolTip::hideText();
    editor->setText(QStringLiteral("-88552"));
    QTest::keyClick(editor, Qt::Key_Return);
    for (int i = 0; i < 100 && m_view->indexWidget(net); ++i)
        QTest::qWait(10);
    EXPECT_EQ(m_view->indexWidget(net), nullptr) << "the editor closed: nothing refused";
    EXPECT_EQ(m_window->document()->undoStack()->count(), 0);
    EXPECT_EQ(stored(Measure::ActualNet), Money::fromThousands(kNet));
}

// An import stored all three; the table shows netto from the parts, and its cell takes nothing.
// A correction of kostnader there carries the stored netto along (else the store would refuse
// it and the user could not change the netto here), in one undo step.
TEST_F(SplitEditTest, AnEditOfAPartCarriesAStoredNettoAlongInOneUndoStep)
{
    open({{Measure::ActualIncome, kIncome}, {Measure::ActualCost, kCost}, {Measure::ActualNet, kNet}});
    ASSERT_FALSE(cell(Column::ActualNet).flags() & Qt::ItemIsEditable);
    ASSERT_TRUE(m_model->setData(cell(Column::ActualCost), QStringLiteral("-92 521"))) << m_window->document()->lastError().toStdString();
    EXPECT_EQ(stored(Measure::ActualCost), Money::fromThousands(-92'521));
    EXPECT_EQ(stored(Measure::ActualNet), Money::fromThousands(-88'551)); // 3 970 − 92 521
    EXPECT_EQ(cell(Column::ActualNet).data(EconomicTableModel::RawValueRole).toLongLong(), -8'855'100'000LL);
    ASSERT_EQ(m_window->document()->undoStack()->count(), 1);
    m_window->document()->undoStack()->undo();
    EXPECT_EQ(stored(Measure::ActualCost), Money::fromThousands(kCost));
    EXPECT_EQ(stored(Measure::ActualNet), Money::fromThousands(kNet));
}

} // namespace
} // namespace Tertial::Test
