// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed 002 fixture database with registers, for screenshots: makefixturedb PATH
#include "seed002fixture.h"

#include "storage/sqlitestore.h"

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: tertial_fixture_db PATH\n");
        return 2;
    }
    auto store = Tertial::Storage::SqliteStore::create(argv[1]);
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().message.c_str());
        return 1;
    }
    (*store)->setUser("fixture");
    auto written = Tertial::Test::writeSeed002(**store, true);
    if (!written) {
        std::fprintf(stderr, "%s\n", written.error().message.c_str());
        return 1;
    }
    return 0;
}
