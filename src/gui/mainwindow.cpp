// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench window.
#include "mainwindow.h"

#include "aboutdialog.h"
#include "auditpanel.h"
#include "chartpanel.h"
#include "commentpanel.h"
#include "comparison/comparisonworkbench.h"
#include "economicview.h"
#include "excelexport.h"
#include "ledgerimportdialog.h"
#include "editactions.h"
#include "helpmenu.h"
#include "lockednotice.h"
#include "lockicon.h"
#include "lockreasondialog.h"
#include "savedindicator.h"
#include "registerview.h"
#include "reportdialog.h"
#include "structureactions.h"
#include "workspace.h"
#include "serverconnectdialog.h"

#include "ui_mainwindow.h"

#include <QGuiApplication>
#include <QScreen>

#include "models/amounttext.h"
#include "models/auditlogmodel.h"
#include "models/document.h"
#include "models/economictablemodel.h"
#include "models/kontoslagtablemodel.h"
#include "models/latestperiod.h"
#include "models/liveupdates.h"
#include "models/navigatormodel.h"
#include "models/registertablemodel.h"
#include "models/registertables.h"

#include "storage/databasefiles.h"
#include "platform/datadir.h"
#include "storage/openstore.h"
#include "storage/pgstore.h"

#include <QActionGroup>
#include <QApplication>
#include <algorithm>
#include <utility>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Tertial::Gui {

using Models::Document;
using Models::EconomicTableModel;

namespace {

constexpr int kMaxRecent = 8;

struct TabInfo
{
    MainWindow::Tab tab;
    const char *key; // English key for --tab
};

const TabInfo kTabs[] = {
    {MainWindow::Tab::Economy, "economy"},   {MainWindow::Tab::Volumes, "volumes"},
    {MainWindow::Tab::Indicators, "indicators"}, {MainWindow::Tab::Actions, "actions"},
    {MainWindow::Tab::Investments, "investments"}, {MainWindow::Tab::StateGrants, "grants"},
    {MainWindow::Tab::Personnel, "personnel"},
    {MainWindow::Tab::Comparison, "comparison"},
};

// The tab that shows a register.
MainWindow::Tab tabOf(Workspace::RegisterKind kind)
{
    switch (kind) {
    case Workspace::RegisterKind::Volumes: return MainWindow::Tab::Volumes;
    case Workspace::RegisterKind::Indicators: return MainWindow::Tab::Indicators;
    case Workspace::RegisterKind::Actions: return MainWindow::Tab::Actions;
    case Workspace::RegisterKind::Investments: return MainWindow::Tab::Investments;
    case Workspace::RegisterKind::StateGrants: return MainWindow::Tab::StateGrants;
    case Workspace::RegisterKind::Personnel: return MainWindow::Tab::Personnel;
    }
    return MainWindow::Tab::Volumes;
}

// Who the audit log names: $USER, else the login name of the process's user (a service or a
// desktop session may start the workbench without $USER).
QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (user.isEmpty())
        if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
            user = QString::fromLocal8Bit(entry->pw_name);
#endif
    return user.isEmpty() ? QStringLiteral("okänd") : user;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("MainWindow"));
    m_navigatorModel = new Models::NavigatorModel(this);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    createDocks();
    createDisplayBar();
    createActions();

    m_budgetDeviationLabel = new QLabel(this);
    m_forecastDeviationLabel = new QLabel(this);
    m_lockLabel = new QLabel(this);
    m_lockLabel->setObjectName(QStringLiteral("lockLabel"));
    m_lockIconLabel = new QLabel(this);
    m_lockIconLabel->setObjectName(QStringLiteral("lockIcon"));
    m_savedIndicator = new SavedIndicator(this);
    statusBar()->addPermanentWidget(m_savedIndicator);
    statusBar()->addPermanentWidget(m_lockIconLabel);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_serverLabel->hide(); // shown for a server
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_lockLabel);
    statusBar()->addPermanentWidget(m_budgetDeviationLabel);
    statusBar()->addPermanentWidget(m_forecastDeviationLabel);

    const QString titles[] = {tr("Ekonomi"), tr("Volymer"), tr("Indikatorer"), tr("Åtgärdsplan"),
                              tr("Investeringar"), tr("Statsbidrag"), tr("Personal"), tr("Jämförelse")};
    for (const QString &title : titles) {
        auto *page = new QWidget(m_ui->tabs);
        page->setLayout(new QVBoxLayout);
        page->layout()->setContentsMargins(0, 0, 0, 0);
        m_ui->tabs->addTab(page, title);
    }
    askPassword = [this](const QString &uri, const QString &message) -> std::optional<QString> {
        bool ok = false;
        const QString password = QInputDialog::getText(this, tr("Lösenord"),
                                                       tr("%1\n\nLösenord för %2:").arg(message, uri),
                                                       QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return password;
    };
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The actions follow the focus, which moves while the views go.
    delete m_editActions;
    m_editActions = nullptr;
    // The window's own panels let go of the workspace's models, then the workspace goes (its
    // views first, the document last), before Qt deletes the tabs and docks that hold them.
    m_auditPanel->setModel(nullptr);
    m_savedIndicator->follow(nullptr);
    m_workspace.reset();
}

