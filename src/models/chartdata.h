// SPDX-License-Identifier: GPL-3.0-or-later
// Store -> core chart series for each chart kind: what tertial-cli chart and the chart panel draw.
#pragma once

#include "core/budgetchartseries.h"
#include "core/cumulativechartseries.h"
#include "core/economictable.h"
#include "core/error.h"
#include "core/forecastaccuracy.h"
#include "core/forecastbridge.h"
#include "core/indicatorchartseries.h"
#include "core/tertialsplit.h"
#include "core/verksamhettree.h"
#include "core/volumechartseries.h"
#include "storage/records.h"
#include "storage/store.h"

#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Models {

// The chart kinds, in the order the panel's chooser and `--kind` list them.
enum class ChartKind { Budget, Cumulative, Tertial, Volume, Indicator, Bridge, Accuracy };

// "budget", "cumulative", ... as `tertial-cli chart --kind` spells them.
std::string_view chartKindCode(ChartKind kind);
std::optional<ChartKind> chartKindFromCode(std::string_view code);

// A prognosbrygga and what its last bar is (at the year's end the utfall where no december
// prognos was made).
struct BridgeChartData final
{
    Core::ForecastBridge bridge;
    bool endsInActual = false; // the last bar is "Utfall helår"
};

// Prognossäkerhet per verksamhet; the last row is the selection itself, named `totalName`.
struct AccuracyChartData final
{
    std::vector<Core::ActivityForecastAccuracy> rows;
    std::string totalName;
};

struct VolumeChartData final
{
    Core::VolumeChartSeries series;
    std::string name;    // what is counted and where, for the title
    std::string measure; // personer, dygn, timmar ...
};

// Which volumes a chart shows. Unset fields take everything under the selection; without a
// mått the one with most insatstyper is chosen.
struct VolumeChoice final
{
    std::optional<std::string> serviceType; // insatstyp
    std::optional<std::string> measure;     // mått
    bool weighted = false;                  // viktat till 30,5 dygn per månad
};

// Everything the charts of one nämnd and year are drawn from: its tree and the economic table
// as of each month of the year and the year before, built by the core from the stored figures.
// Loaded once per selection and reloaded after an edit; no widget, no QCustomPlot.
class ChartData final
{
public:
    static Core::Result<ChartData> load(Storage::Store &store, const Storage::Namnd &namnd, int year);
    // The nämnd by its id within a kommun (what the workbench's selection holds).
    static Core::Result<ChartData> load(Storage::Store &store, const std::string &kommun, Storage::Id namndId, int year);

    const Storage::Namnd &namnd() const { return m_namnd; }
    int year() const { return m_year; }
    const std::vector<Storage::Verksamhet> &verksamheter() const { return m_verksamheter; }
    const Core::EconomicTable &table(int month) const; // month 1..12 of the year
    // Replaces the table of a month with one derived elsewhere: the workbench's own table, which
    // also holds the forecasts the core computed for leaves whose method is not manual.
    void setTable(int month, Core::EconomicTable table);

    // A verksamhet by its full path ("Barn och unga > Dygnsvård"); nullopt when absent.
    std::optional<Core::NodeId> findPath(const std::string &path) const;
    // The verksamhet's name, or the nämnd's for none.
    std::string nameOf(std::optional<Core::NodeId> verksamhet) const;

    // Each series is of `verksamhet` (absent: the whole nämnd) as of `month`. The per-verksamhet
    // kinds compare the children of the selection; a verksamhet without children is shown alone.
    Core::Result<Core::BudgetChartSeries> budget(int month, std::optional<Core::NodeId> verksamhet) const;
    Core::Result<Core::CumulativeChartSeries> cumulative(int month, std::optional<Core::NodeId> verksamhet) const;
    Core::TertialSplit tertials(int month, std::optional<Core::NodeId> verksamhet) const;
    Core::Result<BridgeChartData> bridge(int month, std::optional<Core::NodeId> verksamhet) const;
    Core::Result<AccuracyChartData> accuracy(std::optional<Core::NodeId> verksamhet) const;
    // Monthly volumes of last year and this year up to `month` (so the 12-month trend reaches
    // into this year) of the verksamhet and everything under it.
    Core::Result<VolumeChartData> volumes(Storage::Store &store, int month, std::optional<Core::NodeId> verksamhet,
                                          const VolumeChoice &choice) const;
    // An indicator's yearly history up to the year, by code, or the first with values.
    Core::Result<Core::IndicatorChartSeries> indicator(Storage::Store &store, const std::optional<std::string> &code) const;

private:
    const Core::EconomicRow &rowOf(const Core::EconomicTable &table, std::optional<Core::NodeId> id) const;
    // Whether the prognos of `verksamhet` (absent: the nämnd) in `month` forecasts all of it, not
    // just the children that made one (prognossäkerhet measures only such forecasts).
    bool forecastCovers(int month, std::optional<Core::NodeId> verksamhet) const;
    std::vector<const Core::EconomicRow *> comparedRows(const Core::EconomicTable &table,
                                                        std::optional<Core::NodeId> parent) const;

    Storage::Namnd m_namnd;
    std::vector<Storage::Verksamhet> m_verksamheter;
    Core::VerksamhetTree m_tree;
    int m_year = 0;
    std::array<Core::EconomicTable, 12> m_tables;   // as of each month, index 0 = januari
    std::array<Core::EconomicTable, 12> m_lastYear; // the same of the year before
    std::set<int> m_forecastMonths;                 // months with a prognos entered for some verksamhet
    // Per month the verksamheter with a prognos of their own (not a sum of their children's).
    std::array<std::set<Core::NodeId>, 12> m_enteredForecasts;
};

} // namespace Tertial::Models
