// SPDX-License-Identifier: GPL-3.0-or-later
// The chart dock: the document's analysis -> Models::ChartData -> chart builder, redrawn on every
// selection and edit.
#include "chartpanel.h"

#include "charts/accuracychart.h"
#include "charts/bridgechart.h"
#include "charts/chartbars.h"
#include "charts/budgetchart.h"
#include "charts/chartexport.h"
#include "charts/cumulativechart.h"
#include "charts/indicatorchart.h"
#include "charts/tertialchart.h"
#include "charts/volumechart.h"
#include "models/document.h"
#include "models/economictablemodel.h"
#include "models/registertablemodel.h"
#include "storage/databasefiles.h"

#include <qcustomplot.h>

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Tertial::Gui {

using Models::ChartKind;

namespace {

// Columns of the register tabs the panel reads (RegisterTables::fillVolumes / fillIndicators).
constexpr int kVolumeVerksamhetColumn = 0;
constexpr int kVolumeServiceTypeColumn = 1;
constexpr int kVolumeMeasureColumn = 2;
constexpr int kIndicatorNameColumn = 1;

// The raw text of a register cell of the current row; empty when absent.
QString rawText(const QModelIndex &current, int column)
{
    if (!current.isValid())
        return {};
    return current.siblingAtColumn(column).data(Models::RegisterTableModel::RawValueRole).toString();
}

// Greedy word wrap of each line of `text` to `width` pixels in `metrics`.
QString wrapToWidth(const QString &text, const QFontMetrics &metrics, int width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
                lines << line;
                line = word;
            } else {
                line = candidate;
            }
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

bool isEconomic(ChartKind kind)
{
    return kind != ChartKind::Volume && kind != ChartKind::Indicator;
}

} // namespace

ChartPanel::ChartPanel(Models::Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("chartPanel"));
    m_kindBox = new QComboBox(this);
    m_kindBox->setObjectName(QStringLiteral("chartKindBox"));
    fillKinds();
    m_weightedBox = new QCheckBox(tr("Vikta månaderna till 30,5 dygn"), this);
    m_weightedBox->setToolTip(tr("Räknar om varje månad till 30,5 dygn så att korta och långa månader går att jämföra."));

    m_exportPng = new QAction(tr("Spara som PNG-bild …"), this);
    m_exportPdf = new QAction(tr("Spara som PDF …"), this);
    m_exportSvg = new QAction(tr("Spara som SVG …"), this);
    m_copy = new QAction(tr("Kopiera diagrammet"), this);
    connect(m_exportPng, &QAction::triggered, this, [this] { askExport(QStringLiteral("png"), tr("PNG-bild (*.png)")); });
    connect(m_exportPdf, &QAction::triggered, this, [this] { askExport(QStringLiteral("pdf"), tr("PDF (*.pdf)")); });
    connect(m_exportSvg, &QAction::triggered, this, [this] { askExport(QStringLiteral("svg"), tr("SVG-bild (*.svg)")); });
    connect(m_copy, &QAction::triggered, this, &ChartPanel::copyToClipboard);

    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Spara diagram"));
    exportButton->setToolTip(tr("Spara diagrammet som PNG, PDF eller SVG"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addActions({m_exportPng, m_exportPdf, m_exportSvg});
    exportButton->setMenu(exportMenu);
    auto *copyButton = new QToolButton(this);
    copyButton->setDefaultAction(m_copy);
    copyButton->setText(tr("Kopiera"));

    // The chooser shrinks with the dock; the weighting option gets a row of its own so that
    // showing it never widens the dock (and narrows the table beside it).
    m_kindBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kindBox->setMinimumContentsLength(10);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Diagram:"), this));
    bar->addWidget(m_kindBox, 1);
    bar->addWidget(exportButton);
    bar->addWidget(copyButton);

    // A remark over a drawn chart; hidden when there is none.
    m_noteLabel = new QLabel(this);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setObjectName(QStringLiteral("chartNote"));
    m_noteLabel->hide();

    // When no chart can be drawn, a page of its own says why in place of the plot, so nothing of
    // the previous chart (its axes, title or legend) stays on screen beside the message.
    auto *messagePage = new QWidget(this);
    messagePage->setObjectName(QStringLiteral("chartMessagePage"));
    auto *heading = new QLabel(tr("Inget diagram att visa"), messagePage);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() + 1);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignHCenter);
    m_messageLabel = new QLabel(messagePage);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAlignment(Qt::AlignHCenter);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setObjectName(QStringLiteral("chartMessage"));
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->setContentsMargins(24, 24, 24, 24);
    messageLayout->addStretch(1);
    messageLayout->addWidget(heading);
    messageLayout->addWidget(m_messageLabel);
    messageLayout->addStretch(2);

    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(240, 240);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    m_plot->setToolTip(tr("Håll muspekaren över en punkt för exakta värden, klicka på en förklaring för att "
                          "dölja serien, rulla eller dra för att zooma och panorera tidsaxeln."));
    connect(m_plot, &QWidget::customContextMenuRequested, this, &ChartPanel::showMenu);
    m_plot->installEventFilter(this);
    // Deviation labels of narrow bar groups lift clear of each other at the width being drawn:
    // after the layout of every replot, when the pixels are known and before anything is painted.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] { Charts::separateBarLabels(m_plot); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_weightedBox);
    layout->addWidget(m_noteLabel);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_plot);
    m_stack->addWidget(messagePage);
    layout->addWidget(m_stack, 1);

    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this] {
        if (isEconomic(kind()))
            m_economyKind = kind();
        m_weightedBox->setVisible(kind() == ChartKind::Volume);
        redraw();
    });
    connect(m_weightedBox, &QCheckBox::toggled, this, &ChartPanel::redraw);
    m_weightedBox->setVisible(false);

    connect(m_document, &Models::Document::selectionChanged, this, &ChartPanel::reload);
    connect(m_document, &Models::Document::figuresChanged, this, &ChartPanel::reload);
    connect(m_document, &Models::Document::forecastMethodChanged, this, &ChartPanel::reload);
    connect(m_document, &Models::Document::displayChanged, this, &ChartPanel::redraw);
    // Each edit replaces the document's analysis: take the new one (a copy of shared parts).
    connect(m_document, &Models::Document::indicatorsChanged, this, &ChartPanel::reload);
    connect(m_document, &Models::Document::registersChanged, this, &ChartPanel::reload);
    reload();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::fillKinds()
{
    const std::pair<ChartKind, QString> kinds[] = {
        {ChartKind::Budget, tr("Budget, utfall och prognos")},
        {ChartKind::Cumulative, tr("Ackumulerat utfall mot budget")},
        {ChartKind::Tertial, tr("Per tertial (T1, T2, T3)")},
        {ChartKind::Bridge, tr("Prognosbrygga: varför prognosen ändrats")},
        {ChartKind::Accuracy, tr("Prognossäkerhet")},
        {ChartKind::Volume, tr("Volymer per månad")},
        {ChartKind::Indicator, tr("Indikatorns utveckling")},
    };
    for (const auto &[k, text] : kinds)
        m_kindBox->addItem(text, static_cast<int>(k));
}

