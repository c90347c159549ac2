// SPDX-License-Identifier: GPL-3.0-or-later
// The LSS tables of seed 000 §7: tertial averages, yearly averages and a day's count side by side.
#include "tertialvolumes.h"

#include "core/svformat.h"
#include "core/volumemeasure.h"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace Tertial::Reports::Sections {

namespace {

// One row's values per column: T1, T2, T3, År y, y−1, y−2, the day of y, y−1, y−2.
using Cells = std::array<std::optional<double>, 9>;

struct Collected final
{
    // (year, month, months) -> value, summed over the subtree's verksamheter
    std::map<std::tuple<int, int, int>, double> values;

    std::optional<double> at(int year, int month, int months) const
    {
        const auto it = values.find({year, month, months});
        return it == values.end() ? std::nullopt : std::optional(it->second);
    }
};

Cells cellsOf(const Collected &c, int year, int dayMonth)
{
    Cells cells;
    for (int t = 1; t <= 3; ++t)
        cells[static_cast<std::size_t>(t - 1)] = c.at(year, 4 * t, 4);
    for (int back = 0; back < 3; ++back) {
        const int y = year - back;
        std::optional<double> average = c.at(y, 12, 12);
        if (!average) {
            // The mean of the year's tertials (seed 000: personlig assistans 2020, (59 + 64 + 63) / 3 = 62).
            double sum = 0;
            int count = 0;
            for (int t = 1; t <= 3; ++t)
                if (const auto v = c.at(y, 4 * t, 4)) {
                    sum += *v;
                    ++count;
                }
            if (count > 0)
                average = sum / count;
        }
        cells[static_cast<std::size_t>(3 + back)] = average;
        cells[static_cast<std::size_t>(6 + back)] = c.at(y, dayMonth, 1);
    }
    return cells;
}

} // namespace

void tertialVolumes(Writer &out, const ReportData &data, const TertialVolumeOptions &options)
{
    const int year = data.request.year;
    const auto root = verksamhetByPath(data, options.verksamhet);
    if (!root) {
        out.placeholder("volymtabell: verksamheten " + options.verksamhet + " finns inte");
        return;
    }
    const std::set<Storage::Id> within = subtreeOf(data, root);
    // row key (insatstyp, or mått of the one insatstyp) -> collected values
    std::map<std::string, Collected> rows;
    auto take = [&](const Storage::Volume &v) {
        if (!within.contains(v.verksamhetId) || v.year < year - 2 || v.year > year
            || (v.year == year && v.month > data.request.month))
            return;
        const std::string measure(Core::volumeMeasureCode(v.measure));
        if (options.serviceType.empty()) {
            if (measure == options.measure)
                rows[v.serviceType].values[{v.year, v.month, v.months}] += v.value;
        } else if (v.serviceType == options.serviceType && (measure == options.measure || measure == options.perMeasure)) {
            rows[measure].values[{v.year, v.month, v.months}] += v.value;
        }
    };
    for (const Storage::Volume &v : data.volumes)
        take(v);
    for (const Storage::Volume &v : data.olderVolumes)
        take(v);
    if (rows.empty()) {
        out.placeholder("antal " + options.measure + " per tertial (inga värden i databasen)");
        return;
    }

    Table table;
    table.caption = options.caption.empty() ? "Antal " + options.measure + " per tertial och år" : options.caption;
    const std::string y0 = std::to_string(year), y1 = std::to_string(year - 1), y2 = std::to_string(year - 2);
    const std::string day = options.dayGroup.empty() ? "Den 1 " + monthName(options.dayMonth) : options.dayGroup;
    table.header.push_back({{options.firstColumn, 1}, {"Genomsnitt per tertial " + y0, 3}, {"Genomsnitt för", 3}, {day, 3}});
    table.header.push_back({{"", 1}, {"T1", 1}, {"T2", 1}, {"T3", 1}, {"År " + y0, 1}, {"År " + y1, 1}, {"År " + y2, 1},
                            {"År " + y0, 1}, {"År " + y1, 1}, {"År " + y2, 1}});
    table.columns.push_back(ColumnKind::Text);
    table.columns.insert(table.columns.end(), 9, ColumnKind::Number);
    table.widths.assign(table.columns.size(), 1.0);
    table.widths[0] = 4.0;
    auto add = [&](const std::string &label, const Cells &cells, int decimals) {
        TableRow row{{label}};
        for (const auto &cell : cells)
            row.cells.push_back(cell ? Core::formatNumber(*cell, decimals) : std::string());
        table.rows.push_back(std::move(row));
    };
    if (options.serviceType.empty()) {
        std::vector<std::string> names;
        for (const auto &[type, collected] : rows)
            names.push_back(type); // alphabetical, then the template's order
        std::stable_sort(names.begin(), names.end(), [&](const std::string &a, const std::string &b) {
            return options.order.position(a) < options.order.position(b);
        });
        for (const std::string &type : names)
            add(options.order.label(type), cellsOf(rows[type], year, options.dayMonth), 0);
    } else {
        const Cells counts = cellsOf(rows[options.measure], year, options.dayMonth);
        add(options.label.empty() ? "Antal " + options.measure : options.label, counts, 0);
        if (!options.perMeasure.empty()) {
            const Cells per = cellsOf(rows[options.perMeasure], year, options.dayMonth);
            add(options.perLabel.empty() ? "Antal " + options.perMeasure : options.perLabel, per, 0);
            if (!options.ratioLabel.empty()) {
                // Seed 000: 16 279 timmar / 59 personer = 275,9 timmar per månad och kund.
                Cells ratio;
                for (std::size_t i = 0; i < ratio.size(); ++i)
                    if (counts[i] && per[i] && *counts[i] > 0)
                        ratio[i] = *per[i] / *counts[i];
                add(options.ratioLabel, ratio, 1);
            }
        }
    }
    out.add(std::move(table));
}

} // namespace Tertial::Reports::Sections
