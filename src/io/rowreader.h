// SPDX-License-Identifier: GPL-3.0-or-later
// Typed access to the fields of one CSV record by column name; every problem becomes
// "file:line: column: what was wrong, what was expected" in a shared list.
#pragma once

#include "csvreader.h"

#include "core/money.h"
#include "core/unit.h"

#include <unordered_map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Io {

class RowReader final
{
public:
    // Column name -> field index; transparent, so a field is found by a literal without a string.
    struct ColumnHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view name) const noexcept { return std::hash<std::string_view>{}(name); }
    };
    using Columns = std::unordered_map<std::string, std::size_t, ColumnHash, std::equal_to<>>;

    // Checks every field's length against its column's limit (docs/formats.md) on the way in.
    RowReader(const std::string &fileName, const Columns &columns, const CsvRecord &record,
              std::vector<std::string> &problems);

    // Limits of docs/formats.md, in characters (code points).
    static constexpr std::size_t maxPathLevels = 12;
    static constexpr std::size_t maxNameCharacters = 200;   // names, a path's level, most columns
    static constexpr std::size_t maxCodeCharacters = 64;    // nämnd, indikator, insatstyp
    static constexpr std::size_t maxTextCharacters = 10000; // text, kommentar, mål, åtgärd, källa
    static std::size_t maxCharacters(std::string_view column);
    // Plain numbers (volumes, indicator values, tolerans) within ±10^12.
    static constexpr double maxNumber = 1e12;

    bool ok() const { return m_problemCount == m_problems.size(); }
    int line() const { return m_record.line; }

    // The raw text; an absent optional column reads as empty. field() is a view into the record.
    std::string text(std::string_view column) const { return std::string(field(column)); }
    std::string_view field(std::string_view column) const;
    // Non-empty text, else a problem.
    std::optional<std::string> required(std::string_view column);

    std::optional<std::string> kommun(std::string_view column);              // 4 digits
    std::optional<int> year(std::string_view column);                        // 2000–2100
    // Fields that may be empty: false on a problem, else `out` holds the value or nullopt.
    // (Out-parameters: g++ 12 warns wrongly about nested optionals.)
    // A month 1–12; empty is a problem only when `required`.
    bool month(std::string_view column, bool required, std::optional<int> &out);
    std::optional<Core::AmountUnit> unit(std::string_view column);
    std::optional<Core::Money> amount(std::string_view column, Core::AmountUnit unit);
    bool optionalAmount(std::string_view column, Core::AmountUnit unit, std::optional<Core::Money> &out);
    std::optional<int> integer(std::string_view column);
    std::optional<double> number(std::string_view column);
    bool optionalNumber(std::string_view column, std::optional<double> &out);
    // One of `allowed`, else a problem listing them.
    std::optional<std::string> oneOf(std::string_view column, const std::vector<std::string> &allowed, bool allowEmpty = false);
    // A verksamhet path: at most maxPathLevels levels separated by " > ", none empty, padded or
    // longer than maxNameCharacters. Checked in one pass, stopping at the first level too many.
    std::optional<std::string> path(std::string_view column);

    void problem(std::string_view column, const std::string &message);

private:
    const std::string &m_fileName;
    const Columns &m_columns;
    const CsvRecord &m_record;
    std::vector<std::string> &m_problems;
    std::size_t m_problemCount;
};

} // namespace Tertial::Io
