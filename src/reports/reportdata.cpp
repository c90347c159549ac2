// SPDX-License-Identifier: GPL-3.0-or-later
// A report's data: the nämnd's analysis cut to the tables a draft prints.
#include "reportdata.h"

#include "storage/koladastore.h"
#include "storage/sqlstore.h"

#include <algorithm>
#include <set>

namespace Tertial::Reports {

using Core::Result;
using Storage::Id;

namespace {

// The analysis's table cut at `maxDepth`: the verksamheter a listing shows (a verksamhet with no
// figures this year or the year before, seed 002's "Preliminärbokförda fakturor" in 2020, is
// left out rather than shown as an empty row); a row at the cut, or one with nothing entered
// below it this year, stands for its subtree, which the analysis's roll-up has summed.
Core::EconomicTable cutTable(const Analysis::NamndAnalysis &analysis, Core::EconomicTable table, int maxDepth)
{
    const auto &listed = analysis.listed();
    const auto &thisYear = analysis.listedThisYear();
    const Core::VerksamhetTree &tree = analysis.tree();
    std::set<Id> shown, standsForSubtree;
    for (std::size_t i = 0; i < tree.size(); ++i) {
        const Core::VerksamhetNode &node = tree.at(i);
        if (!listed.contains(node.id))
            continue;
        if (node.parent && !(shown.contains(*node.parent) && !standsForSubtree.contains(*node.parent)))
            continue;
        shown.insert(node.id);
        bool anyBelowThisYear = false;
        for (const std::size_t child : tree.childIndices(i))
            anyBelowThisYear = anyBelowThisYear || thisYear.contains(tree.at(child).id);
        if (!anyBelowThisYear)
            standsForSubtree.insert(node.id);
    }
    std::erase_if(table.rows, [&](const Core::EconomicRow &row) {
        return row.depth > maxDepth || !shown.contains(row.id);
    });
    for (Core::EconomicRow &row : table.rows)
        row.leaf = row.leaf || row.depth == maxDepth || standsForSubtree.contains(row.id);
    return table;
}

} // namespace

Result<ReportData> reportData(const Analysis::NamndAnalysis &analysis, const ReportRequest &request)
{
    if (request.month < 1 || request.month > 12)
        return Core::fail(Core::ErrorCode::OutOfRange,
                          "rapport: månad " + std::to_string(request.month) + ", förväntade 1–12");
    if (analysis.year() != request.year || analysis.month() != request.month)
        return Core::fail(Core::ErrorCode::InvalidInput, "rapport: analysen gäller " + std::to_string(analysis.year())
                                                             + "-" + std::to_string(analysis.month()));
    ReportData data;
    data.request = request;
    data.namnd = analysis.namnd();
    data.kommunName = analysis.kommunName();
    if (data.kommunName.empty())
        return Core::fail(Core::ErrorCode::NotFound, "rapport: kommunen " + request.kommun + " finns inte i databasen");
    if (!analysis.actualMonths().contains(request.month))
        return Core::fail(Core::ErrorCode::MissingInput,
                          "rapport: " + data.namnd.name + " har inget utfall för " + std::to_string(request.year) + "-"
                              + std::to_string(request.month) + " i databasen");
    data.verksamheter = analysis.verksamheter();

    // The forecast column: the month's own prognos; the årsredovisning's is the latest earlier one.
    Core::EconomicTable table = analysis.table();
    if (request.kind == ReportKind::Annual) {
        data.forecastMonth = analysis.forecastMonthBefore(request.month);
        table = analysis.tableWithForecastOf(data.forecastMonth);
    } else {
        data.forecastMonth = analysis.forecastMonths().contains(request.month) ? request.month : 0;
        data.previousForecastMonth = data.forecastMonth ? analysis.forecastMonthBefore(request.month) : 0;
        if (data.previousForecastMonth > 0)
            // The earlier prognos's own avvikelse: none when it covered only part of the nämnd.
            data.previousForecastDeviation = analysis.tableOf(data.previousForecastMonth).total.values.forecastDeviation;
    }
    data.table = cutTable(analysis, table, 1);
    data.detail = cutTable(analysis, std::move(table), 2);

    auto kontoslag = analysis.kontoslagTable();
    if (!kontoslag)
        return std::unexpected(kontoslag.error());
    data.kontoslag = std::move(*kontoslag);

    data.comments = analysis.comments();
    const Analysis::Registers &registers = analysis.registers();
    data.actions = registers.actions;
    data.investments = registers.investments;
    data.investmentTotal = registers.investmentTotal;
    data.grants = registers.grants;
    data.grantTotal = registers.grantTotal;
    data.indicators = analysis.indicators();
    data.volumes = analysis.volumes();
    data.olderVolumes = analysis.olderVolumes();
    data.personnel = analysis.personnel();
    for (int month = 4; month <= request.month; month += 4)
        data.tertialTables.emplace(month, analysis.tableOf(month));
    return data;
}

Result<ReportData> loadReportData(Storage::Store &store, const ReportRequest &request)
{
    if (request.month < 1 || request.month > 12)
        return Core::fail(Core::ErrorCode::OutOfRange,
                          "rapport: månad " + std::to_string(request.month) + ", förväntade 1–12");
    auto kommuner = store.kommuner();
    if (!kommuner)
        return std::unexpected(kommuner.error());
    if (std::none_of(kommuner->begin(), kommuner->end(), [&](const Storage::Kommun &k) { return k.code == request.kommun; }))
        return Core::fail(Core::ErrorCode::NotFound, "rapport: kommunen " + request.kommun + " finns inte i databasen");
    auto namnd = store.findNamnd(request.kommun, request.namnd);
    if (!namnd)
        return std::unexpected(namnd.error());
    if (!*namnd)
        return Core::fail(Core::ErrorCode::NotFound,
                          "rapport: nämnden " + request.namnd + " finns inte i kommun " + request.kommun);
    auto inputs = Analysis::readNamndInputs(store, **namnd, request.year);
    if (!inputs)
        return std::unexpected(inputs.error());
    auto analysis = Analysis::NamndAnalysis::build(*inputs, request.month);
    if (!analysis)
        return std::unexpected(analysis.error());
    auto data = reportData(*analysis, request);
    if (!data)
        return data;
    // The Kolada tables live in the same database: read them on a connection of their own (the
    // Kolada store owns its connection). A store with no file or server to reopen (in memory) has
    // no Kolada data to read; the section then says so with its placeholder.
    if (auto *sql = dynamic_cast<Storage::SqlStore *>(&store); sql && !sql->location().empty() &&
                                                              sql->location() != ":memory:") {
        auto kolada = Storage::KoladaStore::open(sql->location());
        if (!kolada)
            return std::unexpected(kolada.error());
        if (auto added = addKpiComparisons(*data, **kolada); !added)
            return std::unexpected(added.error());
    }
    return data;
}

Result<void> addKpiComparisons(ReportData &data, Storage::KoladaStore &kolada)
{
    std::vector<std::string> areas;
    for (const Core::EconomicRow &row : data.table.rows)
        if (row.depth == 1)
            areas.push_back(row.name);
    auto comparisons = Analysis::kpiComparisons(kolada, data.request.kommun, data.request.year, areas);
    if (!comparisons)
        return std::unexpected(comparisons.error());
    data.comparisons = std::move(*comparisons);
    return {};
}

} // namespace Tertial::Reports
