// SPDX-License-Identifier: GPL-3.0-or-later
// The Ekonomi tab's tree: the core's economic table as a Qt item model, edits through the document.
#pragma once

#include "core/economictable.h"
#include "core/error.h"
#include "core/unit.h"
#include "storage/records.h"

#include <QAbstractItemModel>

#include <optional>
#include <vector>

namespace Tertial::Models {

class Document;
struct FigureConflict;

class EconomicTableModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Column {
        Name,
        ActualIncome,      // utfall intäkter (entered)
        ActualCost,        // utfall kostnader (entered)
        ActualNet,         // utfall netto (entered when no split, else derived)
        BudgetPeriod,      // periodens budget (entered or periodised)
        BudgetDeviation,   // budgetavvikelse
        DeviationPercent,  // avvikelse %
        BudgetYear,        // budget helår (entered)
        Forecast,          // prognos (entered)
        ForecastDeviation, // prognosavvikelse
        PreviousYear,      // föregående år
        Change,            // förändring
        Consumption,       // förbrukat %
        ForecastMethod,    // prognosmetod
        Count
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // qint64 öre for amounts, double for ratios, code for the method
        DerivedRole,                     // bool: computed, never typed
        VerksamhetIdRole,                // qint64; 0 for Summa
        NegativeRole,                    // bool: a deviation below zero (shown red)
        ConflictRole,                    // int: the document's conflict at the cell, 0 for none
    };

    explicit EconomicTableModel(Document *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Parses the text (core parseAmount in the display unit) and pushes an undo command; refused
    // input returns false and the document reports what was expected.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The change typing `text` into `index` would make (empty text clears the cell), or the reason
    // it is refused. A number is read in `unit` (default: the display unit); a text starting with
    // '=' is a formula (Core::evaluateFormula). Used by paste and fill-down to build one block.
    Core::Result<Storage::FigureChange> changeFor(const QModelIndex &index, const QString &text,
                                                  std::optional<Core::AmountUnit> unit = std::nullopt) const;
    // The text copying `index` puts on the clipboard: the value as shown (the display unit and
    // its rounding) in a form Excel reads (hyphen-minus, no grouping); names as text.
    QString copyText(const QModelIndex &index) const;
    // The exact value of an amount cell in kronor with its öre ("-6930833,33"), empty when the
    // cell has none (periodens budget: what is entered, so a periodised one is empty); other
    // cells as copyText. A block copied from Tertial carries these, so that
    // it pastes back exactly whatever the rounding on screen.
    QString exactText(const QModelIndex &index) const;
    // A column's title on the clipboard: the header on one line with the unit of its amounts
    // ("Utfall netto (tkr)", "Avvikelse %", "Verksamhet").
    QString copyHeader(int column) const;
    // Whether `text` is a column title as copyHeader writes it, in any unit, or as shown in the
    // header: a block's first line made of these is a header row, not figures.
    bool isHeaderText(const QString &text) const;
    // The text an undo step and the audit log show for a formula typed into `index`.
    QString formulaNote(const QModelIndex &index, const QString &formula) const;
    bool isAmountColumn(int column) const;

    QModelIndex indexOf(Storage::Id verksamhetId, Column column) const; // Summa: id 0
    // The stored figure an editable cell shows; none for derived cells, names and sums.
    std::optional<Storage::FigureKey> cellKey(const QModelIndex &index) const;
    static QString methodLabel(Storage::ForecastMethod method);

private:
    void rebuildShape();
    void onFiguresChanged(const QList<qint64> &ids);
    void emitRowChanged(int position, int firstColumn, int lastColumn);
    const Core::EconomicRow &rowAt(int position) const;
    int positionOf(const QModelIndex &index) const;
    std::optional<Storage::Measure> editableMeasure(int position, Column column) const;
    bool isFlipped(Column column) const;
    QString methodTooltip(int position) const;
    QVariant amountData(std::optional<Core::Money> value, Column column, int role) const;
    QString conflictTooltip(const FigureConflict &conflict, const Storage::FigureKey &key) const;

    Document *m_document;
    // Positions: 0..n-1 the table's rows in tree order, n the total.
    std::vector<int> m_parent;               // -1 for top level
    std::vector<int> m_rowInParent;
    std::vector<std::vector<int>> m_children; // by position
    std::vector<int> m_topLevel;
    std::map<Storage::Id, int> m_positionOf;
};

} // namespace Tertial::Models
