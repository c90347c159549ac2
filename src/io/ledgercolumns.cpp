// SPDX-License-Identifier: GPL-3.0-or-later
// Header recognition for ledger exports.
#include "ledgercolumns.h"

#include <algorithm>
#include <charconv>

namespace Tertial::Io {

using Storage::LedgerVersion;

namespace {

struct RoleName
{
    LedgerRole role;
    std::vector<std::string_view> names;
};

const std::vector<RoleName> &roleNames()
{
    static const std::vector<RoleName> names = {
        {LedgerRole::Ansvar, {"ansvar", "ansvarskod", "ansvarsenhet", "ansvarsställe", "resultatenhet", "kostnadsställe",
                              "kst", "responsibility", "responsibility center", "cost center", "cost centre"}},
        {LedgerRole::Verksamhet, {"verksamhet", "verksamhetskod", "vht", "aktivitet", "aktivitetskod", "activity"}},
        {LedgerRole::Konto, {"konto", "kontonummer", "kontonr", "kontokod", "slag", "account", "account number"}},
        {LedgerRole::Motpart, {"motpart", "motpartskod", "counterpart", "counterparty"}},
        {LedgerRole::Projekt, {"projekt", "projektnummer", "projektkod", "project"}},
        {LedgerRole::Period, {"period", "perioden", "bokföringsperiod", "redovisningsperiod", "datum", "bokföringsdatum",
                              "date", "accounting period"}},
        {LedgerRole::Year, {"år", "bokföringsår", "räkenskapsår", "year"}},
        {LedgerRole::Month, {"månad", "mån", "month"}},
        {LedgerRole::Version, {"version", "mått", "typ", "type", "belopptyp", "beloppstyp"}},
        {LedgerRole::Amount, {"belopp", "amount", "belopp kr", "belopp (kr)", "belopp sek", "value", "värde"}},
    };
    return names;
}

std::optional<LedgerRole> roleOfHeader(const std::string &normalized)
{
    for (const RoleName &r : roleNames())
        if (std::ranges::find(r.names, normalized) != r.names.end())
            return r.role;
    return std::nullopt;
}

std::optional<int> number(std::string_view text)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<LedgerVersion> versionWord(std::string_view word)
{
    if (word == "utfall" || word == "actual" || word == "actuals" || word == "redovisat")
        return LedgerVersion::Actual;
    if (word == "budget")
        return LedgerVersion::Budget;
    if (word == "prognos" || word == "forecast")
        return LedgerVersion::Forecast;
    return std::nullopt;
}

std::string headerText(const TableCell &cell)
{
    switch (cell.kind) {
    case TableCell::Kind::Text: return cell.text;
    case TableCell::Kind::Number: {
        const auto whole = static_cast<long long>(cell.number);
        if (static_cast<double>(whole) == cell.number)
            return std::to_string(whole);
        return {};
    }
    case TableCell::Kind::Date: {
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02d", cell.year, cell.month);
        return text;
    }
    default: return {};
    }
}

// Reads version, year and month out of a column header; false when it says none of them.
bool amountAttributes(const std::string &normalized, AmountColumn &column)
{
    bool any = false;
    std::size_t pos = 0;
    while (pos < normalized.size()) {
        auto end = normalized.find_first_of(" /_", pos);
        if (end == std::string::npos)
            end = normalized.size();
        const std::string_view word(normalized.data() + pos, end - pos);
        pos = end + 1;
        if (word.empty())
            continue;
        if (const auto v = versionWord(word)) {
            column.version = v;
            any = true;
        } else if (const auto m = monthFromText(word); m && !number(word)) {
            column.month = m;
            any = true;
        } else if (word.size() == 6 && number(word)) {
            const int ym = *number(word);
            if (ym / 100 >= 2000 && ym / 100 <= 2100 && ym % 100 >= 1 && ym % 100 <= 12) {
                column.year = ym / 100;
                column.month = ym % 100;
                any = true;
            }
        } else if (word.size() == 7 && word[4] == '-' && number(word.substr(0, 4)) && number(word.substr(5))) {
            const int y = *number(word.substr(0, 4)), mm = *number(word.substr(5));
            if (y >= 2000 && y <= 2100 && mm >= 1 && mm <= 12) {
                column.year = y;
                column.month = mm;
                any = true;
            }
        } else if (word.size() == 4 && number(word) && *number(word) >= 2000 && *number(word) <= 2100) {
            column.year = *number(word);
        }
    }
    return any;
}

} // namespace

std::string_view ledgerRoleCode(LedgerRole role)
{
    switch (role) {
    case LedgerRole::Ansvar: return "ansvar";
    case LedgerRole::Verksamhet: return "verksamhet";
    case LedgerRole::Konto: return "konto";
    case LedgerRole::Motpart: return "motpart";
    case LedgerRole::Projekt: return "projekt";
    case LedgerRole::Period: return "period";
    case LedgerRole::Year: return "år";
    case LedgerRole::Month: return "månad";
    case LedgerRole::Version: return "version";
    case LedgerRole::Amount: return "belopp";
    }
    return "belopp";
}

std::optional<LedgerRole> ledgerRoleFromCode(std::string_view code)
{
    const std::string normalized = normalizedHeader(code);
    for (LedgerRole role : allLedgerRoles)
        if (ledgerRoleCode(role) == normalized)
            return role;
    if (normalized == "ar" || normalized == "year")
        return LedgerRole::Year;
    if (normalized == "manad" || normalized == "month")
        return LedgerRole::Month;
    return roleOfHeader(normalized);
}

std::string normalizedHeader(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == 0xC3 && i + 1 < text.size()) {
            // Å Ä Ö É -> å ä ö é (U+00C5, U+00C4, U+00D6, U+00C9 are C3 85/84/96/89 in UTF-8)
            auto next = static_cast<unsigned char>(text[i + 1]);
            if (next == 0x85 || next == 0x84 || next == 0x96 || next == 0x89)
                next = static_cast<unsigned char>(next + 0x20);
            out.push_back(text[i]);
            out.push_back(static_cast<char>(next));
            ++i;
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            if (!out.empty() && out.back() != ' ')
                out.push_back(' ');
            ++i;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            if (!out.empty() && out.back() != ' ')
                out.push_back(' ');
        } else {
            out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
        }
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == ':'))
        out.pop_back();
    return out;
}

