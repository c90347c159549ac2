// SPDX-License-Identifier: GPL-3.0-or-later
// What the storage and model benchmarks share: scratch files, the cached all-of-Sweden database, settings.
#pragma once

#include "core/economictable.h"
#include "storage/store.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace Tertial::Bench {

// Wall-clock and this thread's CPU time since construction. On a shared machine the wall time
// includes waiting for a core; the CPU time does not (nor waiting for the disk).
class Stopwatch final
{
public:
    Stopwatch();
    double wallSeconds() const;
    double cpuSeconds() const;

private:
    std::chrono::steady_clock::time_point m_wall;
    double m_cpu;
};

// A scratch directory for this process, removed at exit.
const std::filesystem::path &scratchDir();

// Copies a closed database file (no -wal, -shm beside it) over `to`, removing a stale WAL.
void copyDatabase(const std::filesystem::path &from, const std::filesystem::path &to);

// The text of a file of the source tree (data/referens/kommuner.csv).
std::string sourceFile(const std::string &relativePath);

// The all-of-Sweden database made by tertial-gen (scripts/bench-scale sets TERTIAL_BENCH_DB),
// and the nämnd-year the big-database benchmarks open (TERTIAL_BENCH_KOMMUN, default 0180
// Stockholm; TERTIAL_BENCH_YEAR, default 2025; TERTIAL_BENCH_MONTH, default 8, augusti).
std::optional<std::string> swedenDatabase();
std::string benchKommun();
int benchYear();
int benchMonth();

// Reads one nämnd-year (of benchKommun()) and builds its analysis as of `month`, returning the
// economic table: exactly what Document::select and `tertial-cli table` do (src/analysis).
Core::Result<Core::EconomicTable> economicTableFromStore(Storage::Store &store, Storage::Id namndId, int year,
                                                         int month);

} // namespace Tertial::Bench
