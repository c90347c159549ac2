// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench window: navigator, the six tabs, comment and Ändringslogg docks, status bar totals.
#pragma once

#include "models/selection.h"

#include "core/error.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAbstractItemView;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QTableView;
class QTreeView;

namespace Ui {
class MainWindow;
}

namespace Tertial::Models {
class AuditLogModel;
class Document;
class EconomicTableModel;
class NavigatorModel;
class RegisterTableModel;
} // namespace Tertial::Models

namespace Tertial::Gui {

class AuditPanel;
class ChartPanel;
class CommentPanel;
class ComparisonWorkbench;
class EconomicView;
class EditActions;
class HelpMenu;
class SavedIndicator;
class StructureActions;
class Workspace;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum class Tab { Economy, Volumes, Indicators, Actions, Investments, StateGrants, Personnel, Comparison };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a database and selects its last selection or its first period. A
    // postgresql:// URI connects to the shared server; when libpq finds no password of its
    // own, the user is asked for one (askPassword).
    Core::Result<void> openDatabase(const QString &path, bool create = false);
    // Asks for the password of `uri` (the server's message why): nullopt when cancelled.
    // Replaceable, so a test can answer.
    std::function<std::optional<QString>(const QString &uri, const QString &message)> askPassword;
    // The status bar's server part: "server · user · role", or why the connection is down.
    QString serverStatusText() const;
    Core::Result<void> select(const Models::Selection &selection);
    // By the tab's Swedish or English title or its English key ("economy", "volumes", ...).
    bool showTab(const QString &name);
    void showTab(Tab tab);

    // The open database's part of the window (workspace.h); null before the first database.
    Workspace *workspace() const { return m_workspace.get(); }
    Models::Document *document() const;
    EconomicView *economicView() const;
    CommentPanel *commentPanel() const;
    ChartPanel *chartPanel() const;
    ComparisonWorkbench *comparison() const;
    QString databasePath() const;
    QString statusText() const; // the status bar's totals, for tests
    QMenu *helpMenu() const;     // Hjälp: others add their entries (Om Tertial …) here
    EditActions *editActions() const { return m_editActions; }
    AuditPanel *auditPanel() const { return m_auditPanel; }
    SavedIndicator *savedIndicator() const { return m_savedIndicator; }
    QTreeView *navigator() const { return m_navigator; }
    // Off for a screenshot or a test: then the window writes no settings (the recent files, the
    // last selection, the layout) and reads none.
    void setPersistent(bool persistent) { m_persistent = persistent; }
    StructureActions *structureActions() const { return m_structure; }
    // Reads the nämnder and years again (a nämnd or year was added or taken back) and shows the
    // selection in it.
    void refreshNavigator();

    // The demo database on first start: copied to a writable place, then opened.
    static QString demoDatabaseSource();
    Core::Result<void> openDemoDatabase();
    void restoreLayout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createDisplayBar();
    // Places the workspace's views in the tabs and docks and connects the window to its document.
    void install(Workspace &workspace);
    void updateStatus();
    void updateTitle();
    void updateRecentMenu();
    void addRecent(const QString &path);
    void onCurrentCellChanged();
    void showError(const QString &message);
    void applyDisplayControls();
    void askOpen();
    void askCreate();
    void askConnect();
    void startLive();
    QString recentKey(const QString &path) const; // a file's absolute path, a URI without its password
    void changeLock(bool lock, bool wholeYear);
    void saveSelection();
    std::optional<Models::Selection> firstSelection();
    // The view follows the navigator's current item, by mouse or keyboard: a period selects
    // itself, a nämnd or a year its latest period with utfall.
    void followNavigator(const QModelIndex &current);
    void createContextMenus(const Workspace &workspace);
    QAbstractItemView *currentTable() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Workspace> m_workspace;

    Models::NavigatorModel *m_navigatorModel;
    QTreeView *m_navigator;
    QDockWidget *m_navigatorDock;
    QDockWidget *m_commentDock;
    QDockWidget *m_auditDock;
    QDockWidget *m_chartDock;
    AuditPanel *m_auditPanel;

    QComboBox *m_unitBox;
    QCheckBox *m_costsPositiveBox;
    QComboBox *m_percentBaseBox;
    QLabel *m_budgetDeviationLabel;
    QLabel *m_forecastDeviationLabel;
    QLabel *m_lockLabel;
    QLabel *m_serverLabel;
    QLabel *m_lockIconLabel;
    SavedIndicator *m_savedIndicator;
    EditActions *m_editActions = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    QAction *m_commentAction = nullptr;
    QAction *m_showLogAction = nullptr;
    QAction *m_showChartAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_unlockAction = nullptr;
    bool m_persistent = true;
    bool m_layoutChosen = false; // a saved layout restored, or the first show fitted the docks
    bool m_following = false; // inside followNavigator or select: no second round
    QMenu *m_recentMenu;
    StructureActions *m_structure = nullptr; // Ny nämnd, Ny verksamhet, Nytt år
    // Kolada comparisons (issue 7): the related key figures dock (its panel is the workspace's).
    QDockWidget *m_relatedDock = nullptr;
};

} // namespace Tertial::Gui
