// SPDX-License-Identifier: GPL-3.0-or-later
// SHA-256 (FIPS 180-4), for the content hash of a decided report version.
#pragma once

#include <string>
#include <string_view>

namespace Tertial::Core {

// The SHA-256 digest of `bytes` as 64 lowercase hex digits.
std::string sha256Hex(std::string_view bytes);

} // namespace Tertial::Core
