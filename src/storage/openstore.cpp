// SPDX-License-Identifier: GPL-3.0-or-later
// openStore: the engine by the location's form.
#include "openstore.h"

#include "pgstore.h"
#include "sqlitestore.h"

namespace Tertial::Storage {

bool isServerLocation(std::string_view location)
{
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::string displayLocation(const std::string &location)
{
    if (!isServerLocation(location))
        return location;
    // postgresql://user:secret@host/... -> postgresql://user@host/...
    const std::size_t scheme = location.find("://") + 3;
    const std::size_t at = location.find('@', scheme);
    const std::size_t slash = location.find('/', scheme);
    if (at == std::string::npos || (slash != std::string::npos && at > slash))
        return location;
    const std::size_t colon = location.find(':', scheme);
    if (colon == std::string::npos || colon > at)
        return location;
    return location.substr(0, colon) + location.substr(at);
}

Core::Result<std::unique_ptr<SqlStore>> openStore(const std::string &location, OpenMode mode, const std::string &password)
{
    if (isServerLocation(location)) {
        auto store = PgStore::open(location, mode, password);
        if (!store)
            return std::unexpected(store.error());
        return std::unique_ptr<SqlStore>(std::move(*store));
    }
    auto store = mode == OpenMode::Create ? SqliteStore::create(location) : SqliteStore::open(location);
    if (!store)
        return std::unexpected(store.error());
    return std::unique_ptr<SqlStore>(std::move(*store));
}

} // namespace Tertial::Storage
