// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli decide and diff: decided report versions and what has changed since.
#pragma once

#include "arguments.h"

#include <ostream>
#include <set>
#include <string>

namespace Tertial::Cli {

const std::set<std::string> &decisionValueOptions(); // --since, --datum, --visa, ...
const std::set<std::string> &decisionFlagOptions();
std::string decideHelp();
std::string diffHelp();
std::string decisionsHelp();

int runDecide(const Arguments &args, std::ostream &out, std::ostream &err);
int runDiff(const Arguments &args, std::ostream &out, std::ostream &err);
// tertial-cli beslut: lists a nämnd's decided versions, writes one's document, renders it again.
int runDecisions(const Arguments &args, std::ostream &out, std::ostream &err);

} // namespace Tertial::Cli
