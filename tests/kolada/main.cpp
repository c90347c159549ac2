// SPDX-License-Identifier: GPL-3.0-or-later
// The Kolada tests need an application object for QNetworkAccessManager and the local server.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
