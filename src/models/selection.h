// SPDX-License-Identifier: GPL-3.0-or-later
// What the workbench shows: the selected nämnd, year and reporting period, and how amounts look.
#pragma once

#include "core/deviation.h"
#include "core/unit.h"
#include "storage/records.h"

#include <string>

namespace Tertial::Models {

// The navigator's choice. `period` is a core reporting-period code: "1".."12", "T1", "T2",
// "delår", "helår" (Core::parseReportingPeriod); the figures are read as of its end month.
struct Selection final
{
    std::string kommun;        // kommun code
    Storage::Id namndId = 0;
    int year = 0;
    std::string period = "12";
    bool operator==(const Selection &) const = default;
};

struct DisplaySettings final
{
    Core::AmountUnit unit = Core::AmountUnit::Thousands;
    bool costsPositive = false; // "visa kostnader som positiva tal": a display flip, never stored
    Core::PercentBase percentBase = Core::PercentBase::Budget;
    bool operator==(const DisplaySettings &) const = default;
};

} // namespace Tertial::Models
