// SPDX-License-Identifier: GPL-3.0-or-later
// The server's import writes: the figures and audit rows applyFigures and writeImportAudit
// decided, sent with one COPY each into temporary staging tables and merged with a few set-based
// statements in the import's transaction, instead of a round trip per row. The merge writes
// through the row-secured tables as the connected user, so the policies, the period-lock and
// notification triggers and the audit triggers apply as to the row-by-row path.
#include "sqlstore.h"

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
    // One nämnd at a time, in the order of their first written row, that nämnd's first kind of
    // write first: row security decides per nämnd, so a refusal comes for the same nämnd and is
    // reported at the same row as the row-by-row path reports it.
    const std::string v = std::to_string(version);
    for (const StagedFigures::Namnd &namnd : staged.namnder) {
        const std::string n = std::to_string(namnd.id);
        auto inserts = [&]() -> Result<void> {
            if (namnd.inserts == 0)
                return {};
            if (auto ok = m_db->exec("INSERT INTO figure (verksamhet_id, year, month, measure, kontoslag, amount_ore, version) "
                                     "SELECT verksamhet_id, year, month, measure, kontoslag, amount_ore, " + v +
                                     " FROM pg_temp.tertial_figure_stage WHERE namnd_id = " + n + " AND is_new");
                !ok)
                return ok;
            return {};
        };
        auto updates = [&]() -> Result<void> {
            if (namnd.updates == 0)
                return {};
            if (auto ok = m_db->exec("UPDATE figure f SET amount_ore = s.amount_ore, version = " + v +
                                     " FROM pg_temp.tertial_figure_stage s WHERE s.namnd_id = " + n +
                                     " AND NOT s.is_new AND f.verksamhet_id = s.verksamhet_id AND f.year = s.year "
                                     "AND f.month = s.month AND f.measure = s.measure AND f.kontoslag = s.kontoslag");
                !ok)
                return ok;
            // Row security hides a row the role may read but not change: fewer rows, no error.
            if (static_cast<std::size_t>(m_db->changes()) != namnd.updates)
                return std::unexpected(figureNotWritable(staged.what(staged.rows[namnd.first])));
            return {};
        };
        const StagedFigures::Row &first = staged.rows[namnd.first];
        auto ok = first.isNew ? inserts() : updates();
        if (ok)
            ok = first.isNew ? updates() : inserts();
        if (!ok)
            return std::unexpected(staged.located(first, ok.error()));
    }
    return {};
}

Result<void> SqlStore::copyAuditRows(const WriteContext &context, const std::vector<WriteContext::PendingAudit> &rows)
{
    if (rows.empty())
        return {};
    std::string text;
    text.reserve(rows.size() * 120);
    std::int64_t seq = 0;
    for (const WriteContext::PendingAudit &row : rows) {
        appendNumber(text, ++seq);
        text += '\t';
        appendText(text, context.at);
        text += '\t';
        appendText(text, m_user);
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
                             "CREATE TEMP TABLE tertial_audit_stage (seq BIGINT NOT NULL, at TEXT NOT NULL, who TEXT NOT NULL, "
                             "entity TEXT NOT NULL, namnd_id BIGINT, verksamhet_id BIGINT, what TEXT NOT NULL, "
                             "old_value TEXT, new_value TEXT, reason TEXT NOT NULL) ON COMMIT DROP");
        !ok)
        return ok;
    if (auto ok = m_db->copyIn("COPY pg_temp.tertial_audit_stage FROM STDIN", text); !ok)
        return ok;
    // In the order written: the ids (and so the log's order) follow it.
    return m_db->exec("INSERT INTO audit_log (at, who, entity, namnd_id, verksamhet_id, what, old_value, new_value, reason) "
                      "SELECT at, who, entity, namnd_id, verksamhet_id, what, old_value, new_value, reason "
                      "FROM pg_temp.tertial_audit_stage ORDER BY seq");
}

} // namespace Tertial::Storage
