// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a report document as DOCX (Office Open XML), the parts written by hand and zipped.
#pragma once

#include "renderoptions.h"
#include "ziparchive.h"

#include "core/error.h"

#include <string>
#include <vector>

namespace Tertial::Reports {

// The parts of the package: [Content_Types].xml, _rels, word/document.xml with real Heading 1–3
// styles (Word's navigation pane and table of contents), tables with repeated header rows and
// right-aligned numbers, a footer with page numbers, charts as PNG with alternative text.
std::vector<ZipEntry> docxParts(const ReportDocument &document, const RenderOptions &options);

Core::Result<void> writeDocx(const ReportDocument &document, const std::string &path, const RenderOptions &options);

} // namespace Tertial::Reports
