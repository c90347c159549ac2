// SPDX-License-Identifier: GPL-3.0-or-later
// The economic table per verksamhet with the columns a template names (seed 002 §2.1, seed 001
// §3.1, seed 003 "Ekonomi, drift", seed 000 §7).
#pragma once

#include "reportdata.h"
#include "reportdocument.h"
#include "reporttemplate.h"

#include <string>
#include <vector>

namespace Tertial::Reports::Sections {

// {år}, {fg_år}, {månad}, {mån}, {dag}, {nämnd}, {kommun}, {period} in a template's text.
std::string expandPlaceholders(const std::string &text, const ReportData &data);

// The rows of data.table (tree order) and its total last, one column per spec. Options of the
// item: "caption", "firstColumn" (the first header cell), "totalLabel" (the total row's name).
// Groups of consecutive columns become a spanning header row above the column headers.
Table economicTable(const ReportData &data, const ReportTemplate &style, const LayoutItem &item);

// The columns with their headers and groups as printed: the catalogue's header where the
// template gives none, placeholders expanded.
std::vector<ColumnSpec> resolvedColumns(const std::vector<ColumnSpec> &columns, const ReportData &data);
// One economic column's cell of a row (economicColumnKeys()); `flipCosts`: cost-side amounts
// printed positive.
std::string economicCell(const std::string &key, const Core::EconomicValues &values, const ReportTemplate &style,
                         bool flipCosts);

} // namespace Tertial::Reports::Sections
