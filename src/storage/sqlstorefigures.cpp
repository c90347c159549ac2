// SPDX-License-Identifier: GPL-3.0-or-later
// Figures, period locks and the audit log of the SQLite store.
#include "sqlstore.h"

#include "figuretext.h"
#include "transaction.h"

#include <set>
#include "core/svformat.h"

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Money;
using Core::Result;


namespace {

// "2026-11-22T10:02:13Z" -> "2026-11-22 10:02 UTC"
std::string readableTime(const std::string &iso)
{
    if (iso.size() < 16 || iso[10] != 'T')
        return iso;
    return iso.substr(0, 10) + " " + iso.substr(11, 5) + (iso.ends_with('Z') ? " UTC" : "");
}

} // namespace

Result<std::vector<Figure>> SqlStore::figures(Id namndId, int year)
{
    // Typed (and file-imported) figures, then the ledger's figures that no typed figure of the same
    // key hides: the two are kept apart (sqlstoreledger.cpp) and read as one.
    auto st = query("SELECT f.verksamhet_id, f.kontoslag, f.year, f.month, f.measure, f.amount_ore, f.version "
                    "FROM figure f JOIN verksamhet v ON v.id = f.verksamhet_id "
                    "WHERE v.namnd_id = ?1 AND f.year = ?2 "
                    "UNION ALL "
                    "SELECT l.verksamhet_id, l.kontoslag, l.year, l.month, l.measure, l.amount_ore, 0 "
                    "FROM ledger_figure l JOIN verksamhet v ON v.id = l.verksamhet_id "
                    "WHERE v.namnd_id = ?1 AND l.year = ?2 AND NOT EXISTS (SELECT 1 FROM figure t WHERE "
                    "t.verksamhet_id = l.verksamhet_id AND t.year = l.year AND t.month = l.month AND "
                    "t.measure = l.measure AND t.kontoslag = l.kontoslag) "
                    "ORDER BY 1, 4, 5, 2", // the same order from either engine
                    namndId, year);
    if (!st)
        return std::unexpected(st.error());
    std::vector<Figure> result;
    std::optional<std::string> unknown;
    auto ok = (*st)->forEach([&](const Statement &row) {
        const int month = row.integer(3);
        const auto measure = measureFromCode(row.text(4));
        if (!measure) {
            unknown = row.text(4);
            return;
        }
        result.push_back(Figure{FigureKey{row.int64(0), row.text(1), row.integer(2),
                                          month == 0 ? std::nullopt : std::optional<int>(month), *measure},
                                Money::fromOre(row.int64(5)), row.int64(6)});
    });
    if (!ok)
        return std::unexpected(ok.error());
    if (unknown)
        return fail(ErrorCode::Storage, m_path + ": okänt mått i databasen: " + *unknown);
    return result;
}

Result<std::vector<int>> SqlStore::years(Id namndId)
{
    auto st = query("SELECT f.year FROM figure f JOIN verksamhet v ON v.id = f.verksamhet_id WHERE v.namnd_id = ?1 "
                    "UNION SELECT l.year FROM ledger_figure l JOIN verksamhet v ON v.id = l.verksamhet_id "
                    "WHERE v.namnd_id = ?1 UNION SELECT year FROM namnd_year WHERE namnd_id = ?1 ORDER BY 1",
                    namndId);
    if (!st)
        return std::unexpected(st.error());
    std::vector<int> result;
    if (auto ok = (*st)->forEach([&](const Statement &row) { result.push_back(row.integer(0)); }); !ok)
        return std::unexpected(ok.error());
    return result;
}

