// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison view.
#include "comparisonview.h"

#include "rankingchart.h"
#include "usergroupeditor.h"
#include "usergroupedits.h"
#include "yearschart.h"

#include "core/comparisonsentence.h"
#include "core/kpidefaults.h"
#include "analysis/comparisongrid.h"
#include "analysis/koladacomparison.h"
#include "core/svformat.h"

#include <QComboBox>
#include <QCompleter>
#include <QMenu>
#include <QToolButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <set>

namespace Tertial::Gui {
namespace {

constexpr int KeyRole = Qt::UserRole;
const QString riketKey = QStringLiteral("riket");
const QString lanKey = QStringLiteral("lan");
const QString allaKey = QStringLiteral("alla");

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

QListWidgetItem *checkItem(QListWidget *list, const QString &text, const QString &key, bool checked)
{
    auto *entry = new QListWidgetItem(text, list);
    entry->setData(KeyRole, key);
    entry->setToolTip(text);
    entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    entry->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return entry;
}

QComboBox *yearBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

ComparisonView::ComparisonView(Storage::KoladaStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_kpi(new QComboBox(this)), m_year(yearBox(this)), m_from(yearBox(this)),
      m_to(yearBox(this)), m_kommun(new QComboBox(this)), m_direction(new QComboBox(this)),
      m_chartKind(new QComboBox(this)), m_kommunList(new QListWidget(this)), m_groupList(new QListWidget(this)),
      m_groupsButton(new QPushButton(tr("Egna grupper …"), this)), m_table(new QTableWidget(this)),
      m_chart(new QCustomPlot(this)), m_sentence(new QLabel(this)), m_source(new QLabel(this)),
      m_fetchKpis(new QLineEdit(this)), m_fetchYears(new QLineEdit(this)),
      m_fetchButton(new QPushButton(tr("Hämta från Kolada"), this)), m_status(new QLabel(this)),
      m_definition(new QLabel(this)), m_coverage(new QLabel(this)), m_moreKpis(new QPushButton(tr("Fler nyckeltal"), this))
{
    m_fetchKpis->setPlaceholderText(tr("KPI-id, t.ex. N33006,U33401"));
    m_fetchYears->setPlaceholderText(tr("år, t.ex. 2019,2020"));
    auto *fetchRow = new QHBoxLayout;
    fetchRow->addWidget(new QLabel(tr("Hämta nyckeltal:"), this));
    fetchRow->addWidget(m_fetchKpis, 2);
    fetchRow->addWidget(m_fetchYears, 1);
    fetchRow->addWidget(m_fetchButton);
    fetchRow->addWidget(m_status, 3);
    m_status->setWordWrap(true);
    // Long KPI titles and kommun names must not widen the window past 1600 px: the boxes keep a
    // readable minimum and show the whole title in their popup.
    m_kpi->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kpi->setMinimumContentsLength(28);
    // Search as in Kolada: typing part of the id, the title or the area (verksamhetsområde) lists
    // the KPIs that contain it.
    m_kpi->setEditable(true);
    m_kpi->setInsertPolicy(QComboBox::NoInsert);
    m_kpi->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_kpi->completer()->setFilterMode(Qt::MatchContains);
    m_kpi->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_kpi->lineEdit()->setPlaceholderText(tr("Sök nyckeltal på namn, id eller område"));
    m_kpi->setToolTip(tr("Skriv en del av nyckeltalets namn, id eller område och välj i listan"));
    m_moreKpis->setToolTip(tr("Visa fler nyckeltal bredvid, med värdet för rangåret"));
    m_moreKpis->setMenu(new QMenu(m_moreKpis));
    m_definition->setWordWrap(true);
    m_definition->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_coverage->setWordWrap(true);
    m_coverage->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c060; padding: 3px; }"));
    m_coverage->setVisible(false);
    m_coverage->setTextFormat(Qt::RichText);
    // The link fetches the shown KPI and years for every kommun (no kommun filter).
    connect(m_coverage, &QLabel::linkActivated, this, [this] {
        QStringList years;
        for (int i = 0; i < m_year->count(); ++i)
            years << m_year->itemText(i);
        m_fetchKpis->setText(kpi());
        m_fetchYears->setText(years.join(QLatin1Char(',')));
        fetchClicked();
    });
    m_kommun->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kommun->setMinimumContentsLength(12);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_fetchButton, &QPushButton::clicked, this, &ComparisonView::fetchClicked);
    connect(m_fetchYears, &QLineEdit::returnPressed, this, &ComparisonView::fetchClicked);

