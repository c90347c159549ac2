// SPDX-License-Identifier: GPL-3.0-or-later
// Swedish number agreement after a count, as the CLI prints it ("Importerade 1 rad").
#include "core/swedishcount.h"

#include <gtest/gtest.h>

using Tertial::Core::countOf;

TEST(SwedishCount, OneIsSingularEverythingElsePlural)
{
    EXPECT_EQ(countOf(1, "rad", "rader"), "1 rad");
    EXPECT_EQ(countOf(2, "rad", "rader"), "2 rader");
    EXPECT_EQ(countOf(0, "rad", "rader"), "0 rader");
    EXPECT_EQ(countOf(-1, "rad", "rader"), "-1 rad");
    EXPECT_EQ(countOf(144000, "rad", "rader"), "144000 rader");
    // Nouns whose plural equals the singular, and adjectives that agree with a neuter noun.
    EXPECT_EQ(countOf(1, "belopp", "belopp"), "1 belopp");
    EXPECT_EQ(countOf(1, "oförändrat", "oförändrade"), "1 oförändrat");
    EXPECT_EQ(countOf(3, "oförändrat", "oförändrade"), "3 oförändrade");
    EXPECT_EQ(countOf(1, "kommun", "kommuner"), "1 kommun");
}
