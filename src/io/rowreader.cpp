// SPDX-License-Identifier: GPL-3.0-or-later
// Field parsing for the importers; numbers through the core's Swedish parser.
#include "rowreader.h"

#include "core/svparse.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace Tertial::Io {
namespace {

// Plain ASCII digits after an optional '-', as the export and most ERP files write numbers: read
// here, without the general Swedish parser, when `maxDigits` keeps the value far from overflow.
// Anything else (separators, decimals, other signs, errors) goes to the core's parser.
std::optional<long long> plainInteger(std::string_view text, std::size_t maxDigits)
{
    const bool negative = !text.empty() && text.front() == '-';
    if (negative)
        text.remove_prefix(1);
    if (text.empty() || text.size() > maxDigits)
        return std::nullopt;
    long long value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
}

Core::Result<long long> parseInteger(std::string_view text)
{
    if (const auto plain = plainInteger(text, 9))
        return *plain;
    return Core::parseInteger(text);
}

std::size_t characters(std::string_view text)
{
    std::size_t count = 0;
    for (const char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

// A value as a message quotes it: whole when short, else its start and how long it is.
std::string shown(std::string_view value)
{
    constexpr std::size_t keep = 80;
    if (characters(value) <= keep)
        return std::string(value);
    std::size_t cut = 0;
    for (std::size_t seen = 0; cut < value.size(); ++cut) {
        if ((static_cast<unsigned char>(value[cut]) & 0xC0) != 0x80 && seen++ == keep)
            break;
    }
    return std::string(value.substr(0, cut)) + "… (" + std::to_string(characters(value)) + " tecken)";
}

} // namespace

std::size_t RowReader::maxCharacters(std::string_view column)
{
    for (const std::string_view text : {"text", "kommentar", "mål", "åtgärd", "källa"})
        if (column == text)
            return maxTextCharacters;
    for (const std::string_view code : {"nämnd", "indikator", "insatstyp"})
        if (column == code)
            return maxCodeCharacters;
    if (column == "verksamhet") // levels and separators; path() checks each level
        return maxPathLevels * maxNameCharacters + (maxPathLevels - 1) * 3;
    return maxNameCharacters;
}

RowReader::RowReader(const std::string &fileName, const Columns &columns, const CsvRecord &record, std::vector<std::string> &problems)
    : m_fileName(fileName), m_columns(columns), m_record(record), m_problems(problems),
      m_problemCount(problems.size())
{
    // Most rows have no field longer than the smallest limit: one cheap pass decides.
    bool anyLong = false;
    for (const std::string &value : m_record.fields)
        anyLong = anyLong || value.size() > maxCodeCharacters;
    if (!anyLong)
        return;
    // Problems in the order of the fields, as everything else is reported.
    std::vector<std::pair<std::size_t, std::string_view>> byIndex;
    for (const auto &[column, index] : m_columns)
        byIndex.emplace_back(index, column);
    std::sort(byIndex.begin(), byIndex.end());
    for (const auto &[index, column] : byIndex) {
        if (index >= m_record.fields.size())
            continue;
        const std::string &value = m_record.fields[index];
        const std::size_t limit = maxCharacters(column);
        if (value.size() > limit && characters(value) > limit)
            problem(column, "'" + shown(value) + "' är för långt, förväntade högst " + std::to_string(limit) +
                                " tecken");
    }
}

void RowReader::problem(std::string_view column, const std::string &message)
{
    m_problems.push_back(m_fileName + ":" + std::to_string(m_record.line) + ": " + std::string(column) + ": " + message);
}

std::string_view RowReader::field(std::string_view column) const
{
    const auto it = m_columns.find(column);
    if (it == m_columns.end() || it->second >= m_record.fields.size())
        return {};
    return m_record.fields[it->second];
}

std::optional<std::string> RowReader::required(std::string_view column)
{
    const std::string_view value = field(column);
    if (value.empty()) {
        problem(column, "tomt fält, förväntade ett värde");
        return std::nullopt;
    }
    return std::string(value);
}

std::optional<std::string> RowReader::kommun(std::string_view column)
{
    auto value = required(column);
    if (!value)
        return std::nullopt;
    if (value->size() != 4 || value->find_first_not_of("0123456789") != std::string::npos) {
        problem(column, "'" + shown(*value) + "' är ingen kommunkod, förväntade fyra siffror (0182)");
        return std::nullopt;
    }
    return value;
}

std::optional<int> RowReader::year(std::string_view column)
{
    const std::string_view value = field(column);
    if (value.empty()) {
        problem(column, "tomt fält, förväntade ett värde");
        return std::nullopt;
    }
    auto parsed = parseInteger(value);
    if (!parsed || *parsed < 2000 || *parsed > 2100) {
        problem(column, "'" + shown(value) + "' är inget år, förväntade ett år 2000–2100");
        return std::nullopt;
    }
    return static_cast<int>(*parsed);
}

bool RowReader::month(std::string_view column, bool isRequired, std::optional<int> &out)
{
    out.reset();
    const std::string_view value = field(column);
    if (value.empty()) {
        if (isRequired)
            problem(column, "tomt fält, förväntade en månad 1–12");
        return !isRequired;
    }
    auto parsed = parseInteger(value);
    if (!parsed || *parsed < 1 || *parsed > 12) {
        problem(column, "'" + shown(value) + "' är ingen månad, förväntade 1–12");
        return false;
    }
    out = static_cast<int>(*parsed);
    return true;
}

std::optional<Core::AmountUnit> RowReader::unit(std::string_view column)
{
    const std::string_view value = field(column);
    auto parsed = Core::unitFromCode(value);
    if (!parsed) {
        problem(column, "'" + shown(value) + "' är ingen enhet, förväntade kr, tkr eller mnkr");
        return std::nullopt;
    }
    return parsed;
}

std::optional<Core::Money> RowReader::amount(std::string_view column, Core::AmountUnit amountUnit)
{
    const std::string_view value = field(column);
    if (value.empty()) {
        problem(column, "tomt fält, förväntade ett värde");
        return std::nullopt;
    }
    // Ten digits of mnkr still fit in 64-bit öre; what is beyond the bounds goes to the core's
    // parser, which refuses it with its message.
    if (const auto plain = plainInteger(value, 10)) {
        const auto amount = Core::Money::fromOre(*plain) * Core::orePerUnit(amountUnit);
        if (Core::Money::withinBounds(amount))
            return amount;
    }
    auto parsed = Core::parseAmount(value, amountUnit);
    if (!parsed) {
        problem(column, parsed.error().message);
        return std::nullopt;
    }
    return *parsed;
}

bool RowReader::optionalAmount(std::string_view column, Core::AmountUnit amountUnit, std::optional<Core::Money> &out)
{
    out.reset();
    if (field(column).empty())
        return true;
    out = amount(column, amountUnit);
    return out.has_value();
}

std::optional<int> RowReader::integer(std::string_view column)
{
    auto value = required(column);
    if (!value)
        return std::nullopt;
    auto parsed = parseInteger(*value);
    if (!parsed || *parsed < -1'000'000 || *parsed > 1'000'000) {
        problem(column, parsed ? "'" + shown(*value) + "' är för stort, förväntade ett heltal" : parsed.error().message);
        return std::nullopt;
    }
    return static_cast<int>(*parsed);
}

std::optional<double> RowReader::number(std::string_view column)
{
    auto value = required(column);
    if (!value)
        return std::nullopt;
    auto parsed = Core::parseNumber(*value);
    if (!parsed) {
        problem(column, parsed.error().message);
        return std::nullopt;
    }
    if (std::abs(*parsed) > maxNumber) {
        problem(column, "'" + shown(*value) + "' är för stort, förväntade ett tal högst 1 000 000 000 000 åt något håll");
        return std::nullopt;
    }
    return *parsed;
}

bool RowReader::optionalNumber(std::string_view column, std::optional<double> &out)
{
    out.reset();
    if (field(column).empty())
        return true;
    out = number(column);
    return out.has_value();
}

std::optional<std::string> RowReader::oneOf(std::string_view column, const std::vector<std::string> &allowed,
                                            bool allowEmpty)
{
    const std::string_view value = field(column);
    if (value.empty() && allowEmpty)
        return std::string();
    for (const std::string &candidate : allowed)
        if (candidate == value)
            return candidate;
    std::string list;
    for (std::size_t i = 0; i < allowed.size(); ++i)
        list += (i == 0 ? "" : i + 1 == allowed.size() ? " eller " : ", ") + allowed[i];
    problem(column, (value.empty() ? std::string("tomt fält") : "'" + shown(value) + "' är okänt") + ", förväntade " + list);
    return std::nullopt;
}

std::optional<std::string> RowReader::path(std::string_view column)
{
    auto value = required(column);
    if (!value)
        return std::nullopt;
    std::size_t start = 0;
    for (std::size_t levels = 1;; ++levels) {
        if (levels > maxPathLevels) {
            problem(column, "'" + shown(*value) + "' har fler än " + std::to_string(maxPathLevels) +
                                " nivåer, förväntade högst " + std::to_string(maxPathLevels) +
                                " nivåer åtskilda av ' > ' (Barn och unga > Dygnsvård)");
            return std::nullopt;
        }
        const std::size_t cut = value->find(" > ", start);
        const std::string_view level =
            std::string_view(*value).substr(start, cut == std::string::npos ? std::string::npos : cut - start);
        if (level.empty() || level.front() == ' ' || level.back() == ' ' || level.find('>') != std::string::npos ||
            level.find_first_of("\r\n\t") != std::string::npos) {
            problem(column, "'" + shown(*value) + "' är ingen verksamhetssökväg, förväntade nivåer åtskilda av ' > ' "
                                                  "(Barn och unga > Dygnsvård)");
            return std::nullopt;
        }
        if (characters(level) > maxNameCharacters) {
            problem(column, "nivån '" + shown(level) + "' är för lång, förväntade högst " +
                                std::to_string(maxNameCharacters) + " tecken per nivå");
            return std::nullopt;
        }
        if (cut == std::string::npos)
            break;
        start = cut + 3;
    }
    return value;
}

} // namespace Tertial::Io
