// SPDX-License-Identifier: GPL-3.0-or-later
// The tables the report drafts added (schema step 7): the personnel register and decided versions.
#pragma once

#include <string_view>

namespace Tertial::Storage {

// Step 7 of the migrations (schema.cpp), written once for both engines.
std::string_view reportTablesSql();

} // namespace Tertial::Storage