    m_direction->addItem(tr("Lägre är bättre"), static_cast<int>(Core::Direction::LowerIsBetter));
    m_direction->addItem(tr("Högre är bättre"), static_cast<int>(Core::Direction::HigherIsBetter));
    m_direction->setToolTip(tr("Avgör rang och kvartilfärg. Förvalt per nyckeltal; ändra om nyckeltalet är okänt."));

    m_chartKind->addItem(tr("Staplar för rangåret"), static_cast<int>(ChartKind::SortedBars));
    m_chartKind->addItem(tr("Linjer över åren"), static_cast<int>(ChartKind::LinesOverYears));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Nyckeltal"), this));
    controls->addWidget(m_kpi, 1);
    controls->addWidget(m_moreKpis);
    controls->addWidget(new QLabel(tr("År"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(QStringLiteral("–"), this));
    controls->addWidget(m_to);
    controls->addWidget(new QLabel(tr("Rang för"), this));
    controls->addWidget(m_year);
    controls->addStretch(1);
    // A second row, so that the tab fits beside the navigator and the chart dock at 1600 px.
    auto *viewControls = new QHBoxLayout;
    viewControls->addWidget(new QLabel(tr("Kommun"), this));
    viewControls->addWidget(m_kommun);
    viewControls->addWidget(m_direction);
    viewControls->addWidget(m_chartKind);
    viewControls->addStretch(1);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Kommuner i tabellen"), side));
    sideLayout->addWidget(m_kommunList, 3);
    sideLayout->addWidget(new QLabel(tr("Jämförelsegrupper"), side));
    sideLayout->addWidget(m_groupList, 2);
    sideLayout->addWidget(m_groupsButton);
    m_groupsButton->setVisible(false);
    m_groupsButton->setToolTip(tr("Skapa och ändra egna grupper, t.ex. Liknande kommuner IFO"));
    connect(m_groupsButton, &QPushButton::clicked, this, [this] { openGroupEditor(); });

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // Ctrl+A selects the whole table, Ctrl+C copies it with its header (the window's Redigera actions).
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // QCustomPlot asks for the width of its widest layout; the splitter decides instead. High enough
    // for bars and axis labels to be read; the table keeps at least six rows in view. When the
    // window is lower than both, the tab scrolls instead of squeezing them (1366×768).
    m_chart->setMinimumSize(300, 220);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 6 + m_table->fontMetrics().height() + 14);
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setWordWrap(true);

    auto *right = new QSplitter(Qt::Vertical, this);
    m_tableAndChart = right;
    right->addWidget(m_table);
    right->addWidget(m_chart);
    right->setChildrenCollapsible(false);
    // The table of seed 000 §4 first (its rows all in view), the chart under it.
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    right->setSizes({500, 320});
    connect(right, &QSplitter::splitterMoved, this, [this] { m_splitMoved = true; });
    right->installEventFilter(this);
    // The lists scroll; they do not make the tab taller than the table and chart need.
    side->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(side);
    main->addWidget(right);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    main->setSizes({270, 900});
    auto *page = new QWidget(this);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(fetchRow);
    layout->addLayout(controls);
    layout->addLayout(viewControls);
    layout->addWidget(m_definition);
    layout->addWidget(m_coverage);
    layout->addWidget(main, 1);
    layout->addWidget(m_sentence);
    layout->addWidget(m_source);
    scroll->setWidget(page);

    connect(m_kpi, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            kpiChanged();
    });
    connect(m_kommun, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        // The chosen kommun is always in the table; the län mean follows it.
        const QString id = m_kommun->currentData().toString();
        m_preferredKommun = id;
        if (!id.isEmpty())
            m_kommunShown[id] = true;
        fillLists();
        refresh();
    });
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_directions[kpi()] = static_cast<Core::Direction>(m_direction->currentData().toInt());
        refresh();
    });
    for (QComboBox *box : {m_year, m_from, m_to, m_chartKind})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                refresh();
        });
    for (QListWidget *list : {m_kommunList, m_groupList})
        connect(list, &QListWidget::itemChanged, this, [this, list](QListWidgetItem *entry) {
            if (m_updating)
                return;
            auto &shown = list == m_kommunList ? m_kommunShown : m_groupShown;
            shown[entry->data(KeyRole).toString()] = entry->checkState() == Qt::Checked;
            refresh();
        });
    reload();
}

