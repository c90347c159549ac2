// SPDX-License-Identifier: GPL-3.0-or-later
// The Åtgärdsplan, Investeringar and Statsbidrag tabs: editable lists of the latest report's rows.
#include "registertables.h"

#include "document.h"
#include "registercells.h"
#include "registertablemodel.h"

#include "core/deviation.h"
#include "core/stategrant.h"

#include <functional>

namespace Tertial::Models {

using Core::Money;
using Core::Result;
using namespace RegisterCells;

namespace {

// One column of a list: its cell, and for an editable column how typed text changes a row
// (false = refused, the document has said why).
template<typename T>
struct ListColumn
{
    QString header;
    std::function<RegisterCell(const T &)> cell;
    std::function<bool(T &, const QString &)> apply; // unset: read-only (derived)
};

// The rows of a register kept per reporting month are those of the latest month up to the
// period (the report the period belongs to). Edits keep a row's month; a new row goes into the
// month shown, or the period's month when nothing is shown yet.
template<typename T>
void fillList(Document &document, RegisterTableModel &model, std::vector<T> all, std::vector<ListColumn<T>> columns,
              std::function<T(int month, int n)> makeNew,
              std::function<Result<void>(std::vector<Storage::RowChange<T>>, const QString &)> edit,
              std::function<bool(const T &, const T &)> sameName, QString noun)
{
    const int shown = latestMonth(all, document.month());
    std::erase_if(all, [shown](const T &item) { return item.month != shown; });
    QStringList headers;
    for (const ListColumn<T> &column : columns)
        headers << column.header;
    std::vector<RegisterRow> rows;
    for (const T &item : all) {
        RegisterRow row;
        for (const ListColumn<T> &column : columns) {
            RegisterCell cell = column.cell(item);
            if (column.apply)
                cell.editable = true;
            else
                cell = derivedCell(cell);
            row.push_back(cell);
        }
        rows.push_back(std::move(row));
    }
    RegisterActions actions;
    actions.edit = [&document, all, columns, edit, noun](int row, int column, const QString &text) {
        const T &before = all[static_cast<std::size_t>(row)];
        T after = before;
        if (!columns[static_cast<std::size_t>(column)].apply(after, text))
            return false;
        if (auto ok = edit({{before, after}}, RegisterTables::tr("Ändra %1").arg(noun)); !ok)
            return refuse(document, ok.error());
        return true;
    };
    const int month = shown > 0 ? shown : document.month();
    actions.addRow = [&document, all, makeNew, edit, sameName, month, noun]() {
        // A placeholder name not in use, typed over afterwards.
        T added = makeNew(month, 1);
        for (int n = 2;; ++n) {
            bool taken = false;
            for (const T &item : all)
                taken = taken || sameName(item, added);
            if (!taken)
                break;
            added = makeNew(month, n);
        }
        if (auto ok = edit({{std::nullopt, added}}, RegisterTables::tr("Lägg till %1").arg(noun)); !ok)
            return refuse(document, ok.error());
        return true;
    };
    actions.removeRow = [&document, all, edit, noun](int row) {
        if (auto ok = edit({{all[static_cast<std::size_t>(row)], std::nullopt}}, RegisterTables::tr("Ta bort %1").arg(noun)); !ok)
            return refuse(document, ok.error());
        return true;
    };
    model.setContent(headers, std::move(rows), std::move(actions));
}

// A name column: trimmed, never empty.
template<typename T>
std::function<bool(T &, const QString &)> nameSetter(Document &document, std::string T::*member, QString label)
{
    return [&document, member, label](T &row, const QString &text) {
        const QString typed = text.trimmed();
        if (typed.isEmpty())
            return refuse(document, RegisterTables::tr("%1 kan inte vara tomt").arg(label));
        row.*member = typed.toStdString();
        return true;
    };
}

// An optional amount column in the display unit.
template<typename T>
std::function<bool(T &, const QString &)> amountSetter(Document &document, std::optional<Money> T::*member, QString label)
{
    return [&document, member, label](T &row, const QString &text) {
        auto amount = typedAmount(document, label, text);
        if (!amount)
            return false;
        row.*member = *amount;
        return true;
    };
}

// "Pågår, Klart, …": the codes as the file format and the reports write them.
QString actionStatusList()
{
    QStringList all;
    for (Core::ActionStatus status : Core::kAllActionStatuses)
        all << QString::fromStdString(std::string(Core::actionStatusCode(status)));
    return all.join(QStringLiteral(", "));
}

} // namespace

Result<void> RegisterTables::fillActions(Document &document, RegisterTableModel &model)
{
    // The rows of the year as the document's inputs hold them (what the store holds).
    std::vector<Storage::ActionItem> items = document.inputs().actions;
    using Storage::ActionItem;
    std::vector<ListColumn<ActionItem>> columns{
        {tr("Mål"), [](const ActionItem &a) { return textCell(a.goal); },
         [&document](ActionItem &a, const QString &text) {
             a.goal = text.trimmed().toStdString(); // a goal may be left empty: the åtgärd names the row
             (void)document;
             return true;
         }},
        {tr("Åtgärd"), [](const ActionItem &a) { return textCell(a.action); },
         nameSetter<ActionItem>(document, &ActionItem::action, tr("Åtgärden"))},
        {tr("Status"),
         [](const ActionItem &a) {
             RegisterCell cell = textCell(std::string(Core::actionStatusCode(a.status)));
             cell.toolTip = actionStatusList();
             return cell;
         },
         [&document](ActionItem &a, const QString &text) {
             for (Core::ActionStatus status : Core::kAllActionStatuses)
                 if (QString::fromStdString(std::string(Core::actionStatusCode(status))).compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
                     a.status = status;
                     return true;
                 }
             return refuse(document, tr("status \"%1\" (väntade %2)").arg(text, actionStatusList()));
         }},
        {tr("Kommentar"), [](const ActionItem &a) { return textCell(a.comment); },
         [](ActionItem &a, const QString &text) {
             a.comment = text.trimmed().toStdString();
             return true;
         }},
    };
    const Storage::Id namnd = document.selection().namndId;
    const int year = document.selection().year;
    fillList<ActionItem>(
        document, model, std::move(items), std::move(columns),
        [namnd, year](int month, int n) {
            return ActionItem{namnd, year, month, std::string(),
                              (n == 1 ? tr("Ny åtgärd") : tr("Ny åtgärd %1").arg(n)).toStdString(), Core::ActionStatus::NotStarted, ""};
        },
        [&document](std::vector<Storage::ActionItemChange> c, const QString &text) {
            return document.editActionItems(std::move(c), text);
        },
        [](const ActionItem &a, const ActionItem &b) { return a.goal == b.goal && a.action == b.action; },
        tr("åtgärd"));
    return {};
}

Result<void> RegisterTables::fillInvestments(Document &document, RegisterTableModel &model)
{
    std::vector<Storage::Investment> items = document.inputs().investments;
    // The avvikelse as the analysis derived it for the row shown (the draft prints the same).
    const Analysis::Registers &registers = document.analysis().registers();
    auto deviationOf = [&registers](const Storage::Investment &i) -> std::optional<Money> {
        for (const Analysis::InvestmentLine &line : registers.investments)
            if (line.item.project == i.project && line.item.month == i.month)
                return line.forecastDeviation;
        return std::nullopt;
    };
    using Storage::Investment;
    const Core::AmountUnit unit = document.display().unit;
    std::vector<ListColumn<Investment>> columns{
        {tr("Projekt"), [](const Investment &i) { return textCell(i.project); },
         nameSetter<Investment>(document, &Investment::project, tr("Projektet"))},
        {tr("Budget helår"), [unit](const Investment &i) { return amountCell(i.budget, unit); },
         amountSetter<Investment>(document, &Investment::budget, tr("Budget helår"))},
        {tr("Prognos"), [unit](const Investment &i) { return amountCell(i.forecast, unit); },
         amountSetter<Investment>(document, &Investment::forecast, tr("Prognos"))},
        {tr("Avvikelse"),
         [unit, deviationOf](const Investment &i) { return amountCell(deviationOf(i), unit, true); }, {}},
        {tr("Periodens budget"), [unit](const Investment &i) { return amountCell(i.budgetPeriod, unit); },
         amountSetter<Investment>(document, &Investment::budgetPeriod, tr("Periodens budget"))},
        {tr("Utfall"), [unit](const Investment &i) { return amountCell(i.actual, unit); },
         amountSetter<Investment>(document, &Investment::actual, tr("Utfall"))},
    };
    const Storage::Id namnd = document.selection().namndId;
    const int year = document.selection().year;
    fillList<Investment>(
        document, model, std::move(items), std::move(columns),
        [namnd, year](int month, int n) {
            return Investment{namnd, year, month, (n == 1 ? tr("Nytt projekt") : tr("Nytt projekt %1").arg(n)).toStdString(),
                              std::nullopt, std::nullopt, std::nullopt, std::nullopt, {}, {}, {}, {}, {}, {}};
        },
        [&document](std::vector<Storage::InvestmentChange> c, const QString &text) {
            return document.editInvestments(std::move(c), text);
        },
        [](const Investment &a, const Investment &b) { return a.project == b.project; }, tr("investering"));
    return {};
}

Result<void> RegisterTables::fillStateGrants(Document &document, RegisterTableModel &model)
{
    std::vector<Storage::StateGrant> items = document.inputs().grants;
    // The netto as the analysis derived it for the row shown (the draft prints the same).
    const Analysis::Registers &registers = document.analysis().registers();
    auto netOf = [&registers](const Storage::StateGrant &g) -> std::optional<Money> {
        for (const Analysis::StateGrantLine &line : registers.grants)
            if (line.grant.name == g.name && line.grant.month == g.month)
                return line.net;
        return std::nullopt;
    };
    using Storage::StateGrant;
    const Core::AmountUnit unit = document.display().unit;
    std::vector<ListColumn<StateGrant>> columns{
        {tr("Statsbidrag"), [](const StateGrant &g) { return textCell(g.name); },
         nameSetter<StateGrant>(document, &StateGrant::name, tr("Statsbidraget"))},
        {tr("Bidrag"), [unit](const StateGrant &g) { return amountCell(g.grant, unit); },
         [&document](StateGrant &g, const QString &text) {
             auto amount = typedAmount(document, tr("Bidrag"), text);
             if (!amount)
                 return false;
             if (!*amount)
                 return refuse(document, tr("Bidrag: ett statsbidrag behöver ett belopp (0 om det inte är känt)"));
             g.grant = **amount;
             return true;
         }},
        {tr("Erhållet"), [unit](const StateGrant &g) { return amountCell(g.received, unit); },
         amountSetter<StateGrant>(document, &StateGrant::received, tr("Erhållet"))},
        {tr("Kostnad"), [unit](const StateGrant &g) { return amountCell(g.cost, unit); },
         amountSetter<StateGrant>(document, &StateGrant::cost, tr("Kostnad"))},
        {tr("Netto"), [unit, netOf](const StateGrant &g) { return amountCell(netOf(g), unit, true); }, {}},
        {tr("Inräknat i budget"), [unit](const StateGrant &g) { return amountCell(g.inBudget, unit); },
         amountSetter<StateGrant>(document, &StateGrant::inBudget, tr("Inräknat i budget"))},
        {tr("Inräknat i prognos"), [unit](const StateGrant &g) { return amountCell(g.inForecast, unit); },
         amountSetter<StateGrant>(document, &StateGrant::inForecast, tr("Inräknat i prognos"))},
    };
    const Storage::Id namnd = document.selection().namndId;
    const int year = document.selection().year;
    fillList<StateGrant>(
        document, model, std::move(items), std::move(columns),
        [namnd, year](int month, int n) {
            return StateGrant{namnd, year, month,
                              (n == 1 ? tr("Nytt statsbidrag") : tr("Nytt statsbidrag %1").arg(n)).toStdString(),
                              Money(), std::nullopt, std::nullopt, std::nullopt, std::nullopt};
        },
        [&document](std::vector<Storage::StateGrantChange> c, const QString &text) {
            return document.editStateGrants(std::move(c), text);
        },
        [](const StateGrant &a, const StateGrant &b) { return a.name == b.name; }, tr("statsbidrag"));
    return {};
}

} // namespace Tertial::Models
