// SPDX-License-Identifier: GPL-3.0-or-later
// The Volymer and Indikatorer tabs: filled from the store, derived values and statuses from the core.
#include "registertables.h"

#include "registercells.h"
#include "document.h"
#include "registertablemodel.h"

#include "core/indicatorstatus.h"
#include "core/svformat.h"
#include "core/svparse.h"
#include "core/volumemeasures.h"

#include <map>
#include <tuple>

namespace Tertial::Models {

using Core::Money;
using Core::Result;
using namespace RegisterCells;

namespace {

const Core::NumberStyle kScreen{Core::NumberStyle::Minus::Unicode, Core::NumberStyle::Grouping::NoBreakSpace};

constexpr int kVolumeFirstMonthColumn = 3;

// One line of the Volymer tab: a series (its stored months) or a value the core derived from one.
struct VolumeLine
{
    Storage::Id verksamhetId = 0;
    std::string serviceType;
    Core::VolumeMeasure measure = Core::VolumeMeasure::Persons;
    std::map<int, Storage::Volume> months; // empty for a derived line
    bool derived = false;
};

// Status cell text and colour: "● uppnått" etc.
struct StatusLook
{
    QString symbol;
    QString label;
    QColor colour;
};

// By the status, never by a glyph: saknas and inget mål share ○ but not their text.
StatusLook lookOf(Core::IndicatorStatus status)
{
    switch (status) {
    case Core::IndicatorStatus::Met: return {QStringLiteral("●"), RegisterTables::tr("uppnått"), kMet};
    case Core::IndicatorStatus::PartlyMet: return {QStringLiteral("◆"), RegisterTables::tr("delvis uppnått"), kPartly};
    case Core::IndicatorStatus::NotMet: return {QStringLiteral("■"), RegisterTables::tr("ej uppnått"), kNotMet};
    case Core::IndicatorStatus::Missing: return {QStringLiteral("○"), RegisterTables::tr("saknas"), kMissing};
    case Core::IndicatorStatus::NoTarget: break;
    }
    return {QStringLiteral("–"), RegisterTables::tr("inget mål"), kMissing};
}

QString measureText(Core::VolumeMeasure measure)
{
    return QString::fromStdString(std::string(Core::volumeMeasureCode(measure)));
}

} // namespace

std::vector<Core::IndicatorStatus> RegisterTables::statusOverrideChoices()
{
    std::vector<Core::IndicatorStatus> choices;
    for (Core::IndicatorStatus status : Core::kAllIndicatorStatuses)
        if (Core::isOverridableStatus(status))
            choices.push_back(status);
    return choices;
}

QString RegisterTables::statusText(Core::IndicatorStatus status)
{
    const StatusLook look = lookOf(status);
    return look.symbol + QLatin1Char(' ') + look.label;
}

Result<void> RegisterTables::fillVolumes(Document &document, RegisterTableModel &model)
{
    const int year = document.selection().year;
    const int periodMonth = document.month();
    // One series per verksamhet, insatstyp and mått, ordered by the tree; the months as columns.
    // A value may cover several months ending at its month (a tertial): shown in that month's
    // column, the span in the tooltip. Series and derived values as the analysis made them.
    const Analysis::Volumes &volumes = document.analysis().volumeSeries();

    QStringList headers{tr("Verksamhet"), tr("Insatstyp"), tr("Mått")};
    static const char *const months[] = {QT_TR_NOOP("Jan"), QT_TR_NOOP("Feb"), QT_TR_NOOP("Mar"), QT_TR_NOOP("Apr"),
                                         QT_TR_NOOP("Maj"), QT_TR_NOOP("Jun"), QT_TR_NOOP("Jul"), QT_TR_NOOP("Aug"),
                                         QT_TR_NOOP("Sep"), QT_TR_NOOP("Okt"), QT_TR_NOOP("Nov"), QT_TR_NOOP("Dec")};
    for (const char *month : months)
        headers << tr(month);

    std::vector<VolumeLine> lines;
    std::vector<RegisterRow> rows;
    // The verksamhet by its own name, so the months keep their room; the path in the tooltip.
    auto verksamhetCell = [&document](Storage::Id id) {
        const Storage::Verksamhet *v = document.verksamhet(id);
        RegisterCell cell = textCell(v ? v->name : std::string());
        if (v)
            cell.toolTip = QString::fromStdString(v->path);
        return cell;
    };
    // The kostnad per dygn row follows a verksamhet's last dygn series.
    std::map<Storage::Id, std::size_t> lastDaysSeries;
    for (std::size_t i = 0; i < volumes.series.size(); ++i)
        if (volumes.series[i].measure == Core::VolumeMeasure::Days)
            lastDaysSeries[volumes.series[i].verksamhetId] = i;

    for (std::size_t index = 0; index < volumes.series.size(); ++index) {
        const Analysis::VolumeSeries &series = volumes.series[index];
        const Storage::Id id = series.verksamhetId;
        const std::string &type = series.serviceType;
        const Core::VolumeMeasure measure = series.measure;
        const std::map<int, Storage::Volume> &values = series.months;
        RegisterRow row{verksamhetCell(id), textCell(type, true), textCell(std::string(Core::volumeMeasureCode(measure)), true)};
        row[2].toolTip = tr("personer, dygn, timmar, kunder eller placeringar");
        for (int month = 1; month <= 12; ++month) {
            auto it = values.find(month);
            RegisterCell cell = it == values.end() ? RegisterCell{{}, {}, {}, {}, true} : plainCell(it->second.value);
            if (it != values.end()) {
                cell.editText = QString::fromStdString(Core::formatNumber(it->second.value, 6, {Core::NumberStyle::Minus::Hyphen,
                                                                                                Core::NumberStyle::Grouping::None}));
                // Trailing zeros of the six decimals say nothing: "12,500000" -> "12,5".
                while (cell.editText.contains(QLatin1Char(',')) &&
                       (cell.editText.endsWith(QLatin1Char('0')) || cell.editText.endsWith(QLatin1Char(','))))
                    cell.editText.chop(1);
                if (it->second.months > 1)
                    cell.toolTip = tr("Avser %1 månader t.o.m. denna").arg(it->second.months);
            }
            cell.editable = true;
            row.push_back(cell);
        }
        rows.push_back(std::move(row));
        lines.push_back(VolumeLine{id, type, measure, values, false});

        if (measure == Core::VolumeMeasure::Days) {
            RegisterRow persons{verksamhetCell(id), textCell(type),
                                derivedCell(textCell(tr("personer snitt per dygn").toStdString()), tr("dygn / dagar i månaden"))};
            for (int month = 1; month <= 12; ++month) {
                const auto it = series.personsPerDay.find(month);
                persons.push_back(derivedCell(numberCell(it == series.personsPerDay.end() ? std::nullopt
                                                                                          : std::optional(it->second),
                                                         1)));
            }
            persons[0].derived = persons[1].derived = true;
            rows.push_back(std::move(persons));
            lines.push_back(VolumeLine{id, type, measure, {}, true});
        }
        if (lastDaysSeries.contains(id) && lastDaysSeries[id] == index) {
            // kostnad per dygn up to the period: the verksamhet's utfall kostnader (netto when only
            // that is given) over all its dygn so far.
            RegisterRow cost{verksamhetCell(id), derivedCell(textCell(tr("alla insatstyper").toStdString())),
                             derivedCell(textCell(tr("kostnad per dygn").toStdString()),
                                         tr("utfall kostnader t.o.m. perioden / dygn t.o.m. perioden"))};
            const auto unit = volumes.unitCosts.find(id);
            for (int month = 1; month <= 12; ++month) {
                RegisterCell cell = derivedCell(RegisterCell{{}, {}, {}, {}, true});
                if (month == periodMonth && unit != volumes.unitCosts.end() && unit->second.costToPeriod
                    && unit->second.costPerDay) {
                    cell = derivedCell(amountCell(*unit->second.costPerDay, Core::AmountUnit::Kronor));
                    cell.toolTip = tr("%1 kr / %2 dygn t.o.m. %3")
                                       .arg(QString::fromStdString(
                                                Core::formatAmount(*unit->second.costToPeriod, Core::AmountUnit::Kronor, kScreen)),
                                            QString::fromStdString(Core::formatNumber(unit->second.daysToPeriod, 0, kScreen)),
                                            headers[kVolumeFirstMonthColumn + month - 1]);
                }
                cost.push_back(cell);
            }
            cost[0].derived = true;
            rows.push_back(std::move(cost));
            lines.push_back(VolumeLine{id, {}, Core::VolumeMeasure::Days, {}, true});
        }
    }

    RegisterActions actions;
    actions.edit = [&document, lines, year](int row, int column, const QString &text) {
        const VolumeLine &line = lines[static_cast<std::size_t>(row)];
        if (line.derived)
            return refuse(document, tr("härledda värden räknas fram och kan inte skrivas över"));
        const std::string typed = text.trimmed().toStdString();
        std::vector<Storage::VolumeChange> changes;
        if (column == 1 || column == 2) {
            // A new insatstyp or mått renames every month of the series.
            if (typed.empty())
                return refuse(document, tr("%1: insatstyp och mått kan inte vara tomma").arg(QString::fromStdString(line.serviceType)));
            const auto measure = Core::volumeMeasureFromCode(typed);
            if (column == 2 && !measure)
                return refuse(document, tr("%1: mått \"%2\" (väntade personer, dygn, timmar, kunder eller placeringar)")
                                            .arg(QString::fromStdString(line.serviceType), text));
            for (const auto &[month, v] : line.months) {
                Storage::Volume renamed = v;
                if (column == 1)
                    renamed.serviceType = typed;
                else
                    renamed.measure = *measure;
                changes.push_back({v, renamed});
            }
            if (auto ok = document.editVolumes(std::move(changes), tr("Byt namn på volymserie")); !ok)
                return refuse(document, ok.error());
            return true;
        }
        const int month = column - kVolumeFirstMonthColumn + 1;
        const QString what = QString::fromStdString(line.serviceType) + QLatin1Char(' ') + measureText(line.measure) + QLatin1Char(' ') +
                             QString::number(month);
        auto value = typedNumber(document, what, text);
        if (!value)
            return false;
        auto it = line.months.find(month);
        std::optional<Storage::Volume> before = it == line.months.end() ? std::nullopt : std::optional(it->second);
        std::optional<Storage::Volume> after;
        if (*value) {
            after = before.value_or(Storage::Volume{line.verksamhetId, year, month, line.serviceType, line.measure, 0, 1});
            after->value = **value;
        }
        if (before && after && before->value == after->value)
            return true;
        if (auto ok = document.editVolumes({{before, after}}, tr("Ändra volym")); !ok)
            return refuse(document, ok.error());
        return true;
    };
    actions.addRow = [&document, lines, year, periodMonth]() {
        // A new series under the verksamhet of the last series (or the first verksamhet),
        // with a 0 in the period's month that the user then types over.
        Storage::Id id = 0;
        for (const VolumeLine &line : lines)
            id = line.verksamhetId;
        if (id == 0 && !document.verksamheter().empty())
            id = document.verksamheter().front().id;
        if (id == 0)
            return refuse(document, tr("nämnden har inga verksamheter att föra volymer på"));
        std::string name = tr("Ny insatstyp").toStdString();
        for (int n = 2;; ++n) {
            bool taken = false;
            for (const VolumeLine &line : lines)
                taken = taken || (line.verksamhetId == id && line.serviceType == name);
            if (!taken)
                break;
            name = tr("Ny insatstyp %1").arg(n).toStdString();
        }
        Storage::Volume added{id, year, periodMonth, name, Core::VolumeMeasure::Days, 0, 1};
        if (auto ok = document.editVolumes({{std::nullopt, added}}, tr("Lägg till volymserie")); !ok)
            return refuse(document, ok.error());
        return true;
    };
    actions.removeRow = [&document, lines](int row) {
        const VolumeLine &line = lines[static_cast<std::size_t>(row)];
        if (line.derived)
            return refuse(document, tr("härledda rader försvinner med sin volymserie"));
        std::vector<Storage::VolumeChange> changes;
        for (const auto &[month, v] : line.months)
            changes.push_back({v, std::nullopt});
        if (auto ok = document.editVolumes(std::move(changes), tr("Ta bort volymserie")); !ok)
            return refuse(document, ok.error());
        return true;
    };
    model.setContent(headers, std::move(rows), std::move(actions));
    return {};
}

Result<void> RegisterTables::fillIndicators(Document &document, RegisterTableModel &model)
{
    const int year = document.selection().year;
    const QStringList headers{tr("Målområde"), tr("Indikator"), tr("Enhet"), tr("Målsort"), tr("Tolerans"),
                              tr("Målvärde %1").arg(year), tr("Utfall %1").arg(year),
                              tr("Utfall %1").arg(year - 1), tr("Status")};
    std::vector<RegisterRow> rows;
    std::vector<Storage::Indicator> definitions;
    // Values, målvärde and status as of the period, decided once by the analysis (the report and
    // `tertial-cli status` read the same lines).
    for (const Analysis::IndicatorLine &line : document.analysis().indicators()) {
        const Storage::Indicator &indicator = line.indicator;
        definitions.push_back(indicator);
        RegisterCell status;
        if (!line.status) {
            status = RegisterCell{tr("fel"), {}, kNotMet, QString::fromStdString(line.error), false};
        } else {
            const StatusLook look = lookOf(*line.status);
            status = RegisterCell{look.symbol + QLatin1Char(' ') + look.label,
                                  QString::fromStdString(std::string(Core::statusLabel(*line.status))), look.colour, {}, false};
            if (line.override_) {
                // Marked as set by hand; the reason and the computed status in the tooltip.
                const QString computed = line.computed ? statusText(*line.computed)
                                                       : tr("fel: %1").arg(QString::fromStdString(line.computed.error().message));
                status.text = look.symbol + QStringLiteral("✎ ") + look.label + QLatin1Char(' ') + tr("(satt för hand)");
                status.toolTip = tr("Satt för hand av %1 %2: %3\nBeräknad status: %4")
                                     .arg(QString::fromStdString(line.override_->setBy),
                                          QString::fromStdString(line.override_->setAt.substr(0, 10)),
                                          QString::fromStdString(line.override_->reason), computed);
            }
        }
        status.key = QVariant::fromValue(static_cast<qlonglong>(indicator.id));
        RegisterCell tolerance = numberCell(indicator.tolerance, 2);
        tolerance.raw = indicator.tolerance ? QVariant(QString::fromStdString(Core::formatNumber(*indicator.tolerance, 2, kScreen)))
                                            : QVariant(QString());
        tolerance.toolTip = tr("Delvis uppnått-gränsen: en andel av målet (0,8 = 80 %), för nivå ± i indikatorns enhet; "
                               "tomt = nämndens standard");
        RegisterCell actual = plainCell(line.value);
        if (line.value && line.valueMonth)
            actual.toolTip = tr("Värdet för månad %1").arg(*line.valueMonth);
        RegisterRow row{textCell(indicator.area), textCell(indicator.name), textCell(indicator.unit),
                        textCell(std::string(Core::targetKindCode(indicator.targetKind))), tolerance, plainCell(line.target),
                        actual, plainCell(line.previous), status};
        row[0].key = status.key;
        row[1].toolTip = QString::fromStdString(indicator.code + " · " + indicator.source);
        row[3].editable = true;
        row[3].toolTip = tr("minst, högst, nivå, öka eller minska");
        row[4].editable = true;
        rows.push_back(std::move(row));
    }
    // Målsort and tolerans are edited in place: validated here, written by the document as one
    // undo step with its audit row. The status is set by hand through editStatusOverride.
    RegisterActions actions;
    actions.edit = [&document, definitions](int row, int column, const QString &text) {
        Storage::Indicator changed = definitions[static_cast<std::size_t>(row)];
        const std::string typed = text.trimmed().toStdString();
        if (column == 3) {
            const auto kind = Core::targetKindFromCode(typed);
            if (!kind)
                return refuse(document, tr("%1: målsort \"%2\" (väntade minst, högst, nivå, öka eller minska)")
                                            .arg(QString::fromStdString(changed.name), text));
            changed.targetKind = *kind;
        } else {
            auto value = typedNumber(document, tr("%1: tolerans").arg(QString::fromStdString(changed.name)), text);
            if (!value)
                return false;
            changed.tolerance = *value;
        }
        if (auto ok = document.editIndicator(changed); !ok)
            return refuse(document, ok.error());
        return true;
    };
    model.setContent(headers, std::move(rows), std::move(actions));
    return {};
}

} // namespace Tertial::Models
