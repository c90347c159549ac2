// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli table: loads a nämnd's figures, lets the core build the economic table, prints it.
#include "commands.h"

#include "storage/enteredfiguresloader.h"
#include "storage/openstore.h"

#include "core/economictable.h"
#include "core/svformat.h"

#include <algorithm>
#include <array>
#include <map>
#include <sstream>

namespace Tertial::Cli {
namespace {

using Core::Money;

int fail(std::ostream &err, const std::string &message)
{
    err << "tertial-cli: " << message << '\n';
    return 1;
}

// The stored periodisering text as the core's profile; "linjär" is the default and inherits.
Core::Result<std::optional<Core::PeriodizationProfile>> profileOf(const Storage::Verksamhet &v)
{
    if (v.periodisation.empty() || v.periodisation == "linjär")
        return std::optional<Core::PeriodizationProfile>();
    if (v.periodisation == "dagar")
        return std::optional<Core::PeriodizationProfile>(Core::PeriodizationProfile::byDays());
    std::array<double, 12> weights{};
    std::istringstream in(v.periodisation);
    std::string word;
    std::size_t count = 0;
    while (in >> word) {
        if (count == 12)
            break;
        std::replace(word.begin(), word.end(), ',', '.');
        weights[count++] = std::stod(word);
    }
    if (count != 12)
        return Core::fail(Core::ErrorCode::InvalidInput,
                          v.path + ": periodiseringen '" + v.periodisation + "' har inte tolv vikter");
    auto profile = Core::PeriodizationProfile::weightedDecimal(weights);
    if (!profile)
        return std::unexpected(profile.error());
    return std::optional<Core::PeriodizationProfile>(*profile);
}

struct Column
{
    const char *csvName;
    const char *title;
};

constexpr std::array<Column, 11> valueColumns = {{
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
    {"forandring", "Förändring"},
}};

std::vector<std::string> cells(const Core::EconomicValues &v, Core::AmountUnit unit, const Core::NumberStyle &style)
{
    auto amount = [&](const std::optional<Money> &m) {
        return m ? Core::formatAmount(*m, unit, style) : std::string();
    };
    return {amount(v.actualIncome),
            amount(v.actualCost),
            amount(v.actualNet),
            amount(v.budgetPeriod),
            amount(v.budgetDeviation),
            v.deviationPercent ? Core::formatNumber(*v.deviationPercent * 100.0, 1, style) : std::string(),
            amount(v.budgetYear),
            amount(v.forecast),
            amount(v.forecastDeviation),
            amount(v.previousYearActualNet),
            amount(v.change)};
}

// Characters, not bytes: Swedish letters are two bytes in UTF-8.
std::size_t displayWidth(const std::string &text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(),
                                                  [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
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
    auto found = (*store)->findNamnd(*kommun, *namnd);
    if (!found)
        return fail(err, found.error().message);
    if (!*found)
        return fail(err, "nämnden " + *namnd + " finns inte i kommun " + *kommun);
    auto verksamheter = (*store)->verksamheter((*found)->id);
    if (!verksamheter)
        return fail(err, verksamheter.error().message);
    auto figures = Storage::loadEnteredFigures(**store, (*found)->id, {*year, *month, std::nullopt});
    if (!figures)
        return fail(err, figures.error().message);

    std::vector<Core::VerksamhetNode> nodes;
    for (const Storage::Verksamhet &v : *verksamheter) {
        auto profile = profileOf(v);
        if (!profile)
            return fail(err, profile.error().message);
        nodes.push_back(Core::VerksamhetNode{v.id, v.parentId, v.name, v.order, v.memo, *profile});
    }
    auto tree = Core::VerksamhetTree::build(std::move(nodes));
    if (!tree)
        return fail(err, tree.error().message);
    auto table = Core::buildEconomicTable(*tree, *figures, *year, *month, Core::EconomicTableOptions{});
    if (!table)
        return fail(err, table.error().message);

    std::vector<std::vector<std::string>> rows;
    const bool csv = args.has("--csv");
    // CSV for Excel: no thousands separator; for a person: sv-SE with a space between thousands.
    const Core::NumberStyle style{Core::NumberStyle::Minus::Hyphen,
                                  csv ? Core::NumberStyle::Grouping::None : Core::NumberStyle::Grouping::Space};
    auto addRow = [&](const Core::EconomicRow &row) {
        // A verksamhet without any value this period (one that did not exist yet, or has no
        // figures this year) is left out, as the reports leave it out.
        std::vector<std::string> values = cells(row.values, *unit, style);
        if (row.id != 0 && std::ranges::all_of(values, [](const std::string &v) { return v.empty(); }))
            return;
        std::vector<std::string> fields{csv ? row.name : std::string(2 * std::max(row.depth - 1, 0), ' ') + row.name,
                                        std::to_string(row.depth)};
        for (std::string &cell : values)
            fields.push_back(std::move(cell));
        rows.push_back(std::move(fields));
    };
    for (const Core::EconomicRow &row : table->rows)
        addRow(row);
    addRow(table->total);

    if (csv) {
        out << "verksamhet;niva";
        for (const Column &c : valueColumns)
            out << ';' << c.csvName;
        out << '\n';
        for (const auto &fields : rows) {
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
    std::vector<std::string> titles{"Verksamhet, " + std::string(Core::unitCode(*unit))};
    for (const Column &c : valueColumns)
        titles.emplace_back(c.title);
    std::vector<std::size_t> widths(titles.size());
    for (std::size_t i = 0; i < titles.size(); ++i)
        widths[i] = displayWidth(titles[i]);
    for (const auto &fields : rows)
        for (std::size_t i = 0; i < titles.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(fields[i == 0 ? 0 : i + 1]));
    auto line = [&](const std::vector<std::string> &fields, bool header) {
        for (std::size_t i = 0; i < titles.size(); ++i) {
            const std::string &f = header ? fields[i] : fields[i == 0 ? 0 : i + 1];
            const std::string pad(widths[i] - displayWidth(f), ' ');
            out << (i == 0 ? "" : "  ") << (i == 0 ? f + pad : pad + f);
        }
        out << '\n';
    };
    out << *namnd << " " << *kommun << ", " << *year << " t.o.m. månad " << *month << '\n';
    line(titles, true);
    for (const auto &fields : rows)
        line(fields, false);
    return 0;
}

} // namespace Tertial::Cli
