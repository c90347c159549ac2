// SPDX-License-Identifier: GPL-3.0-or-later
// The Ändringslogg dock's content: the log of the selected row, or with "Hela nämnden" the
// whole nämnd's, newest first.
#pragma once

#include "storage/records.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QTableView;

namespace Tertial::Models {
class AuditLogModel;
}

namespace Tertial::Gui {

class AuditPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPanel(QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    void setModel(Models::AuditLogModel *model); // nullptr: none
    // The row selected in a table (none: Summa or nothing): its log unless the whole nämnd's
    // is asked for.
    void setRow(std::optional<Storage::Id> verksamhetId);
    bool wholeNamnd() const;
    void setWholeNamnd(bool whole);
    // "Ändringslogg: Barn och unga" or "Ändringslogg: hela nämnden", for the dock's title.
    QString title(const QString &rowName) const;

signals:
    void scopeChanged();

private:
    void fitColumns();
    void apply();

    QCheckBox *m_whole;
    QTableView *m_view;
    Models::AuditLogModel *m_model = nullptr;
    std::optional<Storage::Id> m_row;
};

} // namespace Tertial::Gui