void ChartPanel::followEconomy(QAbstractItemView *view)
{
    m_economyView = view;
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChartPanel::onEconomyRow);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChartPanel::onEconomySelection);
    connect(view->model(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_economyView)
            onEconomyRow(m_economyView->currentIndex());
    });
    onEconomyRow(view->currentIndex());
}

void ChartPanel::followVolumes(QAbstractItemView *view)
{
    m_volumeView = view;
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChartPanel::onVolumeRow);
    connect(view->model(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_volumeView)
            onVolumeRow(m_volumeView->currentIndex());
    });
    onVolumeRow(view->currentIndex());
}

void ChartPanel::followIndicators(QAbstractItemView *view)
{
    m_indicatorView = view;
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChartPanel::onIndicatorRow);
    connect(view->model(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_indicatorView)
            onIndicatorRow(m_indicatorView->currentIndex());
    });
    onIndicatorRow(view->currentIndex());
}

void ChartPanel::onEconomyRow(const QModelIndex &current)
{
    const qint64 id = current.isValid() ? current.data(Models::EconomicTableModel::VerksamhetIdRole).toLongLong() : 0;
    const std::optional<Storage::Id> verksamhet = id ? std::optional<Storage::Id>(id) : std::nullopt;
    if (verksamhet == m_verksamhet)
        return;
    m_verksamhet = verksamhet;
    if (m_source == Source::Economy || isEconomic(kind()))
        redraw();
}

