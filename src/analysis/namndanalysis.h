// SPDX-License-Identifier: GPL-3.0-or-later
// ONE computation of a nämnd's numbers: the immutable result every view, draft, chart and command reads.
#pragma once

#include "economy.h"
#include "indicators.h"
#include "namndinputs.h"
#include "registers.h"
#include "volumes.h"

#include "core/economictable.h"
#include "core/unit.h"

#include <array>
#include <bitset>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace Tertial::Analysis {

// What changed in the inputs since a result was built: the parts to build again. Everything
// else is shared with the earlier result (its parts are immutable).
struct Changes final
{
    std::bitset<12> months;  // this year's figures or methods of these months (index 0 = januari)
    bool lastYear = false;   // the year before's figures
    bool indicators = false; // definitions, values or overrides
    bool volumes = false;
    bool registers = false;  // åtgärder, investeringar, statsbidrag, personal
    bool comments = false;
    bool locks = false;
    static Changes everything();
    // An edit of this figure: its month, or every month for a budget helår.
    void addFigure(const Storage::FigureKey &key, int year);
};

// A nämnd, a year and an as-of month. Built from NamndInputs by build(); never changes after.
// Cheap to copy (the parts are shared).
class NamndAnalysis final
{
public:
    NamndAnalysis() = default;
    static Core::Result<NamndAnalysis> build(const NamndInputs &inputs, int month, const EconomySettings &settings = {});
    // The same inputs after a change: the changed parts are built again by the same code.
    Core::Result<NamndAnalysis> rebuilt(const NamndInputs &inputs, const Changes &changes) const;
    // Another month of the same nämnd-year (a period switch): the months are built already.
    Core::Result<NamndAnalysis> atMonth(const NamndInputs &inputs, int month) const;
    // Other settings (the percent base of avvikelse %): the tables again.
    Core::Result<NamndAnalysis> withSettings(const NamndInputs &inputs, const EconomySettings &settings) const;

    bool isValid() const { return m_structure != nullptr; }
    const std::string &kommunName() const;
    const Storage::Namnd &namnd() const;
    int year() const;
    int month() const { return m_month; }
    const EconomySettings &settings() const { return m_settings; }

    // The verksamhet tree (depth-first) and one verksamhet by id (nullptr when not of the nämnd).
    const std::vector<Storage::Verksamhet> &verksamheter() const;
    const Core::VerksamhetTree &tree() const;
    const Storage::Verksamhet *verksamhet(Storage::Id id) const;
    std::optional<Storage::Id> findPath(const std::string &path) const;
    bool isLeaf(Storage::Id id) const;

    // The economic table as of the month, each row's prognosmetod applied: the workbench's
    // Ekonomi tab, `tertial-cli table`, the drafts' tables and the charts.
    const Core::EconomicTable &table() const { return tableOf(m_month); }
    // The same as of another month of the year, and the year before as of a month.
    const Core::EconomicTable &tableOf(int month) const;
    const Core::EconomicTable &lastYearTableOf(int month) const;
    const MonthEconomy &economyOf(int month) const;
    // A row of a table by verksamhet (absent or unknown: the total).
    static const Core::EconomicRow &rowOf(const Core::EconomicTable &table, std::optional<Core::NodeId> id);

    // The month's prognosmetod of a verksamhet (manuell when none was chosen) and, for a leaf
    // with another method, the core's forecast or why there is none (nullptr otherwise).
    Core::ForecastMethod forecastMethod(Storage::Id id) const;
    const Core::Result<Core::ForecastResult> *computedForecast(Storage::Id id) const;
    // The method's one-line explanation with amounts in `unit` (empty for manuell rows).
    std::string forecastExplanation(Storage::Id id, Core::AmountUnit unit) const;

    // Whether a row's prognos in `month` forecasts the whole of it: it has one and no part of
    // it that takes part in the year lacks one (the core's forecastIncomplete). The one rule for
    // the tables, the forecast bridge, prognossäkerhet and the drafts.
    bool forecastCoversWhole(int month, std::optional<Core::NodeId> id) const;
    // Months of the year in which some row has a prognos (entered or by a method).
    const std::set<int> &forecastMonths() const;
    // The latest of those before `month` (0: none).
    int forecastMonthBefore(int month) const;
    // Months of the year with an utfall.
    const std::set<int> &actualMonths() const;

