// SPDX-License-Identifier: GPL-3.0-or-later
// Assembles a comparison of kommuner on one KPI and year from the Kolada store: ranks, quartiles, group means.
#pragma once

#include "core/groupmean.h"
#include "core/ranking.h"
#include "storage/koladastore.h"

#include <optional>
#include <string>
#include <vector>

namespace Tertial::Kolada {

struct RankedKommun final
{
    std::string id;
    std::string name;
    double value = 0.0; // as published by Kolada
    std::string status; // Kolada's flag, empty when none
    int rank = 0;
    int quartile = 0;
};

struct KommunRanking final
{
    std::string kpi;
    int year = 0;
    Core::Direction direction = Core::Direction::LowerIsBetter;
    int count = 0;                  // kommuner with a value ("av N")
    std::vector<RankedKommun> rows; // best first; ties in id order
    int countryKommuner = 0;        // kommuner (type K) in the store's municipality list: 290
    int recorded = 0;               // kommuner with a stored record for the year, missing ones included
    bool national = false;          // coversCountry(recorded, countryKommuner)
};

// Whether the kommuner with a record for a KPI and year are the whole country: at least nine in
// ten of its kommuner. A fetch from Kolada without a kommun filter stores every kommun Kolada
// has data for (a few small ones may lack a value, as in Kolada's own ranks); a handful of
// imported kommuner (seed 000's six) is not the country, and a rank among them is only a rank
// "bland N kommuner med data".
bool coversCountry(int recorded, int countryKommuner);

// Every kommun (type K) with a value for the KPI, year and gender, ranked with rankValues
// (core/ranking.h). Riket, regions and groups are not ranked.
Core::Result<KommunRanking> rankKommuner(Storage::KoladaStore &store, const std::string &kpi, int year,
                                         Core::Direction direction,
                                         Storage::KoladaGender gender = Storage::KoladaGender::Total);

struct GroupComparison final
{
    std::string id;
    std::string title;
    int members = 0;                  // members of the group
    Core::GroupMean mean;             // ovägt medel over the members with a value (Tertial's)
    std::optional<double> published;  // the group's own value as Kolada published it, if stored
};

// The unweighted mean (core/groupmean.h) of a group's members' values; NotFound when no group
// has that id or title.
Core::Result<GroupComparison> compareGroup(Storage::KoladaStore &store, const std::string &groupIdOrTitle,
                                           const std::string &kpi, int year,
                                           Storage::KoladaGender gender = Storage::KoladaGender::Total);

// The group whose members are exactly `kommuner` (Kolada's "Stockholms läns kommuner" for the 26
// kommuner of län 01, "Alla kommuner" for the 290), so that its published mean is shown instead
// of one Tertial would compute; nullptr when none is stored.
const Storage::KoladaGroup *groupWithMembers(const std::vector<Storage::KoladaGroup> &groups,
                                              const std::vector<std::string> &kommuner);

// A Kolada figure as published, decimal comma, no grouping, as few decimals as it has: 5277,
// -4,2, 1171584.
std::string formatKoladaValue(double value);

// `kommun;namn;varde;rank;antal;kvartil`, one row per ranked kommun, best first.
std::string rankingCsv(const KommunRanking &ranking);
// `grupp;varde;antal`: the ovägt medel with one decimal (empty when no member has a value) and
// the number of members with a value.
std::string groupCsv(const GroupComparison &group);

} // namespace Tertial::Kolada
