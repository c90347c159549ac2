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
// "Familjerådgivni|ng", "-153 70|1"). A table of a smaller type scales the characters by its
// sizes; its margins are its cells' own (2 × 40 twips) plus 0,1 cm to spare.
constexpr double headerCharacterCm = 0.155;
constexpr double textCharacterCm = 0.16;
constexpr double numberCharacterCm = 0.165;
constexpr double cellMarginsCm = 0.4;
constexpr double textWidthCm = 17.0;
constexpr double cmPerTwip = 2.54 / 1440.0;

// More columns than this and the table is set in the small type (seed 001 §3.1 has eleven).
constexpr std::size_t manyColumns = 9;

// The measure of one table: its characters' widths and its cells' margins, in cm.
struct Measure final
{
    double header = headerCharacterCm;
    double text = textCharacterCm;
    double number = numberCharacterCm;
    double margins = cellMarginsCm;
};

Measure measureOf(const Table &table)
{
    if (table.columns.size() <= manyColumns)
        return {}; // the sizes the widths above were measured at
    const TableType type = tableType(table);
    Measure measure;
    measure.header = headerCharacterCm * type.headerHalfPoints / 14.0;
    measure.text = textCharacterCm * type.bodyHalfPoints / 16.0;
    measure.number = numberCharacterCm * type.bodyHalfPoints / 16.0;
    measure.margins = 2 * type.cellMarginTwips * cmPerTwip + 0.1;
    return measure;
}

std::size_t characters(std::string_view text)
{
    std::size_t count = 0;
    for (const char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80; // UTF-8: count the lead bytes
    return count;
}

// The longest word of `text` in characters; words end at spaces, hyphens and slashes, where a
// line may break, and at a soft hyphen (U+00AD, "Budget\u00ADavvikelse"), which shows as a hyphen
// when the line breaks there (U+00A0 binds a number's groups into one word).
std::size_t longestWord(const std::string &text)
{
    static const std::string softHyphen = "\u00AD";
    std::size_t longest = 0, word = 0;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (text.compare(at, softHyphen.size(), softHyphen) == 0) {
            longest = std::max(longest, word + 1);
            word = 0;
            at += softHyphen.size() - 1;
        } else if (text[at] == ' ' || text[at] == '-' || text[at] == '/') {
            longest = std::max(longest, word);
            word = 0;
        } else {
            word += (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80; // UTF-8: count the lead bytes
        }
    }
    return std::max(longest, word);
}

double shareOf(std::size_t characters, double characterCm, double marginsCm)
{
    return characters == 0 ? 0.0 : (static_cast<double>(characters) * characterCm + marginsCm) / textWidthCm;
}

// The share each column needs for its longest body word (a whole number in a number column) and,
// with `headings`, for its own heading cells' longest word too (cells spanning one column).
std::vector<double> needs(const Table &table, bool headings)
{
    const Measure measure = measureOf(table);
    std::vector<double> need(table.columns.size(), 0.0);
    for (const TableRow &row : table.rows)
        for (std::size_t column = 0; column < row.cells.size() && column < need.size(); ++column) {
            const bool number = table.columns[column] == ColumnKind::Number;
            const std::size_t word = number ? characters(row.cells[column]) : longestWord(row.cells[column]);
            const std::size_t indent = column == 0 ? 2 * static_cast<std::size_t>(std::max(0, row.indent)) : 0;
            need[column] = std::max(need[column], shareOf(word + indent, number ? measure.number : measure.text, measure.margins));
        }
    if (headings)
        for (const auto &row : table.header) {
            std::size_t column = 0;
            for (const HeaderCell &cell : row) {
                if (cell.span == 1 && column < need.size())
                    need[column] = std::max(need[column], shareOf(longestWord(cell.text), measure.header, measure.margins));
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
// broken where they must (a table too wide for its page even in the small type).
void fitWords(const Table &table, std::vector<double> &shares)
{
    if (!fit(shares, needs(table, true)))
        fit(shares, needs(table, false));
}

} // namespace

TableType tableType(const Table &table)
{
    // Seed 001 §3.1 prints ten amount columns on A4 portrait: 6 pt throughout, so "-831 556",
    // "Budgetkostnader" and "funktionsnedsättning" stay whole; 7,5 pt from seven columns.
    if (table.columns.size() > manyColumns)
        return {12, 12, 40};
    if (table.columns.size() > 6)
        return {15, 14, 57};
    return {17, 14, 57};
}

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
