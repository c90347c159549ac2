// SPDX-License-Identifier: GPL-3.0-or-later
// Figures from the ledger (huvudbok): the kommun's mappings, the monthly amounts an ERP export
// gives per verksamhet × kontoslag, and the figures derived from them.
#pragma once

#include "importbatch.h"
#include "records.h"

#include "core/money.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Storage {

// The ledger's versions (version, mått or typ in an export)
enum class LedgerVersion { Actual, Budget, Forecast }; // utfall, budget, prognos

std::string_view ledgerVersionCode(LedgerVersion version); // "utfall", "budget", "prognos"
std::optional<LedgerVersion> ledgerVersionFromCode(std::string_view code);

// konto_fran;konto_till;kontoslag: an inclusive range of 4-digit kontos
struct KontoRange final
{
    int from = 0;
    int to = 0;
    std::string kontoslag;
    bool operator==(const KontoRange &) const = default;
};

// ansvar;verksamhet: a code, or a prefix ending in '*' (the longest match wins)
struct AnsvarRule final
{
    std::string ansvar;
    std::string path;
    bool operator==(const AnsvarRule &) const = default;
};

struct LedgerMappings final
{
    std::vector<KontoRange> konton; // empty: none stored for the kommun
    std::vector<AnsvarRule> ansvar;
};

// One month's amount of one verksamhet × kontoslag and version, summed over the export's rows
// (kontos, motparter, projekt), in canonical signs (intäkter +, kostnader −).
struct LedgerAmount final
{
    std::string path;
    std::string kontoslag;
    int year = 0;
    int month = 0; // 1–12
    LedgerVersion version = LedgerVersion::Actual;
    Core::Money amount;
};

// What an export covers: these months of these versions are replaced for the nämnd.
struct LedgerPeriod final
{
    int year = 0;
    int month = 0;
    LedgerVersion version = LedgerVersion::Actual;
    auto operator<=>(const LedgerPeriod &) const = default;
};

struct LedgerImport final
{
    NamndRef namnd;
    std::optional<std::vector<KontoRange>> konton; // stored for the kommun when given
    std::optional<std::vector<AnsvarRule>> ansvar;
    std::vector<LedgerPeriod> covered;
    std::vector<LedgerAmount> amounts;
};

struct LedgerSummary final
{
    std::size_t figuresAdded = 0;
    std::size_t figuresChanged = 0;
    std::size_t figuresRemoved = 0;
    std::size_t figuresUnchanged = 0;
    std::size_t typedKept = 0; // ledger figures under a typed figure of the same key, which wins
};

// The stored monthly amounts of one nämnd-year, one entry per verksamhet × kontoslag × version,
// months 1–12 (absent = nothing booked).
struct LedgerMonths final
{
    Id verksamhetId = 0;
    std::string kontoslag;
    LedgerVersion version = LedgerVersion::Actual;
    std::array<std::optional<Core::Money>, 13> months; // index 1–12
};

// The figures the monthly amounts of one nämnd-year make (docs/formats.md "Huvudboksexport"):
// utfall cumulative per month present (utfall_intakter for an income kontoslag, utfall_kostnader
// for a cost kontoslag), budget_period cumulative per budget month present and budget helår their
// year sum, prognos per month as given. Every verksamhet × kontoslag with utfall or budget in the
// year gets an utfall for every utfall month (0 before its first booking).
std::vector<Figure> ledgerFigures(const std::vector<LedgerMonths> &months, int year,
                                  const std::vector<Kontoslag> &kontoslag);

} // namespace Tertial::Storage
