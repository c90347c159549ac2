// SPDX-License-Identifier: GPL-3.0-or-later
// The nämnd's analysis: built from its inputs part by part, shared where nothing changed.
#include "namndanalysis.h"

#include "core/forecastexplanation.h"

#include <algorithm>
#include <unordered_map>

namespace Tertial::Analysis {

using Core::Result;

struct NamndAnalysis::Structure final
{
    std::string kommunName;
    Storage::Namnd namnd;
    int year = 0;
    std::vector<Storage::Verksamhet> verksamheter;
    Core::VerksamhetTree tree;
    std::unordered_map<Storage::Id, std::size_t> index;
};

struct NamndAnalysis::Economy final
{
    std::set<int> forecastMonths;
    std::set<int> actualMonths;
    std::set<Storage::Id> listed;
    std::set<Storage::Id> listedThisYear;
};

Changes Changes::everything()
{
    Changes changes;
    changes.months.set();
    changes.lastYear = changes.indicators = changes.volumes = changes.registers = changes.comments = changes.locks = true;
    return changes;
}

void Changes::addFigure(const Storage::FigureKey &key, int year)
{
    if (key.year == year - 1) {
        lastYear = true;
        months.set(); // föregående år of every month, and the seasonal method's last year
        return;
    }
    if (key.year != year)
        return;
    if (!key.month || *key.month < 1 || *key.month > 12)
        months.set(); // a budget helår is periodised into every month
    else
        months.set(static_cast<std::size_t>(*key.month - 1));
}

namespace {

std::size_t slot(int month)
{
    return static_cast<std::size_t>(std::clamp(month, 1, 12) - 1);
}

// Ids with a figure, closed upwards: a parent is listed when something under it is.
std::set<Storage::Id> closedUpwards(const std::vector<Storage::Verksamhet> &verksamheter, std::set<Storage::Id> ids)
{
    std::unordered_map<Storage::Id, std::optional<Storage::Id>> parents;
    for (const Storage::Verksamhet &v : verksamheter)
        parents.emplace(v.id, v.parentId);
    std::vector<Storage::Id> pending(ids.begin(), ids.end());
    while (!pending.empty()) {
        const Storage::Id id = pending.back();
        pending.pop_back();
        const auto it = parents.find(id);
        if (it != parents.end() && it->second && ids.insert(*it->second).second)
            pending.push_back(*it->second);
    }
    return ids;
}

} // namespace

Result<NamndAnalysis> NamndAnalysis::build(const NamndInputs &inputs, int month, const EconomySettings &settings)
{
    if (month < 1 || month > 12)
        return Core::fail(Core::ErrorCode::OutOfRange, "månad " + std::to_string(month) + ", väntade 1–12");
    NamndAnalysis analysis;
    analysis.m_month = month;
    analysis.m_settings = settings;
    auto structure = std::make_shared<Structure>();
    structure->kommunName = inputs.kommunName;
    structure->namnd = inputs.namnd;
    structure->year = inputs.year;
    structure->verksamheter = inputs.verksamheter;
    structure->tree = inputs.tree;
    for (std::size_t i = 0; i < structure->verksamheter.size(); ++i)
        structure->index.emplace(structure->verksamheter[i].id, i);
    analysis.m_structure = std::move(structure);
    return analysis.rebuilt(inputs, Changes::everything());
}

Result<void> NamndAnalysis::buildMonths(const NamndInputs &inputs, const std::bitset<12> &months, bool lastYear)
{
    for (int m = 1; m <= 12; ++m) {
        const std::size_t i = slot(m);
        if (months.test(i) || !m_months[i]) {
            auto economy = buildMonthEconomy(inputs, m, m_settings);
            if (!economy)
                return std::unexpected(economy.error());
            m_months[i] = std::make_shared<const MonthEconomy>(std::move(*economy));
        }
        if (lastYear || !m_lastYear[i]) {
            auto table = buildLastYearTable(inputs, m, m_settings);
            if (!table)
                return std::unexpected(table.error());
            m_lastYear[i] = std::make_shared<const Core::EconomicTable>(std::move(*table));
        }
    }
    if (lastYear || !m_lastYearClosing)
        m_lastYearClosing = std::make_shared<const Core::NamndFigures>(inputs.figures.asOf(inputs.year - 1, 12));
    return {};
}

void NamndAnalysis::summarise(const NamndInputs &inputs)
{
    auto economy = std::make_shared<Economy>();
    for (int m = 1; m <= 12; ++m) {
        const Core::EconomicTable &t = tableOf(m);
        bool any = t.total.values.forecast.has_value();
        for (const Core::EconomicRow &row : t.rows)
            any = any || row.values.forecast.has_value();
        if (any)
            economy->forecastMonths.insert(m);
    }
    economy->actualMonths = inputs.figures.actualMonths();
    economy->listed = closedUpwards(inputs.verksamheter, inputs.figures.withFigures());
    economy->listedThisYear = closedUpwards(inputs.verksamheter, inputs.figures.withFiguresThisYear());
    m_economy = std::move(economy);
}

Result<NamndAnalysis> NamndAnalysis::rebuilt(const NamndInputs &inputs, const Changes &changes) const
{
    NamndAnalysis next = *this;
    if (changes.months.any() || changes.lastYear || changes.volumes || !m_economy) {
        // The volume-driven forecast reads the volumes: every month again when they change.
        std::bitset<12> months = changes.months;
        if (changes.volumes)
            months.set();
        if (auto ok = next.buildMonths(inputs, months, changes.lastYear); !ok)
            return std::unexpected(ok.error());
        next.summarise(inputs);
    }
    if (changes.indicators || !m_indicators)
        next.m_indicators = std::make_shared<const std::vector<IndicatorLine>>(indicatorLines(inputs, m_month));
    if (changes.registers || !m_registers)
        next.m_registers = std::make_shared<const Registers>(registersAsOf(inputs, m_month));
    if (changes.comments || !m_comments)
        next.m_comments = std::make_shared<const std::map<Storage::Id, std::string>>(commentsOf(inputs, m_month));
    if (changes.volumes || !m_volumes)
        next.m_volumes = std::make_shared<const std::vector<Storage::Volume>>(inputs.volumes);
    if (changes.volumes || !m_olderVolumes)
        next.m_olderVolumes = std::make_shared<const std::vector<Storage::Volume>>(inputs.olderVolumes);
    // The personnel register changes with the other registers.
    if (changes.registers || !m_personnel)
        next.m_personnel = std::make_shared<const std::vector<Storage::PersonnelFigure>>(inputs.personnel);
    // Kostnad per dygn reads the month's table: again when the volumes or that month change.
    if (changes.volumes || changes.months.test(slot(m_month)) || !m_volumeSeries)
        next.m_volumeSeries = std::make_shared<const Volumes>(volumesAsOf(inputs, m_month, next.table()));
    return next;
}

Result<NamndAnalysis> NamndAnalysis::atMonth(const NamndInputs &inputs, int month) const
{
    if (month < 1 || month > 12)
        return Core::fail(Core::ErrorCode::OutOfRange, "månad " + std::to_string(month) + ", väntade 1–12");
    NamndAnalysis next = *this;
    next.m_month = month;
    Changes changes;
    changes.indicators = changes.registers = changes.comments = true; // they are as of the month
    next.m_volumeSeries.reset();                                      // kostnad per dygn too
    return next.rebuilt(inputs, changes);
}

Result<NamndAnalysis> NamndAnalysis::withSettings(const NamndInputs &inputs, const EconomySettings &settings) const
{
    NamndAnalysis next = *this;
    next.m_settings = settings;
    Changes changes;
    changes.months.set();
    changes.lastYear = true;
    return next.rebuilt(inputs, changes);
}

// An empty result (nothing selected yet) reads as a nämnd without verksamheter or figures.
const NamndAnalysis::Structure &NamndAnalysis::structure() const
{
    static const Structure empty;
    return m_structure ? *m_structure : empty;
}

const std::string &NamndAnalysis::kommunName() const { return structure().kommunName; }
const Storage::Namnd &NamndAnalysis::namnd() const { return structure().namnd; }
int NamndAnalysis::year() const { return structure().year; }
const std::vector<Storage::Verksamhet> &NamndAnalysis::verksamheter() const { return structure().verksamheter; }
const Core::VerksamhetTree &NamndAnalysis::tree() const { return structure().tree; }

const Storage::Verksamhet *NamndAnalysis::verksamhet(Storage::Id id) const
{
    const auto it = structure().index.find(id);
    return it == structure().index.end() ? nullptr : &structure().verksamheter[it->second];
}

std::optional<Storage::Id> NamndAnalysis::findPath(const std::string &path) const
{
    for (const Storage::Verksamhet &v : structure().verksamheter)
        if (v.path == path)
            return v.id;
    return std::nullopt;
}

bool NamndAnalysis::isLeaf(Storage::Id id) const
{
    const auto index = tree().indexOf(id);
    return index && tree().isLeaf(*index);
}

const Core::EconomicTable &NamndAnalysis::tableOf(int month) const { return economyOf(month).table; }

const Core::EconomicTable &NamndAnalysis::lastYearTableOf(int month) const
{
    static const Core::EconomicTable empty;
    const auto &table = m_lastYear[slot(month)];
    return table ? *table : empty;
}

const MonthEconomy &NamndAnalysis::economyOf(int month) const
{
    static const MonthEconomy empty;
    const auto &economy = m_months[slot(month)];
    return economy ? *economy : empty;
}

const Core::EconomicRow &NamndAnalysis::rowOf(const Core::EconomicTable &table, std::optional<Core::NodeId> id)
{
    if (id)
        for (const Core::EconomicRow &row : table.rows)
            if (row.id == *id)
                return row;
    return table.total;
}

Core::ForecastMethod NamndAnalysis::forecastMethod(Storage::Id id) const
{
    const auto &methods = economyOf(m_month).methods;
    const auto it = methods.find(id);
    return it == methods.end() ? Core::ForecastMethod::Manual : it->second;
}

const Result<Core::ForecastResult> *NamndAnalysis::computedForecast(Storage::Id id) const
{
    const auto &computed = economyOf(m_month).computed;
    const auto it = computed.find(id);
    return it == computed.end() ? nullptr : &it->second.result;
}

std::string NamndAnalysis::forecastExplanation(Storage::Id id, Core::AmountUnit unit) const
{
    const auto *forecast = computedForecast(id);
    if (!forecast)
        return {};
    if (!*forecast)
        return forecast->error().message;
    return Core::explainForecast(**forecast, unit);
}

bool NamndAnalysis::forecastCoversWhole(int month, std::optional<Core::NodeId> id) const
{
    const Core::EconomicValues &values = rowOf(tableOf(month), id).values;
    return values.forecast && !values.forecastIncomplete;
}

const NamndAnalysis::Economy &NamndAnalysis::economy() const
{
    static const Economy empty;
    return m_economy ? *m_economy : empty;
}

const std::set<int> &NamndAnalysis::forecastMonths() const { return economy().forecastMonths; }
const std::set<int> &NamndAnalysis::actualMonths() const { return economy().actualMonths; }

int NamndAnalysis::forecastMonthBefore(int month) const
{
    int before = 0;
    for (int m : economy().forecastMonths)
        if (m < month)
            before = m;
    return before;
}

Core::EconomicTable NamndAnalysis::tableWithForecastOf(int forecastMonth) const
{
    Core::EconomicTable table = this->table();
    const Core::EconomicTable *source = forecastMonth >= 1 && forecastMonth <= 12 ? &tableOf(forecastMonth) : nullptr;
    auto take = [&](Core::EconomicRow &row, const Core::EconomicRow *from) {
        row.values.forecast = from ? from->values.forecast : std::nullopt;
        row.values.forecastIncomplete = from && from->values.forecastIncomplete;
        Core::deriveValues(row.values, m_settings.percentBase);
    };
    for (Core::EconomicRow &row : table.rows) {
        const Core::EconomicRow *from = nullptr;
        if (source)
            for (const Core::EconomicRow &candidate : source->rows)
                if (candidate.id == row.id)
                    from = &candidate;
        take(row, from);
    }
    take(table.total, source ? &source->total : nullptr);
    return table;
}

namespace {

// The kontoslag table of `figures` (one year as of `month`): of the whole nämnd (its own
// kontoslag figures win over its verksamheters', they are two views of the same money) or of one
// verksamhet and everything under it. nullopt when there is nothing per kontoslag.
Result<std::optional<Core::EconomicTable>> kontoslagTableOf(const Core::NamndFigures &figures,
                                                            const Core::VerksamhetTree &tree, int year, int month,
                                                            std::optional<Core::NodeId> verksamhet,
                                                            const EconomySettings &settings)
{
    Core::EconomicTableOptions options;
    options.totalName = "Årets resultat";
    options.percentBase = settings.percentBase;
    if (!verksamhet && !figures.wholeNamnd.empty()) {
        auto table = Core::buildKontoslagTable(figures.wholeNamnd, year, month, options);
        if (!table)
            return std::unexpected(table.error());
        return std::optional(std::move(*table));
    }
    if (figures.byKontoslag.empty())
        return std::optional<Core::EconomicTable>();
    auto table = Core::buildKontoslagTable(tree, figures.byKontoslag, verksamhet, year, month, options);
    if (!table)
        return std::unexpected(table.error());
    if (verksamhet && table->rows.size() <= 2 && !table->total.values.actualNet && !table->total.values.budgetYear)
        return std::optional<Core::EconomicTable>(); // only the two group rows: nothing under it
    return std::optional(std::move(*table));
}

} // namespace

Result<std::optional<Core::EconomicTable>> NamndAnalysis::kontoslagTable() const
{
    return kontoslagTableOf(economyOf(m_month).entered, tree(), year(), m_month, std::nullopt, m_settings);
}

Result<std::optional<Core::EconomicTable>> NamndAnalysis::kontoslagTable(Core::NodeId verksamhet) const
{
    return kontoslagTableOf(economyOf(m_month).entered, tree(), year(), m_month, verksamhet, m_settings);
}

Result<std::optional<Core::EconomicTable>>
NamndAnalysis::lastYearKontoslagTable(std::optional<Core::NodeId> verksamhet) const
{
    static const Core::NamndFigures none;
    return kontoslagTableOf(m_lastYearClosing ? *m_lastYearClosing : none, tree(), year() - 1, 12, verksamhet,
                            m_settings);
}

const std::set<Storage::Id> &NamndAnalysis::listed() const { return economy().listed; }
const std::set<Storage::Id> &NamndAnalysis::listedThisYear() const { return economy().listedThisYear; }

const std::vector<IndicatorLine> &NamndAnalysis::indicators() const
{
    static const std::vector<IndicatorLine> none;
    return m_indicators ? *m_indicators : none;
}

const IndicatorLine *NamndAnalysis::indicator(Storage::Id id) const
{
    for (const IndicatorLine &line : indicators())
        if (line.indicator.id == id)
            return &line;
    return nullptr;
}

const Registers &NamndAnalysis::registers() const
{
    static const Registers none;
    return m_registers ? *m_registers : none;
}

const std::map<Storage::Id, std::string> &NamndAnalysis::comments() const
{
    static const std::map<Storage::Id, std::string> none;
    return m_comments ? *m_comments : none;
}

const std::vector<Storage::Volume> &NamndAnalysis::volumes() const
{
    static const std::vector<Storage::Volume> none;
    return m_volumes ? *m_volumes : none;
}

const std::vector<Storage::Volume> &NamndAnalysis::olderVolumes() const
{
    static const std::vector<Storage::Volume> none;
    return m_olderVolumes ? *m_olderVolumes : none;
}

const std::vector<Storage::PersonnelFigure> &NamndAnalysis::personnel() const
{
    static const std::vector<Storage::PersonnelFigure> none;
    return m_personnel ? *m_personnel : none;
}

const Volumes &NamndAnalysis::volumeSeries() const
{
    static const Volumes none;
    return m_volumeSeries ? *m_volumeSeries : none;
}

Result<NamndAnalysis> analyse(Storage::Store &store, const std::string &kommun, const std::string &namndCode, int year,
                              int month, const EconomySettings &settings)
{
    auto inputs = readNamndInputs(store, kommun, namndCode, year);
    if (!inputs)
        return std::unexpected(inputs.error());
    return NamndAnalysis::build(*inputs, month, settings);
}

} // namespace Tertial::Analysis
