// SPDX-License-Identifier: GPL-3.0-or-later
// The chart dock: draws the chosen chart kind for the row selected in the Ekonomi, Volymer or Indikatorer tab.
#pragma once

#include "models/chartdata.h"

#include "core/error.h"
#include "storage/records.h"

#include <QPointer>
#include <QWidget>

#include <optional>
#include <string>
#include <vector>

class QAbstractItemView;
class QAction;
class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QModelIndex;
class QStackedWidget;

namespace Tertial::Models {
class Document;
}

namespace Tertial::Gui {

// Follows the document (selection, edits, display unit) and the current row of the views it is
// told to follow; every change rebuilds the chart from Models::ChartData with a queued replot, so
// a typed figure shows in the chart in the frame that shows it in the table.
class ChartPanel final : public QWidget
{
    Q_OBJECT
public:
    // Which tab the panel follows: the chart kinds each offers first.
    enum class Source { Economy, Volumes, Indicators };

    explicit ChartPanel(Models::Document *document, QWidget *parent = nullptr);
    ~ChartPanel() override;

    // The economic table (rows carry EconomicTableModel::VerksamhetIdRole; the Summa row none).
    void followEconomy(QAbstractItemView *view);
    // The register tabs: Volymer rows are verksamhet, insatstyp, mått in their first columns,
    // Indikatorer rows målområde, indikator (RegisterTableModel::RawValueRole).
    void followVolumes(QAbstractItemView *view);
    void followIndicators(QAbstractItemView *view);
    void setSource(Source source);
    Source source() const { return m_source; }

    Models::ChartKind kind() const;
    void setKind(Models::ChartKind kind);
    bool isWeighted() const;
    void setWeighted(bool weighted); // volumes viktade till 30,5 dygn per månad

    // The verksamhet the economic charts show; none = the whole nämnd.
    std::optional<Storage::Id> verksamhet() const { return m_verksamhet; }
    // The rows selected in the Ekonomi table when there are several (none = Summa), in the order
    // selected; empty for a single row.
    const std::vector<std::optional<Storage::Id>> &selectedRows() const { return m_rows; }
    QCustomPlot *plot() const { return m_plot; }
    // Why no chart is drawn (in the workbench's language), empty when one is. The plot is then
    // hidden behind a message page: nothing of an earlier chart stays on screen.
    QString message() const;
    // A remark over a drawn chart (a kind that shows one row while several are selected).
    QString note() const;

    // Writes the chart as PNG, PDF or SVG (by the suffix) at 1200 × 700.
    Core::Result<void> exportTo(const QString &path);
    void copyToClipboard();

protected:
    // The plot's own resizes (a dock dragged, the window first shown): the chart fits its width.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitToWidth(int width); // titles, legend and category labels to a width in pixels
    // Whether the budget chart's `groups` bars run sideways at the plot's width (too narrow for
    // their names and avvikelse labels upright).
    bool sidewaysAt(int width, std::size_t groups) const;
    void reload();  // the store's figures changed or a new selection: reload the data, then redraw
    void redraw();  // same data, another row, kind or option
    Core::Result<void> draw();
    void onEconomyRow(const QModelIndex &current);
    void onEconomySelection();
    void onVolumeRow(const QModelIndex &current);
    void onIndicatorRow(const QModelIndex &current);
    void fillKinds();
    void askExport(const QString &suffix, const QString &filter);
    void showMenu(const QPoint &position);

    Models::Document *m_document;
    std::optional<Models::ChartData> m_data;
    QString m_loadError;
    Source m_source = Source::Economy;
    Models::ChartKind m_economyKind = Models::ChartKind::Budget; // the kind last chosen on the Ekonomi tab

    std::optional<Storage::Id> m_verksamhet;           // Ekonomi tab row
    std::vector<std::optional<Storage::Id>> m_rows;    // Ekonomi tab rows when several are selected
    std::optional<Storage::Id> m_volumeVerksamhet;     // Volymer tab row
    std::optional<std::string> m_volumeServiceType;
    std::optional<std::string> m_volumeMeasure;
    std::optional<std::string> m_indicatorCode;         // Indikatorer tab row

    QPointer<QAbstractItemView> m_economyView;
    QPointer<QAbstractItemView> m_volumeView;
    QPointer<QAbstractItemView> m_indicatorView;

    QComboBox *m_kindBox;
    QCheckBox *m_weightedBox;
    QLabel *m_noteLabel;
    QLabel *m_messageLabel;
    QStackedWidget *m_stack; // the plot, or the message page in its place
    QCustomPlot *m_plot;
    std::size_t m_budgetGroups = 0; // groups of the budget chart drawn; 0 for other kinds
    bool m_sideways = false;        // its bars run sideways
    QAction *m_exportPng;
    QAction *m_exportPdf;
    QAction *m_exportSvg;
    QAction *m_copy;
};

} // namespace Tertial::Gui
