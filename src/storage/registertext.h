// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log's words for register rows: "Budget helår 46 800 000 kr, prognos 46 800 000 kr".
#pragma once

#include "records.h"
#include "registerrows.h"

#include <string>
#include <string_view>

namespace Tertial::Storage {

// Exact kronor with a plain space between thousands and öre only when there are any:
// "46 800 000 kr", "-1 234,50 kr".
std::string kronorText(Core::Money amount);
// The shortest decimal text of a number with a decimal comma: 17484 -> "17 484", 0.8 -> "0,8".
std::string numberText(double value);

// "2020-08"
std::string yearMonthText(int year, int month);

// The row's value in words, without its key (the audit log's "what" names the key).
std::string volumeText(const Volume &volume);           // "42 dygn", "168 dygn (4 månader)"
std::string actionItemText(const ActionItem &item);     // "Status Pågår, kommentar ..."
std::string investmentText(const Investment &item);
std::string stateGrantText(const StateGrant &grant);
std::string indicatorText(const Indicator &indicator);
std::string indicatorValueText(const IndicatorValue &value);
std::string statusOverrideText(const StatusOverride &override_);
std::string personnelText(const PersonnelFigure &figure);      // "6,9 %", "399"

// The audit log's "what" of a register row: its key in words, as the store writes it.
std::string volumePlaceText(const std::string &path, const Volume &volume); // "Vuxna 2020-04 heldygnsvård dygn"
// The same from a register file's row, whose mått may not (yet) be a known measure.
std::string volumePlaceText(const std::string &path, int year, int month, const std::string &serviceType,
                            std::string_view measureText);
std::string actionItemPlaceText(const ActionItem &item);     // "Åtgärdsplan 2020-02 mål: åtgärd"
std::string investmentPlaceText(const Investment &item);     // "Investering 2021-08 Ombyggnad Klockarvägen"
std::string stateGrantPlaceText(const StateGrant &grant);    // "Statsbidrag 2021-08 Personligt ombud"
std::string indicatorValuePlaceText(const std::string &code, const IndicatorValue &value); // "Indikator U35544 2021"
// The key in words: "Personal Omsorgsenheten 2020 personalomsättning", "Personal 2021-08 antal anställda".
std::string personnelPlaceText(const PersonnelFigure &figure);

} // namespace Tertial::Storage
