// SPDX-License-Identifier: GPL-3.0-or-later
// Figures, period locks and the audit log of the SQLite store.
#include "sqlitestore.h"

#include "transaction.h"

#include <algorithm>
#include <cstdio>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Money;
using Core::Result;

namespace {

std::string periodText(int year, std::optional<int> month)
{
    if (!month || *month == 0)
        return std::to_string(year);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%d-%02d", year, *month);
    return buffer;
}

std::string figureWhat(const std::string &path, const FigureKey &key)
{
    std::string what = (path.empty() ? std::string("(hela nämnden)") : path) + " " + periodText(key.year, key.month) + " " + std::string(measureCode(key.measure));
    if (!key.kontoslag.empty())
        what += " " + key.kontoslag;
    return what;
}

} // namespace

Result<std::vector<Figure>> SqliteStore::figures(Id namndId, int year)
{
    auto st = statement("SELECT f.verksamhet_id, f.kontoslag, f.year, f.month, f.measure, f.amount_ore "
                        "FROM figure f JOIN verksamhet v ON v.id = f.verksamhet_id "
                        "WHERE v.namnd_id = ?1 AND f.year = ?2");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, namndId);
    (*st)->bind(2, year);
    std::vector<Figure> result;
    for (;;) {
        auto row = (*st)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const int month = (*st)->integer(3);
        const auto measure = measureFromCode((*st)->text(4));
        if (!measure)
            return fail(ErrorCode::Storage, m_path + ": okänt mått i databasen: " + (*st)->text(4));
        result.push_back(Figure{FigureKey{(*st)->int64(0), (*st)->text(1), (*st)->integer(2),
                                          month == 0 ? std::nullopt : std::optional<int>(month), *measure},
                                Money::fromOre((*st)->int64(5))});
    }
    return result;
}

Result<SqliteStore::VerksamhetInfo> SqliteStore::verksamhetInfo(WriteContext &context, Id verksamhetId)
{
    if (auto it = context.verksamheter.find(verksamhetId); it != context.verksamheter.end())
        return it->second;
    auto st = statement("SELECT namnd_id, path FROM verksamhet WHERE id = ?1");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, verksamhetId);
    auto row = (*st)->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, "verksamhet " + std::to_string(verksamhetId) + " finns inte");
    VerksamhetInfo info{(*st)->int64(0), (*st)->text(1)};
    context.verksamheter.emplace(verksamhetId, info);
    return info;
}

Result<void> SqliteStore::checkUnlocked(WriteContext &context, Id namndId, int year, int month, const std::string &what)
{
    auto it = context.locks.find(namndId);
    if (it == context.locks.end()) {
        auto st = statement("SELECT year, month FROM period_lock WHERE namnd_id = ?1");
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, namndId);
        std::vector<std::pair<int, int>> locks;
        for (;;) {
            auto row = (*st)->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            locks.emplace_back((*st)->integer(0), (*st)->integer(1));
        }
        it = context.locks.emplace(namndId, std::move(locks)).first;
    }
    for (const auto &[lockedYear, lockedMonth] : it->second) {
        if (lockedYear == year && (lockedMonth == 0 || lockedMonth == month))
            return fail(ErrorCode::Conflict, what + ": perioden " + periodText(lockedYear, lockedMonth) +
                                                 " är låst; lås upp den innan du ändrar");
    }
    return {};
}

