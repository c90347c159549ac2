// SPDX-License-Identifier: GPL-3.0-or-later
// Reads Kolada API responses (v3 and the older v2 envelope) into plain Kolada records.
#pragma once

#include "storage/koladarecords.h"

#include "core/error.h"

#include <QByteArray>

#include <optional>
#include <string>
#include <vector>

namespace Tertial::Kolada {

// What a page holds, recognised from its records (every record of a page must be of one kind).
enum class PageKind { Empty, Data, Kpis, Municipalities, Groups };

struct KoladaPage final
{
    PageKind kind = PageKind::Empty;
    Storage::KoladaBatch records; // only the vectors; source and fetchedAt are the caller's
    std::optional<std::string> nextUrl; // v3 next_url, v2 next_page; nullopt on the last page
};

// One response page `{"values": [...], "next_url": ...}` (v3) or `{"count", "values",
// "next_page"}` (v2), or a JSON array of such pages. Data records keep genders T, K and M, a null
// value as missing, a non-empty status as a flag and mark isdeleted (v2: is_deleted) records.
// Errors name `where` (the file or address), the page and record, and what was expected.
Core::Result<std::vector<KoladaPage>> parseResponse(const QByteArray &json, const std::string &where);

// The Swedish name of a kind for messages and summaries ("värden", "KPI:er", ...).
const char *pageKindName(PageKind kind);

} // namespace Tertial::Kolada
