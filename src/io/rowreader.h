// SPDX-License-Identifier: GPL-3.0-or-later
// Typed access to the fields of one CSV record by column name; every problem becomes
// "file:line: column: what was wrong, what was expected" in a shared list.
#pragma once

#include "csvreader.h"

#include "core/money.h"
#include "core/unit.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Tertial::Io {

class RowReader final
{
public:
    RowReader(const std::string &fileName, const std::map<std::string, std::size_t> &columns,
              const CsvRecord &record, std::vector<std::string> &problems);

    bool ok() const { return m_problemCount == m_problems.size(); }
    int line() const { return m_record.line; }

    // The raw text; an absent optional column reads as empty.
    std::string text(const std::string &column) const;
    // Non-empty text, else a problem.
    std::optional<std::string> required(const std::string &column);

    std::optional<std::string> kommun(const std::string &column);              // 4 digits
    std::optional<int> year(const std::string &column);                        // 2000–2100
    // Fields that may be empty: false on a problem, else `out` holds the value or nullopt.
    // (Out-parameters: g++ 12 warns wrongly about nested optionals.)
    // A month 1–12; empty is a problem only when `required`.
    bool month(const std::string &column, bool required, std::optional<int> &out);
    std::optional<Core::AmountUnit> unit(const std::string &column);
    std::optional<Core::Money> amount(const std::string &column, Core::AmountUnit unit);
    bool optionalAmount(const std::string &column, Core::AmountUnit unit, std::optional<Core::Money> &out);
    std::optional<int> integer(const std::string &column);
    std::optional<double> number(const std::string &column);
    bool optionalNumber(const std::string &column, std::optional<double> &out);
    // One of `allowed`, else a problem listing them.
    std::optional<std::string> oneOf(const std::string &column, const std::vector<std::string> &allowed, bool allowEmpty = false);
    // A verksamhet path: levels separated by " > ", none empty or padded.
    std::optional<std::string> path(const std::string &column);

    void problem(const std::string &column, const std::string &message);

private:
    const std::string &m_fileName;
    const std::map<std::string, std::size_t> &m_columns;
    const CsvRecord &m_record;
    std::vector<std::string> &m_problems;
    std::size_t m_problemCount;
};

} // namespace Tertial::Io
