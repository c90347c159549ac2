// SPDX-License-Identifier: GPL-3.0-or-later
// Widgets need a QApplication; discovery at build time runs without a display. Settings (recent
// files of the main window) go to a temporary folder, never the user's.
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QTemporaryDir settings;
    QApplication::setOrganizationName(QStringLiteral("TertialTest"));
    QApplication::setApplicationName(QStringLiteral("TertialComparisonTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
