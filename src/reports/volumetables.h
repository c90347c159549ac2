// SPDX-License-Identifier: GPL-3.0-or-later
// Volume tables beside the economic ones: a month's series against the year before (seed 002 §4
// "Uppföljning av åtgärdsplan personlig assistans") and this year's months beside the earlier
// years' averages (seed 001 §3 "Antal pågående heldygnsplaceringar").
#pragma once

#include "reportsections.h"

#include <optional>
#include <set>
#include <string>

namespace Tertial::Reports::Sections {

// A verksamhet of the data by its path ("Barn och unga 0-20 år > Dygnsvård"); nullopt when unknown.
std::optional<Storage::Id> verksamhetByPath(const ReportData &data, const std::string &path);
// The verksamhet and everything below it (the whole tree for none).
std::set<Storage::Id> subtreeOf(const ReportData &data, std::optional<Storage::Id> root);

// Row order and labels of a volume table: "insatstyp=Etikett;insatstyp;…" (a template option).
// Insatstyper it names come first in its order with its label; the others follow alphabetically.
struct VolumeRowOrder final
{
    std::vector<std::pair<std::string, std::string>> named; // insatstyp, label ("" = capitalised insatstyp)
    static VolumeRowOrder parse(const std::string &text);
    std::string label(const std::string &serviceType) const;
    std::size_t position(const std::string &serviceType) const; // named ones first, then size()
};

// Per month of this year and the year before up to the request's month: one row per year with
// "Medel jan–okt" (the mean of the monthly values) first. `measure` counts (personer); with a
// `perMeasure` (timmar) a second table of `perMeasure` per `measure` (timmar per person; the
// mean is all the months' total over their total, seed 002: 2016 75 245 h / 393 = 191).
struct MonthlyVolumeOptions final
{
    std::string verksamhet;  // path; empty: the whole nämnd
    std::string serviceType; // insatstyp; empty: every insatstyp of the verksamhet summed
    std::string measure = "personer";
    std::string label;       // the rows' label ("Antal personer")
    std::string perMeasure;  // "timmar": the second table
    std::string perLabel;    // its rows' label ("Antal beviljade timmar medeltal/person")
    std::string caption;
};
void monthlyVolumes(Writer &out, const ReportData &data, const MonthlyVolumeOptions &options);

// This year's months up to the request's month, then the monthly average of each of `years`
// earlier years ("Genomsnitt/mån 2019"), one row per insatstyp in `order`.
struct VolumeHistoryOptions final
{
    std::string verksamhet;
    std::string measure = "placeringar";
    std::string firstColumn; // header of the label column (default: the verksamhet's name)
    std::string caption;
    VolumeRowOrder order;
    int years = 2;
};
void volumeHistory(Writer &out, const ReportData &data, const VolumeHistoryOptions &options);

} // namespace Tertial::Reports::Sections
