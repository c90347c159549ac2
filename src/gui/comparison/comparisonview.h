// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison view: a KPI's values per kommun and group over the years, rank, quartile, chart and sentences.
#pragma once

#include "core/ranking.h"
#include "kolada/koladafetcher.h"
#include "storage/koladastore.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Tertial::Gui {

// Rows: the kommuner with a value (ranked for the chosen year, best first), Riket as published,
// then per group its ovägt medel over the members with a value (Tertial's, core/groupmean.h) and
// the group's figure as Kolada published it. Columns: the years, then rang, "av N" and kvartil
// of the chosen year. The chosen year's cells are coloured by quartile; the chosen kommun is bold
// and blue in the chart. "Källa: Kolada" labels the raw figures only.
class ComparisonView final : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(Storage::KoladaStore &store, QWidget *parent = nullptr);

    // Re-reads the KPI list from the store (after an import or fetch) and redraws.
    void reload();

    void setKpi(const QString &kpiId);
    void setYear(int year);
    void setHighlighted(const QString &kommunId);
    void setDirection(Core::Direction direction);
    enum class ChartKind { SortedBars, LinesOverYears };
    void setChartKind(ChartKind kind);

    // Where "Hämta från Kolada" fetches from (tests point it at a local server).
    void setFetchOptions(Kolada::FetchOptions options) { m_fetchOptions = std::move(options); }
    // Fetches, stores in one transaction and reloads; the status line tells what happened.
    Core::Result<Storage::KoladaImportSummary> fetchFromKolada(const Kolada::FetchRequest &request);
    QString status() const;

    QTableWidget *table() const { return m_table; }
    QCustomPlot *chart() const { return m_chart; }
    QString sentence() const;
    QString sourceNote() const;

signals:
    void errorOccurred(const QString &message);

private:
    void kpiChanged();
    void fetchClicked();
    void refresh();

    Storage::KoladaStore &m_store;
    QComboBox *m_kpi = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_kommun = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_chartKind = nullptr;
    QTableWidget *m_table = nullptr;
    QCustomPlot *m_chart = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_source = nullptr;
    QLineEdit *m_fetchKpis = nullptr;
    QLineEdit *m_fetchYears = nullptr;
    QPushButton *m_fetchButton = nullptr;
    QLabel *m_status = nullptr;
    Kolada::FetchOptions m_fetchOptions;
    bool m_updating = false;
};

} // namespace Tertial::Gui
