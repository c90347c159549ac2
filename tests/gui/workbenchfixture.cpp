// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench on the seed 002 fixture.
#include "workbenchfixture.h"

#include "storage/sqlitestore.h"

#include <QClipboard>
#include <QKeyEvent>
#include <QWidget>

namespace Tertial::Test {

QString sv(const char *ascii)
{
    QString text = QString::fromUtf8(ascii);
    text.replace(QLatin1Char('-'), QChar(0x2212));
    text.replace(QLatin1Char(' '), QChar(0x00A0));
    return text;
}

void WorkbenchTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("fixture.tertial"));
    {
        auto store = Storage::SqliteStore::create(m_path.toStdString());
        ASSERT_TRUE(store);
        auto written = writeSeed002(**store, true);
        ASSERT_TRUE(written) << written.error().message;
        m_namndId = *written;
    }
    openWindow(QSize(1600, 1000));
}

void WorkbenchTest::TearDown()
{
    QApplication::clipboard()->clear();
    m_window.reset();
}

void WorkbenchTest::openWindow(QSize size)
{
    m_window.reset();
    m_window = std::make_unique<Gui::MainWindow>();
    m_window->resize(size);
    auto opened = m_window->openDatabase(m_path);
    ASSERT_TRUE(opened) << opened.error().message;
    auto selected = m_window->select({"0182", m_namndId, kSeed002Year, kSeed002Period});
    ASSERT_TRUE(selected) << selected.error().message;
    m_window->showTab(Gui::MainWindow::Tab::Economy);
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    m_view = m_window->economicView();
    m_model = static_cast<Models::EconomicTableModel *>(m_view->model());
    m_view->setFocus();
}

QModelIndex WorkbenchTest::cell(const std::string &name, Column column) const
{
    const Storage::Id id = name == "Summa" ? 0 : verksamhetId(*m_window->document(), name);
    return m_model->indexOf(id, column);
}

qlonglong WorkbenchTest::ore(const std::string &name, Column column) const
{
    return cell(name, column).data(Models::EconomicTableModel::RawValueRole).toLongLong();
}

void WorkbenchTest::click(const QModelIndex &index, Qt::KeyboardModifiers modifiers)
{
    m_view->scrollTo(index);
    const QRect rect = m_view->visualRect(index);
    ASSERT_TRUE(rect.isValid());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, modifiers, rect.center());
}

void WorkbenchTest::selectRange(const QModelIndex &from, const QModelIndex &to)
{
    click(from);
    click(to, Qt::ShiftModifier);
}

void keyText(QWidget *widget, const QString &text)
{
    // QTest::keyClicks knows Latin-1 only: U+2212 and × go as key events carrying their text.
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

void WorkbenchTest::type(const QModelIndex &index, const QString &text)
{
    m_view->setCurrentIndex(index);
    m_view->setFocus();
    keyText(m_view, text.left(1));
    QWidget *editor = QApplication::focusWidget();
    ASSERT_NE(editor, nullptr);
    keyText(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
}

void WorkbenchTest::ctrl(Qt::Key key)
{
    QTest::keyClick(m_view, key, Qt::ControlModifier);
    QApplication::processEvents();
}

std::optional<qlonglong> WorkbenchTest::stored(const std::string &name, Storage::Measure measure)
{
    auto figures = m_window->document()->store().figures(m_namndId, kSeed002Year);
    EXPECT_TRUE(figures);
    if (!figures)
        return std::nullopt;
    const Storage::FigureKey key = m_window->document()->keyFor(verksamhetId(*m_window->document(), name), measure);
    for (const Storage::Figure &f : *figures)
        if (f.key == key)
            return f.amount.ore();
    return std::nullopt;
}

} // namespace Tertial::Test
