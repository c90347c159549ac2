// SPDX-License-Identifier: GPL-3.0-or-later
// An ERP export as rows of cells, whatever it came as: XLSX (any sheet) or CSV in UTF-8,
// Windows-1252 or UTF-16 (Excel's "Unicode text") with ';', tab or ',' between fields and CRLF or
// LF line ends. Streamed: one row at a time is held (a record of at most 1 MB), so memory does
// not grow with the file.
#pragma once

#include "core/error.h"

#include <functional>
#include <string>
#include <vector>

namespace Tertial::Io {

struct TableCell final
{
    enum class Kind { Empty, Text, Number, Date, Boolean, Error };
    Kind kind = Kind::Empty;
    std::string text;  // Text, Error; for CSV every non-empty field is Text
    double number = 0; // Number, Boolean
    int year = 0, month = 0, day = 0; // Date
};

struct TableRow final
{
    int line = 0;                 // CSV line or sheet row, 1-based
    std::vector<TableCell> cells; // by column; trailing empty cells may be missing
    const TableCell &at(std::size_t column) const;
};

struct TableInfo final
{
    std::string file;
    bool xlsx = false;
    std::string sheet;            // XLSX: the sheet read
    std::vector<std::string> sheets;
    std::string encoding;         // CSV: "UTF-8", "Windows-1252", "ASCII", "UTF-16 LE" or "UTF-16 BE"
    char separator = ';';         // CSV
};

// "fil.csv:12: kolumn 3" or "fil.xlsx: blad 'Huvudbok': C12"
std::string cellPlace(const TableInfo &info, int line, std::size_t column);
// "fil.csv:12" or "fil.xlsx: blad 'Huvudbok': rad 12"
std::string rowPlace(const TableInfo &info, int line);

// Reads `path` (XLSX when it is a zip file, else CSV) and hands each non-empty row to `onRow`
// (return false to stop). `sheet` chooses an XLSX sheet by name; empty = the first. `info` is
// filled as soon as the file is opened. Errors name the file and the place.
Core::Result<void> readTable(const std::string &path, const std::string &sheet, TableInfo &info,
                             const std::function<bool(const TableRow &)> &onRow);

} // namespace Tertial::Io
