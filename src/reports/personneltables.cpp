// SPDX-License-Identifier: GPL-3.0-or-later
// Tables of the personnel register, rows in the register's order (seeds 000 §11, 003).
#include "personneltables.h"

#include "core/svformat.h"
#include "core/swedishlist.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace Tertial::Reports::Sections {

namespace {

const char *const monthNamesCapital[] = {"Januari", "Februari", "Mars",      "April",   "Maj",      "Juni",
                                         "Juli",    "Augusti",  "September", "Oktober", "November", "December"};

// A count whole or with one decimal (82,2 årsarbetare); a percentage "15 %" / "6,9 %".
std::string value(double number, Storage::PersonnelMeasure measure, bool signedText = false)
{
    const bool isWhole = std::abs(number - std::round(number)) < 1e-9;
    std::string text = Core::formatNumber(number, isWhole ? 0 : 1);
    if (signedText && number > 0)
        text = "+" + text;
    if (Storage::isPercentMeasure(measure))
        text += " %";
    return text;
}

// The units in the register's order; the whole nämnd ("") named by the measure.
std::vector<std::string> unitsOf(const std::vector<const Storage::PersonnelFigure *> &figures)
{
    std::vector<std::pair<int, std::string>> seen;
    for (const Storage::PersonnelFigure *f : figures) {
        auto it = std::find_if(seen.begin(), seen.end(), [&](const auto &s) { return s.second == f->unit; });
        if (it == seen.end())
            seen.emplace_back(f->order, f->unit);
        else
            it->first = std::min(it->first, f->order);
    }
    std::stable_sort(seen.begin(), seen.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<std::string> units;
    for (const auto &[order, unit] : seen)
        units.push_back(unit);
    return units;
}

} // namespace

void personnelTable(Writer &out, const ReportData &data, const PersonnelTableOptions &options)
{
    const int year = data.request.year;
    const std::string name(Storage::personnelMeasureName(options.measure));
    std::vector<const Storage::PersonnelFigure *> figures;
    for (const Storage::PersonnelFigure &f : data.personnel)
        if (f.measure == options.measure && f.year <= year && (f.year < year || f.month <= data.request.month))
            figures.push_back(&f);
    auto find = [&](const std::string &unit, int y, int month) -> std::optional<double> {
        for (const Storage::PersonnelFigure *f : figures)
            if (f->unit == unit && f->year == y && f->month == month)
                return f->value;
        return std::nullopt;
    };
    Table table;
    table.caption = options.caption.empty() ? name : options.caption;
    std::vector<HeaderCell> header{{name, 1}};
    if (options.form == PersonnelTableOptions::Form::Years) {
        std::erase_if(figures, [&](const Storage::PersonnelFigure *f) { return f->month != 0 || f->year <= year - options.years; });
        for (int y = year - options.years + 1; y <= year; ++y)
            header.push_back({"År " + std::to_string(y), 1});
        for (const std::string &unit : unitsOf(figures)) {
            TableRow row{{unit.empty() ? data.namnd.name : unit}};
            for (int y = year - options.years + 1; y <= year; ++y) {
                const auto v = find(unit, y, 0);
                row.cells.push_back(v ? value(*v, options.measure) : std::string());
            }
            table.rows.push_back(std::move(row));
        }
    } else {
        int month = 0;
        for (const Storage::PersonnelFigure *f : figures)
            if (f->year == year && f->month > 0)
                month = std::max(month, f->month);
        std::erase_if(figures, [&](const Storage::PersonnelFigure *f) {
            return f->month != month || (f->year != year && f->year != year - 1);
        });
        if (month > 0) {
            const std::string monthName = monthNamesCapital[month - 1];
            header.push_back({monthName + " " + std::to_string(year - 1), 1});
            header.push_back({monthName + " " + std::to_string(year), 1});
            header.push_back({"Skillnad", 1});
            for (const std::string &unit : unitsOf(figures)) {
                const auto before = find(unit, year - 1, month);
                const auto now = find(unit, year, month);
                table.rows.push_back({{unit.empty() ? name : unit, before ? value(*before, options.measure) : std::string(),
                                       now ? value(*now, options.measure) : std::string(),
                                       before && now ? value(*now - *before, options.measure, true) : std::string()}});
            }
        }
    }
    if (table.rows.empty()) {
        out.placeholder(Core::inSentence(name) + " (inga värden i personalregistret)");
        return;
    }
    table.header.push_back(std::move(header));
    table.columns.assign(table.header.back().size(), ColumnKind::Number);
    table.columns[0] = ColumnKind::Text;
    out.add(std::move(table));
}

void personnelMonths(Writer &out, const ReportData &data, const PersonnelMonthsOptions &options)
{
    // The months, oldest first: (year, month) back from the request's month.
    std::vector<std::pair<int, int>> months;
    for (int back = std::clamp(options.months, 1, 24) - 1; back >= 0; --back) {
        const int index = data.request.year * 12 + data.request.month - 1 - back;
        months.emplace_back(index / 12, index % 12 + 1);
    }
    Table table;
    table.caption = options.caption.empty() ? "Personal per månad" : options.caption;
    std::vector<HeaderCell> header{{options.firstColumn, 1}};
    for (const auto &[year, month] : months) {
        // This year's months by name ("januari"), earlier ones with the year ("nov-19"), as seed 001.
        if (year == data.request.year) {
            header.push_back({monthName(month), 1});
        } else {
            const std::string yy = std::to_string(year % 100);
            header.push_back({monthName(month).substr(0, 3) + "-" + (yy.size() < 2 ? "0" + yy : yy), 1});
        }
    }
    table.header.push_back(std::move(header));
    table.columns.push_back(ColumnKind::Text);
    table.columns.insert(table.columns.end(), months.size(), ColumnKind::Number);
    table.widths.assign(table.columns.size(), 1.0);
    table.widths[0] = 4.0;
    bool any = false;
    for (const auto &[measure, label] : options.measures) {
        TableRow row{{label.empty() ? std::string(Storage::personnelMeasureName(measure)) : label}};
        for (const auto &[year, month] : months) {
            const auto it = std::find_if(data.personnel.begin(), data.personnel.end(), [&](const Storage::PersonnelFigure &f) {
                return f.measure == measure && f.unit == options.unit && f.year == year && f.month == month;
            });
            any = any || it != data.personnel.end();
            row.cells.push_back(it == data.personnel.end() ? std::string() : value(it->value, measure));
        }
        table.rows.push_back(std::move(row));
    }
    if (!any) {
        out.placeholder(table.caption + " (inga värden i personalregistret)");
        return;
    }
    out.add(std::move(table));
}

void personnelChart(Writer &out, const ReportData &data, const PersonnelChartOptions &options)
{
    const int requested = data.request.year * 12 + data.request.month - 1;
    int lastIndex = -1;
    for (const Storage::PersonnelFigure &f : data.personnel)
        for (const auto &[measure, name] : options.measures)
            if (f.measure == measure && f.unit == options.unit && f.month >= 1) {
                const int index = f.year * 12 + f.month - 1;
                if (index <= requested)
                    lastIndex = std::max(lastIndex, index);
            }
    if (lastIndex < 0) {
        out.placeholder((options.title.empty() ? std::string("sjukfrånvaro per månad") : options.title)
                        + " (inga värden i personalregistret)");
        return;
    }
    const int firstIndex = lastIndex - std::clamp(options.months, 1, 36) + 1;
    ChartSlot chart;
    chart.id = "personal";
    chart.kind = ChartSlot::Kind::Percent;
    chart.year = firstIndex / 12;
    chart.valueAxis = "Procent";
    chart.subject = data.namnd.name;
    chart.title = options.title.empty() ? "Sjukfrånvaro, r12, till och med " + monthName(lastIndex % 12 + 1) + " "
                                              + std::to_string(lastIndex / 12)
                                        : options.title;
    for (int index = firstIndex; index <= lastIndex; ++index) {
        chart.categories.push_back(monthName(index % 12 + 1).substr(0, 3) + " " + std::to_string(index / 12));
        chart.months.push_back(index - chart.year * 12 + 1); // 13 = january the year after
    }
    std::vector<std::string> described;
    for (const auto &[measure, name] : options.measures) {
        ChartSeries line{name.empty() ? std::string(Storage::personnelMeasureName(measure)) : name, {}};
        std::optional<double> latest;
        for (int index = firstIndex; index <= lastIndex; ++index) {
            const auto it = std::find_if(data.personnel.begin(), data.personnel.end(), [&](const Storage::PersonnelFigure &f) {
                return f.measure == measure && f.unit == options.unit && f.year == index / 12 && f.month == index % 12 + 1;
            });
            line.values.push_back(it == data.personnel.end() ? std::nan("") : it->value);
            if (it != data.personnel.end())
                latest = it->value;
        }
        if (!latest)
            continue; // a mått the register has no month of: no empty line in the legend
        described.push_back(Core::inSentence(line.name) + " " + value(*latest, measure));
        chart.series.push_back(std::move(line));
    }
    chart.altText = "Linjediagram över sjukfrånvaron i procent per månad, " + chart.categories.front() + " till "
        + chart.categories.back() + ". Senaste värden: " + Core::joinSwedishList(described, "och") + ".";
    out.add(std::move(chart));
}

} // namespace Tertial::Reports::Sections
