// SPDX-License-Identifier: GPL-3.0-or-later
// One open database: loads the selection's figures and lets the core derive the economic table.
#include "document.h"

#include "periodisationtext.h"
#include "setcommentcommand.h"
#include "setfigurescommand.h"
#include "setforecastmethodcommand.h"

#include "core/economicmeasures.h"
#include "core/forecast.h"
#include "core/reportingperiod.h"
#include "storage/enteredfiguresloader.h"

#include <QUndoStack>

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

Document::Slot Document::slotOf(const Storage::FigureKey &key)
{
    return {key.verksamhetId, key.year, key.month.value_or(0), key.measure};
}

Result<void> Document::select(const Selection &selection)
{
    auto period = Core::parseReportingPeriod(selection.period);
    if (!period)
        return std::unexpected(period.error());
    auto verksamheter = m_store->verksamheter(selection.namndId);
    if (!verksamheter)
        return std::unexpected(verksamheter.error());

    std::vector<Core::VerksamhetNode> nodes;
    nodes.reserve(verksamheter->size());
    for (const Storage::Verksamhet &v : *verksamheter) {
        auto profile = periodisationFromText(v.periodisation);
        if (!profile)
            return Core::fail(ErrorCode::InvalidInput, v.path + ": " + profile.error().message);
        const bool linear = profile->kind() == Core::PeriodizationKind::Linear;
        nodes.push_back(Core::VerksamhetNode{v.id, v.parentId, v.name, v.order, v.memo,
                                             linear ? std::nullopt : std::optional(*profile)});
    }
    auto tree = Core::VerksamhetTree::build(std::move(nodes));
    if (!tree)
        return std::unexpected(tree.error());

    const Selection previous = m_selection;
    const int previousMonth = m_month;
    m_selection = selection;
    m_month = period->endMonth();
    m_verksamheter = std::move(*verksamheter);
    m_verksamhetIndex.clear();
    for (std::size_t i = 0; i < m_verksamheter.size(); ++i)
        m_verksamhetIndex.emplace(m_verksamheter[i].id, i);
    m_tree = std::move(*tree);
    if (auto ok = loadFigures(); !ok) {
        m_selection = previous;
        m_month = previousMonth;
        return ok;
    }
    if (auto ok = rebuildTable(); !ok)
        return ok;
    emit selectionChanged();
    emit lockChanged();
    emit auditLogChanged();
    return {};
}

Result<void> Document::loadFigures()
{
    m_figures.clear();
    m_versions.clear();
    m_kontoslagFigures.clear();
    auto namndNode = m_store->namndLevelId(m_selection.namndId);
    if (!namndNode)
        return std::unexpected(namndNode.error());
    m_namndNode = *namndNode;
    for (const int year : {m_selection.year - 1, m_selection.year}) {
        auto figures = m_store->figures(m_selection.namndId, year);
        if (!figures)
            return std::unexpected(figures.error());
        for (const Storage::Figure &f : *figures) {
            if (f.key.kontoslag.empty()) {
                m_figures[slotOf(f.key)] = f.amount;
                m_versions[slotOf(f.key)] = f.version;
            } else {
                m_kontoslagFigures.push_back(f); // not edited here: kept as read
            }
        }
    }
    auto locks = m_store->periodLocks(m_selection.namndId);
    if (!locks)
        return std::unexpected(locks.error());
    m_locks = std::move(*locks);

    m_comments.clear();
    auto comments = m_store->comments(m_selection.namndId, m_selection.year);
    if (!comments)
        return std::unexpected(comments.error());
    for (const Storage::Comment &c : *comments)
        if (c.month == m_month)
            m_comments[c.verksamhetId] = QString::fromStdString(c.text);

    m_methods.clear();
    auto methods = m_store->forecastMethods(m_selection.namndId, m_selection.year);
    if (!methods)
        return std::unexpected(methods.error());
    for (const Storage::ForecastChoice &c : *methods)
        if (c.month == m_month)
            m_methods[c.verksamhetId] = c.method;
    return {};
}

std::optional<Money> Document::lastYearFullYear(Id id) const
{
    auto value = [&](Measure measure) -> std::optional<Money> {
        auto it = m_figures.find(Slot{id, m_selection.year - 1, 12, measure});
        return it == m_figures.end() ? std::nullopt : std::optional(it->second);
    };
    return Core::combinedActualNet(value(Measure::ActualIncome), value(Measure::ActualCost), value(Measure::ActualNet));
}

const Result<Core::ForecastResult> *Document::computedForecast(Id verksamhetId) const
{
    auto it = m_forecasts.find(verksamhetId);
    return it == m_forecasts.end() ? nullptr : &it->second;
}

