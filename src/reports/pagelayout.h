// SPDX-License-Identifier: GPL-3.0-or-later
// The page each heading of a DOCX draft lands on, found by letting LibreOffice lay it out.
#pragma once

#include "renderoptions.h"

#include "core/error.h"

#include <vector>

namespace Tertial::Reports {

// Whether LibreOffice (soffice) and poppler's pdfinfo are on the PATH.
bool pageLayoutAvailable();

// Renders the DOCX with two-digit stand-ins for the page numbers (so the table of contents takes
// the room the real numbers will), converts it to PDF with LibreOffice headless (a private
// profile in a temporary folder) exporting the headings' bookmarks as named destinations, and
// reads each destination's page with `pdfinfo -dests`. One entry per heading in document order
// (RenderOptions::headingPages), 1 = the cover. Takes a few seconds (LibreOffice's start).
// Unavailable or failed: an error saying so; the caller then delivers the DOCX without numbers.
Core::Result<std::vector<int>> layOutHeadingPages(const ReportDocument &document, const RenderOptions &options);

} // namespace Tertial::Reports
