// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest main for widget tests: QApplication on the offscreen platform, settings in a temp dir.
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Never touch the user's own settings or recent files.
    QTemporaryDir settings;
    QApplication::setOrganizationName(QStringLiteral("TertialTest"));
    QApplication::setApplicationName(QStringLiteral("TertialGuiTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
