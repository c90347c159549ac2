// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the stored periodisering text ("linjär", "dagar", twelve weights) into a core profile.
#pragma once

#include "core/error.h"
#include "core/periodizationprofile.h"

#include <string_view>

namespace Tertial::Models {

// "linjär" (or empty), "dagar", or twelve integer or decimal weights separated by blanks.
Core::Result<Core::PeriodizationProfile> periodisationFromText(std::string_view text);

} // namespace Tertial::Models
