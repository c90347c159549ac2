// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison grid of one KPI (jämförelse): kommuner and groups by year, with rank, quartile and
// where each figure comes from. The Jämförelse tab, `tertial-cli compare` and the årsredovisning's
// Kolada section (seed 000 §4) read it; none of them computes a mean itself.
#pragma once

#include "koladacomparison.h"

#include "core/comparisonsentence.h"
#include "core/error.h"
#include "core/ranking.h"
#include "storage/koladastore.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace Tertial::Analysis {

struct ComparisonGridRequest final
{
    std::string kpi;  // N33006
    int year = 0;     // the year ranked (rang, kvartil)
    Core::Direction direction = Core::Direction::LowerIsBetter;
    std::string kommun;  // the kommun compared ("0182"); empty: none, and no län row
    int fromYear = 0;    // years shown, inclusive
    int toYear = 9999;
    // The kommuner shown; nullopt: every kommun with a value for the KPI.
    std::optional<std::set<std::string>> kommuner;
    bool riket = true;  // Kolada's published Riket (0000)
    bool lan = true;    // the kommun's län: Kolada's published group, else Tertial's ovägt medel
    bool alla = true;   // all kommuner: Kolada's published group, else Tertial's over the country
    std::set<std::string> hiddenGroups;                 // Kolada groups (ids) not shown
    std::vector<Storage::KoladaUserGroup> ownGroups;    // the analyst's groups shown (egen grupp)
};

enum class GridRowKind
{
    Kommun,
    Riket,
    Lan,        // the kommun's län (label names the region)
    Alla,       // alla kommuner
    KoladaGroup,
    OwnGroup,   // egen grupp
};

struct GridRow final
{
    GridRowKind kind = GridRowKind::Kommun;
    std::string id;    // kommun or group code, "lan", "alla", "egen:N"
    std::string title; // the kommun's name, the region's (Lan), the group's
    std::map<int, double> values; // by year; a missing year is absent, never zero
    // Tertial's ovägt medel over `members`, `contributors` of whom have a value in the rank year.
    bool derived = false;
    int contributors = 0;
    int members = 0;
    std::string publishedBy; // a published group's Kolada title (Lan and Alla rows), else empty
    std::optional<Kolada::RankedKommun> ranked; // a kommun with a value in the rank year
};

struct ComparisonGrid final
{
    std::vector<int> years;          // shown, ascending
    Kolada::KommunRanking ranking;   // every kommun with a value in the rank year
    std::vector<GridRow> rows;       // kommuner best first, then Riket, län, alla, groups, own groups
    std::string fetchedAt;           // the latest hämtningsdatum of the KPI's values
    // The compared kommun's standing, when it has a value in the rank year.
    std::optional<Core::ComparisonStanding> standing;
};

// One read of the KPI's values, groups and municipalities; the means per year over the members
// with a value (core/groupmean.h). A group Kolada published is shown as published, never recomputed.
Core::Result<ComparisonGrid> buildComparisonGrid(Storage::KoladaStore &store, const ComparisonGridRequest &request);

// One Kolada group (by id or title) in the grid of `kpi` for `year`, as `tertial-cli compare --group`
// prints it: Tertial's ovägt medel over all its members, computed as the grid computes an own
// group's (egen grupp), and the value Kolada published for the group when one is stored. NotFound
// when no group has that id or title.
Core::Result<Kolada::GroupComparison> groupInGrid(Storage::KoladaStore &store, const std::string &groupIdOrTitle,
                                                  const std::string &kpi, int year);

// The row's name as the report prints it (Swedish): a published group under Kolada's title
// ("Stockholms läns kommuner (ovägt medel)", seed 000 §4), Tertial's mean with "(ovägt medel)" and,
// over some of the members only, "(4 av 7 kommuner)".
std::string gridRowLabel(const GridRow &row);

// Where the row's figures come from: "Kolada", "Kolada: <grupp>", or "Tertials beräkning: 4 av 7
// kommuner har värde 2019".
std::string gridRowSource(const GridRow &row, int year);

} // namespace Tertial::Analysis
