// SPDX-License-Identifier: GPL-3.0-or-later
// Refuses a file argument that is the database the command has open.
#pragma once

#include "core/error.h"

#include <optional>
#include <string>

namespace Tertial::Cli {

// A file to read or write that is the open database itself (by any name: the device and inode
// decide). Reading it here would drop SQLite's POSIX locks on it when closed, writing would
// overwrite it. The error to report, or nothing when the file is another one.
std::optional<Core::Error> databaseFileNamed(const std::string &path);

} // namespace Tertial::Cli
