// SPDX-License-Identifier: GPL-3.0-or-later
// Building blocks of the register tabs: cells, colours and parsing of typed text.
#pragma once

#include "registertablemodel.h"

#include "core/error.h"
#include "core/money.h"
#include "core/unit.h"

#include <QCoreApplication>

#include <optional>
#include <string>
#include <vector>

namespace Tertial::Models {

class Document;

namespace RegisterCells {

inline const QColor kMet(0x2e, 0x7d, 0x32);
inline const QColor kPartly(0xb2, 0x8a, 0x00);
inline const QColor kNotMet(0xc6, 0x28, 0x28);
inline const QColor kMissing(0x75, 0x75, 0x75);
inline const QColor kNegative(0xc0, 0x1c, 0x28);
inline const QColor kDerived(0x3d, 0x5a, 0x80);

RegisterCell textCell(const std::string &text, bool editable = false);
RegisterCell numberCell(std::optional<double> value, int decimals);
RegisterCell plainCell(std::optional<double> value); // whole numbers without decimals, others with one
RegisterCell amountCell(std::optional<Core::Money> value, Core::AmountUnit unit, bool redIfNegative = false);
// A value the core derived: read-only and marked so.
RegisterCell derivedCell(RegisterCell cell, const QString &toolTip = {});

// Typed text as an amount in the display unit, or nullopt for an empty cell; a refusal is
// reported through the document (with `what` and what was expected) and gives an error.
Core::Result<std::optional<Core::Money>> typedAmount(Document &document, const QString &what, const QString &text);
Core::Result<std::optional<double>> typedNumber(Document &document, const QString &what, const QString &text);

// Reports a refused edit and returns false, for the handlers' one-line refusals.
bool refuse(Document &document, const QString &message);
// Reports a store error (a locked period, a key that exists) and returns false.
bool refuse(Document &document, const Core::Error &error);

// The latest month up to `month` for which `items` has rows (0 when none).
template<typename T>
int latestMonth(const std::vector<T> &items, int month)
{
    int best = 0;
    for (const T &item : items)
        if (item.month <= month && item.month > best)
            best = item.month;
    return best;
}

} // namespace RegisterCells
} // namespace Tertial::Models
