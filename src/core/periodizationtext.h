// SPDX-License-Identifier: GPL-3.0-or-later
// The periodisering as files and the database write it: "linjär", "dagar" or twelve weights.
#pragma once

#include "error.h"
#include "periodizationprofile.h"

#include <string>
#include <string_view>

namespace Tertial::Core {

// "linjär" (or empty), "dagar", or twelve non-negative weights separated by blanks, each digits
// with an optional decimal comma ("8 8 9 8 9 8 5 7 9 9 10 10", "0,08 …"), with a positive sum.
// The one reader of this text: the importer checks a file's column with it and the store reads
// its column with it. The message says what was expected.
Result<PeriodizationProfile> parsePeriodization(std::string_view text);

// The text of a profile: "linjär", "dagar" or its twelve integer weights (decimal weights come
// back as millionths, the same profile).
std::string periodizationText(const PeriodizationProfile &profile);

} // namespace Tertial::Core
