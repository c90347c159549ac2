// SPDX-License-Identifier: GPL-3.0-or-later
// The figure-file exporter.
#include "exporter.h"

#include "csvwriter.h"

#include "core/svformat.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace Tertial::Io {

std::string exportAmount(Core::Money amount)
{
    const Core::NumberStyle style{Core::NumberStyle::Minus::Hyphen, Core::NumberStyle::Grouping::None};
    return Core::formatAmount(amount, Core::AmountUnit::Kronor, style, amount.ore() % 100 == 0 ? 0 : 2);
}

Core::Result<std::string> exportFigures(Storage::Store &store, const std::string &kommun,
                                        const std::string &namndCode, int year)
{
    auto namnd = store.findNamnd(kommun, namndCode);
    if (!namnd)
        return std::unexpected(namnd.error());
    if (!*namnd)
        return Core::fail(Core::ErrorCode::NotFound,
                          "nämnden " + namndCode + " finns inte i kommun " + kommun + " i databasen");
    auto tree = store.verksamheter((*namnd)->id);
    if (!tree)
        return std::unexpected(tree.error());
    auto figures = store.figures((*namnd)->id, year);
    if (!figures)
        return std::unexpected(figures.error());
    auto kontoslag = store.kontoslag();
    if (!kontoslag)
        return std::unexpected(kontoslag.error());

    std::map<Storage::Id, std::size_t> treeOrder;
    std::map<Storage::Id, const std::string *> paths;
    // The nämnd's own node (whole-nämnd kontoslag figures) goes after the tree.
    static const std::string namndLevelPath;
    auto namndLevel = store.namndLevelId((*namnd)->id);
    if (!namndLevel)
        return std::unexpected(namndLevel.error());
    if (*namndLevel) {
        treeOrder[**namndLevel] = tree->size();
        paths[**namndLevel] = &namndLevelPath;
    }
    for (std::size_t i = 0; i < tree->size(); ++i) {
        treeOrder[(*tree)[i].id] = i;
        paths[(*tree)[i].id] = &(*tree)[i].path;
    }
    std::map<std::string, std::size_t> kontoslagOrder{{"", 0}};
    for (std::size_t i = 0; i < kontoslag->size(); ++i)
        kontoslagOrder[(*kontoslag)[i].code] = i + 1;

    auto sortKey = [&](const Storage::Figure &f) {
        return std::make_tuple(treeOrder.at(f.key.verksamhetId), kontoslagOrder.at(f.key.kontoslag), f.key.year,
                               f.key.month.value_or(0), static_cast<int>(f.key.measure));
    };
    std::ranges::sort(*figures, [&](const auto &a, const auto &b) { return sortKey(a) < sortKey(b); });
    const bool withKontoslag = std::ranges::any_of(*figures, [](const auto &f) { return !f.key.kontoslag.empty(); });

    std::string out;
    std::vector<std::string> header = {"kommun", "nämnd", "verksamhet", "år", "månad", "mått", "belopp", "enhet"};
    if (withKontoslag)
        header.emplace_back("kontoslag");
    appendCsvRecord(out, header);
    std::vector<std::string> fields;
    for (const Storage::Figure &f : *figures) {
        fields = {kommun, namndCode, *paths.at(f.key.verksamhetId), std::to_string(f.key.year),
                  f.key.month ? std::to_string(*f.key.month) : std::string(),
                  std::string(Storage::measureCode(f.key.measure)), exportAmount(f.amount), "kr"};
        if (withKontoslag)
            fields.push_back(f.key.kontoslag);
        appendCsvRecord(out, fields);
    }
    return out;
}

} // namespace Tertial::Io
