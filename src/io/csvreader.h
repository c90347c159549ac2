// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV dialect of docs/formats.md: UTF-8 (BOM allowed), ';', '"' quotes, one header row.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Io {

struct CsvRecord final
{
    int line = 0;                    // 1-based line where the record starts
    std::vector<std::string> fields; // unquoted
    bool endsWithNewline = true;     // false for a last line cut off without its line break
};

// Reads records one by one so a large file is never held twice. Problems of the text itself
// (invalid UTF-8, an unclosed quote) are reported as "file:line: kolumn N: ..." and stop nothing:
// the caller collects them all.
class CsvReader final
{
public:
    CsvReader(std::string fileName, std::string_view bytes);

    // False at the end of the text.
    bool next(CsvRecord &record);
    const std::vector<std::string> &problems() const { return m_problems; }
    bool isEmpty() const { return m_empty; }

private:
    void checkEncoding();

    std::string m_fileName;
    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_line = 1;
    bool m_empty = false;
    std::vector<std::string> m_problems;
};

} // namespace Tertial::Io
