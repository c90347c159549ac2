// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 point 6: Qt's own dialogs in Swedish, the padlock drawn, and a screenshot that leaves
// no recent file behind.
#include "gui/lockicon.h"
#include "gui/translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {

// Installs the Swedish catalogues for one test and takes them away after it.
class SwedishQt : public testing::Test
{
protected:
    void SetUp() override { m_loaded = Tertial::Gui::installTranslations(qApp, QStringLiteral("sv")); }
    void TearDown() override
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    QStringList m_loaded;
};

TEST_F(SwedishQt, ButtonsAndTheFileDialogSpeakSwedish)
{
    // Tertial's supplement is always there; the system's catalogue when the package is.
    ASSERT_FALSE(m_loaded.isEmpty());
    EXPECT_EQ(m_loaded.last(), QStringLiteral(":/i18n/qt_sv_tertial.qm"));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Avbryt"));
    EXPECT_EQ(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Stäng"));

    // Qt's own file dialog, as the workbench shows it where the platform has none.
    QFileDialog dialog(nullptr, QStringLiteral("Öppna databas"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(QFileDialog::ExistingFile);
    auto *lookIn = dialog.findChild<QLabel *>(QStringLiteral("lookInLabel"));
    auto *fileName = dialog.findChild<QLabel *>(QStringLiteral("fileNameLabel"));
    auto *fileType = dialog.findChild<QLabel *>(QStringLiteral("fileTypeLabel"));
    ASSERT_NE(lookIn, nullptr);
    ASSERT_NE(fileName, nullptr);
    ASSERT_NE(fileType, nullptr);
    EXPECT_EQ(lookIn->text(), QStringLiteral("Leta i:"));
    EXPECT_EQ(fileName->text(), QStringLiteral("Fil&namn:"));
    EXPECT_EQ(fileType->text(), QStringLiteral("Filtyp:"));
    QStringList buttonTexts;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        buttonTexts << button->text();
    EXPECT_TRUE(buttonTexts.contains(QStringLiteral("Avbryt"))) << buttonTexts.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(buttonTexts.contains(QStringLiteral("&Öppna"))) << buttonTexts.join(QLatin1Char('|')).toStdString();

    // A line edit's own context menu.
    QLineEdit edit;
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList items;
    for (QAction *action : menu->actions())
        items << action->text().section(QLatin1Char('\t'), 0, 0); // "&Kopiera\tCtrl+C"
    EXPECT_TRUE(items.contains(QStringLiteral("&Kopiera"))) << items.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(items.contains(QStringLiteral("Markera allt"))) << items.join(QLatin1Char('|')).toStdString();
}

TEST(LockIcon, IsDrawnNotAMissingGlyph)
{
    for (const bool locked : {true, false}) {
        const QImage image = Tertial::Gui::lockIcon(locked).pixmap(QSize(16, 16)).toImage();
        ASSERT_FALSE(image.isNull());
        int painted = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                painted += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        // A body and a shackle: a good part of the square, not an empty frame nor a filled box.
        EXPECT_GT(painted, 50) << locked;
        EXPECT_LT(painted, 200) << locked;
    }
    EXPECT_NE(Tertial::Gui::lockIcon(true).pixmap(QSize(16, 16)).toImage(),
              Tertial::Gui::lockIcon(false).pixmap(QSize(16, 16)).toImage());
}

TEST(Screenshot, LeavesNoRecentFileAndNoRememberedSelection)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcess tertial;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    tertial.setProcessEnvironment(environment);
    const QString png = home.filePath(QStringLiteral("shot.png"));
    tertial.start(QStringLiteral(TERTIAL_BIN), {QStringLiteral("--screenshot"), png, QStringLiteral("--db"),
                                                QStringLiteral(TERTIAL_DEMO_DB)});
    ASSERT_TRUE(tertial.waitForFinished(60000));
    ASSERT_EQ(tertial.exitCode(), 0) << tertial.readAllStandardError().toStdString();
    EXPECT_TRUE(QFile::exists(png));
    const QString conf = home.filePath(QStringLiteral("config/Tertial/Tertial.conf"));
    if (QFile::exists(conf)) {
        const QSettings settings(conf, QSettings::IniFormat);
        EXPECT_FALSE(settings.contains(QStringLiteral("recentFiles"))) << settings.value(QStringLiteral("recentFiles")).toString().toStdString();
        EXPECT_TRUE(settings.childGroups().filter(QStringLiteral("lastSelection")).isEmpty());
    }
}

} // namespace
