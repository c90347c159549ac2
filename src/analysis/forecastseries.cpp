// SPDX-License-Identifier: GPL-3.0-or-later
// Forecast bridge and prognossäkerhet over the analysis's monthly tables.
#include "forecastseries.h"

namespace Tertial::Analysis {

using Core::Money;
using Core::Result;

namespace {

// A row's prognos as the series may use it: none when it does not cover the whole row.
std::optional<Money> wholeForecast(const Core::EconomicValues &values)
{
    return values.forecastIncomplete ? std::nullopt : values.forecast;
}

std::string nameOf(const NamndAnalysis &analysis, std::optional<Core::NodeId> verksamhet)
{
    if (verksamhet)
        if (const Storage::Verksamhet *v = analysis.verksamhet(*verksamhet))
            return v->name;
    return analysis.namnd().name;
}

} // namespace

std::vector<const Core::EconomicRow *> comparedRows(const Core::EconomicTable &table, std::optional<Core::NodeId> parent)
{
    std::vector<const Core::EconomicRow *> rows;
    int depth = 1;
    bool inside = !parent;
    const Core::EconomicRow *self = nullptr;
    for (const Core::EconomicRow &row : table.rows) {
        if (parent && row.id == *parent) {
            inside = true;
            depth = row.depth + 1;
            self = &row;
            continue;
        }
        if (parent && inside && row.depth < depth)
            break;
        if (inside && row.depth == depth && !row.memo)
            rows.push_back(&row);
    }
    if (rows.empty() && self)
        rows.push_back(self);
    return rows;
}

Result<BridgeSeries> forecastBridge(const NamndAnalysis &analysis, int month, std::optional<Core::NodeId> verksamhet)
{
    const int previous = analysis.forecastMonthBefore(month);
    if (previous == 0)
        return Core::fail(Core::ErrorCode::MissingInput, "ingen prognos finns före " + std::to_string(month) + "/" +
                                                             std::to_string(analysis.year()) + " att jämföra med");
    const Core::EconomicTable &before = analysis.tableOf(previous);
    const Core::EconomicTable &now = analysis.tableOf(month);
    std::vector<Core::BridgeInput> inputs;
    bool usedActual = false;
    for (const Core::EconomicRow *row : comparedRows(now, verksamhet)) {
        std::optional<Money> current = wholeForecast(row->values);
        // At the year's end the utfall is the final word where no december prognos was made.
        if (!current && month == 12) {
            current = row->values.actualNet;
            usedActual = usedActual || current.has_value();
        }
        inputs.push_back({row->name, wholeForecast(NamndAnalysis::rowOf(before, row->id).values), current});
    }
    auto bridge = Core::forecastBridge(inputs, previous, month);
    if (!bridge)
        return std::unexpected(bridge.error());
    return BridgeSeries{std::move(*bridge), usedActual};
}

Result<AccuracySeries> forecastAccuracy(const NamndAnalysis &analysis, std::optional<Core::NodeId> verksamhet)
{
    const Core::EconomicTable &december = analysis.tableOf(12);
    const std::string name = nameOf(analysis, verksamhet);
    const int year = analysis.year();
    std::vector<Core::ActivityForecastHistory> histories;
    // Only a prognos of the whole row is measured (the one rule, forecastCoversWhole): a roll-up
    // of a month in which some part taking part in the year made none would count it as zero.
    auto history = [&](const std::string &label, std::optional<Core::NodeId> id) {
        Core::ActivityForecastHistory h;
        h.activity = label;
        for (int m : analysis.forecastMonths())
            if (analysis.forecastCoversWhole(m, id))
                h.forecasts.push_back({m, *NamndAnalysis::rowOf(analysis.tableOf(m), id).values.forecast});
        h.finalActual = NamndAnalysis::rowOf(december, id).values.actualNet;
        return h;
    };
    for (const Core::EconomicRow *row : comparedRows(december, verksamhet)) {
        if (verksamhet && row->id == *verksamhet)
            continue; // a verksamhet without children: its own line is the total below
        Core::ActivityForecastHistory h = history(row->name, row->id);
        if (!h.forecasts.empty() && h.finalActual)
            histories.push_back(std::move(h));
    }
    const std::string totalName = verksamhet ? name : "Summa " + name;
    Core::ActivityForecastHistory total = history(totalName, verksamhet);
    if (!total.finalActual)
        return Core::fail(Core::ErrorCode::MissingInput, "året " + std::to_string(year) +
                                                             " har inget utfall för december: prognossäkerheten mäts mot helårets utfall");
    if (total.forecasts.empty())
        return Core::fail(Core::ErrorCode::MissingInput,
                          histories.empty() ? "inga prognoser finns för " + std::to_string(year)
                                            : "ingen prognos " + std::to_string(year) + " omfattar hela " + name
                                                  + ": bara en del av verksamheterna har prognos");
    histories.push_back(std::move(total));
    auto accuracy = Core::forecastAccuracyByActivity(histories);
    if (!accuracy)
        return std::unexpected(accuracy.error());
    return AccuracySeries{std::move(*accuracy), totalName};
}

} // namespace Tertial::Analysis
