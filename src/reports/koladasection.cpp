// SPDX-License-Identifier: GPL-3.0-or-later
// The report's Kolada comparisons, cut from the comparison grids; no figure is computed here.
#include "koladasection.h"

#include "core/comparisonsentence.h"
#include "core/svformat.h"

#include <algorithm>
#include <cmath>

namespace Tertial::Reports::Sections {

namespace {

using Analysis::GridRow;
using Analysis::GridRowKind;

// The decimals a Kolada figure was published with (at most two).
int publishedDecimals(double value)
{
    for (int decimals = 0; decimals < 2; ++decimals) {
        const double scaled = value * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::abs(scaled)))
            return decimals;
    }
    return 2;
}

// One count of decimals for the whole table, the most any published figure has (seed 000 §4:
// whole kronor and dagar; "0,7" procent beside "7,0"); Tertial's means are rounded to it for display.
int tableDecimals(const Analysis::ComparisonGrid &grid)
{
    int decimals = 0;
    for (const GridRow &row : grid.rows)
        if (!row.derived)
            for (const auto &[year, value] : row.values)
                decimals = std::max(decimals, publishedDecimals(value));
    return decimals;
}

// Seed 000 §4's order: the kommun, the other kommuner by name, the län, alla kommuner, Riket,
// then the groups.
int order(const GridRow &row, const std::string &kommun)
{
    switch (row.kind) {
    case GridRowKind::Kommun: return row.id == kommun ? 0 : 1;
    case GridRowKind::Lan: return 2;
    case GridRowKind::Alla: return 3;
    case GridRowKind::Riket: return 4;
    case GridRowKind::KoladaGroup: return 5;
    case GridRowKind::OwnGroup: return 6;
    }
    return 7;
}

Table comparisonTable(const Analysis::KpiComparison &comparison, const std::string &kommun)
{
    const auto &grid = comparison.grid;
    Table table;
    table.caption = comparison.title;
    std::vector<HeaderCell> header{{"Kommun / grupp", 1}};
    table.columns = {ColumnKind::Text};
    for (int year : grid.years) {
        header.push_back({std::to_string(year), 1});
        table.columns.push_back(ColumnKind::Number);
    }
    header.push_back({"Rang " + std::to_string(comparison.rankYear), 1});
    table.columns.push_back(ColumnKind::Number);
    table.header.push_back(std::move(header));

    const int decimals = tableDecimals(grid);
    std::vector<const GridRow *> rows;
    for (const GridRow &row : grid.rows)
        rows.push_back(&row);
    std::stable_sort(rows.begin(), rows.end(), [&](const GridRow *a, const GridRow *b) {
        const int oa = order(*a, kommun), ob = order(*b, kommun);
        return oa != ob ? oa < ob : (oa == 1 && a->title < b->title);
    });
    for (const GridRow *row : rows) {
        TableRow line;
        line.cells.push_back(Analysis::gridRowLabel(*row));
        for (int year : grid.years) {
            const auto found = row->values.find(year);
            line.cells.push_back(found == row->values.end() ? std::string() : Core::formatNumber(found->second, decimals));
        }
        line.cells.push_back(row->ranked ? std::to_string(row->ranked->rank) + " av " + std::to_string(grid.ranking.count)
                                         : std::string());
        line.kind = row->kind == GridRowKind::Kommun && row->id == kommun ? TableRow::Kind::Subtotal : TableRow::Kind::Normal;
        table.rows.push_back(std::move(line));
    }
    return table;
}

} // namespace

void koladaComparison(Writer &out, const ReportData &data, int level)
{
    if (data.comparisons.empty()) {
        out.placeholder("jämförelser med andra kommuner (Kolada-data för kommunen finns inte i databasen)");
        return;
    }
    std::string area;
    std::string fetchedAt;
    bool derived = false;
    for (const Analysis::KpiComparison &comparison : data.comparisons) {
        if (!comparison.area.empty() && comparison.area != area) {
            area = comparison.area;
            out.unnumbered(level, area);
        }
        out.add(comparisonTable(comparison, data.request.kommun));
        if (const auto &standing = comparison.grid.standing) {
            std::string text = Core::quartileSentence(*standing);
            if (const std::string topTen = Core::topTenSentence(*standing); !topTen.empty())
                text += (text.empty() ? "" : " ") + topTen;
            if (!text.empty())
                out.paragraph(text);
        }
        fetchedAt = std::max(fetchedAt, comparison.grid.fetchedAt);
        derived = derived || std::any_of(comparison.grid.rows.begin(), comparison.grid.rows.end(),
                                         [](const GridRow &row) { return row.derived; });
    }
    std::string note = "Källa: Kolada" + (fetchedAt.empty() ? std::string() : " (hämtad " + fetchedAt + ")") +
                       ". Rang och kvartil är Tertials beräkning bland kommunerna med värde";
    if (derived)
        note += "; medel utan Koladas egen siffra är Tertials ovägda medel över medlemmarna med värde";
    out.paragraph(note + ".", Paragraph::Kind::Note);
}

} // namespace Tertial::Reports::Sections
