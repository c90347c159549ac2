// SPDX-License-Identifier: GPL-3.0-or-later
// Registers as of a period and their derived values.
#include "registers.h"

#include "core/deviation.h"
#include "core/stategrant.h"

#include <algorithm>

namespace Tertial::Analysis {

using Core::Money;

namespace {

template<typename T>
int latestMonth(const std::vector<T> &items, int month)
{
    int latest = 0;
    for (const T &item : items)
        if (item.month <= month)
            latest = std::max(latest, item.month);
    return latest;
}

void addTo(std::optional<Money> &sum, std::optional<Money> value)
{
    if (value)
        sum = sum.value_or(Money()) + *value;
}

InvestmentLine investmentLine(const Storage::Investment &item)
{
    InvestmentLine line{item, Core::forecastDeviation(item.forecast, item.budget),
                        Core::budgetDeviation(item.actual, item.budgetPeriod), item.actual, std::nullopt};
    if (!line.actualNet && (item.income || item.expenditure)) {
        addTo(line.actualNet, item.income);
        addTo(line.actualNet, item.expenditure);
    }
    for (const auto &part : {item.forecast, item.forecastNext, item.forecastSecond, item.forecastThird, item.forecastLater})
        addTo(line.forecastAllYears, part);
    return line;
}

} // namespace

Registers registersAsOf(const NamndInputs &inputs, int month)
{
    Registers registers;
    registers.actionsMonth = latestMonth(inputs.actions, month);
    for (const Storage::ActionItem &item : inputs.actions)
        if (registers.actionsMonth > 0 && item.month == registers.actionsMonth)
            registers.actions.push_back(item);

    registers.investmentsMonth = latestMonth(inputs.investments, month);
    Storage::Investment total;
    total.namndId = inputs.namnd.id;
    total.year = inputs.year;
    total.month = registers.investmentsMonth;
    for (const Storage::Investment &item : inputs.investments) {
        if (registers.investmentsMonth == 0 || item.month != registers.investmentsMonth)
            continue;
        registers.investments.push_back(investmentLine(item));
        addTo(total.budget, item.budget);
        addTo(total.forecast, item.forecast);
        addTo(total.budgetPeriod, item.budgetPeriod);
        addTo(total.actual, item.actual);
        addTo(total.income, item.income);
        addTo(total.expenditure, item.expenditure);
        addTo(total.forecastNext, item.forecastNext);
        addTo(total.forecastSecond, item.forecastSecond);
        addTo(total.forecastThird, item.forecastThird);
        addTo(total.forecastLater, item.forecastLater);
    }
    registers.investmentTotal = investmentLine(total);
    // Summa utfall netto of every row, whether it gave utfall or only inkomster and utgifter.
    registers.investmentTotal.actualNet.reset();
    for (const InvestmentLine &line : registers.investments)
        addTo(registers.investmentTotal.actualNet, line.actualNet);

    registers.grantsMonth = latestMonth(inputs.grants, month);
    StateGrantLine grantTotal;
    grantTotal.grant.namndId = inputs.namnd.id;
    grantTotal.grant.year = inputs.year;
    grantTotal.grant.month = registers.grantsMonth;
    for (const Storage::StateGrant &grant : inputs.grants) {
        if (registers.grantsMonth == 0 || grant.month != registers.grantsMonth)
            continue;
        StateGrantLine line{grant, Core::stateGrantNet(grant.grant, grant.cost)};
        grantTotal.grant.grant = grantTotal.grant.grant + grant.grant;
        addTo(grantTotal.grant.received, grant.received);
        addTo(grantTotal.grant.cost, grant.cost);
        addTo(grantTotal.net, line.net);
        addTo(grantTotal.grant.inBudget, grant.inBudget);
        addTo(grantTotal.grant.inForecast, grant.inForecast);
        registers.grants.push_back(std::move(line));
    }
    registers.grantTotal = std::move(grantTotal);
    return registers;
}

std::map<Storage::Id, std::string> commentsOf(const NamndInputs &inputs, int month)
{
    std::map<Storage::Id, std::string> comments;
    for (const Storage::Comment &c : inputs.comments)
        if (c.year == inputs.year && c.month == month && !c.text.empty())
            comments[c.verksamhetId] = c.text;
    return comments;
}

} // namespace Tertial::Analysis
