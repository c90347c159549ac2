// SPDX-License-Identifier: GPL-3.0-or-later
// The standard sentences of the report drafts (domain.md §8), derived from the numbers only.
#pragma once

#include "money.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Core {

// A sentence never contradicts its table: every rule below classifies an amount by the value the
// table prints, i.e. rounded half away from zero to whole tkr. An amount that prints "0" is
// "+/- noll"; one that prints as tkr but rounds to 0,0 miljoner is written in "tusen kronor"
// (seed 000 §7 "Sociala kontrakt -24 tusen kronor"), every other in miljoner with one decimal.

// One row of the table as the sentences see it.
struct DeviationItem final
{
    std::string name;   // the verksamhet as the table names it ("Barn och unga")
    Money deviation;    // budgetavvikelse (or prognosavvikelse, by the caller's choice)
    // A row without any budget (seed 002 "Preliminärbokförda fakturor": bookings not yet
    // assigned) is not a verksamhet that can be over or under its budget: left out of the lists.
    bool hasBudget = true;
};

enum class ForecastTrend {
    Improvement, // förbättring: the deviation is higher than in the previous forecast
    Worsening,   // försämring
    Unchanged,   // oförändrad (equal when printed in tkr)
};

// "17,7 miljoner", "24 tusen kronor" - the absolute amount as the sentences write it.
// withKronor adds "kronor" after "miljoner" (seed 002 writes both forms).
std::string sentenceAmount(Money amount, bool withKronor);

// The deviation in whole tkr as the table prints it (the classification every rule uses).
std::int64_t printedThousands(Money amount);

// Seed 002 §2 "Periodens utfall": "Socialnämnden redovisar för perioden ett överskott på 17,7
// miljoner jämfört med budget." (underskott when negative; "ett resultat på +/- noll" at zero).
std::string periodResultSentence(std::string_view namndName, Money budgetDeviation);

// Seed 001 §3 heading: "Periodens resultat -3,7 miljoner kronor" (signed, "+/- noll" at zero).
std::string periodResultHeadline(Money budgetDeviation);

// The trend of the forecast against the previous one, on printed tkr.
ForecastTrend forecastTrend(Money forecastDeviation, Money previousForecastDeviation);

// Seed 002 §2 "Helårsprognosen": "Helårsprognosen visar på överskott på 13,8 miljoner kronor
// vilket är en förbättring jämfört med föregående prognoser." The clause after "kronor" is left
// out when there is no previous forecast; `previousLabel` names it ("föregående prognos",
// "prognosen i september").
std::string forecastSentence(Money forecastDeviation, std::optional<Money> previousForecastDeviation,
                             std::string_view previousLabel = "föregående prognos");

// Seed 001 §1: "Prognosen för socialnämnden är 831,6 miljoner kronor, det vill säga +/- noll
// jämfört med budgeten." The forecast of a cost-driven nämnd (negative netto) is written as a
// positive cost; a positive netto as "en nettointäkt på ...". A non-zero deviation reads "det
// vill säga ett överskott på 13,8 miljoner kronor jämfört med budgeten".
std::string forecastLevelSentence(std::string_view namndName, Money forecast, Money forecastDeviation);

// Seed 002 §2: "Samtliga verksamheter förutom barn och unga samt myndighet och huvudmannaskap
// har ett positivt utfall jämfört med periodens budget." The shorter side is named: when most
// rows are negative the sentence says "negativt" and names the positive ones. Rows at +/- noll
// are named in a sentence of their own ("... har ett utfall i nivå med periodens budget.").
// `subject` is what the rows are compared with ("periodens budget", "budget").
std::string verksamhetOutcomeSentence(const std::vector<DeviationItem> &items,
                                      std::string_view subject = "periodens budget");

// "De största avvikelserna mot budget finns inom personer med funktionsnedsättning (-12,6
// miljoner kronor) samt barn och unga (-6,5 miljoner kronor)." The `count` largest by absolute
// printed amount (ties in table order); "Den största avvikelsen ..." for one; empty when every
// row prints "0".
std::string largestDeviationsSentence(const std::vector<DeviationItem> &items, std::size_t count = 2);

} // namespace Tertial::Core
