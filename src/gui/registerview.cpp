// SPDX-License-Identifier: GPL-3.0-or-later
// A register tab's table: typed edits go to the model, a refusal reopens the editor with its message.
#include "registerview.h"

#include "models/document.h"
#include "models/registertablemodel.h"
#include "models/registertables.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolBar>
#include <QToolTip>
#include <QVBoxLayout>

namespace Tertial::Gui {

namespace {

// Hands typed text to the model and, when it is refused, says so in place (the document has the
// message) and opens the editor again with what was typed, so it can be corrected.
class RegisterDelegate final : public QStyledItemDelegate
{
public:
    RegisterDelegate(Models::Document *document, QTableView *view)
        : QStyledItemDelegate(view), m_document(document), m_view(view)
    {
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            edit->setText(index.data(Qt::EditRole).toString());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *edit = qobject_cast<QLineEdit *>(editor);
        if (!edit)
            return;
        const QString text = edit->text();
        if (text == index.data(Qt::EditRole).toString())
            return; // unchanged: no undo step, no log row
        if (model->setData(index, text, Qt::EditRole))
            return;
        const QPersistentModelIndex persistent(index);
        const QString message = m_document->lastError();
        QTableView *view = m_view;
        QTimer::singleShot(0, view, [view, persistent, text, message] {
            if (!persistent.isValid())
                return;
            view->setCurrentIndex(persistent);
            view->edit(persistent);
            if (auto *reopened = qobject_cast<QLineEdit *>(view->indexWidget(persistent)))
                reopened->setText(text);
            const QRect rect = view->visualRect(persistent);
            QToolTip::showText(view->viewport()->mapToGlobal(rect.bottomLeft()), message, view->viewport(), rect, 8000);
        });
    }

private:
    Models::Document *m_document;
    QTableView *m_view;
};

} // namespace

RegisterView::RegisterView(Models::Document *document, Models::RegisterTableModel *model, bool indicators,
                           QWidget *parent)
    : QTableView(parent), m_document(document), m_model(model), m_indicators(indicators)
{
    setModel(model);
    setItemDelegate(new RegisterDelegate(document, this));
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setWordWrap(true);
    horizontalHeader()->setMinimumSectionSize(64);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    m_addAction = new QAction(tr("Lägg till rad"), this);
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_addAction, &QAction::triggered, this, &RegisterView::addRow);
    m_removeAction = new QAction(tr("Ta bort rad"), this);
    m_removeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAction, &QAction::triggered, this, &RegisterView::removeCurrentRow);
    addAction(m_addAction);
    addAction(m_removeAction);
    if (m_indicators) {
        m_overrideAction = new QAction(tr("Sätt status för hand…"), this);
        connect(m_overrideAction, &QAction::triggered, this, &RegisterView::overrideStatus);
        m_computedAction = new QAction(tr("Använd beräknad status"), this);
        connect(m_computedAction, &QAction::triggered, this, &RegisterView::useComputedStatus);
        addAction(m_overrideAction);
        addAction(m_computedAction);
    }
    connect(model, &QAbstractItemModel::modelReset, this, &RegisterView::updateActions);
    updateActions();
}

QWidget *RegisterView::createPanel()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QToolBar(panel);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : actions())
        bar->addAction(action);
    layout->addWidget(bar);
    layout->addWidget(this);
    return panel;
}

void RegisterView::updateActions()
{
    m_addAction->setVisible(m_model->canAddRows());
    m_removeAction->setVisible(m_model->canRemoveRows());
}

void RegisterView::addRow()
{
    if (!m_model->addRegisterRow())
        QToolTip::showText(mapToGlobal(QPoint(0, 0)), m_document->lastError(), this);
}

void RegisterView::removeCurrentRow()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    if (!m_model->removeRegisterRow(current.row()))
        QToolTip::showText(viewport()->mapToGlobal(visualRect(current).bottomLeft()), m_document->lastError(), this);
}

std::optional<qint64> RegisterView::currentIndicator() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QVariant key = m_model->index(current.row(), 0).data(Models::RegisterTableModel::KeyRole);
    return key.isValid() ? std::optional<qint64>(key.toLongLong()) : std::nullopt;
}

void RegisterView::overrideStatus()
{
    const auto indicator = currentIndicator();
    if (!indicator) {
        QToolTip::showText(mapToGlobal(QPoint(0, 0)), tr("välj en indikator först"), this);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Sätt status för hand"));
    auto *form = new QFormLayout(&dialog);
    auto *status = new QComboBox(&dialog);
    for (const Core::IndicatorStatus choice : Models::RegisterTables::statusOverrideChoices())
        status->addItem(Models::RegisterTables::statusText(choice), static_cast<int>(choice));
    auto *reason = new QPlainTextEdit(&dialog);
    reason->setPlaceholderText(tr("Varför gäller inte den beräknade statusen? (krävs)"));
    form->addRow(tr("Status"), status);
    form->addRow(tr("Skäl"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(reason, &QPlainTextEdit::textChanged, &dialog, [reason, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason->toPlainText().trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Storage::StatusOverride override_;
    override_.status = static_cast<Core::IndicatorStatus>(status->currentData().toInt());
    override_.reason = reason->toPlainText().trimmed().toStdString();
    if (auto ok = m_document->editStatusOverride(*indicator, override_); !ok)
        m_document->reportError(QString::fromStdString(ok.error().message));
}

void RegisterView::useComputedStatus()
{
    if (const auto indicator = currentIndicator())
        if (auto ok = m_document->editStatusOverride(*indicator, std::nullopt); !ok)
            m_document->reportError(QString::fromStdString(ok.error().message));
}

void RegisterView::keyPressEvent(QKeyEvent *event)
{
    // Delete clears the cell, as in Excel (an empty cell is a removed value).
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && event->modifiers() == Qt::NoModifier &&
        state() != QAbstractItemView::EditingState) {
        const QModelIndex current = currentIndex();
        if (current.isValid() && (current.flags() & Qt::ItemIsEditable) &&
            !current.data(Qt::EditRole).toString().isEmpty()) {
            if (!m_model->setData(current, QString(), Qt::EditRole))
                QToolTip::showText(viewport()->mapToGlobal(visualRect(current).bottomLeft()), m_document->lastError(),
                                   this);
        }
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace Tertial::Gui
