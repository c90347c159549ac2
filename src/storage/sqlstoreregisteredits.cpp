// SPDX-License-Identifier: GPL-3.0-or-later
// Register rows written one at a time (the workbench tabs) and indicator status overrides.
#include "sqlstore.h"
#include "storedcodes.h"

#include "registertext.h"
#include "transaction.h"

#include <array>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Money;
using Core::Result;

// Where a row belongs: the nämnd and verksamhet its audit row names, the period its lock guards.
struct SqlStore::RowPlace
{
    Id namndId = 0;
    std::optional<Id> verksamhetId;
    int year = 0;
    int month = 0;
    std::string what;
};

// How one register is read and written by its natural key.
template<typename T>
struct SqlStore::RowOps
{
    std::string_view entity;
    std::function<Result<std::optional<T>>(const T &)> read; // the stored row with the key of the given one
    std::function<Result<void>(const T &)> write;            // insert or update by key
    std::function<Result<void>(const T &)> remove;
    std::function<bool(const T &, const T &)> sameKey;
    std::function<Result<RowPlace>(WriteContext &, const T &)> place;
    std::function<std::string(const T &)> text;
};

// A register row read before it is changed: locked on the server until the transaction ends, so
// the row compared with the edit's `before` is the row replaced.
std::string SqlStore::lockedRead(std::string_view sql) const
{
    return std::string(sql) + std::string(m_db->lockRowsSql());
}

namespace {

std::optional<Money> optionalMoney(const Statement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return Money::fromOre(s.int64(column));
}

void bindMoney(Statement &s, int index, const std::optional<Money> &money)
{
    if (money)
        s.bind(index, money->ore());
    else
        s.bindNull(index);
}

// Reads at most one row through `make`, then resets the statement.
template<typename T, typename Make>
Result<std::optional<T>> readOne(Statement &s, Make make)
{
    auto row = s.step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<T> result;
    if (*row)
        result = make(s);
    s.reset();
    return result;
}

Result<void> checkMonth(const std::string &what, int month)
{
    if (month < 1 || month > 12)
        return fail(ErrorCode::OutOfRange, what + ": månaden " + std::to_string(month) + " är inte 1–12");
    return {};
}

} // namespace

template<>
SqlStore::RowOps<Volume> SqlStore::rowOps<Volume>()
{
    RowOps<Volume> ops;
    ops.entity = "volym";
    ops.read = [this](const Volume &v) -> Result<std::optional<Volume>> {
        auto st = statement(lockedRead("SELECT value, months FROM volume WHERE verksamhet_id = ?1 AND year = ?2 AND month = ?3 "
                            "AND service_type = ?4 AND measure = ?5 AND months = ?6"));
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, v.verksamhetId);
        (*st)->bind(2, v.year);
        (*st)->bind(3, v.month);
        (*st)->bind(4, v.serviceType);
        (*st)->bind(5, storedText(v.measure));
        (*st)->bind(6, v.months);
        return readOne<Volume>(**st, [&](const Statement &s) {
            Volume stored = v;
            stored.value = s.real(0);
            stored.months = s.integer(1);
            return stored;
        });
    };
    ops.write = [this](const Volume &v) -> Result<void> {
        auto st = statement("INSERT INTO volume (verksamhet_id, year, month, service_type, measure, value, months) VALUES "
                            "(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (verksamhet_id, year, month, service_type, measure, months) "
                            "DO UPDATE SET value = excluded.value");
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, v.verksamhetId);
        (*st)->bind(2, v.year);
        (*st)->bind(3, v.month);
        (*st)->bind(4, v.serviceType);
        (*st)->bind(5, storedText(v.measure));
        (*st)->bind(6, v.value);
        (*st)->bind(7, v.months);
        return (*st)->run();
    };
    ops.remove = [this](const Volume &v) -> Result<void> {
        auto st = statement("DELETE FROM volume WHERE verksamhet_id = ?1 AND year = ?2 AND month = ?3 "
                            "AND service_type = ?4 AND measure = ?5 AND months = ?6");
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, v.verksamhetId);
        (*st)->bind(2, v.year);
        (*st)->bind(3, v.month);
        (*st)->bind(4, v.serviceType);
        (*st)->bind(5, storedText(v.measure));
        (*st)->bind(6, v.months);
        return (*st)->run();
    };
    ops.sameKey = [](const Volume &a, const Volume &b) {
        return a.verksamhetId == b.verksamhetId && a.year == b.year && a.month == b.month &&
               a.serviceType == b.serviceType && a.measure == b.measure && a.months == b.months;
    };
    ops.place = [this](WriteContext &context, const Volume &v) -> Result<RowPlace> {
        auto info = verksamhetInfo(context, v.verksamhetId);
        if (!info)
            return std::unexpected(info.error());
        RowPlace place{info->namndId, v.verksamhetId, v.year, v.month,
                       volumePlaceText(info->path, v)};
        if (auto ok = checkMonth(place.what, v.month); !ok)
            return std::unexpected(ok.error());
        if (v.serviceType.empty())
            return fail(ErrorCode::MissingInput, place.what + ": insatstyp behövs");
        if (v.months < 1 || v.months > v.month)
            return fail(ErrorCode::OutOfRange, place.what + ": antal månader " + std::to_string(v.months) +
                                                   " (väntade 1 till och med " + std::to_string(v.month) + ")");
        return place;
    };
    ops.text = volumeText;
    return ops;
}

