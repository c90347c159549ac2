// SPDX-License-Identifier: GPL-3.0-or-later
// The registers beside the figures as of a period, with the values derived from them.
#pragma once

#include "namndinputs.h"

#include "core/money.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace Tertial::Analysis {

// investering with its avvikelser (canonical signs: expenditure negative; positive = better)
struct InvestmentLine final
{
    Storage::Investment item;
    std::optional<Core::Money> forecastDeviation; // prognos − budget helår
    std::optional<Core::Money> budgetDeviation;   // utfall − periodens budget
    std::optional<Core::Money> actualNet;         // utfall netto: utfall, else inkomster + utgifter (seed 002 §3.1)
    std::optional<Core::Money> forecastAllYears;  // totalt året och senare: the year's prognos and the coming years'
};

// riktat statsbidrag with its netto (bidrag − kostnad, seed 003)
struct StateGrantLine final
{
    Storage::StateGrant grant;
    std::optional<Core::Money> net;
};

// Registers are reported per period: the rows of the latest month up to the period's month
// that has any (the report the period belongs to), each register on its own.
struct Registers final
{
    int actionsMonth = 0; // the month the rows are from (0: none)
    std::vector<Storage::ActionItem> actions;
    int investmentsMonth = 0;
    std::vector<InvestmentLine> investments;
    InvestmentLine investmentTotal; // Summa investeringar (item.project empty); absent amounts when no row has one
    int grantsMonth = 0;
    std::vector<StateGrantLine> grants;
    StateGrantLine grantTotal;      // Summa
};

Registers registersAsOf(const NamndInputs &inputs, int month);

// The controllers' comments of the month, by verksamhet (empty ones left out).
std::map<Storage::Id, std::string> commentsOf(const NamndInputs &inputs, int month);

} // namespace Tertial::Analysis
