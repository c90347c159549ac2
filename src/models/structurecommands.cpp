// SPDX-License-Identifier: GPL-3.0-or-later
// Undo steps for a new nämnd, verksamhet and year.
#include "structurecommands.h"

#include "document.h"
#include "structureedits.h"

#include <QCoreApplication>

#include <utility>

namespace Tertial::Models {

namespace {

// A step that cannot be taken (a locked period since, data added under it): said, and dropped.
void refused(StructureEdits *edits, QUndoCommand *command, const Core::Error &error)
{
    edits->document()->reportError(QString::fromStdString(error.message));
    command->setObsolete(true);
}

} // namespace

CreateNamndCommand::CreateNamndCommand(StructureEdits *edits, Storage::Namnd namnd)
    : QUndoCommand(QCoreApplication::translate("Tertial::Models::StructureEdits", "Ny nämnd %1")
                       .arg(QString::fromStdString(namnd.name))),
      m_edits(edits), m_namnd(std::move(namnd))
{
}

void CreateNamndCommand::undo()
{
    if (auto ok = m_edits->document()->store().removeNamnd(m_namnd.id); !ok)
        return refused(m_edits, this, ok.error());
    m_edits->namnderChanged();
}

void CreateNamndCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;
    if (auto ok = m_edits->document()->store().createNamnd(m_namnd.kommun, m_namnd.code, m_namnd.name, m_namnd.id); !ok)
        return refused(m_edits, this, ok.error());
    m_edits->namnderChanged();
}

CreateVerksamhetCommand::CreateVerksamhetCommand(StructureEdits *edits, Storage::Verksamhet verksamhet, int position)
    : QUndoCommand(QCoreApplication::translate("Tertial::Models::StructureEdits", "Ny verksamhet %1")
                       .arg(QString::fromStdString(verksamhet.name))),
      m_edits(edits), m_verksamhet(std::move(verksamhet)), m_position(position)
{
}

void CreateVerksamhetCommand::undo()
{
    if (auto ok = m_edits->document()->store().removeVerksamhet(m_verksamhet.id); !ok)
        return refused(m_edits, this, ok.error());
    m_edits->treeChanged();
}

void CreateVerksamhetCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;
    if (auto ok = m_edits->document()->store().createVerksamhet(m_verksamhet.namndId, m_verksamhet.parentId,
                                                                m_verksamhet.name, m_position, m_verksamhet.id);
        !ok)
        return refused(m_edits, this, ok.error());
    m_edits->treeChanged();
}

AddYearCommand::AddYearCommand(StructureEdits *edits, Storage::Id namndId, int year, bool copyForecastMethods,
                               std::vector<Storage::ForecastChoice> copied)
    : QUndoCommand(QCoreApplication::translate("Tertial::Models::StructureEdits", "Nytt år %1").arg(year)),
      m_edits(edits), m_namndId(namndId), m_year(year), m_copy(copyForecastMethods), m_copied(std::move(copied))
{
}

void AddYearCommand::undo()
{
    if (auto ok = m_edits->document()->store().removeYear(m_namndId, m_year, m_copied); !ok)
        return refused(m_edits, this, ok.error());
    m_edits->namnderChanged();
}

void AddYearCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;
    auto copied = m_edits->document()->store().addYear(m_namndId, m_year, m_copy);
    if (!copied)
        return refused(m_edits, this, copied.error());
    m_copied = std::move(*copied);
    m_edits->namnderChanged();
}

} // namespace Tertial::Models
