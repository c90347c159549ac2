// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers of a document's headings under a template's numbering, shared by every renderer.
#pragma once

#include "reportdocument.h"
#include "reporttemplate.h"

#include <string>
#include <vector>

namespace Tertial::Reports {

// One entry per block of the document: the label of a numbered heading ("2.1"), empty for every
// other block. Counting follows Word's list numbering (what numbering.xml makes Word do): only
// numbered headings up to `numbering.levels` count, and a heading restarts the deeper levels.
std::vector<std::string> headingNumbers(const ReportDocument &document, const HeadingNumbering &numbering);

} // namespace Tertial::Reports
