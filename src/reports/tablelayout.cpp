// SPDX-License-Identifier: GPL-3.0-or-later
// Column widths of a report table.
#include "tablelayout.h"

#include <algorithm>
#include <numeric>

namespace Tertial::Reports {

namespace {

// A header word in 7 pt bold sans (the renderers' table heading) takes about 0,155 cm a
// character, plus the cell's margins; the text width of an A4 page with the templates' margins is
// about 17 cm. Shares below these would break a word inside ("ackumulera|t aug").
constexpr double headerCharacterCm = 0.155;
constexpr double cellMarginsCm = 0.45;
constexpr double textWidthCm = 17.0;

std::size_t characters(std::string_view text)
{
    std::size_t count = 0;
    for (const char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80; // UTF-8: count the lead bytes
    return count;
}

// The longest word of each column's own header cells (cells spanning one column), in characters.
std::vector<std::size_t> longestHeaderWords(const Table &table)
{
    std::vector<std::size_t> longest(table.columns.size(), 0);
    for (const auto &row : table.header) {
        std::size_t column = 0;
        for (const HeaderCell &cell : row) {
            if (cell.span == 1 && column < longest.size()) {
                std::size_t start = 0;
                while (start <= cell.text.size()) {
                    std::size_t end = cell.text.find_first_of(" -/", start);
                    if (end == std::string::npos)
                        end = cell.text.size();
                    longest[column] = std::max(longest[column], characters(std::string_view(cell.text).substr(start, end - start)));
                    start = end + 1;
                }
            }
            column += static_cast<std::size_t>(std::max(1, cell.span));
        }
    }
    return longest;
}

// Raises every column below the share its longest header word needs, taking the difference from
// the columns above their own need in proportion to their slack. When the needs alone exceed the
// page, nothing fits and the shares stay as they were.
void fitHeaderWords(const Table &table, std::vector<double> &shares)
{
    const std::vector<std::size_t> words = longestHeaderWords(table);
    std::vector<double> need(shares.size(), 0.0);
    for (std::size_t i = 0; i < shares.size() && i < words.size(); ++i)
        if (words[i] > 0)
            need[i] = (static_cast<double>(words[i]) * headerCharacterCm + cellMarginsCm) / textWidthCm;
    double missing = 0.0, slack = 0.0;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        missing += std::max(0.0, need[i] - shares[i]);
        slack += std::max(0.0, shares[i] - need[i]);
    }
    if (missing <= 0.0 || slack < missing)
        return;
    const double take = missing / slack;
    for (std::size_t i = 0; i < shares.size(); ++i)
        shares[i] = shares[i] < need[i] ? need[i] : shares[i] - (shares[i] - need[i]) * take;
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
    fitHeaderWords(table, weights);
    return weights;
}

} // namespace Tertial::Reports
