// SPDX-License-Identifier: GPL-3.0-or-later
// The verbs of tertial-cli. Each returns the process exit code and writes errors to `err`.
#pragma once

#include "arguments.h"

#include "storage/store.h"

#include <cstddef>
#include <ostream>
#include <string>

namespace Tertial::Cli {

// A wrong command line: the message and a pointer to the verb's help on `err`; exit code 2.
int usage(std::ostream &err, const std::string &verb, const std::string &what);
// After a successful write: the database notes which program version wrote it
// (Store::recordWriterVersion). The write stands if this fails, so that is a warning on `err`.
void recordWriter(Storage::Store &store, std::ostream &err);
// The width of a text in a terminal column: characters, not bytes (Swedish letters are two bytes in UTF-8).
std::size_t displayWidth(const std::string &text);

int runInit(const Arguments &args, std::ostream &out, std::ostream &err);
int runImport(const Arguments &args, std::ostream &out, std::ostream &err);
int runExport(const Arguments &args, std::ostream &out, std::ostream &err);
int runTable(const Arguments &args, std::ostream &out, std::ostream &err);
int runStatus(const Arguments &args, std::ostream &out, std::ostream &err);
int runLock(const Arguments &args, bool lock, std::ostream &out, std::ostream &err);

} // namespace Tertial::Cli
