// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli chart: store -> the nämnd's analysis -> core series -> chart builder -> file.
#include "chartcommand.h"

#include "databasefile.h"

#include "commands.h"

#include "charts/accuracychart.h"
#include "charts/bridgechart.h"
#include "charts/budgetchart.h"
#include "charts/chartexport.h"
#include "charts/cumulativechart.h"
#include "charts/indicatorchart.h"
#include "charts/tertialchart.h"
#include "charts/volumechart.h"
#include "analysis/namndanalysis.h"
#include "models/chartdata.h"
#include "storage/openstore.h"

#include <qcustomplot.h>

#include <QApplication>

#include <memory>
#include <optional>

namespace Tertial::Cli {
namespace {

using Core::Result;
using Models::ChartData;

int report(std::ostream &err, const Core::Error &error)
{
    err << "tertial-cli chart: " << error.message << '\n';
    return 1;
}

// Analysis -> core series (Models::ChartData, shared with the workbench's chart panel) -> builder.
Result<void> draw(QCustomPlot *plot, const ChartData &data, Models::ChartKind kind, int month,
                  std::optional<Core::NodeId> verksamhet, const Arguments &args, const Charts::ChartOptions &options)
{
    const std::string name = data.nameOf(verksamhet);
    switch (kind) {
    case Models::ChartKind::Budget: {
        auto series = data.budget(month, verksamhet);
        if (!series)
            return std::unexpected(series.error());
        Charts::BudgetChart::build(plot, *series, options);
        return {};
    }
    case Models::ChartKind::Cumulative: {
        auto series = data.cumulative(month, verksamhet);
        if (!series)
            return std::unexpected(series.error());
        Charts::CumulativeChart::build(plot, *series, name, options);
        return {};
    }
    case Models::ChartKind::Tertial:
        Charts::TertialChart::build(plot, data.tertials(month, verksamhet), data.year(), name, options);
        return {};
    case Models::ChartKind::Volume: {
        Models::VolumeChoice choice;
        choice.weighted = args.has("--viktat");
        auto volumes = data.volumes(month, verksamhet, choice);
        if (!volumes)
            return std::unexpected(volumes.error());
        Charts::VolumeChart::build(plot, volumes->series, volumes->name, volumes->measure, options);
        return {};
    }
    case Models::ChartKind::Indicator: {
        auto series = data.indicator(args.option("--indikator"));
        if (!series)
            return std::unexpected(series.error());
        Charts::IndicatorChart::build(plot, *series, options);
        return {};
    }
    case Models::ChartKind::Bridge: {
        auto bridge = data.bridge(month, verksamhet);
        if (!bridge)
            return std::unexpected(bridge.error());
        Charts::BridgeChart::build(plot, bridge->bridge, data.year(), name, options,
                                   bridge->endsInActual ? QStringLiteral("Utfall helår") : QString());
        return {};
    }
    case Models::ChartKind::Accuracy: {
        auto accuracy = data.accuracy(verksamhet);
        if (!accuracy)
            return std::unexpected(accuracy.error());
        Charts::AccuracyChart::build(plot, accuracy->rows, data.year(), name, accuracy->totalName, options);
        return {};
    }
    }
    return {};
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
    const auto chartKind = Models::chartKindFromCode(*kind);
    if (!chartKind)
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

    auto store = Storage::openStore(args.positional[0]);
    if (!store)
        return report(err, store.error());
    if (auto refused = databaseFileNamed(*outPath))
        return report(err, *refused);
    auto analysis = Analysis::analyse(**store, *kommun, *namndCode, *year, *month);
    if (!analysis)
        return report(err, analysis.error());
    const ChartData data(std::move(*analysis));

    std::optional<Core::NodeId> verksamhet;
    if (const auto path = args.option("--verksamhet")) {
        verksamhet = data.findPath(*path);
        if (!verksamhet)
            return report(err, {Core::ErrorCode::NotFound, "verksamheten '" + *path + "' finns inte under " +
                                                               data.namnd().code + " (ange hela sökvägen, t.ex. \"Barn och unga > Dygnsvård\")"});
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
    if (auto drawn = draw(&plot, data, *chartKind, *month, verksamhet, args, options); !drawn)
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
