// SPDX-License-Identifier: GPL-3.0-or-later
// Codes and names of the personnel register's measures.
#include "personnel.h"

namespace Tertial::Storage {

std::string_view personnelMeasureCode(PersonnelMeasure measure)
{
    switch (measure) {
    case PersonnelMeasure::Employees: return "anstallda";
    case PersonnelMeasure::FullTimeEquivalents: return "arsarbetare";
    case PersonnelMeasure::SickLeave: return "sjukfranvaro";
    case PersonnelMeasure::SickLeaveShort: return "sjukfranvaro_1_14";
    case PersonnelMeasure::SickLeaveMedium: return "sjukfranvaro_15_90";
    case PersonnelMeasure::SickLeaveWomen: return "sjukfranvaro_kvinnor";
    case PersonnelMeasure::SickLeaveMen: return "sjukfranvaro_man";
    case PersonnelMeasure::Turnover: return "personalomsattning";
    case PersonnelMeasure::AgencyStaff: return "inhyrda";
    case PersonnelMeasure::Vacancies: return "vakanta";
    case PersonnelMeasure::Leavers: return "slutat";
    case PersonnelMeasure::NewHires: return "nyanstallda";
    }
    return "anstallda";
}

std::optional<PersonnelMeasure> personnelMeasureFromCode(std::string_view code)
{
    for (PersonnelMeasure measure : allPersonnelMeasures)
        if (personnelMeasureCode(measure) == code)
            return measure;
    return std::nullopt;
}

std::string_view personnelMeasureName(PersonnelMeasure measure)
{
    switch (measure) {
    case PersonnelMeasure::Employees: return "Antal anställda";
    case PersonnelMeasure::FullTimeEquivalents: return "Årsarbetare";
    case PersonnelMeasure::SickLeave: return "Sjukfrånvaro totalt";
    case PersonnelMeasure::SickLeaveShort: return "Sjukfrånvaro dag 1\u201314";
    case PersonnelMeasure::SickLeaveMedium: return "Sjukfrånvaro dag 15\u201390";
    case PersonnelMeasure::SickLeaveWomen: return "Sjukfrånvaro kvinnor";
    case PersonnelMeasure::SickLeaveMen: return "Sjukfrånvaro män";
    case PersonnelMeasure::Turnover: return "Personalomsättning";
    case PersonnelMeasure::AgencyStaff: return "Inhyrd personal";
    case PersonnelMeasure::Vacancies: return "Vakanta tjänster";
    case PersonnelMeasure::Leavers: return "Tillsvidareanställda som slutat";
    case PersonnelMeasure::NewHires: return "Nyanställda (senaste 6 månaderna)";
    }
    return "";
}

bool isPercentMeasure(PersonnelMeasure measure)
{
    return measure != PersonnelMeasure::Employees && measure != PersonnelMeasure::FullTimeEquivalents
        && measure != PersonnelMeasure::AgencyStaff && measure != PersonnelMeasure::Vacancies
        && measure != PersonnelMeasure::Leavers && measure != PersonnelMeasure::NewHires;
}

} // namespace Tertial::Storage
