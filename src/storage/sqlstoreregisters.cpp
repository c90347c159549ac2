// SPDX-License-Identifier: GPL-3.0-or-later
// Comments, forecast methods and the registers beside the figures in the SQLite store.
#include "sqlstore.h"
#include "storedcodes.h"

#include "transaction.h"

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Money;
using Core::Result;

namespace {

std::string periodWhat(const std::string &path, int year, int month)
{
    return path + " " + std::to_string(year) + "-" + (month < 10 ? "0" : "") + std::to_string(month);
}

std::optional<Money> optionalMoney(const Statement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return Money::fromOre(s.int64(column));
}

// Reads every row of a prepared and bound statement through `make`.
template<typename T, typename Make>
Result<std::vector<T>> readAll(Statement &s, Make make)
{
    std::vector<T> result;
    for (;;) {
        auto row = s.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        result.push_back(make(s));
    }
    return result;
}

} // namespace

Result<void> SqlStore::writeRegister(const WriteContext &context, std::string_view entity, Id namndId,
                                        std::optional<Id> verksamhetId, const std::string &what,
                                        std::string_view selectSql, std::string_view upsertSql,
                                        const std::function<void(Statement &)> &bind, const std::string &reason)
{
    auto readText = [&]() -> Result<std::optional<std::string>> {
        auto select = statement(selectSql);
        if (!select)
            return std::unexpected(select.error());
        bind(**select); // parameters beyond the key are ignored by SQLite (SQLITE_RANGE)
        auto row = (*select)->step();
        if (!row)
            return std::unexpected(row.error());
        std::optional<std::string> text = *row ? std::optional<std::string>((*select)->text(0)) : std::nullopt;
        (*select)->reset();
        return text;
    };
    auto old = readText();
    if (!old)
        return std::unexpected(old.error());
    auto upsert = statement(upsertSql);
    if (!upsert)
        return std::unexpected(upsert.error());
    bind(**upsert);
    if (auto ok = (*upsert)->run(); !ok)
        return ok;
    auto next = readText();
    if (!next)
        return std::unexpected(next.error());
    if (*old == *next)
        return {};
    return audit(context, entity, namndId == 0 ? std::nullopt : std::optional<Id>(namndId), verksamhetId, what, *old,
                 *next, reason);
}

Result<void> SqlStore::writeComment(WriteContext &context, const Comment &comment, const std::string &reason)
{
    auto info = verksamhetInfo(context, comment.verksamhetId);
    if (!info)
        return std::unexpected(info.error());
    const std::string what = periodWhat(info->path, comment.year, comment.month);
    if (comment.month < 1 || comment.month > 12)
        return fail(ErrorCode::OutOfRange, what + ": månaden är inte 1–12");
    if (auto ok = checkUnlocked(context, info->namndId, comment.year, comment.month, what); !ok)
        return ok;
    if (comment.text.empty()) {
        return writeRegister(context, "kommentar", info->namndId, comment.verksamhetId, what,
                             "SELECT body FROM comment WHERE verksamhet_id = ?1 AND year = ?2 AND month = ?3",
                             "DELETE FROM comment WHERE verksamhet_id = ?1 AND year = ?2 AND month = ?3",
                             [&](Statement &s) {
                                 s.bind(1, comment.verksamhetId);
                                 s.bind(2, comment.year);
                                 s.bind(3, comment.month);
                             },
                             reason);
    }
    return writeRegister(context, "kommentar", info->namndId, comment.verksamhetId, what,
                         "SELECT body FROM comment WHERE verksamhet_id = ?1 AND year = ?2 AND month = ?3",
                         "INSERT INTO comment (verksamhet_id, year, month, body) VALUES (?1, ?2, ?3, ?4) "
                         "ON CONFLICT (verksamhet_id, year, month) DO UPDATE SET body = excluded.body",
                         [&](Statement &s) {
                             s.bind(1, comment.verksamhetId);
                             s.bind(2, comment.year);
                             s.bind(3, comment.month);
                             s.bind(4, comment.text);
                         },
                         reason);
}

