// SPDX-License-Identifier: GPL-3.0-or-later
// Reporting periods: a month, T1–T3, a single tertial, delår, helår (domain.md §2).
#pragma once

#include "error.h"

#include <string>
#include <string_view>

namespace Tertial::Core {

enum class PeriodKind {
    Month,         // månadsrapport, cumulative january..month ("t.o.m. oktober")
    Tertial,       // T1 = jan–apr, T2 = jan–aug, T3 = jan–dec, cumulative (tertialrapport)
    SingleTertial, // one tertial alone (maj–aug) as in a "T1 T2 T3" table, seed 000 §7
    Interim,       // delår, per 31 augusti
    FullYear,      // helår (årsredovisning, bokslut)
};

// rapportperiod: a run of months of one budget year.
class ReportingPeriod final
{
public:
    static Result<ReportingPeriod> month(int month);         // 1..12
    static Result<ReportingPeriod> tertial(int tertial);     // 1..3, cumulative
    static Result<ReportingPeriod> singleTertial(int tertial); // 1..3, the four months alone
    static ReportingPeriod interim();
    static ReportingPeriod fullYear();

    PeriodKind kind() const { return m_kind; }
    int firstMonth() const { return m_firstMonth; }
    int endMonth() const { return m_endMonth; }
    int monthCount() const { return m_endMonth - m_firstMonth + 1; }
    bool isCumulative() const { return m_firstMonth == 1; }

    // The code parseReportingPeriod() accepts back: "10", "T2", "maj-aug", "delår", "helår".
    std::string code() const;

    bool operator==(const ReportingPeriod &) const = default;

private:
    ReportingPeriod(PeriodKind kind, int firstMonth, int endMonth)
        : m_kind(kind), m_firstMonth(firstMonth), m_endMonth(endMonth) {}
    PeriodKind m_kind;
    int m_firstMonth;
    int m_endMonth;
};

// Accepts a month number "1".."12", a Swedish month name or its three-letter abbreviation
// ("okt", "oktober"), "T1".."T3" (cumulative), a single tertial "jan-apr", "maj-aug",
// "sep-dec" (hyphen or en dash), "delår" and "helår"; case and surrounding blanks ignored.
Result<ReportingPeriod> parseReportingPeriod(std::string_view code);

} // namespace Tertial::Core
