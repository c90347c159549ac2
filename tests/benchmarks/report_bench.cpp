// SPDX-License-Identifier: GPL-3.0-or-later
// A delårsrapport of the demo database (seed 003, Huddinge augusti 2021) to DOCX: load, build,
// render and zip. Target (issue 6): under 2 s with all its charts.
#include "reports/chartimages.h"
#include "reports/docxwriter.h"
#include "reports/reportbuilder.h"
#include "reports/reportdata.h"
#include "storage/databasefiles.h"
#include "storage/sqlitestore.h"

#include <QApplication>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace {

using namespace Tertial;

void DelarsrapportToDocx(benchmark::State &state)
{
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "tertial-report-bench";
    std::filesystem::create_directories(dir);
    const std::filesystem::path db = dir / "demo.tertial";
    for (const char *suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(db.string() + suffix);
    if (auto copied = Storage::copyDatabaseFile(TERTIAL_DEMO_DB, db.string()); !copied) {
        state.SkipWithError(copied.error().message.c_str());
        return;
    }
    auto store = Storage::SqliteStore::open(db.string());
    if (!store) {
        state.SkipWithError(store.error().message.c_str());
        return;
    }
    const Reports::ReportRequest request{"0126", "SN", 2021, 8, Reports::ReportKind::Interim, ""};
    auto style = Reports::loadTemplate(std::string(TERTIAL_SOURCE_DIR) + "/resources/templates", request.kommun);
    Reports::RenderOptions options;
    options.style = style.value();
    options.charts = Reports::chartImageProvider();
    std::size_t bytes = 0;
    std::size_t charts = 0;
    for (auto _ : state) {
        auto data = Reports::loadReportData(**store, request);
        if (!data) {
            state.SkipWithError(data.error().message.c_str());
            return;
        }
        const auto document = Reports::buildReport(*data, options.style);
        charts = static_cast<std::size_t>(std::count_if(document.blocks.begin(), document.blocks.end(), [](const auto &block) {
            return std::holds_alternative<Reports::ChartSlot>(block);
        }));
        auto written = Reports::writeDocx(document, (dir / "delar.docx").string(), options);
        if (!written) {
            state.SkipWithError(written.error().message.c_str());
            return;
        }
        bytes = std::filesystem::file_size(dir / "delar.docx");
    }
    state.counters["docx_bytes"] = static_cast<double>(bytes);
    state.counters["charts"] = static_cast<double>(charts);
    std::filesystem::remove_all(dir);
}
BENCHMARK(DelarsrapportToDocx)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
