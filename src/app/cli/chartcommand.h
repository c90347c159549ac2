// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli chart: draws one chart kind from the database to a PNG, PDF or SVG file, headless.
#pragma once

#include "arguments.h"

#include <ostream>
#include <set>
#include <string>

namespace Tertial::Cli {

// The options and flags `chart` takes beyond the common ones, for the argument parser.
const std::set<std::string> &chartValueOptions();
const std::set<std::string> &chartFlagOptions();

// tertial-cli chart DB --kommun K --namnd N --year Y --month M --kind KIND [--verksamhet PATH]
//   --out FILE.png|.pdf|.svg [--width W --height H --dpi D] [--unit tkr|mnkr] [--indikator KOD]
//   [--viktat]
// Loads the figures through the Store, derives the series through the core and draws them with
// the chart builders. Starts a QApplication on the offscreen platform when none runs.
int runChart(const Arguments &args, std::ostream &out, std::ostream &err);

// The --help text of the verb.
std::string chartHelp();

} // namespace Tertial::Cli
