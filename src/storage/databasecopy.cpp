// SPDX-License-Identifier: GPL-3.0-or-later
// Copying a database table by table, values by their stored type so nothing is rounded.
#include "databasecopy.h"

#include "transaction.h"

#include <algorithm>
#include <array>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

namespace {

// Parents before children, the period locks after what they freeze, the audit log last.
// Reference tables a new database is seeded with (kommun, län, kontoslag) take the source's
// rows over the seeded ones: a name the user imported is copied as it is.
struct CopiedTable
{
    std::string_view name;
    std::string_view order;
    bool seeded;
};
constexpr std::array<CopiedTable, 32> copiedTables{{
    {"kommun", "code", true},
    {"lan", "code", true},
    {"kontoslag", "code", true},
    {"namnd", "id", false},
    {"namnd_year", "namnd_id, year", false},
    {"verksamhet", "id", false},
    {"figure", "verksamhet_id, year, month, measure, kontoslag", false},
    {"forecast_method", "verksamhet_id, year, month", false},
    {"comment", "verksamhet_id, year, month", false},
    {"volume", "verksamhet_id, year, month, service_type, measure, months", false},
    {"indicator", "id", false},
    {"indicator_value", "indicator_id, year, month", false},
    {"indicator_status_override", "indicator_id, year, month", false},
    {"action_item", "namnd_id, year, month, goal, action", false},
    {"investment", "namnd_id, year, month, project", false},
    {"state_grant", "namnd_id, year, month, name", false},
    {"personnel", "namnd_id, unit, year, month, measure", false},
    {"report_decision", "id", false},
    {"ledger_month", "verksamhet_id, year, version, month, kontoslag", false},
    {"ledger_figure", "verksamhet_id, year, month, measure, kontoslag", false},
    {"konto_mapping", "kommun, konto_from", false},
    {"ansvar_mapping", "kommun, ansvar", false},
    {"kolada_kpi", "id", false},
    {"kolada_municipality", "id", false},
    {"kolada_group", "id", false},
    {"kolada_group_member", "group_id, member_id", false},
    {"kolada_value", "kpi, year, gender, municipality", false},
    {"kolada_user_group", "id", false},
    {"kolada_user_group_member", "group_id, member_id", false},
    {"period_lock", "namnd_id, year, month", false},
    {"app_meta", "key", false}, // the version that last wrote the data goes with it
    {"audit_log", "id", false},
}};

Result<std::int64_t> count(Connection &db, std::string_view table)
{
    auto st = db.statement("SELECT count(*) FROM " + std::string(table));
    if (!st)
        return std::unexpected(st.error());
    if (auto row = (*st)->step(); !row)
        return std::unexpected(row.error());
    const std::int64_t n = (*st)->int64(0);
    (*st)->reset();
    return n;
}

Result<std::int64_t> copyTable(Connection &from, Connection &to, const CopiedTable &table)
{
    auto select = from.statement("SELECT * FROM " + std::string(table.name) + " ORDER BY " + std::string(table.order));
    if (!select)
        return std::unexpected(select.error());
    Statement &source = **select;
    std::unique_ptr<Statement> insert;
    std::int64_t rows = 0;
    for (;;) {
        auto row = source.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        if (!insert) {
            std::string columns;
            std::string values;
            for (int c = 0; c < source.columnCount(); ++c) {
                columns += (c ? ", " : "") + source.columnName(c);
                values += (c ? ", ?" : "?") + std::to_string(c + 1);
            }
            std::string sql = "INSERT INTO " + std::string(table.name) + " (" + columns + ") VALUES (" + values + ")";
            if (table.seeded) {
                // `order` is the key of a seeded table; every other column is the source's.
                std::string updates;
                for (int c = 0; c < source.columnCount(); ++c)
                    if (source.columnName(c) != table.order)
                        updates += (updates.empty() ? "" : ", ") + source.columnName(c) + " = excluded." +
                                   source.columnName(c);
                sql += " ON CONFLICT (" + std::string(table.order) + ")" +
                       (updates.empty() ? std::string(" DO NOTHING") : " DO UPDATE SET " + updates);
            }
            auto prepared = to.statement(sql);
            if (!prepared)
                return std::unexpected(prepared.error());
            insert = std::move(*prepared);
        }
        for (int c = 0; c < source.columnCount(); ++c) {
            switch (source.valueType(c)) {
            case Statement::ValueType::Null: insert->bindNull(c + 1); break;
            case Statement::ValueType::Integer: insert->bind(c + 1, source.int64(c)); break;
            case Statement::ValueType::Real: insert->bind(c + 1, source.real(c)); break;
            case Statement::ValueType::Text: insert->bind(c + 1, source.text(c)); break;
            }
        }
        if (auto ok = insert->run(); !ok)
            return fail(ErrorCode::Storage, std::string(table.name) + " rad " + std::to_string(rows + 1) + ": " +
                                                ok.error().message);
        ++rows;
    }
    return rows;
}

// The last row version handed out (schema step 6): SQLite's counter row, PostgreSQL's sequence.
Result<std::int64_t> lastRowVersion(Connection &db)
{
    auto st = db.statement(db.engine() == Engine::Sqlite
                               ? "SELECT value FROM row_version"
                               : "SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM row_version");
    if (!st)
        return std::unexpected(st.error());
    if (auto row = (*st)->step(); !row)
        return std::unexpected(row.error());
    const std::int64_t last = (*st)->int64(0);
    (*st)->reset();
    return last;
}

// The target goes on from the source's counter, so no later write reuses a copied version.
Result<void> continueRowVersions(Connection &from, Connection &to)
{
    auto last = lastRowVersion(from);
    if (!last)
        return std::unexpected(last.error());
    const std::string value = std::to_string(std::max<std::int64_t>(*last, 1));
    if (to.engine() == Engine::Sqlite)
        return to.exec("UPDATE row_version SET value = MAX(" + value + ", (SELECT COALESCE(MAX(version), 1) FROM figure))");
    return to.exec("SELECT setval('row_version', GREATEST(" + value + ", (SELECT COALESCE(MAX(version), 1) FROM figure)))");
}

} // namespace

