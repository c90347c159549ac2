// SPDX-License-Identifier: GPL-3.0-or-later
// The kommun's mappings for a ledger import: konto ranges to kontoslag (with a shipped default for
// Kommun-Bas 13) and ansvar codes or prefixes to verksamheter; their files and their lookups.
#pragma once

#include "storage/ledger.h"

#include "core/error.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Io {

// A starting point for Kommun-Bas 13 (docs/formats.md): kommuner group 36–39 and 52/58 differently,
// so a kommun gives its own file with --kontoslag, which is then stored.
const std::vector<Storage::KontoRange> &kommunBas13Default();

// The files: "konto_fran;konto_till;kontoslag" and "ansvar;verksamhet", UTF-8, header first.
// Every problem is reported as "file:line: column: what, what was expected".
Core::Result<std::vector<Storage::KontoRange>> readKontoMapping(const std::string &path,
                                                               const std::vector<std::string> &kontoslagCodes);
Core::Result<std::vector<Storage::AnsvarRule>> readAnsvarMapping(const std::string &path);
Core::Result<std::vector<Storage::KontoRange>> parseKontoMapping(const std::string &file, std::string_view text,
                                                                const std::vector<std::string> &kontoslagCodes);
Core::Result<std::vector<Storage::AnsvarRule>> parseAnsvarMapping(const std::string &file, std::string_view text);
// Writes them back in the same format.
std::string kontoMappingText(const std::vector<Storage::KontoRange> &ranges);
std::string ansvarMappingText(const std::vector<Storage::AnsvarRule> &rules);

// konto (the first four digits) -> kontoslag, by a table of all 10 000 four-digit kontos.
class KontoMapper final
{
public:
    explicit KontoMapper(const std::vector<Storage::KontoRange> &ranges);
    // The kontoslag code, or nullptr when no range holds the konto.
    const std::string *kontoslag(int konto) const;

private:
    std::vector<std::string> m_codes;
    std::array<short, 10000> m_index{}; // 0 = unmapped, else 1 + index into m_codes
};

// ansvar -> verksamhet path: an exact code first, else the longest '*' prefix.
class AnsvarMapper final
{
public:
    explicit AnsvarMapper(const std::vector<Storage::AnsvarRule> &rules);
    const std::string *path(std::string_view ansvar) const;

private:
    std::vector<Storage::AnsvarRule> m_exact;    // sorted by code
    std::vector<Storage::AnsvarRule> m_prefixes; // prefix without '*', longest first
};

} // namespace Tertial::Io
