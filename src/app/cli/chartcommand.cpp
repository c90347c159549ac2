// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli chart: store -> core series -> chart builder -> file.
#include "chartcommand.h"

#include "commands.h"

#include "charts/accuracychart.h"
#include "charts/bridgechart.h"
#include "charts/budgetchart.h"
#include "charts/chartexport.h"
#include "charts/cumulativechart.h"
#include "charts/indicatorchart.h"
#include "charts/tertialchart.h"
#include "charts/volumechart.h"
#include "core/budgetchartseries.h"
#include "core/cumulativechartseries.h"
#include "core/economictable.h"
#include "core/forecastaccuracy.h"
#include "core/forecastbridge.h"
#include "core/indicatorchartseries.h"
#include "core/tertialsplit.h"
#include "core/volumechartseries.h"
#include "storage/sqlitestore.h"

#include <qcustomplot.h>

#include <QApplication>

#include <array>
#include <map>
#include <memory>
#include <sstream>

namespace Tertial::Cli {
namespace {

using Core::Money;
using Core::Result;

int report(std::ostream &err, const Core::Error &error)
{
    err << "tertial-cli chart: " << error.message << '\n';
    return 1;
}

// "linjär", "dagar" or twelve weights ("8 8 9 ..." or decimals with a comma).
Result<Core::PeriodizationProfile> parseProfile(const std::string &text, const std::string &path)
{
    if (text.empty() || text == "linjär")
        return Core::PeriodizationProfile::linear();
    if (text == "dagar")
        return Core::PeriodizationProfile::byDays();
    std::istringstream words(text);
    std::array<double, 12> weights{};
    std::string word;
    std::size_t count = 0;
    bool whole = true;
    while (words >> word) {
        if (count == 12)
            return Core::fail(Core::ErrorCode::InvalidInput, path + ": periodisering '" + text + "' har fler än tolv vikter");
        for (char &c : word)
            if (c == ',')
                c = '.', whole = false;
        try {
            weights[count++] = std::stod(word);
        } catch (...) {
            return Core::fail(Core::ErrorCode::InvalidInput, path + ": periodisering '" + text + "' är inte tolv tal");
        }
    }
    if (count != 12)
        return Core::fail(Core::ErrorCode::InvalidInput, path + ": periodisering '" + text + "' har inte tolv vikter");
    if (whole) {
        std::array<std::int64_t, 12> integers{};
        for (std::size_t i = 0; i < 12; ++i)
            integers[i] = static_cast<std::int64_t>(weights[i]);
        return Core::PeriodizationProfile::weighted(integers);
    }
    return Core::PeriodizationProfile::weightedDecimal(weights);
}

// Everything a chart of one nämnd and year is drawn from.
struct NamndData
{
    Storage::Namnd namnd;
    std::vector<Storage::Verksamhet> verksamheter;
    Core::VerksamhetTree tree;
    int year = 0;
    // The economic table as of each month 1..12 (index 0 = januari), this year and last.
    std::array<Core::EconomicTable, 12> tables;
    std::array<Core::EconomicTable, 12> lastYear;
    std::set<int> forecastMonths; // months with a prognos entered for some verksamhet
};

Result<std::array<Core::EconomicTable, 12>> buildTables(Storage::Store &store, const NamndData &data, int year,
                                                         std::set<int> *forecastMonths)
{
    auto figures = store.figures(data.namnd.id, year);
    if (!figures)
        return std::unexpected(figures.error());
    std::array<std::map<Core::NodeId, Core::EnteredFigures>, 12> entered;
    std::map<Core::NodeId, Money> budgetYear;
    for (const Storage::Figure &figure : *figures) {
        if (!figure.key.kontoslag.empty())
            continue; // the kontoslag dimension is not charted here
        if (!figure.key.month) {
            budgetYear[figure.key.verksamhetId] = figure.amount;
            continue;
        }
        const int month = *figure.key.month;
        if (month < 1 || month > 12)
            continue;
        Core::EnteredFigures &f = entered[static_cast<std::size_t>(month - 1)][figure.key.verksamhetId];
        switch (figure.key.measure) {
        case Storage::Measure::Budget: break;
        case Storage::Measure::BudgetPeriod: f.budgetPeriod = figure.amount; break;
        case Storage::Measure::ActualIncome: f.actualIncome = figure.amount; break;
        case Storage::Measure::ActualCost: f.actualCost = figure.amount; break;
        case Storage::Measure::ActualNet: f.actualNet = figure.amount; break;
        case Storage::Measure::Forecast:
            f.forecast = figure.amount;
            if (forecastMonths)
                forecastMonths->insert(month);
            break;
        }
    }
    std::array<Core::EconomicTable, 12> tables;
    for (int month = 1; month <= 12; ++month) {
        auto &figuresOfMonth = entered[static_cast<std::size_t>(month - 1)];
        for (const auto &[id, amount] : budgetYear)
            figuresOfMonth[id].budgetYear = amount;
        auto table = Core::buildEconomicTable(data.tree, figuresOfMonth, year, month, {});
        if (!table)
            return std::unexpected(table.error());
        tables[static_cast<std::size_t>(month - 1)] = std::move(*table);
    }
    return tables;
}

Result<NamndData> load(Storage::Store &store, const std::string &kommun, const std::string &namndCode, int year)
{
    auto namnd = store.findNamnd(kommun, namndCode);
    if (!namnd)
        return std::unexpected(namnd.error());
    if (!*namnd)
        return Core::fail(Core::ErrorCode::NotFound, "nämnden " + namndCode + " i kommun " + kommun + " finns inte i databasen");
    NamndData data;
    data.namnd = **namnd;
    data.year = year;
    auto verksamheter = store.verksamheter(data.namnd.id);
    if (!verksamheter)
        return std::unexpected(verksamheter.error());
    data.verksamheter = *verksamheter;
    std::vector<Core::VerksamhetNode> nodes;
    for (const Storage::Verksamhet &v : data.verksamheter) {
        auto profile = parseProfile(v.periodisation, v.path);
        if (!profile)
            return std::unexpected(profile.error());
        nodes.push_back({v.id, v.parentId, v.name, v.order, v.memo, *profile});
    }
    auto tree = Core::VerksamhetTree::build(std::move(nodes));
    if (!tree)
        return std::unexpected(tree.error());
    data.tree = std::move(*tree);
    auto tables = buildTables(store, data, year, &data.forecastMonths);
    if (!tables)
        return std::unexpected(tables.error());
    data.tables = std::move(*tables);
    auto lastYear = buildTables(store, data, year - 1, nullptr);
    if (!lastYear)
        return std::unexpected(lastYear.error());
    data.lastYear = std::move(*lastYear);
    return data;
}

// The row of a verksamhet (or the Summa with no id) in a table.
const Core::EconomicRow &rowOf(const Core::EconomicTable &table, std::optional<Core::NodeId> id)
{
    if (id)
        for (const Core::EconomicRow &row : table.rows)
            if (row.id == *id)
                return row;
    return table.total;
}

// The rows a per-verksamhet chart compares: the children of `parent`, else the top level.
std::vector<const Core::EconomicRow *> childRows(const Core::EconomicTable &table, std::optional<Core::NodeId> parent)
{
    std::vector<const Core::EconomicRow *> rows;
    int depth = 1;
    bool inside = !parent;
    for (const Core::EconomicRow &row : table.rows) {
        if (parent && row.id == *parent) {
            inside = true;
            depth = row.depth + 1;
            continue;
        }
        if (parent && inside && row.depth < depth)
            break;
        if (inside && row.depth == depth && !row.memo)
            rows.push_back(&row);
    }
    return rows;
}

Result<void> drawBridge(QCustomPlot *plot, const NamndData &data, int month, std::optional<Core::NodeId> parent,
                        const std::string &name, const Charts::ChartOptions &options)
{
    int previous = 0;
    for (int m : data.forecastMonths)
        if (m < month)
            previous = m;
    if (previous == 0)
        return Core::fail(Core::ErrorCode::MissingInput, "ingen prognos finns före " + std::to_string(month) +
                                                             "/" + std::to_string(data.year) + " att jämföra med");
    const Core::EconomicTable &before = data.tables[static_cast<std::size_t>(previous - 1)];
    const Core::EconomicTable &now = data.tables[static_cast<std::size_t>(month - 1)];
    std::vector<Core::BridgeInput> inputs;
    bool usedActual = false;
    for (const Core::EconomicRow *row : childRows(now, parent)) {
        std::optional<Money> current = row->values.forecast;
        // At the year's end the utfall is the final word where no december prognos was made.
        if (!current && month == 12) {
            current = row->values.actualNet;
            usedActual = usedActual || current.has_value();
        }
        inputs.push_back({row->name, rowOf(before, row->id).values.forecast, current});
    }
    auto bridge = Core::forecastBridge(inputs, previous, month);
    if (!bridge)
        return std::unexpected(bridge.error());
    Charts::BridgeChart::build(plot, *bridge, data.year, name, options,
                               usedActual ? QStringLiteral("Utfall helår") : QString());
    return {};
}

Result<void> drawAccuracy(QCustomPlot *plot, const NamndData &data, std::optional<Core::NodeId> parent,
                          const std::string &name, const Charts::ChartOptions &options)
{
    const Core::EconomicTable &december = data.tables[11];
    std::vector<Core::ActivityForecastHistory> histories;
    auto history = [&](const std::string &label, std::optional<Core::NodeId> id) {
        Core::ActivityForecastHistory h;
        h.activity = label;
        for (int m : data.forecastMonths)
            if (const auto &forecast = rowOf(data.tables[static_cast<std::size_t>(m - 1)], id).values.forecast)
                h.forecasts.push_back({m, *forecast});
        h.finalActual = rowOf(december, id).values.actualNet;
        return h;
    };
    for (const Core::EconomicRow *row : childRows(december, parent)) {
        Core::ActivityForecastHistory h = history(row->name, row->id);
        if (!h.forecasts.empty() && h.finalActual)
            histories.push_back(std::move(h));
    }
    const std::string totalName = parent ? name : "Summa " + name;
    Core::ActivityForecastHistory total = history(totalName, parent);
    if (!total.finalActual)
        return Core::fail(Core::ErrorCode::MissingInput, "året " + std::to_string(data.year) +
                                                             " har inget utfall för december: prognossäkerheten mäts mot helårets utfall");
    if (total.forecasts.empty())
        return Core::fail(Core::ErrorCode::MissingInput, "inga prognoser finns för " + std::to_string(data.year));
    histories.push_back(std::move(total));
    auto accuracy = Core::forecastAccuracyByActivity(histories);
    if (!accuracy)
        return std::unexpected(accuracy.error());
    Charts::AccuracyChart::build(plot, *accuracy, data.year, name, totalName, options);
    return {};
}

Result<void> drawVolume(QCustomPlot *plot, Storage::Store &store, const NamndData &data, int month,
                        std::optional<Core::NodeId> verksamhet, const std::string &name, bool weighted,
                        const Charts::ChartOptions &options)
{
    // The verksamhet and everything under it.
    std::set<Core::NodeId> within;
    if (verksamhet) {
        const auto index = data.tree.indexOf(*verksamhet);
        std::vector<std::size_t> stack = {*index};
        while (!stack.empty()) {
            const std::size_t i = stack.back();
            stack.pop_back();
            within.insert(data.tree.at(i).id);
            for (std::size_t child : data.tree.childIndices(i))
                stack.push_back(child);
        }
    }
    std::map<std::string, std::map<std::string, Core::VolumeInput>> byMeasure; // mått -> insatstyp -> values
    for (int year : {data.year - 1, data.year}) {
        auto volumes = store.volumes(data.namnd.id, year);
        if (!volumes)
            return std::unexpected(volumes.error());
        for (const Storage::Volume &v : *volumes) {
            // Tertial or year aggregates are not monthly values: they are left out of a monthly chart.
            if (v.months != 1 || (verksamhet && !within.contains(v.verksamhetId)))
                continue;
            Core::VolumeInput &input = byMeasure[v.measure][v.serviceType];
            input.serviceType = v.serviceType;
            input.observations.push_back({v.year, v.month, v.value});
        }
    }
    if (byMeasure.empty())
        return Core::fail(Core::ErrorCode::MissingInput, "inga månadsvärden för volymer finns för " + name + " " +
                                                             std::to_string(data.year - 1) + "–" + std::to_string(data.year));
    // The measure with most insatstyper (personer before timmar when equal: the map is sorted).
    auto chosen = byMeasure.begin();
    for (auto it = byMeasure.begin(); it != byMeasure.end(); ++it)
        if (it->second.size() > chosen->second.size())
            chosen = it;
    std::vector<Core::VolumeInput> inputs;
    for (auto &[type, input] : chosen->second)
        inputs.push_back(std::move(input));
    // From januari last year so that the 12-month trend can reach into this year.
    auto series = Core::volumeChartSeries(inputs, {data.year - 1, 1, 12 + month, weighted, 12});
    if (!series)
        return std::unexpected(series.error());
    Charts::VolumeChart::build(plot, *series, name, chosen->first, options);
    return {};
}

Result<void> drawIndicator(QCustomPlot *plot, Storage::Store &store, const NamndData &data, const std::optional<std::string> &code,
                           const Charts::ChartOptions &options)
{
    auto indicators = store.indicators(data.namnd.id);
    if (!indicators)
        return std::unexpected(indicators.error());
    for (const Storage::Indicator &indicator : *indicators) {
        if (code && indicator.code != *code)
            continue;
        auto values = store.indicatorValues(indicator.id);
        if (!values)
            return std::unexpected(values.error());
        std::map<int, Core::IndicatorYearInput> years;
        for (const Storage::IndicatorValue &value : *values) {
            if (value.month || value.year > data.year)
                continue;
            Core::IndicatorYearInput &year = years[value.year];
            year.year = value.year;
            if (value.actual)
                year.actual = value.actual;
            if (value.target)
                year.target = value.target;
        }
        if (years.empty() && !code)
            continue;
        Core::IndicatorTarget target;
        static const std::map<std::string, Core::TargetKind> kinds = {
            {"minst", Core::TargetKind::AtLeast}, {"högst", Core::TargetKind::AtMost}, {"nivå", Core::TargetKind::Level},
            {"öka", Core::TargetKind::Increase},  {"minska", Core::TargetKind::Decrease}};
        if (const auto it = kinds.find(indicator.targetKind); it != kinds.end())
            target.kind = it->second;
        else
            target.kind = indicator.direction == "lägre" ? Core::TargetKind::AtMost : Core::TargetKind::AtLeast;
        if (target.kind == Core::TargetKind::Level)
            target.levelTolerance = indicator.tolerance.value_or(0.0);
        std::vector<Core::IndicatorYearInput> list;
        for (const auto &[y, input] : years)
            list.push_back(input);
        auto series = Core::indicatorChartSeries(indicator.name, indicator.unit, target, list);
        if (!series)
            return std::unexpected(series.error());
        Charts::IndicatorChart::build(plot, *series, options);
        return {};
    }
    return Core::fail(Core::ErrorCode::NotFound, code ? "indikatorn " + *code + " finns inte för nämnden"
                                                      : "nämnden har inga indikatorer med värden");
}

} // namespace

const std::set<std::string> &chartValueOptions()
{
    static const std::set<std::string> options = {"--kind", "--verksamhet", "--width", "--height", "--dpi", "--indikator"};
    return options;
}

const std::set<std::string> &chartFlagOptions()
{
    static const std::set<std::string> flags = {"--viktat"};
    return flags;
}

int runChart(const Arguments &args, std::ostream &out, std::ostream &err)
{
    if (args.positional.size() != 1)
        return usage(err, "chart", "ange exakt en databasfil");
    auto kommun = args.required("--kommun");
    auto namndCode = args.required("--namnd");
    auto year = args.integer("--year", 2000, 2100);
    auto month = args.integer("--month", 1, 12);
    auto kind = args.required("--kind");
    auto outPath = args.required("--out");
    for (const Core::Error *error : {kommun ? nullptr : &kommun.error(), namndCode ? nullptr : &namndCode.error(),
                                     year ? nullptr : &year.error(), month ? nullptr : &month.error(),
                                     kind ? nullptr : &kind.error(), outPath ? nullptr : &outPath.error()})
        if (error)
            return usage(err, "chart", error->message);
    static const std::set<std::string> kinds = {"budget", "cumulative", "tertial", "volume", "indicator", "bridge", "accuracy"};
    if (!kinds.contains(*kind))
        return usage(err, "chart", "okänd diagramtyp '" + *kind +
                                       "', väntade budget, cumulative, tertial, volume, indicator, bridge eller accuracy");
    Charts::ExportSize size;
    if (args.option("--width")) {
        auto width = args.integer("--width", 50, 20000);
        if (!width)
            return usage(err, "chart", width.error().message);
        size.width = *width;
    }
    if (args.option("--height")) {
        auto height = args.integer("--height", 50, 20000);
        if (!height)
            return usage(err, "chart", height.error().message);
        size.height = *height;
    }
    if (args.option("--dpi")) {
        auto dpi = args.integer("--dpi", 24, 1200);
        if (!dpi)
            return usage(err, "chart", dpi.error().message);
        size.dpi = *dpi;
    }
    Charts::ChartOptions options;
    options.interactive = false;
    if (const auto unit = args.option("--unit")) {
        if (*unit == "tkr")
            options.unit = Core::AmountUnit::Thousands;
        else if (*unit == "mnkr")
            options.unit = Core::AmountUnit::Millions;
        else
            return usage(err, "chart", "--unit '" + *unit + "': väntade tkr eller mnkr");
    }
    if (auto format = Charts::exportFormatFor(QString::fromStdString(*outPath)); !format)
        return usage(err, "chart", format.error().message);

    auto store = Storage::SqliteStore::open(args.positional[0]);
    if (!store)
        return report(err, store.error());
    auto data = load(**store, *kommun, *namndCode, *year);
    if (!data)
        return report(err, data.error());

    std::optional<Core::NodeId> verksamhet;
    std::string name = data->namnd.name;
    if (const auto path = args.option("--verksamhet")) {
        for (const Storage::Verksamhet &v : data->verksamheter)
            if (v.path == *path) {
                verksamhet = v.id;
                name = v.name;
            }
        if (!verksamhet)
            return report(err, {Core::ErrorCode::NotFound, "verksamheten '" + *path + "' finns inte under " +
                                                               data->namnd.code + " (ange hela sökvägen, t.ex. \"Barn och unga > Dygnsvård\")"});
    }

    // Widgets need an application object; headless unless the caller chose a platform.
    std::unique_ptr<QApplication> app;
    if (!QCoreApplication::instance()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name0[] = "tertial-cli";
        static char *argv[] = {name0, nullptr};
        app = std::make_unique<QApplication>(argc, argv);
    }
    QCustomPlot plot;
    const std::size_t m = static_cast<std::size_t>(*month - 1);
    Result<void> drawn;
    if (*kind == "budget") {
        auto series = Core::budgetChartSeries(data->tables[m], verksamhet, name);
        if (!series)
            return report(err, series.error());
        Charts::BudgetChart::build(&plot, *series, options);
    } else if (*kind == "cumulative") {
        const Core::EconomicRow &now = rowOf(data->tables[m], verksamhet);
        Core::CumulativeChartInputs inputs;
        inputs.year = *year;
        inputs.month = *month;
        for (std::size_t i = 0; i <= m; ++i)
            inputs.actual[i] = rowOf(data->tables[i], verksamhet).values.actualNet;
        inputs.budgetYear = now.values.budgetYear.value_or(Money());
        // The table's periodens budget per month: entered figures and every child's own profile.
        std::array<Money, 12> budget{};
        for (std::size_t i = 0; i < 12; ++i)
            budget[i] = rowOf(data->tables[i], verksamhet).values.budgetPeriod.value_or(Money());
        inputs.budgetByMonth = budget;
        inputs.forecast = now.values.forecast;
        inputs.lastYearActualToMonth = rowOf(data->lastYear[m], verksamhet).values.actualNet;
        inputs.lastYearActualFullYear = rowOf(data->lastYear[11], verksamhet).values.actualNet;
        if (!now.values.budgetYear)
            return report(err, {Core::ErrorCode::MissingInput, name + " har ingen budget för helåret " + std::to_string(*year)});
        auto series = Core::cumulativeChartSeries(inputs);
        if (!series)
            return report(err, series.error());
        Charts::CumulativeChart::build(&plot, *series, name, options);
    } else if (*kind == "tertial") {
        std::array<Core::EconomicValues, 3> ends;
        for (std::size_t t = 0; t < 3; ++t)
            if ((t + 1) * 4 <= static_cast<std::size_t>(*month))
                ends[t] = rowOf(data->tables[(t + 1) * 4 - 1], verksamhet).values;
        Charts::TertialChart::build(&plot, Core::splitTertials(ends[0], ends[1], ends[2]), *year, name, options);
    } else if (*kind == "volume") {
        drawn = drawVolume(&plot, **store, *data, *month, verksamhet, name, args.has("--viktat"), options);
    } else if (*kind == "indicator") {
        drawn = drawIndicator(&plot, **store, *data, args.option("--indikator"), options);
    } else if (*kind == "bridge") {
        drawn = drawBridge(&plot, *data, *month, verksamhet, name, options);
    } else {
        drawn = drawAccuracy(&plot, *data, verksamhet, name, options);
    }
    if (!drawn)
        return report(err, drawn.error());
    auto written = Charts::exportChart(&plot, QString::fromStdString(*outPath), size);
    if (!written)
        return report(err, written.error());
    out << "Skrev " << *outPath << '\n';
    return 0;
}

std::string chartHelp()
{
    return R"(tertial-cli chart DB --kommun K --namnd N --year Y --month M --kind SORT --out FIL
                   [--verksamhet SÖKVÄG] [--width B --height H --dpi D] [--unit tkr|mnkr]
                   [--indikator KOD] [--viktat]

Ritar ett diagram ur databasen DB och skriver det som PNG, PDF eller SVG (efter
filändelsen). Belopp visas som nettokostnad (positiva tal), avvikelser med
tecken: + = överskott, - = underskott.

  --kind budget      budget, utfall och prognos per verksamhet (avvikelser utskrivna)
  --kind cumulative  ackumulerat utfall per månad mot periodiserad budget, med
                     prognoslinje till december och spannet mellan prognosmetoderna
  --kind tertial     nettokostnad och budget per tertial (T1, T2, T3) med avvikelse
  --kind volume      volymer per insatstyp och månad med glidande medelvärde
                     (12 månader); --viktat väger varje månad till 30,5 dygn
  --kind indicator   indikatorns utfall per år mot målvärdet, med status
                     (--indikator KOD väljer indikator, annars den första)
  --kind bridge      prognosbrygga: från förra prognosen till månadens, per verksamhet
  --kind accuracy    prognossäkerhet: årets prognoser mot helårets utfall

  --verksamhet SÖKVÄG  en verksamhet ("Barn och unga > Dygnsvård"); utan den hela nämnden
  --width, --height    storlek i bildpunkter (standard 1200 × 700)
  --dpi D              upplösning för PNG (standard 96; 300 för tryck)
)";
}

} // namespace Tertial::Cli
