// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV dialect of docs/formats.md: UTF-8 (BOM allowed) or UTF-16 (Excel's "Unicode-text"), ';'
// or (when the header has no ';') TAB between fields, '"' quotes, CR, LF or CRLF line ends, one
// header row.
#pragma once

#include "textdecoding.h"

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
// (not UTF-8 or UTF-16, control characters, an unclosed quote) are reported as
// "file:line: kolumn N, tecken M: ..." and stop nothing: the caller collects them all.
// A record ends at CR, LF or CRLF outside quotes; inside quotes they belong to the field.
class CsvReader final
{
public:
    // `bytes` must outlive the reader.
    CsvReader(std::string fileName, std::string_view bytes);

    // False at the end of the text.
    bool next(CsvRecord &record);
    const std::vector<std::string> &problems() const { return m_problems; }
    bool isEmpty() const { return m_empty; }
    char separator() const { return m_separator; }
    TextEncoding encoding() const { return m_decoded.encoding(); }

private:
    void reportFaults();
    // Consumes a line end (CR, LF or CRLF) at m_pos, if there is one.
    bool consumeLineEnd();

    std::string m_fileName;
    DecodedText m_decoded;
    std::string_view m_text;
    char m_separator = ';';
    std::size_t m_pos = 0;
    int m_line = 1;
    bool m_empty = false;
    std::vector<std::string> m_problems;
};

} // namespace Tertial::Io
