// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli report: a report draft from the database as DOCX, ODT, PDF or HTML.
#pragma once

#include "arguments.h"

#include <ostream>

namespace Tertial::Cli {

// tertial-cli report DB --kommun K --namnd N --year Y --month M --kind manad|tertial|delar|ar
//                     --out FILE.docx|.odt|.pdf|.html [--dnr TEXT] [--mallar MAPP]
int runReport(const Arguments &args, std::ostream &out, std::ostream &err);

// The help text of the verb.
const char *reportHelp();

} // namespace Tertial::Cli
