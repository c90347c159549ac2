// SPDX-License-Identifier: GPL-3.0-or-later
// Reports on the demo database (issue 14 point 5): every report kind with its charts to DOCX
// (load, build, render, zip; target under 0,5 s each), and a year of a nämnd decided (snapshot,
// render from the snapshot, record with the lock) and diffed against the database (target under
// 0,5 s each). Medians via `scripts/bench` (--benchmark_repetitions=5).
#include "io/importer.h"
#include "reports/chartimages.h"
#include "reports/decisions.h"
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
#include <memory>

namespace {

using namespace Tertial;

const std::string templateRoot = std::string(TERTIAL_SOURCE_DIR) + "/resources/templates";

// One report per kind, each on the demo data of the seed it is modelled on (as tests/reports).
const Reports::ReportRequest requests[] = {
    {"0182", "SOCN", 2017, 10, Reports::ReportKind::Month, ""},       // seed 002
    {"0182", "SOCN", 2020, 2, Reports::ReportKind::Tertial, ""},      // seed 001
    {"0126", "SN", 2021, 8, Reports::ReportKind::Interim, ""},        // seed 003
    {"0182", "SOCN", 2020, 12, Reports::ReportKind::Annual, "DNR SOCN 2019/337"}, // seed 000
};

// A private copy of the demo database in a folder of its own.
class DemoCopy
{
public:
    explicit DemoCopy(const std::string &name)
        : m_dir(std::filesystem::temp_directory_path() / ("tertial-report-bench-" + name))
    {
        std::filesystem::remove_all(m_dir);
        std::filesystem::create_directories(m_dir);
    }
    ~DemoCopy()
    {
        m_store.reset();
        std::filesystem::remove_all(m_dir);
    }
    // A fresh copy of the demo database, opened; an error message or empty.
    std::string reset()
    {
        m_store.reset();
        const std::filesystem::path db = m_dir / "demo.tertial";
        for (const char *suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(db.string() + suffix);
        if (auto copied = Storage::copyDatabaseFile(TERTIAL_DEMO_DB, db.string()); !copied)
            return copied.error().message;
        auto store = Storage::SqliteStore::open(db.string());
        if (!store)
            return store.error().message;
        m_store = std::move(*store);
        return {};
    }
    Storage::SqliteStore &store() { return *m_store; }
    std::filesystem::path file(const std::string &name) const { return m_dir / name; }

private:
    std::filesystem::path m_dir;
    std::unique_ptr<Storage::SqliteStore> m_store;
};

// Load, build and write the DOCX of one kind with every chart drawn.
void ReportToDocx(benchmark::State &state)
{
    const Reports::ReportRequest &request = requests[state.range(0)];
    DemoCopy demo(std::to_string(state.range(0)));
    if (auto problem = demo.reset(); !problem.empty())
        return state.SkipWithError(problem.c_str());
    auto style = Reports::loadTemplate(templateRoot, request.kommun);
    if (!style)
        return state.SkipWithError(style.error().message.c_str());
    Reports::RenderOptions options;
    options.style = *style;
    options.charts = Reports::chartImageProvider();
    std::size_t bytes = 0, charts = 0;
    for (auto _ : state) {
        auto data = Reports::loadReportData(demo.store(), request);
        if (!data)
            return state.SkipWithError(data.error().message.c_str());
        const auto document = Reports::buildReport(*data, options.style);
        charts = static_cast<std::size_t>(std::count_if(document.blocks.begin(), document.blocks.end(), [](const auto &block) {
            return std::holds_alternative<Reports::ChartSlot>(block);
        }));
        auto written = Reports::writeDocx(document, demo.file("rapport.docx").string(), options);
        if (!written)
            return state.SkipWithError(written.error().message.c_str());
        bytes = std::filesystem::file_size(demo.file("rapport.docx"));
    }
    state.SetLabel(Reports::kindCode(request.kind));
    state.counters["docx_bytes"] = static_cast<double>(bytes);
    state.counters["charts"] = static_cast<double>(charts);
}
BENCHMARK(ReportToDocx)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

Reports::DecideRequest yearDecision()
{
    // seed 000: the årsredovisning 2020 of Nacka's socialnämnd, a whole year of the nämnd.
    Reports::DecideRequest request;
    request.request = requests[3];
    request.request.diarienummer = "SOCN 2021/17";
    request.decidedOn = "2021-03-24";
    request.templateRoot = templateRoot;
    request.layOutPages = false; // LibreOffice's layout (seconds) is timed separately, not here
    return request;
}

// decide: the snapshot of everything the draft draws on (three years of the nämnd), the DOCX
// rendered from it with its charts, both recorded with the period lock in one transaction.
void DecideYear(benchmark::State &state)
{
    DemoCopy demo("decide");
    const auto charts = Reports::chartImageProvider();
    std::size_t snapshotBytes = 0;
    for (auto _ : state) {
        state.PauseTiming();
        if (auto problem = demo.reset(); !problem.empty())
            return state.SkipWithError(problem.c_str());
        state.ResumeTiming();
        auto decision = Reports::decideReport(demo.store(), yearDecision(), charts);
        if (!decision)
            return state.SkipWithError(decision.error().message.c_str());
        snapshotBytes = decision->snapshot.size();
    }
    state.counters["snapshot_bytes"] = static_cast<double>(snapshotBytes);
}
BENCHMARK(DecideYear)->Unit(benchmark::kMillisecond);

// diff --since: every value of the decision's snapshot against the database after a correction
// of a year's figures (a budget file re-imported with one changed row).
void DiffSinceDecision(benchmark::State &state)
{
    DemoCopy demo("diff");
    if (auto problem = demo.reset(); !problem.empty())
        return state.SkipWithError(problem.c_str());
    auto decided = Reports::decideReport(demo.store(), yearDecision(), Reports::chartImageProvider());
    if (!decided)
        return state.SkipWithError(decided.error().message.c_str());
    auto namnd = demo.store().findNamnd("0182", "SOCN");
    if (!namnd || !*namnd)
        return state.SkipWithError("SOCN saknas");
    if (auto ok = demo.store().unlockPeriod((*namnd)->id, 2020, 12, "rättelse"); !ok)
        return state.SkipWithError(ok.error().message.c_str());
    Io::Importer importer(demo.store());
    importer.addText("rattelse.csv", "kommun;nämnd;verksamhet;år;månad;mått;belopp;enhet\n"
                                     "0182;SOCN;Barn och unga 0-20 år;2020;12;utfall_kostnader;-160 000;tkr\n");
    if (auto ok = importer.commit("rättelse"); !ok)
        return state.SkipWithError(ok.error().message.c_str());
    auto decision = demo.store().decision((*namnd)->id, "SOCN 2021/17");
    if (!decision || !*decision)
        return state.SkipWithError("beslutet saknas");
    std::size_t changes = 0;
    for (auto _ : state) {
        auto found = Reports::changesSince(demo.store(), **decision);
        if (!found)
            return state.SkipWithError(found.error().message.c_str());
        changes = found->size();
    }
    state.counters["changes"] = static_cast<double>(changes);
}
BENCHMARK(DiffSinceDecision)->Unit(benchmark::kMillisecond);

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
