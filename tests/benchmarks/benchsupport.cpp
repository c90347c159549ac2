// SPDX-License-Identifier: GPL-3.0-or-later
// Scratch files, settings from the environment, and the store-to-core adapter of the benchmarks.
#include "benchsupport.h"

#include "analysis/namndanalysis.h"
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
    auto namnder = store.namnder(benchKommun());
    if (!namnder)
        return std::unexpected(namnder.error());
    for (const Storage::Namnd &namnd : *namnder) {
        if (namnd.id != namndId)
            continue;
        auto inputs = Analysis::readNamndInputs(store, namnd, year);
        if (!inputs)
            return std::unexpected(inputs.error());
        auto analysis = Analysis::NamndAnalysis::build(*inputs, month);
        if (!analysis)
            return std::unexpected(analysis.error());
        return analysis->table();
    }
    return Core::fail(Core::ErrorCode::NotFound, "ingen nämnd " + std::to_string(namndId) + " i " + benchKommun());
}

} // namespace Tertial::Bench
