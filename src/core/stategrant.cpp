// SPDX-License-Identifier: GPL-3.0-or-later
// Riktade statsbidrag: the derived netto of a grant.
#include "stategrant.h"

namespace Tertial::Core {

std::optional<Money> stateGrantNet(Money grant, std::optional<Money> cost)
{
    if (!cost)
        return std::nullopt;
    return grant - *cost;
}

} // namespace Tertial::Core
