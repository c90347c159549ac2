// SPDX-License-Identifier: GPL-3.0-or-later
// One open database: loads the selection's figures and lets the core derive the economic table.
#include "document.h"

#include "setcommentcommand.h"
#include "setfigurescommand.h"
#include "setforecastmethodcommand.h"

#include "core/reportingperiod.h"

#include <QUndoStack>

#include <algorithm>
#include <set>

namespace Tertial::Models {

using Core::ErrorCode;
using Core::Money;
using Core::Result;
using Storage::Id;
using Storage::Measure;

Document::Document(std::unique_ptr<Storage::Store> store, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_undoStack(new QUndoStack(this))
{
}

Document::~Document()
{
    // The commands point back at this document: drop them before the members go.
    m_undoStack->clear();
}

Result<void> Document::select(const Selection &selection)
{
    return load(selection, false);
}

Result<void> Document::reload()
{
    if (!hasSelection())
        return {};
    const Selection selection = m_selection;
    return load(selection, true);
}

Result<void> Document::load(const Selection &selection, bool reread)
{
    auto period = Core::parseReportingPeriod(selection.period);
    if (!period)
        return std::unexpected(period.error());
    const int month = period->endMonth();
    const bool sameYear = !reread && hasSelection() && selection.namndId == m_selection.namndId && selection.year == m_selection.year
                          && selection.kommun == m_selection.kommun;
    if (sameYear) {
        // Another period of the same nämnd-year: every month is built already.
        auto analysis = m_analysis.atMonth(m_inputs, month);
        if (!analysis)
            return std::unexpected(analysis.error());
        m_analysis = std::move(*analysis);
    } else {
        auto namnder = m_store->namnder(selection.kommun);
        if (!namnder)
            return std::unexpected(namnder.error());
        const auto namnd = std::find_if(namnder->begin(), namnder->end(),
                                        [&](const Storage::Namnd &n) { return n.id == selection.namndId; });
        if (namnd == namnder->end())
            return Core::fail(ErrorCode::NotFound, "nämnden med id " + std::to_string(selection.namndId)
                                                       + " finns inte i kommun " + selection.kommun);
        auto inputs = Analysis::readNamndInputs(*m_store, *namnd, selection.year);
        if (!inputs)
            return std::unexpected(inputs.error());
        auto analysis = Analysis::NamndAnalysis::build(*inputs, month, {m_display.percentBase});
        if (!analysis)
            return std::unexpected(analysis.error());
        m_inputs = std::move(*inputs);
        m_analysis = std::move(*analysis);
    }
    m_selection = selection;
    m_month = month;
    emit selectionChanged();
    emit lockChanged();
    emit auditLogChanged();
    return {};
}

Result<void> Document::rebuild(const Analysis::Changes &changes)
{
    auto analysis = m_analysis.rebuilt(m_inputs, changes);
    if (!analysis)
        return std::unexpected(analysis.error());
    m_analysis = std::move(*analysis);
    return {};
}

const Result<Core::ForecastResult> *Document::computedForecast(Id verksamhetId) const
{
    return m_analysis.computedForecast(verksamhetId);
}

void Document::setDisplay(const DisplaySettings &display)
{
    if (display == m_display)
        return;
    const bool baseChanged = display.percentBase != m_display.percentBase;
    m_display = display;
    if (baseChanged && hasSelection())
        if (auto analysis = m_analysis.withSettings(m_inputs, {display.percentBase}))
            m_analysis = std::move(*analysis); // the same inputs built before: cannot fail now
    emit displayChanged();
}

const Storage::Verksamhet *Document::verksamhet(Id id) const
{
    return hasSelection() ? m_analysis.verksamhet(id) : nullptr;
}

bool Document::isLeaf(Id id) const
{
    return hasSelection() && m_analysis.isLeaf(id);
}

Storage::FigureKey Document::keyFor(Id verksamhetId, Measure measure) const
{
    Storage::FigureKey key;
    key.verksamhetId = verksamhetId;
    key.year = m_selection.year;
    key.measure = measure;
    if (Storage::measureHasMonth(measure))
        key.month = m_month;
    return key;
}

std::optional<Money> Document::storedFigure(const Storage::FigureKey &key) const
{
    if (!key.kontoslag.empty())
        return std::nullopt;
    return m_inputs.figures.value(key);
}

const Storage::PeriodLock *Document::lockOf(const Storage::FigureKey &key) const
{
    const int month = key.month.value_or(0);
    const bool actual =
        key.measure == Measure::ActualIncome || key.measure == Measure::ActualCost || key.measure == Measure::ActualNet;
    for (const Storage::PeriodLock &lock : m_inputs.locks) {
        if (lock.year == key.year && (!lock.month || *lock.month == month || !Storage::measureHasMonth(key.measure)))
            return &lock;
        // A locked month of the next year shows this utfall to that month (föregående år) and
        // its forecasts build on it to December.
        if (actual && lock.year == key.year + 1 && (!lock.month || *lock.month == month || month == 12))
            return &lock;
    }
    return nullptr;
}

bool Document::isPeriodLocked() const
{
    return hasSelection() && isLocked(keyFor(0, Measure::ActualNet));
}

bool Document::isBudgetLocked() const
{
    return hasSelection() && isLocked(keyFor(0, Measure::Budget));
}

QString Document::comment(Id verksamhetId) const
{
    for (const Storage::Comment &c : m_inputs.comments)
        if (c.verksamhetId == verksamhetId && c.year == m_selection.year && c.month == m_month)
            return QString::fromStdString(c.text);
    return {};
}

Storage::ForecastMethod Document::forecastMethod(Id verksamhetId) const
{
    return hasSelection() ? m_analysis.forecastMethod(verksamhetId) : Storage::ForecastMethod::Manual;
}

Result<void> Document::editFigures(std::vector<Storage::FigureChange> changes, const QString &text,
                                   const std::string &reason)
{
    followSplit(changes);
    std::vector<Storage::FigureChange> before;
    std::vector<Storage::FigureChange> after;
    std::set<std::tuple<Id, int, int, int>> seen;
    for (Storage::FigureChange &change : changes) {
        if (!isLeaf(change.key.verksamhetId))
            return Core::fail(ErrorCode::InvalidInput, tr("belopp förs in på verksamheter utan underrader").toStdString());
        if (isLocked(change.key))
            return Core::fail(ErrorCode::Conflict, tr("perioden är låst; lås upp den innan du ändrar").toStdString());
        if (!seen.emplace(change.key.verksamhetId, change.key.year, change.key.month.value_or(0),
                          static_cast<int>(change.key.measure)).second)
            continue; // the same cell twice in one block: the first wins
        const std::optional<Money> old = storedFigure(change.key);
        if (old == change.amount)
            continue;
        // Based on the value the table shows: someone else's change since is a conflict, not overwritten.
        change.baseVersion = versionOf(change.key);
        before.push_back(Storage::FigureChange{change.key, old});
        after.push_back(std::move(change));
    }
    if (after.empty())
        return {};
    auto version = applyFigures(after, reason);
    if (!version)
        return std::unexpected(version.error());
    m_undoStack->push(new SetFiguresCommand(this, std::move(before), std::move(after), text, *version));
    return {};
}

void Document::followSplit(std::vector<Storage::FigureChange> &changes) const
{
    // Where utfall is split the table shows netto as intäkter + kostnader and the netto cell
    // takes nothing; a netto stored beside the parts (an import's) follows an edit of a part in
    // the same step, as the table shows it. Otherwise the store would refuse the edit (its rule:
    // a stored netto is the sum) and the user could not complete it here.
    const auto changed = [&](const Storage::FigureKey &key) -> const Storage::FigureChange * {
        for (const Storage::FigureChange &c : changes)
            if (c.key == key)
                return &c;
        return nullptr;
    };
    std::vector<Storage::FigureChange> nettos;
    for (const Storage::FigureChange &change : changes) {
        const Measure measure = change.key.measure;
        if (measure != Measure::ActualIncome && measure != Measure::ActualCost)
            continue;
        Storage::FigureKey net = change.key;
        net.measure = Measure::ActualNet;
        if (changed(net) || !storedFigure(net) ||
            std::ranges::any_of(nettos, [&](const Storage::FigureChange &n) { return n.key == net; }))
            continue;
        Storage::FigureKey other = change.key;
        other.measure = measure == Measure::ActualIncome ? Measure::ActualCost : Measure::ActualIncome;
        const Storage::FigureChange *otherChange = changed(other);
        const std::optional<Money> otherAmount = otherChange ? otherChange->amount : storedFigure(other);
        std::int64_t sum = 0;
        if (!change.amount || !otherAmount || __builtin_add_overflow(change.amount->ore(), otherAmount->ore(), &sum))
            continue; // no longer split (or out of range): the store says what is wrong
        nettos.push_back(Storage::FigureChange{net, Money::fromOre(sum)});
    }
    changes.insert(changes.end(), nettos.begin(), nettos.end());
}

Result<std::int64_t> Document::applyFigures(std::span<const Storage::FigureChange> changes, const std::string &reason)
{
    auto version = m_store->writeFigures(changes, reason);
    if (!version) {
        const QString message = QString::fromStdString(version.error().message);
        if (version.error().code == ErrorCode::Unavailable && m_live) {
            // The server went away: nothing typed is lost. The edit waits here, shown in the
            // table, and is written when the connection is back.
            m_pending.push_back({std::vector<Storage::FigureChange>(changes.begin(), changes.end()), reason});
            showFigures(changes, kPendingVersion, true);
            emit pendingChanged();
            noteConnectionLost(message);
            return kPendingVersion;
        }
        if (version.error().code == ErrorCode::Conflict)
            noteConflict(changes, message);
        return std::unexpected(version.error());
    }
    showFigures(changes, *version, false);
    return *version;
}

Result<void> Document::editComment(Id verksamhetId, const QString &text)
{
    const QString old = comment(verksamhetId);
    if (old == text)
        return {};
    if (isPeriodLocked())
        return Core::fail(ErrorCode::Conflict, tr("perioden är låst; lås upp den innan du ändrar").toStdString());
    Storage::Comment before{verksamhetId, m_selection.year, m_month, old.toStdString()};
    Storage::Comment after{verksamhetId, m_selection.year, m_month, text.toStdString()};
    if (auto ok = applyComment(after); !ok)
        return ok;
    m_undoStack->push(new SetCommentCommand(this, std::move(before), std::move(after)));
    return {};
}

Result<void> Document::applyComment(const Storage::Comment &comment)
{
    if (auto ok = m_store->setComment(comment, {}); !ok)
        return ok;
    if (comment.year == m_selection.year) {
        std::erase_if(m_inputs.comments, [&](const Storage::Comment &c) {
            return c.verksamhetId == comment.verksamhetId && c.year == comment.year && c.month == comment.month;
        });
        if (!comment.text.empty())
            m_inputs.comments.push_back(comment);
        Analysis::Changes changed;
        changed.comments = true;
        if (auto ok = rebuild(changed); !ok)
            return ok;
        if (comment.month == m_month)
            emit commentChanged(comment.verksamhetId);
    }
    emit auditLogChanged();
    return {};
}

Result<void> Document::editForecastMethod(Id verksamhetId, Storage::ForecastMethod method)
{
    const Storage::ForecastMethod old = forecastMethod(verksamhetId);
    if (old == method)
        return {};
    if (isPeriodLocked())
        return Core::fail(ErrorCode::Conflict, tr("perioden är låst; lås upp den innan du ändrar").toStdString());
    Storage::ForecastChoice before{verksamhetId, m_selection.year, m_month, old};
    Storage::ForecastChoice after{verksamhetId, m_selection.year, m_month, method};
    if (auto ok = applyForecastMethod(after); !ok)
        return ok;
    m_undoStack->push(new SetForecastMethodCommand(this, before, after));
    return {};
}

Result<void> Document::applyForecastMethod(const Storage::ForecastChoice &choice)
{
    if (auto ok = m_store->setForecastMethod(choice, {}); !ok)
        return ok;
    if (choice.year == m_selection.year && choice.month >= 1 && choice.month <= 12) {
        std::erase_if(m_inputs.methods, [&](const Storage::ForecastChoice &c) {
            return c.verksamhetId == choice.verksamhetId && c.year == choice.year && c.month == choice.month;
        });
        m_inputs.methods.push_back(choice);
        // The prognos of the row (and so its ancestors' and the total's) follows the method.
        Analysis::Changes changed;
        changed.months.set(static_cast<std::size_t>(choice.month - 1));
        if (auto ok = rebuild(changed); !ok)
            return ok;
        if (choice.month == m_month) {
            emit forecastMethodChanged(choice.verksamhetId);
            emit figuresChanged({choice.verksamhetId});
        }
    }
    emit auditLogChanged();
    return {};
}

Result<void> Document::lockPeriod(bool wholeYear, const std::string &reason)
{
    if (reason.empty())
        return Core::fail(ErrorCode::MissingInput, tr("skriv varför perioden låses").toStdString());
    const std::optional<int> month = wholeYear ? std::nullopt : std::optional(m_month);
    if (auto ok = m_store->lockPeriod(m_selection.namndId, m_selection.year, month, reason); !ok)
        return ok;
    if (auto ok = Analysis::rereadLocks(*m_store, m_inputs); !ok)
        return ok;
    emit lockChanged();
    emit auditLogChanged();
    return {};
}

Result<void> Document::unlockPeriod(bool wholeYear, const std::string &reason)
{
    if (reason.empty())
        return Core::fail(ErrorCode::MissingInput, tr("skriv varför perioden låses upp").toStdString());
    const std::optional<int> month = wholeYear ? std::nullopt : std::optional(m_month);
    if (auto ok = m_store->unlockPeriod(m_selection.namndId, m_selection.year, month, reason); !ok)
        return ok;
    if (auto ok = Analysis::rereadLocks(*m_store, m_inputs); !ok)
        return ok;
    emit lockChanged();
    emit auditLogChanged();
    return {};
}

Result<std::vector<Storage::AuditEntry>> Document::auditLog(std::optional<Id> verksamhetId)
{
    if (verksamhetId)
        return m_store->auditLog(*verksamhetId);
    return m_store->auditLogOfNamnd(m_selection.namndId);
}

void Document::reportError(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

} // namespace Tertial::Models
