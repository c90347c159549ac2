// SPDX-License-Identifier: GPL-3.0-or-later
// The check every verb runs on the files it is given, once its store is open.
#include "databasefile.h"

#include "storage/databasefiles.h"

namespace Tertial::Cli {

std::optional<Core::Error> databaseFileNamed(const std::string &path)
{
    if (!Storage::isOpenDatabaseFile(path))
        return std::nullopt;
    return Core::Error{Core::ErrorCode::InvalidInput,
                       path + ": det är databasen själv; ange en annan fil (databasen läses och skrivs bara genom Tertial)"};
}

} // namespace Tertial::Cli
