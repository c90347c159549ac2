// SPDX-License-Identifier: GPL-3.0-or-later
// Reporting periods and their codes.
#include "reportingperiod.h"

#include <array>
#include <cctype>
#include <string>

namespace Tertial::Core {
namespace {

constexpr std::array<std::string_view, 12> monthNames = {
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
};

constexpr std::array<std::string_view, 3> singleTertialCodes = {"jan-apr", "maj-aug", "sep-dec"};

// Lower-cases ASCII and the Swedish capitals Å Ä Ö (UTF-8), turns an en dash into '-', and
// drops blanks, so "Delår", " T2 " and "maj – aug" compare equal to their canonical codes.
std::string normalised(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == 0xC3 && i + 1 < text.size()) {
            const unsigned char next = static_cast<unsigned char>(text[i + 1]);
            out += static_cast<char>(c);
            // Å 0x85, Ä 0x84, Ö 0x96 -> å 0xA5, ä 0xA4, ö 0xB6
            out += static_cast<char>(next == 0x85 || next == 0x84 || next == 0x96 ? next + 0x20 : next);
            ++i;
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80
                   && static_cast<unsigned char>(text[i + 2]) == 0x93) {
            out += '-'; // U+2013 en dash
            i += 2;
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            ++i; // no-break space
        } else if (std::isspace(c) == 0) {
            out += static_cast<char>(std::tolower(c));
        }
    }
    return out;
}

Result<ReportingPeriod> failCode(std::string_view code)
{
    return fail(ErrorCode::InvalidInput,
                "okänd period \"" + std::string(code)
                    + "\": väntade en månad 1–12 eller månadsnamn, T1–T3, jan-apr, maj-aug, sep-dec, "
                      "delår eller helår");
}

} // namespace

Result<ReportingPeriod> ReportingPeriod::month(int month)
{
    if (month < 1 || month > 12)
        return fail(ErrorCode::OutOfRange,
                    "månad " + std::to_string(month) + " finns inte: väntade 1–12");
    return ReportingPeriod(PeriodKind::Month, 1, month);
}

Result<ReportingPeriod> ReportingPeriod::tertial(int tertial)
{
    if (tertial < 1 || tertial > 3)
        return fail(ErrorCode::OutOfRange,
                    "tertial " + std::to_string(tertial) + " finns inte: väntade 1–3");
    return ReportingPeriod(PeriodKind::Tertial, 1, tertial * 4);
}

Result<ReportingPeriod> ReportingPeriod::singleTertial(int tertial)
{
    if (tertial < 1 || tertial > 3)
        return fail(ErrorCode::OutOfRange,
                    "tertial " + std::to_string(tertial) + " finns inte: väntade 1–3");
    return ReportingPeriod(PeriodKind::SingleTertial, tertial * 4 - 3, tertial * 4);
}

ReportingPeriod ReportingPeriod::interim()
{
    return ReportingPeriod(PeriodKind::Interim, 1, 8);
}

ReportingPeriod ReportingPeriod::fullYear()
{
    return ReportingPeriod(PeriodKind::FullYear, 1, 12);
}

std::string ReportingPeriod::code() const
{
    switch (m_kind) {
    case PeriodKind::Month: return std::to_string(m_endMonth);
    case PeriodKind::Tertial: return "T" + std::to_string(m_endMonth / 4);
    case PeriodKind::SingleTertial: return std::string(singleTertialCodes[static_cast<std::size_t>(m_endMonth / 4 - 1)]);
    case PeriodKind::Interim: return "delår";
    case PeriodKind::FullYear: return "helår";
    }
    return {};
}

Result<ReportingPeriod> parseReportingPeriod(std::string_view code)
{
    const std::string text = normalised(code);
    if (text.empty())
        return failCode(code);
    if (text.size() <= 2 && std::isdigit(static_cast<unsigned char>(text[0])) != 0
        && (text.size() == 1 || std::isdigit(static_cast<unsigned char>(text[1])) != 0)) {
        const int month = std::stoi(text);
        if (month < 1 || month > 12)
            return fail(ErrorCode::OutOfRange,
                        "månad \"" + std::string(code) + "\" finns inte: väntade 1–12");
        return ReportingPeriod::month(month);
    }
    if (text.size() == 2 && text[0] == 't' && text[1] >= '1' && text[1] <= '3')
        return ReportingPeriod::tertial(text[1] - '0');
    for (std::size_t i = 0; i < singleTertialCodes.size(); ++i) {
        if (text == singleTertialCodes[i])
            return ReportingPeriod::singleTertial(static_cast<int>(i) + 1);
    }
    if (text == "delår" || text == "delar")
        return ReportingPeriod::interim();
    if (text == "helår" || text == "helar")
        return ReportingPeriod::fullYear();
    for (std::size_t i = 0; i < monthNames.size(); ++i) {
        if (text == monthNames[i] || text == monthNames[i].substr(0, 3))
            return ReportingPeriod::month(static_cast<int>(i) + 1);
    }
    return failCode(code);
}

} // namespace Tertial::Core
