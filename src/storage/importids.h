// SPDX-License-Identifier: GPL-3.0-or-later
// The ids an import has found or created so far (shared by the figure file and the ledger import).
#pragma once

#include "sqlstore.h"

#include <map>
#include <string>
#include <unordered_map>

namespace Tertial::Storage {

struct SqlStore::ImportIds
{
    std::map<std::pair<std::string, std::string>, Id> namnder;
    // namnd -> path -> id: looked up by the row's own path, without building a key.
    std::unordered_map<Id, std::unordered_map<std::string, Id>> verksamheter;
    std::map<std::pair<Id, std::string>, Id> indicators;
    WriteContext *context = nullptr;
    const std::string *reason = nullptr;
};

} // namespace Tertial::Storage
