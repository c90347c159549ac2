// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest main with a QApplication: charts need fonts and a paint device; headless by default.
#include <gtest/gtest.h>

#include <QApplication>

#include <cstdlib>

int main(int argc, char **argv)
{
    // gtest_discover_tests runs this binary at build time with no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
