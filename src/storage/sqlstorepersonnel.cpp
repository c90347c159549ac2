// SPDX-License-Identifier: GPL-3.0-or-later
// The personnel register read back (its edits go through the register rows of sqlstoreregisteredits.cpp).
#include "sqlstore.h"

namespace Tertial::Storage {

Core::Result<std::vector<PersonnelFigure>> SqlStore::personnel(Id namndId)
{
    auto st = query("SELECT unit, year, month, measure, value, ordering FROM personnel WHERE namnd_id = ?1 "
                    "ORDER BY ordering, unit, year, month, measure",
                    namndId);
    if (!st)
        return std::unexpected(st.error());
    std::vector<PersonnelFigure> result;
    std::optional<std::string> unknown;
    auto ok = (*st)->forEach([&](const Statement &row) {
        const auto measure = personnelMeasureFromCode(row.text(3));
        if (!measure) {
            unknown = row.text(3);
            return;
        }
        result.push_back(PersonnelFigure{namndId, row.text(0), row.integer(1), row.integer(2), *measure, row.real(4),
                                         row.integer(5)});
    });
    if (!ok)
        return std::unexpected(ok.error());
    if (unknown)
        return Core::fail(Core::ErrorCode::Storage, m_path + ": okänt personalmått i databasen: " + *unknown);
    return result;
}

} // namespace Tertial::Storage
