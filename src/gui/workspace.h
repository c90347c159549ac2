// SPDX-License-Identifier: GPL-3.0-or-later
// One open database in the workbench: its document, models, views and the docks' contents.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <vector>

class QAction;
class QTableView;
class QWidget;

namespace Tertial::Models {
class AuditLogModel;
class Document;
class EconomicTableModel;
class RegisterTableModel;
} // namespace Tertial::Models

namespace Tertial::Gui {

class ChartPanel;
class CommentPanel;
class ComparisonWorkbench;
class EconomicView;
class RegisterView;

// Everything that belongs to one database (as Tiled keeps one editor state per document): the
// Document with its store connection and undo stack, the table models, the views of the tabs, the
// comment and chart panels and the Kolada comparison (its own connection to the same file). The
// window keeps the frame: tabs, docks, menus, status bar. Opening another database builds a new
// workspace, the window places its widgets, then drops the old one: the old views, models and
// connections go in one step, views first, the document (and its store) last.
class Workspace final : public QObject
{
    Q_OBJECT
public:
    enum class RegisterKind { Volumes, Indicators, Actions, Investments, StateGrants, Personnel };
    struct Register
    {
        RegisterKind kind;
        Models::RegisterTableModel *model = nullptr;
        RegisterView *view = nullptr;
        QWidget *panel = nullptr; // the view with its toolbar, for the tab
    };

    // `path` is the file or server URI the document's store was opened from (the comparison opens
    // its own connection to it). The widgets are made without a parent, for the window to place.
    Workspace(std::unique_ptr<Models::Document> document, const QString &path);
    ~Workspace() override;

    Models::Document &document() const { return *m_document; }
    QString path() const { return m_path; }

    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    Models::EconomicTableModel *economicModel() const { return m_economicModel.get(); }
    EconomicView *economicView() const { return m_economicView; }
    QWidget *economyPage() const { return m_economyPage; } // Verksamheter and Kontoslag
    const std::vector<Register> &registers() const { return m_registers; }
    CommentPanel *commentPanel() const { return m_commentPanel; }
    ChartPanel *chartPanel() const { return m_chartPanel; }
    Models::AuditLogModel *auditModel() const { return m_auditModel.get(); }
    // Null when the Kolada tables could not be opened (comparisonError() says why).
    ComparisonWorkbench *comparison() const { return m_comparison.get(); }
    QString comparisonError() const { return m_comparisonError; }

    // Fills the register tabs for the document's selection (done on every change of selection,
    // display or registers; the window calls it for a live refresh).
    void refreshRegisters();

signals:
    void errorOccurred(const QString &message);

private:
    std::unique_ptr<Models::Document> m_document;
    QString m_path;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    std::unique_ptr<Models::EconomicTableModel> m_economicModel;
    std::vector<std::unique_ptr<Models::RegisterTableModel>> m_registerModels;
    QPointer<EconomicView> m_economicView;
    QPointer<QWidget> m_economyPage;
    std::vector<Register> m_registers;
    std::vector<QPointer<QWidget>> m_registerPanels;
    QPointer<CommentPanel> m_commentPanel;
    QPointer<ChartPanel> m_chartPanel;
    std::unique_ptr<Models::AuditLogModel> m_auditModel;
    std::unique_ptr<ComparisonWorkbench> m_comparison;
    QString m_comparisonError;
};

} // namespace Tertial::Gui
