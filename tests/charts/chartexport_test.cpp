// SPDX-License-Identifier: GPL-3.0-or-later
// Export to PNG, PDF and SVG; and the screenshots of every kind for docs/screenshots.
#include "seedseries.h"

#include "charts/accuracychart.h"
#include "charts/bridgechart.h"
#include "charts/budgetchart.h"
#include "charts/chartexport.h"
#include "charts/cumulativechart.h"
#include "charts/indicatorchart.h"
#include "charts/tertialchart.h"
#include "charts/volumechart.h"

#include <gtest/gtest.h>

#include <qcustomplot.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include <functional>

namespace Tertial::Charts::Test {
namespace {

void buildTertial(QCustomPlot *plot, const ChartOptions &options)
{
    TertialChart::build(plot, seed000Tertials(), 2020, "Barn och unga 0-20 år", options);
}

TEST(ChartExport, PngHasTheRequestedPixels)
{
    QTemporaryDir dir;
    QCustomPlot plot;
    buildTertial(&plot, {});
    const QString path = dir.filePath(QStringLiteral("t.png"));
    ASSERT_TRUE(exportChart(&plot, path, {800, 500, 96}));
    QImage image(path);
    EXPECT_EQ(image.size(), QSize(800, 500));
    // Print resolution: 192 dpi doubles the pixels and records the resolution.
    ASSERT_TRUE(exportChart(&plot, path, {800, 500, 192}));
    image = QImage(path);
    EXPECT_EQ(image.size(), QSize(1600, 1000));
    EXPECT_EQ(qRound(image.dotsPerMeterX() * 0.0254), 192);
}

TEST(ChartExport, PdfStartsWithItsMagic)
{
    QTemporaryDir dir;
    QCustomPlot plot;
    buildTertial(&plot, {});
    const QString path = dir.filePath(QStringLiteral("t.pdf"));
    ASSERT_TRUE(exportChart(&plot, path, {800, 500, 96}));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
}

TEST(ChartExport, SvgParsesAndHoldsTheText)
{
    QTemporaryDir dir;
    QCustomPlot plot;
    buildTertial(&plot, {});
    const QString path = dir.filePath(QStringLiteral("t.svg"));
    ASSERT_TRUE(exportChart(&plot, path, {800, 500, 96}));
    QSvgRenderer renderer(path);
    EXPECT_TRUE(renderer.isValid());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString svg = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(svg.contains(QStringLiteral("-4 683"))); // seed 000 §7 T1 avvikelse, as text
}

TEST(ChartExport, RefusesUnknownSuffixesAndSizes)
{
    QCustomPlot plot;
    buildTertial(&plot, {});
    const auto bad = exportChart(&plot, QStringLiteral("/tmp/x.jpg"), {});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, Core::ErrorCode::Unsupported);
    EXPECT_NE(bad.error().message.find(".png"), std::string::npos);
    EXPECT_EQ(exportChart(&plot, QStringLiteral("/tmp/x.png"), {10, 10, 96}).error().code, Core::ErrorCode::OutOfRange);
    EXPECT_EQ(exportChart(&plot, QStringLiteral("/nonexistent-dir/x.png"), {}).error().code, Core::ErrorCode::Io);
}

// Renders every kind as a reader sees it in a report (1200 × 700, 96 dpi) into the build's
// screenshots folder; docs/screenshots holds the reviewed copies.
TEST(ChartScreenshots, EveryKind)
{
    const QString dir = QStringLiteral(TERTIAL_SCREENSHOT_DIR);
    ASSERT_TRUE(QDir().mkpath(dir));
    ChartOptions options;
    options.interactive = false;
    const std::pair<const char *, std::function<void(QCustomPlot *)>> kinds[] = {
        {"budget", [&](QCustomPlot *p) { BudgetChart::build(p, seed002Budget(), options); }},
        {"cumulative", [&](QCustomPlot *p) { CumulativeChart::build(p, seed002Cumulative(), "Barn och unga", options); }},
        {"tertial", [&](QCustomPlot *p) { buildTertial(p, options); }},
        {"volume", [&](QCustomPlot *p) {
             VolumeChart::build(p, seed002Volumes(false), "Personlig assistans", "personer", options);
         }},
        {"indicator", [&](QCustomPlot *p) { IndicatorChart::build(p, seed000Indicator(), options); }},
        {"bridge", [&](QCustomPlot *p) { BridgeChart::build(p, seed002Bridge(), 2017, "Socialnämnden", options); }},
        {"accuracy", [&](QCustomPlot *p) {
             AccuracyChart::build(p, seed000Accuracy(), 2020, "Barn och unga 0-20 år", "Summa barn och unga", options);
         }},
    };
    for (const auto &[kind, build] : kinds) {
        QCustomPlot plot;
        build(&plot);
        const QString path = dir + QStringLiteral("/chart-") + QString::fromLatin1(kind) + QStringLiteral(".png");
        ASSERT_TRUE(exportChart(&plot, path, {1200, 700, 96})) << kind;
        EXPECT_EQ(QImage(path).size(), QSize(1200, 700)) << kind;
    }
}

} // namespace
} // namespace Tertial::Charts::Test
