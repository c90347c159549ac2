// SPDX-License-Identifier: GPL-3.0-or-later
// writeTables over libxlsxwriter.
#include "tablexlsx.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace Tertial::XlsxOut {
namespace {

// Characters, not bytes, for the column widths (UTF-8 continuation bytes do not count).
std::size_t displayLength(const std::string &text)
{
    return static_cast<std::size_t>(std::ranges::count_if(text, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string sheetName(std::string name)
{
    for (char &c : name)
        if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos)
            c = ' ';
    // 31 characters at most (cut on a character boundary).
    std::size_t chars = 0, cut = name.size();
    for (std::size_t i = 0; i < name.size(); ++i)
        if ((static_cast<unsigned char>(name[i]) & 0xC0) != 0x80 && ++chars > 31) {
            cut = i;
            break;
        }
    name.resize(cut);
    return name.empty() ? std::string("Tabell") : name;
}

// "#,##0" with the Swedish locale tag [$-41D]: LibreOffice then shows a space between thousands
// and a decimal comma whatever its own locale, Excel the reader's separators (a space in Swedish
// Excel); a hyphen-minus as the reports print, decimals as the unit has them.
std::string numberFormat(int decimals, bool percent)
{
    std::string format = "[$-41D]#,##0";
    if (decimals > 0)
        format += "." + std::string(static_cast<std::size_t>(decimals), '0');
    if (percent)
        format += "\" %\"";
    return format + ";-" + format.substr(7);
}

} // namespace

Core::Result<void> writeTables(const std::string &path, const std::vector<TableSheet> &sheets)
{
    lxw_workbook *book = workbook_new(path.c_str());
    if (!book)
        return Core::fail(Core::ErrorCode::Io, path + ": kan inte skriva filen, förväntade en skrivbar sökväg");
    std::map<std::tuple<int, bool, bool, int>, lxw_format *> formats; // decimals, percent, bold, indent
    auto format = [&](int decimals, bool percent, bool bold, int indent) {
        auto &f = formats[{decimals, percent, bold, indent}];
        if (!f) {
            f = workbook_add_format(book);
            if (decimals >= 0)
                format_set_num_format(f, numberFormat(decimals, percent).c_str());
            if (bold)
                format_set_bold(f);
            if (indent > 0)
                format_set_indent(f, static_cast<uint8_t>(indent));
        }
        return f;
    };
    lxw_format *headerFormat = workbook_add_format(book);
    format_set_bold(headerFormat);
    format_set_bottom(headerFormat, LXW_BORDER_THIN);
    format_set_text_wrap(headerFormat);
    format_set_align(headerFormat, LXW_ALIGN_VERTICAL_TOP);

    for (const TableSheet &sheet : sheets) {
        lxw_worksheet *ws = workbook_add_worksheet(book, sheetName(sheet.name).c_str());
        lxw_row_t r = 0;
        if (!sheet.title.empty()) {
            lxw_format *titleFormat = format(-1, false, true, 0);
            worksheet_write_string(ws, r++, 0, sheet.title.c_str(), titleFormat);
        }
        const lxw_row_t headerRow = r;
        std::vector<std::size_t> widths(sheet.header.size(), 6);
        for (std::size_t c = 0; c < sheet.header.size(); ++c) {
            worksheet_write_string(ws, r, static_cast<lxw_col_t>(c), sheet.header[c].c_str(), headerFormat);
            // A long header wraps: it widens its column only up to 16 characters.
            widths[c] = std::max(widths[c], std::min<std::size_t>(displayLength(sheet.header[c]), c == 0 ? 40 : 16));
        }
        ++r;
        for (std::size_t i = 0; i < sheet.rows.size(); ++i, ++r) {
            const bool bold = i < sheet.bold.size() && sheet.bold[i];
            const int indent = i < sheet.indent.size() ? sheet.indent[i] : 0;
            for (std::size_t c = 0; c < sheet.rows[i].size(); ++c) {
                const TableCell &cell = sheet.rows[i][c];
                const auto col = static_cast<lxw_col_t>(c);
                if (cell.number && std::isfinite(*cell.number)) {
                    worksheet_write_number(ws, r, col, *cell.number, format(cell.decimals, cell.percent, bold, 0));
                    // The shown text: digits, a separator per three, the decimals and a sign.
                    const double shown = std::abs(*cell.number);
                    const std::size_t digits = shown < 1 ? 1 : static_cast<std::size_t>(std::log10(shown)) + 1;
                    const std::size_t length = digits + (digits - 1) / 3 + (cell.decimals > 0 ? 1 + static_cast<std::size_t>(cell.decimals) : 0) +
                                               1 + (cell.percent ? 2 : 0);
                    if (c < widths.size())
                        widths[c] = std::max(widths[c], length);
                } else if (!cell.text.empty()) {
                    worksheet_write_string(ws, r, col, cell.text.c_str(), format(-1, false, bold, c == 0 ? indent : 0));
                    if (c < widths.size())
                        widths[c] = std::max(widths[c], displayLength(cell.text) + (c == 0 ? 2 * static_cast<std::size_t>(indent) : 0));
                }
            }
        }
        for (std::size_t c = 0; c < widths.size(); ++c)
            worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 static_cast<double>(widths[c]) + 2.0, nullptr);
        worksheet_freeze_panes(ws, headerRow + 1, 1);
        // Printed (and converted to PDF) landscape, one page wide.
        worksheet_set_landscape(ws);
        worksheet_fit_to_pages(ws, 1, 0);
        worksheet_repeat_rows(ws, headerRow, headerRow);
    }
    if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR)
        return Core::fail(Core::ErrorCode::Io, path + ": kunde inte skriva XLSX-filen (" + lxw_strerror(error) + ")");
    return {};
}

} // namespace Tertial::XlsxOut
