// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison view: a KPI's values per kommun and group over the years, rank, quartile, chart and sentences.
#pragma once

#include "core/ranking.h"
#include "kolada/koladafetcher.h"
#include "storage/koladastore.h"

#include <QPointer>
#include <QWidget>

#include <map>

class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QSplitter;

namespace Tertial::Gui {

class UserGroupEdits;
class UserGroupEditor;

// The table of seed 000 §4: rows the chosen kommuner (best first by the rank year), then the
// chosen groups; columns the years of the chosen range, the rank year of further KPIs chosen
// side by side, the source of the row's figures, and rang, "av N" and kvartil of the rank year
// among every kommun with a value. Rank and quartile are national only when the store holds the
// whole country (Kolada::coversCountry); otherwise a notice says they are among the N kommuner
// with data, and the sentence makes no national claim (issue 15). Groups:
//   "riket"      Riket as Kolada published it (0000);
//   "lan"        the chosen kommun's län: Kolada's published group of exactly its kommuner when
//                stored, else ovägt medel over its kommuner with a value (Tertial's, "N av 26");
//   "alla"       Kolada's published group of all kommuner when stored, else Tertial's ovägt medel
//                over the whole country, only when the store holds it;
//   "kolada:ID"  a group imported from Kolada: its published figure, else Tertial's ovägt medel;
//   "egen:ID"    a user-defined group (UserGroupEdits): Tertial's ovägt medel.
// The rank year's cells are coloured by quartile; the chosen kommun is bold, and blue in the chart.
// "Källa: Kolada" stands beside published figures only; Tertial's means say they are computed.
class ComparisonView final : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(Storage::KoladaStore &store, QWidget *parent = nullptr);
    ~ComparisonView() override;

    // Re-reads the KPI list from the store (after an import or fetch) and redraws.
    void reload();

    void setKpi(const QString &kpiId);
    // Further KPIs shown side by side: one column each with its value in the rank year.
    void setExtraKpis(const QStringList &kpiIds);
    void setYear(int year); // the rank year
    void setYearRange(int from, int to);
    void setHighlighted(const QString &kommunId);
    void setDirection(Core::Direction direction);
    enum class ChartKind { SortedBars, LinesOverYears };
    void setChartKind(ChartKind kind);
    // Which rows the table shows: a kommun by id, a group by the keys above.
    void setKommunShown(const QString &kommunId, bool shown);
    void setGroupShown(const QString &key, bool shown);

    // Enables the "Egna grupper …" button and follows the edits.
    void setUserGroupEdits(UserGroupEdits *edits);
    UserGroupEditor *openGroupEditor();

    // Where "Hämta från Kolada" fetches from (tests point it at a local server).
    void setFetchOptions(Kolada::FetchOptions options) { m_fetchOptions = std::move(options); }
    // Fetches, stores in one transaction and reloads; the status line tells what happened.
    Core::Result<Storage::KoladaImportSummary> fetchFromKolada(const Kolada::FetchRequest &request);
    QString status() const;
    void focusFetch();

    QString kpi() const;
    QTableWidget *table() const { return m_table; }
    QCustomPlot *chart() const { return m_chart; }
    QListWidget *kommunList() const { return m_kommunList; }
    QListWidget *groupList() const { return m_groupList; }
    QString sentence() const;
    QString sourceNote() const;
    QString coverageNote() const; // empty when rank and quartile are national
    QString definition() const;   // the KPI's description and area as Kolada gives them
    QComboBox *kpiBox() const { return m_kpi; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void errorOccurred(const QString &message);
    // After a fetch stored new figures (other views over the Kolada store re-read).
    void koladaDataChanged();

private:
    void kpiChanged();
    void fillLists();
    void fetchClicked();
    void refresh();
    void fillKpiMenu();
    // The table gets the height of its rows, the chart the rest (at least its minimum).
    void balanceSplit();
    // The Kolada group of exactly these kommuner with a published value for the KPI, else empty.
    std::string publishedGroupOf(const std::vector<std::string> &kommuner) const;
    std::vector<std::string> countryKommuner(const std::string &prefix) const;

    Storage::KoladaStore &m_store;
    QComboBox *m_kpi = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QComboBox *m_kommun = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_chartKind = nullptr;
    QListWidget *m_kommunList = nullptr;
    QListWidget *m_groupList = nullptr;
    QPushButton *m_groupsButton = nullptr;
    QTableWidget *m_table = nullptr;
    QCustomPlot *m_chart = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_source = nullptr;

    QLineEdit *m_fetchKpis = nullptr;
    QLineEdit *m_fetchYears = nullptr;
    QPushButton *m_fetchButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_definition = nullptr;
    QLabel *m_coverage = nullptr;
    QPushButton *m_moreKpis = nullptr;
    QSplitter *m_tableAndChart = nullptr;
    bool m_splitMoved = false; // the analyst dragged the splitter: keep their split
    QStringList m_extraKpis;
    Kolada::FetchOptions m_fetchOptions;
    UserGroupEdits *m_edits = nullptr;
    QPointer<UserGroupEditor> m_editor;
    std::map<QString, bool> m_kommunShown;        // the analyst's choices, kept across KPIs
    std::map<QString, bool> m_groupShown;
    std::map<QString, Core::Direction> m_directions; // per KPI, when the analyst changed it
    QString m_preferredKommun; // the kommun to highlight whenever the KPI has it
    bool m_updating = false;
};

} // namespace Tertial::Gui
