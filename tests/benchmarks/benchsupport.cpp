// SPDX-License-Identifier: GPL-3.0-or-later
// Scratch files, settings from the environment, and the store-to-core adapter of the benchmarks.
#include "benchsupport.h"

#include "storage/enteredfiguresloader.h"
#include "storage/databasefiles.h"

#include <time.h>
#include <unistd.h>

#include <array>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace Tertial::Bench {
namespace {

std::string env(const char *name, const std::string &fallback)
{
    const char *value = std::getenv(name);
    return value && *value ? value : fallback;
}

struct Scratch
{
    std::filesystem::path dir;
    Scratch()
    {
        const std::filesystem::path base = env("TERTIAL_BENCH_TMP", std::filesystem::temp_directory_path().string());
        dir = base / ("tertial-bench-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
    }
    ~Scratch()
    {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
};

// Only what the generator and the demo write: "linjär", "dagar" and twelve integer weights.
Core::Result<Core::PeriodizationProfile> profileFromText(const std::string &text)
{
    if (text.empty() || text == "linjär")
        return Core::PeriodizationProfile::linear();
    if (text == "dagar")
        return Core::PeriodizationProfile::byDays();
    std::array<std::int64_t, 12> weights{};
    std::istringstream in(text);
    for (std::int64_t &w : weights)
        if (!(in >> w))
            return Core::fail(Core::ErrorCode::InvalidInput, "periodisering '" + text + "': förväntade tolv heltal");
    return Core::PeriodizationProfile::weighted(weights);
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

} // namespace

Stopwatch::Stopwatch() : m_wall(std::chrono::steady_clock::now()), m_cpu(threadCpuSeconds()) {}

double Stopwatch::wallSeconds() const
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_wall).count();
}

double Stopwatch::cpuSeconds() const
{
    return threadCpuSeconds() - m_cpu;
}

const std::filesystem::path &scratchDir()
{
    static const Scratch scratch;
    return scratch.dir;
}

void copyDatabase(const std::filesystem::path &from, const std::filesystem::path &to)
{
    // Through SQLite: a byte copy would miss what the source's -wal holds.
    for (const char *suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(to.string() + suffix);
    if (auto copied = Storage::copyDatabaseFile(from.string(), to.string()); !copied)
        throw std::runtime_error(copied.error().message);
}

std::string sourceFile(const std::string &relativePath)
{
    std::ifstream file(std::string(TERTIAL_SOURCE_DIR) + "/" + relativePath, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

std::optional<std::string> swedenDatabase()
{
    const std::string path = env("TERTIAL_BENCH_DB", "");
    if (path.empty() || !std::filesystem::is_regular_file(path))
        return std::nullopt;
    return path;
}

std::string benchKommun() { return env("TERTIAL_BENCH_KOMMUN", "0180"); }
int benchYear() { return std::stoi(env("TERTIAL_BENCH_YEAR", "2025")); }
int benchMonth() { return std::stoi(env("TERTIAL_BENCH_MONTH", "8")); }

Core::Result<Core::EconomicTable> economicTableFromStore(Storage::Store &store, Storage::Id namndId, int year, int month)
{
    auto verksamheter = store.verksamheter(namndId);
    if (!verksamheter)
        return std::unexpected(verksamheter.error());
    std::vector<Core::VerksamhetNode> nodes;
    nodes.reserve(verksamheter->size());
    for (const Storage::Verksamhet &v : *verksamheter) {
        auto profile = profileFromText(v.periodisation);
        if (!profile)
            return std::unexpected(profile.error());
        const bool linear = profile->kind() == Core::PeriodizationKind::Linear;
        nodes.push_back({v.id, v.parentId, v.name, v.order, v.memo, linear ? std::nullopt : std::optional(*profile)});
    }
    auto tree = Core::VerksamhetTree::build(std::move(nodes));
    if (!tree)
        return std::unexpected(tree.error());

    auto figures = Storage::loadEnteredFigures(store, namndId, {year, month, std::nullopt});
    if (!figures)
        return std::unexpected(figures.error());
    return Core::buildEconomicTable(*tree, *figures, year, month, Core::EconomicTableOptions{});
}

} // namespace Tertial::Bench
