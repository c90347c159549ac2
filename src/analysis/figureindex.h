// SPDX-License-Identifier: GPL-3.0-or-later
// A nämnd's stored figures of a year and the year before, indexed so that the core's entered
// figures of any month are picked out without another pass over the store's rows.
#pragma once

#include "core/error.h"
#include "core/namndfigures.h"
#include "storage/records.h"

#include <array>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>

namespace Tertial::Analysis {

class FigureIndex final
{
public:
    // `figures` of any years (only `year` and the year before are kept); `namndNode` is the
    // nämnd's hidden node holding whole-nämnd kontoslag figures. A kontoslag code the core does
    // not know is an error naming the verksamhet (the store holds only known ones).
    static Core::Result<FigureIndex> build(std::span<const Storage::Figure> figures,
                                           std::optional<Storage::Id> namndNode, int year);

    int year() const { return m_year; }
    std::optional<Storage::Id> namndNode() const { return m_namndNode; }

    // Keeps the index as the store holds it after a write (nullopt clears). Keys outside the two
    // years are ignored. An unknown kontoslag is an error and changes nothing.
    Core::Result<void> set(const Storage::FigureKey &key, std::optional<Core::Money> amount);
    std::optional<Core::Money> value(const Storage::FigureKey &key) const;

    // The entered figures of `year` (this year or the year before) as of `month`, with the
    // prognos made in `forecastMonth` (0: none; unset: `month`) and, for this year, utfall
    // föregående år to the same month. Each entry says whether it takes part in its year.
    Core::NamndFigures asOf(int year, int month, std::optional<int> forecastMonth = std::nullopt) const;

    // Utfall netto of december the year before (intäkter + kostnader where only the split is stored).
    std::optional<Core::Money> previousYearFullYear(Storage::Id verksamhet) const;

    // The verksamheter whose figures (own or per kontoslag) differ between the two indexes; a
    // whole-nämnd kontoslag figure counts as the nämnd's hidden node.
    std::set<Storage::Id> differingVerksamheter(const FigureIndex &other) const;

    // The months of this year with an entered prognos (own or kontoslag figures of a verksamhet).
    std::set<int> forecastMonths() const;
    // The months of this year with an utfall.
    std::set<int> actualMonths() const;
    // Verksamheter with any figure of their own or per kontoslag in this year or the year before.
    std::set<Storage::Id> withFigures() const;
    std::set<Storage::Id> withFiguresThisYear() const;

private:
    // One entry's figures of one year; index 0 = januari.
    struct Months final
    {
        std::optional<Core::Money> budgetYear;
        std::optional<Core::Money> budgetYearIncome, budgetYearCost; // the helår budget's optional split
        std::array<std::optional<Core::Money>, 12> budgetPeriod, actualIncome, actualCost, actualNet, forecast;
        bool active() const; // a budget helår or an utfall in some month
        bool any() const;    // any figure at all
        bool operator==(const Months &) const = default;
    };
    struct Entry final
    {
        Months now;
        Months before;
        bool operator==(const Entry &) const = default;
    };
    // verksamhet × kontoslag (none = its own figures)
    using Key = std::pair<Storage::Id, std::optional<Core::Kontoslag>>;

    static std::optional<Core::Money> *slot(Months &months, Storage::Measure measure, int month);
    Core::Result<Key> keyOf(const Storage::FigureKey &key) const;

    int m_year = 0;
    std::optional<Storage::Id> m_namndNode;
    std::map<Key, Entry> m_entries;
};

} // namespace Tertial::Analysis
