// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli import-erp: an ERP ledger export (XLSX or CSV) into the nämnd's figures.
#pragma once

#include "arguments.h"

#include <ostream>
#include <set>
#include <string>

namespace Tertial::Cli {

const std::set<std::string> &importErpValueOptions();
std::string importErpHelp();
int runImportErp(const Arguments &args, std::ostream &out, std::ostream &err);

} // namespace Tertial::Cli