Result<SqlStore::VerksamhetInfo> SqlStore::verksamhetInfo(WriteContext &context, Id verksamhetId)
{
    if (auto it = context.verksamheter.find(verksamhetId); it != context.verksamheter.end())
        return it->second;
    auto st = query("SELECT namnd_id FROM verksamhet WHERE id = ?1", verksamhetId);
    if (!st)
        return std::unexpected(st.error());
    auto row = (*st)->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, "verksamhet " + std::to_string(verksamhetId) + " finns inte");
    const Id namndId = (*st)->int64(0);
    (*st)->reset(); // a statement left on a row holds a read snapshot (see findNamnd)
    // The paths are not stored: the nämnd's tree gives them all at once, for this write and
    // the next ones of the transaction.
    auto tree = verksamheter(namndId);
    if (!tree)
        return std::unexpected(tree.error());
    for (Verksamhet &v : *tree)
        context.verksamheter[v.id] = VerksamhetInfo{namndId, std::move(v.path)};
    auto hidden = namndLevelId(namndId);
    if (!hidden)
        return std::unexpected(hidden.error());
    if (*hidden)
        context.verksamheter[**hidden] = VerksamhetInfo{namndId, {}};
    if (auto it = context.verksamheter.find(verksamhetId); it != context.verksamheter.end())
        return it->second;
    return fail(ErrorCode::NotFound, "verksamhet " + std::to_string(verksamhetId) + " hänger inte ihop med nämndens träd");
}

Result<void> SqlStore::checkUnlocked(WriteContext &context, Id namndId, int year, int month, const std::string &what)
{
    return checkUnlocked(context, namndId, year, month, [&] { return what; });
}

Result<const std::vector<std::pair<int, int>> *> SqlStore::locksOf(WriteContext &context, Id namndId)
{
    auto it = context.locks.find(namndId);
    if (it == context.locks.end()) {
        auto st = query("SELECT year, month FROM period_lock WHERE namnd_id = ?1", namndId);
        if (!st)
            return std::unexpected(st.error());
        std::vector<std::pair<int, int>> locks;
        if (auto ok = (*st)->forEach([&](const Statement &row) { locks.emplace_back(row.integer(0), row.integer(1)); });
            !ok)
            return std::unexpected(ok.error());
        it = context.locks.emplace(namndId, std::move(locks)).first;
    }
    return &it->second;
}

Result<void> SqlStore::checkUnlocked(WriteContext &context, Id namndId, int year, int month,
                                        const std::function<std::string()> &what)
{
    auto locks = locksOf(context, namndId);
    if (!locks)
        return std::unexpected(locks.error());
    for (const auto &[lockedYear, lockedMonth] : **locks) {
        if (lockedYear == year && (lockedMonth == 0 || lockedMonth == month))
            return fail(ErrorCode::Conflict, what() + ": perioden " + periodText(lockedYear, lockedMonth) +
                                                 " är låst; lås upp den innan du ändrar");
    }
    return {};
}

Result<void> SqlStore::checkFigureUnlocked(WriteContext &context, Id namndId, int year, int month, Measure measure,
                                              const std::function<std::string()> &what)
{
    if (auto ok = checkUnlocked(context, namndId, year, month, what); !ok)
        return ok;
    auto locks = locksOf(context, namndId);
    if (!locks)
        return std::unexpected(locks.error());
    const bool actual = measure == Measure::ActualIncome || measure == Measure::ActualCost || measure == Measure::ActualNet;
    for (const auto &[lockedYear, lockedMonth] : **locks) {
        // A locked month shows the year's helår budget (and its split), and its periodens budget
        // comes from it.
        if (!measureHasMonth(measure) && lockedYear == year)
            return fail(ErrorCode::Conflict, what() + ": perioden " + periodText(lockedYear, lockedMonth) +
                                                 " är låst och visar årets budget; lås upp den innan du ändrar");
        // It shows the year before to the same month (föregående år), and forecasts build on the
        // year before to the same month and to December.
        if (actual && lockedYear == year + 1 && (lockedMonth == 0 || lockedMonth == month || month == 12))
            return fail(ErrorCode::Conflict, what() + ": perioden " + periodText(lockedYear, lockedMonth) +
                                                 " är låst och visar föregående års utfall; lås upp den innan du ändrar");
    }
    return {};
}

