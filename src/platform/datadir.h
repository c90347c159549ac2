// SPDX-License-Identifier: GPL-3.0-or-later
// Where Tertial's shared files are: report templates, translations, reference data, the demo
// database. One lookup for every program, installed or run from a build tree.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace Tertial::Platform {

// $TERTIAL_DATA_DIR when it is set; else ../share/tertial beside the running program when that
// folder exists: /usr/share/tertial for /usr/bin/tertial, C:\Program Files\Tertial\share\tertial
// for ...\bin\tertial.exe, and build/<preset>/share/tertial for build/<preset>/bin/tertial (the
// build lays its files out as an installation does). Empty when there is none.
std::filesystem::path dataDirectory();
// `relative` ("templates", "demo.tertial", "reference/kommuner.csv") inside dataDirectory(),
// whether or not it exists; empty when there is no data directory.
std::filesystem::path dataPath(std::string_view relative);

// The rule itself, for tests: the data directory that belongs to `executable`.
std::filesystem::path dataDirectoryFor(const std::filesystem::path &executable);

// A path as UTF-8, the encoding the storage and the CLI use for file names (path::string()
// is the ANSI code page on Windows). For Qt: QString::fromStdU16String(path.u16string()).
std::string utf8(const std::filesystem::path &path);

} // namespace Tertial::Platform
