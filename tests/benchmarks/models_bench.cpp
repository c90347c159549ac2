// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's speed targets (issue 4 item 7), driving Document and its models headless on the
// all-of-Sweden database: edit one leaf cell, switch period, open (no window exists yet: the
// document and models a window would show, every visible cell's text read once).
#include "benchsupport.h"

#include "tools/synthetic/syntheticdata.h"

#include "models/auditlogmodel.h"
#include "models/document.h"
#include "models/economictablemodel.h"
#include "storage/sqlitestore.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <vector>

namespace {

using namespace Tertial;
using Models::EconomicTableModel;

void check(bool ok, const std::string &what)
{
    if (!ok)
        throw std::runtime_error(what);
}

// Edits write: they go to a copy of the cached database, made once per run.
std::optional<std::filesystem::path> editableCopy()
{
    static const std::optional<std::filesystem::path> copy = []() -> std::optional<std::filesystem::path> {
        const auto path = Bench::swedenDatabase();
        if (!path)
            return std::nullopt;
        const std::filesystem::path to = Bench::scratchDir() / "sweden-edit.db";
        Bench::copyDatabase(*path, to);
        return to;
    }();
    return copy;
}

// Percentiles over per-operation latencies, as counters (ms): Google Benchmark's own statistics are
// over repetitions, and a frame budget is about the tail of single operations.
// Wall time counts waiting for a core on a shared machine and for the disk (the fsync of each
// commit); CPU time counts neither: both are reported.
struct Latencies
{
    std::vector<double> wall;
    std::vector<double> cpu;
    void add(const Bench::Stopwatch &watch)
    {
        wall.push_back(watch.wallSeconds() * 1000.0);
        cpu.push_back(watch.cpuSeconds() * 1000.0);
    }
};

void reportLatencies(benchmark::State &state, Latencies latencies)
{
    for (auto &[name, samples] : {std::pair{std::string(""), &latencies.wall}, std::pair{std::string("cpu_"), &latencies.cpu}}) {
        std::sort(samples->begin(), samples->end());
        auto at = [&](double q) {
            const auto i = static_cast<std::size_t>(q * static_cast<double>(samples->size() - 1) + 0.5);
            return (*samples)[i];
        };
        state.counters[name + "p50_ms"] = at(0.50);
        state.counters[name + "p95_ms"] = at(0.95);
        state.counters[name + "max_ms"] = samples->back();
    }
}

struct OpenDocument
{
    std::unique_ptr<Models::Document> document;
    std::unique_ptr<EconomicTableModel> table;
    std::unique_ptr<Models::AuditLogModel> auditLog;
};

OpenDocument openDocument(const std::string &path, bool checkIntegrity, const std::string &period, bool auditPanel = true)
{
    auto store = Storage::SqliteStore::open(path, Storage::SqliteStore::OpenOptions{checkIntegrity});
    check(store.has_value(), store ? "" : store.error().message);
    auto namnd = (*store)->findNamnd(Bench::benchKommun(), std::string(Tools::syntheticNamndCode));
    check(namnd && *namnd, "no nämnd SN in kommun " + Bench::benchKommun());
    const Storage::Id namndId = (**namnd).id;
    OpenDocument open;
    open.document = std::make_unique<Models::Document>(std::move(*store));
    open.table = std::make_unique<EconomicTableModel>(open.document.get());
    if (auditPanel)
        open.auditLog = std::make_unique<Models::AuditLogModel>(open.document.get());
    auto ok = open.document->select(Models::Selection{Bench::benchKommun(), namndId, Bench::benchYear(), period});
    check(ok.has_value(), ok ? "" : ok.error().message);
    return open;
}

// Every cell's display text once, as a first paint of the Ekonomi tab asks for.
std::size_t readAllCells(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    std::size_t chars = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column)
            chars += static_cast<std::size_t>(model.data(model.index(row, column, parent)).toString().size());
        chars += readAllCells(model, model.index(row, 0, parent));
    }
    return chars;
}

// The leaves of the table, by model index of one column.
std::vector<QModelIndex> leafCells(const EconomicTableModel &model, EconomicTableModel::Column column,
                                   const QModelIndex &parent = {})
{
    std::vector<QModelIndex> cells;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex name = model.index(row, 0, parent);
        if (model.rowCount(name) == 0) {
            if (name.data(EconomicTableModel::VerksamhetIdRole).toLongLong() != 0)
                cells.push_back(model.index(row, static_cast<int>(column), parent));
        } else {
            auto below = leafCells(model, column, name);
            cells.insert(cells.end(), below.begin(), below.end());
        }
    }
    return cells;
}

