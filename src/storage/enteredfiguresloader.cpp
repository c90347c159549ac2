// SPDX-License-Identifier: GPL-3.0-or-later
// The one place stored figures become the core's entered figures.
#include "enteredfiguresloader.h"

#include "core/deviation.h"
#include "core/kontoslag.h"

#include <array>
#include <map>
#include <vector>

namespace Tertial::Storage {
namespace {

// The previous year's utfall of one entry: intäkter, kostnader, netto.
using PreviousActuals = std::array<std::optional<Core::Money>, 3>;

void take(Core::EnteredFigures &entry, const Figure &figure, const FiguresAsOf &asOf)
{
    const int month = figure.key.month.value_or(0);
    const int forecastMonth = asOf.forecastMonth.value_or(asOf.month);
    switch (figure.key.measure) {
    case Measure::Budget: entry.budgetYear = figure.amount; break;
    case Measure::BudgetIncome: entry.budgetYearIncome = figure.amount; break;
    case Measure::BudgetCost: entry.budgetYearCost = figure.amount; break;
    case Measure::BudgetPeriod: if (month == asOf.month) entry.budgetPeriod = figure.amount; break;
    case Measure::ActualIncome: if (month == asOf.month) entry.actualIncome = figure.amount; break;
    case Measure::ActualCost: if (month == asOf.month) entry.actualCost = figure.amount; break;
    case Measure::ActualNet: if (month == asOf.month) entry.actualNet = figure.amount; break;
    case Measure::Forecast: if (forecastMonth > 0 && month == forecastMonth) entry.forecast = figure.amount; break;
    }
}

void takePrevious(PreviousActuals &actuals, const Figure &figure)
{
    switch (figure.key.measure) {
    case Measure::ActualIncome: actuals[0] = figure.amount; break;
    case Measure::ActualCost: actuals[1] = figure.amount; break;
    case Measure::ActualNet: actuals[2] = figure.amount; break;
    default: break;
    }
}

bool counts(const Figure &figure, int year, int month)
{
    if (figure.key.year == year)
        return true;
    // Föregående år: only the utfall to the same month.
    return figure.key.year == year - 1 && figure.key.month == month
           && (figure.key.measure == Measure::ActualIncome || figure.key.measure == Measure::ActualCost
               || figure.key.measure == Measure::ActualNet);
}

// Figures relevant to `asOf`, with the entry they belong to created on first use.
template<typename Key>
void sortInto(std::map<Key, Core::EnteredFigures> &entries, std::map<Key, PreviousActuals> &previous, const Key &key,
              const Figure &figure, const FiguresAsOf &asOf)
{
    if (figure.key.year == asOf.year)
        take(entries[key], figure, asOf);
    else
        takePrevious(previous[key], figure);
}

template<typename Key>
void settlePrevious(std::map<Key, Core::EnteredFigures> &entries, const std::map<Key, PreviousActuals> &previous)
{
    for (const auto &[key, actuals] : previous)
        entries[key].previousYearActualNet = Core::combinedActualNet(actuals[0], actuals[1], actuals[2]);
}

} // namespace

Core::NamndFigures enteredFigures(std::span<const Figure> figures, std::optional<Id> namndNode, const FiguresAsOf &asOf)
{
    Core::NamndFigures result;
    std::map<Core::NodeId, PreviousActuals> ownPrevious;
    std::map<std::pair<Core::NodeId, Core::Kontoslag>, PreviousActuals> kontoslagPrevious;
    std::map<Core::Kontoslag, PreviousActuals> namndPrevious;
    for (const Figure &figure : figures) {
        if (!counts(figure, asOf.year, asOf.month))
            continue;
        const bool ofNamnd = namndNode && figure.key.verksamhetId == *namndNode;
        if (figure.key.kontoslag.empty()) {
            if (!ofNamnd) // the nämnd's node holds only kontoslag totals
                sortInto(result.own, ownPrevious, figure.key.verksamhetId, figure, asOf);
            continue;
        }
        const auto kontoslag = Core::parseKontoslag(figure.key.kontoslag);
        if (!kontoslag)
            continue;
        if (ofNamnd)
            sortInto(result.wholeNamnd, namndPrevious, *kontoslag, figure, asOf);
        else
            sortInto(result.byKontoslag, kontoslagPrevious, std::pair{figure.key.verksamhetId, *kontoslag}, figure,
                     asOf);
    }
    settlePrevious(result.own, ownPrevious);
    settlePrevious(result.byKontoslag, kontoslagPrevious);
    settlePrevious(result.wholeNamnd, namndPrevious);
    return result;
}

Core::Result<Core::NamndFigures> loadEnteredFigures(Store &store, Id namndId, const FiguresAsOf &asOf)
{
    auto namndNode = store.namndLevelId(namndId);
    if (!namndNode)
        return std::unexpected(namndNode.error());
    std::vector<Figure> figures;
    for (const int year : {asOf.year - 1, asOf.year}) {
        auto ofYear = store.figures(namndId, year);
        if (!ofYear)
            return std::unexpected(ofYear.error());
        figures.insert(figures.end(), ofYear->begin(), ofYear->end());
    }
    return enteredFigures(figures, *namndNode, asOf);
}

} // namespace Tertial::Storage