ComparisonView::~ComparisonView()
{
    delete m_editor; // it refers to the edits, which go with the store
}

void ComparisonView::reload()
{
    auto kpis = m_store.kpis();
    if (!kpis) {
        emit errorOccurred(QString::fromStdString(kpis.error().message));
        return;
    }
    const QString current = kpi();
    m_updating = true;
    m_kpi->clear();
    for (const auto &entry : *kpis) {
        // The area in the text, so that the search finds "Individ- och familjeomsorg".
        QString text = QString::fromStdString(entry.id + " " + entry.title);
        if (!entry.operatingArea.empty())
            text += QStringLiteral(" · ") + QString::fromStdString(entry.operatingArea);
        m_kpi->addItem(text, QString::fromStdString(entry.id));
        m_kpi->setItemData(m_kpi->count() - 1, text, Qt::ToolTipRole);
    }
    const int index = m_kpi->findData(current);
    m_kpi->setCurrentIndex(index >= 0 ? index : 0);
    m_extraKpis.removeIf([this](const QString &id) { return m_kpi->findData(id) < 0; });
    fillKpiMenu();
    m_updating = false;
    kpiChanged();
}

QString ComparisonView::kpi() const
{
    return m_kpi->currentData().toString();
}

void ComparisonView::setKpi(const QString &kpiId)
{
    m_kpi->setCurrentIndex(m_kpi->findData(kpiId));
}

void ComparisonView::setExtraKpis(const QStringList &kpiIds)
{
    m_extraKpis = kpiIds;
    fillKpiMenu();
    refresh();
}

bool ComparisonView::eventFilter(QObject *watched, QEvent *event)
{
    // The splitter is resized by the scroll area after this view: balance on its own resize.
    if (watched == m_tableAndChart && event->type() == QEvent::Resize)
        balanceSplit();
    return QWidget::eventFilter(watched, event);
}

void ComparisonView::balanceSplit()
{
    if (m_splitMoved || !m_tableAndChart)
        return;
    const int total = m_tableAndChart->height() - m_tableAndChart->handleWidth();
    const int rows = m_table->verticalHeader()->length() + m_table->horizontalHeader()->height() +
                     2 * m_table->frameWidth() +
                     (m_table->horizontalScrollBar()->isVisible() ? m_table->horizontalScrollBar()->height() : 0);
    const int table = std::max(m_table->minimumHeight(), std::min(rows, total - m_chart->minimumHeight()));
    m_tableAndChart->setSizes({table, std::max(m_chart->minimumHeight(), total - table)});
}

void ComparisonView::fillKpiMenu()
{
    QMenu *menu = m_moreKpis->menu();
    menu->clear();
    for (int i = 0; i < m_kpi->count(); ++i) {
        const QString id = m_kpi->itemData(i).toString();
        QAction *action = menu->addAction(m_kpi->itemText(i));
        action->setCheckable(true);
        action->setChecked(m_extraKpis.contains(id));
        connect(action, &QAction::toggled, this, [this, id](bool on) {
            if (on && !m_extraKpis.contains(id))
                m_extraKpis << id;
            else if (!on)
                m_extraKpis.removeAll(id);
            refresh();
        });
    }
    m_moreKpis->setText(m_extraKpis.isEmpty() ? tr("Fler nyckeltal") : tr("Fler nyckeltal (%1)").arg(m_extraKpis.size()));
}

std::vector<std::string> ComparisonView::countryKommuner(const std::string &prefix) const
{
    std::vector<std::string> ids;
    if (auto municipalities = m_store.municipalities())
        for (const auto &m : *municipalities)
            if (m.type == "K" && m.id.starts_with(prefix))
                ids.push_back(m.id);
    return ids;
}

