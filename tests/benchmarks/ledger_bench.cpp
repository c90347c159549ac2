// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger import (issue 13 item 8): a year of a large socialnämnd's ledger, 500 000
// account-month rows (tools/synthetic/syntheticledger), as CSV and as XLSX, against the
// figure-file import of as many rows. Counters: rows/s, and the process's peak resident memory
// during the import (VmHWM after resetting it), at 100 000 and 500 000 rows: it must not grow
// with the file.
#include "benchsupport.h"

#include "io/importer.h"
#include "io/ledgerimport.h"
#include "storage/sqlitestore.h"
#include "tools/synthetic/syntheticledger.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <map>

namespace {

using namespace Tertial;

const std::filesystem::path &templateDb()
{
    static const std::filesystem::path path = [] {
        const auto p = Bench::scratchDir() / "ledger-template.db";
        auto store = Storage::SqliteStore::create(p.string());
        Io::Importer importer(**store);
        importer.addText("kommuner.csv", Bench::sourceFile("data/referens/kommuner.csv"));
        if (auto ok = importer.commit("bench"); !ok)
            std::abort();
        return p;
    }();
    return path;
}

std::string ledgerFile(std::size_t rows, const char *extension)
{
    static std::map<std::string, std::string> made;
    const std::string key = std::to_string(rows) + extension;
    if (auto it = made.find(key); it != made.end())
        return it->second;
    const std::string path = (Bench::scratchDir() / ("huvudbok-" + key)).string();
    Tools::SyntheticLedgerSpec spec;
    spec.rows = rows;
    if (!Tools::writeSyntheticLedger(path, spec))
        std::abort();
    made[key] = path;
    return path;
}

std::string ansvarFile()
{
    static const std::string path = [] {
        const std::string p = (Bench::scratchDir() / "ansvar.csv").string();
        std::ofstream(p) << Tools::syntheticLedgerAnsvarMapping();
        return p;
    }();
    return path;
}

// Resets the peak resident set (Linux: clear_refs 5) so VmHWM measures this import alone.
void resetPeak()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

double peakMegabytes()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.starts_with("VmHWM:"))
            return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

void ledgerImport(benchmark::State &state, const char *extension)
{
    const auto rows = static_cast<std::size_t>(state.range(0));
    const std::string file = ledgerFile(rows, extension);
    const auto db = Bench::scratchDir() / "ledger.db";
    double peak = 0, fileBytes = static_cast<double>(std::filesystem::file_size(file));
    for (auto _ : state) {
        Bench::copyDatabase(templateDb(), db);
        auto store = Storage::SqliteStore::open(db.string());
        resetPeak();
        const Bench::Stopwatch watch;
        Io::LedgerImporter importer(**store);
        Io::LedgerOptions options;
        options.kommun = "0180";
        options.namnd = "SN";
        options.ansvarFile = ansvarFile();
        auto report = importer.read(file, options);
        if (!report || report->refused()) {
            state.SkipWithError(report ? report->refusal().c_str() : report.error().message.c_str());
            return;
        }
        auto written = importer.apply(*report, "bench");
        if (!written) {
            state.SkipWithError(written.error().message.c_str());
            return;
        }
        state.SetIterationTime(watch.wallSeconds());
        peak = std::max(peak, peakMegabytes());
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["rows_s"] = benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["peak_rss_mb"] = peak;
    state.counters["file_mb"] = fileBytes / 1048576.0;
}

void BM_LedgerImportCsv(benchmark::State &state) { ledgerImport(state, ".csv"); }
void BM_LedgerImportXlsx(benchmark::State &state) { ledgerImport(state, ".xlsx"); }
BENCHMARK(BM_LedgerImportCsv)->Arg(100000)->Arg(500000)->UseManualTime()->Iterations(2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LedgerImportXlsx)->Arg(100000)->Arg(500000)->UseManualTime()->Iterations(2)->Unit(benchmark::kMillisecond);

// The figure file (docs/formats.md) of as many rows through the ordinary importer: the rate the
// ledger import is compared with.
void BM_FigureFileImport(benchmark::State &state)
{
    const auto rows = static_cast<std::size_t>(state.range(0));
    const std::string text = Tools::syntheticFigureFile(rows);
    const auto db = Bench::scratchDir() / "figures.db";
    double peak = 0;
    for (auto _ : state) {
        Bench::copyDatabase(templateDb(), db);
        auto store = Storage::SqliteStore::open(db.string());
        resetPeak();
        const Bench::Stopwatch watch;
        Io::Importer importer(**store);
        importer.addText("figurer.csv", text);
        if (auto ok = importer.commit("bench"); !ok) {
            state.SkipWithError(ok.error().message.substr(0, 300).c_str());
            return;
        }
        state.SetIterationTime(watch.wallSeconds());
        peak = std::max(peak, peakMegabytes());
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["rows_s"] = benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["peak_rss_mb"] = peak;
}
BENCHMARK(BM_FigureFileImport)->Arg(500000)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