void ChartPanel::onEconomySelection()
{
    if (!m_economyView)
        return;
    // The distinct rows of the selected cells, in the order the table shows them.
    QModelIndexList cells = m_economyView->selectionModel()->selectedIndexes();
    std::sort(cells.begin(), cells.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return m_economyView->visualRect(a).top() < m_economyView->visualRect(b).top();
    });
    std::vector<std::optional<Storage::Id>> rows;
    for (const QModelIndex &cell : cells) {
        const qint64 id = cell.data(Models::EconomicTableModel::VerksamhetIdRole).toLongLong();
        const std::optional<Storage::Id> row = id ? std::optional<Storage::Id>(id) : std::nullopt;
        if (std::find(rows.begin(), rows.end(), row) == rows.end())
            rows.push_back(row);
    }
    if (rows.size() < 2)
        rows.clear();
    if (rows == m_rows)
        return;
    m_rows = std::move(rows);
    if (m_source == Source::Economy || isEconomic(kind()))
        redraw();
}

void ChartPanel::onVolumeRow(const QModelIndex &current)
{
    std::optional<Storage::Id> verksamhet;
    std::optional<std::string> serviceType, measure;
    if (current.isValid()) {
        const QString path = rawText(current, kVolumeVerksamhetColumn);
        if (m_data && !path.isEmpty())
            verksamhet = m_data->findPath(path.toStdString());
        serviceType = rawText(current, kVolumeServiceTypeColumn).toStdString();
        // The derived row (personer snitt per dygn) has no stored mått: it is drawn from the dygn.
        const QString stored = rawText(current, kVolumeMeasureColumn);
        measure = stored.isEmpty() ? std::string("dygn") : stored.toStdString();
    }
    if (verksamhet == m_volumeVerksamhet && serviceType == m_volumeServiceType && measure == m_volumeMeasure)
        return;
    m_volumeVerksamhet = verksamhet;
    m_volumeServiceType = serviceType;
    m_volumeMeasure = measure;
    if (kind() == ChartKind::Volume)
        redraw();
}

void ChartPanel::onIndicatorRow(const QModelIndex &current)
{
    std::optional<std::string> code;
    const QString name = rawText(current, kIndicatorNameColumn);
    if (!name.isEmpty() && m_document->hasSelection())
        for (const Analysis::IndicatorLine &line : m_document->analysis().indicators())
            if (line.indicator.name == name.toStdString())
                code = line.indicator.code;
    if (code == m_indicatorCode)
        return;
    m_indicatorCode = code;
    if (kind() == ChartKind::Indicator)
        redraw();
}

void ChartPanel::setSource(Source source)
{
    m_source = source;
    switch (source) {
    case Source::Economy: setKind(m_economyKind); break;
    case Source::Volumes: setKind(ChartKind::Volume); break;
    case Source::Indicators: setKind(ChartKind::Indicator); break;
    }
    redraw();
}

ChartKind ChartPanel::kind() const
{
    return static_cast<ChartKind>(m_kindBox->currentData().toInt());
}

