// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader.
#include "csvreader.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace Tertial::Io {
namespace {

// Length of the valid UTF-8 sequence at `s[i]`, or 0 when the bytes there are not UTF-8.
std::size_t utf8Length(std::string_view s, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80)
        return 1;
    std::size_t length = 0;
    if (c >= 0xC2 && c <= 0xDF)
        length = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        length = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        length = 4;
    else
        return 0;
    if (i + length > s.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k)
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
    // Overlong three- and four-byte forms, surrogates and values above U+10FFFF.
    if (c == 0xE0 && byte(i + 1) < 0xA0)
        return 0;
    if (c == 0xED && byte(i + 1) >= 0xA0)
        return 0;
    if (c == 0xF0 && byte(i + 1) < 0x90)
        return 0;
    if (c == 0xF4 && byte(i + 1) >= 0x90)
        return 0;
    return length;
}

} // namespace

CsvReader::CsvReader(std::string fileName, std::string_view bytes)
    : m_fileName(std::move(fileName)), m_text(bytes)
{
    if (m_text.starts_with("\xEF\xBB\xBF"))
        m_text.remove_prefix(3);
    m_empty = m_text.find_first_not_of(" \t\r\n") == std::string_view::npos;
    checkEncoding();
}

void CsvReader::checkEncoding()
{
    // ASCII is skipped eight bytes at a time; the line and column (counted in fields, as the
    // problems name them) are counted up to a bad byte only when there is one.
    const std::size_t size = m_text.size();
    std::size_t counted = 0;
    int line = 1;
    int column = 1;
    int reportedLine = 0;
    for (std::size_t i = 0; i < size;) {
        std::uint64_t word = 0;
        if (i + sizeof word <= size) {
            std::memcpy(&word, m_text.data() + i, sizeof word);
            if ((word & 0x8080808080808080u) == 0) {
                i += sizeof word;
                continue;
            }
        }
        if (static_cast<unsigned char>(m_text[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t length = utf8Length(m_text, i);
        if (length != 0) {
            i += length;
            continue;
        }
        for (; counted < i; ++counted) {
            if (m_text[counted] == '\n') {
                ++line;
                column = 1;
            } else if (m_text[counted] == ';') {
                ++column;
            }
        }
        if (line != reportedLine) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(m_text[i]));
            m_problems.push_back(m_fileName + ":" + std::to_string(line) + ": kolumn " + std::to_string(column) +
                                 ": byten " + hex + " är inte UTF-8 (filen verkar vara sparad som Latin-1 eller "
                                 "Windows-1252), förväntade en fil i UTF-8");
            reportedLine = line;
        }
        ++i;
    }
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
    // Skip blank lines between records.
    for (;;) {
        if (m_pos >= m_text.size())
            return finish(false);
        std::size_t end = m_pos;
        while (end < m_text.size() && (m_text[end] == ' ' || m_text[end] == '\t' || m_text[end] == '\r'))
            ++end;
        if (end < m_text.size() && m_text[end] == '\n') {
            m_pos = end + 1;
            ++m_line;
            continue;
        }
        if (end >= m_text.size()) {
            m_pos = end;
            return finish(false);
        }
        break;
    }
    record.line = m_line;
    int column = 1;
    for (;;) {
        if (count == record.fields.size())
            record.fields.emplace_back();
        std::string &field = record.fields[count++];
        field.clear();
        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
            // A quoted field: "" inside is one quote; it may span lines.
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
                if (c == '\n')
                    ++m_line;
                field += c;
            }
            if (!closed) {
                m_problems.push_back(m_fileName + ":" + std::to_string(startLine) + ": kolumn " + std::to_string(column) +
                                     ": citattecknet stängs aldrig (filen verkar avbruten mitt i en rad), "
                                     "förväntade ett avslutande \"");
                record.endsWithNewline = false;
            }
            // Text after the closing quote up to the separator belongs to the field.
            while (m_pos < m_text.size() && m_text[m_pos] != ';' && m_text[m_pos] != '\n' && m_text[m_pos] != '\r')
                field += m_text[m_pos++];
        } else {
            std::size_t end = m_pos;
            while (end < m_text.size() && m_text[end] != ';' && m_text[end] != '\n')
                ++end;
            field.assign(m_text.substr(m_pos, end - m_pos));
            m_pos = end;
            if (!field.empty() && field.back() == '\r')
                field.pop_back();
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n')
            ++m_pos;
        if (m_pos >= m_text.size()) {
            record.endsWithNewline = false;
            return finish(true);
        }
        const char separator = m_text[m_pos++];
        if (separator == '\n') {
            ++m_line;
            return finish(true);
        }
        if (separator == '\r') // a lone CR at the end of a quoted field
            continue;
        ++column;
    }
}

} // namespace Tertial::Io
