// SPDX-License-Identifier: GPL-3.0-or-later
// Facts about the database itself (app_meta, schema step 7): which program version last wrote it.
#include "sqlstore.h"

namespace Tertial::Storage {

Core::Result<std::optional<std::string>> SqlStore::writerVersion()
{
    auto st = query("SELECT value FROM app_meta WHERE key = 'writer_version'");
    if (!st)
        return std::unexpected(st.error());
    auto row = (*st)->step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<std::string> version;
    if (*row)
        version = (*st)->text(0);
    (*st)->reset(); // a pending row would keep this read's snapshot open
    return version;
}

Core::Result<void> SqlStore::recordWriterVersion(const std::string &version)
{
    auto recorded = writerVersion();
    if (!recorded)
        return std::unexpected(recorded.error());
    if (*recorded == version)
        return {};
    // One statement, so it is its own transaction; ON CONFLICT is PostgreSQL's syntax too.
    if (auto ok = execute("INSERT INTO app_meta (key, value) VALUES ('writer_version', ?1) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                          version);
        !ok) {
        // On the shared server only the administrators write app_meta (serverschema.cpp): a
        // controller's client has nothing to note, and that is not an error.
        if (m_db->lastErrorKind() == SqlErrorKind::Permission)
            return {};
        return Core::fail(Core::ErrorCode::Storage,
                          m_path + ": kunde inte anteckna programversionen (" + ok.error().message + ")");
    }
    return {};
}

} // namespace Tertial::Storage
