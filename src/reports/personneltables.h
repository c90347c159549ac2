// SPDX-License-Identifier: GPL-3.0-or-later
// Tables of the personnel register (personal): a measure per organisationsenhet and year (seed 000
// §11 "Personalomsättning År 2018 År 2019 År 2020") or per period against the year before (seed 003
// "Antal anställda Augusti 2020 Augusti 2021 Skillnad").
#pragma once

#include "reportsections.h"

#include "storage/personnel.h"

#include <string>
#include <utility>
#include <vector>

namespace Tertial::Reports::Sections {

struct PersonnelTableOptions final
{
    Storage::PersonnelMeasure measure = Storage::PersonnelMeasure::Employees;
    // years: the year values (month 0) of the `years` years up to the request's, one row per unit;
    // period: the latest month up to the request's with a value this year, against the same month
    // of the year before, with Skillnad.
    enum class Form { Years, Period } form = Form::Years;
    int years = 3;
    std::string caption;
};

void personnelTable(Writer &out, const ReportData &data, const PersonnelTableOptions &options);

// Seed 001 §5.2 "Kontinuitet": several mått of one unit per month, the `months` months up to the
// request's ("nov-19 dec-19 januari februari"), one row per mått in the template's order.
struct PersonnelMonthsOptions final
{
    std::vector<std::pair<Storage::PersonnelMeasure, std::string>> measures; // mått, row label ("" = its name)
    std::string unit;        // organisationsenhet; empty: the whole nämnd
    int months = 4;
    std::string firstColumn;
    std::string caption;
};
void personnelMonths(Writer &out, const ReportData &data, const PersonnelMonthsOptions &options);

// Seed 003 "Sjukfrånvaron, r12": percentages of the register per month, the `months` months up
// to the latest month (up to the request's) with a value of any of the mått, one line each.
struct PersonnelChartOptions final
{
    std::vector<std::pair<Storage::PersonnelMeasure, std::string>> measures; // mått, line name ("" = its name)
    std::string unit;
    int months = 18;
    std::string title;
};
void personnelChart(Writer &out, const ReportData &data, const PersonnelChartOptions &options);

} // namespace Tertial::Reports::Sections
