// SPDX-License-Identifier: GPL-3.0-or-later
// Comparison sentences from rank and quartile.
#include "comparisonsentence.h"

#include <string>

namespace Tertial::Core {
namespace {

bool inRange(const ComparisonStanding &standing)
{
    return standing.count >= 1 && standing.rank >= 1 && standing.rank <= standing.count;
}

} // namespace

std::string quartileSentence(const ComparisonStanding &standing)
{
    if (!inRange(standing))
        return {};
    const int quartile = quartileOf(standing.rank, standing.count).value_or(0);
    const bool lowerIsBetter = standing.direction == Direction::LowerIsBetter;
    if (!standing.national) {
        const std::string among = "Bland de " + std::to_string(standing.count) + " kommuner som har data ";
        const std::string scope = "; jämförelsen gäller inte hela landet.";
        if (quartile == 1 || quartile == 4)
            return among + "hör " + standing.municipality + " till den fjärdedel med " +
                   ((quartile == 1) == lowerIsBetter ? "lägst " : "högst ") + standing.measure + scope;
        return among + "ligger " + standing.municipality + " i mitten när det gäller " + standing.measure + scope;
    }
    if (quartile == 1)
        return standing.municipality + " hör till de 25 procent av kommunerna med " +
               (lowerIsBetter ? "lägst " : "högst ") + standing.measure + ".";
    if (quartile == 4)
        return standing.municipality + " hör till de 25 procent av kommunerna med " +
               (lowerIsBetter ? "högst " : "lägst ") + standing.measure + ".";
    return standing.municipality + " ligger bland de mittersta 50 procenten av kommunerna när det gäller " +
           standing.measure + ".";
}

bool isTopTenPercent(int rank, int count)
{
    if (count < 1 || rank < 1 || rank > count)
        return false;
    return 10LL * (rank - 1) < count;
}

std::string topTenSentence(const ComparisonStanding &standing)
{
    if (!inRange(standing) || !standing.national)
        return {};
    return standing.municipality + (isTopTenPercent(standing.rank, standing.count) ? " är bland" : " är inte bland") +
           " de tio procent bästa kommunerna när det gäller " + standing.measure + ".";
}

} // namespace Tertial::Core
