// SPDX-License-Identifier: GPL-3.0-or-later
// The content of a database as canonical text, read through SQLite (never a descriptor of ours).
#pragma once

#include "storage/sqliteconnection.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace Tertial::TestUtil {

// Every table's schema and rows, rows sorted by their text so two databases with the same
// content give the same dump however they were written. Columns holding the wall clock
// (audit_log.at, period_lock.locked_at) are left out unless `withTimes`: a run of the same
// import a second later stamps other times. Throws when the file cannot be read.
inline std::string databaseDump(const std::string &path, bool withTimes = true)
{
    auto db = Storage::SqliteConnection::open(path, Storage::SqliteConnection::Mode::OpenExisting);
    if (!db)
        throw std::runtime_error(db.error().message);
    std::vector<std::pair<std::string, std::string>> tables;
    {
        auto list = db->prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                "AND name NOT LIKE 'sqlite_%' ORDER BY name");
        if (!list)
            throw std::runtime_error(list.error().message);
        if (auto ok = list->forEach([&](const Storage::Statement &row) { tables.emplace_back(row.text(0), row.text(1)); });
            !ok)
            throw std::runtime_error(ok.error().message);
    }
    std::string dump;
    for (const auto &[table, sql] : tables) {
        dump += sql + ";\n";
        std::string columns;
        auto info = db->prepare("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid");
        if (!info)
            throw std::runtime_error(info.error().message);
        auto ok = info->forEach([&](const Storage::Statement &row) {
            const std::string column = row.text(0);
            if (!withTimes && ((table == "audit_log" && column == "at") || (table == "period_lock" && column == "locked_at")))
                return;
            columns += (columns.empty() ? "" : " || '|' || ") + std::string("quote(\"") + column + "\")";
        });
        if (!ok)
            throw std::runtime_error(ok.error().message);
        auto rows = db->prepare("SELECT " + columns + " AS r FROM \"" + table + "\" ORDER BY r");
        if (!rows)
            throw std::runtime_error(rows.error().message);
        if (auto read = rows->forEach([&](const Storage::Statement &row) { dump += row.text(0) + "\n"; }); !read)
            throw std::runtime_error(read.error().message);
    }
    return dump;
}

} // namespace Tertial::TestUtil
