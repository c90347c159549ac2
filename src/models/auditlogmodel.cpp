// SPDX-License-Identifier: GPL-3.0-or-later
// The Ändringslogg model.
#include "auditlogmodel.h"

#include "amounttext.h"
#include "document.h"
#include "economictablemodel.h"

#include "core/svparse.h"

#include <QCoreApplication>
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

QString AuditLogModel::measureLabel(Storage::Measure measure)
{
    switch (measure) {
    case Storage::Measure::Budget: return tr("Budget helår");
    case Storage::Measure::BudgetIncome: return tr("Budget intäkter helår");
    case Storage::Measure::BudgetCost: return tr("Budget kostnader helår");
    case Storage::Measure::BudgetPeriod: return tr("Periodens budget");
    case Storage::Measure::ActualIncome: return tr("Utfall intäkter");
    case Storage::Measure::ActualCost: return tr("Utfall kostnader");
    case Storage::Measure::ActualNet: return tr("Utfall netto");
    case Storage::Measure::Forecast: return tr("Prognos");
    }
    return {};
}

namespace {

// The stored figure, if the text is one (öre as an integer).
std::optional<Core::Money> figureOf(const Storage::AuditEntry &entry, const std::optional<std::string> &value)
{
    if (entry.entity != "figur" || !value)
        return std::nullopt;
    auto ore = Core::parseInteger(*value);
    return ore ? std::optional(Core::Money::fromOre(*ore)) : std::nullopt;
}

QString monthName(int month)
{
    static const char *const names[] = {QT_TRANSLATE_NOOP("Tertial::Models::AuditLogModel", "jan"),
                                        QT_TRANSLATE_NOOP("Tertial::Models::AuditLogModel", "feb"),
                                        QT_TRANSLATE_NOOP("Tertial::Models::AuditLogModel", "mar"),
                                        QT_TRANSLATE_NOOP("Tertial::Models::AuditLogModel", "apr"),
                                        QT_TRANSLATE_NOOP("Tertial::Models::AuditLogModel", "maj"),
                                        QT_TRANSLATE_NOOP("Tertial::Models::AuditLogModel", "jun"),
                                        QT_TRANSLATE_NOOP("Tertial::Models::AuditLogModel", "jul"),
                                        QT_TRANSLATE_NOOP("Tertial::Models::AuditLogModel", "aug"),
                                        QT_TRANSLATE_NOOP("Tertial::Models::AuditLogModel", "sep"),
                                        QT_TRANSLATE_NOOP("Tertial::Models::AuditLogModel", "okt"),
                                        QT_TRANSLATE_NOOP("Tertial::Models::AuditLogModel", "nov"),
                                        QT_TRANSLATE_NOOP("Tertial::Models::AuditLogModel", "dec")};
    return month >= 1 && month <= 12 ? QCoreApplication::translate("Tertial::Models::AuditLogModel", names[month - 1])
                                     : QString();
}

} // namespace

QString AuditLogModel::whatText(const Storage::AuditEntry &entry) const
{
    const QString stored = QString::fromStdString(entry.what);
    if (entry.entity != "figur")
        return stored;
    // "<path> <year[-month]> <measure code>[ <kontoslag>]" (storage/figuretext.cpp): the path
    // may hold spaces, so read from the right.
    const QStringList words = stored.split(QLatin1Char(' '));
    for (qsizetype i = words.size() - 1; i >= 2; --i) {
        const auto measure = Storage::measureFromCode(words[i].toStdString());
        if (!measure)
            continue;
        const QStringList period = words[i - 1].split(QLatin1Char('-'));
        QString when = period.value(0);
        if (period.size() == 2)
            when = tr("%1 %2").arg(monthName(period[1].toInt()), period[0]);
        QString path = words.mid(0, i - 1).join(QLatin1Char(' '));
        // The row's own name; the whole path is in the tooltip.
        const QString name = path.section(QStringLiteral(" > "), -1);
        QString text = tr("%1 · %2 · %3").arg(name, when, measureLabel(*measure));
        if (i + 1 < words.size())
            text += QLatin1Char(' ') + words.mid(i + 1).join(QLatin1Char(' ')); // the kontoslag
        return text;
    }
    return stored;
}

QString AuditLogModel::valueText(const Storage::AuditEntry &entry, const std::optional<std::string> &value) const
{
    if (!value)
        return tr("(tomt)");
    if (const auto amount = figureOf(entry, value)) {
        const Core::AmountUnit unit = m_document->display().unit;
        // Rounded as in the table, unless that would show the same before and after.
        const auto other = figureOf(entry, &value == &entry.oldValue ? entry.newValue : entry.oldValue);
        const bool hidden = other && *other != *amount && displayAmount(*other, unit) == displayAmount(*amount, unit);
        return (hidden ? displayAmountExact(*amount, unit) : displayAmount(*amount, unit)) + QChar(0x00A0) + unitName(unit);
    }
    if (entry.entity == "prognosmetod")
        if (const auto method = Storage::forecastMethodFromCode(*value))
            return EconomicTableModel::methodLabel(*method);
    return QString::fromStdString(*value);
}

QString AuditLogModel::exactValueText(const std::optional<std::string> &value) const
{
    if (!value)
        return tr("(tomt)");
    if (auto ore = Core::parseInteger(*value))
        return displayAmountExact(Core::Money::fromOre(*ore), Core::AmountUnit::Kronor) + QChar(0x00A0)
               + unitName(Core::AmountUnit::Kronor);
    return QString::fromStdString(*value);
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole))
        return {};
    const Storage::AuditEntry &entry = m_entries[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole) {
        const bool figure = entry.entity == "figur" && (column == Column::Old || column == Column::New);
        return QVariant::fromValue((figure ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        // The whole text, and a figure exactly in kronor and öre.
        switch (column) {
        case Column::What: return QString::fromStdString(entry.what);
        case Column::Old:
            return entry.entity == "figur" ? exactValueText(entry.oldValue) : valueText(entry, entry.oldValue);
        case Column::New:
            return entry.entity == "figur" ? exactValueText(entry.newValue) : valueText(entry, entry.newValue);
        default: break;
        }
    }
    switch (column) {
    case Column::At: {
        const QDateTime at = QDateTime::fromString(QString::fromStdString(entry.at), Qt::ISODate);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString::fromStdString(entry.at);
    }
    case Column::Who: return QString::fromStdString(entry.who);
    case Column::What: return whatText(entry);
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
