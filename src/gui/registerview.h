// SPDX-License-Identifier: GPL-3.0-or-later
// A register tab's table: edits like the Ekonomi tab, add/remove rows, a status set by hand.
#pragma once

#include <QTableView>

class QAction;

namespace Tertial::Models {
class Document;
class RegisterTableModel;
} // namespace Tertial::Models

namespace Tertial::Gui {

class RegisterView final : public QTableView
{
    Q_OBJECT
public:
    // `indicators`: the Indikatorer tab, whose status column can be set by hand.
    RegisterView(Models::Document *document, Models::RegisterTableModel *model, bool indicators,
                 QWidget *parent = nullptr);

    // The view under a row of buttons for its actions; the panel owns the view.
    QWidget *createPanel();

    void addRow();
    void removeCurrentRow();
    // Opens the dialog that asks for a status and a reason (Indikatorer only).
    void overrideStatus();
    void useComputedStatus();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateActions();
    std::optional<qint64> currentIndicator() const;

    Models::Document *m_document;
    Models::RegisterTableModel *m_model;
    bool m_indicators;
    QAction *m_addAction;
    QAction *m_removeAction;
    QAction *m_overrideAction = nullptr;
    QAction *m_computedAction = nullptr;
};

} // namespace Tertial::Gui
