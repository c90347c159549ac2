// SPDX-License-Identifier: GPL-3.0-or-later
// Seed 002 §2.1 Ekonomisk tabell (Nacka Socialnämnden, oktober 2017, tkr) built by the core from the printed inputs.
#pragma once

#include "core/economictable.h"

namespace Tertial::Core::Test {

// The seven printed rows as top-level verksamheter (ids 1..7 in printed order), each with its
// printed utfall split, budget helår and prognos; periodens budget entered only where the report's
// figure is not budget × 10/12 (Myndighet och huvudmannaskap −93 593, Preliminärbokförda fakturor 0).
const EconomicTable &seed002Table();

} // namespace Tertial::Core::Test