std::optional<int> monthFromText(std::string_view text)
{
    static const std::vector<std::vector<std::string_view>> names = {
        {"jan", "januari", "january"}, {"feb", "februari", "february"}, {"mar", "mars", "march"},
        {"apr", "april"},              {"maj", "may"},                   {"jun", "juni", "june"},
        {"jul", "juli", "july"},       {"aug", "augusti", "august"},     {"sep", "sept", "september"},
        {"okt", "oktober", "oct", "october"}, {"nov", "november"},      {"dec", "december"},
    };
    const std::string normalized = normalizedHeader(text);
    for (std::size_t m = 0; m < names.size(); ++m)
        if (std::ranges::find(names[m], normalized) != names[m].end())
            return static_cast<int>(m + 1);
    if (const auto n = number(normalized); n && *n >= 1 && *n <= 12)
        return *n;
    return std::nullopt;
}

std::optional<LedgerLayout> recognizeHeader(const TableRow &row, const TableRow *above,
                                            const std::map<LedgerRole, std::string> &overrides)
{
    // A row just above with several cells heads groups of columns ("Utfall 2021" merged over the
    // months); a title row (one cell, or farther up) does not.
    if (above && (above->line != row.line - 1 ||
                  std::ranges::count_if(above->cells, [](const TableCell &c) { return c.kind != TableCell::Kind::Empty; }) < 2))
        above = nullptr;
    LedgerLayout layout;
    layout.headerLine = row.line;
    layout.headers.resize(row.cells.size());
    std::vector<std::optional<LedgerRole>> roles(row.cells.size());
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
        const std::string own = headerText(row.cells[c]);
        const std::string group = above ? headerText(above->at(c)) : std::string();
        layout.headers[c] = group.empty() || own.empty() ? own : group + " " + own;
        const std::string normalized = normalizedHeader(own);
        if (normalized.empty())
            continue;
        for (const auto &[role, header] : overrides)
            if (normalizedHeader(header) == normalized || normalizedHeader(header) == normalizedHeader(layout.headers[c]))
                roles[c] = role;
        if (!roles[c])
            roles[c] = roleOfHeader(normalized);
    }
    // An override takes its role from the column recognised by name.
    for (const auto &[role, header] : overrides)
        for (std::size_t c = 0; c < roles.size(); ++c)
            if (roles[c] == role && normalizedHeader(header) != normalizedHeader(headerText(row.cells[c])) &&
                normalizedHeader(header) != normalizedHeader(layout.headers[c]))
                roles[c].reset();
    for (std::size_t c = 0; c < roles.size(); ++c) {
        if (roles[c] == LedgerRole::Amount) {
            layout.amounts.push_back(AmountColumn{c, {}, {}, {}});
        } else if (roles[c]) {
            layout.roles.emplace(*roles[c], c); // the first column of a role wins
        } else if (!layout.headers[c].empty()) {
            AmountColumn column{c, {}, {}, {}};
            if (amountAttributes(normalizedHeader(layout.headers[c]), column))
                layout.amounts.push_back(column);
        }
    }
    if (!layout.roles.contains(LedgerRole::Konto) || layout.amounts.empty())
        return std::nullopt;
    return layout;
}

} // namespace Tertial::Io
