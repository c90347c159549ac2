// SPDX-License-Identifier: GPL-3.0-or-later
// The shared server (issue 17 item 7), against the PostgreSQL cluster in TERTIAL_BENCH_PG
// (scripts/bench-scale starts one with fsync and synchronous commit on, as a real server has):
//  - the figure-file import into PostgreSQL (COPY into a staging table, one set-based merge)
//    beside a raw COPY of the same rows into the same table; the target is at least 50 %;
//  - an edit of a cell, committed, notified and read by a second client: p50/p95/p99 latency,
//    alone and with 8 other clients writing at the same time; the target is p95 under 50 ms.
#include "benchsupport.h"

#include "tools/synthetic/syntheticdata.h"

#include "io/importer.h"
#include "storage/openstore.h"
#include "storage/pgconnection.h"
#include "storage/pgstore.h"

#include <benchmark/benchmark.h>

#include <poll.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <limits>
#include <map>
#include <regex>
#include <stdexcept>
#include <thread>

namespace {

using namespace Tertial;

void check(bool ok, const std::string &what)
{
    if (!ok)
        throw std::runtime_error(what);
}

std::string server()
{
    const char *uri = std::getenv("TERTIAL_BENCH_PG");
    return uri ? uri : "";
}

std::string database(const std::string &name)
{
    return std::regex_replace(server(), std::regex("^(postgres(ql)?://[^/]*)/[^?]*"), "$1/" + name);
}

void admin(const std::string &sql)
{
    auto db = Storage::PgConnection::connect(server());
    check(db.has_value(), db ? "" : db.error().message);
    auto ok = (*db)->exec(sql);
    check(ok.has_value(), ok ? "" : ok.error().message);
}

// A fresh database `name` from the template (a file copy on the server: cheap).
void fromTemplate(const std::string &name, const std::string &templateName)
{
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    admin("CREATE DATABASE " + name + " TEMPLATE " + templateName);
}

// The import workload of storage_bench: 16 kommuner × 2 years of the synthetic nämnd (42 624
// figure rows), into a database that holds the kommun list and the verksamheter already.
struct Workload
{
    std::string figureText;
    std::size_t rows = 0;
    std::string copyRows; // the same rows in COPY's text format, ids resolved
};

const Workload &workload()
{
    static const Workload built = [] {
        Workload w;
        const std::string list = Bench::sourceFile("data/referens/kommuner.csv");
        std::vector<std::string> kommuner = Tools::kommunCodes(list);
        kommuner.resize(16);
        const Tools::SyntheticSpec spec{2024, 2, 2026};
        admin("DROP DATABASE IF EXISTS tertial_bench_template WITH (FORCE)");
        admin("CREATE DATABASE tertial_bench_template");
        std::map<std::pair<std::string, std::string>, std::int64_t> ids;
        {
            auto store = Storage::openStore(database("tertial_bench_template"), Storage::OpenMode::Create);
            check(store.has_value(), store ? "" : store.error().message);
            Io::Importer importer(**store);
            importer.addText("kommuner.csv", Tools::kommunListOfKommuner(list));
            for (const std::string &k : kommuner)
                importer.addText(k + "/verksamheter.csv", Tools::verksamheterText(k, true));
            auto ok = importer.commit();
            check(ok.has_value(), ok ? "" : ok.error().message);
            for (const std::string &k : kommuner) {
                auto namnd = (*store)->findNamnd(k, std::string(Tools::syntheticNamndCode));
                check(namnd && *namnd, "nämnd " + k);
                auto tree = (*store)->verksamheter((**namnd).id);
                check(tree.has_value(), "verksamheter " + k);
                for (const Storage::Verksamhet &v : *tree)
                    ids[{k, v.path}] = v.id;
            }
        }
        const auto &tree = Tools::syntheticTree();
        for (std::size_t i = 0; i < kommuner.size(); ++i) {
            const std::string &k = kommuner[i];
            w.figureText += Tools::figureFileText(k, spec, i == 0);
            Tools::forEachFigure(k, spec, [&](const Tools::SyntheticFigure &f) {
                w.copyRows += std::to_string(ids.at({k, tree[f.node].path})) + '\t' + std::to_string(f.year) + '\t' +
                              std::to_string(f.month) + '\t' + std::string(Storage::measureCode(f.measure)) + "\t\t" +
                              std::to_string(f.kronor * 100) + "\t2\n";
                ++w.rows;
            });
        }
        return w;
    }();
    return built;
}

// `rowByRow`: the import as a small file goes (a statement per figure), for comparison.
double importOnce(const Workload &w, bool rowByRow)
{
    auto store = Storage::openStore(database("tertial_bench_run"));
    check(store.has_value(), store ? "" : store.error().message);
    if (rowByRow)
        (*store)->setCopyImportMinRows(std::numeric_limits<std::size_t>::max());
    const Bench::Stopwatch watch;
    Io::Importer importer(**store);
    importer.addText("figurer.csv", w.figureText);
    auto summary = importer.commit("bench");
    const double seconds = watch.wallSeconds();
    check(summary && summary->figuresWritten == w.rows, summary ? "not every row written" : summary.error().message);
    return seconds;
}

// The baseline: the same rows with one COPY straight into the figure table, in one transaction
// (its keys, foreign keys and the server's statement triggers as for the import).
double rawCopyOnce(const Workload &w)
{
    auto db = Storage::PgConnection::connect(database("tertial_bench_run"));
    check(db.has_value(), db ? "" : db.error().message);
    const Bench::Stopwatch watch;
    check((*db)->exec("BEGIN").has_value(), "begin");
    auto ok = (*db)->copyIn("COPY figure (verksamhet_id, year, month, measure, kontoslag, amount_ore, version) FROM STDIN",
                            w.copyRows);
    check(ok.has_value(), ok ? "" : ok.error().message);
    check((*db)->exec("COMMIT").has_value(), "commit");
    return watch.wallSeconds();
}

void importVsRawCopy(benchmark::State &state, bool rowByRow)
{
    if (server().empty()) {
        state.SkipWithError("TERTIAL_BENCH_PG is not set (scripts/bench-scale starts a server)");
        return;
    }
    const Workload &w = workload();
    double import = 0;
    double raw = 0;
    for (auto _ : state) {
        fromTemplate("tertial_bench_run", "tertial_bench_template");
        const double one = importOnce(w, rowByRow);
        import += one;
        fromTemplate("tertial_bench_run", "tertial_bench_template");
        raw += rawCopyOnce(w);
        state.SetIterationTime(one);
    }
    const auto rows = static_cast<double>(w.rows) * static_cast<double>(state.iterations());
    state.counters["rows"] = static_cast<double>(w.rows);
    state.counters["import_rows_s"] = rows / import;
    state.counters["raw_copy_rows_s"] = rows / raw;
    state.counters["pct_of_raw_copy"] = 100.0 * raw / import; // the target: ≥ 50
}
void BM_ServerImportVsRawCopy(benchmark::State &state)
{
    importVsRawCopy(state, false);
}
BENCHMARK(BM_ServerImportVsRawCopy)->UseManualTime()->Iterations(3)->Unit(benchmark::kMillisecond);

// The same file through the row-by-row path (what a file under SqlStore::defaultCopyImportMinRows
// figures takes, and every import before the COPY path): the same rules, a round trip per row.
void BM_ServerImportRowByRowVsRawCopy(benchmark::State &state)
{
    importVsRawCopy(state, true);
}
BENCHMARK(BM_ServerImportRowByRowVsRawCopy)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);

