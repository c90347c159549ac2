// SPDX-License-Identifier: GPL-3.0-or-later
// Says, at the cell, why a locked cell does not take what was typed (or Delete).
#pragma once

#include <QObject>

class QAbstractItemView;

namespace Tertial::Models {
class Document;
class EconomicTableModel;
} // namespace Tertial::Models

namespace Tertial::Gui {

// An event filter on the Ekonomi view: a key that would edit the current cell (text, Delete,
// Backspace, F2) or a double click, on a cell its period's lock keeps read-only, shows the
// lock (which period, who locked it and why) in a balloon at the cell and in the status bar.
class LockedCellNotice final : public QObject
{
    Q_OBJECT
public:
    LockedCellNotice(QAbstractItemView *view, Models::EconomicTableModel *model, Models::Document *document);

    // The notice for the cell, or empty when it is not a locked figure.
    QString noticeFor(const QModelIndex &index) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool show(const QModelIndex &index);

    QAbstractItemView *m_view;
    Models::EconomicTableModel *m_model;
    Models::Document *m_document;
};

} // namespace Tertial::Gui