std::string ComparisonView::publishedGroupOf(const std::vector<std::string> &kommuner) const
{
    auto groups = m_store.groups();
    if (!groups)
        return {};
    const auto *group = Kolada::groupWithMembers(*groups, kommuner);
    if (!group)
        return {};
    auto values = m_store.values(kpi().toStdString(), std::nullopt);
    if (!values)
        return {};
    const bool published = std::any_of(values->begin(), values->end(), [group](const auto &value) {
        return value.municipality == group->id && value.value.has_value();
    });
    return published ? group->id : std::string();
}

void ComparisonView::setYear(int year)
{
    m_year->setCurrentIndex(m_year->findData(year));
}

void ComparisonView::setYearRange(int from, int to)
{
    m_updating = true;
    m_from->setCurrentIndex(m_from->findData(from));
    m_to->setCurrentIndex(m_to->findData(to));
    m_updating = false;
    refresh();
}

void ComparisonView::setHighlighted(const QString &kommunId)
{
    const int index = m_kommun->findData(kommunId);
    if (index >= 0) {
        m_kommun->setCurrentIndex(index);
    } else {
        // Not in this KPI's data: highlighted as soon as a KPI has it.
        m_updating = true;
        m_kommun->setCurrentIndex(0);
        m_updating = false;
        fillLists();
        refresh();
    }
    m_preferredKommun = kommunId;
}

void ComparisonView::setDirection(Core::Direction direction)
{
    m_direction->setCurrentIndex(m_direction->findData(static_cast<int>(direction)));
}

void ComparisonView::setChartKind(ChartKind kind)
{
    m_chartKind->setCurrentIndex(m_chartKind->findData(static_cast<int>(kind)));
}

void ComparisonView::setKommunShown(const QString &kommunId, bool shown)
{
    m_kommunShown[kommunId] = shown;
    fillLists();
    refresh();
}

void ComparisonView::setGroupShown(const QString &key, bool shown)
{
    m_groupShown[key] = shown;
    fillLists();
    refresh();
}

void ComparisonView::setUserGroupEdits(UserGroupEdits *edits)
{
    m_edits = edits;
    m_groupsButton->setVisible(edits != nullptr);
    if (edits)
        connect(edits, &UserGroupEdits::changed, this, [this] {
            fillLists();
            refresh();
        });
    fillLists();
    refresh();
}

UserGroupEditor *ComparisonView::openGroupEditor()
{
    if (!m_edits)
        return nullptr;
    if (!m_editor)
        m_editor = new UserGroupEditor(*m_edits, this);
    m_editor->setWindowFlag(Qt::Window);
    m_editor->show();
    m_editor->raise();
    return m_editor;
}

QString ComparisonView::sentence() const
{
    return m_sentence->text();
}

QString ComparisonView::sourceNote() const
{
    return m_source->text();
}

QString ComparisonView::coverageNote() const
{
    return m_coverage->text();
}

QString ComparisonView::definition() const
{
    return m_definition->text();
}

QString ComparisonView::status() const
{
    return m_status->text();
}

void ComparisonView::focusFetch()
{
    m_fetchKpis->setFocus();
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
    emit koladaDataChanged();
    return summary;
}

