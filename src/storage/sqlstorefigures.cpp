// SPDX-License-Identifier: GPL-3.0-or-later
// Figures, period locks and the audit log of the SQLite store.
#include "sqlstore.h"

#include "figuretext.h"
#include "transaction.h"

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Money;
using Core::Result;


Result<std::vector<Figure>> SqlStore::figures(Id namndId, int year)
{
    // Typed (and file-imported) figures, then the ledger's figures that no typed figure of the same
    // key hides: the two are kept apart (sqlstoreledger.cpp) and read as one.
    auto st = query("SELECT f.verksamhet_id, f.kontoslag, f.year, f.month, f.measure, f.amount_ore "
                    "FROM figure f JOIN verksamhet v ON v.id = f.verksamhet_id "
                    "WHERE v.namnd_id = ?1 AND f.year = ?2 "
                    "UNION ALL "
                    "SELECT l.verksamhet_id, l.kontoslag, l.year, l.month, l.measure, l.amount_ore "
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
                                Money::fromOre(row.int64(5))});
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
                    "WHERE v.namnd_id = ?1 ORDER BY 1",
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
    auto st = query("SELECT namnd_id, path FROM verksamhet WHERE id = ?1", verksamhetId);
    if (!st)
        return std::unexpected(st.error());
    auto row = (*st)->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, "verksamhet " + std::to_string(verksamhetId) + " finns inte");
    VerksamhetInfo info{(*st)->int64(0), (*st)->text(1)};
    (*st)->reset(); // a statement left on a row holds a read snapshot (see findNamnd)
    context.verksamheter.emplace(verksamhetId, info);
    return info;
}

Result<void> SqlStore::checkUnlocked(WriteContext &context, Id namndId, int year, int month, const std::string &what)
{
    return checkUnlocked(context, namndId, year, month, [&] { return what; });
}

Result<void> SqlStore::checkUnlocked(WriteContext &context, Id namndId, int year, int month,
                                        const std::function<std::string()> &what)
{
    auto it = context.locks.find(namndId);
    if (it == context.locks.end()) {
        auto st = query("SELECT year, month FROM period_lock WHERE namnd_id = ?1", namndId);
        if (!st)
            return std::unexpected(st.error());
        std::vector<std::pair<int, int>> locks;
        if (auto ok = (*st)->forEach([&](const Statement &row) { locks.emplace_back(row.integer(0), row.integer(1)); });
            !ok)
            return ok;
        it = context.locks.emplace(namndId, std::move(locks)).first;
    }
    for (const auto &[lockedYear, lockedMonth] : it->second) {
        if (lockedYear == year && (lockedMonth == 0 || lockedMonth == month))
            return fail(ErrorCode::Conflict, what() + ": perioden " + periodText(lockedYear, lockedMonth) +
                                                 " är låst; lås upp den innan du ändrar");
    }
    return {};
}

Result<void> SqlStore::audit(const WriteContext &context, std::string_view entity, std::optional<Id> namndId,
                                std::optional<Id> verksamhetId, const std::string &what,
                                const std::optional<std::string> &oldValue,
                                const std::optional<std::string> &newValue, const std::string &reason)
{
    return execute("INSERT INTO audit_log (at, who, entity, namnd_id, verksamhet_id, what, old_value, new_value, reason) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                   context.at, m_user, entity, namndId, verksamhetId, what, oldValue, newValue, reason);
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
    if (auto ok = checkUnlocked(context, info->namndId, key.year, month, what); !ok)
        return std::unexpected(ok.error());

    const std::string_view measure = measureCode(key.measure);
    auto select = query("SELECT amount_ore FROM figure WHERE verksamhet_id = ?1 AND year = ?2 AND month = ?3 "
                        "AND measure = ?4 AND kontoslag = ?5",
                        key.verksamhetId, key.year, month, measure, key.kontoslag);
    if (!select)
        return std::unexpected(select.error());
    Statement &s = **select;
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
        if (auto ok = execute("INSERT INTO figure (verksamhet_id, year, month, measure, kontoslag, amount_ore) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                              "ON CONFLICT (verksamhet_id, year, month, measure, kontoslag) "
                              "DO UPDATE SET amount_ore = excluded.amount_ore",
                              key.verksamhetId, key.year, month, measure, key.kontoslag, nextOre);
            !ok) {
            if (m_db->lastErrorKind() == SqlErrorKind::ForeignKey)
                return fail(ErrorCode::NotFound, what + ": okänt kontoslag '" + key.kontoslag + "'");
            return std::unexpected(ok.error());
        }
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

Result<void> SqlStore::setFigure(const FigureChange &change, const std::string &reason)
{
    return setFigures(std::span<const FigureChange>(&change, 1), reason);
}

Result<void> SqlStore::setFigures(std::span<const FigureChange> changes, const std::string &reason)
{
    auto transaction = Transaction::begin(*m_db);
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

Result<void> SqlStore::lockPeriod(Id namndId, int year, std::optional<int> month, const std::string &reason)
{
    if (month && (*month < 1 || *month > 12))
        return fail(ErrorCode::OutOfRange, "månaden " + std::to_string(*month) + " finns inte, ange 1–12");
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
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
    return transaction->commit();
}

Result<void> SqlStore::unlockPeriod(Id namndId, int year, std::optional<int> month, const std::string &reason)
{
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
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
    return transaction->commit();
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
