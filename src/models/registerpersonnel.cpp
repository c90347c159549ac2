// SPDX-License-Identifier: GPL-3.0-or-later
// The Personal tab: the personnel register of the selected year and the two before it (the years a
// report's personnel tables compare), in the register's order, each cell editable.
#include "registertables.h"

#include "document.h"
#include "registercells.h"
#include "registertablemodel.h"

#include <algorithm>

namespace Tertial::Models {

using Core::Result;
using Storage::PersonnelFigure;
using Storage::PersonnelMeasure;
using namespace RegisterCells;

namespace {

QString measureName(PersonnelMeasure measure)
{
    return QString::fromUtf8(Storage::personnelMeasureName(measure).data(),
                             static_cast<qsizetype>(Storage::personnelMeasureName(measure).size()));
}

// A typed mått: its name as shown ("Sjukfrånvaro dag 15–90") or its code ("sjukfranvaro_15_90").
std::optional<PersonnelMeasure> typedMeasure(const QString &text)
{
    const QString typed = text.trimmed();
    for (PersonnelMeasure measure : Storage::allPersonnelMeasures) {
        const QString code = QString::fromLatin1(Storage::personnelMeasureCode(measure).data(),
                                                 static_cast<qsizetype>(Storage::personnelMeasureCode(measure).size()));
        if (typed.compare(measureName(measure), Qt::CaseInsensitive) == 0 || typed.compare(code, Qt::CaseInsensitive) == 0)
            return measure;
    }
    return std::nullopt;
}

QStringList measureNames()
{
    QStringList names;
    for (PersonnelMeasure measure : Storage::allPersonnelMeasures)
        names << measureName(measure);
    return names;
}

} // namespace

Result<void> RegisterTables::fillPersonnel(Document &document, RegisterTableModel &model)
{
    auto stored = document.store().personnel(document.selection().namndId);
    if (!stored)
        return std::unexpected(stored.error());
    const int year = document.selection().year;
    std::vector<PersonnelFigure> all = std::move(*stored);
    int nextOrder = 1;
    for (const PersonnelFigure &figure : all)
        nextOrder = std::max(nextOrder, figure.order + 1);
    std::erase_if(all, [year](const PersonnelFigure &f) { return f.year > year || f.year < year - 2; });

    const QStringList headers{tr("Organisationsenhet"), tr("År"), tr("Månad"), tr("Mått"), tr("Värde")};
    std::vector<RegisterRow> rows;
    for (const PersonnelFigure &figure : all) {
        RegisterCell unit = textCell(figure.unit.empty() ? tr("Hela nämnden").toStdString() : figure.unit, true);
        unit.editText = QString::fromStdString(figure.unit);
        unit.toolTip = tr("Tom: hela nämnden");
        RegisterCell yearCell = numberCell(figure.year, 0);
        yearCell.editable = true;
        RegisterCell month = figure.month == 0 ? textCell(tr("helår").toStdString(), true) : numberCell(figure.month, 0);
        month.editable = true;
        month.toolTip = tr("1–12, eller tomt för hela årets värde");
        RegisterCell measure = textCell(measureName(figure.measure).toStdString(), true);
        measure.toolTip = measureNames().join(QStringLiteral(", "));
        RegisterCell value = plainCell(figure.value);
        if (Storage::isPercentMeasure(figure.measure))
            value.text += QStringLiteral("\u00A0%");
        value.editable = true;
        rows.push_back({unit, yearCell, month, measure, value});
    }

    RegisterActions actions;
    actions.edit = [&document, all](int row, int column, const QString &text) {
        const PersonnelFigure &before = all[static_cast<std::size_t>(row)];
        PersonnelFigure after = before;
        switch (column) {
        case 0: after.unit = text.trimmed() == tr("Hela nämnden") ? std::string() : text.trimmed().toStdString(); break;
        case 1: {
            bool ok = false;
            const int typed = text.trimmed().toInt(&ok);
            if (!ok || typed < 2000 || typed > 2100)
                return refuse(document, tr("År: \"%1\" (väntade ett år 2000–2100)").arg(text));
            after.year = typed;
            break;
        }
        case 2: {
            const QString typed = text.trimmed();
            if (typed.isEmpty() || typed.compare(tr("helår"), Qt::CaseInsensitive) == 0) {
                after.month = 0;
                break;
            }
            bool ok = false;
            const int month = typed.toInt(&ok);
            if (!ok || month < 1 || month > 12)
                return refuse(document, tr("Månad: \"%1\" (väntade 1–12, eller tomt för hela året)").arg(text));
            after.month = month;
            break;
        }
        case 3: {
            const auto measure = typedMeasure(text);
            if (!measure)
                return refuse(document, tr("Mått: \"%1\" (väntade %2)").arg(text, measureNames().join(QStringLiteral(", "))));
            after.measure = *measure;
            break;
        }
        case 4: {
            QString typed = text.trimmed();
            if (typed.endsWith(QLatin1Char('%')))
                typed.chop(1);
            auto value = typedNumber(document, tr("Värde"), typed);
            if (!value)
                return false;
            if (!*value)
                return refuse(document, tr("Värde: ange ett tal (ta bort raden om värdet inte finns)"));
            after.value = **value;
            break;
        }
        default: return false;
        }
        if (auto ok = document.editPersonnel({{before, after}}, tr("Ändra personaluppgift")); !ok)
            return refuse(document, ok.error());
        return true;
    };
    const Storage::Id namnd = document.selection().namndId;
    actions.addRow = [&document, all, namnd, year, nextOrder]() {
        // A new row of the selected year's whole nämnd, with the first mått not yet there.
        PersonnelFigure added{namnd, std::string(), year, 0, PersonnelMeasure::Employees, 0, nextOrder};
        for (PersonnelMeasure measure : Storage::allPersonnelMeasures) {
            added.measure = measure;
            const bool taken = std::any_of(all.begin(), all.end(), [&](const PersonnelFigure &f) {
                return f.unit.empty() && f.year == year && f.month == 0 && f.measure == measure;
            });
            if (!taken)
                break;
        }
        if (auto ok = document.editPersonnel({{std::nullopt, added}}, tr("Lägg till personaluppgift")); !ok)
            return refuse(document, ok.error());
        return true;
    };
    actions.removeRow = [&document, all](int row) {
        if (auto ok = document.editPersonnel({{all[static_cast<std::size_t>(row)], std::nullopt}},
                                             tr("Ta bort personaluppgift"));
            !ok)
            return refuse(document, ok.error());
        return true;
    };
    model.setContent(headers, std::move(rows), std::move(actions));
    return {};
}

} // namespace Tertial::Models
