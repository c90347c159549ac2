// SPDX-License-Identifier: GPL-3.0-or-later
// The entered figures of one nämnd-year as of one month: what the economic tables are built from.
#pragma once

#include "enteredfigures.h"
#include "kontoslag.h"
#include "verksamhettree.h"

#include <map>
#include <utility>

namespace Tertial::Core {

struct NamndFigures final
{
    // Each verksamhet's own figures (no kontoslag), on leaves and on inner nodes alike.
    std::map<NodeId, EnteredFigures> own;
    // Per verksamhet × kontoslag: a second view of the same money (seed 003), which makes up a
    // verksamhet's figures only where it has no own ones (economicmeasures.h).
    std::map<std::pair<NodeId, Kontoslag>, EnteredFigures> byKontoslag;
    // Per kontoslag for the whole nämnd only (seed 003 "Driftredovisning"); never added to the
    // verksamheter's figures.
    std::map<Kontoslag, EnteredFigures> wholeNamnd;
};

} // namespace Tertial::Core
