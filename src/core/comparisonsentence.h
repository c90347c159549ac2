// SPDX-License-Identifier: GPL-3.0-or-later
// The Swedish sentences of a municipal comparison, derived from rank and quartile (seed 000 §4).
#pragma once

#include "ranking.h"

#include <string>

namespace Tertial::Core {

// Where one municipality stands on one key figure among `count` kommuner with a value.
struct ComparisonStanding final
{
    std::string municipality; // "Nacka"
    int rank = 0;             // 1 = best, competition ranking
    int count = 0;            // kommuner with a value ("av N")
    Direction direction = Direction::LowerIsBetter;
    std::string measure;      // noun phrase: "kostnad per invånare 0-20 år"
    // Whether the `count` kommuner are the whole country (Kolada's data for every kommun). When
    // they are only some (6 imported ones), the sentences say so and make no national claim.
    bool national = true;
};

// The quartile sentence: best quartile "Nacka hör till de 25 procent av kommunerna med lägst
// kostnad per invånare 0-20 år." (seed 000 §4), worst quartile the same with the other end
// ("högst" when lower is better), else "… ligger bland de mittersta 50 procenten av kommunerna
// när det gäller …". Not national: "Bland de 6 kommuner som har data hör Nacka till den fjärdedel
// med lägst …; jämförelsen gäller inte hela landet." Empty when rank or count is out of range.
std::string quartileSentence(const ComparisonStanding &standing);

// Whether the rank is among the best ten percent: 10 × (rank − 1) < count, the decile analogue
// of Kolada's quartile rule (quartileOf in ranking.h).
bool isTopTenPercent(int rank, int count);

// "Nacka är bland de tio procent bästa kommunerna när det gäller …" or, as seed 000 §4 puts it,
// "Nacka är inte bland de tio procent bästa kommunerna när det gäller genomsnittlig utredningstid
// för barn och unga 0-20 år." Empty when rank or count is out of range, and when not national
// (a tenth of a handful of kommuner says nothing).
std::string topTenSentence(const ComparisonStanding &standing);

} // namespace Tertial::Core