Result<void> SqliteStore::audit(const WriteContext &context, std::string_view entity, std::optional<Id> namndId,
                                std::optional<Id> verksamhetId, const std::string &what,
                                const std::optional<std::string> &oldValue,
                                const std::optional<std::string> &newValue, const std::string &reason)
{
    auto st = statement("INSERT INTO audit_log (at, who, entity, namnd_id, verksamhet_id, what, old_value, new_value, reason) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!st)
        return std::unexpected(st.error());
    SqliteStatement &s = **st;
    s.bind(1, context.at);
    s.bind(2, m_user);
    s.bind(3, entity);
    s.bind(4, namndId);
    s.bind(5, verksamhetId);
    s.bind(6, what);
    s.bind(7, oldValue);
    s.bind(8, newValue);
    s.bind(9, reason);
    return s.run();
}

Result<bool> SqliteStore::writeFigure(WriteContext &context, const FigureChange &change, const std::string &reason)
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
    if (auto ok = checkUnlocked(context, info->namndId, key.year, month, what); !ok)
        return std::unexpected(ok.error());

    // A verksamhet created in this transaction has no figures but those written since: try a plain
    // insert first and look the old value up only if the key turns out to exist already.
    if (change.amount && context.newVerksamheter.contains(key.verksamhetId)) {
        auto insert = statement("INSERT INTO figure (verksamhet_id, year, month, measure, kontoslag, amount_ore) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!insert)
            return std::unexpected(insert.error());
        SqliteStatement &i = **insert;
        i.bind(1, key.verksamhetId);
        i.bind(2, key.year);
        i.bind(3, month);
        i.bind(4, measureCode(key.measure));
        i.bind(5, key.kontoslag);
        i.bind(6, change.amount->ore());
        if (i.run()) {
            if (context.summariseNewFigures) {
                ++context.newFigures[info->namndId];
                return true;
            }
            if (auto ok = audit(context, "figur", info->namndId, key.verksamhetId, what, std::nullopt,
                                std::to_string(change.amount->ore()), reason);
                !ok)
                return std::unexpected(ok.error());
            return true;
        }
        i.reset(); // a duplicate key or an unknown kontoslag: the general path below tells which
    }
    auto select = statement("SELECT amount_ore FROM figure WHERE verksamhet_id = ?1 AND year = ?2 AND month = ?3 "
                            "AND measure = ?4 AND kontoslag = ?5");
    if (!select)
        return std::unexpected(select.error());
    SqliteStatement &s = **select;
    s.bind(1, key.verksamhetId);
    s.bind(2, key.year);
    s.bind(3, month);
    s.bind(4, measureCode(key.measure));
    s.bind(5, key.kontoslag);
    auto row = s.step();
    if (!row)
        return std::unexpected(row.error());
    // Plain values rather than optionals: g++ 12 warns (wrongly) about an uninitialised optional here.
    const bool hadOld = *row;
    const std::int64_t oldOre = hadOld ? s.int64(0) : 0;
    s.reset();
    const bool hasNext = change.amount.has_value();
    const std::int64_t nextOre = hasNext ? change.amount->ore() : 0;
    if (hadOld == hasNext && oldOre == nextOre)
        return false;

    if (hasNext) {
        auto upsert = statement("INSERT INTO figure (verksamhet_id, year, month, measure, kontoslag, amount_ore) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                                "ON CONFLICT (verksamhet_id, year, month, measure, kontoslag) "
                                "DO UPDATE SET amount_ore = excluded.amount_ore");
        if (!upsert)
            return std::unexpected(upsert.error());
        SqliteStatement &u = **upsert;
        u.bind(1, key.verksamhetId);
        u.bind(2, key.year);
        u.bind(3, month);
        u.bind(4, measureCode(key.measure));
        u.bind(5, key.kontoslag);
        u.bind(6, nextOre);
        if (auto ok = u.run(); !ok) {
            if (ok.error().message.find("FOREIGN KEY") != std::string::npos)
                return fail(ErrorCode::NotFound, what + ": okänt kontoslag '" + key.kontoslag + "'");
            return std::unexpected(ok.error());
        }
    } else {
        auto remove = statement("DELETE FROM figure WHERE verksamhet_id = ?1 AND year = ?2 AND month = ?3 "
                                "AND measure = ?4 AND kontoslag = ?5");
        if (!remove)
            return std::unexpected(remove.error());
        SqliteStatement &d = **remove;
        d.bind(1, key.verksamhetId);
        d.bind(2, key.year);
        d.bind(3, month);
        d.bind(4, measureCode(key.measure));
        d.bind(5, key.kontoslag);
        if (auto ok = d.run(); !ok)
            return std::unexpected(ok.error());
    }
    if (!hadOld && context.summariseNewFigures) {
        ++context.newFigures[info->namndId];
        return true;
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

Result<void> SqliteStore::setFigure(const FigureChange &change, const std::string &reason)
{
    return setFigures(std::span<const FigureChange>(&change, 1), reason);
}

Result<void> SqliteStore::setFigures(std::span<const FigureChange> changes, const std::string &reason)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    WriteContext context;
    context.at = now();
    for (const FigureChange &change : changes) {
        if (auto ok = writeFigure(context, change, reason); !ok)
            return std::unexpected(ok.error());
    }
    return transaction->commit();
}

Result<void> SqliteStore::lockPeriod(Id namndId, int year, std::optional<int> month, const std::string &reason)
{
    if (month && (*month < 1 || *month > 12))
        return fail(ErrorCode::OutOfRange, "månaden " + std::to_string(*month) + " finns inte, ange 1–12");
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    WriteContext context;
    context.at = now();
    auto st = statement("INSERT INTO period_lock (namnd_id, year, month, locked_by, locked_at, reason) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (namnd_id, year, month) DO NOTHING");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, namndId);
    (*st)->bind(2, year);
    (*st)->bind(3, month.value_or(0));
    (*st)->bind(4, m_user);
    (*st)->bind(5, context.at);
    (*st)->bind(6, reason);
    if (auto ok = (*st)->run(); !ok) {
        if (ok.error().message.find("FOREIGN KEY") != std::string::npos)
            return fail(ErrorCode::NotFound, "nämnden " + std::to_string(namndId) + " finns inte");
        return ok;
    }
    if (m_db.changes() == 0)
        return fail(ErrorCode::Conflict, "perioden " + periodText(year, month) + " är redan låst");
    if (auto ok = audit(context, "periodlås", namndId, std::nullopt, "period " + periodText(year, month),
                        std::string("olåst"), std::string("låst"), reason); !ok)
        return ok;
    return transaction->commit();
}

Result<void> SqliteStore::unlockPeriod(Id namndId, int year, std::optional<int> month, const std::string &reason)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    WriteContext context;
    context.at = now();
    auto st = statement("DELETE FROM period_lock WHERE namnd_id = ?1 AND year = ?2 AND month = ?3");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, namndId);
    (*st)->bind(2, year);
    (*st)->bind(3, month.value_or(0));
    if (auto ok = (*st)->run(); !ok)
        return ok;
    if (m_db.changes() == 0)
        return fail(ErrorCode::NotFound, "perioden " + periodText(year, month) + " är inte låst");
    if (auto ok = audit(context, "periodlås", namndId, std::nullopt, "period " + periodText(year, month),
                        std::string("låst"), std::string("olåst"), reason); !ok)
        return ok;
    return transaction->commit();
}

