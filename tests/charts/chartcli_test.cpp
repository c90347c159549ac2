// SPDX-License-Identifier: GPL-3.0-or-later
// tertial-cli chart over a small seed database written through the Store: every kind, every format.
#include "common/tempdir.h"

#include "storage/sqlitestore.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSvgRenderer>

namespace Tertial::Charts::Test {
namespace {

using Storage::Measure;

Core::Money tkrAmount(std::int64_t thousands)
{
    return Core::Money::fromThousands(thousands);
}

// seed 002 §2.1 (oktober 2017, with a "+/- noll" prognos = budget helår in april, as seed 001
// makes it), seed 000 §7 (barn och unga 2020: budget and utfall per verksamhet, Prognos T2, the
// tertial utfall on the parent as the report publishes it), seed 002 §4 (personlig assistans,
// antal personer per månad) and seed 000 §5 (servicebostad).
Storage::ImportBatch seedBatch()
{
    Storage::ImportBatch batch;
    const Storage::NamndRef socn{"0182", "SOCN"};
    batch.kommuner.push_back({"0182", "Nacka", Storage::Kommun::Kind::Kommun, "01"});
    batch.namnder.push_back({{}, socn, "Socialnämnden"});
    auto figure = [&](const std::string &path, int year, std::optional<int> month, Measure measure, std::int64_t tkr) {
        batch.figures.push_back({{"seed", 0}, socn, path, "", year, month, measure, tkrAmount(tkr)});
    };
    int order = 0;
    auto verksamhet = [&](const std::string &path) { batch.verksamheter.push_back({{}, socn, path, ++order, false, "linjär"}); };

    struct Row
    {
        const char *name;
        std::optional<std::int64_t> income, cost, budgetYear, budgetPeriod, forecast;
    };
    const Row seed002[] = {
        {"Preliminärbokförda fakturor", std::nullopt, -190, std::nullopt, 0, 0},
        {"Barn och unga", 3'970, -92'522, -103'783, std::nullopt, -107'623},
        {"Vuxna 21-64 år", 14'563, -46'091, -45'229, std::nullopt, -39'000},
        {"Personer med funktionsnedsättning", 28'075, -384'352, -445'548, std::nullopt, -427'800},
        {"Gemensam socialtjänst", 82, -5'722, -8'317, std::nullopt, -7'000},
        {"Myndighet och huvudmannaskap", 0, -96'456, -112'169, -93'593, -120'198},
        {"Nämnd och nämndstöd", std::nullopt, -1'983, -2'766, std::nullopt, -2'406},
    };
    for (const Row &row : seed002) {
        verksamhet(row.name);
        if (row.income)
            figure(row.name, 2017, 10, Measure::ActualIncome, *row.income);
        figure(row.name, 2017, 10, Measure::ActualCost, *row.cost);
        if (row.budgetYear) {
            figure(row.name, 2017, std::nullopt, Measure::Budget, *row.budgetYear);
            figure(row.name, 2017, 4, Measure::Forecast, *row.budgetYear);
        }
        if (row.budgetPeriod)
            figure(row.name, 2017, 10, Measure::BudgetPeriod, *row.budgetPeriod);
        figure(row.name, 2017, 10, Measure::Forecast, *row.forecast);
    }

    const std::string parent = "Barn och unga 0-20 år";
    verksamhet(parent);
    struct Leaf
    {
        const char *name;
        std::int64_t budget, actual, forecastT2;
    };
    const Leaf seed000[] = {
        {"Dygnsvård", -78'739, -81'242, -85'452},
        {"Öppenvård inkl föreningsbidrag", -63'712, -66'333, -66'907},
        {"Ensamkommande barn och unga", -1'000, -2'888, -2'373},
        {"Familjerådgivning o insatser familjerätt", -3'740, -3'238, -3'740},
    };
    for (const Leaf &leaf : seed000) {
        const std::string path = parent + " > " + leaf.name;
        verksamhet(path);
        figure(path, 2020, std::nullopt, Measure::Budget, leaf.budget);
        figure(path, 2020, 12, Measure::ActualNet, leaf.actual);
        figure(path, 2020, 8, Measure::Forecast, leaf.forecastT2);
    }
    // seed 000 §7 "T1 T2 T3": T1 -53 747, T1+T2 -105 671, published for barn och unga only.
    figure(parent, 2020, 4, Measure::ActualNet, -53'747);
    figure(parent, 2020, 8, Measure::ActualNet, -105'671);

    const double persons2016[] = {38, 35, 36, 35, 38, 41, 42, 42, 45, 41};
    const double persons2017[] = {45, 48, 46, 44, 45, 49, 50, 50, 49, 46};
    for (int m = 1; m <= 10; ++m) {
        for (const auto &[year, value] : {std::pair{2016, persons2016[m - 1]}, std::pair{2017, persons2017[m - 1]}}) {
            Storage::Volume volume;
            volume.year = year;
            volume.month = m;
            volume.serviceType = "personlig assistans";
            volume.measure = Core::VolumeMeasure::Persons;
            volume.value = value;
            batch.volumes.push_back({{}, socn, "Personer med funktionsnedsättning", volume});
        }
    }

    Storage::Indicator indicator;
    indicator.code = "servicebostad";
    indicator.area = "Maximalt värde för skattepengarna";
    indicator.name = "Andel vuxna med funktionsnedsättning som upplever att de får den hjälp de vill ha i sin servicebostad";
    indicator.unit = "%";
    indicator.direction = Core::Direction::HigherIsBetter;
    indicator.targetKind = Core::TargetKind::AtLeast;
    batch.indicators.push_back({{}, socn, indicator});
    Storage::IndicatorValue v2018;
    v2018.year = 2018;
    v2018.actual = 81;
    Storage::IndicatorValue v2020;
    v2020.year = 2020;
    v2020.actual = 70;
    v2020.target = 85;
    batch.indicatorValues.push_back({{}, socn, "servicebostad", v2018});
    batch.indicatorValues.push_back({{}, socn, "servicebostad", v2020});
    return batch;
}

class ChartCli : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new TestUtil::TempDir;
        auto store = Storage::SqliteStore::create(s_dir->file("seed.tertial"));
        ASSERT_TRUE(store) << store.error().message;
        (*store)->setClock([] { return std::string("2026-01-01T00:00:00Z"); });
        auto applied = (*store)->apply(seedBatch(), "test");
        ASSERT_TRUE(applied) << applied.error().message;
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run chart(const QStringList &arguments, const QString &db = {})
    {
        QProcess process;
        process.start(QStringLiteral(TERTIAL_CLI),
                      QStringList{QStringLiteral("chart"), db.isEmpty() ? QString::fromStdString(s_dir->file("seed.tertial")) : db} +
                          arguments);
        process.waitForFinished(60'000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QString out(const QString &name) { return QString::fromStdString(s_dir->file(name.toStdString())); }

    static TestUtil::TempDir *s_dir;
};

TestUtil::TempDir *ChartCli::s_dir = nullptr;

struct KindCase
{
    const char *kind;
    QStringList arguments;
};

class ChartCliKinds : public ChartCli, public testing::WithParamInterface<KindCase>
{};

TEST_P(ChartCliKinds, WritesAPngOfTheRequestedSize)
{
    const QString path = out(QStringLiteral("chart-") + QString::fromLatin1(GetParam().kind) + QStringLiteral(".png"));
    const Run run = chart(GetParam().arguments + QStringList{QStringLiteral("--kind"), QString::fromLatin1(GetParam().kind),
                                                             QStringLiteral("--out"), path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(path));
    const QImage image(path);
    EXPECT_EQ(image.size(), QSize(1200, 700));
    // Keep a copy for docs/screenshots (reviewed by eye before it is committed).
    QDir().mkpath(QStringLiteral(TERTIAL_SCREENSHOT_DIR) + QStringLiteral("/cli"));
    const QString copy = QStringLiteral(TERTIAL_SCREENSHOT_DIR) + QStringLiteral("/cli/chart-") +
                         QString::fromLatin1(GetParam().kind) + QStringLiteral(".png");
    QFile::remove(copy);
    QFile::copy(path, copy);
}

const QStringList nacka = {QStringLiteral("--kommun"), QStringLiteral("0182"), QStringLiteral("--namnd"), QStringLiteral("SOCN")};
QStringList at(int year, int month)
{
    return nacka + QStringList{QStringLiteral("--year"), QString::number(year), QStringLiteral("--month"), QString::number(month)};
}

INSTANTIATE_TEST_SUITE_P(
    Seed, ChartCliKinds,
    testing::Values(KindCase{"budget", at(2017, 10)},
                    KindCase{"cumulative", at(2017, 10) + QStringList{QStringLiteral("--verksamhet"), QStringLiteral("Barn och unga")}},
                    KindCase{"tertial", at(2020, 12) + QStringList{QStringLiteral("--verksamhet"), QStringLiteral("Barn och unga 0-20 år")}},
                    KindCase{"volume", at(2017, 10)},
                    KindCase{"indicator", at(2020, 12)},
                    KindCase{"bridge", at(2017, 10)},
                    KindCase{"accuracy", at(2020, 12) + QStringList{QStringLiteral("--verksamhet"), QStringLiteral("Barn och unga 0-20 år")}}),
    [](const testing::TestParamInfo<KindCase> &param) { return std::string(param.param.kind); });

TEST_F(ChartCli, PrintResolutionPng)
{
    const QString path = out(QStringLiteral("print.png"));
    const Run run = chart(at(2017, 10) + QStringList{QStringLiteral("--kind"), QStringLiteral("budget"), QStringLiteral("--out"), path,
                                                     QStringLiteral("--width"), QStringLiteral("800"), QStringLiteral("--height"),
                                                     QStringLiteral("500"), QStringLiteral("--dpi"), QStringLiteral("300")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QImage(path).size(), QSize(2500, 1563)); // 800 × 300/96, 500 × 300/96 rounded
}

TEST_F(ChartCli, PdfAndSvg)
{
    const QString pdf = out(QStringLiteral("t.pdf"));
    const QString svg = out(QStringLiteral("t.svg"));
    const QStringList tertial = at(2020, 12) + QStringList{QStringLiteral("--kind"), QStringLiteral("tertial"),
                                                           QStringLiteral("--verksamhet"), QStringLiteral("Barn och unga 0-20 år")};
    ASSERT_EQ(chart(tertial + QStringList{QStringLiteral("--out"), pdf}).exitCode, 0);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    ASSERT_EQ(chart(tertial + QStringList{QStringLiteral("--out"), svg}).exitCode, 0);
    EXPECT_TRUE(QSvgRenderer(svg).isValid());
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svgFile.readAll());
    // seed 000 §7 avvikelse per tertial, read from the database: -4 683 / -2 860 / +1 034.
    for (const char *expected : {"-4 683", "-2 860", "+1 034"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
}

TEST_F(ChartCli, SwedishErrors)
{
    Run run = chart(at(2017, 10) + QStringList{QStringLiteral("--kind"), QStringLiteral("paj"), QStringLiteral("--out"), out(QStringLiteral("x.png"))});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("okänd diagramtyp 'paj'")));
    run = chart(at(2017, 10) + QStringList{QStringLiteral("--kind"), QStringLiteral("budget"), QStringLiteral("--out"), out(QStringLiteral("x.gif"))});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral(".png, .pdf eller .svg")));
    run = chart(at(2017, 10) + QStringList{QStringLiteral("--kind"), QStringLiteral("budget"), QStringLiteral("--verksamhet"),
                                           QStringLiteral("Finns inte"), QStringLiteral("--out"), out(QStringLiteral("x.png"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("verksamheten 'Finns inte' finns inte")));
    // Accuracy needs the year's december utfall.
    run = chart(at(2017, 10) + QStringList{QStringLiteral("--kind"), QStringLiteral("accuracy"), QStringLiteral("--out"), out(QStringLiteral("x.png"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("inget utfall för december")));
    EXPECT_FALSE(QFile::exists(out(QStringLiteral("x.png"))));
}

TEST_F(ChartCli, DemoDatabaseWhenBuilt)
{
    const QString demo = QStringLiteral(TERTIAL_DEMO_DB);
    if (!QFile::exists(demo))
        GTEST_SKIP() << "no demo database at " << demo.toStdString();
    const QString path = out(QStringLiteral("demo.png"));
    const Run run = chart(at(2017, 10) + QStringList{QStringLiteral("--kind"), QStringLiteral("budget"), QStringLiteral("--out"), path}, demo);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QImage(path).size(), QSize(1200, 700));
}

} // namespace
} // namespace Tertial::Charts::Test
