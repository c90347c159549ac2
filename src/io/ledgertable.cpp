// SPDX-License-Identifier: GPL-3.0-or-later
// readTable: the XLSX reader's rows, or CSV streamed in chunks with its encoding and separator detected.
#include "ledgertable.h"

#include "textencoding.h"

#include "xlsx/xlsxreader.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <fstream>
#include <map>

namespace Tertial::Io {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

const TableCell &TableRow::at(std::size_t column) const
{
    static const TableCell empty;
    return column < cells.size() ? cells[column] : empty;
}

std::string cellPlace(const TableInfo &info, int line, std::size_t column)
{
    if (info.xlsx)
        return info.file + ": blad '" + info.sheet + "': " + Xlsx::cellName(line, static_cast<int>(column));
    return info.file + ":" + std::to_string(line) + ": kolumn " + std::to_string(column + 1);
}

std::string rowPlace(const TableInfo &info, int line)
{
    if (info.xlsx)
        return info.file + ": blad '" + info.sheet + "': rad " + std::to_string(line);
    return info.file + ":" + std::to_string(line);
}

namespace {

bool isZip(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    in.read(magic, 4);
    return in.gcount() == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
}

Result<void> readXlsx(const std::string &path, const std::string &sheet, TableInfo &info,
                      const std::function<bool(const TableRow &)> &onRow)
{
    auto book = Xlsx::Workbook::open(path);
    if (!book)
        return std::unexpected(book.error());
    info.xlsx = true;
    info.sheets = book->sheetNames();
    info.sheet = sheet.empty() ? book->firstSheet() : sheet;
    const bool date1904 = book->date1904();
    std::optional<Core::Error> problem;
    TableRow out;
    auto ok = book->readSheet(sheet, [&](const Xlsx::Row &row) {
        out.line = row.number;
        out.cells.clear();
        out.cells.resize(static_cast<std::size_t>(row.cells.back().column + 1));
        for (const Xlsx::Cell &cell : row.cells) {
            TableCell &c = out.cells[static_cast<std::size_t>(cell.column)];
            switch (cell.type) {
            case Xlsx::CellType::Empty: break;
            case Xlsx::CellType::Text:
                c.kind = TableCell::Kind::Text;
                c.text = cell.text;
                break;
            case Xlsx::CellType::Boolean:
                c.kind = TableCell::Kind::Boolean;
                c.number = cell.number;
                break;
            case Xlsx::CellType::Error:
                c.kind = TableCell::Kind::Error;
                c.text = cell.text;
                break;
            case Xlsx::CellType::Number:
                if (cell.isDate) {
                    auto date = Xlsx::serialToDate(cell.number, date1904);
                    if (!date) {
                        problem = Core::Error{ErrorCode::InvalidInput,
                                              cellPlace(info, row.number, static_cast<std::size_t>(cell.column)) +
                                                  ": " + date.error().message + ", förväntade ett datum"};
                        return false;
                    }
                    c.kind = TableCell::Kind::Date;
                    c.year = date->year;
                    c.month = date->month;
                    c.day = date->day;
                } else {
                    c.kind = TableCell::Kind::Number;
                    c.number = cell.number;
                }
                break;
            }
        }
        return onRow(out);
    });
    if (problem)
        return std::unexpected(*problem);
    return ok;
}

// Counts the fields of one line for a candidate separator, quotes respected.
std::size_t fieldCount(std::string_view line, char separator)
{
    std::size_t count = 1;
    bool quoted = false;
    for (const char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == separator && !quoted)
            ++count;
    }
    return count;
}

// The separator that splits the first lines most consistently into the most fields: for each
// candidate, the field count (of at least two) that most lines share, scored by lines × (fields
// − 1). A comma inside titles or decimal commas splits a ';' file in two now and then; the real
// separator splits every row into all its columns.
char detectSeparator(std::string_view start)
{
    std::vector<std::string_view> lines;
    for (std::size_t pos = 0; pos < start.size() && lines.size() < 40;) {
        const auto end = start.find('\n', pos);
        lines.push_back(start.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos));
        if (end == std::string_view::npos)
            break;
        pos = end + 1;
    }
    char best = ';';
    std::size_t bestScore = 0;
    for (const char separator : {';', '\t', ','}) {
        std::map<std::size_t, std::size_t> frequency;
        for (std::string_view line : lines)
            if (const std::size_t n = fieldCount(line, separator); n >= 2)
                ++frequency[n];
        for (const auto &[count, times] : frequency)
            if (times * (count - 1) > bestScore) {
                best = separator;
                bestScore = times * (count - 1);
            }
    }
    return best;
}

class CsvStream
{
public:
    CsvStream(std::ifstream &in, TableInfo &info) : m_in(in), m_info(info) {}

