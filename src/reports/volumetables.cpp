// SPDX-License-Identifier: GPL-3.0-or-later
// Volume tables with the year before and the earlier years' averages (seeds 001 §3, 002 §4).
#include "volumetables.h"

#include "core/svformat.h"
#include "core/swedishlist.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace Tertial::Reports::Sections {

namespace {

// The seeds' column heads (seed 002 §4 writes "Mars").
const char *const monthHeads[] = {"Jan", "Feb", "Mars", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"};
const char *const monthShort[] = {"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};

std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

std::string whole(double value) { return std::isnan(value) ? std::string() : Core::formatNumber(value, 0); }

std::vector<ColumnKind> textThen(std::size_t numbers)
{
    std::vector<ColumnKind> columns{ColumnKind::Text};
    columns.insert(columns.end(), numbers, ColumnKind::Number);
    return columns;
}

} // namespace

std::set<Storage::Id> subtreeOf(const ReportData &data, std::optional<Storage::Id> root)
{
    std::set<Storage::Id> ids;
    for (const Storage::Verksamhet &v : data.verksamheter) // depth-first: parents come first
        if (!root || v.id == *root || (v.parentId && ids.contains(*v.parentId)))
            ids.insert(v.id);
    return ids;
}

std::optional<Storage::Id> verksamhetByPath(const ReportData &data, const std::string &path)
{
    std::optional<Storage::Id> parent;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('>', start), path.size());
        const std::string name = trimmed(path.substr(start, end - start));
        const auto it = std::find_if(data.verksamheter.begin(), data.verksamheter.end(), [&](const Storage::Verksamhet &v) {
            return v.name == name && v.parentId == parent;
        });
        if (it == data.verksamheter.end())
            return std::nullopt;
        parent = it->id;
        start = end + 1;
    }
    return parent;
}

VolumeRowOrder VolumeRowOrder::parse(const std::string &text)
{
    VolumeRowOrder order;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(';', start), text.size());
        const std::string item = text.substr(start, end - start);
        const std::size_t equals = item.find('=');
        const std::string type = trimmed(item.substr(0, equals));
        if (!type.empty())
            order.named.emplace_back(type, equals == std::string::npos ? std::string() : trimmed(item.substr(equals + 1)));
        start = end + 1;
    }
    return order;
}

std::string VolumeRowOrder::label(const std::string &serviceType) const
{
    for (const auto &[type, label] : named)
        if (type == serviceType && !label.empty())
            return label;
    return Core::capitalized(serviceType);
}

std::size_t VolumeRowOrder::position(const std::string &serviceType) const
{
    for (std::size_t i = 0; i < named.size(); ++i)
        if (named[i].first == serviceType)
            return i;
    return named.size();
}

void monthlyVolumes(Writer &out, const ReportData &data, const MonthlyVolumeOptions &options)
{
    const int year = data.request.year;
    const int lastMonth = data.request.month;
    std::optional<Storage::Id> root;
    if (!options.verksamhet.empty()) {
        root = verksamhetByPath(data, options.verksamhet);
        if (!root) {
            out.placeholder("volymtabell: verksamheten " + options.verksamhet + " finns inte");
            return;
        }
    }
    const std::set<Storage::Id> within = subtreeOf(data, root);
    // measure -> year -> month -> value (the insatstyper summed); monthly values only
    std::map<std::string, std::map<int, std::map<int, double>>> values;
    for (const Storage::Volume &v : data.volumes) {
        if (v.months != 1 || v.month > lastMonth || !within.contains(v.verksamhetId))
            continue;
        if (!options.serviceType.empty() && v.serviceType != options.serviceType)
            continue;
        values[std::string(Core::volumeMeasureCode(v.measure))][v.year][v.month] += v.value;
    }
    const auto &counts = values[options.measure];
    if (counts.empty()) {
        out.placeholder(options.label.empty() ? "volymtabell (inga månadsvärden i databasen)"
                                              : Core::inSentence(options.label) + " (inga månadsvärden i databasen)");
        return;
    }
    auto header = [&]() {
        std::vector<HeaderCell> cells{{"", 1}, {"År", 1}, {"Medel " + std::string(monthShort[0]) + "\u2013" + monthShort[lastMonth - 1], 1}};
        for (int m = 1; m <= lastMonth; ++m)
            cells.push_back({monthHeads[m - 1], 1});
        return cells;
    };
    auto table = [&](const std::string &caption) {
        Table t;
        t.caption = caption;
        t.header.push_back(header());
        t.columns = textThen(static_cast<std::size_t>(lastMonth) + 2);
        t.columns[1] = ColumnKind::Text;
        t.widths.assign(static_cast<std::size_t>(lastMonth) + 3, 1.0);
        t.widths[0] = 4.0;
        t.widths[2] = 1.6;
        return t;
    };
    const std::string label = options.label.empty() ? "Antal " + options.measure : options.label;
    Table first = table(options.caption.empty() ? label + " per månad" : options.caption);
    for (const int y : {year - 1, year}) {
        const auto it = counts.find(y);
        if (it == counts.end())
            continue;
        double sum = 0;
        for (const auto &[month, value] : it->second)
            sum += value;
        TableRow row{{label, std::to_string(y), whole(sum / static_cast<double>(it->second.size()))}};
        for (int m = 1; m <= lastMonth; ++m) {
            const auto value = it->second.find(m);
            row.cells.push_back(value == it->second.end() ? std::string() : whole(value->second));
        }
        first.rows.push_back(std::move(row));
    }
    out.add(std::move(first));
    if (options.perMeasure.empty())
        return;
    const auto &amounts = values[options.perMeasure];
    const std::string perLabel = options.perLabel.empty() ? "Antal " + options.perMeasure + " per " + options.measure : options.perLabel;
    Table second = table(perLabel + " per månad");
    for (const int y : {year - 1, year}) {
        const auto c = counts.find(y);
        const auto a = amounts.find(y);
        if (c == counts.end() || a == amounts.end())
            continue;
        double countSum = 0, amountSum = 0;
        std::vector<std::string> cells;
        for (int m = 1; m <= lastMonth; ++m) {
            const auto count = c->second.find(m);
            const auto amount = a->second.find(m);
            if (count == c->second.end() || amount == a->second.end() || count->second == 0) {
                cells.emplace_back();
                continue;
            }
            countSum += count->second;
            amountSum += amount->second;
            cells.push_back(whole(amount->second / count->second));
        }
        TableRow row{{perLabel, std::to_string(y), countSum > 0 ? whole(amountSum / countSum) : std::string()}};
        row.cells.insert(row.cells.end(), cells.begin(), cells.end());
        second.rows.push_back(std::move(row));
    }
    out.add(std::move(second));
}