Models::Document *MainWindow::document() const { return m_workspace ? &m_workspace->document() : nullptr; }
EconomicView *MainWindow::economicView() const { return m_workspace ? m_workspace->economicView() : nullptr; }
CommentPanel *MainWindow::commentPanel() const { return m_workspace ? m_workspace->commentPanel() : nullptr; }
ChartPanel *MainWindow::chartPanel() const { return m_workspace ? m_workspace->chartPanel() : nullptr; }
ComparisonWorkbench *MainWindow::comparison() const { return m_workspace ? m_workspace->comparison() : nullptr; }
QString MainWindow::databasePath() const { return m_workspace ? m_workspace->path() : QString(); }

void MainWindow::createDocks()
{
    m_navigator = new QTreeView(this);
    m_navigator->setModel(m_navigatorModel);
    m_navigator->setHeaderHidden(true);
    m_navigator->setMinimumWidth(160);
    m_navigator->setIndentation(14); // four levels: "t.o.m. september" whole in 185 px
    m_navigator->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_navigator, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (document())
            m_navigatorModel->populateYears(document()->store(), index);
    });
    // The view follows the current item, whether the mouse or the arrow keys moved it.
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { followNavigator(current); });
    connect(m_navigator, &QTreeView::clicked, this, [this](const QModelIndex &index) { followNavigator(index); });
    m_navigatorDock = new QDockWidget(tr("Urval"), this);
    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigatorDock->setWidget(m_navigator);
    m_navigatorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);

    m_commentDock = new QDockWidget(tr("Kommentar"), this);
    m_commentDock->setObjectName(QStringLiteral("commentDock"));
    m_commentDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_commentDock);

    m_auditPanel = new AuditPanel(this);
    m_auditDock = new QDockWidget(tr("Ändringslogg"), this);
    m_auditDock->setObjectName(QStringLiteral("auditDock"));
    m_auditDock->setWidget(m_auditPanel);
    connect(m_auditPanel, &AuditPanel::scopeChanged, this, &MainWindow::onCurrentCellChanged);
    m_auditDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_auditDock);
    splitDockWidget(m_commentDock, m_auditDock, Qt::Horizontal);
    // The chart panel (chartpanel.h) beside the tables; its widget comes with each database.
    m_chartDock = new QDockWidget(tr("Diagram"), this);
    m_chartDock->setObjectName(QStringLiteral("chartDock"));
    m_chartDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_chartDock);
    // The Ekonomi table needs about 1 300 px and the chart about 470 beside it: on a narrower
    // screen the chart starts closed rather than squeezing the table into a scroll (Visa › Diagram
    // opens it, or float it onto a second screen). A saved layout overrides this.
    if (const QScreen *screen = QGuiApplication::primaryScreen(); !screen || screen->availableGeometry().width() < 1900)
        m_chartDock->hide();
    // The verksamhet's key figures beside its comment (both are about the selected row), so the
    // bottom row stays two panels wide and the window fits 1600 px with the chart beside the table.
    m_relatedDock = new QDockWidget(tr("Nyckeltal i Kolada"), this);
    m_relatedDock->setObjectName(QStringLiteral("relatedKpiDock"));
    m_relatedDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    tabifyDockWidget(m_commentDock, m_relatedDock);
    m_commentDock->raise();
    // Navigator and chart run the full height; the bottom row sits under the table only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    resizeDocks({m_navigatorDock, m_chartDock}, {200, 470}, Qt::Horizontal);
    resizeDocks({m_commentDock, m_auditDock}, {380, 550}, Qt::Horizontal);
    resizeDocks({m_commentDock}, {260}, Qt::Vertical);
}