Result<void> SqlStore::writeForecast(WriteContext &context, const ForecastChoice &choice, const std::string &reason)
{
    auto info = verksamhetInfo(context, choice.verksamhetId);
    if (!info)
        return std::unexpected(info.error());
    const std::string what = periodWhat(info->path, choice.year, choice.month);
    if (choice.month < 1 || choice.month > 12)
        return fail(ErrorCode::OutOfRange, what + ": månaden är inte 1–12");
    if (auto ok = checkUnlocked(context, info->namndId, choice.year, choice.month, what); !ok)
        return ok;
    return writeRegister(context, "prognosmetod", info->namndId, choice.verksamhetId, what,
                         "SELECT method FROM forecast_method WHERE verksamhet_id = ?1 AND year = ?2 AND month = ?3",
                         "INSERT INTO forecast_method (verksamhet_id, year, month, method) VALUES (?1, ?2, ?3, ?4) "
                         "ON CONFLICT (verksamhet_id, year, month) DO UPDATE SET method = excluded.method",
                         [&](Statement &s) {
                             s.bind(1, choice.verksamhetId);
                             s.bind(2, choice.year);
                             s.bind(3, choice.month);
                             s.bind(4, forecastMethodCode(choice.method));
                         },
                         reason);
}

Result<void> SqlStore::setComment(const Comment &comment, const std::string &reason)
{
    return inTransaction(*m_db, [&]() -> Result<void> {
        WriteContext context;
        context.at = now();
        if (auto ok = writeComment(context, comment, reason); !ok)
            return ok;
        return {};
    });
}

Result<void> SqlStore::setForecastMethod(const ForecastChoice &choice, const std::string &reason)
{
    return inTransaction(*m_db, [&]() -> Result<void> {
        WriteContext context;
        context.at = now();
        if (auto ok = writeForecast(context, choice, reason); !ok)
            return ok;
        return {};
    });
}

Result<std::vector<Comment>> SqlStore::comments(Id namndId, int year)
{
    auto st = statement("SELECT c.verksamhet_id, c.year, c.month, c.body FROM comment c JOIN verksamhet v ON v.id = c.verksamhet_id "
                        "WHERE v.namnd_id = ?1 AND c.year = ?2 ORDER BY c.verksamhet_id, c.month");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, namndId);
    (*st)->bind(2, year);
    return readAll<Comment>(**st, [](const Statement &s) {
        return Comment{s.int64(0), s.integer(1), s.integer(2), s.text(3)};
    });
}

Result<std::vector<ForecastChoice>> SqlStore::forecastMethods(Id namndId, int year)
{
    auto st = statement("SELECT f.verksamhet_id, f.year, f.month, f.method FROM forecast_method f "
                        "JOIN verksamhet v ON v.id = f.verksamhet_id WHERE v.namnd_id = ?1 AND f.year = ?2 "
                        "ORDER BY f.verksamhet_id, f.month");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, namndId);
    (*st)->bind(2, year);
    CodeErrors codes;
    auto rows = readAll<ForecastChoice>(**st, [&codes](const Statement &s) {
        return ForecastChoice{s.int64(0), s.integer(1), s.integer(2),
                              codes.take(storedForecastMethod(s.text(3)), "prognosmetod för verksamhet " + s.text(0),
                                         ForecastMethod::Manual)};
    });
    if (rows && codes.error())
        return std::unexpected(*codes.error());
    return rows;
}

Result<std::vector<Volume>> SqlStore::volumes(Id namndId, int year)
{
    auto st = statement("SELECT o.verksamhet_id, o.year, o.month, o.service_type, o.measure, o.value, o.months FROM volume o "
                        "JOIN verksamhet v ON v.id = o.verksamhet_id WHERE v.namnd_id = ?1 AND o.year = ?2 "
                        "ORDER BY o.verksamhet_id, o.service_type, o.measure, o.month");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, namndId);
    (*st)->bind(2, year);
    CodeErrors codes;
    auto rows = readAll<Volume>(**st, [&codes](const Statement &s) {
        return Volume{s.int64(0), s.integer(1), s.integer(2), s.text(3),
                      codes.take(storedVolumeMeasure(s.text(4)), "volym " + s.text(3), Core::VolumeMeasure::Persons),
                      s.real(5), s.integer(6)};
    });
    if (rows && codes.error())
        return std::unexpected(*codes.error());
    return rows;
}

