// SPDX-License-Identifier: GPL-3.0-or-later
// Synthetic "all of Sweden" data: one socialnämnd of 60 verksamheter per kommun, deterministic.
#pragma once

#include "storage/measure.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Tools {

// The nämnd code every synthetic kommun gets.
inline constexpr std::string_view syntheticNamndCode = "SN";

struct SyntheticSpec final
{
    int firstYear = 2016;
    int years = 10;
    std::uint64_t seed = 2026;
};

// One node of the synthetic tree: 6 verksamhetsområden × 3 groups × 2 leaves (60 nodes, 36
// leaves), as deep as seed 000 §7's Socialnämnden. Depth-first, parents first.
struct SyntheticVerksamhet final
{
    std::string path;          // "Barn och unga > Dygnsvård > Familjehem"
    int order = 0;             // ordning within the parent
    bool leaf = false;
    std::string periodisation; // the verksamheter register's text: "linjär" or twelve weights
    std::string serviceType;   // insatstyp for volume leaves, empty otherwise
};
const std::vector<SyntheticVerksamhet> &syntheticTree();

// One stored figure of a leaf (kr, canonical signs); month 0 = the helår budget.
struct SyntheticFigure final
{
    std::size_t node = 0; // index into syntheticTree()
    int year = 0;
    int month = 0;
    Storage::Measure measure = Storage::Measure::Budget;
    std::int64_t kronor = 0;
};

// Every figure of one kommun over the spec's years: per leaf and year the budget, and for each
// month 1–12 utfall intäkter, utfall kostnader (cumulative) and the prognos made that month
// (36 × 37 = 1 332 per year). The same kommun, year and seed always give the same figures,
// whatever the other kommuner or years asked for.
void forEachFigure(const std::string &kommun, const SyntheticSpec &spec,
                   const std::function<void(const SyntheticFigure &)> &visit);
std::size_t figuresPerKommunYear();

// The files of docs/formats.md for one kommun; `header` false leaves out the header row, so
// kommuner can be concatenated into one file.
std::string figureFileText(const std::string &kommun, const SyntheticSpec &spec, bool header);
std::string verksamheterText(const std::string &kommun, bool header);
std::string volumesText(const std::string &kommun, const SyntheticSpec &spec, bool header);
std::string indicatorsText(const std::string &kommun, bool header);
std::string indicatorValuesText(const std::string &kommun, const SyntheticSpec &spec, bool header);

// The codes of typ K (kommun) rows of a kommun list file (`kod;namn;typ;län`), in file order.
std::vector<std::string> kommunCodes(std::string_view kommunListText);
// The kommun list with only its header and typ K rows: the synthetic data need no regions.
std::string kommunListOfKommuner(std::string_view kommunListText);

} // namespace Tertial::Tools