template<>
SqlStore::RowOps<ActionItem> SqlStore::rowOps<ActionItem>()
{
    RowOps<ActionItem> ops;
    ops.entity = "åtgärd";
    ops.read = [this](const ActionItem &a) -> Result<std::optional<ActionItem>> {
        auto st = statement(lockedRead("SELECT status, note FROM action_item WHERE namnd_id = ?1 AND year = ?2 AND month = ?3 "
                            "AND goal = ?4 AND action = ?5"));
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, a.namndId);
        (*st)->bind(2, a.year);
        (*st)->bind(3, a.month);
        (*st)->bind(4, a.goal);
        (*st)->bind(5, a.action);
        CodeErrors codes;
        auto row = readOne<ActionItem>(**st, [&](const Statement &s) {
            ActionItem stored = a;
            stored.status = codes.take(storedActionStatus(s.text(0)), "åtgärd " + a.action, a.status);
            stored.comment = s.text(1);
            return stored;
        });
        if (row && codes.error())
            return std::unexpected(*codes.error());
        return row;
    };
    ops.write = [this](const ActionItem &a) -> Result<void> {
        auto st = statement("INSERT INTO action_item (namnd_id, year, month, goal, action, status, note) VALUES "
                            "(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (namnd_id, year, month, goal, action) DO UPDATE "
                            "SET status = excluded.status, note = excluded.note");
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, a.namndId);
        (*st)->bind(2, a.year);
        (*st)->bind(3, a.month);
        (*st)->bind(4, a.goal);
        (*st)->bind(5, a.action);
        (*st)->bind(6, storedText(a.status));
        (*st)->bind(7, a.comment);
        return (*st)->run();
    };
    ops.remove = [this](const ActionItem &a) -> Result<void> {
        auto st = statement("DELETE FROM action_item WHERE namnd_id = ?1 AND year = ?2 AND month = ?3 AND goal = ?4 "
                            "AND action = ?5");
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, a.namndId);
        (*st)->bind(2, a.year);
        (*st)->bind(3, a.month);
        (*st)->bind(4, a.goal);
        (*st)->bind(5, a.action);
        return (*st)->run();
    };
    ops.sameKey = [](const ActionItem &a, const ActionItem &b) {
        return a.namndId == b.namndId && a.year == b.year && a.month == b.month && a.goal == b.goal &&
               a.action == b.action;
    };
    ops.place = [](WriteContext &, const ActionItem &a) -> Result<RowPlace> {
        RowPlace place{a.namndId, std::nullopt, a.year, a.month,
                       actionItemPlaceText(a)};
        if (auto ok = checkMonth(place.what, a.month); !ok)
            return std::unexpected(ok.error());
        if (a.action.empty())
            return fail(ErrorCode::MissingInput, place.what + ": åtgärden behöver en text");
        return place;
    };
    ops.text = actionItemText;
    return ops;
}