void ChartPanel::setKind(ChartKind kind)
{
    m_kindBox->setCurrentIndex(m_kindBox->findData(static_cast<int>(kind)));
}

bool ChartPanel::isWeighted() const
{
    return m_weightedBox->isChecked();
}

void ChartPanel::setWeighted(bool weighted)
{
    m_weightedBox->setChecked(weighted);
}

QString ChartPanel::message() const
{
    return m_stack->currentWidget() == m_plot ? QString() : m_messageLabel->text();
}

QString ChartPanel::note() const
{
    return m_noteLabel->isHidden() ? QString() : m_noteLabel->text();
}

void ChartPanel::reload()
{
    m_data.reset();
    m_loadError.clear();
    if (m_document->hasSelection()) {
        // The same analysis the tables show: nothing is read from the store here.
        m_data.emplace(m_document->analysis());
    }
    // Rows are names in the register tabs: find them again in the new data.
    if (m_volumeView)
        onVolumeRow(m_volumeView->currentIndex());
    redraw();
}

void ChartPanel::redraw()
{
    m_noteLabel->clear();
    auto drawn = draw();
    m_noteLabel->setVisible(!m_noteLabel->text().isEmpty());
    if (drawn) {
        m_plot->xAxis->setProperty("tertialFontSize", QVariant()); // the builder set the font afresh
        m_plot->yAxis->setProperty("tertialFontSize", QVariant());
        m_stack->setCurrentWidget(m_plot);
        fitToWidth(m_plot->width());
        m_messageLabel->clear();
        return;
    }
    // Nothing stale: the plot is emptied (an export or copy has nothing to take) and the message
    // page takes its place.
    m_plot->clearPlottables();
    m_plot->clearItems();
    if (m_plot->legend)
        m_plot->legend->setVisible(false);
    m_noteLabel->hide();
    QString reason = QString::fromStdString(drawn.error().message);
    if (!reason.isEmpty())
        reason[0] = reason[0].toUpper();
    if (!reason.isEmpty() && !reason.endsWith(QLatin1Char('.')))
        reason += QLatin1Char('.');
    m_messageLabel->setText(reason);
    m_stack->setCurrentWidget(m_messageLabel->parentWidget());
}

