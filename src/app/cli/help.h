// SPDX-License-Identifier: GPL-3.0-or-later
// The --help texts of tertial-cli, one per verb.
#pragma once

#include <string>

namespace Tertial::Cli {

std::string overallHelp();
// Empty for an unknown verb.
std::string verbHelp(const std::string &verb);

} // namespace Tertial::Cli