Result<void> Document::rebuildTable()
{
    // Every node's own figures and kontoslag figures, sorted by the one loader the reports and
    // the CLI use too; the core decides what counts. A leaf with another method than manual gets
    // the core's forecast.
    std::vector<Storage::Figure> stored;
    stored.reserve(m_figures.size() + m_kontoslagFigures.size());
    for (const auto &[slot, amount] : m_figures) {
        const auto &[id, year, month, measure] = slot;
        stored.push_back({{id, {}, year, month == 0 ? std::nullopt : std::optional(month), measure}, amount});
    }
    stored.insert(stored.end(), m_kontoslagFigures.begin(), m_kontoslagFigures.end());
    Core::NamndFigures figures = Storage::enteredFigures(stored, m_namndNode, {m_selection.year, m_month, std::nullopt});

    Core::EconomicTableOptions options;
    options.percentBase = m_display.percentBase;
    options.totalName = "Summa";
    auto measures = Core::ownMeasures(m_tree, figures, m_selection.year, m_month, options.defaultPeriodization);
    if (!measures)
        return std::unexpected(measures.error());
    m_forecasts.clear();
    for (std::size_t i = 0; i < m_tree.size(); ++i) {
        const Id id = m_tree.at(i).id;
        const Storage::ForecastMethod method = forecastMethod(id);
        if (!m_tree.isLeaf(i) || method == Storage::ForecastMethod::Manual)
            continue;
        const Core::EconomicValues &own = (*measures)[i];
        Core::ForecastInputs inputs;
        inputs.year = m_selection.year;
        inputs.month = m_month;
        inputs.actual = own.actualNet;
        inputs.budgetFullYear = own.budgetYear;
        inputs.periodBudget = own.budgetPeriod;
        inputs.manualValue = own.forecast;
        inputs.lastYearActualToMonth = own.previousYearActualNet;
        inputs.lastYearActualFullYear = lastYearFullYear(id);
        auto result = Core::computeForecast(method, inputs);
        figures.own[id].forecast = result ? std::optional(result->amount) : std::nullopt;
        m_forecasts.emplace(id, std::move(result));
    }
    auto table = Core::buildEconomicTable(m_tree, figures, m_selection.year, m_month, options);
    if (!table)
        return std::unexpected(table.error());
    m_table = std::move(*table);
    return {};
}

void Document::setDisplay(const DisplaySettings &display)
{
    if (display == m_display)
        return;
    const bool baseChanged = display.percentBase != m_display.percentBase;
    m_display = display;
    if (baseChanged && hasSelection())
        (void)rebuildTable(); // the same inputs built before: cannot fail now
    emit displayChanged();
}

const Storage::Verksamhet *Document::verksamhet(Id id) const
{
    auto it = m_verksamhetIndex.find(id);
    return it == m_verksamhetIndex.end() ? nullptr : &m_verksamheter[it->second];
}

bool Document::isLeaf(Id id) const
{
    auto index = m_tree.indexOf(id);
    return index && m_tree.isLeaf(*index);
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
    auto it = m_figures.find(slotOf(key));
    return it == m_figures.end() ? std::nullopt : std::optional(it->second);
}

const Storage::PeriodLock *Document::lockOf(const Storage::FigureKey &key) const
{
    const int month = key.month.value_or(0);
    const bool actual =
        key.measure == Measure::ActualIncome || key.measure == Measure::ActualCost || key.measure == Measure::ActualNet;
    for (const Storage::PeriodLock &lock : m_locks) {
        if (lock.year == key.year && (!lock.month || *lock.month == month || key.measure == Measure::Budget))
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
    auto it = m_comments.find(verksamhetId);
    return it == m_comments.end() ? QString() : it->second;
}

Storage::ForecastMethod Document::forecastMethod(Id verksamhetId) const
{
    auto it = m_methods.find(verksamhetId);
    return it == m_methods.end() ? Storage::ForecastMethod::Manual : it->second;
}

Result<void> Document::editFigures(std::vector<Storage::FigureChange> changes, const QString &text,
                                   const std::string &reason)
{
    std::vector<Storage::FigureChange> before;
    std::vector<Storage::FigureChange> after;
    std::set<std::tuple<Id, int, int, int>> seen;
    for (Storage::FigureChange &change : changes) {
        if (!isLeaf(change.key.verksamhetId))
            return Core::fail(ErrorCode::InvalidInput, tr("belopp förs in på verksamheter utan underrader").toStdString());
        if (isLocked(change.key))
            return Core::fail(ErrorCode::Conflict, tr("perioden är låst; lås upp den innan du ändrar").toStdString());
        const auto slot = slotOf(change.key);
        if (!seen.emplace(std::get<0>(slot), std::get<1>(slot), std::get<2>(slot),
                          static_cast<int>(std::get<3>(slot))).second)
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
    if (comment.year == m_selection.year && comment.month == m_month) {
        if (comment.text.empty())
            m_comments.erase(comment.verksamhetId);
        else
            m_comments[comment.verksamhetId] = QString::fromStdString(comment.text);
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
    if (choice.year == m_selection.year && choice.month == m_month) {
        m_methods[choice.verksamhetId] = choice.method;
        // The prognos of the row (and so its ancestors' and the total's) follows the method.
        if (auto ok = rebuildTable(); !ok)
            return ok;
        emit forecastMethodChanged(choice.verksamhetId);
        emit figuresChanged({choice.verksamhetId});
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
    auto locks = m_store->periodLocks(m_selection.namndId);
    if (!locks)
        return std::unexpected(locks.error());
    m_locks = std::move(*locks);
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
    auto locks = m_store->periodLocks(m_selection.namndId);
    if (!locks)
        return std::unexpected(locks.error());
    m_locks = std::move(*locks);
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