Core::Result<void> ChartPanel::draw()
{
    if (!m_document->hasSelection())
        return Core::fail(Core::ErrorCode::MissingInput, tr("välj nämnd, år och period till vänster").toStdString());
    if (!m_data)
        return Core::fail(Core::ErrorCode::MissingInput, m_loadError.toStdString());
    Charts::ChartOptions options;
    options.unit = m_document->display().unit;
    options.translated = true; // the dock speaks the workbench's language (reports stay Swedish)
    const int month = m_document->month();
    const Models::ChartData &chartData = *m_data;
    m_budgetGroups = 0;
    const std::string name = chartData.nameOf(m_verksamhet);
    // Several rows selected: the budget chart compares them; the kinds that follow one row over
    // the year show the current row and say so.
    if (!m_rows.empty() && kind() != ChartKind::Budget && isEconomic(kind()))
        m_noteLabel->setText(tr("%n rader är markerade; diagrammet visar den aktuella raden, %1. "
                                "Välj \"Budget, utfall och prognos\" för att jämföra raderna.",
                                nullptr, static_cast<int>(m_rows.size()))
                                 .arg(QString::fromStdString(name)));
    switch (kind()) {
    case ChartKind::Budget: {
        auto series = m_rows.empty() ? chartData.budget(month, m_verksamhet) : chartData.budgetOfRows(month, m_rows);
        if (!series)
            return std::unexpected(series.error());
        m_budgetGroups = series->groups.size();
        m_sideways = sidewaysAt(m_plot->width(), m_budgetGroups);
        options.horizontal = m_sideways;
        Charts::BudgetChart::build(m_plot, *series, options);
        return {};
    }
    case ChartKind::Cumulative: {
        auto series = chartData.cumulative(month, m_verksamhet);
        if (!series)
            return std::unexpected(series.error());
        Charts::CumulativeChart::build(m_plot, *series, name, options);
        return {};
    }
    case ChartKind::Tertial:
        Charts::TertialChart::build(m_plot, chartData.tertials(month, m_verksamhet), chartData.year(), name, options);
        return {};
    case ChartKind::Bridge: {
        auto bridge = chartData.bridge(month, m_verksamhet);
        if (!bridge)
            return std::unexpected(bridge.error());
        Charts::BridgeChart::build(m_plot, bridge->bridge, chartData.year(), name, options,
                                   bridge->endsInActual ? tr("Utfall helår") : QString());
        return {};
    }
    case ChartKind::Accuracy: {
        auto accuracy = chartData.accuracy(m_verksamhet);
        if (!accuracy)
            return std::unexpected(accuracy.error());
        Charts::AccuracyChart::build(m_plot, accuracy->rows, chartData.year(), name, accuracy->totalName, options);
        return {};
    }
    case ChartKind::Volume: {
        // The Volymer tab's row: its insatstyp and mått; elsewhere everything under the verksamhet.
        Models::VolumeChoice choice;
        choice.weighted = isWeighted();
        std::optional<Storage::Id> verksamhet = m_verksamhet;
        if (m_source == Source::Volumes) {
            verksamhet = m_volumeVerksamhet;
            choice.serviceType = m_volumeServiceType;
            choice.measure = m_volumeMeasure;
        }
        auto volumes = chartData.volumes(month, verksamhet, choice);
        if (!volumes)
            return std::unexpected(volumes.error());
        Charts::VolumeChart::build(m_plot, volumes->series, volumes->name, volumes->measure, options);
        return {};
    }
    case ChartKind::Indicator: {
        auto series = chartData.indicator(m_indicatorCode);
        if (!series)
            return std::unexpected(series.error());
        Charts::IndicatorChart::build(m_plot, *series, options);
        return {};
    }
    }
    return {};
}

bool ChartPanel::sidewaysAt(int width, std::size_t groups) const
{
    // An upright group needs about 110 px for its name wrapped on two or three lines and its two
    // avvikelse labels side by side ("+17 748" in 8 pt is 45 px).
    constexpr int kUprightGroup = 110;
    return groups >= 2 && width - 80 < kUprightGroup * static_cast<int>(groups);
}

