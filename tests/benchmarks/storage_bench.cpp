// SPDX-License-Identifier: GPL-3.0-or-later
// Storage at scale: the figure-file import beside raw sqlite3 inserts into the same schema, and
// open-to-first-table on the all-of-Sweden database (TERTIAL_BENCH_DB, made by tertial-gen).
#include "benchsupport.h"

#include "tools/synthetic/syntheticdata.h"

#include "io/importer.h"
#include "storage/sqlitestore.h"

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <chrono>
#include <map>
#include <stdexcept>

namespace {

using namespace Tertial;

void check(bool ok, const std::string &what)
{
    if (!ok)
        throw std::runtime_error(what);
}

// The import workload: 16 kommuner × 2 years of the synthetic nämnd (42 624 figure rows), imported
// into a database that already holds the kommun list and the verksamheter, so the import and the
// raw inserts write exactly the same figure rows.
struct ImportWorkload
{
    std::string figureText;
    std::size_t rows = 0;
    std::filesystem::path templateDb;
    // The same rows resolved for a raw insert: verksamhet id, year, month, measure, öre; and the
    // batch the importer would hand the store, for the apply-only measurement.
    struct RawRow
    {
        std::int64_t verksamhetId;
        int year, month;
        Storage::Measure measure;
        std::int64_t ore;
        const std::string *path;
    };
    std::vector<RawRow> raw;
    Storage::ImportBatch batch;
};

const ImportWorkload &importWorkload()
{
    static const ImportWorkload workload = [] {
        ImportWorkload w;
        const std::string list = Bench::sourceFile("data/referens/kommuner.csv");
        std::vector<std::string> kommuner = Tools::kommunCodes(list);
        kommuner.resize(16);
        const Tools::SyntheticSpec spec{2024, 2, 2026};
        w.templateDb = Bench::scratchDir() / "import-template.db";
        std::map<std::pair<std::string, std::string>, std::int64_t> ids;
        {
            auto store = Storage::SqliteStore::create(w.templateDb.string());
            check(store.has_value(), "create template");
            Io::Importer importer(**store);
            importer.addText("kommuner.csv", Tools::kommunListOfKommuner(list));
            for (const std::string &k : kommuner)
                importer.addText(k + "/verksamheter.csv", Tools::verksamheterText(k, true));
            auto ok = importer.commit();
            check(ok.has_value(), ok ? "" : ok.error().message);
            for (const std::string &k : kommuner) {
                auto namnd = (*store)->findNamnd(k, std::string(Tools::syntheticNamndCode));
                check(namnd && *namnd, "nämnd " + k);
                auto verksamheter = (*store)->verksamheter((**namnd).id);
                check(verksamheter.has_value(), "verksamheter " + k);
                for (const Storage::Verksamhet &v : *verksamheter)
                    ids[{k, v.path}] = v.id;
            }
        }
        const auto &tree = Tools::syntheticTree();
        for (std::size_t i = 0; i < kommuner.size(); ++i) {
            const std::string &k = kommuner[i];
            w.figureText += Tools::figureFileText(k, spec, i == 0);
            Tools::forEachFigure(k, spec, [&](const Tools::SyntheticFigure &f) {
                const std::string &path = tree[f.node].path;
                w.raw.push_back({ids.at({k, path}), f.year, f.month, f.measure, f.kronor * 100, &path});
                Storage::FigureRow row;
                row.source = {"figurer.csv", static_cast<int>(w.batch.figures.size()) + 2};
                row.namnd = {k, std::string(Tools::syntheticNamndCode)};
                row.path = path;
                row.year = f.year;
                row.month = f.month == 0 ? std::nullopt : std::optional(f.month);
                row.measure = f.measure;
                row.amount = Core::Money::fromKronor(f.kronor);
                w.batch.figures.push_back(row);
            });
        }
        w.rows = w.raw.size();
        return w;
    }();
    return workload;
}

struct Times
{
    double wall = 0;
    double cpu = 0;
    Times &operator+=(const Times &other)
    {
        wall += other.wall;
        cpu += other.cpu;
        return *this;
    }
};

Times elapsed(const Bench::Stopwatch &watch)
{
    return {watch.wallSeconds(), watch.cpuSeconds()};
}

// The real path: the figure file through Io::Importer (read, check, cross-check) and
// SqliteStore::apply (one transaction; the stored figures of each nämnd-year read once, an INSERT
// per new figure and one "import N nya belopp" audit row per nämnd; a changed value would get an
// UPDATE and its own audit row).
Times timeImport(const std::filesystem::path &db, const ImportWorkload &w)
{
    auto store = Storage::SqliteStore::open(db.string());
    check(store.has_value(), "open");
    (*store)->setUser("bench");
    const Bench::Stopwatch watch;
    Io::Importer importer(**store);
    importer.addText("figurer.csv", w.figureText);
    auto summary = importer.commit("bench");
    const Times seconds = elapsed(watch);
    check(summary && summary->figuresWritten == w.rows, summary ? "not every row written" : summary.error().message);
    return seconds;
}

// The store's part alone: the batch the importer builds, applied.
Times timeApply(const std::filesystem::path &db, const ImportWorkload &w)
{
    auto store = Storage::SqliteStore::open(db.string());
    check(store.has_value(), "open");
    (*store)->setUser("bench");
    const Bench::Stopwatch watch;
    auto summary = (*store)->apply(w.batch, "bench");
    const Times seconds = elapsed(watch);
    check(summary && summary->figuresWritten == w.rows, summary ? "not every row written" : summary.error().message);
    return seconds;
}

// The baseline: one prepared INSERT per row into the same figure table, in one transaction, with
// the store's pragmas (WAL, foreign keys, synchronous FULL). With `audit` also the audit-log row
// that the store writes per changed figure (the same columns and text shape).
Times timeRaw(const std::filesystem::path &db, const ImportWorkload &w, bool audit)
{
    sqlite3 *handle = nullptr;
    check(sqlite3_open_v2(db.string().c_str(), &handle, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK, "raw open");
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"})
        check(sqlite3_exec(handle, pragma, nullptr, nullptr, nullptr) == SQLITE_OK, pragma);
    const Bench::Stopwatch watch;
    sqlite3_stmt *insert = nullptr;
    sqlite3_stmt *log = nullptr;
    check(sqlite3_prepare_v2(handle,
                             "INSERT INTO figure (verksamhet_id, year, month, measure, kontoslag, amount_ore) "
                             "VALUES (?1, ?2, ?3, ?4, '', ?5)",
                             -1, &insert, nullptr) == SQLITE_OK,
          "prepare insert");
    check(sqlite3_prepare_v2(handle,
                             "INSERT INTO audit_log (at, who, entity, namnd_id, verksamhet_id, what, old_value, "
                             "new_value, reason) VALUES ('2026-01-01T00:00:00Z', 'bench', 'figur', NULL, ?1, ?2, NULL, "
                             "?3, 'bench')",
                             -1, &log, nullptr) == SQLITE_OK,
          "prepare audit");
    check(sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK, "begin");
    std::string what;
    for (const ImportWorkload::RawRow &r : w.raw) {
        const std::string_view measure = Storage::measureCode(r.measure);
        sqlite3_bind_int64(insert, 1, r.verksamhetId);
        sqlite3_bind_int(insert, 2, r.year);
        sqlite3_bind_int(insert, 3, r.month);
        sqlite3_bind_text(insert, 4, measure.data(), static_cast<int>(measure.size()), SQLITE_STATIC);
        sqlite3_bind_int64(insert, 5, r.ore);
        check(sqlite3_step(insert) == SQLITE_DONE, "insert");
        sqlite3_reset(insert);
        if (audit) {
            what = *r.path + " " + std::to_string(r.year) + "-" + std::to_string(r.month) + " " + std::string(measure);
            const std::string value = std::to_string(r.ore);
            sqlite3_bind_int64(log, 1, r.verksamhetId);
            sqlite3_bind_text(log, 2, what.data(), static_cast<int>(what.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(log, 3, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
            check(sqlite3_step(log) == SQLITE_DONE, "audit");
            sqlite3_reset(log);
        }
    }
    check(sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK, "commit");
    sqlite3_finalize(insert);
    sqlite3_finalize(log);
    const Times seconds = elapsed(watch);
    sqlite3_close(handle);
    return seconds;
}

// Each iteration imports the workload through the importer, applies it through the store alone,
// and inserts it raw (with and without audit rows), each into a fresh copy of the same database:
// the rates are measured in the same run, so the ratio holds even on a noisy machine. The time
// column is the importer's.
void BM_ImportVsRawInsert(benchmark::State &state)
{
    const ImportWorkload &w = importWorkload();
    const std::filesystem::path db = Bench::scratchDir() / "import.db";
    Times import, apply, raw, rawAudit;
    for (auto _ : state) {
        Bench::copyDatabase(w.templateDb, db);
        const Times one = timeImport(db, w);
        import += one;
        Bench::copyDatabase(w.templateDb, db);
        apply += timeApply(db, w);
        Bench::copyDatabase(w.templateDb, db);
        raw += timeRaw(db, w, false);
        Bench::copyDatabase(w.templateDb, db);
        rawAudit += timeRaw(db, w, true);
        state.SetIterationTime(one.wall);
    }
    const auto rows = static_cast<double>(w.rows) * static_cast<double>(state.iterations());
    state.counters["rows"] = static_cast<double>(w.rows);
    state.counters["import_rows_s"] = rows / import.wall;
    state.counters["apply_rows_s"] = rows / apply.wall;
    state.counters["raw_rows_s"] = rows / raw.wall;
    state.counters["raw_audit_rows_s"] = rows / rawAudit.wall;
    state.counters["pct_of_raw"] = 100.0 * raw.wall / import.wall; // the target: ≥ 50
    state.counters["pct_of_raw_cpu"] = 100.0 * raw.cpu / import.cpu;
    state.counters["pct_of_raw_audit"] = 100.0 * rawAudit.wall / import.wall;
    state.counters["import_cpu_rows_s"] = rows / import.cpu;
    state.counters["apply_cpu_rows_s"] = rows / apply.cpu;
    state.counters["raw_cpu_rows_s"] = rows / raw.cpu;
    state.counters["raw_audit_cpu_rows_s"] = rows / rawAudit.cpu;
}
BENCHMARK(BM_ImportVsRawInsert)->UseManualTime()->Iterations(2)->Unit(benchmark::kMillisecond);

// The import alone, for a profiler: perf record build/release/bin/storage_bench --benchmark_filter=BM_Import/
void BM_Import(benchmark::State &state)
{
    const ImportWorkload &w = importWorkload();
    const std::filesystem::path db = Bench::scratchDir() / "import.db";
    for (auto _ : state) {
        Bench::copyDatabase(w.templateDb, db);
        state.SetIterationTime(timeImport(db, w).wall);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(w.rows) * state.iterations());
}
BENCHMARK(BM_Import)->UseManualTime()->Iterations(2)->Unit(benchmark::kMillisecond);

// Open the store, find the nämnd, load one nämnd-year (and the year before) and let the core
// build the economic table: what a user waits for before the first table shows.
void openToFirstTable(benchmark::State &state, bool checkIntegrity)
{
    const auto path = Bench::swedenDatabase();
    if (!path) {
        state.SkipWithError("TERTIAL_BENCH_DB is not set (scripts/bench-scale makes the database)");
        return;
    }
    for (auto _ : state) {
        auto store = Storage::SqliteStore::open(*path, Storage::SqliteStore::OpenOptions{checkIntegrity});
        check(store.has_value(), store ? "" : store.error().message);
        auto namnd = (*store)->findNamnd(Bench::benchKommun(), std::string(Tools::syntheticNamndCode));
        check(namnd && *namnd, "no nämnd SN in kommun " + Bench::benchKommun());
        auto table = Bench::economicTableFromStore(**store, (**namnd).id, Bench::benchYear(), Bench::benchMonth());
        check(table && table->rows.size() == Tools::syntheticTree().size(), table ? "rows" : table.error().message);
        benchmark::DoNotOptimize(table);
    }
}

void BM_OpenToFirstTable(benchmark::State &state) { openToFirstTable(state, true); }
BENCHMARK(BM_OpenToFirstTable)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_OpenToFirstTable_NoIntegrityCheck(benchmark::State &state) { openToFirstTable(state, false); }
BENCHMARK(BM_OpenToFirstTable_NoIntegrityCheck)->Unit(benchmark::kMillisecond);

// With the store open: loading another nämnd-year and building its table (switching kommun or year).
void BM_LoadNamndYear(benchmark::State &state)
{
    const auto path = Bench::swedenDatabase();
    if (!path) {
        state.SkipWithError("TERTIAL_BENCH_DB is not set (scripts/bench-scale makes the database)");
        return;
    }
    auto store = Storage::SqliteStore::open(*path, Storage::SqliteStore::OpenOptions{false});
    check(store.has_value(), store ? "" : store.error().message);
    auto namnd = (*store)->findNamnd(Bench::benchKommun(), std::string(Tools::syntheticNamndCode));
    check(namnd && *namnd, "no nämnd SN in kommun " + Bench::benchKommun());
    for (auto _ : state) {
        auto table = Bench::economicTableFromStore(**store, (**namnd).id, Bench::benchYear(), Bench::benchMonth());
        benchmark::DoNotOptimize(table);
    }
}
BENCHMARK(BM_LoadNamndYear)->Unit(benchmark::kMillisecond);

} // namespace
