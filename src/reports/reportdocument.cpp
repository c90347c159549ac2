// SPDX-License-Identifier: GPL-3.0-or-later
// Report kinds and the canonical text dump used by the golden tests.
#include "reportdocument.h"

#include "headingnumbers.h"

#include <cmath>
#include <cstdio>

namespace Tertial::Reports {

std::string kindCode(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Month: return "manad";
    case ReportKind::Tertial: return "tertial";
    case ReportKind::Interim: return "delar";
    case ReportKind::Annual: return "ar";
    }
    return "manad";
}

bool parseKind(const std::string &code, ReportKind &kind)
{
    for (ReportKind candidate : {ReportKind::Month, ReportKind::Tertial, ReportKind::Interim, ReportKind::Annual}) {
        if (kindCode(candidate) == code) {
            kind = candidate;
            return true;
        }
    }
    return false;
}

std::string kindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Month: return "Månadsrapport";
    case ReportKind::Tertial: return "Tertialrapport";
    case ReportKind::Interim: return "Delårsrapport";
    case ReportKind::Annual: return "Årsredovisning";
    }
    return {};
}

namespace {

std::string paragraphTag(Paragraph::Kind kind)
{
    switch (kind) {
    case Paragraph::Kind::Body: return "P";
    case Paragraph::Kind::Lead: return "LEAD";
    case Paragraph::Kind::Comment: return "COMMENT";
    case Paragraph::Kind::Placeholder: return "PLACEHOLDER";
    case Paragraph::Kind::Note: return "NOTE";
    }
    return "P";
}

std::string rowTag(TableRow::Kind kind)
{
    switch (kind) {
    case TableRow::Kind::Normal: return "row";
    case TableRow::Kind::Subtotal: return "subtotal";
    case TableRow::Kind::Total: return "total";
    }
    return "row";
}

std::string columnCode(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Text: return "text";
    case ColumnKind::Number: return "number";
    case ColumnKind::Symbol: return "symbol";
    }
    return "text";
}

// Chart values with up to two decimals, a point as decimal sign: the dump is for machines.
std::string chartValue(double value)
{
    if (std::isnan(value))
        return "-";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

template<typename Container, typename Fn>
std::string joined(const Container &items, Fn fn)
{
    std::string text;
    bool first = true;
    for (const auto &item : items) {
        if (!first)
            text += " | ";
        first = false;
        text += fn(item);
    }
    return text;
}

} // namespace

std::string canonicalText(const ReportDocument &document)
{
    std::string out;
    out += "KIND " + kindCode(document.kind) + "\n";
    out += "COVER kommun: " + document.cover.kommun + "\n";
    out += "COVER nämnd: " + document.cover.namnd + "\n";
    out += "COVER titel: " + document.cover.title + "\n";
    out += "COVER period: " + document.cover.period + "\n";
    out += "COVER diarienummer: " + document.cover.diarienummer + "\n";
    const std::vector<std::string> numbers = headingNumbers(document, HeadingNumbering{});
    for (std::size_t index = 0; index < document.blocks.size(); ++index) {
        const Block &block = document.blocks[index];
        if (const auto *heading = std::get_if<Heading>(&block)) {
            out += "H" + std::to_string(heading->level) + " ";
            if (!numbers[index].empty())
                out += numbers[index] + " ";
            out += heading->text + "\n";
        } else if (const auto *paragraph = std::get_if<Paragraph>(&block)) {
            out += paragraphTag(paragraph->kind) + " " + paragraph->text + "\n";
        } else if (const auto *table = std::get_if<Table>(&block)) {
            out += "TABLE " + table->caption + "\n";
            out += "  columns: " + joined(table->columns, columnCode) + "\n";
            for (const auto &header : table->header)
                out += "  header: " + joined(header, [](const HeaderCell &cell) {
                           return cell.span > 1 ? cell.text + " {" + std::to_string(cell.span) + "}" : cell.text;
                       }) + "\n";
            for (const TableRow &row : table->rows)
                out += "  " + rowTag(row.kind) + std::string(static_cast<std::size_t>(row.indent) * 2 + 1, ' ') + ": "
                    + joined(row.cells, [](const std::string &cell) { return cell; }) + "\n";
        } else if (const auto *chart = std::get_if<ChartSlot>(&block)) {
            out += "CHART " + chart->id + " (" + (chart->kind == ChartSlot::Kind::Bars ? "bars" : chart->kind == ChartSlot::Kind::Lines ? "lines" : chart->kind == ChartSlot::Kind::Percent ? "percent" : "budget") + ") "
                + chart->title + "\n";
            out += "  alt: " + chart->altText + "\n";
            out += "  axis: " + chart->valueAxis + "\n";
            out += "  categories: " + joined(chart->categories, [](const std::string &c) { return c; }) + "\n";
            for (const ChartSeries &series : chart->series)
                out += "  series " + series.name + ": " + joined(series.values, chartValue) + "\n";
        }
    }
    return out;
}

} // namespace Tertial::Reports