    // The table as of the month with the prognos made in `forecastMonth` (the årsredovisning's
    // "Prognos T2" beside the year's utfall): the rows of table() with that month's prognos and
    // the avvikelser derived again.
    Core::EconomicTable tableWithForecastOf(int forecastMonth) const;

    // Driftredovisning per kontoslag as of the month ("Årets resultat"): the nämnd's own
    // kontoslag figures when it has any (seed 003), else its verksamheter's rolled up over the
    // tree; nullopt without kontoslag figures. Of one verksamhet (and everything under it) alike.
    Core::Result<std::optional<Core::EconomicTable>> kontoslagTable() const;
    Core::Result<std::optional<Core::EconomicTable>> kontoslagTable(Core::NodeId verksamhet) const;
    // The same of the year before as of december: bokslut föregående år per kontoslag.
    Core::Result<std::optional<Core::EconomicTable>> lastYearKontoslagTable(std::optional<Core::NodeId> verksamhet) const;

    // The verksamheter a listing shows: those with a figure, or something under them with one,
    // this year or the year before (a verksamhet that did not exist yet is left out).
    const std::set<Storage::Id> &listed() const;
    // Those with a figure of their own or below them this year only.
    const std::set<Storage::Id> &listedThisYear() const;

    // Indicators as of the month: values, målvärde, status (overrides applied).
    const std::vector<IndicatorLine> &indicators() const;
    const IndicatorLine *indicator(Storage::Id id) const;

    // Åtgärder, investeringar and statsbidrag as of the month, with their derived values.
    const Registers &registers() const;
    // The controllers' comments of the month, by verksamhet.
    const std::map<Storage::Id, std::string> &comments() const;
    // Volume rows of the year before and this year, as stored (the charts' monthly series).
    const std::vector<Storage::Volume> &volumes() const;
    // Volume rows of the two years before that (the reports' comparison columns, seed 001 §3).
    const std::vector<Storage::Volume> &olderVolumes() const;
    // The personnel register of the nämnd, every year, in the register's order (seeds 000, 003).
    const std::vector<Storage::PersonnelFigure> &personnel() const;
    // This year's volume series with personer snitt per dygn, and kostnad per dygn per
    // verksamhet up to the month (the Volymer tab, the volume-driven forecast's inputs).
    const Volumes &volumeSeries() const;

private:
    struct Structure;
    struct Economy;
    const Structure &structure() const;
    const Economy &economy() const;
    Core::Result<void> buildMonths(const NamndInputs &inputs, const std::bitset<12> &months, bool lastYear);
    void summarise(const NamndInputs &inputs);

    std::shared_ptr<const Structure> m_structure;
    std::array<std::shared_ptr<const MonthEconomy>, 12> m_months;
    std::array<std::shared_ptr<const Core::EconomicTable>, 12> m_lastYear;
    std::shared_ptr<const Core::NamndFigures> m_lastYearClosing; // the year before as of december
    std::shared_ptr<const Economy> m_economy; // derived from the months: forecast months, listings
    std::shared_ptr<const std::vector<IndicatorLine>> m_indicators;
    std::shared_ptr<const Registers> m_registers;
    std::shared_ptr<const std::map<Storage::Id, std::string>> m_comments;
    std::shared_ptr<const std::vector<Storage::Volume>> m_volumes;
    std::shared_ptr<const std::vector<Storage::Volume>> m_olderVolumes;
    std::shared_ptr<const std::vector<Storage::PersonnelFigure>> m_personnel;
    std::shared_ptr<const Volumes> m_volumeSeries;
    EconomySettings m_settings;
    int m_month = 12;
};

// Reads the nämnd-year from the store and builds its analysis: what a command does.
Core::Result<NamndAnalysis> analyse(Storage::Store &store, const std::string &kommun, const std::string &namndCode,
                                    int year, int month, const EconomySettings &settings = {});

} // namespace Tertial::Analysis