void MainWindow::createDisplayBar()
{
    auto *bar = addToolBar(tr("Visning"));
    bar->setObjectName(QStringLiteral("displayBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("Enhet:"), bar));
    m_unitBox = new QComboBox(bar);
    m_unitBox->setObjectName(QStringLiteral("unitBox"));
    m_unitBox->addItem(tr("kr"), static_cast<int>(Core::AmountUnit::Kronor));
    m_unitBox->addItem(tr("tkr"), static_cast<int>(Core::AmountUnit::Thousands));
    m_unitBox->addItem(tr("mnkr"), static_cast<int>(Core::AmountUnit::Millions));
    m_unitBox->setCurrentIndex(1);
    bar->addWidget(m_unitBox);
    bar->addSeparator();
    m_costsPositiveBox = new QCheckBox(tr("Visa kostnader som positiva tal"), bar);
    bar->addWidget(m_costsPositiveBox);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Avvikelse % av:"), bar));
    m_percentBaseBox = new QComboBox(bar);
    m_percentBaseBox->addItem(tr("periodens budget"), static_cast<int>(Core::PercentBase::Budget));
    m_percentBaseBox->addItem(tr("utfall"), static_cast<int>(Core::PercentBase::Actual));
    bar->addWidget(m_percentBaseBox);
    connect(m_unitBox, &QComboBox::currentIndexChanged, this, &MainWindow::applyDisplayControls);
    connect(m_costsPositiveBox, &QCheckBox::toggled, this, &MainWindow::applyDisplayControls);
    connect(m_percentBaseBox, &QComboBox::currentIndexChanged, this, &MainWindow::applyDisplayControls);
}

void MainWindow::applyDisplayControls()
{
    if (!document())
        return;
    Models::DisplaySettings display;
    display.unit = static_cast<Core::AmountUnit>(m_unitBox->currentData().toInt());
    display.costsPositive = m_costsPositiveBox->isChecked();
    display.percentBase = static_cast<Core::PercentBase>(m_percentBaseBox->currentData().toInt());
    document()->setDisplay(display);
}

void MainWindow::createActions()
{
    QMenu *file = m_ui->menuFile;
    QAction *open = file->addAction(tr("&Öppna databas …"), this, &MainWindow::askOpen);
    open->setShortcut(QKeySequence::Open);
    QAction *create = file->addAction(tr("&Ny databas …"), this, &MainWindow::askCreate);
    create->setShortcut(QKeySequence::New);
    file->addAction(tr("Anslut till &server …"), this, &MainWindow::askConnect);
    m_recentMenu = file->addMenu(tr("&Senaste filer"));
    file->addAction(tr("Öppna &demodatabasen"), this, [this] {
        if (auto ok = openDemoDatabase(); !ok)
            showError(QString::fromStdString(ok.error().message));
    });
    file->addSeparator();
    file->addAction(tr("Skapa &rapportutkast …"), this, [this] {
        if (!document() || !document()->hasSelection())
            return showError(tr("Öppna en databas och välj en nämnd och period först."));
        ReportDialog dialog(*document(), ReportDialog::defaultTemplateRoot(), this);
        dialog.exec();
    });
    // Figures from the ledger (issue 13): the dialog reads, checks and imports as one undo step.
    file->addAction(tr("&Importera från ekonomisystemet …"), this, [this] {
        if (!document() || !document()->hasSelection())
            return showError(tr("Öppna en databas och välj en nämnd först."));
        LedgerImportDialog dialog(*document(), this);
        dialog.exec();
    });
    file->addAction(tr("&Exportera till Excel …"), this, [this] {
        std::vector<ExportedTable> tables;
        const QString tab = m_ui->tabs->tabText(m_ui->tabs->currentIndex()).remove(u'&');
        for (const QAbstractItemModel *model : tableModelsOf(m_ui->tabs->currentWidget()))
            tables.push_back(ExportedTable{tab, m_ui->titleLabel->text(), model});
        if (tables.empty())
            return showError(tr("Fliken har ingen tabell att exportera."));
        QString path = QFileDialog::getSaveFileName(this, tr("Exportera till Excel"), tab + QStringLiteral(".xlsx"),
                                                    tr("Excel-arbetsbok (*.xlsx)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
            path += QStringLiteral(".xlsx");
        if (auto ok = exportTables(path, tables); !ok)
            showError(QString::fromStdString(ok.error().message));
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Avsluta"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    updateRecentMenu();

    // Copy, paste, fill, clear and select all work on the table in use (editactions.h).
    QMenu *edit = m_ui->menuEdit;
    edit->addSeparator();
    m_editActions = new EditActions(this, [this] { return currentTable(); });
    m_editActions->addTo(edit);
    connect(m_ui->tabs, &QTabWidget::currentChanged, m_editActions, &EditActions::update);
    connect(m_editActions, &EditActions::saveRequested, this, [this] {
        statusBar()->showMessage(tr("Allt är redan sparat: varje ändring skrivs till databasen när du gör den."), 6000);
    });
    // Ny nämnd, Ny verksamhet, Nytt år (structureactions.h).
    edit->addSeparator();
    m_structure = new StructureActions(this);
    edit->addActions(m_structure->actions());

    QMenu *view = m_ui->menuView;
    view->addAction(m_navigatorDock->toggleViewAction());
    view->addAction(m_commentDock->toggleViewAction());
    view->addAction(m_auditDock->toggleViewAction());
    view->addAction(m_chartDock->toggleViewAction());
    view->addAction(m_relatedDock->toggleViewAction());
    view->addSeparator();
    // The Ekonomi table's columns, as its header's menu shows them.
    QMenu *columns = view->addMenu(tr("&Kolumner i Ekonomi"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns] {
        columns->clear();
        if (!economicView())
            return;
        QMenu *menu = economicView()->createColumnMenu(columns);
        columns->addActions(menu->actions());
    });

    QMenu *period = m_ui->menuPeriod;
    m_lockAction = period->addAction(tr("&Lås perioden …"), this, [this] { changeLock(true, false); });
    m_unlockAction = period->addAction(tr("Lås &upp perioden …"), this, [this] { changeLock(false, false); });
    period->addSeparator();
    period->addAction(tr("Lås &hela året …"), this, [this] { changeLock(true, true); });
    period->addAction(tr("Lås upp hela &året …"), this, [this] { changeLock(false, true); });

    // Hjälp last: its own small class, which others extend through helpMenu().
    m_helpMenu = new HelpMenu(m_ui->menuBar, this);
    addAboutAction(this); // Hjälp › Om Tertial

    // What a row's context menu offers beside the clipboard.
    m_commentAction = new QAction(tr("Skriv &kommentar …"), this);
    connect(m_commentAction, &QAction::triggered, this, [this] {
        m_commentDock->show();
        m_commentDock->raise();
        if (commentPanel())
            commentPanel()->setFocus();
    });
    m_showLogAction = new QAction(tr("Visa i Ändrings&logg"), this);
    connect(m_showLogAction, &QAction::triggered, this, [this] {
        m_auditPanel->setWholeNamnd(false);
        m_auditDock->show();
        m_auditDock->raise();
    });
    m_showChartAction = new QAction(tr("Visa i &diagram"), this);
    connect(m_showChartAction, &QAction::triggered, this, [this] {
        m_chartDock->show();
        m_chartDock->raise();
    });
}

QMenu *MainWindow::helpMenu() const
{
    return m_helpMenu->menu();
}

QAbstractItemView *MainWindow::currentTable() const
{
    // Looked up rather than remembered: the views go with each database.
    QWidget *page = m_ui->tabs->currentWidget();
    if (!page)
        return nullptr;
    // The table shown: the Ekonomi tab has its verksamheter and its kontoslag side by side.
    const auto shown = [page](QAbstractItemView *view) { return view && view->isVisibleTo(page); };
    if (auto *economic = page->findChild<EconomicView *>(); shown(economic))
        return economic;
    if (auto *registers = page->findChild<RegisterView *>(); shown(registers))
        return registers;
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>())
        if (shown(view) && (qobject_cast<QTableView *>(view) || qobject_cast<QTreeView *>(view)))
            return view; // Kontoslag, Jämförelse's table
    return nullptr;
}

void MainWindow::createContextMenus(const Workspace &workspace)
{
    EconomicView *economic = workspace.economicView();
    const auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        return action;
    };
    // Ekonomi: the clipboard, then what concerns the row and the period.
    if (economic) {
        economic->setContextMenuPolicy(Qt::ActionsContextMenu);
        economic->addActions(m_editActions->tableActions());
        economic->addActions({separator(), m_commentAction, m_showLogAction, m_showChartAction, separator(),
                              m_lockAction, m_unlockAction});
        m_editActions->watch(economic);
        // The Kontoslag view beside it: copy and select all.
        for (QAbstractItemView *other : workspace.economyPage()->findChildren<QAbstractItemView *>())
            if (other != economic && qobject_cast<QTreeView *>(other)) {
                other->setContextMenuPolicy(Qt::ActionsContextMenu);
                other->addActions({m_editActions->copyAction(), m_editActions->selectAllAction()});
                m_editActions->watch(other);
            }
    }
    // The registers keep their own actions (add, remove, status) after copy and select all.
    for (const Workspace::Register &r : workspace.registers()) {
        QList<QAction *> own = r.view->actions();
        for (QAction *action : own)
            r.view->removeAction(action);
        r.view->addActions({m_editActions->copyAction(), m_editActions->selectAllAction(), separator()});
        r.view->addActions(own);
        r.view->addActions({separator(), m_showLogAction});
        m_editActions->watch(r.view);
        if (r.kind == Workspace::RegisterKind::Volumes || r.kind == Workspace::RegisterKind::Indicators)
            r.view->addAction(m_showChartAction);
    }
    m_auditPanel->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_auditPanel->view()->addActions({m_editActions->copyAction(), m_editActions->selectAllAction()});
    m_editActions->watch(m_auditPanel->view());
    // This workspace's tables only: the previous workspace's are still in the tabs until it goes.
    if (workspace.comparison())
        if (auto *table = workspace.comparison()->view()->findChild<QTableView *>()) {
            table->setContextMenuPolicy(Qt::ActionsContextMenu);
            table->addActions({m_editActions->copyAction(), m_editActions->selectAllAction()});
            m_editActions->watch(table);
        }
}

void MainWindow::changeLock(bool lock, bool wholeYear)
{
    if (!document() || !document()->hasSelection())
        return;
    const QString what = wholeYear ? tr("hela året %1").arg(document()->selection().year)
                                   : tr("perioden %1").arg(Models::NavigatorModel::periodLabel(document()->selection().period));
    LockReasonDialog dialog(lock ? tr("Lås") : tr("Lås upp"),
                            lock ? tr("Varför låses %1?").arg(what) : tr("Varför låses %1 upp?").arg(what), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reason = dialog.reason();
    auto result = lock ? document()->lockPeriod(wholeYear, reason.toStdString())
                       : document()->unlockPeriod(wholeYear, reason.toStdString());
    if (!result)
        showError(QString::fromStdString(result.error().message));
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

Core::Result<void> MainWindow::openDatabase(const QString &path, bool create)
{
    const Storage::OpenMode mode = create ? Storage::OpenMode::Create : Storage::OpenMode::OpenExisting;
    auto store = Storage::openStore(path.toStdString(), mode);
    // The server wants a password libpq found nowhere: ask, and again while it is refused.
    while (!store && store.error().code == Core::ErrorCode::MissingInput && Storage::isServerLocation(path.toStdString())
           && askPassword) {
        const auto password = askPassword(QString::fromStdString(Storage::displayLocation(path.toStdString())),
                                          QString::fromStdString(store.error().message));
        if (!password)
            return std::unexpected(store.error());
        store = Storage::openStore(path.toStdString(), mode, password->toStdString());
    }
    if (!store)
        return std::unexpected(store.error());
    (*store)->setUser(userName().toStdString());
    // Opened to edit: the database notes which version wrote it (main() sets the version; a test
    // has none). Not being able to note it does not stop the work.
    if (const QString version = QCoreApplication::applicationVersion(); !version.isEmpty())
        if (auto noted = (*store)->recordWriterVersion(version.toStdString()); !noted)
            showError(QString::fromStdString(noted.error().message));
    auto opened = std::make_unique<Document>(std::move(*store));
    if (auto ok = m_navigatorModel->load(opened->store()); !ok)
        return ok;

    // One reset: the new database's workspace is built and placed, then the old one goes with
    // its views, models, undo stack and store connection.
    auto next = std::make_unique<Workspace>(std::move(opened), path);
    m_auditPanel->setModel(nullptr);
    m_savedIndicator->follow(nullptr);
    install(*next);
    std::swap(m_workspace, next);
    next.reset();

    if (m_persistent)
        addRecent(path);
    startLive();

    std::optional<Models::Selection> selection;
    QSettings settings;
    settings.beginGroup(QStringLiteral("lastSelection"));
    const QString key = QString::fromUtf8(recentKey(path).toUtf8().toBase64());
    if (m_persistent && settings.contains(key)) {
        const QStringList parts = settings.value(key).toStringList();
        if (parts.size() == 4)
            selection = Models::Selection{parts[0].toStdString(), parts[1].toLongLong(), parts[2].toInt(),
                                          parts[3].toStdString()};
    }
    settings.endGroup();
    if (!selection || !select(*selection))
        if (auto first = firstSelection())
            (void)select(*first);
    updateTitle();
    updateStatus();
    if (const std::string why = document()->store().readOnlyReason(); !why.empty())
        showError(tr("Databasen är öppnad bara för läsning: %1").arg(QString::fromStdString(why)));
    return {};
}

void MainWindow::refreshNavigator()
{
    if (!document())
        return;
    if (auto ok = m_navigatorModel->load(document()->store()); !ok)
        return showError(QString::fromStdString(ok.error().message));
    if (document()->hasSelection()) {
        const QModelIndex index = m_navigatorModel->indexOf(document()->store(), document()->selection());
        if (index.isValid()) {
            m_navigator->setCurrentIndex(index);
            m_navigator->scrollTo(index);
        }
    }
    updateTitle();
}

std::optional<Models::Selection> MainWindow::firstSelection()
{
    // The first nämnd's latest period with utfall (a first look shows figures, not an empty
    // Helår).
    if (m_navigatorModel->rowCount() == 0)
        return std::nullopt;
    const QModelIndex namnd = m_navigatorModel->index(0, 0, m_navigatorModel->index(0, 0));
    if (!namnd.isValid())
        return std::nullopt;
    return Models::latestActualSelection(document()->store(),
                                         namnd.data(Models::NavigatorModel::KommunRole).toString().toStdString(),
                                         namnd.data(Models::NavigatorModel::NamndIdRole).toLongLong());
}

void MainWindow::followNavigator(const QModelIndex &current)
{
    if (!document() || m_following || !current.isValid())
        return;
    using Kind = Models::NavigatorModel::Kind;
    std::optional<Models::Selection> selection = m_navigatorModel->selectionAt(current);
    const auto kind = static_cast<Kind>(current.data(Models::NavigatorModel::KindRole).toInt());
    if (!selection && (kind == Kind::Namnd || kind == Kind::Year)) {
        // A nämnd or a year stands for its latest period with utfall; the tree stays where the
        // user is, so the arrow keys go on from there.
        const QVariant year = current.data(Models::NavigatorModel::YearRole);
        selection = Models::latestActualSelection(document()->store(),
                                                  current.data(Models::NavigatorModel::KommunRole).toString().toStdString(),
                                                  current.data(Models::NavigatorModel::NamndIdRole).toLongLong(),
                                                  year.isValid() ? std::optional<int>(year.toInt()) : std::nullopt);
    }
    if (!selection || *selection == document()->selection())
        return;
    m_following = true;
    const auto ok = document()->select(*selection);
    m_following = false;
    if (!ok)
        showError(QString::fromStdString(ok.error().message));
}

void MainWindow::install(Workspace &workspace)
{
    Document *doc = &workspace.document();
    QMenu *edit = m_ui->menuEdit;
    QAction *first = edit->actions().isEmpty() ? nullptr : edit->actions().first();
    edit->insertAction(first, workspace.undoAction());
    edit->insertAction(first, workspace.redoAction());

    m_ui->tabs->widget(static_cast<int>(Tab::Economy))->layout()->addWidget(workspace.economyPage());
    connect(workspace.economicView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentCellChanged);
    for (const Workspace::Register &r : workspace.registers())
        m_ui->tabs->widget(static_cast<int>(tabOf(r.kind)))->layout()->addWidget(r.panel);
    m_commentDock->setWidget(workspace.commentPanel());
    if (ComparisonWorkbench *comparison = workspace.comparison()) {
        m_ui->tabs->widget(static_cast<int>(Tab::Comparison))->layout()->addWidget(comparison->view());
        m_relatedDock->setWidget(comparison->relatedPanel());
        connect(comparison, &ComparisonWorkbench::comparisonRequested, this, [this] { showTab(Tab::Comparison); });
        connect(comparison->view(), &ComparisonView::errorOccurred, this, &MainWindow::showError);
    } else {
        m_relatedDock->setWidget(nullptr);
        showError(workspace.comparisonError());
    }
    m_auditPanel->setModel(workspace.auditModel());
    m_savedIndicator->follow(doc);
    m_chartDock->setWidget(workspace.chartPanel());

    connect(&workspace, &Workspace::errorOccurred, this, &MainWindow::showError);
    connect(doc, &Document::selectionChanged, this, [this] {
        onCurrentCellChanged();
        updateStatus();
        updateTitle();
        saveSelection();
    });
    connect(doc, &Document::displayChanged, this, &MainWindow::updateStatus);
    connect(doc, &Document::figuresChanged, this, &MainWindow::updateStatus);
    connect(doc, &Document::lockChanged, this, &MainWindow::updateStatus);
    connect(doc, &Document::errorOccurred, this, &MainWindow::showError);

    createContextMenus(workspace);
    m_editActions->update();
    ChartPanel *chartPanel = workspace.chartPanel();
    connect(m_ui->tabs, &QTabWidget::currentChanged, chartPanel, [chartPanel](int index) {
        const Tab tab = static_cast<Tab>(index);
        if (tab == Tab::Economy || tab == Tab::Volumes || tab == Tab::Indicators)
            chartPanel->setSource(tab == Tab::Economy   ? ChartPanel::Source::Economy
                                  : tab == Tab::Volumes ? ChartPanel::Source::Volumes
                                                        : ChartPanel::Source::Indicators);
    });
}

Core::Result<void> MainWindow::select(const Models::Selection &selection)
{
    if (!document())
        return Core::fail(Core::ErrorCode::MissingInput, "ingen databas är öppen");
    if (auto ok = document()->select(selection); !ok)
        return ok;
    const QModelIndex index = m_navigatorModel->indexOf(document()->store(), selection);
    if (index.isValid()) {
        // The tree shows the selection; moving its current item must not select again.
        m_following = true;
        m_navigator->setCurrentIndex(index);
        m_navigator->scrollTo(index);
        m_following = false;
    }
    return {};
}

void MainWindow::onCurrentCellChanged()
{
    const QModelIndex current = economicView()->currentIndex();
    const qint64 id = current.isValid() ? current.data(EconomicTableModel::VerksamhetIdRole).toLongLong() : 0;
    const std::optional<Storage::Id> verksamhet = id ? std::optional<Storage::Id>(id) : std::nullopt;
    commentPanel()->setVerksamhet(verksamhet);
    m_auditPanel->setRow(verksamhet);
    if (comparison()) {
        QStringList names; // the row and its ancestors: a child of Barn och unga shows Barn och unga's key figures
        for (auto *v = verksamhet ? document()->verksamhet(*verksamhet) : nullptr; v;
             v = v->parentId ? document()->verksamhet(*v->parentId) : nullptr)
            names << QString::fromStdString(v->name);
        comparison()->setContext(QString::fromStdString(document()->selection().kommun), names, document()->selection().year);
    }
    const Storage::Verksamhet *row = verksamhet ? document()->verksamhet(*verksamhet) : nullptr;
    m_auditDock->setWindowTitle(m_auditPanel->title(row ? QString::fromStdString(row->name) : QString()));
}

QString MainWindow::statusText() const
{
    return m_budgetDeviationLabel->text() + QLatin1Char(' ') + m_forecastDeviationLabel->text();
}

void MainWindow::updateStatus()
{
    if (!document() || !document()->hasSelection()) {
        m_budgetDeviationLabel->clear();
        m_forecastDeviationLabel->clear();
        m_lockLabel->clear();
        m_lockIconLabel->clear();
        return;
    }
    const Core::EconomicValues &total = document()->economicTable().total.values;
    const Core::AmountUnit unit = document()->display().unit;
    const QString unitText = m_unitBox->currentText(); // kr, tkr, mnkr in the UI's language
    auto amount = [&](std::optional<Core::Money> value) {
        if (!value)
            return tr("saknas");
        const QString text = Models::displayAmount(*value, unit) + QChar(0x00A0) + unitText;
        return value->isNegative() ? QStringLiteral("<span style=\"color:#c01c28\">%1</span>").arg(text) : text;
    };
    m_budgetDeviationLabel->setText(tr("Budgetavvikelse: %1").arg(amount(total.budgetDeviation)));
    m_forecastDeviationLabel->setText(tr("Prognosavvikelse: %1").arg(amount(total.forecastDeviation)));
    const bool locked = document()->isPeriodLocked();
    // A drawn padlock: the 🔒 character is missing from the usual fonts.
    m_lockIconLabel->setPixmap(lockIcon(locked).pixmap(QSize(16, 16)));
    m_lockLabel->setText(locked ? tr("Perioden är låst") : tr("Perioden är öppen"));
    m_lockAction->setEnabled(!locked);
    m_unlockAction->setEnabled(locked);
}

void MainWindow::updateTitle()
{
    if (!document()) {
        setWindowTitle(tr("Tertial"));
        m_ui->titleLabel->setText(tr("Ingen databas öppen: Arkiv → Öppna databas"));
        return;
    }
    const QString shownName = Storage::isServerLocation(databasePath().toStdString())
                                  ? QString::fromStdString(Storage::displayLocation(databasePath().toStdString()))
                                  : QFileInfo(databasePath()).fileName();
    setWindowTitle(document()->store().readOnlyReason().empty() ? tr("%1 – Tertial").arg(shownName)
                                                                : tr("%1 [bara läsning] – Tertial").arg(shownName));
    if (!document()->hasSelection()) {
        m_ui->titleLabel->setText(tr("Välj nämnd, år och period till vänster"));
        return;
    }
    const Models::Selection &s = document()->selection();
    QString kommun = QString::fromStdString(s.kommun);
    QString namnd;
    for (int k = 0; k < m_navigatorModel->rowCount(); ++k) {
        const QModelIndex kommunIndex = m_navigatorModel->index(k, 0);
        if (kommunIndex.data(Models::NavigatorModel::KommunRole).toString() != kommun)
            continue;
        kommun = kommunIndex.data().toString();
        for (int n = 0; n < m_navigatorModel->rowCount(kommunIndex); ++n) {
            const QModelIndex namndIndex = m_navigatorModel->index(n, 0, kommunIndex);
            if (namndIndex.data(Models::NavigatorModel::NamndIdRole).toLongLong() == s.namndId)
                namnd = namndIndex.data().toString();
        }
    }
    m_ui->titleLabel->setText(tr("%1 · %2 · %3 · %4")
                                  .arg(kommun, namnd)
                                  .arg(s.year)
                                  .arg(Models::NavigatorModel::periodLabel(s.period)));
}

bool MainWindow::showTab(const QString &name)
{
    for (const TabInfo &info : kTabs) {
        const int i = static_cast<int>(info.tab);
        if (name.compare(QString::fromLatin1(info.key), Qt::CaseInsensitive) == 0
            || name.compare(m_ui->tabs->tabText(i), Qt::CaseInsensitive) == 0) {
            showTab(info.tab);
            return true;
        }
    }
    return false;
}

void MainWindow::showTab(Tab tab)
{
    m_ui->tabs->setCurrentIndex(static_cast<int>(tab));
}

void MainWindow::askOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Öppna databas"), QString(),
                                                      tr("Tertial-databaser (*.tertial);;Alla filer (*)"));
    if (path.isEmpty())
        return;
    if (auto ok = openDatabase(path); !ok)
        QMessageBox::warning(this, tr("Kunde inte öppna"), QString::fromStdString(ok.error().message));
}

void MainWindow::askCreate()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Ny databas"), QString(), tr("Tertial-databaser (*.tertial)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".tertial")))
        path += QStringLiteral(".tertial");
    if (auto ok = openDatabase(path, true); !ok)
        QMessageBox::warning(this, tr("Kunde inte skapa"), QString::fromStdString(ok.error().message));
}

