// SPDX-License-Identifier: GPL-3.0-or-later
// Volumes per insatstyp by month, optionally weighted to 30,5 days, with a 12-month rolling mean.
#pragma once

#include "error.h"

#include <optional>
#include <string>
#include <vector>

namespace Tertial::Core {

// One month's value of one insatstyp (a single month, not cumulative).
struct VolumeObservation final
{
    int year = 0;
    int month = 0;
    double value = 0.0;
};

struct VolumeInput final
{
    std::string serviceType; // insatstyp
    std::vector<VolumeObservation> observations;
};

struct VolumeChartOptions final
{
    int firstYear = 0;
    int firstMonth = 1;
    int monthCount = 24;            // months on the axis from firstYear-firstMonth
    bool weightToStandardMonth = false; // viktat till 30,5 dygn per månad (seed 001)
    int rollingWindow = 12;         // months in the trend line; 0 = none
};

struct VolumeLine final
{
    std::string serviceType;
    std::vector<std::optional<double>> values;      // one per month on the axis; absent = no figure
    std::vector<std::optional<double>> rollingMean; // same length
};

struct VolumeChartSeries final
{
    int firstYear = 0;
    int firstMonth = 1;
    int monthCount = 0;
    bool weighted = false;
    int rollingWindow = 0;
    std::vector<VolumeLine> lines; // in input order
};

// Calendar month of axis position `index` (0-based) from (firstYear, firstMonth).
struct YearMonth final
{
    int year = 0;
    int month = 0;
};
YearMonth monthAt(int firstYear, int firstMonth, int index);

// Places each observation on the axis (observations outside it are ignored, two for the same
// month are an error naming the insatstyp), weights each month to 30,5 days when asked
// (value × 30,5 / days in the month) and computes the rolling mean over complete windows of the
// (weighted) values: the trend line starts rollingWindow − 1 months into the axis, so an axis
// that should show a full year of trend starts a year earlier.
Result<VolumeChartSeries> volumeChartSeries(const std::vector<VolumeInput> &inputs,
                                            const VolumeChartOptions &options);

} // namespace Tertial::Core
