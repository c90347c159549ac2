// SPDX-License-Identifier: GPL-3.0-or-later
// The figure index: stored figures -> the core's entered figures of any month.
#include "figureindex.h"

#include "core/deviation.h"

namespace Tertial::Analysis {

using Core::Money;
using Storage::Measure;

bool FigureIndex::Months::active() const
{
    if (budgetYear || budgetYearIncome || budgetYearCost)
        return true;
    for (std::size_t m = 0; m < 12; ++m)
        if (actualIncome[m] || actualCost[m] || actualNet[m])
            return true;
    return false;
}

bool FigureIndex::Months::any() const
{
    if (active())
        return true;
    for (std::size_t m = 0; m < 12; ++m)
        if (budgetPeriod[m] || forecast[m])
            return true;
    return false;
}

std::optional<Money> *FigureIndex::slot(Months &months, Measure measure, int month)
{
    if (measure == Measure::Budget)
        return &months.budgetYear;
    if (measure == Measure::BudgetIncome)
        return &months.budgetYearIncome;
    if (measure == Measure::BudgetCost)
        return &months.budgetYearCost;
    if (month < 1 || month > 12)
        return nullptr;
    const auto m = static_cast<std::size_t>(month - 1);
    switch (measure) {
    case Measure::Budget:
    case Measure::BudgetIncome:
    case Measure::BudgetCost: break;
    case Measure::BudgetPeriod: return &months.budgetPeriod[m];
    case Measure::ActualIncome: return &months.actualIncome[m];
    case Measure::ActualCost: return &months.actualCost[m];
    case Measure::ActualNet: return &months.actualNet[m];
    case Measure::Forecast: return &months.forecast[m];
    }
    return nullptr;
}

Core::Result<FigureIndex::Key> FigureIndex::keyOf(const Storage::FigureKey &key) const
{
    if (key.kontoslag.empty())
        return Key{key.verksamhetId, std::nullopt};
    auto kontoslag = Core::parseKontoslag(key.kontoslag);
    if (!kontoslag)
        return Core::fail(kontoslag.error().code, "verksamhet " + std::to_string(key.verksamhetId) + ": "
                                                      + kontoslag.error().message);
    return Key{key.verksamhetId, *kontoslag};
}

Core::Result<FigureIndex> FigureIndex::build(std::span<const Storage::Figure> figures,
                                             std::optional<Storage::Id> namndNode, int year)
{
    FigureIndex index;
    index.m_year = year;
    index.m_namndNode = namndNode;
    for (const Storage::Figure &figure : figures)
        if (auto ok = index.set(figure.key, figure.amount); !ok)
            return std::unexpected(ok.error());
    return index;
}

Core::Result<void> FigureIndex::set(const Storage::FigureKey &key, std::optional<Money> amount)
{
    if (key.year != m_year && key.year != m_year - 1)
        return {};
    auto where = keyOf(key);
    if (!where)
        return std::unexpected(where.error());
    // A whole-nämnd figure without kontoslag does not exist (the loader never made one either).
    if (m_namndNode && key.verksamhetId == *m_namndNode && !where->second)
        return {};
    if (!amount) {
        auto it = m_entries.find(*where);
        if (it == m_entries.end())
            return {};
        if (auto *cell = slot(key.year == m_year ? it->second.now : it->second.before, key.measure, key.month.value_or(0)))
            cell->reset();
        return {};
    }
    Entry &entry = m_entries[*where];
    if (auto *cell = slot(key.year == m_year ? entry.now : entry.before, key.measure, key.month.value_or(0)))
        *cell = *amount;
    return {};
}

std::optional<Money> FigureIndex::value(const Storage::FigureKey &key) const
{
    if (key.year != m_year && key.year != m_year - 1)
        return std::nullopt;
    auto where = keyOf(key);
    if (!where)
        return std::nullopt;
    auto it = m_entries.find(*where);
    if (it == m_entries.end())
        return std::nullopt;
    Months months = key.year == m_year ? it->second.now : it->second.before;
    auto *cell = slot(months, key.measure, key.month.value_or(0));
    return cell ? *cell : std::nullopt;
}

Core::NamndFigures FigureIndex::asOf(int year, int month, std::optional<int> forecastMonth) const
{
    Core::NamndFigures result;
    if (month < 1 || month > 12 || (year != m_year && year != m_year - 1))
        return result;
    const auto m = static_cast<std::size_t>(month - 1);
    const int forecastAt = forecastMonth.value_or(month);
    const bool thisYear = year == m_year;
    for (const auto &[key, entry] : m_entries) {
        const Months &months = thisYear ? entry.now : entry.before;
        Core::EnteredFigures figures;
        figures.budgetYear = months.budgetYear;
        figures.budgetYearIncome = months.budgetYearIncome;
        figures.budgetYearCost = months.budgetYearCost;
        figures.budgetPeriod = months.budgetPeriod[m];
        figures.actualIncome = months.actualIncome[m];
        figures.actualCost = months.actualCost[m];
        figures.actualNet = months.actualNet[m];
        if (forecastAt >= 1 && forecastAt <= 12)
            figures.forecast = months.forecast[static_cast<std::size_t>(forecastAt - 1)];
        if (thisYear)
            figures.previousYearActualNet = Core::combinedActualNet(entry.before.actualIncome[m], entry.before.actualCost[m],
                                                                    entry.before.actualNet[m]);
        figures.activeInYear = months.active();
        const bool empty = !figures.budgetYear && !figures.budgetYearIncome && !figures.budgetYearCost
                           && !figures.budgetPeriod && !figures.actualIncome && !figures.actualCost
                           && !figures.actualNet && !figures.forecast && !figures.previousYearActualNet
                           && !figures.activeInYear;
        if (empty)
            continue;
        const bool ofNamnd = m_namndNode && key.first == *m_namndNode;
        if (!key.second)
            result.own.emplace(key.first, figures);
        else if (ofNamnd)
            result.wholeNamnd.emplace(*key.second, figures);
        else
            result.byKontoslag.emplace(std::pair{key.first, *key.second}, figures);
    }
    return result;
}

std::optional<Money> FigureIndex::previousYearFullYear(Storage::Id verksamhet) const
{
    auto it = m_entries.find(Key{verksamhet, std::nullopt});
    if (it == m_entries.end())
        return std::nullopt;
    const Months &before = it->second.before;
    return Core::combinedActualNet(before.actualIncome[11], before.actualCost[11], before.actualNet[11]);
}

std::set<Storage::Id> FigureIndex::differingVerksamheter(const FigureIndex &other) const
{
    std::set<Storage::Id> ids;
    const Entry none; // a cleared entry stays in the map, empty: the same as no entry
    auto a = m_entries.begin();
    auto b = other.m_entries.begin();
    while (a != m_entries.end() || b != other.m_entries.end()) {
        if (b == other.m_entries.end() || (a != m_entries.end() && a->first < b->first)) {
            if (!(a->second == none))
                ids.insert(a->first.first);
            ++a;
        } else if (a == m_entries.end() || b->first < a->first) {
            if (!(b->second == none))
                ids.insert(b->first.first);
            ++b;
        } else {
            if (!(a->second == b->second))
                ids.insert(a->first.first);
            ++a;
            ++b;
        }
    }
    return ids;
}

std::set<int> FigureIndex::forecastMonths() const
{
    std::set<int> months;
    for (const auto &[key, entry] : m_entries) {
        if (m_namndNode && key.first == *m_namndNode)
            continue;
        for (std::size_t m = 0; m < 12; ++m)
            if (entry.now.forecast[m])
                months.insert(static_cast<int>(m) + 1);
    }
    return months;
}

std::set<int> FigureIndex::actualMonths() const
{
    std::set<int> months;
    for (const auto &[key, entry] : m_entries)
        for (std::size_t m = 0; m < 12; ++m)
            if (entry.now.actualIncome[m] || entry.now.actualCost[m] || entry.now.actualNet[m])
                months.insert(static_cast<int>(m) + 1);
    return months;
}

std::set<Storage::Id> FigureIndex::withFigures() const
{
    std::set<Storage::Id> ids;
    for (const auto &[key, entry] : m_entries)
        if (entry.now.any() || entry.before.any())
            ids.insert(key.first);
    if (m_namndNode)
        ids.erase(*m_namndNode);
    return ids;
}

std::set<Storage::Id> FigureIndex::withFiguresThisYear() const
{
    std::set<Storage::Id> ids;
    for (const auto &[key, entry] : m_entries)
        if (entry.now.any())
            ids.insert(key.first);
    if (m_namndNode)
        ids.erase(*m_namndNode);
    return ids;
}

} // namespace Tertial::Analysis
