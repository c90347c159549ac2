// SPDX-License-Identifier: GPL-3.0-or-later
// Reads Kolada API responses (v3 and the older v2 envelope) into plain Kolada records.
#pragma once

#include "storage/koladarecords.h"

#include "core/error.h"

#include <QByteArray>

#include <optional>
#include <string>
#include <string_view>
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
//
// What a value entry may hold is what Kolada documents (v2 and v3 alike): "gender" ("T", "K",
// "M"), "value" (a number, or null for a missing value; required, so a misspelt key is never read
// as "missing"), "count" (an integer 0–maxCount, or null), "status" (a text, or null) and the
// deletion flag "isdeleted" / "is_deleted". Any other key in a value entry is refused. Every text
// must be valid Unicode without control characters (a lone surrogate such as \ud800 is refused,
// not turned into '?'); numbers beyond double range are refused by the JSON reader.
Core::Result<std::vector<KoladaPage>> parseResponse(const QByteArray &json, const std::string &where);

// The Swedish name of a kind for messages and summaries ("värden", "KPI:er", ...).
const char *pageKindName(PageKind kind);

// A Kolada id (KPI N33006, kommun 0182, group G33947, OU V15E144001301): 1–32 ASCII letters and
// digits. Responses with other ids are refused, and the fetcher builds no request path from one.
bool isKoladaId(std::string_view id);
inline constexpr const char *koladaIdGrammar = "1–32 bokstäver A–Z och siffror, som N33006 eller 0182";

// The largest "count" (members behind a group's value) a value may carry.
inline constexpr int maxCount = 100'000;

} // namespace Tertial::Kolada
