// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader.
#include "csvreader.h"

namespace Tertial::Io {
namespace {

// The header decides the separator: ';' unless its first line has none and has a TAB (Excel's
// "Unicode-text" and "Text (tabbavgränsad)").
char detectSeparator(std::string_view text)
{
    const std::size_t start = text.find_first_not_of(" \r\n");
    if (start == std::string_view::npos)
        return ';';
    const std::string_view line = text.substr(start, text.find_first_of("\r\n", start) - start);
    if (line.find(';') == std::string_view::npos && line.find('\t') != std::string_view::npos)
        return '\t';
    return ';';
}

} // namespace

CsvReader::CsvReader(std::string fileName, std::string_view bytes)
    : m_fileName(std::move(fileName)), m_decoded(bytes), m_text(m_decoded.text())
{
    m_empty = m_text.find_first_not_of(" \t\r\n") == std::string_view::npos;
    m_separator = detectSeparator(m_text);
    reportFaults();
}

void CsvReader::reportFaults()
{
    // Line (CR, LF, CRLF), column (fields, as the other problems name them) and character within
    // the line are counted up to each fault, in one pass; one problem per line.
    std::size_t counted = 0;
    int line = 1;
    int column = 1;
    int character = 1;
    int reportedLine = 0;
    for (const TextFault &fault : m_decoded.faults()) {
        for (; counted < fault.offset; ++counted) {
            const char c = m_text[counted];
            if (c == '\n' || (c == '\r' && (counted + 1 >= m_text.size() || m_text[counted + 1] != '\n'))) {
                ++line;
                column = 1;
                character = 1;
            } else if (c == '\r') {
                // the CR of a CRLF: the LF counts the line
            } else {
                if (c == m_separator)
                    ++column;
                if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
                    ++character;
            }
        }
        if (line == reportedLine)
            continue;
        m_problems.push_back(m_fileName + ":" + std::to_string(line) + ": kolumn " + std::to_string(column) +
                             ", tecken " + std::to_string(character) + ": " + fault.what);
        reportedLine = line;
    }
}

bool CsvReader::consumeLineEnd()
{
    if (m_pos >= m_text.size())
        return false;
    if (m_text[m_pos] == '\n') {
        ++m_pos;
    } else if (m_text[m_pos] == '\r') {
        ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '\n')
            ++m_pos;
    } else {
        return false;
    }
    ++m_line;
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    // The record's strings are reused from row to row: a large file allocates for its longest
    // fields once, not for every field of every row.
    std::size_t count = 0;
    auto finish = [&](bool more) {
        record.fields.resize(count);
        return more;
    };
    record.endsWithNewline = true;
    // Skip blank lines (nothing but spaces and tabs) between records.
    for (;;) {
        std::size_t end = m_pos;
        while (end < m_text.size() && (m_text[end] == ' ' || m_text[end] == '\t'))
            ++end;
        if (end >= m_text.size()) {
            m_pos = end;
            return finish(false);
        }
        if (m_text[end] != '\r' && m_text[end] != '\n')
            break;
        m_pos = end;
        consumeLineEnd();
    }
    record.line = m_line;
    int column = 1;
    for (;;) {
        if (count == record.fields.size())
            record.fields.emplace_back();
        std::string &field = record.fields[count++];
        field.clear();
        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
            // A quoted field: "" inside is one quote; line ends inside belong to it.
            const int startLine = m_line;
            ++m_pos;
            bool closed = false;
            while (m_pos < m_text.size()) {
                const char c = m_text[m_pos++];
                if (c == '"') {
                    if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                        field += '"';
                        ++m_pos;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c == '\n' || (c == '\r' && (m_pos >= m_text.size() || m_text[m_pos] != '\n')))
                    ++m_line;
                field += c;
            }
            if (!closed) {
                m_problems.push_back(m_fileName + ":" + std::to_string(startLine) + ": kolumn " + std::to_string(column) +
                                     ": citattecknet stängs aldrig (filen verkar avbruten mitt i en rad), "
                                     "förväntade ett avslutande \"");
                record.endsWithNewline = false;
            }
        }
        // Unquoted text, or text after the closing quote, up to the separator or the line end.
        std::size_t end = m_pos;
        while (end < m_text.size() && m_text[end] != m_separator && m_text[end] != '\n' && m_text[end] != '\r')
            ++end;
        field.append(m_text.substr(m_pos, end - m_pos));
        m_pos = end;
        if (m_pos >= m_text.size()) {
            record.endsWithNewline = false;
            return finish(true);
        }
        if (consumeLineEnd())
            return finish(true);
        ++m_pos; // the separator
        ++column;
    }
}

} // namespace Tertial::Io