template<>
SqlStore::RowOps<Investment> SqlStore::rowOps<Investment>()
{
    RowOps<Investment> ops;
    ops.entity = "investering";
    ops.read = [this](const Investment &i) -> Result<std::optional<Investment>> {
        auto st = statement(lockedRead("SELECT budget_ore, forecast_ore, budget_period_ore, actual_ore, income_ore, expenditure_ore, "
                                       "forecast_next_ore, forecast_second_ore, forecast_third_ore, forecast_later_ore "
                                       "FROM investment "
                            "WHERE namnd_id = ?1 AND year = ?2 AND month = ?3 AND project = ?4"));
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, i.namndId);
        (*st)->bind(2, i.year);
        (*st)->bind(3, i.month);
        (*st)->bind(4, i.project);
        return readOne<Investment>(**st, [&](const Statement &s) {
            Investment stored = i;
            stored.budget = optionalMoney(s, 0);
            stored.forecast = optionalMoney(s, 1);
            stored.budgetPeriod = optionalMoney(s, 2);
            stored.actual = optionalMoney(s, 3);
            stored.income = optionalMoney(s, 4);
            stored.expenditure = optionalMoney(s, 5);
            stored.forecastNext = optionalMoney(s, 6);
            stored.forecastSecond = optionalMoney(s, 7);
            stored.forecastThird = optionalMoney(s, 8);
            stored.forecastLater = optionalMoney(s, 9);
            return stored;
        });
    };
    ops.write = [this](const Investment &i) -> Result<void> {
        auto st = statement("INSERT INTO investment (namnd_id, year, month, project, budget_ore, forecast_ore, "
                            "budget_period_ore, actual_ore, income_ore, expenditure_ore, forecast_next_ore, forecast_second_ore, "
                            "forecast_third_ore, forecast_later_ore) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                            "?13, ?14) ON CONFLICT (namnd_id, year, month, project) DO UPDATE SET budget_ore = excluded.budget_ore, "
                            "forecast_ore = excluded.forecast_ore, budget_period_ore = excluded.budget_period_ore, "
                            "actual_ore = excluded.actual_ore, income_ore = excluded.income_ore, "
                            "expenditure_ore = excluded.expenditure_ore, forecast_next_ore = excluded.forecast_next_ore, "
                            "forecast_second_ore = excluded.forecast_second_ore, "
                            "forecast_third_ore = excluded.forecast_third_ore, forecast_later_ore = excluded.forecast_later_ore");
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, i.namndId);
        (*st)->bind(2, i.year);
        (*st)->bind(3, i.month);
        (*st)->bind(4, i.project);
        bindMoney(**st, 5, i.budget);
        bindMoney(**st, 6, i.forecast);
        bindMoney(**st, 7, i.budgetPeriod);
        bindMoney(**st, 8, i.actual);
        bindMoney(**st, 9, i.income);
        bindMoney(**st, 10, i.expenditure);
        bindMoney(**st, 11, i.forecastNext);
        bindMoney(**st, 12, i.forecastSecond);
        bindMoney(**st, 13, i.forecastThird);
        bindMoney(**st, 14, i.forecastLater);
        return (*st)->run();
    };
    ops.remove = [this](const Investment &i) -> Result<void> {
        auto st = statement("DELETE FROM investment WHERE namnd_id = ?1 AND year = ?2 AND month = ?3 AND project = ?4");
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, i.namndId);
        (*st)->bind(2, i.year);
        (*st)->bind(3, i.month);
        (*st)->bind(4, i.project);
        return (*st)->run();
    };
    ops.sameKey = [](const Investment &a, const Investment &b) {
        return a.namndId == b.namndId && a.year == b.year && a.month == b.month && a.project == b.project;
    };
    ops.place = [](WriteContext &, const Investment &i) -> Result<RowPlace> {
        RowPlace place{i.namndId, std::nullopt, i.year, i.month,
                       investmentPlaceText(i)};
        if (auto ok = checkMonth(place.what, i.month); !ok)
            return std::unexpected(ok.error());
        if (i.project.empty())
            return fail(ErrorCode::MissingInput, place.what + ": projektet behöver ett namn");
        return place;
    };
    ops.text = investmentText;
    return ops;
}

