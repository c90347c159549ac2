// SPDX-License-Identifier: GPL-3.0-or-later
// The register tabs driven like a user: typing into Investeringar, a refusal in place, undo.
#include "seed002fixture.h"

#include "gui/mainwindow.h"
#include "gui/registerview.h"
#include "models/registertablemodel.h"
#include "storage/sqlitestore.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace Tertial::Test {
namespace {

class RegisterViewTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("fixture.tertial"));
        Storage::Id namnd = 0;
        {
            auto store = Storage::SqliteStore::create(path.toStdString());
            ASSERT_TRUE(store);
            auto written = writeSeed002(**store, true);
            ASSERT_TRUE(written) << written.error().message;
            namnd = *written;
        }
        m_window = std::make_unique<Gui::MainWindow>();
        m_window->resize(1600, 1000);
        ASSERT_TRUE(m_window->openDatabase(path));
        ASSERT_TRUE(m_window->select({"0182", namnd, kSeed002Year, kSeed002Period}));
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(m_window->showTab(QStringLiteral("Investeringar")));
        for (Gui::RegisterView *view : m_window->findChildren<Gui::RegisterView *>())
            if (view->isVisible())
                m_view = view;
        ASSERT_NE(m_view, nullptr);
    }

    QModelIndex cellOf(const QString &project, int column) const
    {
        for (int r = 0; r < m_view->model()->rowCount(); ++r)
            if (m_view->model()->index(r, 0).data().toString() == project)
                return m_view->model()->index(r, column);
        return {};
    }

    // The first key opens the editor, the rest go to it, Return commits.
    void type(const QModelIndex &index, const QString &text)
    {
        m_view->setCurrentIndex(index);
        m_view->setFocus();
        QTest::keyClicks(m_view, text.left(1));
        QWidget *editor = QApplication::focusWidget();
        ASSERT_NE(editor, nullptr);
        QTest::keyClicks(editor, text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents(); // the queued refill after the edit
        QApplication::processEvents();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Gui::MainWindow> m_window;
    Gui::RegisterView *m_view = nullptr;
};

const QString kProject = QStringLiteral("Oförutsedda investeringar");

TEST_F(RegisterViewTest, TypingStoresUndoRestoresAndBadInputStaysInTheEditor)
{
    // seed 003 Investeringar: Oförutsedda investeringar budget helår 474 tkr (a cost, −474 here).
    ASSERT_TRUE(cellOf(kProject, 1).isValid());
    type(cellOf(kProject, 1), QStringLiteral("-500"));
    EXPECT_EQ(cellOf(kProject, 1).data(Models::RegisterTableModel::RawValueRole).toLongLong(), -50'000'000LL);
    EXPECT_EQ(m_window->document()->undoStack()->count(), 1);
    // The Ändringslogg shows the change in words, Efter in view at 1600×1000.
    auto log = m_window->document()->auditLog(std::nullopt);
    ASSERT_TRUE(log);
    EXPECT_EQ(log->back().newValue.value_or(""), "Budget helår -500 000 kr, prognos 0 kr, periodens budget -224 000 kr, utfall 0 kr");
    const QImage shot = m_window->grab().toImage();
    shot.save(QDir::temp().filePath(QStringLiteral("tertial-registers-edit.png")));

    // Refused in place: the editor opens again with what was typed, nothing is stored.
    type(cellOf(kProject, 2), QStringLiteral("12 34"));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->text(), QStringLiteral("12 34"));
    EXPECT_TRUE(m_window->document()->lastError().contains(QStringLiteral("väntade ett belopp")));
    QTest::keyClick(editor, Qt::Key_Escape);
    EXPECT_EQ(m_window->document()->undoStack()->count(), 1);

    m_window->document()->undoStack()->undo();
    QApplication::processEvents();
    EXPECT_EQ(cellOf(kProject, 1).data(Models::RegisterTableModel::RawValueRole).toLongLong(), -47'400'000LL);
}

} // namespace
} // namespace Tertial::Test
