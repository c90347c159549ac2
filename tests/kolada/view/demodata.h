// SPDX-License-Identifier: GPL-3.0-or-later
// The Kolada demo files of data/kolada (seed 000 §4) imported into a store, for the view tests.
#pragma once

#include "kolada/koladafiles.h"
#include "storage/koladastore.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace Tertial::TestUtil {

inline void importKoladaDemo(Storage::KoladaStore &store)
{
    std::vector<std::string> files;
    for (const char *name : {"kpi", "municipality", "municipality_groups", "N33006", "U33401", "U33402", "N28018",
                             "N28013", "N28008"})
        files.push_back(std::string(TERTIAL_DATA_DIR) + "/kolada/" + name + ".json");
    auto read = Kolada::readKoladaFiles(files, "2026-11-22");
    ASSERT_TRUE(read.has_value()) << read.error().message;
    auto applied = store.apply(read->batch);
    ASSERT_TRUE(applied.has_value()) << applied.error().message;
}

} // namespace Tertial::TestUtil