template<>
SqlStore::RowOps<StateGrant> SqlStore::rowOps<StateGrant>()
{
    RowOps<StateGrant> ops;
    ops.entity = "statsbidrag";
    ops.read = [this](const StateGrant &g) -> Result<std::optional<StateGrant>> {
        auto st = statement(lockedRead("SELECT grant_ore, received_ore, cost_ore, in_budget_ore, in_forecast_ore FROM state_grant "
                            "WHERE namnd_id = ?1 AND year = ?2 AND month = ?3 AND name = ?4"));
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, g.namndId);
        (*st)->bind(2, g.year);
        (*st)->bind(3, g.month);
        (*st)->bind(4, g.name);
        return readOne<StateGrant>(**st, [&](const Statement &s) {
            StateGrant stored = g;
            stored.grant = Money::fromOre(s.int64(0));
            stored.received = optionalMoney(s, 1);
            stored.cost = optionalMoney(s, 2);
            stored.inBudget = optionalMoney(s, 3);
            stored.inForecast = optionalMoney(s, 4);
            return stored;
        });
    };
    ops.write = [this](const StateGrant &g) -> Result<void> {
        auto st = statement("INSERT INTO state_grant (namnd_id, year, month, name, grant_ore, received_ore, cost_ore, "
                            "in_budget_ore, in_forecast_ore) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT "
                            "(namnd_id, year, month, name) DO UPDATE SET grant_ore = excluded.grant_ore, received_ore = "
                            "excluded.received_ore, cost_ore = excluded.cost_ore, in_budget_ore = excluded.in_budget_ore, "
                            "in_forecast_ore = excluded.in_forecast_ore");
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, g.namndId);
        (*st)->bind(2, g.year);
        (*st)->bind(3, g.month);
        (*st)->bind(4, g.name);
        (*st)->bind(5, g.grant.ore());
        bindMoney(**st, 6, g.received);
        bindMoney(**st, 7, g.cost);
        bindMoney(**st, 8, g.inBudget);
        bindMoney(**st, 9, g.inForecast);
        return (*st)->run();
    };
    ops.remove = [this](const StateGrant &g) -> Result<void> {
        auto st = statement("DELETE FROM state_grant WHERE namnd_id = ?1 AND year = ?2 AND month = ?3 AND name = ?4");
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, g.namndId);
        (*st)->bind(2, g.year);
        (*st)->bind(3, g.month);
        (*st)->bind(4, g.name);
        return (*st)->run();
    };
    ops.sameKey = [](const StateGrant &a, const StateGrant &b) {
        return a.namndId == b.namndId && a.year == b.year && a.month == b.month && a.name == b.name;
    };
    ops.place = [](WriteContext &, const StateGrant &g) -> Result<RowPlace> {
        RowPlace place{g.namndId, std::nullopt, g.year, g.month,
                       stateGrantPlaceText(g)};
        if (auto ok = checkMonth(place.what, g.month); !ok)
            return std::unexpected(ok.error());
        if (g.name.empty())
            return fail(ErrorCode::MissingInput, place.what + ": statsbidraget behöver ett namn");
        return place;
    };
    ops.text = stateGrantText;
    return ops;
}

template<>
SqlStore::RowOps<PersonnelFigure> SqlStore::rowOps<PersonnelFigure>()
{
    RowOps<PersonnelFigure> ops;
    ops.entity = "personal";
    ops.read = [this](const PersonnelFigure &p) -> Result<std::optional<PersonnelFigure>> {
        auto st = query("SELECT value, ordering FROM personnel WHERE namnd_id = ?1 AND unit = ?2 AND year = ?3 "
                        "AND month = ?4 AND measure = ?5",
                        p.namndId, p.unit, p.year, p.month, personnelMeasureCode(p.measure));
        if (!st)
            return std::unexpected(st.error());
        return readOne<PersonnelFigure>(**st, [&](const Statement &s) {
            PersonnelFigure stored = p;
            stored.value = s.real(0);
            stored.order = s.integer(1);
            return stored;
        });
    };
    // A changed value keeps the row's place in the register.
    ops.write = [this](const PersonnelFigure &p) -> Result<void> {
        return execute("INSERT INTO personnel (namnd_id, unit, year, month, measure, value, ordering) VALUES "
                       "(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (namnd_id, unit, year, month, measure) "
                       "DO UPDATE SET value = excluded.value",
                       p.namndId, p.unit, p.year, p.month, personnelMeasureCode(p.measure), p.value, p.order);
    };
    ops.remove = [this](const PersonnelFigure &p) -> Result<void> {
        return execute("DELETE FROM personnel WHERE namnd_id = ?1 AND unit = ?2 AND year = ?3 AND month = ?4 "
                       "AND measure = ?5",
                       p.namndId, p.unit, p.year, p.month, personnelMeasureCode(p.measure));
    };
    ops.sameKey = [](const PersonnelFigure &a, const PersonnelFigure &b) {
        return a.namndId == b.namndId && a.unit == b.unit && a.year == b.year && a.month == b.month &&
               a.measure == b.measure;
    };
    ops.place = [](WriteContext &, const PersonnelFigure &p) -> Result<RowPlace> {
        RowPlace place{p.namndId, std::nullopt, p.year, p.month, personnelPlaceText(p)};
        if (p.month < 0 || p.month > 12)
            return fail(ErrorCode::OutOfRange, place.what + ": månaden " + std::to_string(p.month) +
                                                   " är inte 1–12 (eller tom för hela året)");
        if (!(p.value >= 0) || (isPercentMeasure(p.measure) && p.value > 100))
            return fail(ErrorCode::OutOfRange, place.what + ": " + numberText(p.value) +
                                                   (isPercentMeasure(p.measure) ? " (väntade 0–100 procent)"
                                                                                : " (väntade ett antal, 0 eller mer)"));
        return place;
    };
    ops.text = personnelText;
    return ops;
}