Result<std::vector<PeriodLock>> SqliteStore::periodLocks(Id namndId)
{
    auto st = statement("SELECT year, month, locked_by, locked_at, reason FROM period_lock WHERE namnd_id = ?1 "
                        "ORDER BY year, month");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, namndId);
    std::vector<PeriodLock> result;
    for (;;) {
        auto row = (*st)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const int month = (*st)->integer(1);
        result.push_back(PeriodLock{namndId, (*st)->integer(0), month == 0 ? std::nullopt : std::optional<int>(month),
                                    (*st)->text(2), (*st)->text(3), (*st)->text(4)});
    }
    return result;
}

Result<std::vector<AuditEntry>> SqliteStore::readAudit(std::string_view where, Id id)
{
    auto st = statement(std::string("SELECT id, at, who, entity, namnd_id, verksamhet_id, what, old_value, new_value, reason "
                                    "FROM audit_log WHERE ") + std::string(where) + " = ?1 ORDER BY id");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, id);
    std::vector<AuditEntry> result;
    for (;;) {
        auto row = (*st)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        SqliteStatement &s = **st;
        result.push_back(AuditEntry{s.int64(0), s.text(1), s.text(2), s.text(3), s.optionalInt64(4).value_or(0),
                                    s.optionalInt64(5), s.text(6), s.optionalText(7), s.optionalText(8), s.text(9)});
    }
    return result;
}

Result<std::vector<AuditEntry>> SqliteStore::auditLog(Id verksamhetId)
{
    return readAudit("verksamhet_id", verksamhetId);
}

Result<std::vector<AuditEntry>> SqliteStore::auditLogOfNamnd(Id namndId)
{
    return readAudit("namnd_id", namndId);
}

} // namespace Tertial::Storage
