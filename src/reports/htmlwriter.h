// SPDX-License-Identifier: GPL-3.0-or-later
// HTML of a report document; QTextDocument reads the same HTML for the ODT and PDF renderers.
#pragma once

#include "renderoptions.h"

#include "core/error.h"

#include <functional>
#include <string>

namespace Tertial::Reports {

// `imageSource` gives the src of an image (a data: URI for a standalone file, a resource name for
// QTextDocument): index 0 is the template's logo, the charts count from 1; charts without an
// image become a visible placeholder. Headings are numbered by the template (headingnumbers.h).
std::string reportHtml(const ReportDocument &document, const RenderOptions &options,
                       const std::function<std::string(int index, const ChartImage &image)> &imageSource);

// A standalone HTML file with the chart images inline.
Core::Result<void> writeHtml(const ReportDocument &document, const std::string &path, const RenderOptions &options);
// ODT and PDF through QTextDocument (needs a QGuiApplication for fonts).
Core::Result<void> writeOdt(const ReportDocument &document, const std::string &path, const RenderOptions &options);
Core::Result<void> writePdf(const ReportDocument &document, const std::string &path, const RenderOptions &options);

// By the file's suffix: .docx, .odt, .pdf, .html/.htm; anything else is an error.
Core::Result<void> writeReport(const ReportDocument &document, const std::string &path, const RenderOptions &options);

} // namespace Tertial::Reports
