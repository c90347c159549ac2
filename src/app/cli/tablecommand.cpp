// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli table: prints the economic table (or the kontoslag table) of the nämnd's analysis
// (src/analysis), the same numbers the workbench, the drafts and the charts show.
#include "commands.h"

#include "analysis/namndanalysis.h"
#include "storage/openstore.h"
#include "xlsxout/tablexlsx.h"

#include "core/economictable.h"
#include "core/svformat.h"

#include <algorithm>
#include <array>
#include <map>

namespace Tertial::Cli {
namespace {

using Core::Money;

int fail(std::ostream &err, const std::string &message)
{
    err << "tertial-cli: " << message << '\n';
    return 1;
}

struct Column
{
    const char *csvName;
    const char *title;
};

constexpr std::array<Column, 12> valueColumns = {{
    {"utfall_intakter", "Utfall intäkter"},
    {"utfall_kostnader", "Utfall kostnader"},
    {"utfall_netto", "Utfall netto"},
    {"budget_period", "Periodens budget"},
    {"budgetavvikelse", "Budgetavvikelse"},
    {"avvikelse_procent", "Avvikelse %"},
    {"budget", "Budget helår"},
    {"prognos", "Prognos helår"},
    {"prognosavvikelse", "Prognosavvikelse"},
    {"utfall_netto_fg_ar", "Utfall fg år"},
    {"bokslut_fg_ar", "Bokslut fg år"},
    {"forandring", "Förändring"},
}};

// The kontoslag table (--by kontoslag): one row per kontoslag, the contract of docs/formats.md.
constexpr std::array<const char *, 9> kontoslagColumns = {
    "utfall_netto", "budget_period", "budgetavvikelse", "budget", "prognos", "prognosavvikelse",
    "utfall_netto_fg_ar", "bokslut_fg_ar", "forandring"};

std::vector<std::optional<Money>> amounts(const Core::EconomicValues &v, const std::optional<Money> &closing)
{
    return {v.actualIncome, v.actualCost, v.actualNet, v.budgetPeriod, v.budgetDeviation, std::nullopt,
            v.budgetYear, v.forecast, v.forecastDeviation, v.previousYearActualNet, closing, v.change};
}

std::vector<std::string> cells(const Core::EconomicValues &v, const std::optional<Money> &closing,
                               Core::AmountUnit unit, const Core::NumberStyle &style)
{
    std::vector<std::string> text;
    for (const auto &m : amounts(v, closing))
        text.push_back(m ? Core::formatAmount(*m, unit, style) : std::string());
    text[5] = v.deviationPercent ? Core::formatNumber(*v.deviationPercent * 100.0, 1, style) : std::string();
    return text;
}

// The kontoslag table's row code: the kontoslag's code, the groups "intakter" and "kostnader",
// the total "summa".
std::string kontoslagRowCode(Core::NodeId id)
{
    if (id == Core::kontoslagIncomeGroupId)
        return "intakter";
    if (id == Core::kontoslagCostGroupId)
        return "kostnader";
    for (Core::Kontoslag k : Core::allKontoslag)
        if (Core::kontoslagRowId(k) == id)
            return std::string(Core::kontoslagCode(k));
    return "summa";
}

} // namespace

int runTable(const Arguments &args, std::ostream &out, std::ostream &err)
{
    if (args.positional.size() != 1)
        return usage(err, "table", "ange exakt en databasfil");
    auto kommun = args.required("--kommun");
    auto namnd = args.required("--namnd");
    auto year = args.integer("--year", 2000, 2100);
    auto month = args.integer("--month", 1, 12);
    for (const Core::Error *e : {kommun ? nullptr : &kommun.error(), namnd ? nullptr : &namnd.error(),
                                 year ? nullptr : &year.error(), month ? nullptr : &month.error()})
        if (e)
            return usage(err, "table", e->message);
    const auto unit = Core::unitFromCode(args.option("--unit").value_or("tkr"));
    if (!unit)
        return usage(err, "table", "--unit '" + *args.option("--unit") + "': förväntade kr, tkr eller mnkr");

    auto store = Storage::openStore(args.positional[0]);
    if (!store)
        return fail(err, store.error().message);
    auto analysis = Analysis::analyse(**store, *kommun, *namnd, *year, *month);
    if (!analysis)
        return fail(err, analysis.error().message);

    const std::string by = args.option("--by").value_or("verksamhet");
    if (by != "verksamhet" && by != "kontoslag")
        return usage(err, "table", "--by '" + by + "': förväntade verksamhet eller kontoslag");
    const bool byKontoslag = by == "kontoslag";
    std::optional<Core::NodeId> root;
    if (auto path = args.option("--verksamhet")) {
        if (!byKontoslag)
            return usage(err, "table", "--verksamhet gäller bara --by kontoslag");
        root = analysis->findPath(*path);
        if (!root)
            return fail(err, "--verksamhet: '" + *path + "' finns inte i nämnden " + *namnd +
                                 ", förväntade en sökväg som 'Vård och behandling'");
    }
    // The table: per verksamhet, or per kontoslag (the nämnd's own kontoslag figures where it has
    // them, seed 003's Driftredovisning; else the verksamheter's, rolled up); and the year before
    // as of december for bokslut föregående år. All of them the analysis's.
    std::optional<Core::EconomicTable> kontoslag;
    std::optional<Core::EconomicTable> lastKontoslag;
    if (byKontoslag) {
        auto now = root ? analysis->kontoslagTable(*root) : analysis->kontoslagTable();
        if (!now)
            return fail(err, now.error().message);
        if (!*now)
            return fail(err, "nämnden " + *namnd + " har inga siffror per kontoslag " + std::to_string(*year) +
                                 (root ? " under '" + *args.option("--verksamhet") + "'" : std::string()));
        kontoslag = std::move(**now);
        auto last = analysis->lastYearKontoslagTable(root);
        if (!last)
            return fail(err, last.error().message);
        lastKontoslag = std::move(*last);
    }
    const Core::EconomicTable *table = byKontoslag ? &*kontoslag : &analysis->table();
    const Core::EconomicTable *last = byKontoslag ? (lastKontoslag ? &*lastKontoslag : nullptr)
                                                  : &analysis->lastYearTableOf(12);
    // Bokslut föregående år: last year's utfall for the whole year, row by row.
    std::map<Core::NodeId, Money> closing;
    std::optional<Money> closingTotal;
    if (last) {
        for (const Core::EconomicRow &row : last->rows)
            if (row.values.actualNet)
                closing[row.id] = *row.values.actualNet;
        closingTotal = last->total.values.actualNet;
    }
    auto closingOf = [&](const Core::EconomicRow &row) -> std::optional<Money> {
        if (&row == &table->total)
            return closingTotal;
        const auto it = closing.find(row.id);
        return it == closing.end() ? std::nullopt : std::optional(it->second);
    };

    // The columns shown: all twelve per verksamhet, nine per kontoslag (docs/formats.md).
    std::vector<std::size_t> shown;
    for (std::size_t i = 0; i < valueColumns.size(); ++i)
        if (!byKontoslag || std::ranges::find_if(kontoslagColumns, [&](const char *c) {
                                return std::string_view(c) == valueColumns[i].csvName;
                            }) != kontoslagColumns.end())
            shown.push_back(i);

    const bool csv = args.has("--csv");
    // CSV for Excel: no thousands separator; for a person: sv-SE with a space between thousands.
    const Core::NumberStyle style{Core::NumberStyle::Minus::Hyphen,
                                  csv ? Core::NumberStyle::Grouping::None : Core::NumberStyle::Grouping::Space};
    struct Line
    {
        const Core::EconomicRow *row;
        std::vector<std::string> fields; // name, niva (per verksamhet), the shown values
    };
    std::vector<Line> lines;
    auto addRow = [&](const Core::EconomicRow &row) {
        // A verksamhet without any figure this year or the year before (one that did not exist
        // yet) is left out, as the reports leave it out: the analysis's one rule.
        if (row.id != 0 && !byKontoslag && !analysis->listed().contains(row.id))
            return;
        const std::vector<std::string> all = cells(row.values, closingOf(row), *unit, style);
        std::vector<std::string> values;
        for (std::size_t i : shown)
            values.push_back(all[i]);
        std::vector<std::string> fields;
        if (byKontoslag)
            fields.push_back(csv ? kontoslagRowCode(row.id) : row.name);
        else {
            fields.push_back(csv ? row.name : std::string(2 * std::max(row.depth - 1, 0), ' ') + row.name);
            fields.push_back(std::to_string(row.depth));
        }
        for (std::string &cell : values)
            fields.push_back(std::move(cell));
        lines.push_back({&row, std::move(fields)});
    };
    for (const Core::EconomicRow &row : table->rows)
        addRow(row);
    addRow(table->total);

    if (auto xlsx = args.option("--xlsx")) {
        // Numbers as numbers in the unit (exact, shown rounded by the cell format), bold groups
        // and total, the header frozen.
        XlsxOut::TableSheet sheet;
        sheet.name = byKontoslag ? "Kontoslag" : "Ekonomi";
        sheet.title = analysis->namnd().name + " " + *kommun + ", " + std::to_string(*year) + " t.o.m. månad " +
                      std::to_string(*month) + ", " + std::string(Core::unitCode(*unit));
        sheet.header.push_back(byKontoslag ? "Kontoslag" : "Verksamhet");
        for (std::size_t i : shown)
            sheet.header.emplace_back(valueColumns[i].title);
        const double divisor = static_cast<double>(Core::orePerUnit(*unit));
        const int decimals = Core::defaultDecimals(*unit);
        for (const Line &line : lines) {
            const auto values = amounts(line.row->values, closingOf(*line.row));
            std::vector<XlsxOut::TableCell> row;
            row.push_back(XlsxOut::TableCell{std::nullopt, line.row->name, 0, false});
            for (std::size_t i : shown) {
                XlsxOut::TableCell cell;
                if (i == 5) {
                    if (line.row->values.deviationPercent)
                        cell = XlsxOut::TableCell{*line.row->values.deviationPercent * 100.0, {}, 1, true};
                } else if (values[i]) {
                    cell = XlsxOut::TableCell{static_cast<double>(values[i]->ore()) / divisor, {}, decimals, false};
                }
                row.push_back(std::move(cell));
            }
            sheet.rows.push_back(std::move(row));
            sheet.bold.push_back(line.row->id == 0 || (byKontoslag && (line.row->id == Core::kontoslagIncomeGroupId ||
                                                                       line.row->id == Core::kontoslagCostGroupId)));
            sheet.indent.push_back(byKontoslag ? (line.row->depth > 1 ? 1 : 0) : std::max(line.row->depth - 1, 0));
        }
        if (auto ok = XlsxOut::writeTables(*xlsx, {sheet}); !ok)
            return fail(err, ok.error().message);
        if (!csv)
            return 0;
    }

    if (csv) {
        out << (byKontoslag ? "kontoslag" : "verksamhet;niva");
        for (std::size_t i : shown)
            out << ';' << valueColumns[i].csvName;
        out << '\n';
        for (const Line &line : lines) {
            const auto &fields = line.fields;
            for (std::size_t i = 0; i < fields.size(); ++i) {
                const std::string &f = fields[i];
                const bool quote = f.find_first_of(";\"") != std::string::npos;
                if (i > 0)
                    out << ';';
                if (!quote) {
                    out << f;
                    continue;
                }
                out << '"';
                for (char c : f)
                    out << (c == '"' ? "\"\"" : std::string(1, c));
                out << '"';
            }
            out << '\n';
        }
        return 0;
    }
    // For a person: the niva column is the indentation, so it is left out.
    const std::size_t skip = byKontoslag ? 0 : 1;
    std::vector<std::string> titles{std::string(byKontoslag ? "Kontoslag, " : "Verksamhet, ") +
                                    std::string(Core::unitCode(*unit))};
    for (std::size_t i : shown)
        titles.emplace_back(valueColumns[i].title);
    auto fieldOf = [&](const std::vector<std::string> &fields, std::size_t i) -> const std::string & {
        return fields[i == 0 ? 0 : i + skip];
    };
    std::vector<std::size_t> widths(titles.size());
    for (std::size_t i = 0; i < titles.size(); ++i)
        widths[i] = displayWidth(titles[i]);
    for (const Line &line : lines)
        for (std::size_t i = 0; i < titles.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(fieldOf(line.fields, i)));
    auto print = [&](const std::vector<std::string> &fields, bool header) {
        for (std::size_t i = 0; i < titles.size(); ++i) {
            const std::string &f = header ? fields[i] : fieldOf(fields, i);
            const std::string pad(widths[i] - displayWidth(f), ' ');
            out << (i == 0 ? "" : "  ") << (i == 0 ? f + pad : pad + f);
        }
        out << '\n';
    };
    out << *namnd << " " << *kommun << ", " << *year << " t.o.m. månad " << *month << '\n';
    print(titles, true);
    for (const Line &line : lines)
        print(line.fields, false);
    return 0;
}

} // namespace Tertial::Cli
