// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli copy: a whole database from one engine to the other, ids and audit log included.
#pragma once

#include "sqlstore.h"

#include <string>

namespace Tertial::Storage {

struct CopySummary
{
    std::int64_t rows = 0;
    int tables = 0;
};

// Copies every table of `from` into `to` (a newly created store at the same schema version) in
// one transaction on `to`: the same ids, the audit log as written (who and when, not the copier;
// on a server that takes the tables' owner). Refuses a destination that already has nämnder.
Core::Result<CopySummary> copyDatabase(SqlStore &from, SqlStore &to);

} // namespace Tertial::Storage