    Result<void> run(const std::function<bool(const TableRow &)> &onRow)
    {
        detectUtf16();
        fill();
        if (!m_utf16 && m_buffer.starts_with("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_info.encoding = "UTF-8";
        }
        m_info.separator = detectSeparator(std::string_view(m_buffer).substr(m_pos));
        TableRow row;
        std::vector<std::string> raw;
        for (;;) {
            raw.clear();
            const int line = m_line;
            auto more = record(raw);
            if (!more)
                return std::unexpected(more.error());
            if (!*more)
                return {};
            row.line = line;
            row.cells.clear();
            row.cells.resize(raw.size());
            bool any = false;
            for (std::size_t i = 0; i < raw.size(); ++i) {
                if (raw[i].empty())
                    continue;
                auto text = decode(raw[i], line, i);
                if (!text)
                    return std::unexpected(text.error());
                row.cells[i].kind = TableCell::Kind::Text;
                row.cells[i].text = std::move(*text);
                any = true;
            }
            if (any && !onRow(row))
                return {};
        }
    }

private:
    // Reads another chunk; false at the end of the file.
    bool fill()
    {
        if (m_eof)
            return false;
        if (m_pos > 0) {
            m_buffer.erase(0, m_pos);
            m_pos = 0;
        }
        const std::size_t before = m_buffer.size();
        m_raw.resize(chunkSize);
        m_in.read(m_raw.data(), static_cast<std::streamsize>(chunkSize));
        const auto got = static_cast<std::size_t>(m_in.gcount());
        m_raw.resize(got);
        if (got == 0 || !m_in)
            m_eof = true;
        if (m_utf16)
            appendUtf16(m_raw);
        else
            m_buffer += m_raw;
        return m_buffer.size() > before; // at the end, UTF-16 may still add what it held back
    }

    // Excel's "Unicode text" and other UTF-16 files: a BOM, or an ASCII character with a NUL
    // beside it at the very start. Read as such, converted to UTF-8 chunk by chunk.
    void detectUtf16()
    {
        char head[2] = {};
        m_in.read(head, 2);
        const auto got = m_in.gcount();
        m_in.clear();
        m_in.seekg(0);
        if (got < 2)
            return;
        const auto b0 = static_cast<unsigned char>(head[0]), b1 = static_cast<unsigned char>(head[1]);
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 != 0 && b0 < 0x80 && b1 == 0))
            m_utf16 = Utf16::Little;
        else if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0 && b1 != 0 && b1 < 0x80))
            m_utf16 = Utf16::Big;
        if (!m_utf16)
            return;
        m_info.encoding = *m_utf16 == Utf16::Little ? "UTF-16 LE" : "UTF-16 BE";
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF))
            m_in.seekg(2);
    }

    // UTF-16 bytes to UTF-8 at the end of the buffer; an odd byte or a high surrogate at the end
    // of a chunk waits for the next. A lone surrogate becomes the byte 0xFF, which no UTF-8 text
    // holds, so decode() names its line and column.
    void appendUtf16(std::string_view bytes)
    {
        m_pending.append(bytes);
        const bool little = *m_utf16 == Utf16::Little;
        std::size_t i = 0;
        const auto unit = [&](std::size_t k) {
            const auto a = static_cast<unsigned char>(m_pending[k]), b = static_cast<unsigned char>(m_pending[k + 1]);
            return static_cast<std::uint32_t>(little ? a | (b << 8) : (a << 8) | b);
        };
        for (; i + 1 < m_pending.size(); i += 2) {
            std::uint32_t cp = unit(i);
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (i + 3 >= m_pending.size()) {
                    if (!m_eof)
                        break; // the low half is in the next chunk
                } else if (const std::uint32_t low = unit(i + 2); low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    i += 2;
                    appendCodePoint(cp);
                    continue;
                }
                m_buffer.push_back('\xFF');
                continue;
            }
            if (cp >= 0xDC00 && cp <= 0xDFFF) {
                m_buffer.push_back('\xFF');
                continue;
            }
            appendCodePoint(cp);
        }
        m_pending.erase(0, i);
        if (m_eof && !m_pending.empty()) { // an odd byte at the very end
            m_buffer.push_back('\xFF');
            m_pending.clear();
        }
    }

    void appendCodePoint(std::uint32_t cp)
    {
        if (cp < 0x80) {
            m_buffer.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            m_buffer.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            m_buffer.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            m_buffer.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            m_buffer.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            m_buffer.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            m_buffer.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            m_buffer.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            m_buffer.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            m_buffer.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }

    // One record into `fields`; false at the end of the file. A quoted field may hold the
    // separator, doubled quotes and line breaks.
    Result<bool> record(std::vector<std::string> &fields)
    {
        std::size_t i = m_pos;
        if (i >= m_buffer.size() && !fill())
            return false;
        i = m_pos;
        std::string field;
        bool quoted = false, wasQuoted = false;
        const int startLine = m_line;
        std::size_t length = 0;
        for (;;) {
            // A record (quoted line breaks included) is at most 1 MB: a file without line ends, or
            // with a quote that never closes, must not be held whole in memory.
            if (++length > maxRecordBytes)
                return fail(ErrorCode::InvalidInput, m_info.file + ":" + std::to_string(startLine) +
                                                         ": raden är längre än 1 MB" +
                                                         (quoted ? " (ett citattecken stängs inte)" : "") +
                                                         ", förväntade rader med radslut (CR, LF eller CRLF)");
            if (i >= m_buffer.size()) {
                const std::size_t consumed = i - m_pos;
                if (!fill()) {
                    if (quoted)
                        return fail(ErrorCode::InvalidInput, m_info.file + ":" + std::to_string(startLine) + ": kolumn " +
                                                                 std::to_string(fields.size() + 1) +
                                                                 ": citattecknet stängs aldrig, förväntade ett avslutande \"");
                    fields.push_back(std::move(field));
                    m_pos = m_buffer.size();
                    return true;
                }
                i = m_pos + consumed;
                continue;
            }
            const char c = m_buffer[i];
            if (quoted) {
                if (c == '"') {
                    if (i + 1 >= m_buffer.size()) {
                        const std::size_t consumed = i - m_pos;
                        fill();
                        i = m_pos + consumed;
                        if (i + 1 >= m_buffer.size()) {
                            quoted = false;
                            ++i;
                            continue;
                        }
                    }
                    if (m_buffer[i + 1] == '"') {
                        field.push_back('"');
                        i += 2;
                    } else {
                        quoted = false;
                        ++i;
                    }
                    continue;
                }
                if (c == '\n')
                    ++m_line;
                field.push_back(c);
                ++i;
                continue;
            }
            if (c == '"' && field.empty() && !wasQuoted) {
                quoted = wasQuoted = true;
                ++i;
            } else if (c == m_info.separator) {
                fields.push_back(std::move(field));
                field.clear();
                wasQuoted = false;
                ++i;
            } else if (c == '\n' || c == '\r') {
                fields.push_back(std::move(field));
                ++i;
                if (c == '\r') {
                    if (i >= m_buffer.size()) {
                        const std::size_t consumed = i - m_pos;
                        fill();
                        i = m_pos + consumed;
                    }
                    if (i < m_buffer.size() && m_buffer[i] == '\n')
                        ++i;
                }
                ++m_line;
                m_pos = i;
                return true;
            } else {
                field.push_back(c);
                ++i;
            }
        }
    }

    Result<std::string> decode(std::string &bytes, int line, std::size_t column)
    {
        bool ascii = true;
        for (const char c : bytes)
            if (static_cast<unsigned char>(c) >= 0x80) {
                ascii = false;
                break;
            }
        // Trim the blanks exports pad fields with.
        auto trim = [](std::string text) {
            const auto first = text.find_first_not_of(" \t");
            const auto last = text.find_last_not_of(" \t");
            return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
        };
        if (ascii)
            return trim(std::move(bytes));
        if (m_info.encoding.empty() || m_info.encoding == "ASCII")
            m_info.encoding = firstInvalidUtf8(bytes) == std::string::npos ? "UTF-8" : "Windows-1252";
        if (m_utf16) {
            if (firstInvalidUtf8(bytes) != std::string::npos)
                return fail(ErrorCode::InvalidInput,
                            m_info.file + ":" + std::to_string(line) + ": kolumn " + std::to_string(column + 1) +
                                ": ett ensamt surrogat eller en udda byte i " + m_info.encoding +
                                "-texten, förväntade giltig UTF-16 (spara om filen från kalkylprogrammet)");
            return trim(std::move(bytes));
        }
        if (m_info.encoding == "UTF-8") {
            if (const std::size_t bad = firstInvalidUtf8(bytes); bad != std::string::npos) {
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[bad]));
                return fail(ErrorCode::InvalidInput,
                            m_info.file + ":" + std::to_string(line) + ": kolumn " + std::to_string(column + 1) +
                                ": byten " + hex + " är inte UTF-8, fast filen tidigare var UTF-8; förväntade en "
                                                   "fil i en enda teckenkodning (UTF-8 eller Windows-1252)");
            }
            return trim(std::move(bytes));
        }
        std::string out;
        out.reserve(bytes.size() + 8);
        appendWindows1252AsUtf8(out, bytes);
        return trim(std::move(out));
    }

    enum class Utf16 { Little, Big };
    static constexpr std::size_t chunkSize = 1u << 20;
    static constexpr std::size_t maxRecordBytes = 1u << 20;
    std::ifstream &m_in;
    TableInfo &m_info;
    std::optional<Utf16> m_utf16;
    std::string m_raw;     // the chunk as read
    std::string m_pending; // UTF-16 bytes not yet converted
    std::string m_buffer;
    std::size_t m_pos = 0;
    int m_line = 1;
    bool m_eof = false;
};

} // namespace

Result<void> readTable(const std::string &path, const std::string &sheet, TableInfo &info,
                       const std::function<bool(const TableRow &)> &onRow)
{
    info = TableInfo{};
    info.file = path;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(ErrorCode::Io, path + ": kan inte läsa filen, förväntade en läsbar fil");
    if (isZip(path))
        return readXlsx(path, sheet, info, onRow);
    if (!sheet.empty())
        return fail(ErrorCode::InvalidInput, path + ": --sheet '" + sheet +
                                                 "' gäller bara XLSX-filer, men filen är en textfil (CSV)");
    CsvStream stream(in, info);
    auto ok = stream.run(onRow);
    if (info.encoding.empty())
        info.encoding = "ASCII";
    return ok;
}

} // namespace Tertial::Io
