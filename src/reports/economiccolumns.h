// SPDX-License-Identifier: GPL-3.0-or-later
// The economic table per verksamhet with the columns a template names (seed 002 §2.1, seed 001
// §3.1, seed 003 "Ekonomi, drift", seed 000 §7).
#pragma once

#include "reportdata.h"
#include "reportdocument.h"
#include "reporttemplate.h"

#include <string>

namespace Tertial::Reports::Sections {

// {år}, {fg_år}, {månad}, {mån}, {dag}, {nämnd}, {kommun}, {period} in a template's text.
std::string expandPlaceholders(const std::string &text, const ReportData &data);

// The rows of data.table (tree order) and its total last, one column per spec. Options of the
// item: "caption", "firstColumn" (the first header cell), "totalLabel" (the total row's name).
// Groups of consecutive columns become a spanning header row above the column headers.
Table economicTable(const ReportData &data, const ReportTemplate &style, const LayoutItem &item);

} // namespace Tertial::Reports::Sections