Result<void> SqlStore::checkTreeChangeUnlocked(WriteContext &context, Id namndId, Id verksamhetId, bool budgetsOnly,
                                                  const std::string &what)
{
    auto locks = locksOf(context, namndId);
    if (!locks)
        return std::unexpected(locks.error());
    if ((*locks)->empty())
        return {};
    // The node and everything under it (a profile is inherited, a memo row's sums include its children).
    auto tree = verksamheter(namndId);
    if (!tree)
        return std::unexpected(tree.error());
    std::set<Id> under{verksamhetId};
    for (const Verksamhet &v : *tree) // parents come before their children
        if (v.parentId && under.contains(*v.parentId))
            under.insert(v.id);
    // Typed figures and those from the ledger alike.
    auto st = query(budgetsOnly ? "SELECT f.year, f.verksamhet_id FROM figure f JOIN verksamhet v ON v.id = f.verksamhet_id "
                                  "WHERE v.namnd_id = ?1 AND f.month = 0 AND f.measure IN ('budget', 'budget_intakter', 'budget_kostnader') UNION "
                                  "SELECT f.year, f.verksamhet_id FROM ledger_figure f JOIN verksamhet v ON v.id = f.verksamhet_id "
                                  "WHERE v.namnd_id = ?1 AND f.month = 0 AND f.measure IN ('budget', 'budget_intakter', 'budget_kostnader')"
                                : "SELECT f.year, f.verksamhet_id FROM figure f JOIN verksamhet v ON v.id = f.verksamhet_id "
                                  "WHERE v.namnd_id = ?1 UNION "
                                  "SELECT f.year, f.verksamhet_id FROM ledger_figure f JOIN verksamhet v ON v.id = f.verksamhet_id "
                                  "WHERE v.namnd_id = ?1",
                    namndId);
    if (!st)
        return std::unexpected(st.error());
    std::set<int> years;
    if (auto ok = (*st)->forEach([&](const Statement &row) {
            if (under.contains(row.int64(1)))
                years.insert(row.integer(0));
        });
        !ok)
        return ok;
    for (const auto &[lockedYear, lockedMonth] : **locks)
        if (years.contains(lockedYear))
            return fail(ErrorCode::Conflict, what + ": perioden " + periodText(lockedYear, lockedMonth) +
                                                 " är låst och visar siffror som ändringen räknar om; lås upp den innan du ändrar");
    return {};
}

Result<void> SqlStore::audit(const WriteContext &context, std::string_view entity, std::optional<Id> namndId,
                                std::optional<Id> verksamhetId, const std::string &what,
                                const std::optional<std::string> &oldValue,
                                const std::optional<std::string> &newValue, const std::string &reason)
{
    if (context.pending) {
        context.pending->push_back({std::string(entity), namndId, verksamhetId, what, oldValue, newValue, reason});
        return {};
    }
    return execute("INSERT INTO audit_log (at, who, entity, namnd_id, verksamhet_id, what, old_value, new_value, reason) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                   context.at, m_user, entity, namndId, verksamhetId, what, oldValue, newValue, reason);
}

Result<std::int64_t> SqlStore::rowVersion(WriteContext &context)
{
    if (context.version != 0)
        return context.version;
    auto st = statement(m_db->nextRowVersionSql());
    if (!st)
        return std::unexpected(st.error());
    auto row = (*st)->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::Storage, m_path + ": radversionen kunde inte läsas");
    context.version = (*st)->int64(0);
    (*st)->reset();
    return context.version;
}

Result<FigureState> SqlStore::figureState(const FigureKey &key)
{
    WriteContext context;
    auto info = verksamhetInfo(context, key.verksamhetId);
    if (!info)
        return std::unexpected(info.error());
    FigureState state;
    {
        auto st = query("SELECT amount_ore, version FROM figure WHERE verksamhet_id = ?1 AND year = ?2 AND month = ?3 "
                        "AND measure = ?4 AND kontoslag = ?5",
                        key.verksamhetId, key.year, key.month.value_or(0), measureCode(key.measure), key.kontoslag);
        if (!st)
            return std::unexpected(st.error());
        auto row = (*st)->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row) {
            state.amount = Money::fromOre((*st)->int64(0));
            state.version = (*st)->int64(1);
        }
        (*st)->reset();
    }
    // The newest committed audit row of the cell (on the server, ids follow commit order).
    auto st = query("SELECT who, at FROM audit_log WHERE verksamhet_id = ?1 AND entity = 'figur' AND what = ?2 "
                    "ORDER BY id DESC LIMIT 1",
                    key.verksamhetId, figureWhat(info->path, key));
    if (!st)
        return std::unexpected(st.error());
    auto row = (*st)->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row) {
        state.changedBy = (*st)->text(0);
        state.changedAt = (*st)->text(1);
    }
    (*st)->reset();
    return state;
}

