// SPDX-License-Identifier: GPL-3.0-or-later
// Template-chosen columns of the register tables (kontoslag, investeringar, statsbidrag,
// indikatorer): each table's column catalogue, its default columns, and the header rows.
#pragma once

#include "reportdata.h"
#include "reportdocument.h"
#include "reporttemplate.h"

#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Reports::Sections {

// The column keys a table block accepts (docs/reports.md); empty for a block without columns.
// economicTable and kontoslagTable share the economic keys (economicColumnKeys()).
const std::vector<std::string_view> &investmentColumnKeys();
const std::vector<std::string_view> &stateGrantColumnKeys();
const std::vector<std::string_view> &indicatorColumnKeys();

// The header rows of a table: `first` heads the name column (none when `withFirst` is false);
// a group row is added when any column has a group, consecutive equal groups spanning.
void setHeader(Table &table, const std::string &first, bool withFirst, const std::vector<ColumnSpec> &columns);

// The columns a table prints: the template's, else `defaults`.
const std::vector<ColumnSpec> &chosenColumns(const LayoutItem &item, const std::vector<ColumnSpec> &defaults);

} // namespace Tertial::Reports::Sections
