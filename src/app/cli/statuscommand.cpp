// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli status: the indicators of a period as the analysis decided them (the report and the
// Indikatorer tab show the same lines).
#include "commands.h"

#include "analysis/namndanalysis.h"
#include "core/svformat.h"
#include "io/csvwriter.h"
#include "storage/openstore.h"

#include <algorithm>
#include <charconv>

namespace Tertial::Cli {
namespace {

int fail(std::ostream &err, const std::string &message)
{
    err << "tertial-cli status: " << message << '\n';
    return 1;
}

// A value as reported: as few decimals as it has, decimal comma, no grouping ("0,8", "97").
std::string valueText(std::optional<double> value)
{
    if (!value)
        return {};
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, *value, std::chars_format::fixed);
    if (ec != std::errc())
        return {};
    std::string text(buffer, end);
    std::replace(text.begin(), text.end(), '.', ',');
    return text == "-0" ? "0" : text;
}

} // namespace

int runStatus(const Arguments &args, std::ostream &out, std::ostream &err)
{
    if (args.positional.size() != 1)
        return usage(err, "status", "ange exakt en databasfil");
    auto kommun = args.required("--kommun");
    auto namnd = args.required("--namnd");
    auto year = args.integer("--year", 2000, 2100);
    auto month = args.integer("--month", 1, 12);
    for (const Core::Error *e : {kommun ? nullptr : &kommun.error(), namnd ? nullptr : &namnd.error(),
                                 year ? nullptr : &year.error(), month ? nullptr : &month.error()})
        if (e)
            return usage(err, "status", e->message);

    auto store = Storage::openStore(args.positional[0]);
    if (!store)
        return fail(err, store.error().message);
    auto analysis = Analysis::analyse(**store, *kommun, *namnd, *year, *month);
    if (!analysis)
        return fail(err, analysis.error().message);
    const std::vector<Analysis::IndicatorLine> &lines = analysis->indicators();
    // A status the rule could not decide (a tolerance out of range) and nobody set by hand: the
    // contract has no code for it, so the command says which indicator and why.
    for (const Analysis::IndicatorLine &line : lines)
        if (!line.status)
            return fail(err, "indikatorn " + line.indicator.code + " (" + line.indicator.name + "): " + line.error);

    if (args.has("--csv")) {
        std::string csv;
        Io::appendCsvRecord(csv, {"indikator", "enhet", "utfall", "malvarde", "maltyp", "status", "manuell", "orsak"});
        for (const Analysis::IndicatorLine &line : lines) {
            const Storage::Indicator &i = line.indicator;
            Io::appendCsvRecord(csv, {i.name, i.unit, valueText(line.value), valueText(line.target),
                                      std::string(Core::targetKindCode(i.targetKind)),
                                      std::string(Core::statusCsvCode(*line.status)), line.override_ ? "ja" : "nej",
                                      line.override_ ? line.override_->reason : std::string()});
        }
        out << csv;
        return 0;
    }
    const std::string period = *month == 12 ? std::to_string(*year) : std::to_string(*year) + " t.o.m. månad " + std::to_string(*month);
    out << analysis->namnd().name << ", " << analysis->kommunName() << ", indikatorer " << period << '\n';
    if (lines.empty()) {
        out << "Nämnden har inga indikatorer.\n";
        return 0;
    }
    const std::vector<std::string> titles{"Indikator", "Enhet", "Utfall", "Målvärde", "Målsort", "Status"};
    std::vector<std::vector<std::string>> rows;
    for (const Analysis::IndicatorLine &line : lines) {
        const Storage::Indicator &i = line.indicator;
        std::string status(Core::statusLabel(*line.status));
        if (line.override_)
            status += " (satt för hand: " + line.override_->reason + ")";
        rows.push_back({i.name, i.unit, valueText(line.value), valueText(line.target),
                        std::string(Core::targetKindCode(i.targetKind)), status});
    }
    std::vector<std::size_t> widths;
    for (const std::string &title : titles)
        widths.push_back(displayWidth(title));
    for (const auto &row : rows)
        for (std::size_t c = 0; c + 1 < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    auto line = [&](const std::vector<std::string> &cells) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const bool number = c == 2 || c == 3;
            const std::string pad(c + 1 < cells.size() ? widths[c] - displayWidth(cells[c]) : 0, ' ');
            out << (c == 0 ? "" : "  ") << (number ? pad + cells[c] : cells[c] + pad);
        }
        out << '\n';
    };
    line(titles);
    for (const auto &row : rows)
        line(row);
    return 0;
}

} // namespace Tertial::Cli