void volumeHistory(Writer &out, const ReportData &data, const VolumeHistoryOptions &options)
{
    const int year = data.request.year;
    const int lastMonth = data.request.month;
    const auto root = verksamhetByPath(data, options.verksamhet);
    if (!root) {
        out.placeholder("volymtabell: verksamheten " + options.verksamhet + " finns inte");
        return;
    }
    const std::set<Storage::Id> within = subtreeOf(data, root);
    // insatstyp -> this year's months; insatstyp -> earlier year -> (value × months, months)
    std::map<std::string, std::map<int, double>> months;
    std::map<std::string, std::map<int, std::pair<double, int>>> earlier;
    auto take = [&](const Storage::Volume &v) {
        if (!within.contains(v.verksamhetId) || Core::volumeMeasureCode(v.measure) != options.measure)
            return;
        if (v.year == year && v.months == 1 && v.month <= lastMonth) {
            months[v.serviceType][v.month] += v.value;
        } else if (v.year < year && v.year >= year - options.years) {
            // A value covering several months is their average: weighted by the months it covers.
            auto &[weighted, covered] = earlier[v.serviceType][v.year];
            weighted += v.value * std::max(1, v.months);
            covered += std::max(1, v.months);
        }
    };
    for (const Storage::Volume &v : data.volumes)
        take(v);
    for (const Storage::Volume &v : data.olderVolumes)
        take(v);
    std::set<std::string> types;
    for (const auto &[type, values] : months)
        types.insert(type);
    for (const auto &[type, values] : earlier)
        types.insert(type);
    if (types.empty()) {
        out.placeholder("antal " + options.measure + " (inga värden i databasen)");
        return;
    }
    std::vector<std::string> rows(types.begin(), types.end()); // alphabetical, then the template's order
    std::stable_sort(rows.begin(), rows.end(), [&](const std::string &a, const std::string &b) {
        return options.order.position(a) < options.order.position(b);
    });
    std::set<int> shownMonths;
    for (const auto &[type, values] : months)
        for (const auto &[month, value] : values)
            shownMonths.insert(month);
    std::string name = options.verksamhet.substr(options.verksamhet.rfind('>') == std::string::npos ? 0 : options.verksamhet.rfind('>') + 1);
    name = trimmed(name);
    Table table;
    table.caption = options.caption.empty() ? "Antal " + options.measure + " per månad och tidigare år" : options.caption;
    std::vector<HeaderCell> header{{options.firstColumn.empty() ? name : options.firstColumn, 1}};
    for (const int m : shownMonths)
        header.push_back({monthHeads[m - 1], 1});
    for (int y = year - 1; y >= year - options.years; --y)
        header.push_back({"Genomsnitt/mån " + std::to_string(y), 1});
    table.header.push_back(std::move(header));
    table.columns = textThen(shownMonths.size() + static_cast<std::size_t>(options.years));
    table.widths.assign(table.columns.size(), 1.2);
    table.widths[0] = 4.0;
    for (const std::string &type : rows) {
        TableRow row{{options.order.label(type)}};
        for (const int m : shownMonths) {
            const auto value = months[type].find(m);
            row.cells.push_back(value == months[type].end() ? std::string() : whole(value->second));
        }
        for (int y = year - 1; y >= year - options.years; --y) {
            const auto value = earlier[type].find(y);
            row.cells.push_back(value == earlier[type].end() || value->second.second == 0
                                    ? std::string()
                                    : whole(value->second.first / value->second.second));
        }
        table.rows.push_back(std::move(row));
    }
    out.add(std::move(table));
}

} // namespace Tertial::Reports::Sections
