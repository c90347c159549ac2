// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison grid of one KPI, moved out of the Jämförelse tab so that every consumer shares it.
#include "comparisongrid.h"

#include "core/groupmean.h"
#include "core/kpidefaults.h"

#include <algorithm>

namespace Tertial::Analysis {

namespace {

using ByYear = std::map<int, double>;

// Tertial's ovägt medel per shown year over the members with a value.
GridRow meanRow(GridRowKind kind, std::string id, std::string title, const std::vector<std::string> &members,
                int memberCount, const std::map<std::string, ByYear> &byMunicipality, const std::vector<int> &years,
                int rankYear)
{
    GridRow row;
    row.kind = kind;
    row.id = std::move(id);
    row.title = std::move(title);
    row.derived = true;
    row.members = memberCount;
    for (int y : years) {
        std::vector<std::optional<double>> memberValues;
        memberValues.reserve(members.size());
        for (const auto &member : members) {
            const auto found = byMunicipality.find(member);
            memberValues.push_back(found != byMunicipality.end() && found->second.contains(y)
                                       ? std::optional<double>(found->second.at(y))
                                       : std::nullopt);
        }
        const auto mean = Core::unweightedMean(memberValues);
        if (mean.mean)
            row.values[y] = *mean.mean;
        if (y == rankYear)
            row.contributors = mean.contributors;
    }
    return row;
}

} // namespace

Core::Result<ComparisonGrid> buildComparisonGrid(Storage::KoladaStore &store, const ComparisonGridRequest &request)
{
    auto values = store.values(request.kpi, std::nullopt);
    if (!values)
        return std::unexpected(values.error());
    auto ranking = Kolada::rankKommuner(store, request.kpi, request.year, request.direction);
    if (!ranking)
        return std::unexpected(ranking.error());
    auto groups = store.groups();
    if (!groups)
        return std::unexpected(groups.error());
    auto municipalities = store.municipalities();
    if (!municipalities)
        return std::unexpected(municipalities.error());

    ComparisonGrid grid;
    grid.ranking = std::move(*ranking);
    std::map<std::string, ByYear> byMunicipality;
    std::map<std::string, std::string> names, types;
    std::set<int> yearSet;
    for (const auto &value : *values) {
        yearSet.insert(value.year);
        names[value.municipality] = value.name;
        types[value.municipality] = value.type;
        if (value.value)
            byMunicipality[value.municipality][value.year] = *value.value;
        grid.fetchedAt = std::max(grid.fetchedAt, value.fetchedAt);
    }
    for (int y : yearSet)
        if (y >= request.fromYear && y <= request.toYear)
            grid.years.push_back(y);
    std::vector<std::string> allKommuner; // with a stored value row, in id order
    for (const auto &[id, type] : types)
        if (type == "K")
            allKommuner.push_back(id);
    auto countryKommuner = [&](const std::string &prefix) {
        std::vector<std::string> ids;
        for (const auto &m : *municipalities)
            if (m.type == "K" && m.id.starts_with(prefix))
                ids.push_back(m.id);
        return ids;
    };
    // The Kolada group whose members are exactly `kommuner` and which has a value for the KPI.
    auto publishedGroupOf = [&](const std::vector<std::string> &kommuner) -> const Storage::KoladaGroup * {
        const auto *group = Kolada::groupWithMembers(*groups, kommuner);
        return group && byMunicipality.contains(group->id) ? group : nullptr;
    };
    auto publishedRow = [&](GridRowKind kind, const Storage::KoladaGroup &group, std::string title) {
        GridRow row;
        row.kind = kind;
        row.id = group.id;
        row.title = std::move(title);
        row.values = byMunicipality[group.id];
        row.publishedBy = group.title;
        return row;
    };
    auto wanted = [&](const std::string &id) { return !request.kommuner || request.kommuner->contains(id); };
    auto addMean = [&grid](GridRow row) {
        if (!row.values.empty()) // a mean no member has a value for in the shown years is left out
            grid.rows.push_back(std::move(row));
    };

    std::set<std::string> done;
    for (const auto &ranked : grid.ranking.rows) {
        done.insert(ranked.id);
        if (wanted(ranked.id))
            grid.rows.push_back({GridRowKind::Kommun, ranked.id, ranked.name, byMunicipality[ranked.id], false, 0, 0, {},
                                 ranked});
        if (ranked.id == request.kommun) {
            const auto defaults = Core::kpiDefaults(request.kpi);
            grid.standing = Core::ComparisonStanding{ranked.name,
                                                     ranked.rank,
                                                     grid.ranking.count,
                                                     request.direction,
                                                     defaults ? defaults->measure : "värdet på " + request.kpi,
                                                     grid.ranking.national};
        }
    }
    for (const auto &id : allKommuner)
        if (!done.contains(id) && wanted(id))
            grid.rows.push_back({GridRowKind::Kommun, id, names[id], byMunicipality[id], false, 0, 0, {}, std::nullopt});

    if (request.riket && byMunicipality.contains("0000"))
        grid.rows.push_back({GridRowKind::Riket, "0000", "Riket", byMunicipality["0000"], false, 0, 0, {}, std::nullopt});
    std::set<std::string> shownAsLanOrAlla; // Kolada groups already shown as the län or alla row
    if (!request.kommun.empty()) {
        // The län's mean is over all its kommuner: Kolada's published group when stored, else
        // Tertial's over those with data, the count in the label.
        const std::string lan = request.kommun.substr(0, 2);
        const auto *published = publishedGroupOf(countryKommuner(lan));
        if (published)
            shownAsLanOrAlla.insert(published->id);
        std::string region = "län " + lan;
        for (const auto &m : *municipalities)
            if (m.type == "L" && m.id == "00" + lan)
                region = m.title;
        if (request.lan) {
            if (published) {
                grid.rows.push_back(publishedRow(GridRowKind::Lan, *published, region));
            } else {
                std::vector<std::string> members;
                for (const auto &id : allKommuner)
                    if (id.starts_with(lan))
                        members.push_back(id);
                const int count = std::max(static_cast<int>(countryKommuner(lan).size()), static_cast<int>(members.size()));
                addMean(meanRow(GridRowKind::Lan, "lan", region, members, count, byMunicipality, grid.years,
                                request.year));
            }
        }
    }
    {
        // Alla kommuner is the whole country: Kolada's published mean, else Tertial's when the store
        // holds the country; never a mean of the few kommuner that happen to be stored.
        const auto *published = publishedGroupOf(countryKommuner(""));
        if (published)
            shownAsLanOrAlla.insert(published->id);
        if (request.alla) {
            if (published)
                grid.rows.push_back(publishedRow(GridRowKind::Alla, *published, "Alla kommuner"));
            else if (grid.ranking.national)
                addMean(meanRow(GridRowKind::Alla, "alla", "Alla kommuner", allKommuner,
                                std::max(static_cast<int>(countryKommuner("").size()), static_cast<int>(allKommuner.size())),
                                byMunicipality, grid.years, request.year));
        }
    }
    for (const auto &group : *groups) {
        if (shownAsLanOrAlla.contains(group.id) || request.hiddenGroups.contains(group.id))
            continue;
        if (byMunicipality.contains(group.id)) {
            grid.rows.push_back({GridRowKind::KoladaGroup, group.id, group.title, byMunicipality[group.id], false, 0, 0,
                                 group.title, std::nullopt});
        } else {
            std::vector<std::string> members;
            for (const auto &member : group.members)
                members.push_back(member.id);
            addMean(meanRow(GridRowKind::KoladaGroup, group.id, group.title, members, static_cast<int>(members.size()),
                            byMunicipality, grid.years, request.year));
        }
    }
    for (const auto &group : request.ownGroups)
        addMean(meanRow(GridRowKind::OwnGroup, "egen:" + std::to_string(group.id), group.title, group.members,
                        static_cast<int>(group.members.size()), byMunicipality, grid.years, request.year));
    return grid;
}

Core::Result<Kolada::GroupComparison> groupInGrid(Storage::KoladaStore &store, const std::string &groupIdOrTitle,
                                                  const std::string &kpi, int year)
{
    auto group = store.findGroup(groupIdOrTitle);
    if (!group)
        return std::unexpected(group.error());
    if (!*group)
        return Core::fail(Core::ErrorCode::NotFound, "ingen kommungrupp med id eller namn \"" + groupIdOrTitle +
                                                         "\"; importera kommungrupperna (municipality_groups) först");
    ComparisonGridRequest request;
    request.kpi = kpi;
    request.year = year;
    request.fromYear = year;
    request.toYear = year;
    request.kommuner = std::set<std::string>{}; // no kommun rows: the group's figures only
    request.riket = false;
    request.lan = false;
    Storage::KoladaUserGroup own;
    own.title = (*group)->title;
    for (const auto &member : (*group)->members)
        own.members.push_back(member.id);
    request.ownGroups.push_back(std::move(own));
    auto grid = buildComparisonGrid(store, request);
    if (!grid)
        return std::unexpected(grid.error());

    Kolada::GroupComparison result{(*group)->id, (*group)->title, static_cast<int>((*group)->members.size()), {}, {}};
    for (const GridRow &row : grid->rows) {
        const auto value = row.values.find(year);
        if (row.kind == GridRowKind::OwnGroup) {
            result.mean.contributors = row.contributors;
            if (value != row.values.end())
                result.mean.mean = value->second;
        } else if (row.id == result.id && !row.derived && value != row.values.end()) {
            result.published = value->second; // shown as published, whether as its group or the Alla row
        }
    }
    return result;
}

std::string gridRowLabel(const GridRow &row)
{
    if (!row.publishedBy.empty() && row.kind != GridRowKind::Kommun)
        return row.publishedBy;
    std::string label;
    switch (row.kind) {
    case GridRowKind::Kommun:
    case GridRowKind::Riket: return row.title;
    case GridRowKind::Lan: label = "Kommunerna i " + row.title + " (ovägt medel)"; break;
    case GridRowKind::Alla: label = "Alla kommuner (ovägt medel)"; break;
    case GridRowKind::KoladaGroup: label = row.title + " (ovägt medel)"; break;
    case GridRowKind::OwnGroup: label = row.title + " (egen grupp, ovägt medel)"; break;
    }
    if (row.derived && row.contributors < row.members)
        label += " (" + std::to_string(row.contributors) + " av " + std::to_string(row.members) + " kommuner)";
    return label;
}

std::string gridRowSource(const GridRow &row, int year)
{
    if (row.derived)
        return "Tertials beräkning: " + std::to_string(row.contributors) + " av " + std::to_string(row.members) +
               " kommuner har värde " + std::to_string(year);
    if (!row.publishedBy.empty() && row.kind != GridRowKind::KoladaGroup)
        return "Kolada: " + row.publishedBy;
    return "Kolada";
}

} // namespace Tertial::Analysis
