// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison view.
#include "comparisonview.h"

#include "rankingchart.h"
#include "yearschart.h"

#include "core/comparisonsentence.h"
#include "core/groupmean.h"
#include "core/kpidefaults.h"
#include "core/svformat.h"
#include "kolada/comparison.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <map>
#include <set>

namespace Tertial::Gui {
namespace {

// A published figure with the decimals it was published with, sv-SE: 1 171 584, -4,2.
QString publishedText(double value)
{
    const std::string plain = Kolada::formatKoladaValue(value);
    const auto comma = plain.find(',');
    const int decimals = comma == std::string::npos ? 0 : static_cast<int>(plain.size() - comma - 1);
    return QString::fromStdString(Core::formatNumber(value, decimals));
}

QTableWidgetItem *item(const QString &text, bool number = false)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

} // namespace

ComparisonView::ComparisonView(Storage::KoladaStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_kpi(new QComboBox(this)), m_year(new QComboBox(this)),
      m_kommun(new QComboBox(this)), m_direction(new QComboBox(this)), m_chartKind(new QComboBox(this)), m_table(new QTableWidget(this)),
      m_chart(new QCustomPlot(this)), m_sentence(new QLabel(this)), m_source(new QLabel(this)),
      m_fetchKpis(new QLineEdit(this)), m_fetchYears(new QLineEdit(this)),
      m_fetchButton(new QPushButton(tr("Hämta från Kolada"), this)), m_status(new QLabel(this))
{
    m_fetchKpis->setPlaceholderText(tr("KPI-id, t.ex. N33006,U33401"));
    m_fetchYears->setPlaceholderText(tr("år, t.ex. 2019,2020"));
    auto *fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_fetchKpis, 2);
    fetchRow->addWidget(m_fetchYears, 1);
    fetchRow->addWidget(m_fetchButton);
    fetchRow->addWidget(m_status, 3);
    m_status->setWordWrap(true);
    connect(m_fetchButton, &QPushButton::clicked, this, &ComparisonView::fetchClicked);

    m_direction->addItem(tr("Lägre är bättre"), static_cast<int>(Core::Direction::LowerIsBetter));
    m_direction->addItem(tr("Högre är bättre"), static_cast<int>(Core::Direction::HigherIsBetter));

    m_chartKind->addItem(tr("Staplar för året"), static_cast<int>(ChartKind::SortedBars));
    m_chartKind->addItem(tr("Linjer över åren"), static_cast<int>(ChartKind::LinesOverYears));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Nyckeltal"), this));
    controls->addWidget(m_kpi, 1);
    controls->addWidget(new QLabel(tr("År"), this));
    controls->addWidget(m_year);
    controls->addWidget(new QLabel(tr("Kommun"), this));
    controls->addWidget(m_kommun);
    controls->addWidget(m_direction);
    controls->addWidget(m_chartKind);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_chart->setMinimumHeight(220);
    m_sentence->setWordWrap(true);
    m_source->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fetchRow);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_sentence);
    layout->addWidget(m_source);

    connect(m_kpi, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            kpiChanged();
    });
    for (QComboBox *box : {m_year, m_kommun, m_direction, m_chartKind})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                refresh();
        });
    reload();
}

void ComparisonView::reload()
{
    auto kpis = m_store.kpis();
    if (!kpis) {
        emit errorOccurred(QString::fromStdString(kpis.error().message));
        return;
    }
    const QString current = m_kpi->currentData().toString();
    m_updating = true;
    m_kpi->clear();
    for (const auto &kpi : *kpis)
        m_kpi->addItem(QString::fromStdString(kpi.id + " " + kpi.title), QString::fromStdString(kpi.id));
    const int index = m_kpi->findData(current);
    m_kpi->setCurrentIndex(index >= 0 ? index : 0);
    m_updating = false;
    kpiChanged();
}

void ComparisonView::setKpi(const QString &kpiId)
{
    m_kpi->setCurrentIndex(m_kpi->findData(kpiId));
}

void ComparisonView::setYear(int year)
{
    m_year->setCurrentIndex(m_year->findData(year));
}

void ComparisonView::setHighlighted(const QString &kommunId)
{
    m_kommun->setCurrentIndex(m_kommun->findData(kommunId));
}

void ComparisonView::setDirection(Core::Direction direction)
{
    m_direction->setCurrentIndex(m_direction->findData(static_cast<int>(direction)));
}

void ComparisonView::setChartKind(ChartKind kind)
{
    m_chartKind->setCurrentIndex(m_chartKind->findData(static_cast<int>(kind)));
}

QString ComparisonView::sentence() const
{
    return m_sentence->text();
}

QString ComparisonView::sourceNote() const
{
    return m_source->text();
}

QString ComparisonView::status() const
{
    return m_status->text();
}

