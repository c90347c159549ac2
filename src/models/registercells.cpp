// SPDX-License-Identifier: GPL-3.0-or-later
// Building blocks of the register tabs.
#include "registercells.h"

#include "amounttext.h"
#include "document.h"

#include "core/svformat.h"
#include "core/svparse.h"

#include <cmath>

namespace Tertial::Models::RegisterCells {

namespace {

const Core::NumberStyle kScreen{Core::NumberStyle::Minus::Unicode, Core::NumberStyle::Grouping::NoBreakSpace};

QString unitLabel(Core::AmountUnit unit)
{
    switch (unit) {
    case Core::AmountUnit::Kronor: return QStringLiteral("kr");
    case Core::AmountUnit::Thousands: return QStringLiteral("tkr");
    case Core::AmountUnit::Millions: return QStringLiteral("mnkr");
    }
    return {};
}

} // namespace

RegisterCell textCell(const std::string &text, bool editable)
{
    const QString shown = QString::fromStdString(text);
    RegisterCell cell{shown, shown, {}, shown.size() > 40 ? shown : QString(), false};
    cell.editable = editable;
    return cell;
}

RegisterCell numberCell(std::optional<double> value, int decimals)
{
    if (!value)
        return RegisterCell{{}, {}, {}, {}, true};
    return RegisterCell{QString::fromStdString(Core::formatNumber(*value, decimals, kScreen)), *value, {}, {}, true};
}

RegisterCell plainCell(std::optional<double> value)
{
    return numberCell(value, value && *value != std::floor(*value) ? 1 : 0);
}

RegisterCell amountCell(std::optional<Core::Money> value, Core::AmountUnit unit, bool redIfNegative)
{
    if (!value)
        return RegisterCell{{}, {}, {}, {}, true};
    RegisterCell cell{displayAmount(*value, unit), static_cast<qlonglong>(value->ore()), {}, {}, true};
    cell.editText = editAmount(*value, unit);
    if (redIfNegative && value->isNegative())
        cell.foreground = kNegative;
    return cell;
}

RegisterCell derivedCell(RegisterCell cell, const QString &toolTip)
{
    cell.derived = true;
    cell.editable = false;
    cell.foreground = cell.foreground.isValid() && cell.foreground != kNegative ? cell.foreground : kDerived;
    if (!toolTip.isEmpty())
        cell.toolTip = toolTip;
    return cell;
}

Core::Result<std::optional<Core::Money>> typedAmount(Document &document, const QString &what, const QString &text)
{
    const std::string typed = text.trimmed().toStdString();
    if (typed.empty())
        return std::optional<Core::Money>();
    auto amount = Core::parseAmount(typed, document.display().unit);
    if (!amount) {
        document.reportError(QCoreApplication::translate("Tertial::Models::RegisterTables", "%1: %2 (väntade ett belopp i %3, till exempel −1 234)")
                                 .arg(what, QString::fromStdString(amount.error().message), unitLabel(document.display().unit)));
        return std::unexpected(amount.error());
    }
    return std::optional<Core::Money>(*amount);
}

Core::Result<std::optional<double>> typedNumber(Document &document, const QString &what, const QString &text)
{
    const std::string typed = text.trimmed().toStdString();
    if (typed.empty())
        return std::optional<double>();
    auto value = Core::parseNumber(typed);
    if (!value) {
        document.reportError(QCoreApplication::translate("Tertial::Models::RegisterTables", "%1: %2 (väntade ett tal, till exempel 1 234 eller 12,5)")
                                 .arg(what, QString::fromStdString(value.error().message)));
        return std::unexpected(value.error());
    }
    return std::optional<double>(*value);
}

bool refuse(Document &document, const QString &message)
{
    document.reportError(message);
    return false;
}

bool refuse(Document &document, const Core::Error &error)
{
    return refuse(document, QString::fromStdString(error.message));
}

} // namespace Tertial::Models::RegisterCells
