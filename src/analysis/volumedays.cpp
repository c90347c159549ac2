// SPDX-License-Identifier: GPL-3.0-or-later
// Dygn to a month and the volume-driven forecast's inputs.
#include "volumedays.h"

#include "core/volumecalendar.h"
#include "core/volumemeasures.h"

namespace Tertial::Analysis {

namespace {

bool countsDays(const Storage::Volume &v, Storage::Id verksamhet, int year, int month)
{
    return v.verksamhetId == verksamhet && v.year == year && v.month <= month
           && v.measure == Core::VolumeMeasure::Days;
}

} // namespace

double daysToMonth(std::span<const Storage::Volume> volumes, Storage::Id verksamhet, int year, int month)
{
    double days = 0;
    for (const Storage::Volume &v : volumes)
        if (countsDays(v, verksamhet, year, month))
            days += v.value;
    return days;
}

std::map<std::string, double> daysToMonthByServiceType(std::span<const Storage::Volume> volumes, Storage::Id verksamhet,
                                                       int year, int month)
{
    std::map<std::string, double> days;
    for (const Storage::Volume &v : volumes)
        if (countsDays(v, verksamhet, year, month))
            days[v.serviceType] += v.value;
    return days;
}

std::vector<Core::VolumeForecastInput> volumeForecastInputs(std::span<const Storage::Volume> volumes,
                                                            Storage::Id verksamhet, int year, int month,
                                                            std::optional<Core::Money> actualCost,
                                                            std::optional<Core::Money> actualNet)
{
    std::vector<Core::VolumeForecastInput> inputs;
    const auto byType = daysToMonthByServiceType(volumes, verksamhet, year, month);
    if (byType.empty())
        return inputs;
    double allDays = 0;
    for (const auto &[type, days] : byType)
        allDays += days;
    const auto perDay = Core::verksamhetCostPerDay(actualCost, actualNet, allDays);
    const auto calendarDays = Core::daysThroughMonth(year, month);
    for (const auto &[type, days] : byType) {
        Core::VolumeForecastInput input;
        input.serviceType = type;
        if (calendarDays && *calendarDays > 0)
            input.personsPerDay = days / *calendarDays;
        if (perDay)
            input.costPerDay = -*perDay; // a cost, canonical sign
        inputs.push_back(std::move(input));
    }
    return inputs;
}

} // namespace Tertial::Analysis
