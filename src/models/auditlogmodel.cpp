// SPDX-License-Identifier: GPL-3.0-or-later
// The Ändringslogg model.
#include "auditlogmodel.h"

#include "amounttext.h"
#include "document.h"

#include "core/svparse.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <iterator>

namespace Tertial::Models {

AuditLogModel::AuditLogModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    // An edit must not wait for the log query: read the new entries once the event loop is free
    // again, once for however many changes came in the meantime. A new selection emits this too;
    // the log is the nämnd's, so only another nämnd reads it anew.
    connect(document, &Document::auditLogChanged, this, &AuditLogModel::scheduleAppend);
    // Same entries, other unit: only the texts change.
    connect(document, &Document::displayChanged, this, [this] {
        if (!m_entries.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
    reload();
}

void AuditLogModel::setVerksamhet(std::optional<Storage::Id> verksamhetId)
{
    if (verksamhetId == m_verksamhetId)
        return;
    m_verksamhetId = verksamhetId;
    reload();
}

void AuditLogModel::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, &AuditLogModel::reload);
}

void AuditLogModel::scheduleAppend()
{
    if (m_appendPending)
        return;
    m_appendPending = true;
    QTimer::singleShot(0, this, &AuditLogModel::appendNew);
}

void AuditLogModel::reload()
{
    m_reloadPending = false;
    beginResetModel();
    m_entries.clear();
    m_namndId = m_document->hasSelection() ? m_document->selection().namndId : 0;
    m_lastId = 0;
    if (m_namndId != 0) {
        auto entries = m_document->auditLog(m_verksamhetId);
        if (entries) {
            m_entries = std::move(*entries);
            std::reverse(m_entries.begin(), m_entries.end());
            if (!m_entries.empty())
                m_lastId = m_entries.front().id;
        } else {
            m_document->reportError(QString::fromStdString(entries.error().message));
        }
    }
    endResetModel();
}

void AuditLogModel::appendNew()
{
    m_appendPending = false;
    const Storage::Id namndId = m_document->hasSelection() ? m_document->selection().namndId : 0;
    if (namndId != m_namndId || namndId == 0) {
        reload();
        return;
    }
    auto entries = m_document->store().auditLogOfNamnd(namndId, m_lastId);
    if (!entries) {
        m_document->reportError(QString::fromStdString(entries.error().message));
        return;
    }
    if (entries->empty())
        return;
    m_lastId = entries->back().id;
    // Oldest first from the store; the model shows the newest first.
    std::vector<Storage::AuditEntry> added;
    for (auto it = entries->rbegin(); it != entries->rend(); ++it)
        if (!m_verksamhetId || it->verksamhetId == m_verksamhetId)
            added.push_back(std::move(*it));
    if (added.empty())
        return;
    beginInsertRows({}, 0, static_cast<int>(added.size()) - 1);
    m_entries.insert(m_entries.begin(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
    endInsertRows();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QString AuditLogModel::valueText(const Storage::AuditEntry &entry, const std::optional<std::string> &value) const
{
    if (!value)
        return tr("(tomt)");
    // Figures are logged as integer öre: show them in the display unit, exactly.
    if (entry.entity == "figur") {
        auto ore = Core::parseInteger(*value);
        if (ore)
            return editAmount(Core::Money::fromOre(*ore), m_document->display().unit);
    }
    return QString::fromStdString(*value);
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Storage::AuditEntry &entry = m_entries[static_cast<std::size_t>(index.row())];
    switch (static_cast<Column>(index.column())) {
    case Column::At: {
        const QDateTime at = QDateTime::fromString(QString::fromStdString(entry.at), Qt::ISODate);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString::fromStdString(entry.at);
    }
    case Column::Who: return QString::fromStdString(entry.who);
    case Column::What: return QString::fromStdString(entry.what);
    case Column::Old: return valueText(entry, entry.oldValue);
    case Column::New: return valueText(entry, entry.newValue);
    case Column::Reason: return QString::fromStdString(entry.reason);
    case Column::Count: break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::At: return tr("När");
    case Column::Who: return tr("Vem");
    case Column::What: return tr("Vad");
    case Column::Old: return tr("Före");
    case Column::New: return tr("Efter");
    case Column::Reason: return tr("Orsak");
    case Column::Count: break;
    }
    return {};
}

} // namespace Tertial::Models
