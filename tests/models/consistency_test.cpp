// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 point 5: the workbench model (EconomicTableModel over Document), `tertial-cli table
// --csv`, the report's economic table and the budget chart's bars show the same numbers for every
// seed case of the demo database, row for row; each case also pins one figure from its seed table,
// so that the consumers agreeing on a wrong number still fails. The indicators likewise: `tertial-cli status`,
// the Indikatorer model and the report, with a status set by hand.
#include "models/chartdata.h"
#include "models/document.h"
#include "models/economictablemodel.h"
#include "models/registertablemodel.h"
#include "models/registertables.h"
#include "reports/reportdata.h"
#include "storage/databasefiles.h"
#include "storage/sqlitestore.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

namespace Tertial::Test {
namespace {

using Column = Models::EconomicTableModel::Column;

struct SeedCase
{
    const char *name;
    std::string kommun;
    std::string namnd;
    int year;
    int month;
    Reports::ReportKind kind;
    // One figure of the seed's table, tkr.
    std::string pinRow;
    Column pinColumn;
    long long pinTkr;
};

const SeedCase kCases[] = {
    // seed 002 §2.1: Summa budgetavvikelse 17 669 tkr.
    {"seed002", "0182", "SOCN", 2017, 10, Reports::ReportKind::Month, "Summa", Column::BudgetDeviation, 17669},
    // seed 001 §3.1: Summa utfall netto −142 274 tkr (rows with prognosmetod budget in the demo).
    {"seed001", "0182", "SOCN", 2020, 2, Reports::ReportKind::Tertial, "Summa", Column::ActualNet, -142274},
    // seed 003 (issue 12): Ensamkommande barn och unga, budgetavvikelse −1 070 tkr.
    {"seed003", "0126", "SN", 2021, 8, Reports::ReportKind::Interim, "Ensamkommande barn och unga",
     Column::BudgetDeviation, -1070},
    // seed 000 §8: utfall 848 miljoner kronor (netto −848 mnkr), checked to the million below.
    {"seed000", "0182", "SOCN", 2020, 12, Reports::ReportKind::Annual, "Summa", Column::ActualNet, -848000},
};

// The compared columns: CSV name, model column, the report's value.
struct Compared
{
    const char *csv;
    Column column;
    std::optional<Core::Money> Core::EconomicValues::*value;
};
const Compared kColumns[] = {
    {"utfall_netto", Column::ActualNet, &Core::EconomicValues::actualNet},
    {"budget_period", Column::BudgetPeriod, &Core::EconomicValues::budgetPeriod},
    {"budgetavvikelse", Column::BudgetDeviation, &Core::EconomicValues::budgetDeviation},
    {"budget", Column::BudgetYear, &Core::EconomicValues::budgetYear},
    {"prognos", Column::Forecast, &Core::EconomicValues::forecast},
    {"prognosavvikelse", Column::ForecastDeviation, &Core::EconomicValues::forecastDeviation},
};

// Runs tertial-cli with the arguments; its standard output.
std::string runCli(const QStringList &arguments)
{
    QProcess cli;
    cli.start(QStringLiteral(TERTIAL_CLI), arguments);
    EXPECT_TRUE(cli.waitForFinished(60000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    return cli.readAllStandardOutput().toStdString();
}

std::vector<std::string> splitCsv(const std::string &text)
{
    std::vector<std::string> fields;
    std::string field;
    std::istringstream s(text);
    while (std::getline(s, field, ';'))
        fields.push_back(field);
    if (!text.empty() && text.back() == ';')
        fields.emplace_back();
    return fields;
}

// `tertial-cli table --csv --unit kr`: verksamhet -> column -> whole kronor (empty cells absent).
std::map<std::string, std::map<std::string, long long>> cliTable(const std::string &db, const SeedCase &c)
{
    std::istringstream in(runCli({QStringLiteral("table"), QString::fromStdString(db), QStringLiteral("--kommun"),
                                  QString::fromStdString(c.kommun), QStringLiteral("--namnd"),
                                  QString::fromStdString(c.namnd), QStringLiteral("--year"), QString::number(c.year),
                                  QStringLiteral("--month"), QString::number(c.month), QStringLiteral("--unit"),
                                  QStringLiteral("kr"), QStringLiteral("--csv")}));
    std::string line;
    std::vector<std::string> header;
    std::map<std::string, std::map<std::string, long long>> table;
    const auto split = splitCsv;
    std::getline(in, line);
    header = split(line);
    while (std::getline(in, line)) {
        const auto fields = split(line);
        for (std::size_t i = 2; i < fields.size() && i < header.size(); ++i) {
            if (fields[i].empty())
                continue;
            std::string digits = fields[i];
            std::erase_if(digits, [](char ch) { return ch == ' '; });
            table[fields[0]][header[i]] = std::stoll(digits);
        }
    }
    return table;
}

long long kronor(qlonglong ore) { return std::llround(static_cast<double>(ore) / 100.0); }

void PrintTo(const SeedCase &c, std::ostream *out) { *out << c.name; }

class ConsumersAgree : public testing::TestWithParam<SeedCase>
{};

TEST_P(ConsumersAgree, ModelCliAndReportShowTheSameNumbers)
{
    const SeedCase &c = GetParam();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const std::string db = dir.filePath(QStringLiteral("demo.tertial")).toStdString();
    ASSERT_TRUE(Storage::copyDatabaseFile(TERTIAL_DEMO_DB, db));

    auto cli = cliTable(db, c);
    ASSERT_FALSE(cli.empty());

    auto reportStore = Storage::SqliteStore::open(db);
    ASSERT_TRUE(reportStore) << reportStore.error().message;
    auto report = Reports::loadReportData(**reportStore, {c.kommun, c.namnd, c.year, c.month, c.kind, ""});
    ASSERT_TRUE(report) << report.error().message;

    auto store = Storage::SqliteStore::open(db);
    ASSERT_TRUE(store) << store.error().message;
    Models::Document document(std::move(*store));
    ASSERT_TRUE(document.select({c.kommun, report->namnd.id, c.year, std::to_string(c.month)}));
    Models::EconomicTableModel model(&document);

    // The chart panel's and `tertial-cli chart --kind budget`'s bars per top-level verksamhet.
    auto chartStore = Storage::SqliteStore::open(db);
    ASSERT_TRUE(chartStore) << chartStore.error().message;
    auto chart = Models::ChartData::load(**chartStore, report->namnd, c.year);
    ASSERT_TRUE(chart) << chart.error().message;
    auto bars = chart->budget(c.month, std::nullopt);
    ASSERT_TRUE(bars) << bars.error().message;
    std::map<std::string, const Core::BudgetChartGroup *> barOf{{"Summa", &bars->total}};
    for (const Core::BudgetChartGroup &group : bars->groups)
        barOf[group.name] = &group;
    int barsCompared = 0;

    std::vector<const Core::EconomicRow *> rows;
    for (const Core::EconomicRow &row : report->table.rows)
        rows.push_back(&row);
    rows.push_back(&report->table.total);
    int compared = 0;
    bool pinned = false;
    for (const Core::EconomicRow *row : rows) {
        const std::string name = row == &report->table.total ? std::string("Summa") : row->name;
        const Storage::Id id = row == &report->table.total ? 0 : row->id;
        ASSERT_TRUE(cli.contains(name)) << c.name << ": tertial-cli table has no row " << name;
        if (const auto bar = barOf.find(name); bar != barOf.end()) {
            const Core::BudgetChartGroup &g = *bar->second;
            EXPECT_EQ(g.actual, row->values.actualNet) << c.name << ' ' << name << " chart utfall";
            EXPECT_EQ(g.budgetPeriod, row->values.budgetPeriod) << c.name << ' ' << name << " chart budget";
            EXPECT_EQ(g.budgetDeviation, row->values.budgetDeviation) << c.name << ' ' << name << " chart avvikelse";
            EXPECT_EQ(g.budgetYear, row->values.budgetYear) << c.name << ' ' << name << " chart budget helår";
            if (c.kind != Reports::ReportKind::Annual) { // the årsredovisning's prognos is T2's (below)
                EXPECT_EQ(g.forecast, row->values.forecast) << c.name << ' ' << name << " chart prognos";
                EXPECT_EQ(g.forecastDeviation, row->values.forecastDeviation) << c.name << ' ' << name;
            }
            ++barsCompared;
        }
        for (const Compared &column : kColumns) {
            // The årsredovisning's prognos column is the year's last forecast before December
            // (seed 000 "Prognos T2", reportdata.h); the workbench and the CLI in December show
            // the December forecast, of which there is none. The other columns must agree.
            const bool forecastColumn = column.column == Column::Forecast || column.column == Column::ForecastDeviation;
            if (c.kind == Reports::ReportKind::Annual && forecastColumn)
                continue;
            const QModelIndex index = model.indexOf(id, column.column);
            ASSERT_TRUE(index.isValid()) << c.name << ": " << name;
            const QVariant raw = index.data(Models::EconomicTableModel::RawValueRole);
            const auto &reportValue = row->values.*column.value;
            const auto found = cli.at(name).find(column.csv);
            // All three have the value, or none.
            EXPECT_EQ(raw.isValid(), reportValue.has_value()) << c.name << ' ' << name << ' ' << column.csv;
            EXPECT_EQ(found != cli.at(name).end(), reportValue.has_value()) << c.name << ' ' << name << ' ' << column.csv;
            if (!reportValue || !raw.isValid() || found == cli.at(name).end())
                continue;
            EXPECT_EQ(raw.toLongLong(), reportValue->ore()) << c.name << ' ' << name << ' ' << column.csv;
            EXPECT_EQ(found->second, kronor(reportValue->ore())) << c.name << ' ' << name << ' ' << column.csv;
            ++compared;
            if (name == c.pinRow && column.column == c.pinColumn) {
                pinned = true;
                const double tkr = static_cast<double>(raw.toLongLong()) / 100000.0;
                if (std::string(c.name) == "seed000")
                    EXPECT_EQ(std::llround(tkr / 1000.0), c.pinTkr / 1000) << "seed 000 §8: 848 miljoner kronor";
                else
                    EXPECT_EQ(std::llround(tkr), c.pinTkr) << c.name << " seed figure " << name;
            }
        }
    }
    EXPECT_TRUE(pinned) << c.name << ": the seed's row " << c.pinRow << " is not in the table";
    EXPECT_GT(compared, 20) << c.name;
    EXPECT_EQ(barsCompared, static_cast<int>(bars->groups.size()) + 1) << c.name << ": a bar without a table row";
}

// Issue 12 point 5, indicators: `tertial-cli status --csv`, the Indikatorer tab's model and the
// report's indicator table show the same status for every indicator of Nacka's 2020 (seed 000
// §5), including one whose status was set by hand with a reason.
TEST(ConsumersAgreeOnIndicators, CliModelAndReportShowTheSameStatusAndTheOverride)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const std::string db = dir.filePath(QStringLiteral("demo.tertial")).toStdString();
    ASSERT_TRUE(Storage::copyDatabaseFile(TERTIAL_DEMO_DB, db));
    const Reports::ReportRequest request{"0182", "SOCN", 2020, 12, Reports::ReportKind::Annual, ""};
    const std::string evicted = "Antal barn och unga som vräks från sin bostad";
    {
        // seed 000 §5: 4 vräkta barn against the target 0 is ej uppnått (■); set to delvis by hand.
        auto store = Storage::SqliteStore::open(db);
        ASSERT_TRUE(store) << store.error().message;
        (*store)->setUser("test");
        auto before = Reports::loadReportData(**store, request);
        ASSERT_TRUE(before) << before.error().message;
        const auto line = std::find_if(before->indicators.begin(), before->indicators.end(),
                                       [&](const Reports::IndicatorLine &l) { return l.indicator.name == evicted; });
        ASSERT_NE(line, before->indicators.end());
        ASSERT_TRUE(line->status);
        EXPECT_EQ(*line->status, Core::IndicatorStatus::NotMet);
        Storage::StatusOverride override_;
        override_.indicatorId = line->indicator.id;
        override_.year = 2020;
        override_.month = line->valueMonth;
        override_.status = Core::IndicatorStatus::PartlyMet;
        override_.reason = "två av fyra avhysningar avbrutna";
        ASSERT_TRUE((*store)->setStatusOverride(line->indicator.id, 2020, line->valueMonth, override_));
    }

    // tertial-cli status --csv: indikator -> (status, manuell)
    std::istringstream csv(runCli({QStringLiteral("status"), QString::fromStdString(db), QStringLiteral("--kommun"),
                                   QStringLiteral("0182"), QStringLiteral("--namnd"), QStringLiteral("SOCN"),
                                   QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--month"),
                                   QStringLiteral("12"), QStringLiteral("--csv")}));
    std::string line;
    std::getline(csv, line);
    EXPECT_EQ(line, "indikator;enhet;utfall;malvarde;maltyp;status;manuell;orsak");
    std::map<std::string, std::pair<std::string, std::string>> cli;
    while (std::getline(csv, line)) {
        const auto fields = splitCsv(line);
        ASSERT_GE(fields.size(), 7U) << line;
        cli[fields[0]] = {fields[5], fields[6]};
    }

    auto reportStore = Storage::SqliteStore::open(db);
    ASSERT_TRUE(reportStore);
    auto report = Reports::loadReportData(**reportStore, request);
    ASSERT_TRUE(report) << report.error().message;

    auto store = Storage::SqliteStore::open(db);
    ASSERT_TRUE(store);
    Models::Document document(std::move(*store));
    ASSERT_TRUE(document.select({"0182", report->namnd.id, 2020, "12"}));
    Models::RegisterTableModel model;
    ASSERT_TRUE(Models::RegisterTables::fillIndicators(document, model));
    const int statusColumn = model.columnCount() - 1;
    std::map<std::string, QString> shown; // indikator -> the status label the model holds
    for (int r = 0; r < model.rowCount(); ++r)
        shown[model.index(r, 1).data().toString().toStdString()] =
            model.index(r, statusColumn).data(Models::RegisterTableModel::RawValueRole).toString();

    ASSERT_GE(report->indicators.size(), 4U);
    EXPECT_EQ(cli.size(), report->indicators.size());
    EXPECT_EQ(shown.size(), report->indicators.size());
    for (const Reports::IndicatorLine &l : report->indicators) {
        ASSERT_TRUE(l.status) << l.indicator.name;
        ASSERT_TRUE(cli.contains(l.indicator.name)) << l.indicator.name;
        EXPECT_EQ(cli[l.indicator.name].first, Core::statusCsvCode(*l.status)) << l.indicator.name;
        EXPECT_EQ(cli[l.indicator.name].second, l.override_ ? "ja" : "nej") << l.indicator.name;
        ASSERT_TRUE(shown.contains(l.indicator.name)) << l.indicator.name;
        EXPECT_EQ(shown[l.indicator.name].toStdString(), Core::statusLabel(*l.status)) << l.indicator.name;
    }
    // The override wins everywhere; seed 000 §5's gruppbostad 82 against 80 stays uppnått.
    EXPECT_EQ(cli[evicted], (std::pair<std::string, std::string>{"delvis", "ja"}));
    EXPECT_EQ(cli["Andel vuxna med funktionsnedsättning som upplever att de får den hjälp de vill ha i sin gruppbostad"].first, "uppnatt");
}

INSTANTIATE_TEST_SUITE_P(DemoSeedCases, ConsumersAgree, testing::ValuesIn(kCases),
                         [](const testing::TestParamInfo<SeedCase> &param) { return std::string(param.param.name); });

} // namespace
} // namespace Tertial::Test
