// SPDX-License-Identifier: GPL-3.0-or-later
// The ids an import has found or created so far (shared by the figure file and the ledger import).
#pragma once

#include "sqlstore.h"

#include <map>
#include <string>
#include <tuple>
#include <unordered_map>

namespace Tertial::Storage {

struct SqlStore::ImportIds
{
    std::map<std::pair<std::string, std::string>, Id> namnder;
    // namnd -> path -> id for the paths the rows name, each once: looked up by the row's own
    // path, without building a key.
    std::unordered_map<Id, std::unordered_map<std::string, Id>> verksamheter;
    // One level each: (nämnd, parent or 0, name) -> id. Names only, never a level's whole path.
    std::map<std::tuple<Id, Id, std::string>, Id> levels;
    std::map<std::pair<Id, std::string>, Id> indicators;
    WriteContext *context = nullptr;
    // The import's writes go through COPY and a set-based merge (decided once, from its size).
    bool byCopy = false;
    const std::string *reason = nullptr;
    // The figures of the file per nämnd, for the import's header row in its audit log.
    struct Counts
    {
        std::size_t newFigures = 0;
        std::size_t changedFigures = 0;
        std::size_t unchangedFigures = 0;
    };
    std::map<Id, Counts> counts;
};

} // namespace Tertial::Storage
