// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison view.
#include "comparisonview.h"

#include "rankingchart.h"
#include "usergroupeditor.h"
#include "usergroupedits.h"
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
#include <QListWidget>
#include <QPushButton>
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
      m_fetchButton(new QPushButton(tr("Hämta från Kolada"), this)), m_status(new QLabel(this))
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
    // QCustomPlot asks for the width of its widest layout; the splitter decides instead.
    m_chart->setMinimumSize(300, 170);
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setWordWrap(true);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_table);
    right->addWidget(m_chart);
    // The table of seed 000 §4 first (its rows all in view), the chart under it.
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({640, 300});
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(side);
    main->addWidget(right);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    main->setSizes({270, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fetchRow);
    layout->addLayout(controls);
    layout->addLayout(viewControls);
    layout->addWidget(main, 1);
    layout->addWidget(m_sentence);
    layout->addWidget(m_source);

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
    for (const auto &entry : *kpis)
        m_kpi->addItem(QString::fromStdString(entry.id + " " + entry.title), QString::fromStdString(entry.id));
    const int index = m_kpi->findData(current);
    m_kpi->setCurrentIndex(index >= 0 ? index : 0);
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
    if (!highlighted.isEmpty())
        checkItem(m_groupList, tr("Länets kommuner, ovägt medel"), lanKey, shown(lanKey));
    checkItem(m_groupList, tr("Alla kommuner, ovägt medel"), allaKey, shown(allaKey));
    for (const auto &group : *groups) {
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

    auto values = m_store.values(kpiId, std::nullopt);
    auto ranking = Kolada::rankKommuner(m_store, kpiId, year, direction);
    auto groups = m_store.groups();
    auto municipalities = m_store.municipalities();
    if (!values || !ranking || !groups || !municipalities) {
        const Core::Error &error = !values ? values.error()
                                   : !ranking ? ranking.error()
                                   : !groups ? groups.error()
                                             : municipalities.error();
        emit errorOccurred(QString::fromStdString(error.message));
        return;
    }

    std::vector<int> years;
    std::map<std::string, std::map<int, double>> byMunicipality;
    std::map<std::string, std::string> names, types;
    std::string fetchedAt;
    std::set<int> yearSet;
    for (const auto &value : *values) {
        yearSet.insert(value.year);
        names[value.municipality] = value.name;
        types[value.municipality] = value.type;
        if (value.value)
            byMunicipality[value.municipality][value.year] = *value.value;
        fetchedAt = std::max(fetchedAt, value.fetchedAt);
    }
    for (int y : yearSet)
        if (y >= from && y <= to)
            years.push_back(y);
    std::vector<std::string> allKommuner;
    for (const auto &[id, type] : types)
        if (type == "K")
            allKommuner.push_back(id);
    auto kommunCount = [&](const std::string &prefix) {
        return static_cast<int>(std::count_if(municipalities->begin(), municipalities->end(), [&](const auto &m) {
            return m.type == "K" && m.id.starts_with(prefix);
        }));
    };

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
    auto isShown = [](const std::map<QString, bool> &shown, const QString &key, bool fallback) {
        const auto found = shown.find(key);
        return found == shown.end() ? fallback : found->second;
    };
    auto listed = [this](QListWidget *list, const QString &key) {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(KeyRole).toString() == key)
                return list->item(i)->checkState() == Qt::Checked;
        return false;
    };
    const QString kolada = tr("Kolada");
    std::set<std::string> done;
    for (const auto &ranked : ranking->rows) {
        done.insert(ranked.id);
        if (listed(m_kommunList, QString::fromStdString(ranked.id)))
            rows.push_back({QString::fromStdString(ranked.name), byMunicipality[ranked.id], kolada, false, &ranked,
                            ranked.id, true});
    }
    for (const auto &id : allKommuner)
        if (!done.contains(id) && listed(m_kommunList, QString::fromStdString(id)))
            rows.push_back({QString::fromStdString(names[id]), byMunicipality[id], kolada, false, nullptr, id, true});

    // Tertial's ovägt medel per year over the members with a value; the source column says over how many.
    auto meanRow = [&](const QString &label, const std::vector<std::string> &members, int memberCount,
                       const std::string &id) {
        Row row{label, {}, {}, true, nullptr, id, false};
        int contributors = 0;
        for (int y : years) {
            std::vector<std::optional<double>> memberValues;
            for (const auto &member : members) {
                const auto found = byMunicipality.find(member);
                memberValues.push_back(found != byMunicipality.end() && found->second.contains(y)
                                           ? std::optional<double>(found->second.at(y))
                                           : std::nullopt);
            }
            const auto mean = Core::unweightedMean(memberValues);
            if (mean.mean)
                row.values[y] = *mean.mean;
            if (y == year)
                contributors = mean.contributors;
        }
        row.source = tr("Tertials beräkning: %1 av %2 kommuner har värde %3").arg(contributors).arg(memberCount).arg(year);
        return row;
    };
    // A mean no member has a value for in the chosen years is left out, not shown empty.
    auto addMean = [&rows](Row row) {
        if (!row.values.empty())
            rows.push_back(std::move(row));
    };
    if (isShown(m_groupShown, riketKey, true) && byMunicipality.contains("0000"))
        rows.push_back({tr("Riket"), byMunicipality["0000"], kolada, false, nullptr, "0000", false});
    if (!highlighted.isEmpty() && isShown(m_groupShown, lanKey, true)) {
        const std::string lan = highlighted.left(2).toStdString();
        std::vector<std::string> members;
        for (const auto &id : allKommuner)
            if (id.starts_with(lan))
                members.push_back(id);
        QString region = tr("län %1").arg(QString::fromStdString(lan));
        for (const auto &m : *municipalities)
            if (m.type == "L" && m.id == "00" + lan)
                region = QString::fromStdString(m.title);
        addMean(meanRow(tr("Kommunerna i %1, ovägt medel").arg(region), members,
                        std::max(kommunCount(lan), static_cast<int>(members.size())), "lan"));
    }
    if (isShown(m_groupShown, allaKey, true))
        addMean(meanRow(tr("Alla kommuner, ovägt medel"), allKommuner,
                        std::max(kommunCount(""), static_cast<int>(allKommuner.size())), "alla"));
    for (const auto &group : *groups) {
        if (!isShown(m_groupShown, QStringLiteral("kolada:") + QString::fromStdString(group.id), true))
            continue;
        const QString title = QString::fromStdString(group.title);
        if (byMunicipality.contains(group.id)) {
            rows.push_back({title, byMunicipality[group.id], kolada, false, nullptr, group.id, false});
        } else {
            std::vector<std::string> members;
            for (const auto &member : group.members)
                members.push_back(member.id);
            addMean(meanRow(title, members, static_cast<int>(members.size()), group.id));
        }
    }
    if (m_edits) {
        if (auto own = m_edits->groups()) {
            for (const auto &group : *own)
                if (isShown(m_groupShown, QStringLiteral("egen:") + QString::number(group.id), true))
                    addMean(meanRow(tr("%1 (egen grupp), ovägt medel").arg(QString::fromStdString(group.title)),
                                    group.members, static_cast<int>(group.members.size()),
                                    "egen:" + std::to_string(group.id)));
        }
    }

    QStringList headers{tr("Kommun / grupp")};
    for (int y : years)
        headers << QString::number(y);
    headers << tr("Källa") << tr("Rang %1").arg(year) << tr("av") << tr("Kvartil");
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setRowCount(static_cast<int>(rows.size()));
    m_table->setHorizontalHeaderLabels(headers);
    const int base = 1 + static_cast<int>(years.size());
    m_table->horizontalHeaderItem(base + 3)->setToolTip(tr("1 = bästa 25 procent (grön), 2–3 = mittersta 50 procent "
                                                           "(gul), 4 = sämsta 25 procent (röd), bland alla kommuner med värde"));
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

    const QString title = m_kpi->currentText() + QStringLiteral(", ") + QString::number(year);
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
        buildYearsChart(m_chart, m_kpi->currentText(), series);
    }

    QString sentence;
    for (const auto &ranked : ranking->rows) {
        if (QString::fromStdString(ranked.id) != highlighted)
            continue;
        const auto defaults = Core::kpiDefaults(kpiId);
        const Core::ComparisonStanding standing{ranked.name, ranked.rank, ranking->count, direction,
                                                defaults ? defaults->measure : "värdet på " + kpiId};
        sentence = tr("%1 %2: rang %3 av %4, kvartil %5. ")
                       .arg(QString::fromStdString(ranked.name))
                       .arg(year)
                       .arg(ranked.rank)
                       .arg(ranking->count)
                       .arg(ranked.quartile) +
                   QString::fromStdString(Core::quartileSentence(standing) + " " + Core::topTenSentence(standing));
    }
    m_sentence->setText(sentence);
    m_source->setText(fetchedAt.empty() ? QString()
                                        : tr("Källa: Kolada (hämtad %1) för värden märkta Kolada. Ovägda medel, rang "
                                             "och kvartil är Tertials beräkning.")
                                              .arg(QString::fromStdString(fetchedAt)));
}

} // namespace Tertial::Gui