Result<CopySummary> copyDatabase(SqlStore &from, SqlStore &to)
{
    if (from.schemaVersion() != to.schemaVersion())
        return fail(ErrorCode::Unsupported, "källan och målet har olika schemaversion");
    Connection &target = to.connection();
    auto existing = count(target, "namnd");
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0)
        return fail(ErrorCode::Conflict, to.location() + ": målet har redan nämnder; kopiera till en ny, tom databas");
    auto transaction = Transaction::begin(target);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (target.engine() == Engine::Postgres) {
        // The audit rows keep their user and time: the server allows that to the tables' owner only.
        if (auto ok = target.exec("SET LOCAL tertial.copying = 'on'"); !ok)
            return std::unexpected(ok.error());
    }
    CopySummary summary;
    for (const CopiedTable &table : copiedTables) {
        auto rows = copyTable(from.connection(), target, table);
        if (!rows)
            return std::unexpected(rows.error());
        summary.rows += *rows;
        ++summary.tables;
    }
    if (auto ok = continueRowVersions(from.connection(), target); !ok)
        return std::unexpected(ok.error());
    if (target.engine() == Engine::Postgres) {
        // Identity columns continue after the copied ids; audit ids after the copied log.
        for (std::string_view table : {"namnd", "verksamhet", "indicator"}) {
            const std::string t(table);
            if (auto ok = target.exec("SELECT setval(pg_get_serial_sequence('" + t + "', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM " + t);
                !ok)
                return std::unexpected(ok.error());
        }
        if (auto ok = target.exec("SELECT setval('audit_commit_order', COALESCE(MAX(id), 0) + 1, false) FROM audit_log"); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return summary;
}

} // namespace Tertial::Storage
