// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the header row of a ledger export and what each column holds, by the names ERP systems
// give them (Swedish and English), including the wide layouts with one amount column per version
// or per month.
#pragma once

#include "ledgertable.h"

#include "storage/ledger.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Io {

enum class LedgerRole {
    Ansvar,     // ansvar, kostnadsställe
    Verksamhet, // verksamhet, aktivitet
    Konto,      // konto, slag
    Motpart,
    Projekt,
    Period,     // YYYYMM or a date
    Year,       // år
    Month,      // månad
    Version,    // version, mått, typ: Utfall, Budget, Prognos
    Amount,     // belopp
};

inline constexpr std::array<LedgerRole, 10> allLedgerRoles = {
    LedgerRole::Ansvar, LedgerRole::Verksamhet, LedgerRole::Konto,  LedgerRole::Motpart, LedgerRole::Projekt,
    LedgerRole::Period, LedgerRole::Year,       LedgerRole::Month,  LedgerRole::Version, LedgerRole::Amount,
};

// "ansvar", "verksamhet", "konto", "motpart", "projekt", "period", "år", "månad", "version", "belopp"
std::string_view ledgerRoleCode(LedgerRole role);
std::optional<LedgerRole> ledgerRoleFromCode(std::string_view code);

// Lower case (ASCII and Å Ä Ö É), blanks trimmed and collapsed, a trailing ':' dropped.
std::string normalizedHeader(std::string_view text);

// An amount column: its version, year and month where its header says them ("Utfall",
// "Budget 2021", "jan", "202101", "Utfall aug"); the rest comes from the row.
struct AmountColumn final
{
    std::size_t column = 0;
    std::optional<Storage::LedgerVersion> version;
    std::optional<int> year;
    std::optional<int> month;
};

struct LedgerLayout final
{
    int headerLine = 0;
    std::vector<std::string> headers;            // per column, as written (two header rows joined)
    std::map<LedgerRole, std::size_t> roles;     // every role but Amount
    std::vector<AmountColumn> amounts;
};

// The layout when `row` is a header: it names a konto column and at least one amount column.
// `above` is the row just above, whose (merged) cells may head groups of amount columns
// ("Utfall 2021" over "jan feb …"). `overrides` give a role to the column with that header text
// (compared as normalizedHeader), taking it from any column recognised by name.
std::optional<LedgerLayout> recognizeHeader(const TableRow &row, const TableRow *above,
                                            const std::map<LedgerRole, std::string> &overrides);

// Month names and numbers: "jan", "Januari", "aug", "8" -> 1..12.
std::optional<int> monthFromText(std::string_view text);

} // namespace Tertial::Io
