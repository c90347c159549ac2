// SPDX-License-Identifier: GPL-3.0-or-later
// Undo steps for the structure edits: each redo writes (with the id it had), each undo removes.
#pragma once

#include "storage/records.h"

#include <QUndoCommand>

#include <string>
#include <vector>

namespace Tertial::Models {

class StructureEdits;

// Ny nämnd
class CreateNamndCommand final : public QUndoCommand
{
public:
    // Already written (`namnd` carries its id); the first redo() does nothing.
    CreateNamndCommand(StructureEdits *edits, Storage::Namnd namnd);
    void undo() override;
    void redo() override;

private:
    StructureEdits *m_edits;
    Storage::Namnd m_namnd;
    bool m_applied = true;
};

// Ny verksamhet
class CreateVerksamhetCommand final : public QUndoCommand
{
public:
    CreateVerksamhetCommand(StructureEdits *edits, Storage::Verksamhet verksamhet, int position);
    void undo() override;
    void redo() override;

private:
    StructureEdits *m_edits;
    Storage::Verksamhet m_verksamhet;
    int m_position;
    bool m_applied = true;
};

// Nytt år
class AddYearCommand final : public QUndoCommand
{
public:
    AddYearCommand(StructureEdits *edits, Storage::Id namndId, int year, bool copyForecastMethods,
                   std::vector<Storage::ForecastChoice> copied);
    void undo() override;
    void redo() override;

private:
    StructureEdits *m_edits;
    Storage::Id m_namndId;
    int m_year;
    bool m_copy;
    std::vector<Storage::ForecastChoice> m_copied;
    bool m_applied = true;
};

} // namespace Tertial::Models
