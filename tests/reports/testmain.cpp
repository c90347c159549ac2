// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest main with a QApplication: charts are QCustomPlot widgets, ODT and PDF need fonts.
#include <QApplication>

#include <gtest/gtest.h>

#include <cstdlib>

int main(int argc, char **argv)
{
    // gtest_discover_tests runs this at build time with no display.
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