QString MainWindow::recentKey(const QString &path) const
{
    // A server is remembered by its URI, never with a password in it.
    if (Storage::isServerLocation(path.toStdString()))
        return QString::fromStdString(Storage::displayLocation(path.toStdString()));
    return QFileInfo(path).absoluteFilePath();
}

void MainWindow::askConnect()
{
    QStringList servers;
    for (const QString &recent : QSettings().value(QStringLiteral("recentFiles")).toStringList())
        if (Storage::isServerLocation(recent.toStdString()))
            servers.append(recent);
    ServerConnectDialog dialog(servers, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto ok = openDatabase(dialog.uri()); !ok)
        QMessageBox::warning(this, tr("Kunde inte ansluta"), QString::fromStdString(ok.error().message));
}

void MainWindow::startLive()
{
    auto *server = dynamic_cast<Storage::PgStore *>(&document()->store());
    if (!server) {
        m_serverLabel->clear();
        m_serverLabel->hide();
        return;
    }
    document()->startLiveUpdates();
    m_serverLabel->show();
    m_serverLabel->setText(serverStatusText());
    if (Models::LiveUpdates *live = document()->liveUpdates()) {
        connect(live, &Models::LiveUpdates::connectionChanged, this, [this](bool connected, const QString &message) {
            m_serverLabel->setText(serverStatusText());
            if (!connected)
                showError(tr("Förbindelsen med servern bröts: %1").arg(message));
            else
                statusBar()->showMessage(tr("Ansluten till servern igen"), 5000);
        });
        // Registers follow too, except a tab whose editor is open (the next refresh brings it).
        connect(live, &Models::LiveUpdates::refreshed, this, [this] {
            // An open editor has the focus inside its view.
            const QWidget *focus = QApplication::focusWidget();
            for (const Workspace::Register &r : m_workspace->registers())
                if (focus && focus != r.view && r.view->isAncestorOf(focus))
                    return;
            m_workspace->refreshRegisters();
        });
    }
    connect(document(), &Document::pendingChanged, this, [this] { m_serverLabel->setText(serverStatusText()); });
}

