// SPDX-License-Identifier: GPL-3.0-or-later
// The document on a shared database: row versions behind every edit, conflicts shown at their
// cells, other clients' changes read in without disturbing the cell being edited, and edits
// kept while the server is unreachable.
#include "document.h"

#include "liveupdates.h"

#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace Tertial::Models {

using Core::ErrorCode;
using Core::Money;
using Core::Result;
using Storage::Id;

std::int64_t Document::versionOf(const Storage::FigureKey &key) const
{
    auto it = m_versions.find(slotOf(key));
    return it == m_versions.end() ? 0 : it->second;
}

bool Document::isPending(const Storage::FigureKey &key) const
{
    return m_pendingSlots.contains(slotOf(key));
}

const FigureConflict *Document::conflictAt(const Storage::FigureKey &key) const
{
    for (const FigureConflict &conflict : m_conflicts)
        for (const Storage::FigureKey &cell : conflict.cells)
            if (slotOf(cell) == slotOf(key))
                return &conflict;
    return nullptr;
}

void Document::showFigures(std::span<const Storage::FigureChange> changes, std::int64_t version, bool pending)
{
    QList<qint64> touched;
    bool shown = false;
    for (const Storage::FigureChange &change : changes) {
        if (!change.key.kontoslag.empty())
            continue;
        const Slot slot = slotOf(change.key);
        if (change.amount)
            m_figures[slot] = *change.amount;
        else
            m_figures.erase(slot);
        if (pending)
            m_pendingSlots.insert(slot); // the version stays the one the edit is based on
        else if (version > 0)
            m_versions[slot] = change.amount ? version : 0;
        touched.append(change.key.verksamhetId);
        shown = shown || change.key.year == m_selection.year || change.key.year == m_selection.year - 1;
    }
    if (shown && rebuildTable())
        emit figuresChanged(touched);
    emit auditLogChanged();
}

void Document::noteConflict(std::span<const Storage::FigureChange> changes, const QString &message)
{
    FigureConflict conflict;
    conflict.mine.assign(changes.begin(), changes.end());
    conflict.message = message;
    QList<qint64> touched;
    for (const Storage::FigureChange &change : changes) {
        auto state = m_store->figureState(change.key);
        if (!state || (change.baseVersion && state->version == *change.baseVersion))
            continue;
        conflict.cells.push_back(change.key);
        conflict.who = state->changedBy;
        conflict.at = state->changedAt;
        // The table shows what is stored now, and the next edit of the cell is based on it.
        const Slot slot = slotOf(change.key);
        if (state->amount)
            m_figures[slot] = *state->amount;
        else
            m_figures.erase(slot);
        m_versions[slot] = state->version;
        touched.append(change.key.verksamhetId);
    }
    if (conflict.cells.empty())
        return; // refused for another reason (a period locked on the server)
    conflict.id = m_nextConflict++;
    m_conflicts.push_back(std::move(conflict));
    if (rebuildTable())
        emit figuresChanged(touched);
    emit conflictsChanged();
    emit conflictOccurred(m_conflicts.back().id);
}

Result<void> Document::resolveConflict(int id, Resolution resolution)
{
    auto it = std::find_if(m_conflicts.begin(), m_conflicts.end(), [id](const FigureConflict &c) { return c.id == id; });
    if (it == m_conflicts.end())
        return Core::fail(ErrorCode::NotFound, tr("konflikten finns inte längre").toStdString());
    FigureConflict conflict = std::move(*it);
    m_conflicts.erase(it);
    QList<qint64> touched;
    for (const Storage::FigureKey &key : conflict.cells)
        touched.append(key.verksamhetId);
    emit conflictsChanged();
    emit figuresChanged(touched); // the marks go
    if (resolution == Resolution::TakeTheirs)
        return {};
    // Mine again, as a new edit based on their values (which the table shows now).
    for (Storage::FigureChange &change : conflict.mine)
        change.baseVersion.reset();
    return editFigures(std::move(conflict.mine), tr("Använd mitt värde"));
}

