// SPDX-License-Identifier: GPL-3.0-or-later
// Field rules of every file kind (docs/formats.md).
#include "recordparser.h"

#include "core/forecastmethod.h"
#include "core/indicatorstatus.h"
#include "core/periodizationtext.h"
#include "core/svformat.h"

#include <array>

namespace Tertial::Io {
namespace {

using Storage::SourceRef;

const std::vector<std::string> &measureCodes()
{
    static const std::vector<std::string> codes = [] {
        std::vector<std::string> all;
        for (Storage::Measure m : Storage::allMeasures)
            all.emplace_back(Storage::measureCode(m));
        return all;
    }();
    return codes;
}

// The prognosmetod codes, in the core's order: a method added there is read here too.
const std::vector<std::string> &forecastMethodCodes()
{
    static const std::vector<std::string> codes = [] {
        std::vector<std::string> all;
        for (Core::ForecastMethod m : Core::kAllForecastMethods)
            all.emplace_back(Core::forecastMethodCode(m));
        return all;
    }();
    return codes;
}

std::optional<Storage::NamndRef> namndOf(RowReader &row)
{
    auto kommun = row.kommun("kommun");
    auto namnd = row.required("nämnd");
    if (!kommun || !namnd)
        return std::nullopt;
    return Storage::NamndRef{*kommun, *namnd};
}

// "linjär", "dagar" or twelve non-negative weights with a positive sum: checked by the one reader
// the store also reads the column with; the file's text is what is stored.
std::optional<std::string> periodisation(RowReader &row)
{
    const std::string value = row.text("periodisering");
    if (auto profile = Core::parsePeriodization(value); !profile) {
        row.problem("periodisering", profile.error().message);
        return std::nullopt;
    }
    return value;
}

// The code of `column` as one of an enum's codes (the text the file and the database share).
template<typename Enum, std::size_t N>
std::optional<Enum> codeOf(RowReader &row, std::string_view column, const std::array<Enum, N> &all,
                           std::string_view (*code)(Enum))
{
    std::vector<std::string> allowed;
    for (Enum value : all)
        allowed.emplace_back(code(value));
    const auto text = row.oneOf(column, allowed);
    if (!text)
        return std::nullopt;
    for (Enum value : all)
        if (code(value) == *text)
            return value;
    return std::nullopt;
}

void parseFigure(RowReader &row, const std::string &file, const std::set<std::string, std::less<>> &kontoslag, Storage::ImportBatch &batch)
{
    auto namnd = namndOf(row);
    // An empty verksamhet with a kontoslag: a whole-nämnd kontoslag figure (docs/formats.md).
    std::optional<std::string> path;
    if (row.field("verksamhet").empty() && !row.field("kontoslag").empty())
        path = std::string();
    else
        path = row.path("verksamhet");
    auto year = row.year("år");
    auto measureText = row.oneOf("mått", measureCodes());
    std::optional<Storage::Measure> measure;
    if (measureText)
        measure = Storage::measureFromCode(*measureText);
    std::optional<int> month;
    bool monthOk = false;
    if (measure && !Storage::measureHasMonth(*measure)) {
        monthOk = row.field("månad").empty();
        if (!monthOk)
            row.problem("månad", "'" + row.text("månad") + "' för mått " + std::string(Storage::measureCode(*measure))
                                     + ", förväntade ett tomt fält (helårsbudgeten har ingen månad)");
    } else {
        monthOk = row.month("månad", true, month);
    }
    auto unit = row.unit("enhet");
    std::optional<Core::Money> amount;
    if (unit)
        amount = row.amount("belopp", *unit);
    const std::string_view kontoslagCode = row.field("kontoslag");
    if (!kontoslagCode.empty() && !kontoslag.contains(kontoslagCode))
        row.problem("kontoslag", "'" + std::string(kontoslagCode) + "' är inget kontoslag, förväntade ett tomt fält eller en kod "
                                                       "ur docs/formats.md (personal, lokaler, avgifter, ...)");
    if (!row.ok() || !namnd || !path || !year || !measure || !monthOk || !amount)
        return;
    batch.figures.push_back(Storage::FigureRow{SourceRef{file, row.line()}, std::move(*namnd), std::move(*path),
                                               std::string(kontoslagCode), *year, month, *measure, *amount});
}

} // namespace

void parseRecord(FileKind kind, RowReader &row, const std::string &file, const std::set<std::string, std::less<>> &kontoslag,
                 Storage::ImportBatch &batch)
{
    const SourceRef source{file, row.line()};
    switch (kind) {
    case FileKind::Figures:
        parseFigure(row, file, kontoslag, batch);
        return;
    case FileKind::Kommuner: {
        auto code = row.kommun("kod");
        auto name = row.required("namn");
        auto type = row.oneOf("typ", {"K", "L", "R"});
        auto lan = row.text("län");
        // Riket belongs to no län.
        const bool riket = type && *type == "R";
        if (!(riket && lan.empty()) && (lan.size() != 2 || lan.find_first_not_of("0123456789") != std::string::npos))
            row.problem("län", "'" + lan + "' är ingen länskod, förväntade två siffror (01)" +
                                   std::string(riket ? " eller tomt för riket" : ""));
        if (!row.ok())
            return;
        batch.kommuner.push_back(Storage::Kommun{*code, *name,
                                                 *type == "L" ? Storage::Kommun::Kind::Region
                                                 : *type == "R" ? Storage::Kommun::Kind::Riket
                                                                : Storage::Kommun::Kind::Kommun,
                                                 lan});
        return;
    }
    case FileKind::Namnder: {
        auto namnd = namndOf(row);
        auto name = row.required("namn");
        if (row.ok())
            batch.namnder.push_back(Storage::NamndRow{source, *namnd, *name});
        return;
    }
    case FileKind::Verksamheter: {
        auto namnd = namndOf(row);
        auto path = row.path("verksamhet");
        auto order = row.integer("ordning");
        auto memo = row.oneOf("memo", {"ja", "nej"}, true);
        auto profile = periodisation(row);
        if (row.ok())
            batch.verksamheter.push_back(Storage::VerksamhetRow{source, *namnd, *path, *order, *memo == "ja", *profile});
        return;
    }
    case FileKind::ForecastMethods: {
        auto namnd = namndOf(row);
        auto path = row.path("verksamhet");
        auto year = row.year("år");
        std::optional<int> month;
        row.month("månad", true, month);
        auto method = row.oneOf("metod", forecastMethodCodes());
        if (row.ok())
            batch.forecasts.push_back(Storage::ForecastRow{
                source, *namnd, *path,
                Storage::ForecastChoice{0, *year, *month, *Storage::forecastMethodFromCode(*method)}});
        return;
    }
    case FileKind::Volumes: {
        auto namnd = namndOf(row);
        auto path = row.path("verksamhet");
        auto year = row.year("år");
        std::optional<int> month;
        row.month("månad", true, month);
        auto type = row.required("insatstyp");
        auto measure = codeOf(row, "mått", Core::kAllVolumeMeasures, Core::volumeMeasureCode);
        auto value = row.number("värde");
        int months = 1;
        if (!row.text("månader").empty()) {
            auto m = row.integer("månader");
            if (m && (*m < 1 || *m > 12 || (month && *m > *month)))
                row.problem("månader", "'" + row.text("månader") + "' månader, förväntade 1–12 och högst månaden");
            months = m.value_or(1);
        }
        if (row.ok())
            batch.volumes.push_back(Storage::VolumeRow{
                source, *namnd, *path, Storage::Volume{0, *year, *month, *type, *measure, *value, months}});
        return;
    }
    case FileKind::Indicators: {
        auto namnd = namndOf(row);
        auto code = row.required("indikator");
        auto area = row.text("målområde");
        auto name = row.required("namn");
        auto unit = row.text("enhet");
        auto direction = codeOf(row, "riktning",
                                std::array{Core::Direction::HigherIsBetter, Core::Direction::LowerIsBetter},
                                Core::directionCode);
        auto target = codeOf(row, "målsort", Core::kAllTargetKinds, Core::targetKindCode);
        std::optional<double> tolerance;
        row.optionalNumber("tolerans", tolerance);
        auto origin = row.text("källa");
        if (row.ok())
            batch.indicators.push_back(Storage::IndicatorRow{
                source, *namnd,
                Storage::Indicator{0, 0, *code, area, *name, unit, *direction, *target, tolerance, origin}});
        return;
    }
    case FileKind::IndicatorValues: {
        auto namnd = namndOf(row);
        auto code = row.required("indikator");
        auto year = row.year("år");
        std::optional<int> month;
        row.month("månad", false, month);
        std::optional<double> actual;
        row.optionalNumber("utfall", actual);
        std::optional<double> target;
        row.optionalNumber("målvärde", target);
        if (row.ok())
            batch.indicatorValues.push_back(Storage::IndicatorValueRow{
                source, *namnd, *code, Storage::IndicatorValue{0, *year, month, actual, target}});
        return;
    }
    case FileKind::Actions: {
        auto namnd = namndOf(row);
        auto year = row.year("år");
        std::optional<int> month;
        row.month("månad", true, month);
        auto goal = row.required("mål");
        auto action = row.required("åtgärd");
        auto status = codeOf(row, "status", Core::kAllActionStatuses, Core::actionStatusCode);
        if (row.ok())
            batch.actions.push_back(Storage::ActionRow{
                source, *namnd, Storage::ActionItem{0, *year, *month, *goal, *action, *status, row.text("kommentar")}});
        return;
    }
    case FileKind::Investments: {
        auto namnd = namndOf(row);
        auto year = row.year("år");
        std::optional<int> month;
        row.month("månad", true, month);
        auto project = row.required("projekt");
        auto unit = row.unit("enhet");
        if (!unit)
            return;
        std::optional<Core::Money> budget;
        row.optionalAmount("budget", *unit, budget);
        std::optional<Core::Money> forecast;
        row.optionalAmount("prognos", *unit, forecast);
        std::optional<Core::Money> budgetPeriod;
        row.optionalAmount("budget_period", *unit, budgetPeriod);
        std::optional<Core::Money> actual;
        row.optionalAmount("utfall", *unit, actual);
        Storage::Investment investment{0, *year, *month, *project, budget, forecast, budgetPeriod, actual, {}, {}, {}, {}, {}, {}};
        row.optionalAmount("inkomster", *unit, investment.income);
        row.optionalAmount("utgifter", *unit, investment.expenditure);
        row.optionalAmount("prognos_ar1", *unit, investment.forecastNext);
        row.optionalAmount("prognos_ar2", *unit, investment.forecastSecond);
        row.optionalAmount("prognos_ar3", *unit, investment.forecastThird);
        row.optionalAmount("prognos_senare", *unit, investment.forecastLater);
        // Seed 002 §3.1: utfall netto = inkomster + utgifter; a row giving all three must agree.
        if (row.ok() && actual && investment.income && investment.expenditure
            && *investment.income + *investment.expenditure != *actual)
            row.problem("utfall", "utfall " + Core::formatAmount(*actual, Core::AmountUnit::Kronor)
                                      + " kr är inte inkomster + utgifter ("
                                      + Core::formatAmount(*investment.income + *investment.expenditure, Core::AmountUnit::Kronor)
                                      + " kr)");
        if (row.ok())
            batch.investments.push_back(Storage::InvestmentRow{source, *namnd, investment});
        return;
    }
    case FileKind::StateGrants: {
        auto namnd = namndOf(row);
        auto year = row.year("år");
        std::optional<int> month;
        row.month("månad", true, month);
        auto name = row.required("namn");
        auto unit = row.unit("enhet");
        if (!unit)
            return;
        auto grant = row.amount("bidrag", *unit);
        std::optional<Core::Money> received;
        row.optionalAmount("erhållet", *unit, received);
        std::optional<Core::Money> cost;
        row.optionalAmount("kostnad", *unit, cost);
        std::optional<Core::Money> inBudget;
        row.optionalAmount("inräknat_budget", *unit, inBudget);
        std::optional<Core::Money> inForecast;
        row.optionalAmount("inräknat_prognos", *unit, inForecast);
        if (row.ok())
            batch.stateGrants.push_back(Storage::StateGrantRow{
                source, *namnd,
                Storage::StateGrant{0, *year, *month, *name, *grant, received, cost, inBudget, inForecast}});
        return;
    }
    case FileKind::Personnel: {
        auto namnd = namndOf(row);
        const std::string unit = row.text("organisationsenhet");
        auto year = row.year("år");
        std::optional<int> month;
        row.month("månad", false, month);
        std::vector<std::string> codes;
        for (Storage::PersonnelMeasure m : Storage::allPersonnelMeasures)
            codes.emplace_back(Storage::personnelMeasureCode(m));
        auto measure = row.oneOf("mått", codes);
        auto value = row.number("värde");
        if (measure && value) {
            const auto personnelKind = *Storage::personnelMeasureFromCode(*measure);
            if (*value < 0 || (Storage::isPercentMeasure(personnelKind) && *value > 100))
                row.problem("värde", "'" + row.text("värde") + "' för " + *measure
                                         + (Storage::isPercentMeasure(personnelKind) ? ", förväntade procent 0–100 (6,9 för 6,9 %)"
                                                                            : ", förväntade ett antal, 0 eller mer"));
        }
        if (row.ok())
            batch.personnel.push_back(Storage::PersonnelRow{
                source, *namnd,
                Storage::PersonnelFigure{0, unit, *year, month.value_or(0), *Storage::personnelMeasureFromCode(*measure),
                                         *value, row.line()}});
        return;
    }
    case FileKind::StatusOverrides: {
        auto namnd = namndOf(row);
        auto code = row.required("indikator");
        auto year = row.year("år");
        std::optional<int> month;
        row.month("månad", false, month);
        // Every status but saknas (a missing value is a fact, not a judgement).
        constexpr std::array<Core::IndicatorStatus, 4> overridable = {
            Core::IndicatorStatus::Met, Core::IndicatorStatus::PartlyMet, Core::IndicatorStatus::NotMet,
            Core::IndicatorStatus::NoTarget};
        auto status = codeOf(row, "status", overridable, Core::statusLabel);
        auto reason = row.required("orsak");
        if (row.ok())
            batch.statusOverrides.push_back(Storage::StatusOverrideRow{
                source, *namnd, *code, Storage::StatusOverride{0, *year, month, *status, *reason, {}, {}}});
        return;
    }
    case FileKind::Comments: {
        auto namnd = namndOf(row);
        auto path = row.path("verksamhet");
        auto year = row.year("år");
        std::optional<int> month;
        row.month("månad", true, month);
        auto text = row.required("text");
        if (row.ok())
            batch.comments.push_back(Storage::CommentRow{source, *namnd, *path,
                                                         Storage::Comment{0, *year, *month, *text}});
        return;
    }
    }
}

} // namespace Tertial::Io
