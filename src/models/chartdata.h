// SPDX-License-Identifier: GPL-3.0-or-later
// Analysis -> core chart series for each chart kind: what tertial-cli chart and the chart panel draw.
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
#include "analysis/namndanalysis.h"
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

// The series of every chart kind of one nämnd and year, taken from its analysis (the same tables,
// forecasts and prognossäkerhet rule the workbench, the CLI and the drafts use). No widget, no
// QCustomPlot, no store.
class ChartData final
{
public:
    explicit ChartData(Analysis::NamndAnalysis analysis);
    // Reads and analyses the nämnd-year (as of december: every month is in the analysis).
    static Core::Result<ChartData> load(Storage::Store &store, const Storage::Namnd &namnd, int year);

    const Analysis::NamndAnalysis &analysis() const { return m_analysis; }
    const Storage::Namnd &namnd() const { return m_analysis.namnd(); }
    int year() const { return m_analysis.year(); }
    const std::vector<Storage::Verksamhet> &verksamheter() const { return m_analysis.verksamheter(); }
    const Core::EconomicTable &table(int month) const { return m_analysis.tableOf(month); }

    // A verksamhet by its full path ("Barn och unga > Dygnsvård"); nullopt when absent.
    std::optional<Core::NodeId> findPath(const std::string &path) const { return m_analysis.findPath(path); }
    // The verksamhet's name, or the nämnd's for none.
    std::string nameOf(std::optional<Core::NodeId> verksamhet) const;

    // Each series is of `verksamhet` (absent: the whole nämnd) as of `month`. The per-verksamhet
    // kinds compare the children of the selection; a verksamhet without children, or whose
    // children hold no figure (the figures are entered on the parent), is shown alone.
    Core::Result<Core::BudgetChartSeries> budget(int month, std::optional<Core::NodeId> verksamhet) const;
    // One group per row of `rows` (several rows selected in the table), in the table's order with
    // the Summa row (nullopt) last: each group the row's own values as the table shows them.
    Core::Result<Core::BudgetChartSeries> budgetOfRows(int month, const std::vector<std::optional<Core::NodeId>> &rows) const;
    Core::Result<Core::CumulativeChartSeries> cumulative(int month, std::optional<Core::NodeId> verksamhet) const;
    Core::TertialSplit tertials(int month, std::optional<Core::NodeId> verksamhet) const;
    Core::Result<BridgeChartData> bridge(int month, std::optional<Core::NodeId> verksamhet) const;
    Core::Result<AccuracyChartData> accuracy(std::optional<Core::NodeId> verksamhet) const;
    // Monthly volumes of last year and this year up to `month` (so the 12-month trend reaches
    // into this year) of the verksamhet and everything under it.
    Core::Result<VolumeChartData> volumes(int month, std::optional<Core::NodeId> verksamhet,
                                          const VolumeChoice &choice) const;
    // An indicator's yearly history up to the year, by code, or the first with values.
    Core::Result<Core::IndicatorChartSeries> indicator(const std::optional<std::string> &code) const;

private:
    Analysis::NamndAnalysis m_analysis;
};

} // namespace Tertial::Models
