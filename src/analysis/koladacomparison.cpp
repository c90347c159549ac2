// SPDX-License-Identifier: GPL-3.0-or-later
// Comparison assembly over the Kolada store.
#include "koladacomparison.h"

#include "core/svformat.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

namespace Tertial::Kolada {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

bool coversCountry(int recorded, int countryKommuner)
{
    return countryKommuner > 0 && 10LL * recorded >= 9LL * countryKommuner;
}

const Storage::KoladaGroup *groupWithMembers(const std::vector<Storage::KoladaGroup> &groups,
                                              const std::vector<std::string> &kommuner)
{
    const std::set<std::string> wanted(kommuner.begin(), kommuner.end());
    if (wanted.empty())
        return nullptr;
    for (const auto &group : groups) {
        std::set<std::string> members;
        for (const auto &member : group.members)
            members.insert(member.id);
        if (members == wanted)
            return &group;
    }
    return nullptr;
}

Result<KommunRanking> rankKommuner(Storage::KoladaStore &store, const std::string &kpi, int year,
                                   Core::Direction direction, Storage::KoladaGender gender)
{
    auto stored = store.values(kpi, year, gender);
    if (!stored)
        return std::unexpected(stored.error());
    auto municipalities = store.municipalities();
    if (!municipalities)
        return std::unexpected(municipalities.error());
    KommunRanking ranking{kpi, year, direction, 0, {}};
    ranking.countryKommuner = static_cast<int>(std::count_if(
        municipalities->begin(), municipalities->end(), [](const auto &m) { return m.type == "K"; }));
    std::vector<std::optional<double>> values;
    for (const auto &value : *stored) {
        if (value.type == "K")
            ++ranking.recorded;
        if (value.type != "K" || !value.value)
            continue;
        ranking.rows.push_back(RankedKommun{value.municipality, value.name, *value.value, value.status, 0, 0});
        values.push_back(value.value);
    }
    const auto positions = Core::rankValues(values, direction);
    for (std::size_t i = 0; i < positions.size(); ++i) {
        ranking.rows[i].rank = positions[i]->rank;
        ranking.rows[i].quartile = positions[i]->quartile;
    }
    ranking.count = static_cast<int>(ranking.rows.size());
    ranking.national = coversCountry(ranking.recorded, ranking.countryKommuner);
    std::stable_sort(ranking.rows.begin(), ranking.rows.end(), [](const RankedKommun &a, const RankedKommun &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.id < b.id;
    });
    return ranking;
}

Result<GroupComparison> compareGroup(Storage::KoladaStore &store, const std::string &groupIdOrTitle,
                                     const std::string &kpi, int year, Storage::KoladaGender gender)
{
    auto group = store.findGroup(groupIdOrTitle);
    if (!group)
        return std::unexpected(group.error());
    if (!*group)
        return fail(ErrorCode::NotFound, "ingen kommungrupp med id eller namn \"" + groupIdOrTitle +
                                             "\"; importera kommungrupperna (municipality_groups) först");
    auto stored = store.values(kpi, year, gender);
    if (!stored)
        return std::unexpected(stored.error());
    std::map<std::string, std::optional<double>> byId;
    for (const auto &value : *stored)
        byId[value.municipality] = value.value;

    GroupComparison result{(*group)->id, (*group)->title, static_cast<int>((*group)->members.size()), {}, {}};
    std::vector<std::optional<double>> values;
    for (const auto &member : (*group)->members) {
        const auto it = byId.find(member.id);
        values.push_back(it == byId.end() ? std::nullopt : it->second);
    }
    result.mean = Core::unweightedMean(values);
    if (const auto it = byId.find(result.id); it != byId.end())
        result.published = it->second;
    return result;
}

std::string formatKoladaValue(double value)
{
    char buffer[64];
    // fixed without precision: the shortest text that reads back as the same double.
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (ec != std::errc())
        return {};
    std::string text(buffer, end);
    std::replace(text.begin(), text.end(), '.', ',');
    if (text == "-0")
        text = "0";
    return text;
}

std::string rankingCsv(const KommunRanking &ranking)
{
    std::string csv = "kommun;namn;varde;rank;antal;kvartil\n";
    for (const auto &row : ranking.rows)
        csv += row.id + ";" + row.name + ";" + formatKoladaValue(row.value) + ";" + std::to_string(row.rank) + ";" +
               std::to_string(ranking.count) + ";" + std::to_string(row.quartile) + "\n";
    return csv;
}

std::string groupCsv(const GroupComparison &group)
{
    const Core::NumberStyle csvStyle{Core::NumberStyle::Minus::Hyphen, Core::NumberStyle::Grouping::None};
    std::string csv = "grupp;varde;antal\n";
    csv += group.id + ";" + (group.mean.mean ? Core::formatNumber(*group.mean.mean, 1, csvStyle) : std::string()) +
           ";" + std::to_string(group.mean.contributors) + "\n";
    return csv;
}

} // namespace Tertial::Kolada
