// SPDX-License-Identifier: GPL-3.0-or-later
// The import reader on what issue 11 found hostile: a verksamhet path of 5 000, 20 000 and 100 000
// levels (before, the importer took a minute on 5 000, crashed on 20 000 and ran out of memory on
// 100 000) is refused in time linear in its length; and a plain 80 000-figure file, for scale.
#include "io/importreader.h"

#include <benchmark/benchmark.h>

#include <string>

using namespace Tertial;

namespace {

const std::string header = "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n";

void BM_DeepPathRefused(benchmark::State &state)
{
    std::string path = "Barn och unga";
    for (long i = 1; i < state.range(0); ++i)
        path += " > Nivå";
    const std::string text = header + "0182;SOCN;" + path + ";2017;10;utfall_netto;-1;tkr\n";
    for (auto _ : state) {
        Io::ImportReader reader(Io::ImportReader::standardKontoslag());
        reader.addText("djup.csv", text);
        if (reader.problems().empty())
            state.SkipWithError("a deep path was accepted");
        benchmark::DoNotOptimize(reader.problems().data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
    state.counters["levels"] = static_cast<double>(state.range(0));
}
BENCHMARK(BM_DeepPathRefused)->Arg(5'000)->Arg(20'000)->Arg(100'000)->Unit(benchmark::kMicrosecond);

void BM_ReadFigureFile(benchmark::State &state)
{
    std::string text = header;
    for (int i = 0; i < 80'000; ++i)
        text += "0182;SOCN;Verksamhet " + std::to_string(i / 60) + " > Del " + std::to_string(i % 60) +
                ";2017;" + std::to_string(1 + i % 12) + ";utfall_kostnader;-1 234,5;tkr\n";
    for (auto _ : state) {
        Io::ImportReader reader(Io::ImportReader::standardKontoslag());
        reader.addText("stor.csv", text);
        if (reader.batch().figures.size() != 80'000)
            state.SkipWithError("figures lost");
        benchmark::DoNotOptimize(reader.batch().figures.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_ReadFigureFile)->Unit(benchmark::kMillisecond);

} // namespace