template<>
SqlStore::RowOps<Indicator> SqlStore::rowOps<Indicator>()
{
    RowOps<Indicator> ops;
    ops.entity = "indikator";
    ops.read = [this](const Indicator &i) -> Result<std::optional<Indicator>> {
        auto st = statement(lockedRead("SELECT id, area, name, unit, direction, target_kind, tolerance, source FROM indicator "
                            "WHERE namnd_id = ?1 AND code = ?2"));
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, i.namndId);
        (*st)->bind(2, i.code);
        CodeErrors codes;
        auto row = readOne<Indicator>(**st, [&](const Statement &s) {
            const std::string where = "indikator " + i.code;
            return Indicator{s.int64(0), i.namndId, i.code, s.text(1), s.text(2), s.text(3),
                             codes.take(storedDirection(s.text(4)), where, i.direction),
                             codes.take(storedTargetKind(s.text(5)), where, i.targetKind), s.optionalReal(6), s.text(7)};
        });
        if (row && codes.error())
            return std::unexpected(*codes.error());
        return row;
    };
    ops.write = [this](const Indicator &i) -> Result<void> {
        auto st = statement("INSERT INTO indicator (namnd_id, code, area, name, unit, direction, target_kind, tolerance, "
                            "source) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (namnd_id, code) DO UPDATE "
                            "SET area = excluded.area, name = excluded.name, unit = excluded.unit, direction = "
                            "excluded.direction, target_kind = excluded.target_kind, tolerance = excluded.tolerance, "
                            "source = excluded.source");
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, i.namndId);
        (*st)->bind(2, i.code);
        (*st)->bind(3, i.area);
        (*st)->bind(4, i.name);
        (*st)->bind(5, i.unit);
        (*st)->bind(6, storedText(i.direction));
        (*st)->bind(7, storedText(i.targetKind));
        (*st)->bind(8, i.tolerance);
        (*st)->bind(9, i.source);
        return (*st)->run();
    };
    ops.remove = [](const Indicator &i) -> Result<void> {
        return fail(ErrorCode::Unsupported, "indikator " + i.code + ": indikatorer tas inte bort i arbetsbänken");
    };
    ops.sameKey = [](const Indicator &a, const Indicator &b) { return a.namndId == b.namndId && a.code == b.code; };
    ops.place = [](WriteContext &, const Indicator &i) -> Result<RowPlace> {
        return RowPlace{i.namndId, std::nullopt, 0, 0, "Indikator " + i.code + " " + i.name};
    };
    ops.text = indicatorText;
    return ops;
}

template<>
SqlStore::RowOps<IndicatorValue> SqlStore::rowOps<IndicatorValue>()
{
    RowOps<IndicatorValue> ops;
    ops.entity = "indikatorvärde";
    ops.read = [this](const IndicatorValue &v) -> Result<std::optional<IndicatorValue>> {
        auto st = statement(lockedRead("SELECT actual, target FROM indicator_value WHERE indicator_id = ?1 AND year = ?2 AND month = ?3"));
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, v.indicatorId);
        (*st)->bind(2, v.year);
        (*st)->bind(3, v.month.value_or(0));
        return readOne<IndicatorValue>(**st, [&](const Statement &s) {
            IndicatorValue stored = v;
            stored.actual = s.optionalReal(0);
            stored.target = s.optionalReal(1);
            return stored;
        });
    };
    ops.write = [this](const IndicatorValue &v) -> Result<void> {
        auto st = statement("INSERT INTO indicator_value (indicator_id, year, month, actual, target) VALUES "
                            "(?1, ?2, ?3, ?4, ?5) ON CONFLICT (indicator_id, year, month) DO UPDATE SET "
                            "actual = excluded.actual, target = excluded.target");
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, v.indicatorId);
        (*st)->bind(2, v.year);
        (*st)->bind(3, v.month.value_or(0));
        (*st)->bind(4, v.actual);
        (*st)->bind(5, v.target);
        return (*st)->run();
    };
    ops.remove = [](const IndicatorValue &) -> Result<void> {
        return fail(ErrorCode::Unsupported, "indikatorvärden tas inte bort i arbetsbänken");
    };
    ops.sameKey = [](const IndicatorValue &a, const IndicatorValue &b) {
        return a.indicatorId == b.indicatorId && a.year == b.year && a.month == b.month;
    };
    ops.place = [this](WriteContext &, const IndicatorValue &v) -> Result<RowPlace> {
        auto st = statement("SELECT namnd_id, code FROM indicator WHERE id = ?1");
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, v.indicatorId);
        auto found = readOne<std::pair<Id, std::string>>(**st, [](const Statement &s) {
            return std::make_pair(s.int64(0), s.text(1));
        });
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return fail(ErrorCode::NotFound, "indikator " + std::to_string(v.indicatorId) + " finns inte");
        return RowPlace{(*found)->first, std::nullopt, v.year, v.month.value_or(0),
                        indicatorValuePlaceText((*found)->second, v)};
    };
    ops.text = indicatorValueText;
    return ops;
}