void Document::setEditingCell(std::optional<Storage::FigureKey> key)
{
    m_editing = key ? std::optional(slotOf(*key)) : std::nullopt;
    if (!m_editing && m_refreshDeferred) {
        m_refreshDeferred = false;
        // After the edit (if any) is written, so the refresh does not read around it.
        QTimer::singleShot(0, this, [this] {
            if (auto ok = refresh(); !ok)
                reportError(QString::fromStdString(ok.error().message));
        });
    }
}

void Document::startLiveUpdates()
{
    startLiveUpdates(LiveSettings{});
}

void Document::startLiveUpdates(const LiveSettings &settings)
{
    Storage::ChangeFeed *feed = m_store->changeFeed();
    if (!feed || m_live)
        return;
    m_live = new LiveUpdates(this, feed, settings);
}

void Document::noteConnectionLost(const QString &message)
{
    if (m_live)
        m_live->connectionLost(message);
}

bool Document::sameTree(const std::vector<Storage::Verksamhet> &other) const
{
    if (other.size() != m_verksamheter.size())
        return false;
    for (std::size_t i = 0; i < other.size(); ++i) {
        const Storage::Verksamhet &a = other[i];
        const Storage::Verksamhet &b = m_verksamheter[i];
        if (a.id != b.id || a.parentId != b.parentId || a.name != b.name || a.path != b.path || a.order != b.order ||
            a.memo != b.memo || a.periodisation != b.periodisation)
            return false;
    }
    return true;
}

