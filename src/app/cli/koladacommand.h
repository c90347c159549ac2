// SPDX-License-Identifier: GPL-3.0-or-later
// The Kolada verbs of tertial-cli: kolada-import, kolada-fetch and compare.
#pragma once

#include "arguments.h"

#include <ostream>
#include <string>

namespace Tertial::Cli {

int runKoladaImport(const Arguments &args, std::ostream &out, std::ostream &err);
int runKoladaFetch(const Arguments &args, std::ostream &out, std::ostream &err);
int runCompare(const Arguments &args, std::ostream &out, std::ostream &err);

// The --help text of a Kolada verb; empty for any other verb.
std::string koladaVerbHelp(const std::string &verb);
// The lines of the overall help for the Kolada verbs.
std::string koladaOverallHelp();

} // namespace Tertial::Cli