template<typename T>
Result<void> SqlStore::writeRow(WriteContext &context, const RowChange<T> &change, const std::string &reason,
                                   bool strict)
{
    if (!change.before && !change.after)
        return {};
    const RowOps<T> ops = rowOps<T>();
    const T &keyRow = change.before ? *change.before : *change.after;
    auto place = ops.place(context, keyRow);
    if (!place)
        return std::unexpected(place.error());
    const bool renamed = change.before && change.after && !ops.sameKey(*change.before, *change.after);
    std::optional<RowPlace> newPlace;
    if (renamed) {
        auto p = ops.place(context, *change.after);
        if (!p)
            return std::unexpected(p.error());
        newPlace = *p;
    }
    // A row added (or renamed to a new key) has no row to lock: two users adding the same key
    // at once take turns on the key itself, so the second finds the first's row and is refused.
    if (strict && !m_db->lockKeySql().empty() && (!change.before || renamed)) {
        const RowPlace &added = newPlace ? *newPlace : *place;
        if (auto ok = execute(m_db->lockKeySql(), std::string(ops.entity) + " " + std::to_string(added.namndId) + " " +
                                                      added.what);
            !ok)
            return ok;
    }
    // A locked period refuses every write, an import's as much as an edit's.
    if (auto ok = checkUnlocked(context, place->namndId, place->year, place->month, place->what); !ok)
        return ok;
    if (newPlace)
        if (auto ok = checkUnlocked(context, newPlace->namndId, newPlace->year, newPlace->month, newPlace->what); !ok)
            return ok;
    auto stored = ops.read(keyRow);
    if (!stored)
        return std::unexpected(stored.error());
    if (strict && change.before && !*stored)
        return fail(ErrorCode::NotFound, place->what + ": raden finns inte längre; läs in perioden på nytt");
    // An edit (or undo) made on what someone else has changed since would silently undo their
    // change: with a shared database that is a lost update, so it is refused.
    if (strict && change.before && ops.text(**stored) != ops.text(*change.before))
        return fail(ErrorCode::Conflict,
                    place->what + ": raden har ändrats sedan den lästes (nu " + ops.text(**stored) + "); läs in perioden på nytt");
    if (strict && !change.before && *stored)
        return fail(ErrorCode::Conflict, place->what + ": finns redan; ändra den raden i stället");
    if (renamed) {
        auto clash = ops.read(*change.after);
        if (!clash)
            return std::unexpected(clash.error());
        if (*clash)
            return fail(ErrorCode::Conflict, newPlace->what + ": finns redan; välj ett annat namn");
    }
    if (!renamed && change.after && *stored && ops.text(**stored) == ops.text(*change.after))
        return {}; // nothing changes
    if (change.before && (!change.after || renamed) && *stored)
        if (auto ok = ops.remove(**stored); !ok)
            return ok;
    if (change.after)
        if (auto ok = ops.write(*change.after); !ok)
            return ok;
    if (!change.after && !*stored)
        return {};
    // A renamed row names its old key in the old value, so the log reads "A: ... -> B: ...".
    std::optional<std::string> oldText;
    if (*stored)
        oldText = (renamed ? place->what + ": " : std::string()) + ops.text(**stored);
    std::optional<std::string> newText;
    if (change.after)
        newText = (renamed ? newPlace->what + ": " : std::string()) + ops.text(*change.after);
    const RowPlace &named = newPlace ? *newPlace : *place;
    return audit(context, ops.entity, named.namndId, named.verksamhetId, named.what, oldText, newText, reason);
}

