// SPDX-License-Identifier: GPL-3.0-or-later
// The personnel register (personal): staff figures of a nämnd or one of its units, per year or month.
#pragma once

#include "records.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace Tertial::Storage {

// mått of the personnel register (docs/formats.md "personal")
enum class PersonnelMeasure {
    Employees,        // anstallda: antal anställda
    FullTimeEquivalents, // arsarbetare: anställda omräknade till heltid
    SickLeave,        // sjukfranvaro: total sjukfrånvaro, % of working time
    SickLeaveShort,   // sjukfranvaro_1_14: korttidssjukfrånvaro dag 1–14, %
    SickLeaveMedium,  // sjukfranvaro_15_90: dag 15–90, %
    SickLeaveWomen,   // sjukfranvaro_kvinnor, %
    SickLeaveMen,     // sjukfranvaro_man, %
    Turnover,         // personalomsattning: personalomsättning, %
    AgencyStaff,      // inhyrda: antal inhyrd personal (bemanningsföretag)
    // Seed 001 §5.2 "Kontinuitet":
    Vacancies,        // vakanta: vakanta tjänster som ersättningsrekryteras
    Leavers,          // slutat: tillsvidareanställda som slutat
    NewHires,         // nyanstallda: anställda inom de senaste sex månaderna (i introduktion)
};

inline constexpr std::array<PersonnelMeasure, 12> allPersonnelMeasures = {
    PersonnelMeasure::Employees,       PersonnelMeasure::FullTimeEquivalents, PersonnelMeasure::SickLeave,
    PersonnelMeasure::SickLeaveShort,  PersonnelMeasure::SickLeaveMedium,     PersonnelMeasure::SickLeaveWomen,
    PersonnelMeasure::SickLeaveMen,    PersonnelMeasure::Turnover,            PersonnelMeasure::AgencyStaff,
    PersonnelMeasure::Vacancies,       PersonnelMeasure::Leavers,             PersonnelMeasure::NewHires,
};

// "anstallda", "arsarbetare", "sjukfranvaro", ... (the file's and the database's code)
std::string_view personnelMeasureCode(PersonnelMeasure measure);
std::optional<PersonnelMeasure> personnelMeasureFromCode(std::string_view code);
// "Antal anställda", "Sjukfrånvaro dag 15–90", ... (a report's row label)
std::string_view personnelMeasureName(PersonnelMeasure measure);
// Whether the value is a percentage (printed "6,9 %"); otherwise a count.
bool isPercentMeasure(PersonnelMeasure measure);

// One value of the register. Key: nämnd, unit, year, month, measure.
struct PersonnelFigure final
{
    Id namndId = 0;
    std::string unit;  // organisationsenhet ("Omsorgsenheten"); empty: the whole nämnd
    int year = 0;
    int month = 0;     // the value as of the month (1..12); 0: the year's value (helår, bokslut)
    PersonnelMeasure measure = PersonnelMeasure::Employees;
    double value = 0;  // a count, or percent for the % measures (6,9 = 6,9 %)
    int order = 0;     // the register's row order: the order of the file, new rows last
};

} // namespace Tertial::Storage
