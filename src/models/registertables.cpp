// SPDX-License-Identifier: GPL-3.0-or-later
// Fills the register tabs from the store; statuses and deviations come from the core.
#include "registertables.h"

#include "amounttext.h"
#include "document.h"
#include "registertablemodel.h"

#include "core/deviation.h"
#include "core/indicatorstatus.h"
#include "core/svformat.h"
#include "core/svparse.h"
#include "core/volumemeasures.h"

#include <cmath>
#include <map>
#include <tuple>

namespace Tertial::Models {

using Core::Money;
using Core::Result;

namespace {

const QColor kMet(0x2e, 0x7d, 0x32);
const QColor kPartly(0xb2, 0x8a, 0x00);
const QColor kNotMet(0xc6, 0x28, 0x28);
const QColor kMissing(0x75, 0x75, 0x75);
const QColor kNegative(0xc0, 0x1c, 0x28);
const QColor kDerived(0x3d, 0x5a, 0x80);

const Core::NumberStyle kScreen{Core::NumberStyle::Minus::Unicode, Core::NumberStyle::Grouping::NoBreakSpace};

RegisterCell textCell(const std::string &text)
{
    const QString shown = QString::fromStdString(text);
    return RegisterCell{shown, shown, {}, shown.size() > 40 ? shown : QString(), false};
}

RegisterCell numberCell(std::optional<double> value, int decimals)
{
    if (!value)
        return RegisterCell{{}, {}, {}, {}, true};
    return RegisterCell{QString::fromStdString(Core::formatNumber(*value, decimals, kScreen)), *value, {}, {}, true};
}

// Whole numbers without decimals, others with one.
RegisterCell plainCell(std::optional<double> value)
{
    return numberCell(value, value && *value != std::floor(*value) ? 1 : 0);
}

RegisterCell amountCell(std::optional<Money> value, Core::AmountUnit unit, bool redIfNegative = false)
{
    if (!value)
        return RegisterCell{{}, {}, {}, {}, true};
    RegisterCell cell{displayAmount(*value, unit), static_cast<qlonglong>(value->ore()), {}, {}, true};
    if (redIfNegative && value->isNegative())
        cell.foreground = kNegative;
    return cell;
}

// The latest month up to `month` for which `items` has rows.
template<typename T>
std::vector<T> latestUpTo(std::vector<T> items, int month)
{
    int best = 0;
    for (const T &item : items)
        if (item.month <= month && item.month > best)
            best = item.month;
    std::erase_if(items, [best](const T &item) { return item.month != best; });
    return items;
}

std::optional<Core::TargetKind> targetKind(const std::string &code)
{
    if (code == "minst") return Core::TargetKind::AtLeast;
    if (code == "högst") return Core::TargetKind::AtMost;
    if (code == "nivå") return Core::TargetKind::Level;
    if (code == "öka") return Core::TargetKind::Increase;
    if (code == "minska") return Core::TargetKind::Decrease;
    return std::nullopt;
}

} // namespace

Result<void> RegisterTables::fillVolumes(Document &document, RegisterTableModel &model)
{
    auto volumes = document.store().volumes(document.selection().namndId, document.selection().year);
    if (!volumes)
        return std::unexpected(volumes.error());
    // One series per verksamhet, insatstyp and mått; the months as columns.
    // A value may cover several months ending at its month (a tertial): shown in that month's
    // column, the span in the tooltip.
    std::map<std::tuple<std::string, std::string, std::string>, std::map<int, std::pair<double, int>>> series;
    for (const Storage::Volume &v : *volumes) {
        const Storage::Verksamhet *verksamhet = document.verksamhet(v.verksamhetId);
        series[{verksamhet ? verksamhet->path : std::string(), v.serviceType, v.measure}][v.month] = {v.value, v.months};
    }
    QStringList headers{tr("Verksamhet"), tr("Insatstyp"), tr("Mått")};
    static const char *const months[] = {QT_TR_NOOP("Jan"), QT_TR_NOOP("Feb"), QT_TR_NOOP("Mar"), QT_TR_NOOP("Apr"),
                                         QT_TR_NOOP("Maj"), QT_TR_NOOP("Jun"), QT_TR_NOOP("Jul"), QT_TR_NOOP("Aug"),
                                         QT_TR_NOOP("Sep"), QT_TR_NOOP("Okt"), QT_TR_NOOP("Nov"), QT_TR_NOOP("Dec")};
    for (const char *month : months)
        headers << tr(month);
    std::vector<RegisterRow> rows;
    for (const auto &[key, values] : series) {
        RegisterRow row{textCell(std::get<0>(key)), textCell(std::get<1>(key)), textCell(std::get<2>(key))};
        for (int month = 1; month <= 12; ++month) {
            auto it = values.find(month);
            if (it == values.end()) {
                row.push_back(RegisterCell{{}, {}, {}, {}, true});
                continue;
            }
            RegisterCell cell = plainCell(it->second.first);
            if (it->second.second > 1)
                cell.toolTip = tr("Avser %1 månader t.o.m. denna").arg(it->second.second);
            row.push_back(cell);
        }
        rows.push_back(std::move(row));
        // Derived by the core under each dygn series: personer snitt per dygn of each month.
        if (std::get<2>(key) == "dygn") {
            RegisterRow derived{textCell(std::get<0>(key)), textCell(std::get<1>(key)),
                                RegisterCell{tr("personer snitt per dygn"), {}, kDerived, tr("dygn / dagar i månaden"), false}};
            for (int month = 1; month <= 12; ++month) {
                auto it = values.find(month);
                std::optional<double> persons;
                if (it != values.end())
                    if (auto average = Core::averagePersonsPerDay(it->second.first, document.selection().year,
                                                                  month - it->second.second + 1, month))
                        persons = *average;
                RegisterCell cell = numberCell(persons, 1);
                cell.foreground = kDerived;
                derived.push_back(cell);
            }
            rows.push_back(std::move(derived));
        }
    }
    model.setContent(headers, std::move(rows));
    return {};
}

Result<void> RegisterTables::fillIndicators(Document &document, RegisterTableModel &model)
{
    auto indicators = document.store().indicators(document.selection().namndId);
    if (!indicators)
        return std::unexpected(indicators.error());
    const int year = document.selection().year;
    const QStringList headers{tr("Målområde"), tr("Indikator"), tr("Enhet"), tr("Målsort"), tr("Tolerans"),
                              tr("Målvärde %1").arg(year), tr("Utfall %1").arg(year),
                              tr("Utfall %1").arg(year - 1), tr("Status")};
    std::vector<RegisterRow> rows;
    for (const Storage::Indicator &indicator : *indicators) {
        auto values = document.store().indicatorValues(indicator.id);
        if (!values)
            return std::unexpected(values.error());
        std::optional<double> actual, target, previous;
        for (const Storage::IndicatorValue &v : *values) {
            if (v.month)
                continue; // the yearly values
            if (v.year == year) {
                actual = v.actual;
                target = v.target;
            } else if (v.year == year - 1) {
                previous = v.actual;
            }
        }
        RegisterCell status;
        const auto kind = targetKind(indicator.targetKind);
        const bool needsTarget = kind && *kind != Core::TargetKind::Increase && *kind != Core::TargetKind::Decrease;
        if (!kind || (needsTarget && !target)) {
            status = RegisterCell{QStringLiteral("○ ") + tr("inget mål"), {}, kMissing, {}, false};
        } else {
            Core::IndicatorTarget t;
            t.kind = *kind;
            t.value = target.value_or(0.0);
            if (*kind == Core::TargetKind::Level)
                t.levelTolerance = indicator.tolerance.value_or(0.0);
            else
                t.partialShare = indicator.tolerance;
            auto result = Core::indicatorStatus(t, actual, previous);
            if (!result) {
                status = RegisterCell{tr("fel"), {}, kNotMet, QString::fromStdString(result.error().message), false};
            } else {
                const QString label = QString::fromUtf8(Core::statusLabel(*result).data());
                switch (*result) {
                case Core::IndicatorStatus::Met: status = {QStringLiteral("● ") + tr("uppnått"), label, kMet, {}, false}; break;
                case Core::IndicatorStatus::PartlyMet:
                    status = {QStringLiteral("◆ ") + tr("delvis uppnått"), label, kPartly, {}, false};
                    break;
                case Core::IndicatorStatus::NotMet:
                    status = {QStringLiteral("■ ") + tr("ej uppnått"), label, kNotMet, {}, false};
                    break;
                case Core::IndicatorStatus::Missing:
                    status = {QStringLiteral("○ ") + tr("saknas"), label, kMissing, {}, false};
                    break;
                }
            }
        }
        RegisterCell tolerance = numberCell(indicator.tolerance, 2);
        tolerance.raw = indicator.tolerance ? QVariant(QString::fromStdString(Core::formatNumber(*indicator.tolerance, 2, kScreen)))
                                            : QVariant(QString());
        tolerance.toolTip = tr("Delvis uppnått-gränsen: en andel av målet (0,8 = 80 %), för nivå ± i indikatorns enhet; "
                               "tomt = nämndens standard");
        RegisterRow row{textCell(indicator.area), textCell(indicator.name), textCell(indicator.unit),
                        textCell(indicator.targetKind), tolerance, plainCell(target), plainCell(actual),
                        plainCell(previous), status};
        row[1].toolTip = QString::fromStdString(indicator.code + " · " + indicator.source);
        row[3].editable = true;
        row[3].toolTip = tr("minst, högst, nivå, öka eller minska");
        row[4].editable = true;
        rows.push_back(std::move(row));
    }
    // Målsort and tolerans are edited in place: validated here, written by the document as one
    // undo step with its audit row.
    auto onEdit = [&document, definitions = *indicators](int row, int column, const QString &text) {
        Storage::Indicator changed = definitions[static_cast<std::size_t>(row)];
        const std::string typed = text.trimmed().toStdString();
        if (column == 3) {
            if (!targetKind(typed)) {
                document.reportError(tr("%1: målsort \"%2\" (väntade minst, högst, nivå, öka eller minska)")
                                         .arg(QString::fromStdString(changed.name), text));
                return false;
            }
            changed.targetKind = typed;
        } else {
            if (typed.empty()) {
                changed.tolerance = std::nullopt;
            } else {
                auto value = Core::parseNumber(typed);
                if (!value) {
                    document.reportError(tr("%1: tolerans: %2 (väntade ett tal, till exempel 0,8)")
                                             .arg(QString::fromStdString(changed.name),
                                                  QString::fromStdString(value.error().message)));
                    return false;
                }
                changed.tolerance = *value;
            }
        }
        if (auto ok = document.editIndicator(changed); !ok) {
            document.reportError(QString::fromStdString(ok.error().message));
            return false;
        }
        return true;
    };
    model.setContent(headers, std::move(rows), onEdit);
    return {};
}

Result<void> RegisterTables::fillActions(Document &document, RegisterTableModel &model)
{
    auto items = document.store().actionItems(document.selection().namndId, document.selection().year);
    if (!items)
        return std::unexpected(items.error());
    std::vector<RegisterRow> rows;
    for (const Storage::ActionItem &item : latestUpTo(std::move(*items), document.month()))
        rows.push_back({textCell(item.goal), textCell(item.action), textCell(item.status), textCell(item.comment)});
    model.setContent({tr("Mål"), tr("Åtgärd"), tr("Status"), tr("Kommentar")}, std::move(rows));
    return {};
}

Result<void> RegisterTables::fillInvestments(Document &document, RegisterTableModel &model)
{
    auto items = document.store().investments(document.selection().namndId, document.selection().year);
    if (!items)
        return std::unexpected(items.error());
    const Core::AmountUnit unit = document.display().unit;
    std::vector<RegisterRow> rows;
    for (const Storage::Investment &item : latestUpTo(std::move(*items), document.month()))
        rows.push_back({textCell(item.project), amountCell(item.budget, unit), amountCell(item.forecast, unit),
                        amountCell(Core::forecastDeviation(item.forecast, item.budget), unit, true),
                        amountCell(item.budgetPeriod, unit), amountCell(item.actual, unit)});
    model.setContent({tr("Projekt"), tr("Budget helår"), tr("Prognos"), tr("Avvikelse"), tr("Periodens budget"),
                      tr("Utfall")},
                     std::move(rows));
    return {};
}

Result<void> RegisterTables::fillStateGrants(Document &document, RegisterTableModel &model)
{
    auto items = document.store().stateGrants(document.selection().namndId, document.selection().year);
    if (!items)
        return std::unexpected(items.error());
    const Core::AmountUnit unit = document.display().unit;
    std::vector<RegisterRow> rows;
    for (const Storage::StateGrant &item : latestUpTo(std::move(*items), document.month()))
        rows.push_back({textCell(item.name), amountCell(item.grant, unit), amountCell(item.received, unit),
                        amountCell(item.cost, unit), amountCell(item.inBudget, unit), amountCell(item.inForecast, unit)});
    model.setContent({tr("Statsbidrag"), tr("Bidrag"), tr("Erhållet"), tr("Kostnad"), tr("Inräknat i budget"),
                      tr("Inräknat i prognos")},
                     std::move(rows));
    return {};
}

} // namespace Tertial::Models