Result<std::vector<Indicator>> SqlStore::indicators(Id namndId)
{
    auto st = statement("SELECT id, namnd_id, code, area, name, unit, direction, target_kind, tolerance, source "
                        "FROM indicator WHERE namnd_id = ?1 ORDER BY id");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, namndId);
    CodeErrors codes;
    auto rows = readAll<Indicator>(**st, [&codes](const Statement &s) {
        const std::string where = "indikator " + s.text(2);
        return Indicator{s.int64(0), s.int64(1), s.text(2), s.text(3), s.text(4), s.text(5),
                         codes.take(storedDirection(s.text(6)), where, Core::Direction::HigherIsBetter),
                         codes.take(storedTargetKind(s.text(7)), where, Core::TargetKind::AtLeast), s.optionalReal(8),
                         s.text(9)};
    });
    if (rows && codes.error())
        return std::unexpected(*codes.error());
    return rows;
}

Result<std::vector<IndicatorValue>> SqlStore::indicatorValues(Id indicatorId)
{
    auto st = statement("SELECT indicator_id, year, month, actual, target FROM indicator_value WHERE indicator_id = ?1 "
                        "ORDER BY year, month");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, indicatorId);
    return readAll<IndicatorValue>(**st, [](const Statement &s) {
        const int month = s.integer(2);
        return IndicatorValue{s.int64(0), s.integer(1), month == 0 ? std::nullopt : std::optional<int>(month),
                              s.optionalReal(3), s.optionalReal(4)};
    });
}

Result<std::vector<ActionItem>> SqlStore::actionItems(Id namndId, int year)
{
    auto st = statement("SELECT namnd_id, year, month, goal, action, status, note FROM action_item "
                        "WHERE namnd_id = ?1 AND year = ?2 ORDER BY month, goal, action");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, namndId);
    (*st)->bind(2, year);
    CodeErrors codes;
    auto rows = readAll<ActionItem>(**st, [&codes](const Statement &s) {
        return ActionItem{s.int64(0), s.integer(1), s.integer(2), s.text(3), s.text(4),
                          codes.take(storedActionStatus(s.text(5)), "åtgärd " + s.text(4), Core::ActionStatus::InProgress),
                          s.text(6)};
    });
    if (rows && codes.error())
        return std::unexpected(*codes.error());
    return rows;
}

Result<std::vector<Investment>> SqlStore::investments(Id namndId, int year)
{
    auto st = statement("SELECT namnd_id, year, month, project, budget_ore, forecast_ore, budget_period_ore, actual_ore, "
                        "income_ore, expenditure_ore, forecast_next_ore, forecast_second_ore, forecast_third_ore, "
                        "forecast_later_ore FROM investment WHERE namnd_id = ?1 AND year = ?2 ORDER BY month, project");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, namndId);
    (*st)->bind(2, year);
    return readAll<Investment>(**st, [](const Statement &s) {
        return Investment{s.int64(0), s.integer(1), s.integer(2), s.text(3), optionalMoney(s, 4),
                          optionalMoney(s, 5), optionalMoney(s, 6), optionalMoney(s, 7), optionalMoney(s, 8),
                          optionalMoney(s, 9), optionalMoney(s, 10), optionalMoney(s, 11), optionalMoney(s, 12),
                          optionalMoney(s, 13)};
    });
}

Result<std::vector<StateGrant>> SqlStore::stateGrants(Id namndId, int year)
{
    auto st = statement("SELECT namnd_id, year, month, name, grant_ore, received_ore, cost_ore, in_budget_ore, in_forecast_ore "
                        "FROM state_grant WHERE namnd_id = ?1 AND year = ?2 ORDER BY month, name");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, namndId);
    (*st)->bind(2, year);
    return readAll<StateGrant>(**st, [](const Statement &s) {
        return StateGrant{s.int64(0), s.integer(1), s.integer(2), s.text(3), Money::fromOre(s.int64(4)),
                          optionalMoney(s, 5), optionalMoney(s, 6), optionalMoney(s, 7), optionalMoney(s, 8)};
    });
}

} // namespace Tertial::Storage
