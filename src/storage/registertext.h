// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log's words for register rows: "Budget helår 46 800 000 kr, prognos 46 800 000 kr".
#pragma once

#include "records.h"
#include "registerrows.h"

#include <string>

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

} // namespace Tertial::Storage
