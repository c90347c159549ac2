// SPDX-License-Identifier: GPL-3.0-or-later
// Document: edits of the registers beside the figures and of indicators, each one undo step.
#include "document.h"

#include "setindicatorcommand.h"
#include "setregisterrowscommand.h"
#include "setstatusoverridecommand.h"

#include <QUndoStack>

namespace Tertial::Models {

using Core::ErrorCode;
using Core::Result;
using Storage::Id;

namespace {

// Writes through the store and, once written, pushes the step (whose first redo does nothing).
template<typename T, typename Write>
Result<void> editRows(Document &document, std::vector<Storage::RowChange<T>> changes, const QString &text, Write write)
{
    std::erase_if(changes, [](const Storage::RowChange<T> &c) { return !c.before && !c.after; });
    if (changes.empty())
        return {};
    if (auto ok = write(std::span<const Storage::RowChange<T>>(changes)); !ok)
        return ok;
    document.undoStack()->push(new SetRegisterRowsCommand<T>(&document, std::move(changes), text));
    return {};
}

} // namespace

Result<void> Document::editVolumes(std::vector<Storage::VolumeChange> changes, const QString &text)
{
    return editRows(*this, std::move(changes), text, [this](auto c) { return applyRows(c, {}); });
}

Result<void> Document::editActionItems(std::vector<Storage::ActionItemChange> changes, const QString &text)
{
    return editRows(*this, std::move(changes), text, [this](auto c) { return applyRows(c, {}); });
}

Result<void> Document::editInvestments(std::vector<Storage::InvestmentChange> changes, const QString &text)
{
    return editRows(*this, std::move(changes), text, [this](auto c) { return applyRows(c, {}); });
}

Result<void> Document::editStateGrants(std::vector<Storage::StateGrantChange> changes, const QString &text)
{
    return editRows(*this, std::move(changes), text, [this](auto c) { return applyRows(c, {}); });
}

Result<void> Document::editPersonnel(std::vector<Storage::PersonnelChange> changes, const QString &text)
{
    return editRows(*this, std::move(changes), text, [this](auto c) { return applyRows(c, {}); });
}

Result<void> Document::applyRows(std::span<const Storage::PersonnelChange> changes, const std::string &reason)
{
    if (auto ok = m_store->changePersonnel(changes, reason); !ok)
        return ok;
    return registersWritten(Part::Registers);
}

Result<void> Document::applyRows(std::span<const Storage::VolumeChange> changes, const std::string &reason)
{
    if (auto ok = m_store->changeVolumes(changes, reason); !ok)
        return ok;
    return registersWritten(Part::Volumes);
}

Result<void> Document::applyRows(std::span<const Storage::ActionItemChange> changes, const std::string &reason)
{
    if (auto ok = m_store->changeActionItems(changes, reason); !ok)
        return ok;
    return registersWritten(Part::Registers);
}

Result<void> Document::applyRows(std::span<const Storage::InvestmentChange> changes, const std::string &reason)
{
    if (auto ok = m_store->changeInvestments(changes, reason); !ok)
        return ok;
    return registersWritten(Part::Registers);
}

Result<void> Document::applyRows(std::span<const Storage::StateGrantChange> changes, const std::string &reason)
{
    if (auto ok = m_store->changeStateGrants(changes, reason); !ok)
        return ok;
    return registersWritten(Part::Registers);
}

Result<void> Document::editIndicator(const Storage::Indicator &indicator)
{
    const Storage::Indicator *old = nullptr;
    for (const Storage::Indicator &i : m_inputs.indicators)
        if (i.id == indicator.id)
            old = &i;
    if (!old)
        return Core::fail(ErrorCode::NotFound, tr("indikatorn finns inte").toStdString());
    const Storage::Indicator before = *old;
    if (before.targetKind == indicator.targetKind && before.tolerance == indicator.tolerance)
        return {};
    if (auto ok = applyIndicator(indicator); !ok)
        return ok;
    m_undoStack->push(new SetIndicatorCommand(this, before, indicator));
    return {};
}

Result<void> Document::applyIndicator(const Storage::Indicator &indicator)
{
    if (auto ok = m_store->setIndicator(indicator, {}); !ok)
        return ok;
    if (auto ok = rereadIndicators(); !ok)
        return ok;
    emit indicatorsChanged();
    emit auditLogChanged();
    return {};
}

Result<void> Document::rereadIndicators()
{
    if (auto ok = Analysis::rereadIndicators(*m_store, m_inputs); !ok)
        return ok;
    Analysis::Changes changed;
    changed.indicators = true;
    return rebuild(changed);
}

Result<void> Document::editStatusOverride(Id indicatorId, std::optional<Storage::StatusOverride> override_)
{
    const int year = m_selection.year;
    // The status of the period shown: the month's, or the yearly value's at the year's end.
    const std::optional<int> month = Analysis::overrideMonth(m_month);
    if (override_) {
        if (override_->reason.find_first_not_of(" \t\r\n") == std::string::npos)
            return Core::fail(ErrorCode::MissingInput,
                              tr("skriv varför statusen sätts för hand; utan skäl behålls den beräknade").toStdString());
        override_->indicatorId = indicatorId;
        override_->year = year;
        override_->month = month;
    }
    std::optional<Storage::StatusOverride> before;
    for (const Storage::StatusOverride &o : m_inputs.overrides)
        if (o.indicatorId == indicatorId && o.year == year && o.month == month)
            before = o;
    if (!before && !override_)
        return {};
    if (auto ok = applyStatusOverride(indicatorId, year, month, override_); !ok)
        return ok;
    m_undoStack->push(new SetStatusOverrideCommand(this, indicatorId, year, month, std::move(before),
                                                   std::move(override_)));
    return {};
}

Result<void> Document::applyStatusOverride(Id indicatorId, int year, std::optional<int> month,
                                           const std::optional<Storage::StatusOverride> &override_)
{
    if (auto ok = m_store->setStatusOverride(indicatorId, year, month, override_); !ok)
        return ok;
    if (auto ok = rereadIndicators(); !ok)
        return ok;
    emit indicatorsChanged();
    emit auditLogChanged();
    return {};
}

// After a register write: the part read again into the inputs (the drafts' tables read the
// analysis, the registers and volumes are among its inputs), the analysis rebuilt, the views told.
Result<void> Document::registersWritten(Part part)
{
    const bool volumes = part == Part::Volumes;
    if (auto ok = volumes ? Analysis::rereadVolumes(*m_store, m_inputs) : Analysis::rereadRegisters(*m_store, m_inputs); !ok)
        return ok;
    Analysis::Changes changed;
    changed.volumes = volumes;
    changed.registers = !volumes;
    if (auto ok = rebuild(changed); !ok)
        return ok;
    emit registersChanged();
    emit auditLogChanged();
    return {};
}

} // namespace Tertial::Models
