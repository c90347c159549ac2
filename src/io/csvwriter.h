// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the CSV dialect: ';' between fields, quotes only where a field needs them, '\n' line ends.
#pragma once

#include <string>
#include <vector>

namespace Tertial::Io {

// Appends one record and its line break to `out`.
void appendCsvRecord(std::string &out, const std::vector<std::string> &fields);

} // namespace Tertial::Io