QString MainWindow::serverStatusText() const
{
    if (!document())
        return {};
    auto *server = dynamic_cast<Storage::PgStore *>(&document()->store());
    if (!server)
        return {};
    const Storage::PgStore::Session &session = server->session();
    QString roles = QString::fromStdString(session.roles);
    roles.replace(QStringLiteral("tertial_"), QString());
    if (roles.isEmpty())
        roles = tr("ingen Tertial-roll");
    const Models::LiveUpdates *live = document()->liveUpdates();
    if (live && !live->isConnected()) {
        const int waiting = document()->pendingCount();
        return waiting > 0 ? tr("⚠ Servern svarar inte – försöker igen; %1 ändringar väntar").arg(waiting)
                           : tr("⚠ Servern svarar inte – försöker igen");
    }
    return tr("Server %1 · %2 · %3")
        .arg(QString::fromStdString(session.server), QString::fromStdString(session.user), roles);
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = recentKey(path);
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] {
            if (auto ok = openDatabase(path); !ok)
                showError(QString::fromStdString(ok.error().message));
        });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::saveSelection()
{
    if (!document() || !document()->hasSelection() || !m_persistent)
        return;
    const Models::Selection &s = document()->selection();
    QSettings settings;
    settings.beginGroup(QStringLiteral("lastSelection"));
    settings.setValue(QString::fromUtf8(recentKey(databasePath()).toUtf8().toBase64()),
                      QStringList{QString::fromStdString(s.kommun), QString::number(s.namndId), QString::number(s.year),
                                  QString::fromStdString(s.period)});
}

