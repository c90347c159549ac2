// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench on the shared server (seed 002 §2.1 with registers, Nacka Socialnämnden
// oktober 2017): connecting with a password asked for, the server, user and role in the status
// bar, someone else's edit shown while a cell is being typed in, and a conflict offered at the
// cell. With TERTIAL_SCREENSHOT_DIR set, the conflict is saved there (docs/screenshots/server-konflikt.png).
#include "seed002fixture.h"

#include "common/teststores.h"

#include "gui/economicview.h"
#include "gui/mainwindow.h"
#include "models/economictablemodel.h"
#include "models/liveupdates.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

namespace Tertial::Test {
namespace {

using Column = Models::EconomicTableModel::Column;
using Core::Money;
using TestUtil::take;

class ServerWindow : public testing::Test
{
protected:
    void SetUp() override
    {
        TERTIAL_REQUIRE_ENGINE(m_location);
        auto created = Storage::openStore(m_location.location(), Storage::OpenMode::Create);
        ASSERT_TRUE(created.has_value()) << created.error().message;
        auto namnd = writeSeed002(**created, true);
        ASSERT_TRUE(namnd.has_value()) << namnd.error().message;
        m_namnd = *namnd;
        m_window = std::make_unique<Gui::MainWindow>();
        m_window->resize(1600, 1000);
    }

    void open(const std::string &uri)
    {
        auto opened = m_window->openDatabase(QString::fromStdString(uri));
        ASSERT_TRUE(opened.has_value()) << opened.error().message;
        auto selected = m_window->select({"0182", m_namnd, kSeed002Year, kSeed002Period});
        ASSERT_TRUE(selected.has_value()) << selected.error().message;
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        m_view = m_window->economicView();
        m_model = static_cast<Models::EconomicTableModel *>(m_view->model());
    }

    QModelIndex cell(const std::string &name, Column column) const
    {
        return m_model->indexOf(verksamhetId(*m_window->document(), name), column);
    }

    TestUtil::TestLocation m_location{Storage::Engine::Postgres};
    Storage::Id m_namnd = 0;
    std::unique_ptr<Gui::MainWindow> m_window;
    Gui::EconomicView *m_view = nullptr;
    Models::EconomicTableModel *m_model = nullptr;
};

TEST_F(ServerWindow, AskedForAPasswordLibpqDidNotFindAndShowsTheServerUserAndRole)
{
    // tertial_pw must give a password (scripts/pgcluster: scram-sha-256 for that role only).
    TestUtil::execute(m_location.location(),
                      "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tertial_pw') THEN "
                      "CREATE ROLE tertial_pw LOGIN SUPERUSER; END IF; END $$; ALTER ROLE tertial_pw PASSWORD 'hemligt'");
    std::vector<QString> asked;
    m_window->askPassword = [&](const QString &uri, const QString &) -> std::optional<QString> {
        asked.push_back(uri);
        return asked.size() == 1 ? QStringLiteral("fel") : QStringLiteral("hemligt"); // a typo first
    };
    const std::string uri = m_location.server()->uri("tertial_pw");
    open(uri);
    ASSERT_EQ(asked.size(), 2u);
    EXPECT_EQ(asked[0].toStdString(), Storage::displayLocation(uri));
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("serverLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisible());
    EXPECT_TRUE(label->text().startsWith(QStringLiteral("Server "))) << label->text().toStdString();
    EXPECT_TRUE(label->text().contains(QStringLiteral(" · tertial_pw · "))) << label->text().toStdString();
    // Remembered among the recent databases, without a password.
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    ASSERT_FALSE(recent.isEmpty());
    EXPECT_EQ(recent.first().toStdString(), Storage::displayLocation(uri));
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("postgresql://")));
}

TEST_F(ServerWindow, SomeoneElsesChangeWhileTypingBecomesAConflictOfferedAtTheCell)
{
    open(m_location.location());
    ASSERT_NE(m_window->document()->liveUpdates(), nullptr);
    auto other = m_location.openAs("anna");
    ASSERT_TRUE(other.has_value()) << other.error().message;
    const QModelIndex barn = cell("Barn och unga", Column::ActualCost);
    const QModelIndex vuxna = cell("Vuxna 21-64 år", Column::ActualCost);
    const Storage::FigureKey barnKey = *m_model->cellKey(barn);
    const Storage::FigureKey vuxnaKey = *m_model->cellKey(vuxna);

    // The user starts typing in Barn och unga (seed 002 §2.1: −92 522 tkr) ...
    m_view->setCurrentIndex(barn);
    m_view->setFocus();
    QTest::keyClicks(m_view, QStringLiteral("-"));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(editor, QStringLiteral("92 700"));
    // ... when Anna changes that cell and the one below, and the window hears of it.
    ASSERT_TRUE((*other)->setFigures(std::vector<Storage::FigureChange>{{barnKey, Money::fromThousands(-92'600)},
                                                                         {vuxnaKey, Money::fromThousands(-46'100)}})
                    .has_value());
    ASSERT_TRUE(QTest::qWaitFor([&] { return vuxna.data(Models::EconomicTableModel::RawValueRole).toLongLong()
                                             == Money::fromThousands(-46'100).ore(); }, 1000));
    // The editor is still open with what was typed.
    EXPECT_EQ(QApplication::focusWidget(), editor);
    EXPECT_EQ(editor->text(), QStringLiteral("-92 700"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();

    // Not written: Anna's value shows, marked, and the choice is offered beside the table.
    EXPECT_EQ(barn.data(Models::EconomicTableModel::RawValueRole).toLongLong(), Money::fromThousands(-92'600).ore());
    EXPECT_NE(barn.data(Models::EconomicTableModel::ConflictRole).toInt(), 0);
    auto *box = qobject_cast<QMessageBox *>(m_view->conflictBox());
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_TRUE(box->informativeText().contains(QStringLiteral("ändrad av anna"))) << box->informativeText().toStdString();
    if (const QByteArray folder = qgetenv("TERTIAL_SCREENSHOT_DIR"); !folder.isEmpty()) {
        box->move(m_window->geometry().center() - QPoint(box->width() / 2, 0));
        QApplication::processEvents();
        QImage shot = m_window->grab().toImage();
        QPainter painter(&shot);
        painter.drawPixmap(box->pos() - m_window->pos(), box->grab());
        painter.end();
        shot.save(QString::fromLocal8Bit(folder) + QStringLiteral("/server-konflikt.png"));
    }
    auto *mine = box->findChild<QPushButton *>(QStringLiteral("applyMine"));
    ASSERT_NE(mine, nullptr);
    QTest::mouseClick(mine, Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(barn.data(Models::EconomicTableModel::ConflictRole).toInt(), 0);
    auto admin = Storage::openStore(m_location.location());
    ASSERT_TRUE(admin.has_value());
    EXPECT_EQ(take((*admin)->figureState(barnKey)).amount, Money::fromThousands(-92'700));
    EXPECT_EQ(take((*admin)->figureState(vuxnaKey)).amount, Money::fromThousands(-46'100));
}

} // namespace
} // namespace Tertial::Test