// Edit → visible: client A writes one cell (based on the version it read), client B waits on
// its socket for the notification and reads the cell. With `writers` (range 0) other clients
// writing other cells of the same table all the while: flat out (range 1 = 0), or each one edit
// every `pace` ms (range 1), which for 8 writers at 100 ms is 80 edits a second, more than a
// kommun's controllers type together.
void BM_EditVisibleToSecondClient(benchmark::State &state)
{
    if (server().empty()) {
        state.SkipWithError("TERTIAL_BENCH_PG is not set (scripts/bench-scale starts a server)");
        return;
    }
    const Workload &w = workload();
    fromTemplate("tertial_bench_run", "tertial_bench_template");
    {
        auto store = Storage::openStore(database("tertial_bench_run"));
        Io::Importer importer(**store);
        importer.addText("figurer.csv", w.figureText);
        check(importer.commit("bench").has_value(), "import");
    }
    auto openStore = [] {
        auto store = Storage::openStore(database("tertial_bench_run"));
        check(store.has_value(), store ? "" : store.error().message);
        return std::move(*store);
    };
    auto a = openStore();
    auto b = openStore();
    auto &feed = *b->changeFeed();
    check(feed.listen().has_value(), "listen");
    const std::string kommun = Tools::kommunCodes(Bench::sourceFile("data/referens/kommuner.csv")).front();
    const Storage::Namnd namnd = *a->findNamnd(kommun, std::string(Tools::syntheticNamndCode)).value();
    const std::vector<Storage::Verksamhet> tree = a->verksamheter(namnd.id).value();
    const Storage::FigureKey key{tree.back().id, {}, 2025, 8, Storage::Measure::ActualNet};

    // Background writers: each its own connection and its own cells of another verksamhet.
    const int writers = static_cast<int>(state.range(0));
    const auto pace = std::chrono::milliseconds(state.range(1));
    std::atomic<bool> stop{false};
    std::atomic<long> background{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < writers; ++t) {
        threads.emplace_back([&, t] {
            auto store = openStore();
            const Storage::FigureKey mine{tree[static_cast<std::size_t>(t) % (tree.size() - 1)].id, {}, 2025,
                                          1 + t % 12, Storage::Measure::Forecast};
            std::int64_t i = 0;
            while (!stop) {
                if (store->setFigure({mine, Core::Money::fromOre(++i)}))
                    ++background;
                if (pace.count() > 0)
                    std::this_thread::sleep_for(pace);
            }
        });
    }

    std::vector<double> latencies;
    std::int64_t version = a->figureState(key).value().version;
    std::int64_t amount = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const Core::Money value = Core::Money::fromOre(++amount);
        auto written = a->writeFigures(std::vector<Storage::FigureChange>{{key, value, version}});
        check(written.has_value(), written ? "" : written.error().message);
        version = *written;
        // B: the notification, then the cell itself.
        for (bool seen = false; !seen;) {
            pollfd fd{feed.socket(), POLLIN, 0};
            ::poll(&fd, 1, 1000);
            auto changes = feed.takeChanges();
            check(changes.has_value(), "changes");
            for (const Storage::StoreChange &change : *changes)
                seen = seen || (change.namndId == namnd.id && change.year == 2025);
        }
        check(b->figureState(key).value().amount == value, "B did not read the new value");
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        latencies.push_back(seconds);
        state.SetIterationTime(seconds);
    }
    stop = true;
    for (std::thread &t : threads)
        t.join();
    std::sort(latencies.begin(), latencies.end());
    auto percentile = [&](double p) {
        return 1000.0 * latencies[std::min(latencies.size() - 1, static_cast<std::size_t>(p * static_cast<double>(latencies.size())))];
    };
    state.counters["p50_ms"] = percentile(0.50);
    state.counters["p95_ms"] = percentile(0.95); // the target: < 50
    state.counters["p99_ms"] = percentile(0.99);
    state.counters["background_tx"] = static_cast<double>(background.load());
}
BENCHMARK(BM_EditVisibleToSecondClient)
    ->ArgNames({"writers", "pace_ms"})
    ->Args({0, 0})
    ->Args({8, 100})
    ->Args({8, 0})
    ->UseManualTime()
    ->Iterations(400)
    ->Unit(benchmark::kMillisecond);

} // namespace
