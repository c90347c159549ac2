// SPDX-License-Identifier: GPL-3.0-or-later
// The Kolada tables: schema step 5, written idempotently (CREATE ... IF NOT EXISTS) because
// databases written before it got the tables from the Kolada store on its first open.
#pragma once

#include <string_view>

namespace Tertial::Storage {

// Changes nothing on a database that has the tables.
std::string_view koladaTablesSql();

} // namespace Tertial::Storage
