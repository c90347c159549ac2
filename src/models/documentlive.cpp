// SPDX-License-Identifier: GPL-3.0-or-later
// The document on a shared database: row versions behind every edit, conflicts shown at their
// cells, other clients' changes read in without disturbing the cell being edited, and edits
// kept while the server is unreachable.
#include "document.h"

#include "liveupdates.h"

#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <memory>

namespace Tertial::Models {

using Core::ErrorCode;
using Core::Money;
using Core::Result;
using Storage::Id;

std::int64_t Document::versionOf(const Storage::FigureKey &key) const
{
    auto it = m_inputs.versions.find(Analysis::slotOf(key));
    return it == m_inputs.versions.end() ? 0 : it->second;
}

bool Document::isPending(const Storage::FigureKey &key) const
{
    return m_pendingSlots.contains(Analysis::slotOf(key));
}

const FigureConflict *Document::conflictAt(const Storage::FigureKey &key) const
{
    for (const FigureConflict &conflict : m_conflicts)
        for (const Storage::FigureKey &cell : conflict.cells)
            if (Analysis::slotOf(cell) == Analysis::slotOf(key))
                return &conflict;
    return nullptr;
}

void Document::showFigures(std::span<const Storage::FigureChange> changes, std::int64_t version, bool pending)
{
    QList<qint64> touched;
    Analysis::Changes changed;
    for (const Storage::FigureChange &change : changes) {
        // The inputs follow the store (a key outside the nämnd-year is not kept). The key was
        // checked when the edit was made, so it cannot be refused here.
        if (auto ok = m_inputs.figures.set(change.key, change.amount); !ok)
            continue;
        changed.addFigure(change.key, m_selection.year);
        if (!change.key.kontoslag.empty())
            continue;
        const Slot slot = Analysis::slotOf(change.key);
        if (pending)
            m_pendingSlots.insert(slot); // the version stays the one the edit is based on
        else if (version > 0 && change.amount)
            m_inputs.versions[slot] = version;
        else if (version > 0)
            m_inputs.versions.erase(slot);
        touched.append(change.key.verksamhetId);
    }
    if (changed.months.any() || changed.lastYear) {
        if (auto ok = rebuild(changed); !ok)
            reportError(QString::fromStdString(ok.error().message));
        else
            emit figuresChanged(touched);
    }
    emit auditLogChanged();
}

void Document::noteConflict(std::span<const Storage::FigureChange> changes, const QString &message)
{
    FigureConflict conflict;
    conflict.mine.assign(changes.begin(), changes.end());
    conflict.message = message;
    QList<qint64> touched;
    Analysis::Changes changed;
    for (const Storage::FigureChange &change : changes) {
        auto state = m_store->figureState(change.key);
        if (!state || (change.baseVersion && state->version == *change.baseVersion))
            continue;
        conflict.cells.push_back(change.key);
        conflict.who = state->changedBy;
        conflict.at = state->changedAt;
        // The table shows what is stored now, and the next edit of the cell is based on it.
        if (auto ok = m_inputs.figures.set(change.key, state->amount); !ok)
            continue;
        changed.addFigure(change.key, m_selection.year);
        const Slot slot = Analysis::slotOf(change.key);
        if (state->version > 0)
            m_inputs.versions[slot] = state->version;
        else
            m_inputs.versions.erase(slot);
        touched.append(change.key.verksamhetId);
    }
    if (conflict.cells.empty())
        return; // refused for another reason (a period locked on the server)
    // A cell has one conflict: the latest edit of it (an older one would re-apply a value typed over since).
    for (FigureConflict &older : m_conflicts) {
        auto covered = [&](const Storage::FigureKey &key) {
            return std::ranges::any_of(conflict.cells, [&](const Storage::FigureKey &cell) { return cell == key; });
        };
        std::erase_if(older.cells, covered);
        std::erase_if(older.mine, [&](const Storage::FigureChange &change) { return covered(change.key); });
    }
    std::erase_if(m_conflicts, [](const FigureConflict &older) { return older.cells.empty(); });
    conflict.id = m_nextConflict++;
    m_conflicts.push_back(std::move(conflict));
    if (rebuild(changed))
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
    m_editing = key ? std::optional(Analysis::slotOf(*key)) : std::nullopt;
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
    const std::vector<Storage::Verksamhet> &shown = m_inputs.verksamheter;
    if (other.size() != shown.size())
        return false;
    for (std::size_t i = 0; i < other.size(); ++i) {
        const Storage::Verksamhet &a = other[i];
        const Storage::Verksamhet &b = shown[i];
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
    // What another client's figure edit changes, read again into a copy: the document changes
    // only once the copy's analysis is built (nothing half-updated on an error). The registers,
    // indicators and volumes stay as read, so their open editors are not disturbed.
    auto fresh = std::make_unique<Analysis::NamndInputs>(m_inputs);
    if (auto ok = Analysis::rereadFigureParts(*m_store, *fresh); !ok)
        return ok;
    if (!sameTree(fresh->verksamheter)) {
        // New rows reset the views: not under an open editor or over edits not yet written.
        if (m_editing || !m_pending.empty()) {
            m_refreshDeferred = true;
            return {};
        }
        return reload();
    }

    // The figures as stored now, but the edited cell and unwritten edits as shown (with the
    // version they are based on).
    std::set<Slot> kept = m_pendingSlots;
    if (m_editing) {
        kept.insert(*m_editing);
        const Storage::FigureKey key = Analysis::keyOf(*m_editing);
        if (fresh->figures.value(key) != m_inputs.figures.value(key))
            m_refreshDeferred = true; // read it again once the editor closes
    }
    for (const Slot &slot : kept) {
        const Storage::FigureKey key = Analysis::keyOf(slot);
        if (auto ok = fresh->figures.set(key, m_inputs.figures.value(key)); !ok)
            return ok;
        if (auto version = m_inputs.versions.find(slot); version != m_inputs.versions.end())
            fresh->versions[slot] = version->second;
        else
            fresh->versions.erase(slot);
    }
    const std::set<Id> figuresDiffer = m_inputs.figures.differingVerksamheter(fresh->figures);
    std::set<Id> changed;
    for (const Id id : figuresDiffer)
        if (m_inputs.figures.namndNode() == id)
            for (const Storage::Verksamhet &v : m_inputs.verksamheter)
                changed.insert(v.id); // a whole-nämnd kontoslag figure: every row's share
        else
            changed.insert(id);

    auto locksOf = [](const std::vector<Storage::PeriodLock> &locks) {
        std::set<std::pair<int, int>> periods;
        for (const Storage::PeriodLock &lock : locks)
            periods.emplace(lock.year, lock.month.value_or(0));
        return periods;
    };
    const bool locksChanged = locksOf(fresh->locks) != locksOf(m_inputs.locks);

    auto commentsOf = [](const std::vector<Storage::Comment> &comments) {
        std::map<std::tuple<Id, int, int>, std::string> texts;
        for (const Storage::Comment &c : comments)
            texts[{c.verksamhetId, c.year, c.month}] = c.text;
        return texts;
    };
    const auto commentsBefore = commentsOf(m_inputs.comments);
    const auto commentsNow = commentsOf(fresh->comments);
    std::set<Id> commentsChanged; // of the period shown
    for (const auto *side : {&commentsBefore, &commentsNow}) {
        const auto &other = side == &commentsBefore ? commentsNow : commentsBefore;
        for (const auto &[key, text] : *side)
            if (auto it = other.find(key); (it == other.end() || it->second != text) && std::get<1>(key) == m_selection.year
                                            && std::get<2>(key) == m_month)
                commentsChanged.insert(std::get<0>(key));
    }

    auto methodsOf = [](const std::vector<Storage::ForecastChoice> &choices) {
        std::map<std::pair<Id, int>, Storage::ForecastMethod> methods;
        for (const Storage::ForecastChoice &c : choices)
            methods[{c.verksamhetId, c.month}] = c.method;
        return methods;
    };
    const auto methodsBefore = methodsOf(m_inputs.methods);
    const auto methodsNow = methodsOf(fresh->methods);
    Analysis::Changes rebuildChanges;
    std::set<Id> methodsChanged; // of the period shown
    for (const auto *side : {&methodsBefore, &methodsNow}) {
        const auto &other = side == &methodsBefore ? methodsNow : methodsBefore;
        for (const auto &[key, method] : *side)
            if (auto it = other.find(key); it == other.end() || it->second != method) {
                if (key.second >= 1 && key.second <= 12)
                    rebuildChanges.months.set(static_cast<std::size_t>(key.second - 1));
                if (key.second == m_month)
                    methodsChanged.insert(key.first);
            }
    }
    changed.insert(methodsChanged.begin(), methodsChanged.end());
    if (!figuresDiffer.empty()) {
        rebuildChanges.months.set();
        rebuildChanges.lastYear = true;
    }
    rebuildChanges.locks = locksChanged;
    rebuildChanges.comments = commentsBefore != commentsNow;

    if (rebuildChanges.months.any() || rebuildChanges.lastYear || rebuildChanges.locks || rebuildChanges.comments) {
        auto analysis = m_analysis.rebuilt(*fresh, rebuildChanges);
        if (!analysis)
            return std::unexpected(analysis.error());
        m_analysis = std::move(*analysis);
    }
    m_inputs = std::move(*fresh);
    if (!changed.empty())
        emit figuresChanged(QList<qint64>(changed.begin(), changed.end()));
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
        // Each cell is based on the version it had when it was typed over (kept with the edit,
        // moved on below when an earlier pending edit of the cell is written): a cell someone
        // changed meanwhile is a conflict, also for every later pending edit of it.
        PendingEdit edit = m_pending.front();
        auto version = m_store->writeFigures(edit.changes, edit.reason);
        if (!version && version.error().code == ErrorCode::Unavailable)
            return std::unexpected(version.error()); // still gone: keep it and the rest
        m_pending.erase(m_pending.begin());
        m_pendingSlots.clear();
        for (const PendingEdit &rest : m_pending)
            for (const Storage::FigureChange &change : rest.changes)
                m_pendingSlots.insert(Analysis::slotOf(change.key));
        if (!version) {
            if (version.error().code == ErrorCode::Conflict)
                noteConflict(edit.changes, QString::fromStdString(version.error().message));
            else
                reportError(QString::fromStdString(version.error().message));
            continue;
        }
        for (PendingEdit &rest : m_pending)
            for (Storage::FigureChange &later : rest.changes)
                for (const Storage::FigureChange &written : edit.changes)
                    if (later.key == written.key)
                        later.baseVersion = written.amount ? *version : 0;
        showFigures(edit.changes, *version, false);
    }
    emit pendingChanged();
    return {};
}

} // namespace Tertial::Models