Core::Error SqlStore::figureConflict(const FigureKey &key, const std::string &what)
{
    auto state = figureState(key);
    if (!state)
        return state.error();
    std::string message = what + ": ";
    if (state->changedBy.empty())
        message += "någon annan har ändrat cellen";
    else
        message += "ändrad av " + state->changedBy + " " + readableTime(state->changedAt);
    message += " sedan du läste den (nu ";
    message += state->amount ? Core::formatAmount(*state->amount, Core::AmountUnit::Kronor) + " kr" : std::string("tom");
    message += "); läs in den på nytt och gör om ändringen om den ska gälla";
    return Core::Error{ErrorCode::Conflict, message};
}

Core::Error SqlStore::figureNotWritable(const std::string &what)
{
    return Core::Error{ErrorCode::Forbidden, what + ": din roll får läsa cellen men inte ändra den"};
}

Result<bool> SqlStore::writeFigure(WriteContext &context, const FigureChange &change, const std::string &reason)
{
    const FigureKey &key = change.key;
    auto info = verksamhetInfo(context, key.verksamhetId);
    if (!info)
        return std::unexpected(info.error());
    const std::string what = figureWhat(info->path, key);
    if (measureHasMonth(key.measure) && (!key.month || *key.month < 1 || *key.month > 12))
        return fail(ErrorCode::OutOfRange, what + ": månaden saknas eller är inte 1–12");
    if (!measureHasMonth(key.measure) && key.month)
        return fail(ErrorCode::InvalidInput, what + ": helårsbudgeten har ingen månad");
    const int month = key.month.value_or(0);
    if (auto ok = checkFigureUnlocked(context, info->namndId, key.year, month, key.measure, [&] { return what; }); !ok)
        return std::unexpected(ok.error());

    const std::string_view measure = measureCode(key.measure);
    // Read with the row locked (on the server), so the value replaced, logged as the old one, is
    // the value read and the version compared is the stored one until this transaction ends.
    const std::string selectSql = std::string("SELECT amount_ore, version FROM figure WHERE verksamhet_id = ?1 "
                                              "AND year = ?2 AND month = ?3 AND measure = ?4 AND kontoslag = ?5") +
                                  std::string(m_db->lockRowsSql());
    // Twice at most: a row another transaction stored after the first read is read again.
    for (int attempt = 0;; ++attempt) {
        auto select = query(selectSql, key.verksamhetId, key.year, month, measure, key.kontoslag);
        if (!select)
            return std::unexpected(select.error());
        Statement &s = **select;
        auto row = s.step();
        if (!row)
            return std::unexpected(row.error());
        // Plain values rather than optionals: g++ 12 warns (wrongly) about an uninitialised optional here.
        const bool hadOld = *row;
        const std::int64_t oldOre = hadOld ? s.int64(0) : 0;
        const std::int64_t oldVersion = hadOld ? s.int64(1) : 0;
        s.reset();
        if (!hadOld && !m_db->lockRowsSql().empty()) {
            // Row security hides from FOR UPDATE a row the user may read but not change: tell
            // "not yours to change" from "empty" rather than write into it or clear nothing.
            auto visible = query("SELECT 1 FROM figure WHERE verksamhet_id = ?1 AND year = ?2 AND month = ?3 "
                                 "AND measure = ?4 AND kontoslag = ?5",
                                 key.verksamhetId, key.year, month, measure, key.kontoslag);
            if (!visible)
                return std::unexpected(visible.error());
            auto seen = (*visible)->step();
            if (!seen)
                return std::unexpected(seen.error());
            (*visible)->reset();
            // Visible now but not to the locking read: stored by someone meanwhile (read it
            // again, locked), or hidden from writes by the user's role.
            if (*seen && attempt == 0)
                continue;
            if (*seen)
                return std::unexpected(figureNotWritable(what));
        }
        if (change.baseVersion && *change.baseVersion != oldVersion)
            return std::unexpected(figureConflict(key, what));
        const bool hasNext = change.amount.has_value();
        const std::int64_t nextOre = hasNext ? change.amount->ore() : 0;
        if (hadOld == hasNext && oldOre == nextOre)
            return false;
        auto version = rowVersion(context);
        if (!version)
            return std::unexpected(version.error());

        if (hasNext && !hadOld) {
            if (auto ok = execute("INSERT INTO figure (verksamhet_id, year, month, measure, kontoslag, amount_ore, version) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                                  "ON CONFLICT (verksamhet_id, year, month, measure, kontoslag) DO NOTHING",
                                  key.verksamhetId, key.year, month, measure, key.kontoslag, nextOre, *version);
                !ok) {
                if (m_db->lastErrorKind() == SqlErrorKind::ForeignKey)
                    return fail(ErrorCode::NotFound, what + ": okänt kontoslag '" + key.kontoslag + "'");
                return std::unexpected(ok.error());
            }
            if (m_db->changes() == 0) {
                // Someone stored the cell after it was read here (only on the server: SQLite's
                // write lock was taken before the read).
                if (change.baseVersion || attempt > 0)
                    return std::unexpected(figureConflict(key, what));
                continue;
            }
        } else if (hasNext) {
            if (auto ok = execute("UPDATE figure SET amount_ore = ?6, version = ?7 WHERE verksamhet_id = ?1 AND year = ?2 "
                                  "AND month = ?3 AND measure = ?4 AND kontoslag = ?5",
                                  key.verksamhetId, key.year, month, measure, key.kontoslag, nextOre, *version);
                !ok)
                return std::unexpected(ok.error());
        } else if (auto ok = execute("DELETE FROM figure WHERE verksamhet_id = ?1 AND year = ?2 AND month = ?3 "
                                     "AND measure = ?4 AND kontoslag = ?5",
                                     key.verksamhetId, key.year, month, measure, key.kontoslag);
                   !ok) {
            return std::unexpected(ok.error());
        }
        auto toText = [](bool present, std::int64_t ore) {
            return present ? std::optional<std::string>(std::to_string(ore)) : std::nullopt;
        };
        if (auto ok = audit(context, "figur", info->namndId, key.verksamhetId, what, toText(hadOld, oldOre),
                            toText(hasNext, nextOre), reason);
            !ok)
            return std::unexpected(ok.error());
        return true;
    }
}

