// SPDX-License-Identifier: GPL-3.0-or-later
// The one-line Swedish explanation of a forecast for tooltips and reports, in sv-SE number format.
#pragma once

#include "forecastresult.h"
#include "svformat.h"
#include "unit.h"

#include <string>

namespace Tertial::Core {

// Worded from the result's operands, amounts in `unit` as the tables print them (tkr):
//   linjär uppräkning: "utfall -88 552 tkr × 12/10 = -106 262 tkr"
//   utfall + återstående budget: "utfall -88 552 tkr + återstående budget -17 297 tkr
//       (budget helår -103 783 tkr − periodens budget -86 486 tkr) = -105 849 tkr"
//   säsong: "utfall … / 68,8 % (fjolårets utfall t.o.m. augusti … av …) = …"
//   volymbaserad: "utfall … + Heldygnsvård 48,3 personer × -1 591 kr/dygn × 122 dygn = …"
// Costs per dygn are in kr. The GUI may word its own text from ForecastResult::operands instead.
std::string explainForecast(const ForecastResult &result, AmountUnit unit = AmountUnit::Thousands,
                            NumberStyle style = {});

} // namespace Tertial::Core
