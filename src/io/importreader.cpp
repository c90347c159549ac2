// SPDX-License-Identifier: GPL-3.0-or-later
// Reading import files without a database: header recognition, row checks, checks across rows.
#include "importreader.h"

#include "csvreader.h"
#include "fileformat.h"
#include "recordparser.h"
#include "rowreader.h"

#include "core/kontoslag.h"
#include "core/svformat.h"

#include <algorithm>
#include <unordered_map>

namespace Tertial::Io {
namespace {

std::string joinColumns(const std::vector<std::string> &columns)
{
    std::string text;
    for (const std::string &c : columns)
        text += (text.empty() ? "'" : ", '") + c + "'";
    return text;
}

// The canonical amount text of an error message and of the export: kr, öre only when needed.
std::string kronor(Core::Money amount)
{
    const Core::NumberStyle style{Core::NumberStyle::Minus::Hyphen, Core::NumberStyle::Grouping::Space};
    return Core::formatAmount(amount, Core::AmountUnit::Kronor, style, amount.ore() % 100 == 0 ? 0 : 2) + " kr";
}

std::string where(const Storage::SourceRef &source)
{
    return source.file + ":" + std::to_string(source.line);
}

// A figure's key (kommun, nämnd, verksamhet, kontoslag, year, month, measure) as views into its row.
struct FigureKeyView
{
    std::string_view kommun, namnd, path, kontoslag;
    int year, month;
    Storage::Measure measure;
    bool operator==(const FigureKeyView &) const = default;
};

struct FigureKeyHash
{
    std::size_t operator()(const FigureKeyView &key) const noexcept
    {
        const std::hash<std::string_view> text;
        std::size_t h = text(key.path);
        for (const std::string_view part : {key.kommun, key.namnd, key.kontoslag})
            h = h * 31 + text(part);
        return ((h * 31 + static_cast<std::size_t>(key.year)) * 31 + static_cast<std::size_t>(key.month)) * 31 +
               static_cast<std::size_t>(key.measure);
    }
};

FigureKeyView keyOf(const Storage::FigureRow &row, Storage::Measure measure)
{
    return {row.namnd.kommun, row.namnd.namnd, row.path, row.kontoslag, row.year, row.month.value_or(0), measure};
}

} // namespace

ImportReader::ImportReader(CodeSet kontoslag) : m_kontoslag(std::move(kontoslag)) {}

CodeSet ImportReader::standardKontoslag()
{
    CodeSet codes;
    for (const Core::Kontoslag k : Core::allKontoslag)
        codes.emplace(Core::kontoslagCode(k));
    return codes;
}

void ImportReader::addText(const std::string &fileName, std::string_view bytes)
{
    CsvReader reader(fileName, bytes);
    const std::string figureHeader = headerText(fileFormat(FileKind::Figures));
    if (reader.isEmpty()) {
        m_problems.push_back(fileName + ":1: rubrik: filen är tom, förväntade en rubrikrad (" + figureHeader +
                             " för en sifferfil, eller ett register ur docs/formats.md)");
        return;
    }
    if (!reader.problems().empty()) {
        // Wrong encoding: every later complaint would be a consequence of it.
        m_problems.insert(m_problems.end(), reader.problems().begin(), reader.problems().end());
        return;
    }
    CsvRecord header;
    reader.next(header);

    // Recognise the kind: the format sharing the most columns with the header.
    const FileFormat *best = nullptr;
    std::size_t bestOverlap = 0;
    for (const FileFormat &format : fileFormats()) {
        std::size_t overlap = 0;
        for (const std::string &column : header.fields)
            if (std::ranges::find(format.required, column) != format.required.end() ||
                std::ranges::find(format.optional, column) != format.optional.end())
                ++overlap;
        // Ties go to the format whose required columns are all present.
        if (overlap > bestOverlap) {
            best = &format;
            bestOverlap = overlap;
        }
    }
    const std::string headerLine = fileName + ":" + std::to_string(header.line) + ": rubrik: ";
    if (!best) {
        std::string seen;
        for (const std::string &f : header.fields)
            seen += (seen.empty() ? "" : ";") + f;
        m_problems.push_back(headerLine + "okänd rubrik '" + seen + "', förväntade " + figureHeader +
                             " för en sifferfil, eller ett register ur docs/formats.md");
        return;
    }
    std::vector<std::string> missing;
    for (const std::string &column : best->required)
        if (std::ranges::find(header.fields, column) == header.fields.end())
            missing.push_back(column);
    std::vector<std::string> unknown;
    RowReader::Columns columns;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const std::string &column = header.fields[i];
        if (std::ranges::find(best->required, column) == best->required.end() &&
            std::ranges::find(best->optional, column) == best->optional.end())
            unknown.push_back(column);
        else if (!columns.emplace(column, i).second)
            m_problems.push_back(headerLine + "kolumnen '" + column + "' finns två gånger, förväntade den en gång");
    }
    if (!missing.empty())
        m_problems.push_back(headerLine + (missing.size() == 1 ? "kolumnen " : "kolumnerna ") + joinColumns(missing) +
                             (missing.size() == 1 ? " saknas" : " saknas") + ", förväntade rubriken " +
                             headerText(*best) + " (" + std::string(best->name) + ")");
    if (!unknown.empty())
        m_problems.push_back(headerLine + (unknown.size() == 1 ? "kolumnen " : "kolumnerna ") + joinColumns(unknown) +
                             " är okänd" + (unknown.size() == 1 ? "" : "a") + ", förväntade rubriken " +
                             headerText(*best) + " (" + std::string(best->name) + ")");
    if (!missing.empty() || !unknown.empty())
        return;