Result<void> Document::refresh()
{
    if (!hasSelection())
        return {};
    auto verksamheter = m_store->verksamheter(m_selection.namndId);
    if (!verksamheter)
        return std::unexpected(verksamheter.error());
    if (!sameTree(*verksamheter)) {
        // New rows reset the views: not under an open editor or over edits not yet written.
        if (m_editing || !m_pending.empty()) {
            m_refreshDeferred = true;
            return {};
        }
        return select(m_selection);
    }

    // The figures of both years as stored now; the edited cell and unwritten edits as shown.
    std::map<Slot, Money> figures;
    std::map<Slot, std::int64_t> versions;
    std::vector<Storage::Figure> kontoslagFigures;
    for (const int year : {m_selection.year - 1, m_selection.year}) {
        auto stored = m_store->figures(m_selection.namndId, year);
        if (!stored)
            return std::unexpected(stored.error());
        for (const Storage::Figure &f : *stored) {
            if (f.key.kontoslag.empty()) {
                figures[slotOf(f.key)] = f.amount;
                versions[slotOf(f.key)] = f.version;
            } else {
                kontoslagFigures.push_back(f);
            }
        }
    }
    auto keep = [&](const Slot &slot) { return (m_editing && *m_editing == slot) || m_pendingSlots.contains(slot); };
    std::set<Id> changed;
    auto compare = [&](const Slot &slot) {
        auto now = figures.find(slot);
        auto shown = m_figures.find(slot);
        const bool same = (now == figures.end()) == (shown == m_figures.end()) &&
                          (now == figures.end() || now->second == shown->second);
        if (same)
            return;
        if (keep(slot)) {
            m_refreshDeferred = m_refreshDeferred || (m_editing && *m_editing == slot);
            return;
        }
        changed.insert(std::get<0>(slot));
    };
    for (const auto &[slot, amount] : figures)
        compare(slot);
    for (const auto &[slot, amount] : m_figures)
        if (!figures.contains(slot))
            compare(slot);
    for (const auto &[slot, amount] : m_figures)
        if (keep(slot)) {
            figures[slot] = amount;
            auto version = m_versions.find(slot);
            versions[slot] = version == m_versions.end() ? 0 : version->second;
        }
    for (const Slot &slot : m_pendingSlots)
        if (!m_figures.contains(slot))
            figures.erase(slot); // cleared while offline
    if (m_editing && !m_figures.contains(*m_editing))
        figures.erase(*m_editing);
    const bool kontoslagChanged =
        kontoslagFigures.size() != m_kontoslagFigures.size() ||
        !std::equal(kontoslagFigures.begin(), kontoslagFigures.end(), m_kontoslagFigures.begin(),
                    [](const Storage::Figure &a, const Storage::Figure &b) { return a.key == b.key && a.amount == b.amount; });
    m_figures = std::move(figures);
    for (const auto &[slot, version] : versions)
        m_versions[slot] = version;
    for (auto it = m_versions.begin(); it != m_versions.end();)
        it = versions.contains(it->first) ? std::next(it) : m_versions.erase(it);
    if (kontoslagChanged) {
        m_kontoslagFigures = std::move(kontoslagFigures);
        for (const Storage::Verksamhet &v : m_verksamheter)
            changed.insert(v.id);
    }

    auto locks = m_store->periodLocks(m_selection.namndId);
    if (!locks)
        return std::unexpected(locks.error());
    bool locksChanged = locks->size() != m_locks.size();
    for (std::size_t i = 0; !locksChanged && i < locks->size(); ++i)
        locksChanged = (*locks)[i].year != m_locks[i].year || (*locks)[i].month != m_locks[i].month;
    m_locks = std::move(*locks);

    auto comments = m_store->comments(m_selection.namndId, m_selection.year);
    if (!comments)
        return std::unexpected(comments.error());
    std::map<Id, QString> newComments;
    for (const Storage::Comment &c : *comments)
        if (c.month == m_month)
            newComments[c.verksamhetId] = QString::fromStdString(c.text);
    std::set<Id> commentsChanged;
    for (const auto &[id, text] : newComments)
        if (comment(id) != text)
            commentsChanged.insert(id);
    for (const auto &[id, text] : m_comments)
        if (!newComments.contains(id))
            commentsChanged.insert(id);
    m_comments = std::move(newComments);

    auto methods = m_store->forecastMethods(m_selection.namndId, m_selection.year);
    if (!methods)
        return std::unexpected(methods.error());
    std::map<Id, Storage::ForecastMethod> newMethods;
    for (const Storage::ForecastChoice &c : *methods)
        if (c.month == m_month)
            newMethods[c.verksamhetId] = c.method;
    std::set<Id> methodsChanged;
    for (const Storage::Verksamhet &v : m_verksamheter) {
        auto now = newMethods.find(v.id);
        const Storage::ForecastMethod method = now == newMethods.end() ? Storage::ForecastMethod::Manual : now->second;
        if (method != forecastMethod(v.id))
            methodsChanged.insert(v.id);
    }
    m_methods = std::move(newMethods);
    changed.insert(methodsChanged.begin(), methodsChanged.end());

    if (!changed.empty()) {
        if (auto ok = rebuildTable(); !ok)
            return ok;
        emit figuresChanged(QList<qint64>(changed.begin(), changed.end()));
    }
    for (const Id id : methodsChanged)
        emit forecastMethodChanged(id);
    for (const Id id : commentsChanged)
        emit commentChanged(id);
    if (locksChanged)
        emit lockChanged();
    emit auditLogChanged();
    return {};
}

Result<void> Document::flushPending()
{
    while (!m_pending.empty()) {
        PendingEdit edit = m_pending.front();
        // Each cell based on the version it had when it was typed over (the table kept it).
        for (Storage::FigureChange &change : edit.changes)
            change.baseVersion = versionOf(change.key);
        auto version = m_store->writeFigures(edit.changes, edit.reason);
        if (!version && version.error().code == ErrorCode::Unavailable)
            return std::unexpected(version.error()); // still gone: keep it and the rest
        m_pending.erase(m_pending.begin());
        m_pendingSlots.clear();
        for (const PendingEdit &rest : m_pending)
            for (const Storage::FigureChange &change : rest.changes)
                m_pendingSlots.insert(slotOf(change.key));
        if (!version) {
            if (version.error().code == ErrorCode::Conflict)
                noteConflict(edit.changes, QString::fromStdString(version.error().message));
            else
                reportError(QString::fromStdString(version.error().message));
            continue;
        }
        showFigures(edit.changes, *version, false);
    }
    emit pendingChanged();
    return {};
}

} // namespace Tertial::Models
