// SPDX-License-Identifier: GPL-3.0-or-later
// How the audit log and the error messages name a period and a figure ("Barn och unga 2025-08 budget").
#pragma once

#include "records.h"

#include <optional>
#include <string>

namespace Tertial::Storage {

// "2025" for the year (no month or month 0), "2025-08" for a month.
std::string periodText(int year, std::optional<int> month);
// The verksamhet path (or "(hela nämnden)"), the period, the measure and the kontoslag if any.
std::string figureWhat(const std::string &path, const FigureKey &key);

} // namespace Tertial::Storage
