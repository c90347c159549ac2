// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the cells of an XLSX workbook as they are stored: streaming, memory bounded, never evaluating.
#pragma once

#include "core/error.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Xlsx {

// Bounds against zip bombs and absurd files. Sheets are streamed, so their size costs time, not
// memory; the shared strings table is held whole and is bounded by bytes and by count.
struct Limits final
{
    std::uint64_t maxSheetBytes = 4ull << 30;         // uncompressed sheet XML
    std::uint64_t maxSharedStringsBytes = 256ull << 20; // uncompressed sharedStrings.xml
    std::size_t maxSharedStrings = 8u << 20;
    std::uint64_t maxSmallPartBytes = 16ull << 20;    // workbook.xml, styles.xml, rels
    std::uint64_t maxCompressionRatio = 500;          // declared size / compressed size
    std::size_t maxCellTextBytes = 1u << 20;
    std::size_t maxMerges = 100000;
};

enum class CellType { Empty, Number, Text, Boolean, Error };

struct Cell final
{
    int column = 0;           // 0-based (A = 0)
    CellType type = CellType::Empty;
    double number = 0;        // Number (a date is its serial), Boolean (0/1)
    std::string text;         // Text, Error ("#DIV/0!")
    bool isDate = false;      // a Number whose cell format is a date or time format
    bool fromMerge = false;   // filled from the top-left cell of a merged range
};

struct Row final
{
    int number = 0;           // 1-based as in the sheet
    std::vector<Cell> cells;  // ascending columns, empty cells left out
    const Cell *at(int column) const;
};

struct Date final
{
    int year = 0, month = 0, day = 0;
};

// "B3" for (row 3, column 1); "AA10" for (10, 26).
std::string cellName(int row, int column);
std::string columnName(int column);

// A serial day number as Excel stores it. The 1900 system counts 1900-02-29, which did not exist
// (Lotus's bug, kept by Excel): serial 60 is that day and is refused; serials above it are one
// day late. The 1904 system (date1904, old Mac workbooks) counts from 1904-01-01 = 0.
Core::Result<Date> serialToDate(double serial, bool date1904);

class Workbook final
{
public:
    ~Workbook();
    Workbook(Workbook &&) noexcept;
    Workbook &operator=(Workbook &&) noexcept;

    // Opens the package and reads workbook.xml, its relations, styles.xml and the shared strings.
    static Core::Result<Workbook> open(const std::string &path, const Limits &limits = {});

    const std::string &path() const;
    const std::vector<std::string> &sheetNames() const;
    bool date1904() const;

    // Streams the sheet's rows to `onRow` (return false to stop early). An empty name reads the
    // first sheet. Merged ranges are filled with their top-left value (Cell::fromMerge).
    // Errors name the file, the sheet and the cell: "fil.xlsx: blad 'Data': B7: ...".
    Core::Result<void> readSheet(std::string_view name, const std::function<bool(const Row &)> &onRow);

    // The name readSheet("") reads.
    std::string firstSheet() const;

    // The package's parsed parts; opaque outside the reader's own file.
    struct Impl;

private:
    explicit Workbook(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace Tertial::Xlsx