void ComparisonView::fetchClicked()
{
    Kolada::FetchRequest request;
    for (const QString &id : m_fetchKpis->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        request.kpis.push_back(id.trimmed().toUpper().toStdString());
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
    const std::string id = kpi().toStdString();
    m_kpi->lineEdit()->setCursorPosition(0); // the id and the title's start, not its end
    // The definition, as Kolada describes the KPI, so the analyst knows what is compared.
    m_definition->clear();
    if (auto meta = m_store.kpi(id); meta && *meta) {
        QString text = QString::fromStdString((*meta)->description);
        if (!(*meta)->operatingArea.empty())
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) +
                    tr("Område: %1.").arg(QString::fromStdString((*meta)->operatingArea));
        if (!text.isEmpty())
            m_definition->setText(tr("Definition: %1").arg(text));
    }
    auto values = m_store.values(id, std::nullopt);
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
    m_updating = true;
    for (QComboBox *box : {m_year, m_from, m_to}) {
        box->clear();
        for (int y : years)
            box->addItem(QString::number(y), y);
    }
    const int yearIndex = m_year->findData(year);
    m_year->setCurrentIndex(yearIndex >= 0 ? yearIndex : m_year->count() - 1); // the latest year
    m_from->setCurrentIndex(0);
    m_to->setCurrentIndex(m_to->count() - 1);
    m_kommun->clear();
    m_kommun->addItem(tr("(ingen)"), QString());
    for (const auto &[name, kommunId] : kommuner)
        m_kommun->addItem(name, kommunId);
    const int kommunIndex = m_kommun->findData(m_preferredKommun);
    m_kommun->setCurrentIndex(kommunIndex >= 0 ? kommunIndex : 0);
    const QString kpiId = kpi();
    if (m_directions.contains(kpiId))
        m_direction->setCurrentIndex(m_direction->findData(static_cast<int>(m_directions[kpiId])));
    else if (const auto defaults = Core::kpiDefaults(id))
        m_direction->setCurrentIndex(m_direction->findData(static_cast<int>(defaults->direction)));
    m_updating = false;
    fillLists();
    refresh();
}

void ComparisonView::fillLists()
{
    auto values = m_store.values(kpi().toStdString(), std::nullopt);
    auto groups = m_store.groups();
    if (!values || !groups)
        return;
    std::map<QString, QString> kommuner; // name -> id
    bool riket = false;
    for (const auto &value : *values) {
        if (value.type == "K")
            kommuner[QString::fromStdString(value.name)] = QString::fromStdString(value.municipality);
        riket = riket || value.municipality == "0000";
    }
    const QString highlighted = m_kommun->currentData().toString();
    // A handful of kommuner are all shown; of the 290 only the chosen one until the analyst picks more.
    const bool few = kommuner.size() <= 12;
    m_updating = true;
    m_kommunList->clear();
    for (const auto &[name, id] : kommuner) {
        const auto found = m_kommunShown.find(id);
        checkItem(m_kommunList, name, id, found != m_kommunShown.end() ? found->second : few || id == highlighted);
    }
    m_groupList->clear();
    auto shown = [this](const QString &key) {
        const auto found = m_groupShown.find(key);
        return found == m_groupShown.end() || found->second;
    };
    if (riket)
        checkItem(m_groupList, tr("Riket (publicerat)"), riketKey, shown(riketKey));
    // Kolada's own groups of the län and of the whole country are the "lan" and "alla" rows.
    const std::string lanGroup =
        highlighted.isEmpty() ? std::string() : publishedGroupOf(countryKommuner(highlighted.left(2).toStdString()));
    const auto country = countryKommuner("");
    const std::string countryGroup = publishedGroupOf(country);
    const int rankYear = m_year->currentData().toInt();
    const int recorded = static_cast<int>(std::count_if(values->begin(), values->end(), [rankYear](const auto &value) {
        return value.type == "K" && value.year == rankYear;
    }));
    const bool countryComplete = Kolada::coversCountry(recorded, static_cast<int>(country.size()));
    if (!highlighted.isEmpty())
        checkItem(m_groupList, tr("Länets kommuner, ovägt medel"), lanKey, shown(lanKey));
    QListWidgetItem *alla = checkItem(m_groupList, tr("Alla kommuner, ovägt medel"), allaKey, shown(allaKey));
    if (countryGroup.empty() && !countryComplete) {
        alla->setFlags(alla->flags() & ~Qt::ItemIsEnabled);
        alla->setToolTip(tr("Kräver värden för hela landet: hämta nyckeltalet för alla kommuner från Kolada."));
    }
    for (const auto &group : *groups) {
        if (group.id == lanGroup || group.id == countryGroup)
            continue;
        const QString key = QStringLiteral("kolada:") + QString::fromStdString(group.id);
        checkItem(m_groupList, QString::fromStdString(group.title), key, shown(key))
            ->setToolTip(tr("Grupp från Kolada (%1)").arg(QString::fromStdString(group.id)));
    }
    if (m_edits) {
        if (auto own = m_edits->groups()) {
            for (const auto &group : *own) {
                const QString key = QStringLiteral("egen:") + QString::number(group.id);
                checkItem(m_groupList, tr("%1 (egen grupp)").arg(QString::fromStdString(group.title)), key, shown(key));
            }
        }
    }
    m_updating = false;
}

