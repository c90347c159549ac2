// SPDX-License-Identifier: GPL-3.0-or-later
// The program version, one place for both programs, the About dialog and the database.
#pragma once

#include "platform/language.h"

#include <string>
#include <string_view>

namespace Tertial::Version {

// CMake's project version ("0.1.0"): the top CMakeLists.txt is the only place it is written.
std::string_view number();
// `git describe --tags --always --dirty` of the sources the program was built from
// ("93a342a1b2", "v0.1.0-3-g93a342a1b2-dirty"); from a tarball, its .tarball-version; else empty.
std::string_view gitDescribe();
// The date of that commit (YYYY-MM-DD), else the day of the build.
std::string_view date();
// "0.1.0 (git 93a342a1b2)", or "0.1.0" without git: what --version, Om Tertial and the
// database's record of its last writer show.
std::string full();
// The licence, as an SPDX identifier.
inline constexpr std::string_view licence = "GPL-3.0-or-later";
// What `PROGRAM --version` prints: the program and full(), then the licence.
std::string versionText(std::string_view program, Platform::Language language);

} // namespace Tertial::Version