    // Roughly one figure per 60 bytes: saves the vector's repeated moves on a large file.
    if (best->kind == FileKind::Figures)
        m_batch.figures.reserve(m_batch.figures.size() + bytes.size() / 60);
    CsvRecord record;
    while (reader.next(record)) {
        if (record.fields.size() != header.fields.size()) {
            const std::size_t count = record.fields.size();
            const std::string column = header.fields[std::min(count, header.fields.size() - 1)];
            std::string message = fileName + ":" + std::to_string(record.line) + ": " + column + ": raden har " +
                                  std::to_string(count) + " fält";
            if (!record.endsWithNewline && count < header.fields.size())
                message += " och slutar utan radbrytning (filen verkar avbruten mitt i en rad)";
            m_problems.push_back(message + ", förväntade " + std::to_string(header.fields.size()) +
                                 " fält som rubriken");
            continue;
        }
        RowReader row(fileName, columns, record, m_problems);
        parseRecord(best->kind, row, fileName, m_kontoslag, m_batch);
    }
    // A problem the reader found while reading rows (an unclosed quote).
    m_problems.insert(m_problems.end(), reader.problems().begin(), reader.problems().end());
}

void ImportReader::checkAcrossRows()
{
    // Duplicate keys, naming both lines; and netto against intäkter + kostnader. The keys are views
    // into the batch's rows, which outlive the check: no string is copied per row.
    std::unordered_map<FigureKeyView, const Storage::FigureRow *, FigureKeyHash> seen;
    seen.reserve(m_batch.figures.size());
    for (const Storage::FigureRow &row : m_batch.figures) {
        auto [it, inserted] = seen.emplace(keyOf(row, row.measure), &row);
        if (!inserted)
            m_problems.push_back(where(row.source) + ": mått: samma nyckel (kommun, nämnd, verksamhet, år, månad, mått, "
                                                     "kontoslag) som rad " + where(it->second->source) +
                                 ", förväntade varje nyckel en gång");
    }
    auto find = [&](const Storage::FigureRow &row, Storage::Measure measure) -> const Storage::FigureRow * {
        auto it = seen.find(keyOf(row, measure));
        return it == seen.end() ? nullptr : it->second;
    };
    for (const Storage::FigureRow &row : m_batch.figures) {
        if (row.measure != Storage::Measure::Budget || find(row, row.measure) != &row)
            continue;
        const auto *income = find(row, Storage::Measure::BudgetIncome);
        const auto *cost = find(row, Storage::Measure::BudgetCost);
        if (!income || !cost)
            continue;
        const Core::Money sum = income->amount + cost->amount;
        if (sum != row.amount)
            m_problems.push_back(where(row.source) + ": belopp: budget " + kronor(row.amount) +
                                 " stämmer inte med budget_intakter + budget_kostnader = " + kronor(sum) + " (rad " +
                                 where(income->source) + " och " + where(cost->source) +
                                 "), förväntade att budgeten är summan av intäkter och kostnader");
    }
    for (const Storage::FigureRow &row : m_batch.figures) {
        if (row.measure != Storage::Measure::ActualNet || find(row, row.measure) != &row)
            continue;
        const auto *income = find(row, Storage::Measure::ActualIncome);
        const auto *cost = find(row, Storage::Measure::ActualCost);
        if (!income || !cost)
            continue;
        const Core::Money sum = income->amount + cost->amount;
        if (sum != row.amount)
            m_problems.push_back(where(row.source) + ": belopp: utfall_netto " + kronor(row.amount) +
                                 " stämmer inte med utfall_intakter + utfall_kostnader = " + kronor(sum) + " (rad " +
                                 where(income->source) + " och " + where(cost->source) +
                                 "), förväntade att netto är summan av intäkter och kostnader");
    }
}


} // namespace Tertial::Io
