// SPDX-License-Identifier: GPL-3.0-or-later
// Column widths of a report table.
#include "tablelayout.h"

#include <algorithm>
#include <numeric>

namespace Tertial::Reports {

namespace {

// About how wide a character of a table is on the page: a heading word in 7 pt bold, a name in
// 8 pt, a number in 8 pt (bold in total rows; a number's groups are bound by U+00A0, so it never
// breaks and must fit whole). Plus the cell's margins; the text width of an A4 page with the
// templates' margins is about 17 cm. Narrower columns break a word inside ("ackumulera|t aug",
// "Familjerådgivni|ng", "-153 70|1").
constexpr double headerCharacterCm = 0.155;
constexpr double textCharacterCm = 0.16;
constexpr double numberCharacterCm = 0.165;
constexpr double cellMarginsCm = 0.4;
constexpr double textWidthCm = 17.0;

std::size_t characters(std::string_view text)
{
    std::size_t count = 0;
    for (const char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80; // UTF-8: count the lead bytes
    return count;
}

// The longest word of `text` in characters; words end at spaces, hyphens and slashes, where a
// line may break (U+00A0 binds a number's groups into one word).
std::size_t longestWord(const std::string &text)
{
    std::size_t longest = 0, start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find_first_of(" -/", start);
        if (end == std::string::npos)
            end = text.size();
        longest = std::max(longest, characters(std::string_view(text).substr(start, end - start)));
        start = end + 1;
    }
    return longest;
}

double shareOf(std::size_t characters, double characterCm)
{
    return characters == 0 ? 0.0 : (static_cast<double>(characters) * characterCm + cellMarginsCm) / textWidthCm;
}

// The share each column needs for its longest body word (a whole number in a number column) and,
// with `headings`, for its own heading cells' longest word too (cells spanning one column).
std::vector<double> needs(const Table &table, bool headings)
{
    std::vector<double> need(table.columns.size(), 0.0);
    for (const TableRow &row : table.rows)
        for (std::size_t column = 0; column < row.cells.size() && column < need.size(); ++column) {
            const bool number = table.columns[column] == ColumnKind::Number;
            const std::size_t word = number ? characters(row.cells[column]) : longestWord(row.cells[column]);
            const std::size_t indent = column == 0 ? 2 * static_cast<std::size_t>(std::max(0, row.indent)) : 0;
            need[column] = std::max(need[column], shareOf(word + indent, number ? numberCharacterCm : textCharacterCm));
        }
    if (headings)
        for (const auto &row : table.header) {
            std::size_t column = 0;
            for (const HeaderCell &cell : row) {
                if (cell.span == 1 && column < need.size())
                    need[column] = std::max(need[column], shareOf(longestWord(cell.text), headerCharacterCm));
                column += static_cast<std::size_t>(std::max(1, cell.span));
            }
        }
    return need;
}

// Raises every column below its need, taking the difference from the columns above their own
// need in proportion to their slack; false (nothing changed) when the needs exceed the page.
bool fit(std::vector<double> &shares, const std::vector<double> &need)
{
    double missing = 0.0, slack = 0.0;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        missing += std::max(0.0, need[i] - shares[i]);
        slack += std::max(0.0, shares[i] - need[i]);
    }
    if (missing <= 0.0)
        return true;
    if (slack < missing)
        return false;
    const double take = missing / slack;
    for (std::size_t i = 0; i < shares.size(); ++i)
        shares[i] = shares[i] < need[i] ? need[i] : shares[i] - (shares[i] - need[i]) * take;
    return true;
}

// Every word whole where the page allows it; else the names and numbers whole and the headings
// broken where they must (seed 001's eleven-column table does not fit a portrait page).
void fitWords(const Table &table, std::vector<double> &shares)
{
    if (!fit(shares, needs(table, true)))
        fit(shares, needs(table, false));
}

} // namespace

std::vector<double> columnShares(const Table &table)
{
    std::vector<double> weights;
    if (table.widths.size() == table.columns.size() && !table.widths.empty()) {
        weights = table.widths;
    } else {
        const long numbers = std::count(table.columns.begin(), table.columns.end(), ColumnKind::Number);
        const bool mostlyNumbers = numbers * 2 > static_cast<long>(table.columns.size());
        const double nameWeight = numbers <= 5 ? 3.5 : numbers <= 8 ? 2.1 : 1.6;
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            switch (table.columns[i]) {
            case ColumnKind::Text: weights.push_back(mostlyNumbers ? nameWeight : (i == 0 ? 2.0 : 3.0)); break;
            case ColumnKind::Number: weights.push_back(1.0); break;
            case ColumnKind::Symbol: weights.push_back(0.35); break;
            }
        }
    }
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    for (double &weight : weights)
        weight = total > 0 ? weight / total : 1.0 / static_cast<double>(weights.size());
    fitWords(table, weights);
    return weights;
}

} // namespace Tertial::Reports
