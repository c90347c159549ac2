// SPDX-License-Identifier: GPL-3.0-or-later
// Monthly ledger amounts -> cumulative utfall, periodens budget, budget helår, prognos.
#include "ledger.h"

#include <algorithm>
#include <map>
#include <set>

namespace Tertial::Storage {

std::string_view ledgerVersionCode(LedgerVersion version)
{
    switch (version) {
    case LedgerVersion::Actual: return "utfall";
    case LedgerVersion::Budget: return "budget";
    case LedgerVersion::Forecast: return "prognos";
    }
    return "utfall";
}

std::optional<LedgerVersion> ledgerVersionFromCode(std::string_view code)
{
    for (LedgerVersion v : {LedgerVersion::Actual, LedgerVersion::Budget, LedgerVersion::Forecast})
        if (ledgerVersionCode(v) == code)
            return v;
    return std::nullopt;
}

std::vector<Figure> ledgerFigures(const std::vector<LedgerMonths> &months, int year,
                                  const std::vector<Kontoslag> &kontoslag)
{
    auto income = [&](const std::string &code) {
        const auto it = std::ranges::find(kontoslag, code, &Kontoslag::code);
        return it != kontoslag.end() && it->isIncome;
    };
    // The months each version has anywhere in the nämnd-year.
    std::map<LedgerVersion, std::set<int>> present;
    for (const LedgerMonths &m : months)
        for (int month = 1; month <= 12; ++month)
            if (m.months[static_cast<std::size_t>(month)])
                present[m.version].insert(month);

    using Key = std::pair<Id, std::string>;
    std::map<Key, const LedgerMonths *> actual, budget;
    std::set<Key> withActualOrBudget;
    std::vector<Figure> result;
    for (const LedgerMonths &m : months) {
        const Key key{m.verksamhetId, m.kontoslag};
        if (m.version == LedgerVersion::Actual)
            actual[key] = &m;
        else if (m.version == LedgerVersion::Budget)
            budget[key] = &m;
        if (m.version != LedgerVersion::Forecast)
            withActualOrBudget.insert(key);
        if (m.version == LedgerVersion::Forecast)
            for (int month = 1; month <= 12; ++month)
                if (const auto &amount = m.months[static_cast<std::size_t>(month)])
                    result.push_back(Figure{FigureKey{m.verksamhetId, m.kontoslag, year, month, Measure::Forecast}, *amount});
    }
    for (const Key &key : withActualOrBudget) {
        if (!present[LedgerVersion::Actual].empty()) {
            const LedgerMonths *m = actual.contains(key) ? actual[key] : nullptr;
            const Measure measure = income(key.second) ? Measure::ActualIncome : Measure::ActualCost;
            Core::Money sum;
            for (int month = 1; month <= 12; ++month) {
                if (m)
                    if (const auto &amount = m->months[static_cast<std::size_t>(month)])
                        sum = sum + *amount;
                if (present[LedgerVersion::Actual].contains(month))
                    result.push_back(Figure{FigureKey{key.first, key.second, year, month, measure}, sum});
            }
        }
        if (const auto it = budget.find(key); it != budget.end()) {
            Core::Money sum;
            for (int month = 1; month <= 12; ++month) {
                if (const auto &amount = it->second->months[static_cast<std::size_t>(month)])
                    sum = sum + *amount;
                if (present[LedgerVersion::Budget].contains(month))
                    result.push_back(Figure{FigureKey{key.first, key.second, year, month, Measure::BudgetPeriod}, sum});
            }
            result.push_back(Figure{FigureKey{key.first, key.second, year, std::nullopt, Measure::Budget}, sum});
        }
    }
    return result;
}

} // namespace Tertial::Storage