QString MainWindow::demoDatabaseSource()
{
    const QString overridden = qEnvironmentVariable("TERTIAL_DEMO_DATABASE");
    if (!overridden.isEmpty())
        return overridden;
    // share/tertial/demo.tertial, installed or in the build tree.
    return QString::fromStdU16String(Platform::dataPath("demo.tertial").u16string());
}

Core::Result<void> MainWindow::openDemoDatabase()
{
    const QString source = demoDatabaseSource();
    if (source.isEmpty() || !QFile::exists(source))
        return Core::fail(Core::ErrorCode::NotFound,
                          tr("Demodatabasen finns inte (%1); bygg projektet eller sätt TERTIAL_DEMO_DATABASE")
                              .arg(source)
                              .toStdString());
    // A copy in a writable place: the build tree's file stays pristine.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString target = QDir(folder).filePath(QStringLiteral("demo.tertial"));
    if (!QFile::exists(target)) {
        // Through SQLite (a byte copy would miss what the source's -wal holds).
        if (auto copied = Storage::copyDatabaseFile(source.toStdString(), target.toStdString()); !copied)
            return Core::fail(Core::ErrorCode::Io, tr("Kunde inte kopiera demodatabasen till %1: %2")
                                                       .arg(target, QString::fromStdString(copied.error().message))
                                                       .toStdString());
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return openDatabase(target);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_layoutChosen, true))
        return;
    // A small window (1366×768) leaves the table the room the periods' names and the comment
    // do not need: a narrower Urval, lower Kommentar and Ändringslogg.
    if (width() < 1500)
        resizeDocks({m_navigatorDock}, {185}, Qt::Horizontal);
    if (height() < 900)
        resizeDocks({m_commentDock}, {190}, Qt::Vertical);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_layoutChosen = restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    if (!recent.isEmpty() && (QFile::exists(recent.first()) || Storage::isServerLocation(recent.first().toStdString()))) {
        if (auto ok = openDatabase(recent.first()); ok)
            return;
    }
    if (auto ok = openDemoDatabase(); !ok)
        showError(QString::fromStdString(ok.error().message));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_persistent) {
        event->accept();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    saveSelection();
    event->accept();
}

} // namespace Tertial::Gui
