// SPDX-License-Identifier: GPL-3.0-or-later
// Importing one KPI for all 290 kommuner × 20 years × T/K/M (issue 7 item 6: under 0,5 s), from
// the JSON text of a response to the committed rows of the Kolada store.
#include "kolada/koladaparser.h"
#include "storage/koladastore.h"
#include "storage/sqlitestore.h"

#include <QByteArray>

#include <benchmark/benchmark.h>

#include <unistd.h>

#include <filesystem>
#include <random>
#include <string>

namespace {

using namespace Tertial;

constexpr int kommuner = 290;
constexpr int years = 20;

// One v3 page: a record per kommun and year with the three genders, values like N33006's.
QByteArray countryResponse()
{
    std::mt19937 random(7);
    std::uniform_real_distribution<double> cost(3000.0, 15000.0);
    std::string json = "{\"values\": [";
    for (int k = 0; k < kommuner; ++k) {
        for (int y = 0; y < years; ++y) {
            if (k || y)
                json += ',';
            char id[8];
            std::snprintf(id, sizeof id, "%04d", 100 + k);
            json += "{\"kpi\": \"N33006\", \"municipality\": \"" + std::string(id) +
                    "\", \"period\": " + std::to_string(2001 + y) + ", \"values\": [";
            const char *genders[] = {"T", "K", "M"};
            for (int g = 0; g < 3; ++g)
                json += std::string(g ? "," : "") + "{\"gender\": \"" + genders[g] +
                        "\", \"count\": 1, \"status\": \"\", \"value\": " + std::to_string(static_cast<int>(cost(random))) +
                        ".0, \"isdeleted\": false}";
            json += "]}";
        }
    }
    json += "], \"next_url\": null}";
    return QByteArray::fromStdString(json);
}

std::string freshDatabase(int iteration)
{
    const auto path = std::filesystem::temp_directory_path() /
                      ("tertial-kolada-bench-" + std::to_string(::getpid()) + "-" + std::to_string(iteration) + ".tertial");
    std::filesystem::remove(path);
    (void)Storage::SqliteStore::create(path.string());
    return path.string();
}

void removeDatabase(const std::string &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path + suffix);
}

void BM_ParseCountry(benchmark::State &state)
{
    const QByteArray json = countryResponse();
    for (auto _ : state) {
        auto pages = Kolada::parseResponse(json, "bench");
        benchmark::DoNotOptimize(pages);
    }
    state.SetItemsProcessed(state.iterations() * kommuner * years * 3);
}
BENCHMARK(BM_ParseCountry)->Unit(benchmark::kMillisecond);

// Parse and store in one transaction into a new database (creating it is not timed).
void BM_ImportCountry(benchmark::State &state)
{
    const QByteArray json = countryResponse();
    int iteration = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const std::string path = freshDatabase(iteration++);
        auto store = Storage::KoladaStore::open(path);
        state.ResumeTiming();
        auto pages = Kolada::parseResponse(json, "bench");
        Storage::KoladaBatch batch;
        batch.fetchedAt = "2026-11-22";
        batch.source = "bench";
        for (auto &page : *pages)
            batch.append(std::move(page.records));
        auto summary = (*store)->apply(batch);
        if (!summary || summary->valuesStored != kommuner * years * 3)
            state.SkipWithError("import failed");
        state.PauseTiming();
        store->reset();
        removeDatabase(path);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kommuner * years * 3);
}
BENCHMARK(BM_ImportCountry)->Unit(benchmark::kMillisecond);

} // namespace