Result<void> SqlStore::setFigure(const FigureChange &change, const std::string &reason)
{
    return setFigures(std::span<const FigureChange>(&change, 1), reason);
}

Result<void> SqlStore::setFigures(std::span<const FigureChange> changes, const std::string &reason)
{
    auto written = writeFigures(changes, reason);
    if (!written)
        return std::unexpected(written.error());
    return {};
}

Result<std::int64_t> SqlStore::writeFigures(std::span<const FigureChange> changes, const std::string &reason)
{
    return inTransaction(*m_db, [&]() -> Result<std::int64_t> {
        WriteContext context;
        context.at = now();
        std::map<SplitKey, SplitWrite> utfall; // the utfall keys the edit changed
        for (const FigureChange &change : changes) {
            auto written = writeFigure(context, change, reason);
            if (!written)
                return std::unexpected(written.error());
            const Measure measure = change.key.measure;
            if (!*written || (measure != Measure::ActualIncome && measure != Measure::ActualCost && measure != Measure::ActualNet))
                continue;
            SplitWrite &write = utfall[{change.key.verksamhetId, change.key.year, change.key.month.value_or(0), change.key.kontoslag}];
            // Named by the netto when the edit changed it, else by the first part it changed.
            if (write.what.empty() || (measure == Measure::ActualNet && !write.net))
                write.what = figureWhat(context.verksamheter.at(change.key.verksamhetId).path, change.key);
            (measure == Measure::ActualNet ? write.net : write.split) = true;
        }
        // Checked once every change is in, so a correction of all three together passes.
        if (auto ok = checkStoredSplits(utfall, "samma ändring"); !ok)
            return std::unexpected(ok.error());
        return context.version;
    });
}

namespace {

// Spaces, tabs, line breaks and no-break spaces only: no reason at all.
bool isBlank(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
            continue;
        if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
            ++i;
            continue;
        }
        return false;
    }
    return true;
}

} // namespace