Core::Result<Storage::KoladaImportSummary> ComparisonView::fetchFromKolada(const Kolada::FetchRequest &request)
{
    m_fetchButton->setEnabled(false);
    m_status->setText(tr("Hämtar från Kolada …"));
    Kolada::KoladaFetcher fetcher(m_fetchOptions);
    auto batch = fetcher.fetch(request);
    m_fetchButton->setEnabled(true);
    if (!batch) {
        m_status->setText(tr("Ingenting sparades: ") + QString::fromStdString(batch.error().message));
        return std::unexpected(batch.error());
    }
    auto summary = m_store.apply(*batch);
    if (!summary) {
        m_status->setText(tr("Ingenting sparades: ") + QString::fromStdString(summary.error().message));
        return std::unexpected(summary.error());
    }
    m_status->setText(tr("Hämtade %1 värden (%2 saknade) den %3. Källa: Kolada")
                          .arg(summary->valuesStored)
                          .arg(summary->valuesMissing)
                          .arg(QString::fromStdString(batch->fetchedAt)));
    reload();
    if (!request.kpis.empty())
        setKpi(QString::fromStdString(request.kpis.front()));
    return summary;
}

void ComparisonView::fetchClicked()
{
    Kolada::FetchRequest request;
    for (const QString &id : m_fetchKpis->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        request.kpis.push_back(id.trimmed().toStdString());
    for (const QString &text : m_fetchYears->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int year = text.trimmed().toInt(&ok);
        if (!ok || year < 1900 || year > 2100) {
            m_status->setText(tr("\"%1\" är inget årtal; skriv t.ex. 2019,2020").arg(text.trimmed()));
            return;
        }
        request.years.push_back(year);
    }
    if (request.kpis.empty() || request.years.empty()) {
        m_status->setText(tr("Skriv minst ett KPI-id och ett år."));
        return;
    }
    (void)fetchFromKolada(request);
}

void ComparisonView::kpiChanged()
{
    const std::string kpi = m_kpi->currentData().toString().toStdString();
    auto values = m_store.values(kpi, std::nullopt);
    if (!values) {
        emit errorOccurred(QString::fromStdString(values.error().message));
        return;
    }
    std::set<int> years;
    std::map<QString, QString> kommuner; // name -> id, sorted by name
    for (const auto &value : *values) {
        years.insert(value.year);
        if (value.type == "K")
            kommuner[QString::fromStdString(value.name)] = QString::fromStdString(value.municipality);
    }
    const QVariant year = m_year->currentData();
    const QVariant kommun = m_kommun->currentData();
    m_updating = true;
    m_year->clear();
    for (int y : years)
        m_year->addItem(QString::number(y), y);
    const int yearIndex = m_year->findData(year);
    m_year->setCurrentIndex(yearIndex >= 0 ? yearIndex : m_year->count() - 1); // the latest year
    m_kommun->clear();
    m_kommun->addItem(tr("(ingen)"), QString());
    for (const auto &[name, id] : kommuner)
        m_kommun->addItem(name, id);
    const int kommunIndex = m_kommun->findData(kommun);
    m_kommun->setCurrentIndex(kommunIndex >= 0 ? kommunIndex : 0);
    if (const auto defaults = Core::kpiDefaults(kpi))
        m_direction->setCurrentIndex(m_direction->findData(static_cast<int>(defaults->direction)));
    m_updating = false;
    refresh();
}

void ComparisonView::refresh()
{
    const std::string kpi = m_kpi->currentData().toString().toStdString();
    const int year = m_year->currentData().toInt();
    const QString highlighted = m_kommun->currentData().toString();
    const auto direction = static_cast<Core::Direction>(m_direction->currentData().toInt());

    auto values = m_store.values(kpi, std::nullopt);
    auto ranking = Kolada::rankKommuner(m_store, kpi, year, direction);
    auto groups = m_store.groups();
    if (!values || !ranking || !groups) {
        const Core::Error &error = !values ? values.error() : !ranking ? ranking.error() : groups.error();
        emit errorOccurred(QString::fromStdString(error.message));
        return;
    }

    std::set<int> yearSet;
    std::map<std::string, std::map<int, double>> byMunicipality;
    std::map<std::string, std::string> names, types;
    std::string fetchedAt;
    for (const auto &value : *values) {
        yearSet.insert(value.year);
        names[value.municipality] = value.name;
        types[value.municipality] = value.type;
        if (value.value)
            byMunicipality[value.municipality][value.year] = *value.value;
        fetchedAt = std::max(fetchedAt, value.fetchedAt);
    }
    const std::vector<int> years(yearSet.begin(), yearSet.end());

    struct Row
    {
        QString label;
        std::map<int, double> values;
        bool derived = false; // Tertial's own figure (ovägt medel)
        const Kolada::RankedKommun *ranked = nullptr;
        std::string id;
        bool kommun = true;
    };
    std::vector<Row> rows;
    std::set<std::string> listed;
    for (const auto &ranked : ranking->rows) {
        rows.push_back({QString::fromStdString(ranked.name), byMunicipality[ranked.id], false, &ranked, ranked.id, true});
        listed.insert(ranked.id);
    }
    for (const auto &[id, series] : byMunicipality)
        if (types[id] == "K" && !listed.contains(id))
            rows.push_back({QString::fromStdString(names[id]), series, false, nullptr, id, true});
    if (byMunicipality.contains("0000"))
        rows.push_back({tr("Riket"), byMunicipality["0000"], false, nullptr, "0000", false});
    for (const auto &group : *groups) {
        Row mean{QString::fromStdString(group.title) + tr(" (ovägt medel, Tertials beräkning)"), {}, true, nullptr,
                 group.id, false};
        for (int y : years) {
            std::vector<std::optional<double>> memberValues;
            for (const auto &member : group.members) {
                const auto found = byMunicipality.find(member.id);
                memberValues.push_back(found != byMunicipality.end() && found->second.contains(y)
                                           ? std::optional<double>(found->second.at(y))
                                           : std::nullopt);
            }
            if (const auto result = Core::unweightedMean(memberValues); result.mean)
                mean.values[y] = *result.mean;
        }
        if (!mean.values.empty())
            rows.push_back(std::move(mean));
        if (byMunicipality.contains(group.id))
            rows.push_back({QString::fromStdString(group.title) + tr(" (publicerat)"), byMunicipality[group.id], false,
                            nullptr, group.id, false});
    }

    QStringList headers{tr("Kommun / grupp")};
    for (int y : years)
        headers << QString::number(y);
    headers << tr("Rang %1").arg(year) << tr("av") << tr("Kvartil");
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setRowCount(static_cast<int>(rows.size()));
    m_table->setHorizontalHeaderLabels(headers);
    const int yearColumn = 1 + static_cast<int>(std::find(years.begin(), years.end(), year) - years.begin());
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const Row &row = rows[static_cast<std::size_t>(r)];
        auto *label = item(row.label);
        if (!highlighted.isEmpty() && QString::fromStdString(row.id) == highlighted) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        m_table->setItem(r, 0, label);
        for (int c = 0; c < static_cast<int>(years.size()); ++c) {
            const auto found = row.values.find(years[static_cast<std::size_t>(c)]);
            if (found == row.values.end())
                continue;
            const QString text = row.derived ? QString::fromStdString(Core::formatNumber(found->second, 1))
                                             : publishedText(found->second);
            m_table->setItem(r, c + 1, item(text, true));
        }
        if (row.ranked) {
            const int base = 1 + static_cast<int>(years.size());
            m_table->setItem(r, base, item(QString::number(row.ranked->rank), true));
            m_table->setItem(r, base + 1, item(QString::number(ranking->count), true));
            m_table->setItem(r, base + 2, item(QString::number(row.ranked->quartile), true));
            if (QTableWidgetItem *cell = m_table->item(r, yearColumn))
                cell->setBackground(quartileColor(row.ranked->quartile).lighter(150));
        }
    }
    m_table->resizeColumnsToContents();

    const QString title = m_kpi->currentText() + QStringLiteral(", ") + QString::number(year);
    if (static_cast<ChartKind>(m_chartKind->currentData().toInt()) == ChartKind::SortedBars) {
        buildRankingChart(m_chart, *ranking, highlighted, title);
    } else {
        // Every kommun while the lines stay readable, else only the chosen one; then Riket and
        // the groups (Tertial's ovägt medel dashed).
        static const QColor cycle[] = {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
                                       QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x80, 0x80, 0x80)};
        const auto kommunRows = std::count_if(rows.begin(), rows.end(), [](const Row &row) { return row.kommun; });
        std::vector<YearSeries> series;
        std::size_t next = 0;
        for (const Row &row : rows) {
            const bool chosen = !highlighted.isEmpty() && QString::fromStdString(row.id) == highlighted;
            if (row.kommun && !chosen && kommunRows > 8)
                continue;
            QColor color = chosen ? highlightColor() : row.id == "0000" ? QColor(Qt::black) : cycle[next++ % 6];
            series.push_back({row.label, row.values, color, row.derived});
        }
        buildYearsChart(m_chart, m_kpi->currentText(), series);
    }

    QString sentence;
    for (const auto &ranked : ranking->rows) {
        if (QString::fromStdString(ranked.id) != highlighted)
            continue;
        const auto defaults = Core::kpiDefaults(kpi);
        const Core::ComparisonStanding standing{ranked.name, ranked.rank, ranking->count, direction,
                                                defaults ? defaults->measure : "värdet på " + kpi};
        sentence = tr("%1: rang %2 av %3, kvartil %4. ")
                       .arg(QString::fromStdString(ranked.name))
                       .arg(ranked.rank)
                       .arg(ranking->count)
                       .arg(ranked.quartile) +
                   QString::fromStdString(Core::quartileSentence(standing) + " " + Core::topTenSentence(standing));
    }
    m_sentence->setText(sentence);
    m_source->setText(fetchedAt.empty() ? QString()
                                        : tr("Källa: Kolada (hämtad %1) för de publicerade värdena. Ovägda medel, "
                                             "rang och kvartil är Tertials beräkning.")
                                              .arg(QString::fromStdString(fetchedAt)));
}

} // namespace Tertial::Gui
