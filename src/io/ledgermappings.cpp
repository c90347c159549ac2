// SPDX-License-Identifier: GPL-3.0-or-later
// Mapping files, the Kommun-Bas 13 default and the lookups.
#include "ledgermappings.h"

#include "csvreader.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <functional>
#include <iterator>

namespace Tertial::Io {

using Core::ErrorCode;
using Core::fail;
using Core::Result;
using Storage::AnsvarRule;
using Storage::KontoRange;

const std::vector<KontoRange> &kommunBas13Default()
{
    // Kontogrupper of Kommun-Bas 13 (SKR): class 3 verksamhetens intäkter, 4 köpta tjänster och
    // bidrag, 5 personal, 6–7 övriga verksamhetskostnader. Choices another kommun may make
    // differently are in docs/formats.md (36–39, 52, 58).
    static const std::vector<KontoRange> ranges = {
        {3000, 3099, "forsaljning"},      // 30 försäljningsintäkter
        {3100, 3199, "avgifter"},         // 31 taxor och avgifter
        {3200, 3499, "ovriga_intakter"},  // 32–34 hyror och arrenden m.m.
        {3500, 3599, "bidrag_intakt"},    // 35 bidrag
        {3600, 3699, "forsaljning"},      // 36 försäljning av verksamhet och konsulttjänster
        {3700, 3999, "ovriga_intakter"},  // 37–39 försäkringsersättningar, realisationsvinster, övrigt
        {4000, 4499, "ovriga_kostnader"}, // 40–44 inköp av anläggnings- och underhållsmaterial
        {4500, 4599, "bidrag_kostnad"},   // 45 lämnade bidrag
        {4600, 4699, "kop_av_verksamhet"},// 46 köp av huvudverksamhet
        {4700, 4999, "ovriga_kostnader"}, // 47–49
        {5000, 5999, "personal"},         // 50–59 personalkostnader, incl. 52 and 58
        {6000, 6199, "lokaler"},          // 60 lokal- och markhyror, 61 fastighetskostnader
        {6200, 7499, "ovriga_kostnader"}, // 62–74 energi, material, tjänster, resor, försäkringar
        {7500, 7599, "bemanningsforetag"},// 75 tillfälligt inhyrd personal
        {7600, 7899, "ovriga_kostnader"}, // 76–78 diverse kostnader
        {7900, 7999, "kapitalkostnader"}, // 79 avskrivningar
    };
    return ranges;
}

namespace {

Result<std::string> slurp(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(ErrorCode::Io, path + ":1: fil: kan inte läsa filen, förväntade en läsbar fil");
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::optional<int> konto4(std::string_view text)
{
    int value = 0;
    if (text.size() != 4)
        return std::nullopt;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + 4, value);
    if (ec != std::errc() || end != text.data() + 4)
        return std::nullopt;
    return value;
}

std::string joinProblems(const std::vector<std::string> &problems)
{
    std::string text;
    for (const std::string &p : problems)
        text += (text.empty() ? "" : "\n") + p;
    return text;
}

template<typename Row>
Result<std::vector<Row>> parseRows(const std::string &file, std::string_view text, const std::vector<std::string> &header,
                                   const std::function<void(const CsvRecord &, std::vector<Row> &, std::vector<std::string> &)> &row)
{
    CsvReader reader(file, text);
    std::vector<std::string> problems = reader.problems();
    std::string expected;
    for (const std::string &h : header)
        expected += (expected.empty() ? "" : ";") + h;
    CsvRecord record;
    if (reader.isEmpty() || !reader.next(record))
        return fail(ErrorCode::InvalidInput, file + ":1: rubrik: filen är tom, förväntade rubriken " + expected);
    if (record.fields != header)
        problems.push_back(file + ":" + std::to_string(record.line) + ": rubrik: förväntade rubriken " + expected);
    const bool headerOk = problems.empty();
    std::vector<Row> rows;
    while (headerOk && reader.next(record)) {
        if (record.fields.size() != header.size()) {
            problems.push_back(file + ":" + std::to_string(record.line) + ": raden har " +
                               std::to_string(record.fields.size()) + " fält, förväntade " +
                               std::to_string(header.size()) + " som rubriken " + expected);
            continue;
        }
        row(record, rows, problems);
    }
    problems.insert(problems.end(), reader.problems().begin(), reader.problems().end());
    if (!problems.empty())
        return fail(ErrorCode::InvalidInput, joinProblems(problems));
    return rows;
}

} // namespace

Result<std::vector<KontoRange>> parseKontoMapping(const std::string &file, std::string_view text,
                                                  const std::vector<std::string> &kontoslagCodes)
{
    auto rows = parseRows<KontoRange>(
        file, text, {"konto_fran", "konto_till", "kontoslag"},
        [&](const CsvRecord &r, std::vector<KontoRange> &out, std::vector<std::string> &problems) {
            const std::string at = file + ":" + std::to_string(r.line) + ": ";
            const auto from = konto4(r.fields[0]);
            const auto to = konto4(r.fields[1]);
            if (!from)
                problems.push_back(at + "konto_fran: '" + r.fields[0] + "' är inget konto, förväntade fyra siffror (3000)");
            if (!to)
                problems.push_back(at + "konto_till: '" + r.fields[1] + "' är inget konto, förväntade fyra siffror (3999)");
            if (from && to && *from > *to)
                problems.push_back(at + "konto_till: " + r.fields[1] + " är mindre än konto_fran " + r.fields[0] +
                                   ", förväntade ett intervall från lägre till högre");
            if (std::ranges::find(kontoslagCodes, r.fields[2]) == kontoslagCodes.end()) {
                std::string codes;
                for (const std::string &c : kontoslagCodes)
                    codes += (codes.empty() ? "" : ", ") + c;
                problems.push_back(at + "kontoslag: okänd kod '" + r.fields[2] + "', förväntade en av " + codes);
            }
            if (from && to && *from <= *to)
                for (const KontoRange &other : out)
                    if (*from <= other.to && other.from <= *to)
                        problems.push_back(at + "konto_fran: intervallet " + r.fields[0] + "–" + r.fields[1] +
                                           " överlappar " + std::to_string(other.from) + "–" +
                                           std::to_string(other.to) + ", förväntade varje konto i ett intervall");
            out.push_back(KontoRange{from.value_or(0), to.value_or(0), r.fields[2]});
        });
    if (rows)
        std::ranges::sort(*rows, {}, &KontoRange::from);
    return rows;
}

Result<std::vector<AnsvarRule>> parseAnsvarMapping(const std::string &file, std::string_view text)
{
    auto rows = parseRows<AnsvarRule>(
        file, text, {"ansvar", "verksamhet"},
        [&](const CsvRecord &r, std::vector<AnsvarRule> &out, std::vector<std::string> &problems) {
            const std::string at = file + ":" + std::to_string(r.line) + ": ";
            const std::string &code = r.fields[0];
            const auto star = code.find('*');
            if (code.empty() || code == "*" || (star != std::string::npos && star != code.size() - 1))
                problems.push_back(at + "ansvar: '" + code +
                                   "' är ingen ansvarskod, förväntade en kod (41020) eller ett prefix som slutar med * (41*)");
            const std::string &path = r.fields[1];
            bool badPath = path.empty();
            for (std::size_t pos = 0; !badPath;) {
                const auto cut = path.find(" > ", pos);
                const std::string level = path.substr(pos, cut == std::string::npos ? std::string::npos : cut - pos);
                if (level.empty() || level.front() == ' ' || level.back() == ' ')
                    badPath = true;
                if (cut == std::string::npos)
                    break;
                pos = cut + 3;
            }
            if (badPath)
                problems.push_back(at + "verksamhet: '" + path +
                                   "' är ingen verksamhet, förväntade en sökväg som 'Vård och behandling > Barn och unga'");
            for (const AnsvarRule &other : out)
                if (other.ansvar == code)
                    problems.push_back(at + "ansvar: '" + code + "' finns redan, förväntade varje kod en gång");
            out.push_back(AnsvarRule{code, path});
        });
    if (rows)
        std::ranges::sort(*rows, {}, &AnsvarRule::ansvar);
    return rows;
}

Result<std::vector<KontoRange>> readKontoMapping(const std::string &path, const std::vector<std::string> &kontoslagCodes)
{
    auto text = slurp(path);
    if (!text)
        return std::unexpected(text.error());
    return parseKontoMapping(path, *text, kontoslagCodes);
}

Result<std::vector<AnsvarRule>> readAnsvarMapping(const std::string &path)
{
    auto text = slurp(path);
    if (!text)
        return std::unexpected(text.error());
    return parseAnsvarMapping(path, *text);
}

std::string kontoMappingText(const std::vector<KontoRange> &ranges)
{
    std::string text = "konto_fran;konto_till;kontoslag\n";
    for (const KontoRange &r : ranges)
        text += std::to_string(r.from) + ";" + std::to_string(r.to) + ";" + r.kontoslag + "\n";
    return text;
}

std::string ansvarMappingText(const std::vector<AnsvarRule> &rules)
{
    std::string text = "ansvar;verksamhet\n";
    for (const AnsvarRule &r : rules)
        text += r.ansvar + ";" + r.path + "\n";
    return text;
}

KontoMapper::KontoMapper(const std::vector<KontoRange> &ranges)
{
    for (const KontoRange &r : ranges) {
        auto it = std::ranges::find(m_codes, r.kontoslag);
        if (it == m_codes.end())
            it = m_codes.insert(m_codes.end(), r.kontoslag);
        const auto index = static_cast<short>(it - m_codes.begin() + 1);
        for (int k = std::max(r.from, 0); k <= std::min(r.to, 9999); ++k)
            m_index[static_cast<std::size_t>(k)] = index;
    }
}

const std::string *KontoMapper::kontoslag(int konto) const
{
    if (konto < 0 || konto > 9999)
        return nullptr;
    const short index = m_index[static_cast<std::size_t>(konto)];
    return index == 0 ? nullptr : &m_codes[static_cast<std::size_t>(index - 1)];
}

AnsvarMapper::AnsvarMapper(const std::vector<AnsvarRule> &rules)
{
    for (const AnsvarRule &r : rules) {
        if (r.ansvar.ends_with('*'))
            m_prefixes.push_back(AnsvarRule{r.ansvar.substr(0, r.ansvar.size() - 1), r.path});
        else
            m_exact.push_back(r);
    }
    std::ranges::sort(m_exact, {}, &AnsvarRule::ansvar);
    std::ranges::stable_sort(m_prefixes, [](const AnsvarRule &a, const AnsvarRule &b) {
        return a.ansvar.size() > b.ansvar.size();
    });
}

const std::string *AnsvarMapper::path(std::string_view ansvar) const
{
    const auto it = std::ranges::lower_bound(m_exact, ansvar, {}, [](const AnsvarRule &r) { return std::string_view(r.ansvar); });
    if (it != m_exact.end() && it->ansvar == ansvar)
        return &it->path;
    for (const AnsvarRule &r : m_prefixes)
        if (ansvar.starts_with(r.ansvar))
            return &r.path;
    return nullptr;
}

} // namespace Tertial::Io