void ChartPanel::fitToWidth(int width)
{
    // The builders lay a chart out for a page (1200 px); the dock is narrower. Titles and
    // category labels wrap to the width at hand and the legend takes fewer columns, so that
    // nothing is cut off. The builders' own texts are kept to wrap again after a resize.
    QCPLayoutGrid *layout = m_plot->plotLayout();
    for (int i = 0; i < layout->elementCount(); ++i) {
        auto *text = qobject_cast<QCPTextElement *>(layout->elementAt(i));
        if (!text)
            continue;
        if (!text->property("tertialText").isValid()) {
            // A title's own line breaks were made for a page; the subtitle's separate sentences.
            QString original = text->text();
            if (text->font().bold())
                original.replace(QLatin1Char('\n'), QLatin1Char(' '));
            text->setProperty("tertialText", original);
        }
        text->setText(wrapToWidth(text->property("tertialText").toString(), QFontMetrics(text->font()), width - 24));
    }
    if (QCPLegend *legend = m_plot->legend; legend && legend->visible()) {
        // As many columns as the widest entry allows, never one cut off ("Spann mellan prognosmeto").
        const QFontMetrics metrics(legend->font());
        int widest = 0;
        for (int i = 0; i < legend->itemCount(); ++i)
            if (auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i)))
                widest = std::max(widest, metrics.horizontalAdvance(item->plottable()->name()));
        const int entry = widest + legend->iconSize().width() + legend->iconTextPadding() + legend->columnSpacing() + 12;
        const int room = width - legend->margins().left() - legend->margins().right() - 24;
        legend->setWrap(std::clamp(room / std::max(entry, 1), 1, width < 1000 ? 3 : 4));
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
    // The category axis: along the bottom, or on the left when the bars run sideways.
    QCPAxis *categories = m_plot->xAxis;
    auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    if (!ticker || ticker->ticks().isEmpty()) {
        categories = m_plot->yAxis;
        ticker = m_plot->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    }
    if (ticker && !ticker->ticks().isEmpty()) {
        QMap<double, QString> &ticks = ticker->ticks();
        // One point smaller in a narrow dock: long Swedish words ("funktionsnedsättning") fit.
        if (!categories->property("tertialFontSize").isValid())
            categories->setProperty("tertialFontSize", categories->tickLabelFont().pointSizeF());
        QFont font = categories->tickLabelFont();
        const double size = categories->property("tertialFontSize").toDouble();
        font.setPointSizeF(width < 1000 ? size - 1.0 : size);
        categories->setTickLabelFont(font);
        const QFontMetrics metrics(font);
        const double span = std::max(categories->range().size(), 1.0);
        const double axisWidth = m_plot->axisRect()->width() * static_cast<double>(width) / std::max(m_plot->width(), 1);
        // Sideways the names get a third of the width, on as many lines as they need.
        const int room = categories == m_plot->yAxis ? width / 3 : static_cast<int>(axisWidth / span) - 6;
        for (auto it = ticks.begin(); it != ticks.end(); ++it) {
            QString label = it.value();
            label.replace(QLatin1Char('\n'), QLatin1Char(' '));
            it.value() = wrapToWidth(label, metrics, std::max(room, 40));
        }
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    // On the plot's resize, not the panel's: before the first show the panel may be resized
    // while the plot inside it still has its old width.
    if (watched == m_plot && event->type() == QEvent::Resize) {
        const int width = static_cast<QResizeEvent *>(event)->size().width();
        // Upright or sideways bars decide at the width: past the threshold the chart is built anew.
        // The widget has its new geometry when the event is sent: m_plot->width() is `width`.
        if (message().isEmpty() && m_budgetGroups > 0 && sidewaysAt(width, m_budgetGroups) != m_sideways)
            redraw();
        else if (message().isEmpty() && m_plot->plottableCount() > 0)
            fitToWidth(width);
    }
    return QWidget::eventFilter(watched, event);
}

Core::Result<void> ChartPanel::exportTo(const QString &path)
{
    if (!message().isEmpty())
        return Core::fail(Core::ErrorCode::MissingInput, message().toStdString());
    const Charts::ExportSize size;
    fitToWidth(size.width); // the page's width, not the dock's
    auto written = Charts::exportChart(m_plot, path, size);
    fitToWidth(m_plot->width());
    return written;
}

void ChartPanel::copyToClipboard()
{
    Charts::copyChartToClipboard(m_plot); // as on screen, at the dock's width
}

void ChartPanel::askExport(const QString &suffix, const QString &filter)
{
    const QString title = m_plot->property("tertialTitle").toString();
    QString path = QFileDialog::getSaveFileName(this, tr("Spara diagram"),
                                                (title.isEmpty() ? tr("diagram") : title) + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    if (Storage::isOpenDatabaseFile(path.toStdString())) {
        m_document->reportError(tr("%1 är databasen som är öppen: spara diagrammet i en annan fil.").arg(path));
        return;
    }
    if (auto written = exportTo(path); !written)
        m_document->reportError(QString::fromStdString(written.error().message));
}

void ChartPanel::showMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addActions({m_exportPng, m_exportPdf, m_exportSvg});
    menu.addSeparator();
    menu.addAction(m_copy);
    menu.exec(m_plot->mapToGlobal(position));
}

} // namespace Tertial::Gui
