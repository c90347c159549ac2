// SPDX-License-Identifier: GPL-3.0-or-later
// The economic table of one month with every row's prognosmetod applied, as every view shows it.
#pragma once

#include "namndinputs.h"

#include "core/economictable.h"
#include "core/forecastmethod.h"
#include "core/forecastresult.h"

#include <map>

namespace Tertial::Analysis {

// A leaf's prognos by a method other than manuell: the core's result, or why it could not be
// computed (then the row has no prognos).
struct ComputedForecast final
{
    Core::ForecastMethod method = Core::ForecastMethod::Manual;
    Core::Result<Core::ForecastResult> result;
};

// The nämnd's figures as of one month of the year: what the table was built from (the methods'
// prognoser put in where they apply) and the table itself.
struct MonthEconomy final
{
    int month = 0;
    Core::NamndFigures entered;
    Core::EconomicTable table;
    std::map<Core::NodeId, ComputedForecast> computed; // leaves whose method is not manuell
    std::map<Core::NodeId, Core::ForecastMethod> methods; // the methods chosen this month
};

struct EconomySettings final
{
    Core::PercentBase percentBase = Core::PercentBase::Budget;
    bool operator==(const EconomySettings &) const = default;
};

// This year as of `month` (1..12): each leaf's prognos by the method chosen for it in that month
// (manuell when none), then the core's table ("Summa").
Core::Result<MonthEconomy> buildMonthEconomy(const NamndInputs &inputs, int month, const EconomySettings &settings);

// The year before as of `month`, from its entered figures only (the charts read its utfall).
Core::Result<Core::EconomicTable> buildLastYearTable(const NamndInputs &inputs, int month,
                                                     const EconomySettings &settings);

} // namespace Tertial::Analysis
