// SPDX-License-Identifier: GPL-3.0-or-later
// The server's import writes: the figures and audit rows applyFigures and writeImportAudit
// decided, sent with one COPY each into temporary staging tables and merged with a few set-based
// statements in the import's transaction, instead of a round trip per row. The merge writes
// through the row-secured tables as the connected user, so the policies, the period-lock and
// notification triggers and the audit triggers apply as to the row-by-row path.
#include "sqlstore.h"

#include "serverschema.h"
#include "stagedfigures.h"

#include <charconv>
#include <optional>
#include <type_traits>

namespace Tertial::Storage {

using Core::Result;

namespace {

// A text field of COPY's text format: backslash, tab, newline and carriage return escaped.
void appendText(std::string &out, std::string_view text)
{
    for (const char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

void appendNumber(std::string &out, std::int64_t value)
{
    char buffer[24];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, end);
}

template<typename T>
void appendOptional(std::string &out, const std::optional<T> &value)
{
    if (!value)
        out += "\\N";
    else if constexpr (std::is_same_v<T, std::string>)
        appendText(out, *value);
    else
        appendNumber(out, *value);
}

} // namespace

Result<void> SqlStore::mergeStagedFigures(const StagedFigures &staged, std::int64_t version)
{
    if (staged.rows.empty())
        return {};
    std::string rows;
    rows.reserve(staged.rows.size() * 56);
    for (const StagedFigures::Row &row : staged.rows) {
        appendNumber(rows, row.namndId);
        rows += '\t';
        appendNumber(rows, row.verksamhetId);
        rows += '\t';
        appendNumber(rows, row.row->year);
        rows += '\t';
        appendNumber(rows, row.month);
        rows += '\t';
        appendText(rows, measureCode(row.row->measure));
        rows += '\t';
        appendText(rows, row.row->kontoslag);
        rows += '\t';
        appendNumber(rows, row.ore);
        rows += row.isNew ? "\tt\n" : "\tf\n";
    }
    // TEMP: the connection's own, gone at commit or rollback; never a table others could read.
    if (auto ok = m_db->exec("DROP TABLE IF EXISTS pg_temp.tertial_figure_stage; "
                             "CREATE TEMP TABLE tertial_figure_stage (namnd_id BIGINT NOT NULL, verksamhet_id BIGINT NOT NULL, "
                             "year INTEGER NOT NULL, month INTEGER NOT NULL, measure TEXT COLLATE \"C\" NOT NULL, "
                             "kontoslag TEXT COLLATE \"C\" NOT NULL, amount_ore BIGINT NOT NULL, is_new BOOLEAN NOT NULL) "
                             "ON COMMIT DROP");
        !ok)
        return ok;
    if (auto ok = m_db->copyIn("COPY pg_temp.tertial_figure_stage FROM STDIN", rows); !ok)
        return ok;
    // The merge: the new rows inserted, the changed ones updated, stamped with the import's
    // version. `namnd` limits it to one nämnd (0: all of them).
    const std::string v = std::to_string(version);
    std::size_t insertCount = 0;
    std::size_t updateCount = 0;
    for (const StagedFigures::Namnd &namnd : staged.namnder) {
        insertCount += namnd.inserts;
        updateCount += namnd.updates;
    }
    auto inserts = [&](Id namnd, std::size_t count) -> Result<void> {
        if (count == 0)
            return {};
        return m_db->exec("INSERT INTO figure (verksamhet_id, year, month, measure, kontoslag, amount_ore, version) "
                          "SELECT verksamhet_id, year, month, measure, kontoslag, amount_ore, " + v +
                          " FROM pg_temp.tertial_figure_stage WHERE is_new" +
                          (namnd ? " AND namnd_id = " + std::to_string(namnd) : std::string()));
    };
    // Row security hides a row the role may read but not change: fewer rows, no error; the
    // caller says which.
    auto updates = [&](Id namnd, std::size_t count) -> Result<bool> {
        if (count == 0)
            return true;
        if (auto ok = m_db->exec("UPDATE figure f SET amount_ore = s.amount_ore, version = " + v +
                                 " FROM pg_temp.tertial_figure_stage s WHERE NOT s.is_new" +
                                 (namnd ? " AND s.namnd_id = " + std::to_string(namnd) : std::string()) +
                                 " AND f.verksamhet_id = s.verksamhet_id AND f.year = s.year AND f.month = s.month "
                                 "AND f.measure = s.measure AND f.kontoslag = s.kontoslag");
            !ok)
            return std::unexpected(ok.error());
        return static_cast<std::size_t>(m_db->changes()) == count;
    };

    // All nämnder at once; almost always that is all.
    if (auto ok = m_db->exec("SAVEPOINT tertial_merge"); !ok)
        return ok;
    auto all = inserts(0, insertCount);
    auto allUpdated = all ? updates(0, updateCount) : Result<bool>(std::unexpected(all.error()));
    if (allUpdated && *allUpdated)
        return m_db->exec("RELEASE SAVEPOINT tertial_merge");
    // Refused: undone, and again one nämnd at a time, in the order of their first written row,
    // that nämnd's first kind of write first. Row security decides per nämnd, so the refusal
    // comes for the same nämnd and is reported at the same row as the row-by-row path reports it.
    if (auto ok = m_db->exec("ROLLBACK TO SAVEPOINT tertial_merge"); !ok)
        return ok;
    for (const StagedFigures::Namnd &namnd : staged.namnder) {
        const StagedFigures::Row &first = staged.rows[namnd.first];
        auto updated = [&]() -> Result<void> {
            auto ok = updates(namnd.id, namnd.updates);
            if (!ok)
                return std::unexpected(ok.error());
            if (!*ok)
                return std::unexpected(figureNotWritable(staged.what(first)));
            return {};
        };
        auto ok = first.isNew ? inserts(namnd.id, namnd.inserts) : updated();
        if (ok)
            ok = first.isNew ? updated() : inserts(namnd.id, namnd.inserts);
        if (!ok)
            return std::unexpected(staged.located(first, ok.error()));
    }
    // Written one nämnd at a time after all (what refused the whole is gone meanwhile).
    return {};
}

Result<void> SqlStore::copyAuditRows(const std::vector<WriteContext::PendingAudit> &rows)
{
    if (rows.empty())
        return {};
    std::string text;
    text.reserve(rows.size() * 120);
    std::int64_t seq = 0;
    for (const WriteContext::PendingAudit &row : rows) {
        appendNumber(text, ++seq);
        text += '\t';
        appendText(text, row.entity);
        text += '\t';
        appendOptional(text, row.namndId);
        text += '\t';
        appendOptional(text, row.verksamhetId);
        text += '\t';
        appendText(text, row.what);
        text += '\t';
        appendOptional(text, row.oldValue);
        text += '\t';
        appendOptional(text, row.newValue);
        text += '\t';
        appendText(text, row.reason);
        text += '\n';
    }
    if (auto ok = m_db->exec("DROP TABLE IF EXISTS pg_temp.tertial_audit_stage; "
                             "CREATE TEMP TABLE tertial_audit_stage (seq BIGINT NOT NULL, "
                             "entity TEXT NOT NULL, namnd_id BIGINT, verksamhet_id BIGINT, what TEXT NOT NULL, "
                             "old_value TEXT, new_value TEXT, reason TEXT NOT NULL) ON COMMIT DROP");
        !ok)
        return ok;
    if (auto ok = m_db->copyIn("COPY pg_temp.tertial_audit_stage FROM STDIN", text); !ok)
        return ok;
    // The ids in commit order (serverschema.cpp): the import's audit rows are its last writes,
    // so it takes the commit-order lock now and draws one block of ids for them, in the order
    // written, instead of a temporary id each that a trigger renumbers at commit. Everyone
    // else's commit that wrote audit rows waits for this one, as it would for the trigger.
    if (auto ok = m_db->exec("SELECT pg_advisory_xact_lock(" + std::to_string(auditCommitOrderLock) + ")"); !ok)
        return ok;
    auto block = query("SELECT min(v), max(v) FROM (SELECT nextval('audit_commit_order') AS v "
                       "FROM generate_series(1, ?1)) s",
                       seq);
    if (!block)
        return std::unexpected(block.error());
    if (auto row = (*block)->step(); !row)
        return std::unexpected(row.error());
    const std::int64_t first = (*block)->int64(0);
    const bool consecutive = (*block)->int64(1) - first == seq - 1; // the sequence as the schema makes it
    (*block)->reset();
    // (Otherwise temporary ids, renumbered at commit.)
    return m_db->exec(std::string("INSERT INTO audit_log (") + (consecutive ? "id, " : "") +
                      "at, who, entity, namnd_id, verksamhet_id, what, old_value, new_value, reason) SELECT " +
                      (consecutive ? std::to_string(first - 1) + " + seq, " : "") +
                      // The user and time the server's trigger would write (it then has nothing to do).
                      "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), session_user, "
                      "entity, namnd_id, verksamhet_id, what, old_value, new_value, reason "
                      "FROM pg_temp.tertial_audit_stage ORDER BY seq");
}

} // namespace Tertial::Storage
