// SPDX-License-Identifier: GPL-3.0-or-later
// The Kolada tables as one idempotent step (CREATE ... IF NOT EXISTS), portable SQL.
#pragma once

#include <string_view>

namespace Tertial::Storage {

// Run on every open of the Kolada store; changes nothing on a database that has the tables.
std::string_view koladaTablesSql();

} // namespace Tertial::Storage