template<typename T>
Result<void> SqlStore::changeRows(std::span<const RowChange<T>> changes, const std::string &reason)
{
    return inTransaction(*m_db, [&]() -> Result<void> {
        WriteContext context;
        context.at = now();
        for (const RowChange<T> &change : changes)
            if (auto ok = writeRow(context, change, reason, true); !ok)
                return ok;
        return {};
    });
}

Result<void> SqlStore::changeVolumes(std::span<const VolumeChange> changes, const std::string &reason)
{
    return changeRows(changes, reason);
}

Result<void> SqlStore::changeActionItems(std::span<const ActionItemChange> changes, const std::string &reason)
{
    return changeRows(changes, reason);
}

Result<void> SqlStore::changeInvestments(std::span<const InvestmentChange> changes, const std::string &reason)
{
    return changeRows(changes, reason);
}

Result<void> SqlStore::changeStateGrants(std::span<const StateGrantChange> changes, const std::string &reason)
{
    return changeRows(changes, reason);
}

Result<void> SqlStore::changePersonnel(std::span<const PersonnelChange> changes, const std::string &reason)
{
    return changeRows(changes, reason);
}

Result<void> SqlStore::upsertPersonnel(WriteContext &context, const PersonnelFigure &figure, const std::string &reason)
{
    return writeRow(context, PersonnelChange{std::nullopt, figure}, reason, false);
}

Result<void> SqlStore::upsertVolume(WriteContext &context, const Volume &volume, const std::string &reason)
{
    return writeRow(context, VolumeChange{std::nullopt, volume}, reason, false);
}

Result<void> SqlStore::upsertActionItem(WriteContext &context, const ActionItem &item, const std::string &reason)
{
    return writeRow(context, ActionItemChange{std::nullopt, item}, reason, false);
}

Result<void> SqlStore::upsertInvestment(WriteContext &context, const Investment &investment, const std::string &reason)
{
    return writeRow(context, InvestmentChange{std::nullopt, investment}, reason, false);
}

Result<void> SqlStore::upsertStateGrant(WriteContext &context, const StateGrant &grant, const std::string &reason)
{
    return writeRow(context, StateGrantChange{std::nullopt, grant}, reason, false);
}

Result<void> SqlStore::upsertIndicator(WriteContext &context, const Indicator &indicator, const std::string &reason)
{
    return writeRow(context, RowChange<Indicator>{std::nullopt, indicator}, reason, false);
}

Result<void> SqlStore::upsertIndicatorValue(WriteContext &context, const IndicatorValue &value, const std::string &reason)
{
    return writeRow(context, RowChange<IndicatorValue>{std::nullopt, value}, reason, false);
}

Result<void> SqlStore::setIndicator(const Indicator &indicator, const std::string &reason)
{
    return inTransaction(*m_db, [&]() -> Result<void> {
        WriteContext context;
        context.at = now();
        // By id: the code and nämnd are the stored ones, whatever the caller passed.
        auto st = statement("SELECT namnd_id, code FROM indicator WHERE id = ?1");
        if (!st)
            return std::unexpected(st.error());
        (*st)->bind(1, indicator.id);
        auto found = readOne<std::pair<Id, std::string>>(**st, [](const Statement &s) {
            return std::make_pair(s.int64(0), s.text(1));
        });
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return fail(ErrorCode::NotFound, "indikator " + std::to_string(indicator.id) + " finns inte");
        Indicator changed = indicator;
        changed.namndId = (*found)->first;
        changed.code = (*found)->second;
        if (auto ok = writeRow(context, RowChange<Indicator>{changed, changed}, reason, false); !ok)
            return ok;
        return {};
    });
}

Result<void> SqlStore::setStatusOverride(Id indicatorId, int year, std::optional<int> month,
                                            const std::optional<StatusOverride> &override_)
{
    return inTransaction(*m_db, [&]() -> Result<void> {
        WriteContext context;
        context.at = now();
        return writeStatusOverride(context, indicatorId, year, month, override_);
    });
}

Result<void> SqlStore::upsertStatusOverride(WriteContext &context, const StatusOverride &override_, const std::string &)
{
    return writeStatusOverride(context, override_.indicatorId, override_.year, override_.month, override_);
}

