// SPDX-License-Identifier: GPL-3.0-or-later
// The Ändringslogg: who changed what, when, from what to what and why.
#pragma once

#include "storage/measure.h"
#include "storage/records.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace Tertial::Models {

class Document;

class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { At, Who, What, Old, New, Reason, Count };

    explicit AuditLogModel(Document *document, QObject *parent = nullptr);

    // The verksamhet whose log is shown; none = the whole nämnd. Newest first.
    void setVerksamhet(std::optional<Storage::Id> verksamhetId);
    void reload();
    void scheduleReload(); // a reload when control returns to the event loop (coalesced)
    // Adds the entries written since the last read at the top (a full reload when the nämnd
    // changed): after an edit only the new rows are read, however long the log.
    void appendNew();
    void scheduleAppend(); // appendNew when control returns to the event loop (coalesced)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A measure's name as the Ekonomi table's header writes it ("Utfall netto").
    static QString measureLabel(Storage::Measure measure);
    // What the entry is about, readable: a figure's path, period and measure code become
    // "Jourhem · okt 2017 · Utfall netto"; other entries as stored.
    QString whatText(const Storage::AuditEntry &entry) const;

private:
    // Before or after as the table shows it: a figure in the display unit with its grouping and
    // unit ("−112 169 tkr"), exactly when the rounding would hide the change; a forecast method
    // by its name.
    QString valueText(const Storage::AuditEntry &entry, const std::optional<std::string> &value) const;
    QString exactValueText(const std::optional<std::string> &value) const; // for the tooltip

    Document *m_document;
    std::optional<Storage::Id> m_verksamhetId;
    std::vector<Storage::AuditEntry> m_entries; // newest first
    Storage::Id m_namndId = 0; // the nämnd whose log m_entries holds
    Storage::Id m_lastId = 0;  // the newest entry read, shown or not
    bool m_reloadPending = false;
    bool m_appendPending = false;
};

} // namespace Tertial::Models
