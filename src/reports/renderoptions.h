// SPDX-License-Identifier: GPL-3.0-or-later
// What every renderer needs beside the document: the template and the chart images.
#pragma once

#include "reportdocument.h"
#include "reporttemplate.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace Tertial::Reports {

// A chart drawn by the chart builders, as PNG bytes.
struct ChartImage final
{
    std::string png;
    int widthPixels = 0;
    int heightPixels = 0;
    int dpi = 300;
};

// Draws a chart slot; nullopt when it cannot (the renderer then shows a visible placeholder).
using ChartImageProvider = std::function<std::optional<ChartImage>(const ChartSlot &slot)>;

struct RenderOptions final
{
    ReportTemplate style;
    ChartImageProvider charts; // empty: every chart becomes a placeholder
    // Called from the rendering thread as the renderer walks the document (done of total steps;
    // done == total at the end). Empty: no progress reported.
    std::function<void(int done, int total)> progress;
    // The page each heading starts on (1 = the cover), in document order, from laying the document
    // out (pagelayout.h). Empty or short: unknown; the DOCX then asks Word to refresh its table of
    // contents and says so under it.
    std::vector<int> headingPages;
};

// Whether `options.headingPages` gives a page for every heading the table of contents lists
// (levels 1 and 2).
bool tocPagesKnown(const ReportDocument &document, const RenderOptions &options);

} // namespace Tertial::Reports
