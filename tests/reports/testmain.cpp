// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest main with a QGuiApplication: ODT and PDF lay out text with Qt's fonts.
#include <QGuiApplication>

#include <gtest/gtest.h>

#include <cstdlib>

int main(int argc, char **argv)
{
    // gtest_discover_tests runs this at build time with no display.
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QGuiApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
