// SPDX-License-Identifier: GPL-3.0-or-later
#include "nettocheck.h"

#include "core/svformat.h"

#include <array>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace Tertial::Io {
namespace {

using Storage::Measure;

std::string kronor(Core::Money amount)
{
    const Core::NumberStyle style{Core::NumberStyle::Minus::Hyphen, Core::NumberStyle::Grouping::Space};
    return Core::formatAmount(amount, Core::AmountUnit::Kronor, style, amount.ore() % 100 == 0 ? 0 : 2) + " kr";
}

bool isActual(Measure m) { return m == Measure::ActualIncome || m == Measure::ActualCost || m == Measure::ActualNet; }

int slot(Measure m) { return m == Measure::ActualIncome ? 0 : m == Measure::ActualCost ? 1 : 2; }

// One figure of the three: from the file (its row) or stored.
struct Part
{
    std::optional<Core::Money> amount;
    const Storage::FigureRow *row = nullptr;
};

// verksamhet path, kontoslag, month
using Key = std::tuple<std::string, std::string, std::optional<int>>;

} // namespace

std::vector<std::string> nettoAgainstStored(Storage::Store &store, const Storage::ImportBatch &batch)
{
    // The file's utfall figures per nämnd-year.
    std::map<std::tuple<std::string, std::string, int>, std::vector<const Storage::FigureRow *>> groups;
    for (const Storage::FigureRow &row : batch.figures)
        if (isActual(row.measure))
            groups[{row.namnd.kommun, row.namnd.namnd, row.year}].push_back(&row);

    std::vector<std::string> problems;
    for (const auto &[group, rows] : groups) {
        const auto &[kommun, namndCode, year] = group;
        auto namnd = store.findNamnd(kommun, namndCode);
        if (!namnd || !*namnd)
            continue; // a new nämnd has nothing stored
        auto verksamheter = store.verksamheter((*namnd)->id);
        auto stored = store.figures((*namnd)->id, year);
        if (!verksamheter || !stored)
            continue; // the write reports a database that cannot be read
        std::unordered_map<Storage::Id, const std::string *> pathOf;
        for (const Storage::Verksamhet &v : *verksamheter)
            pathOf[v.id] = &v.path;

        std::map<Key, std::array<Part, 3>> parts;
        for (const Storage::FigureRow *row : rows)
            parts[{row->path, row->kontoslag, row->month}][static_cast<std::size_t>(slot(row->measure))] =
                Part{row->amount, row};
        for (const Storage::Figure &f : *stored) {
            if (!isActual(f.key.measure))
                continue;
            const auto path = pathOf.find(f.key.verksamhetId);
            if (path == pathOf.end())
                continue;
            const auto it = parts.find({*path->second, f.key.kontoslag, f.key.month});
            if (it == parts.end())
                continue;
            Part &part = it->second[static_cast<std::size_t>(slot(f.key.measure))];
            if (!part.row) // the file's figure replaces the stored one
                part.amount = f.amount;
        }
        for (const auto &[key, three] : parts) {
            const Part &income = three[0], &cost = three[1], &net = three[2];
            if (!income.amount || !cost.amount || !net.amount)
                continue;
            if (income.row && cost.row && net.row)
                continue; // checked within the file
            const Core::Money sum = *income.amount + *cost.amount;
            if (sum == *net.amount)
                continue;
            const auto describe = [](const char *measure, const Part &p) {
                return std::string(measure) + " " + kronor(*p.amount) +
                       (p.row ? " (rad " + p.row->source.file + ":" + std::to_string(p.row->source.line) + ")"
                              : std::string(" (lagrad)"));
            };
            const Part &first = net.row ? net : income.row ? income : cost;
            problems.push_back(first.row->source.file + ":" + std::to_string(first.row->source.line) +
                               ": belopp: " + describe("utfall_netto", net) + " stämmer inte med " +
                               describe("utfall_intakter", income) + " + " + describe("utfall_kostnader", cost) +
                               " = " + kronor(sum) + ", förväntade att netto är summan av intäkter och kostnader "
                               "(rätta filen, eller den lagrade siffran först)");
        }
    }
    return problems;
}

} // namespace Tertial::Io