// Typing a new utfall kostnader into a leaf (through EconomicTableModel::setData, as the view's
// editor does): validated, written in one transaction with its audit row, the table rebuilt by the
// core, dataChanged for the row, its ancestors and Summa, and the audit-log panel reloaded.
void editLeafCell(benchmark::State &state, bool auditPanel)
{
    const auto path = editableCopy();
    if (!path) {
        state.SkipWithError("TERTIAL_BENCH_DB is not set (scripts/bench-scale makes the database)");
        return;
    }
    OpenDocument open = openDocument(path->string(), false, std::to_string(Bench::benchMonth()), auditPanel);
    const std::vector<QModelIndex> cells = leafCells(*open.table, EconomicTableModel::Column::ActualCost);
    check(!cells.empty(), "no leaf cells");
    Latencies samples;
    int n = 0;
    for (auto _ : state) {
        const QModelIndex &cell = cells[static_cast<std::size_t>(n) % cells.size()];
        // A different value each time (tkr, the default unit), so every edit is a real change.
        const QString text = QString::number(-1000 - n);
        ++n;
        const Bench::Stopwatch watch;
        const bool ok = open.table->setData(cell, text, Qt::EditRole);
        // Work the models deferred to the event loop (a queued reload) still comes before the
        // next frame: it counts.
        QCoreApplication::processEvents();
        samples.add(watch);
        check(ok, open.document->lastError().toStdString());
        state.SetIterationTime(samples.wall.back() / 1000.0);
    }
    reportLatencies(state, std::move(samples));
}
void BM_EditLeafCell(benchmark::State &state) { editLeafCell(state, true); }
BENCHMARK(BM_EditLeafCell)->UseManualTime()->Iterations(300)->Unit(benchmark::kMillisecond);
// The same without the Ändringslogg panel's model, which reloads the nämnd's audit log on every edit.
void BM_EditLeafCell_NoAuditPanel(benchmark::State &state) { editLeafCell(state, false); }
BENCHMARK(BM_EditLeafCell_NoAuditPanel)->UseManualTime()->Iterations(300)->Unit(benchmark::kMillisecond);

// Switching the reporting period in the navigator: the document reloads the nämnd-year and the
// models reset.
void switchPeriod(benchmark::State &state, bool auditPanel)
{
    const auto path = Bench::swedenDatabase();
    if (!path) {
        state.SkipWithError("TERTIAL_BENCH_DB is not set (scripts/bench-scale makes the database)");
        return;
    }
    OpenDocument open = openDocument(*path, false, std::to_string(Bench::benchMonth()), auditPanel);
    const Models::Selection base = open.document->selection();
    const char *periods[] = {"T1", "5", "T2", "delår", "12", "helår", "3"};
    Latencies samples;
    int n = 0;
    for (auto _ : state) {
        Models::Selection next = base;
        next.period = periods[static_cast<std::size_t>(n++) % std::size(periods)];
        const Bench::Stopwatch watch;
        auto ok = open.document->select(next);
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(open.table->rowCount());
        samples.add(watch);
        check(ok.has_value(), ok ? "" : ok.error().message);
        state.SetIterationTime(samples.wall.back() / 1000.0);
    }
    reportLatencies(state, std::move(samples));
}
void BM_SwitchPeriod(benchmark::State &state) { switchPeriod(state, true); }
BENCHMARK(BM_SwitchPeriod)->UseManualTime()->Iterations(70)->Unit(benchmark::kMillisecond);
void BM_SwitchPeriod_NoAuditPanel(benchmark::State &state) { switchPeriod(state, false); }
BENCHMARK(BM_SwitchPeriod_NoAuditPanel)->UseManualTime()->Iterations(70)->Unit(benchmark::kMillisecond);

// Opening the database as the window would: open the store (with the integrity check the default
// open does, and without), the document, the Ekonomi and audit-log models, select the period and
// read every cell's text once.
void openWorkbench(benchmark::State &state, bool checkIntegrity)
{
    const auto path = Bench::swedenDatabase();
    if (!path) {
        state.SkipWithError("TERTIAL_BENCH_DB is not set (scripts/bench-scale makes the database)");
        return;
    }
    for (auto _ : state) {
        OpenDocument open = openDocument(*path, checkIntegrity, std::to_string(Bench::benchMonth()));
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(readAllCells(*open.table));
    }
}
void BM_OpenWorkbench(benchmark::State &state) { openWorkbench(state, true); }
BENCHMARK(BM_OpenWorkbench)->Unit(benchmark::kMillisecond)->Iterations(1);
void BM_OpenWorkbench_NoIntegrityCheck(benchmark::State &state) { openWorkbench(state, false); }
BENCHMARK(BM_OpenWorkbench_NoIntegrityCheck)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
