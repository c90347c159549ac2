// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a template's "reports" object (the layout of each report kind) and "sentences".
#pragma once

#include "reporttemplate.h"

#include <QJsonObject>

#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Reports {

// The block names a layout may use, in the order docs/reports.md lists them.
const std::vector<std::string_view> &layoutBlockNames();

// The column keys of the economic tables (economicTable, verksamhetTables).
const std::vector<std::string_view> &economicColumnKeys();

// The sentence keys a template may word ("periodResult", ...).
const std::vector<std::string_view> &sentenceKeys();

// Fills style.layouts and style.sentences from the file's object. An unknown kind, block, column
// or sentence key is an error naming the file and where ("reports.delar.sections[3].block").
Core::Result<void> readLayouts(const QJsonObject &object, const std::string &fileName, ReportTemplate &style);

// The JSON text of the built-in default template (generated from resources/templates/default).
const char *builtinTemplateJson();

} // namespace Tertial::Reports
