// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli server init|grant|revoke and tertial-cli copy.
#pragma once

#include "arguments.h"

#include <ostream>

namespace Tertial::Cli {

int runServer(const Arguments &args, std::ostream &out, std::ostream &err);
int runCopy(const Arguments &args, std::ostream &out, std::ostream &err);

} // namespace Tertial::Cli
