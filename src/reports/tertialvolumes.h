// SPDX-License-Identifier: GPL-3.0-or-later
// Seed 000 §7's LSS tables: a volume's average per tertial this year, the average of this year and
// the two before, and its value on a day of each of those years ("Insatser enligt LSS den 1
// oktober"); per insatstyp, or per mått of one insatstyp with a ratio row ("Genomsnittlig tid per
// månad och kund" = timmar per person).
#pragma once

#include "volumetables.h"

#include <string>

namespace Tertial::Reports::Sections {

struct TertialVolumeOptions final
{
    std::string verksamhet;   // path; its whole subtree
    std::string measure = "personer";
    VolumeRowOrder order;     // rows per insatstyp (when no `serviceType`)
    std::string serviceType;  // one insatstyp: rows per mått instead
    std::string label;        // its `measure` row ("Antal personer")
    std::string perMeasure;   // a second mått row ("timmar")
    std::string perLabel;     // its label ("Antal timmar per månad")
    std::string ratioLabel;   // a row perMeasure / measure, one decimal ("Genomsnittlig tid per månad och kund")
    std::string caption;
    std::string firstColumn;
    int dayMonth = 10;        // the month whose single-month value is "den 1 oktober"
    std::string dayGroup;     // header over those columns (default "Den 1 {månad}")
};

// Columns T1–T3 of the request's year (values covering four months ending in april, august,
// december), År of the year and the two before (a value covering twelve months ending in
// december, else the mean of that year's tertials), and the `dayMonth` value of the same three years.
void tertialVolumes(Writer &out, const ReportData &data, const TertialVolumeOptions &options);

} // namespace Tertial::Reports::Sections