void ComparisonView::refresh()
{
    const std::string kpiId = kpi().toStdString();
    const int year = m_year->currentData().toInt();
    const int from = m_from->currentData().toInt();
    const int to = m_to->currentData().toInt();
    const QString highlighted = m_kommun->currentData().toString();
    const auto direction = static_cast<Core::Direction>(m_direction->currentData().toInt());

    auto isShown = [](const std::map<QString, bool> &shown, const QString &key, bool fallback) {
        const auto found = shown.find(key);
        return found == shown.end() ? fallback : found->second;
    };
    // The grid (ranks, quartiles, published and Tertial's means) is the analysis layer's, shared
    // with `tertial-cli compare` and the årsredovisning; this view only chooses rows and words them.
    Analysis::ComparisonGridRequest request;
    request.kpi = kpiId;
    request.year = year;
    request.direction = direction;
    request.kommun = highlighted.toStdString();
    request.fromYear = from;
    request.toYear = to;
    std::set<std::string> listedKommuner;
    for (int i = 0; i < m_kommunList->count(); ++i)
        if (m_kommunList->item(i)->checkState() == Qt::Checked)
            listedKommuner.insert(m_kommunList->item(i)->data(KeyRole).toString().toStdString());
    request.kommuner = std::move(listedKommuner);
    request.riket = isShown(m_groupShown, riketKey, true);
    request.lan = isShown(m_groupShown, lanKey, true);
    request.alla = isShown(m_groupShown, allaKey, true);
    if (auto groups = m_store.groups())
        for (const auto &group : *groups)
            if (!isShown(m_groupShown, QStringLiteral("kolada:") + QString::fromStdString(group.id), true))
                request.hiddenGroups.insert(group.id);
    if (m_edits)
        if (auto own = m_edits->groups())
            for (const auto &group : *own)
                if (isShown(m_groupShown, QStringLiteral("egen:") + QString::number(group.id), true))
                    request.ownGroups.push_back(group);
    const auto grid = Analysis::buildComparisonGrid(m_store, request);
    if (!grid) {
        emit errorOccurred(QString::fromStdString(grid.error().message));
        return;
    }
    const Kolada::KommunRanking *ranking = &grid->ranking;
    const std::vector<int> &years = grid->years;
    const std::string &fetchedAt = grid->fetchedAt;

    struct Row
    {
        QString label;
        std::map<int, double> values;
        QString source;  // "Kolada" beside published figures, else how Tertial computed the row
        bool derived = false;
        const Kolada::RankedKommun *ranked = nullptr;
        std::string id;
        bool kommun = true;
    };
    std::vector<Row> rows;
    const QString kolada = tr("Kolada");
    for (const Analysis::GridRow &gridRow : grid->rows) {
        const QString title = QString::fromStdString(gridRow.title);
        Row row{title, gridRow.values, kolada, gridRow.derived, gridRow.ranked ? &*gridRow.ranked : nullptr, gridRow.id,
                gridRow.kind == Analysis::GridRowKind::Kommun};
        switch (gridRow.kind) {
        case Analysis::GridRowKind::Kommun:
        case Analysis::GridRowKind::KoladaGroup: break;
        case Analysis::GridRowKind::Riket: row.label = tr("Riket"); break;
        case Analysis::GridRowKind::Lan: row.label = tr("Kommunerna i %1, ovägt medel").arg(title); break;
        case Analysis::GridRowKind::Alla: row.label = tr("Alla kommuner, ovägt medel"); break;
        case Analysis::GridRowKind::OwnGroup: row.label = tr("%1 (egen grupp), ovägt medel").arg(title); break;
        }
        if (gridRow.derived) {
            row.source = tr("Tertials beräkning: %1 av %2 kommuner har värde %3")
                             .arg(gridRow.contributors)
                             .arg(gridRow.members)
                             .arg(year);
            // A mean over some of the members says so in its name, not only in the source column.
            if (gridRow.contributors < gridRow.members)
                row.label = tr("%1 (%2 av %3 kommuner)").arg(row.label).arg(gridRow.contributors).arg(gridRow.members);
        } else if (!gridRow.publishedBy.empty() && gridRow.kind != Analysis::GridRowKind::KoladaGroup) {
            row.source = tr("Kolada: %1").arg(QString::fromStdString(gridRow.publishedBy));
        }
        rows.push_back(std::move(row));
    }

    // Further KPIs side by side: their values in the rank year, by the row's id.
    struct Extra
    {
        QString id;
        QString title;
        std::map<std::string, double> values;
    };
    std::vector<Extra> extras;
    for (const QString &extraId : m_extraKpis) {
        if (extraId == kpi())
            continue;
        Extra extra{extraId, extraId, {}};
        if (auto meta = m_store.kpi(extraId.toStdString()); meta && *meta)
            extra.title = QString::fromStdString((*meta)->title);
        if (auto extraValues = m_store.values(extraId.toStdString(), year))
            for (const auto &value : *extraValues)
                if (value.value)
                    extra.values[value.municipality] = *value.value;
        extras.push_back(std::move(extra));
    }

    QStringList headers{tr("Kommun / grupp")};
    for (int y : years)
        headers << QString::number(y);
    for (const Extra &extra : extras)
        headers << QStringLiteral("%1 %2").arg(extra.id).arg(year);
    headers << tr("Källa") << tr("Rang %1").arg(year) << tr("av")
            << tr("Kvartil");
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setRowCount(static_cast<int>(rows.size()));
    m_table->setHorizontalHeaderLabels(headers);
    const int extraBase = 1 + static_cast<int>(years.size());
    for (int e = 0; e < static_cast<int>(extras.size()); ++e)
        m_table->horizontalHeaderItem(extraBase + e)->setToolTip(extras[static_cast<std::size_t>(e)].title);
    const int base = extraBase + static_cast<int>(extras.size());
    if (!ranking->national)
        m_table->horizontalHeaderItem(base + 2)->setToolTip(
            tr("Antal kommuner med data i databasen, inte landets alla: rangen gäller bara dem"));
    m_table->horizontalHeaderItem(base + 3)->setToolTip(
        ranking->national ? tr("1 = bästa 25 procent (grön), 2–3 = mittersta 50 procent (gul), 4 = sämsta 25 procent "
                               "(röd), bland alla kommuner med värde")
                          : tr("Kvartil bland de %1 kommuner som har data i databasen, inte bland landets kommuner")
                                .arg(ranking->count));
    const auto yearAt = std::find(years.begin(), years.end(), year);
    const int yearColumn = yearAt == years.end() ? -1 : 1 + static_cast<int>(yearAt - years.begin());
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const Row &row = rows[static_cast<std::size_t>(r)];
        const bool chosen = !highlighted.isEmpty() && QString::fromStdString(row.id) == highlighted;
        m_table->setItem(r, 0, item(row.label));
        for (int c = 0; c < static_cast<int>(years.size()); ++c) {
            const auto found = row.values.find(years[static_cast<std::size_t>(c)]);
            if (found == row.values.end())
                continue;
            const QString text = row.derived ? QString::fromStdString(Core::formatNumber(found->second, 1))
                                             : publishedText(found->second);
            m_table->setItem(r, c + 1, item(text, true));
        }
        for (int e = 0; e < static_cast<int>(extras.size()); ++e) {
            const auto &extraValues = extras[static_cast<std::size_t>(e)].values;
            if (const auto found = extraValues.find(row.id); found != extraValues.end())
                m_table->setItem(r, extraBase + e, item(publishedText(found->second), true));
        }
        m_table->setItem(r, base, item(row.source));
        if (row.derived)
            m_table->item(r, base)->setForeground(QColor(0x55, 0x55, 0x55));
        if (row.ranked) {
            m_table->setItem(r, base + 1, item(QString::number(row.ranked->rank), true));
            m_table->setItem(r, base + 2, item(QString::number(ranking->count), true));
            m_table->setItem(r, base + 3, item(QString::number(row.ranked->quartile), true));
            const QColor colour = quartileColor(row.ranked->quartile).lighter(150);
            m_table->item(r, base + 3)->setBackground(colour);
            if (yearColumn > 0)
                if (QTableWidgetItem *cell = m_table->item(r, yearColumn))
                    cell->setBackground(colour);
        }
        if (chosen) {
            for (int c = 0; c < m_table->columnCount(); ++c)
                if (QTableWidgetItem *cell = m_table->item(r, c)) {
                    QFont bold = cell->font();
                    bold.setBold(true);
                    cell->setFont(bold);
                }
        }
    }
    m_table->resizeColumnsToContents();
    // Long sources ("Tertials beräkning: 1 av 7 kommuner har värde 2019") must not push rang and
    // kvartil out of view at 1366 px: the column is capped, the whole text in the tooltip.
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_table->setColumnWidth(base, std::min(m_table->columnWidth(base), em * 30));
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), em * 40));
    for (int r = 0; r < m_table->rowCount(); ++r)
        for (int c : {0, base})
            if (QTableWidgetItem *text = m_table->item(r, c))
                text->setToolTip(text->text());
    balanceSplit();

    // The KPI without its area, elided to the chart's width (the full title is in the box above).
    const QString kpiTitle = m_kpi->currentText().section(QStringLiteral(" · "), 0, 0);
    const QFontMetrics titleMetrics(QFont(QFont().family(), 10, QFont::Bold));
    const QString title = titleMetrics.elidedText(kpiTitle, Qt::ElideRight, std::max(300, m_chart->width() - 80)) +
                          QStringLiteral(", ") + QString::number(year);
    if (static_cast<ChartKind>(m_chartKind->currentData().toInt()) == ChartKind::SortedBars) {
        buildRankingChart(m_chart, *ranking, highlighted, title);
    } else {
        // Every shown kommun while the lines stay readable, else only the chosen one; then Riket
        // and the groups (Tertial's ovägt medel dashed).
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
        buildYearsChart(m_chart, titleMetrics.elidedText(kpiTitle, Qt::ElideRight, std::max(300, m_chart->width() - 40)),
                        series);
    }

    QString sentence;
    for (const auto &ranked : ranking->rows) {
        if (QString::fromStdString(ranked.id) != highlighted)
            continue;
        const auto defaults = Core::kpiDefaults(kpiId);
        const Core::ComparisonStanding standing{ranked.name,   ranked.rank,
                                                ranking->count, direction,
                                                defaults ? defaults->measure : "värdet på " + kpiId,
                                                ranking->national};
        const QString name = QString::fromStdString(ranked.name);
        sentence = ranking->national
                       ? tr("%1 %2: rang %3 av %4, kvartil %5. ")
                             .arg(name)
                             .arg(year)
                             .arg(ranked.rank)
                             .arg(ranking->count)
                             .arg(ranked.quartile)
                       : tr("%1 %2: rang %3 bland %4 kommuner med data, kvartil %5 bland dem. ")
                             .arg(name)
                             .arg(year)
                             .arg(ranked.rank)
                             .arg(ranking->count)
                             .arg(ranked.quartile);
        sentence += QString::fromStdString(Core::quartileSentence(standing));
        if (const std::string topTen = Core::topTenSentence(standing); !topTen.empty())
            sentence += QStringLiteral(" ") + QString::fromStdString(topTen);
    }
    m_sentence->setText(sentence);
    // Issue 15: a rank among the kommuner that happen to be stored is said to be one.
    m_coverage->setVisible(!ranking->national && ranking->count > 0);
    const QString country = ranking->countryKommuner > 0 ? tr("landets %1").arg(ranking->countryKommuner)
                                                         : tr("landets alla");
    m_coverage->setText(ranking->national
                            ? QString()
                            : tr("Rang och kvartil %1 gäller bara de %2 kommuner som har data i databasen, inte %3. "
                                 "<a href=\"fetch\">Hämta nyckeltalet för alla kommuner från Kolada</a> för en "
                                 "jämförelse med hela landet.")
                                  .arg(year)
                                  .arg(ranking->count)
                                  .arg(country));
    m_source->setText(fetchedAt.empty() ? QString()
                                        : tr("Källa: Kolada (hämtad %1) för värden märkta Kolada. Ovägda medel, rang "
                                             "och kvartil är Tertials beräkning.")
                                              .arg(QString::fromStdString(fetchedAt)));
}

} // namespace Tertial::Gui