Result<void> SqlStore::lockPeriod(Id namndId, int year, std::optional<int> month, const std::string &reason)
{
    if (month && (*month < 1 || *month > 12))
        return fail(ErrorCode::OutOfRange, "månaden " + std::to_string(*month) + " finns inte, ange 1–12");
    if (isBlank(reason))
        return fail(ErrorCode::MissingInput, "perioden " + periodText(year, month) +
                                                 ": skriv varför den låses (orsaken står i ändringsloggen)");
    return inTransaction(*m_db, [&]() -> Result<void> {
        WriteContext context;
        context.at = now();
        if (auto ok = execute("INSERT INTO period_lock (namnd_id, year, month, locked_by, locked_at, reason) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (namnd_id, year, month) DO NOTHING",
                              namndId, year, month.value_or(0), m_user, context.at, reason);
            !ok) {
            if (m_db->lastErrorKind() == SqlErrorKind::ForeignKey)
                return fail(ErrorCode::NotFound, "nämnden " + std::to_string(namndId) + " finns inte");
            return ok;
        }
        if (m_db->changes() == 0)
            return fail(ErrorCode::Conflict, "perioden " + periodText(year, month) + " är redan låst");
        if (auto ok = audit(context, "periodlås", namndId, std::nullopt, "period " + periodText(year, month),
                            std::string("olåst"), std::string("låst"), reason); !ok)
            return ok;
        return {};
    });
}

Result<void> SqlStore::unlockPeriod(Id namndId, int year, std::optional<int> month, const std::string &reason)
{
    if (isBlank(reason))
        return fail(ErrorCode::MissingInput, "perioden " + periodText(year, month) +
                                                 ": skriv varför den låses upp (orsaken står i ändringsloggen)");
    return inTransaction(*m_db, [&]() -> Result<void> {
        WriteContext context;
        context.at = now();
        if (auto ok = execute("DELETE FROM period_lock WHERE namnd_id = ?1 AND year = ?2 AND month = ?3", namndId, year,
                              month.value_or(0));
            !ok)
            return ok;
        if (m_db->changes() == 0)
            return fail(ErrorCode::NotFound, "perioden " + periodText(year, month) + " är inte låst");
        if (auto ok = audit(context, "periodlås", namndId, std::nullopt, "period " + periodText(year, month),
                            std::string("låst"), std::string("olåst"), reason); !ok)
            return ok;
        return {};
    });
}

Result<std::vector<PeriodLock>> SqlStore::periodLocks(Id namndId)
{
    auto st = query("SELECT year, month, locked_by, locked_at, reason FROM period_lock WHERE namnd_id = ?1 "
                    "ORDER BY year, month",
                    namndId);
    if (!st)
        return std::unexpected(st.error());
    std::vector<PeriodLock> result;
    auto ok = (*st)->forEach([&](const Statement &row) {
        const int month = row.integer(1);
        result.push_back(PeriodLock{namndId, row.integer(0), month == 0 ? std::nullopt : std::optional<int>(month),
                                    row.text(2), row.text(3), row.text(4)});
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<std::vector<AuditEntry>> SqlStore::readAudit(std::string_view where, Id id, Id afterId)
{
    // The id range rides on the column's index (its entries end in the rowid), so a short tail
    // of a long log costs a short scan.
    auto st = query(std::string("SELECT id, at, who, entity, namnd_id, verksamhet_id, what, old_value, new_value, reason "
                                "FROM audit_log WHERE ") +
                        std::string(where) + " = ?1 AND id > ?2 ORDER BY id",
                    id, afterId);
    if (!st)
        return std::unexpected(st.error());
    std::vector<AuditEntry> result;
    auto ok = (*st)->forEach([&](const Statement &s) {
        result.push_back(AuditEntry{s.int64(0), s.text(1), s.text(2), s.text(3), s.optionalInt64(4).value_or(0),
                                    s.optionalInt64(5), s.text(6), s.optionalText(7), s.optionalText(8), s.text(9)});
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<std::vector<AuditEntry>> SqlStore::auditLog(Id verksamhetId)
{
    return readAudit("verksamhet_id", verksamhetId, 0);
}

Result<std::vector<AuditEntry>> SqlStore::auditLogOfNamnd(Id namndId)
{
    return readAudit("namnd_id", namndId, 0);
}

Result<std::vector<AuditEntry>> SqlStore::auditLogOfNamnd(Id namndId, Id afterId)
{
    return readAudit("namnd_id", namndId, afterId);
}

} // namespace Tertial::Storage
