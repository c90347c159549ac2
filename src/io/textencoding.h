// SPDX-License-Identifier: GPL-3.0-or-later
// Text encodings of exported files: UTF-8 checks and Windows-1252 (Excel's "CSV" on Swedish Windows).
#pragma once

#include <string>
#include <string_view>

namespace Tertial::Io {

// Length of the valid UTF-8 sequence at text[i], or 0 when the bytes there are not UTF-8.
std::size_t utf8SequenceLength(std::string_view text, std::size_t i);
// The offset of the first byte that is not valid UTF-8, or npos.
std::size_t firstInvalidUtf8(std::string_view text);
// Windows-1252 to UTF-8 (the five bytes 1252 leaves undefined become their C1 code points, as
// Windows itself maps them).
void appendWindows1252AsUtf8(std::string &out, std::string_view text);

} // namespace Tertial::Io
