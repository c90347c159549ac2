// SPDX-License-Identifier: GPL-3.0-or-later
// Hjälp › Om Tertial shows the program's version and its licence; the workbench notes its
// version in the database it opens.
#include "seed002fixture.h"

#include "gui/aboutdialog.h"
#include "gui/mainwindow.h"
#include "storage/sqlitestore.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace Tertial::Test {
namespace {

// main() sets the application's version from Version::full(); a test sets its own.
class ApplicationVersion
{
public:
    explicit ApplicationVersion(const QString &version) : m_old(QApplication::applicationVersion())
    {
        QApplication::setApplicationVersion(version);
    }
    ~ApplicationVersion() { QApplication::setApplicationVersion(m_old); }

private:
    QString m_old;
};

TEST(AboutDialog, ShowsTheVersionAndTheLicence)
{
    ApplicationVersion version(QStringLiteral("9.8.7 (git 0123456789)"));
    Gui::AboutDialog dialog;
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Om Tertial"));
    EXPECT_TRUE(dialog.text().contains(QStringLiteral("Version 9.8.7 (git 0123456789)"))) << dialog.text().toStdString();
    EXPECT_TRUE(dialog.text().contains(QStringLiteral("GPL-3.0-or-later")));
    EXPECT_TRUE(dialog.text().contains(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")));
    // With TERTIAL_SCREENSHOT_DIR set, the dialog is saved to look at (docs/screenshots/om-tertial.png).
    if (const QString folder = qEnvironmentVariable("TERTIAL_SCREENSHOT_DIR"); !folder.isEmpty()) {
        dialog.adjustSize();
        EXPECT_TRUE(dialog.grab().save(folder + QStringLiteral("/om-tertial.png")));
    }
}

TEST(AboutDialog, IsInTheHelpMenu)
{
    Gui::MainWindow window;
    auto *help = window.menuBar()->findChild<QMenu *>(QStringLiteral("menuHelp"));
    ASSERT_NE(help, nullptr);
    EXPECT_EQ(help->title(), QStringLiteral("&Hjälp"));
    auto *about = help->findChild<QAction *>(QStringLiteral("actionAbout"), Qt::FindDirectChildrenOnly);
    if (!about)
        about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
    ASSERT_NE(about, nullptr);
    EXPECT_TRUE(help->actions().contains(about));
    EXPECT_EQ(about->text(), QStringLiteral("&Om Tertial …"));
    // The Hjälp menu is the last one in the menu bar.
    EXPECT_EQ(window.menuBar()->actions().last(), help->menuAction());
}

TEST(AboutDialog, TheWorkbenchNotesItsVersionInTheDatabase)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("fixture.tertial"));
    {
        auto store = Storage::SqliteStore::create(path.toStdString());
        ASSERT_TRUE(store);
        ASSERT_TRUE(writeSeed002(**store, true));
    }
    {
        ApplicationVersion version(QStringLiteral("9.8.7 (git 0123456789)"));
        Gui::MainWindow window;
        auto opened = window.openDatabase(path);
        ASSERT_TRUE(opened) << opened.error().message;
    }
    auto store = Storage::SqliteStore::open(path.toStdString());
    ASSERT_TRUE(store);
    auto version = (*store)->writerVersion();
    ASSERT_TRUE(version);
    EXPECT_EQ(*version, std::optional<std::string>("9.8.7 (git 0123456789)"));
}

} // namespace
} // namespace Tertial::Test