Result<void> SqlStore::writeStatusOverride(WriteContext &context, Id indicatorId, int year, std::optional<int> month,
                                           const std::optional<StatusOverride> &override_)
{
    const RowOps<IndicatorValue> values = rowOps<IndicatorValue>();
    auto place = values.place(context, IndicatorValue{indicatorId, year, month, std::nullopt, std::nullopt});
    if (!place)
        return std::unexpected(place.error());
    const std::string what = place->what + " status";
    if (override_) {
        if (!Core::isOverridableStatus(override_->status))
            return fail(ErrorCode::InvalidInput, what + ": \"" + std::string(storedText(override_->status)) +
                                                     "\" (väntade uppnått, delvis uppnått, ej uppnått eller inget mål)");
        if (override_->reason.find_first_not_of(" \t\r\n") == std::string::npos)
            return fail(ErrorCode::MissingInput, what + ": skriv varför statusen sätts för hand");
    }
    if (auto ok = checkUnlocked(context, place->namndId, year, month.value_or(0), what); !ok)
        return ok;
    auto read = statement("SELECT status, reason, set_by, set_at FROM indicator_status_override "
                          "WHERE indicator_id = ?1 AND year = ?2 AND month = ?3");
    if (!read)
        return std::unexpected(read.error());
    (*read)->bind(1, indicatorId);
    (*read)->bind(2, year);
    (*read)->bind(3, month.value_or(0));
    CodeErrors codes;
    auto stored = readOne<StatusOverride>(**read, [&](const Statement &s) {
        return StatusOverride{indicatorId, year, month,
                              codes.take(storedOverrideStatus(s.text(0)), what, Core::IndicatorStatus::Met), s.text(1),
                              s.text(2), s.text(3)};
    });
    if (!stored)
        return std::unexpected(stored.error());
    if (codes.error())
        return std::unexpected(*codes.error());
    if (!override_ && !*stored)
        return {};
    if (override_ && *stored && (*stored)->status == override_->status && (*stored)->reason == override_->reason)
        return {};
    if (override_) {
        auto write = statement("INSERT INTO indicator_status_override (indicator_id, year, month, status, reason, set_by, "
                               "set_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (indicator_id, year, month) "
                               "DO UPDATE SET status = excluded.status, reason = excluded.reason, "
                               "set_by = excluded.set_by, set_at = excluded.set_at");
        if (!write)
            return std::unexpected(write.error());
        (*write)->bind(1, indicatorId);
        (*write)->bind(2, year);
        (*write)->bind(3, month.value_or(0));
        (*write)->bind(4, storedText(override_->status));
        (*write)->bind(5, override_->reason);
        (*write)->bind(6, m_user);
        (*write)->bind(7, context.at);
        if (auto ok = (*write)->run(); !ok)
            return ok;
    } else {
        auto remove = statement("DELETE FROM indicator_status_override WHERE indicator_id = ?1 AND year = ?2 AND month = ?3");
        if (!remove)
            return std::unexpected(remove.error());
        (*remove)->bind(1, indicatorId);
        (*remove)->bind(2, year);
        (*remove)->bind(3, month.value_or(0));
        if (auto ok = (*remove)->run(); !ok)
            return ok;
    }
    const std::optional<std::string> oldText =
        *stored ? std::optional<std::string>(statusOverrideText(**stored)) : std::string("Beräknad status");
    const std::optional<std::string> newText =
        override_ ? std::optional<std::string>(statusOverrideText(*override_)) : std::string("Beräknad status");
    // The reason written with the override is the audit row's reason; a removal gives its own.
    const std::string why = override_ ? override_->reason : std::string("åsidosättningen borttagen");
    return audit(context, "indikatorstatus", place->namndId, std::nullopt, what, oldText, newText, why);
}

Result<std::vector<StatusOverride>> SqlStore::statusOverrides(Id namndId)
{
    auto st = statement("SELECT o.indicator_id, o.year, o.month, o.status, o.reason, o.set_by, o.set_at "
                        "FROM indicator_status_override o JOIN indicator i ON i.id = o.indicator_id "
                        "WHERE i.namnd_id = ?1 ORDER BY o.indicator_id, o.year, o.month");
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, namndId);
    std::vector<StatusOverride> result;
    CodeErrors codes;
    for (;;) {
        auto row = (*st)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const Statement &s = **st;
        const int month = s.integer(2);
        result.push_back(StatusOverride{
            s.int64(0), s.integer(1), month == 0 ? std::nullopt : std::optional<int>(month),
            codes.take(storedOverrideStatus(s.text(3)), "indikator " + s.text(0) + " " + s.text(1) + " status",
                       Core::IndicatorStatus::Met),
            s.text(4), s.text(5), s.text(6)});
    }
    if (codes.error())
        return std::unexpected(*codes.error());
    return result;
}

} // namespace Tertial::Storage
