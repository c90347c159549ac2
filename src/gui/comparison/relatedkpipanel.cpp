// SPDX-License-Identifier: GPL-3.0-or-later
// The related key figures panel.
#include "relatedkpipanel.h"

#include "rankingchart.h"

#include "core/kpidefaults.h"
#include "core/svformat.h"
#include "analysis/koladacomparison.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Tertial::Gui {
namespace {

enum Column { Kpi, Year, Value, Source, Rank, Count, Quartile, ColumnCount };

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *entry = new QTableWidgetItem(text);
    entry->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        entry->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return entry;
}

} // namespace

RelatedKpiPanel::RelatedKpiPanel(Storage::KoladaStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_heading(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_source(new QLabel(this))
{
    m_heading->setWordWrap(true);
    m_source->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Nyckeltal"), tr("År"), tr("Värde"), tr("Källa"), tr("Rang"), tr("av"),
                                        tr("Kvartil")});
    m_table->horizontalHeaderItem(Quartile)->setToolTip(tr("1 = bästa 25 procent (grön), 4 = sämsta 25 procent (röd)"));
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(Kpi, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_source);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *entry = m_table->item(row, Kpi))
            emit kpiActivated(entry->data(Qt::UserRole).toString(), entry->data(Qt::UserRole + 1).toInt());
    });
    refresh();
}

QString RelatedKpiPanel::heading() const
{
    return m_heading->text();
}

QString RelatedKpiPanel::sourceNote() const
{
    return m_source->text();
}

void RelatedKpiPanel::setContext(const QString &kommunId, const QStringList &verksamheter, int year)
{
    m_kommun = kommunId;
    m_verksamheter = verksamheter;
    m_year = year;
    refresh();
}

void RelatedKpiPanel::refresh()
{
    m_table->setRowCount(0);
    m_source->clear();
    std::vector<std::string> kpis;
    QString owner;
    for (const QString &name : m_verksamheter) {
        kpis = Core::relatedKpis(name.toStdString());
        if (!kpis.empty()) {
            owner = name;
            break;
        }
    }
    if (m_verksamheter.isEmpty()) {
        m_heading->setText(tr("Välj en verksamhet i Ekonomi för att se dess nyckeltal i Kolada."));
        return;
    }
    if (kpis.empty()) {
        m_heading->setText(tr("Inga nyckeltal kopplade till %1.").arg(m_verksamheter.first()));
        return;
    }
    QString kommunName = m_kommun;
    std::string fetchedAt;
    int row = 0;
    int partial = 0; // KPIs whose rank is among the kommuner with data, not the whole country
    for (const std::string &kpi : kpis) {
        auto values = m_store.values(kpi, std::nullopt);
        auto meta = m_store.kpi(kpi);
        if (!values || !meta)
            continue;
        // The selected year, else the latest year before it with a value for the kommun, else the latest.
        int year = 0;       // the latest year up to the selected one
        int latest = 0;     // the latest year of all
        for (const auto &value : *values) {
            if (QString::fromStdString(value.municipality) != m_kommun || !value.value)
                continue;
            kommunName = QString::fromStdString(value.name);
            latest = std::max(latest, value.year);
            if (value.year <= m_year)
                year = std::max(year, value.year);
            fetchedAt = std::max(fetchedAt, value.fetchedAt);
        }
        if (year == 0)
            year = latest;
        const QString title = QString::fromStdString(kpi + " " + (*meta ? (*meta)->title : std::string()));
        m_table->insertRow(row);
        auto *name = cell(title);
        name->setData(Qt::UserRole, QString::fromStdString(kpi));
        name->setData(Qt::UserRole + 1, year);
        name->setToolTip(title);
        m_table->setItem(row, Kpi, name);
        if (year == 0) {
            m_table->setItem(row, Value, cell(tr("saknas"), true));
            m_table->item(row, Kpi)->setToolTip(tr("Inget värde för kommunen; hämta nyckeltalet i fliken Jämförelse."));
            ++row;
            continue;
        }
        const auto defaults = Core::kpiDefaults(kpi);
        const Core::Direction direction = defaults ? defaults->direction : Core::Direction::LowerIsBetter;
        auto ranking = Kolada::rankKommuner(m_store, kpi, year, direction);
        m_table->setItem(row, Year, cell(QString::number(year), true));
        if (ranking) {
            for (const auto &ranked : ranking->rows) {
                if (QString::fromStdString(ranked.id) != m_kommun)
                    continue;
                const std::string plain = Kolada::formatKoladaValue(ranked.value);
                const auto comma = plain.find(',');
                const int decimals = comma == std::string::npos ? 0 : static_cast<int>(plain.size() - comma - 1);
                m_table->setItem(row, Value, cell(QString::fromStdString(Core::formatNumber(ranked.value, decimals)), true));
                m_table->setItem(row, Source, cell(tr("Kolada")));
                m_table->setItem(row, Rank, cell(QString::number(ranked.rank), true));
                m_table->setItem(row, Count, cell(QString::number(ranking->count), true));
                if (!ranking->national) {
                    ++partial;
                    m_table->item(row, Count)->setToolTip(
                        tr("Rang bland %1 kommuner med data, inte hela landet").arg(ranking->count));
                }
                m_table->setItem(row, Quartile, cell(QString::number(ranked.quartile), true));
                m_table->item(row, Quartile)->setBackground(quartileColor(ranked.quartile).lighter(150));
                m_table->item(row, Value)->setBackground(quartileColor(ranked.quartile).lighter(150));
            }
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Kpi, QHeaderView::Stretch);
    m_heading->setText(tr("Nyckeltal för %1, %2 (dubbelklicka för jämförelsen)").arg(owner, kommunName));
    m_source->setText(fetchedAt.empty() ? tr("Inga värden i databasen: hämta dem i fliken Jämförelse.")
                      : partial == 0
                          ? tr("Källa: Kolada (hämtad %1) för värdena. Rang och kvartil bland alla "
                               "kommuner med värde är Tertials beräkning.")
                                .arg(QString::fromStdString(fetchedAt))
                          : tr("Källa: Kolada (hämtad %1) för värdena. Rang och kvartil är Tertials beräkning bland "
                               "de kommuner som har data i databasen (\"av\"), inte hela landet: hämta nyckeltalen "
                               "för alla kommuner i fliken Jämförelse.")
                                .arg(QString::fromStdString(fetchedAt)));
}

} // namespace Tertial::Gui
