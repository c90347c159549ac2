// SPDX-License-Identifier: GPL-3.0-or-later
// A table as an Excel workbook: numbers as numbers in the shown unit with a number format that
// shows them as the table does, a bold total row, the header row frozen, widths that fit.
#pragma once

#include "core/error.h"

#include <optional>
#include <string>
#include <vector>

namespace Tertial::XlsxOut {

struct TableCell final
{
    std::optional<double> number; // in the shown unit (tkr: 46 537,123); absent: text or empty
    std::string text;
    int decimals = 0;             // shown decimals (the unit's; 1 for percent)
    bool percent = false;         // shown with " %" after the number
};

struct TableSheet final
{
    std::string name;                       // at most 31 characters, no []:*?/\ (trimmed)
    std::string title;                      // a title row above the header, if not empty
    std::vector<std::string> header;
    std::vector<std::vector<TableCell>> rows;
    std::vector<bool> bold;                 // per row: Summa and group rows
    std::vector<int> indent;                // per row: the first column's indent level
};

// Writes the sheets to `path` (replacing it). Errors name the file.
Core::Result<void> writeTables(const std::string &path, const std::vector<TableSheet> &sheets);

} // namespace Tertial::XlsxOut
