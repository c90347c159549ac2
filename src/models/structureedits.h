// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's structure edits: a new nämnd, a verksamhet at its place, a new year. Each is
// written in one store transaction with its audit row and pushed as one undo step.
#pragma once

#include "storage/records.h"

#include "core/error.h"

#include <QObject>

#include <optional>
#include <string>
#include <vector>

namespace Tertial::Models {

class Document;

// Where a new verksamhet goes, relative to an existing one (or at the top of the tree).
struct VerksamhetPlace final
{
    enum class Relation { Before, After, Child, Top }; // före, efter, under (last), överst (last)
    Relation relation = Relation::Top;
    std::optional<Storage::Id> relativeTo; // the verksamhet the relation is to (none for Top)
};

// Runs the edits on a document and tells the views when the nämnder, years or the tree changed.
// One per document, its child (the undo steps point back at it).
class StructureEdits final : public QObject
{
    Q_OBJECT
public:
    explicit StructureEdits(Document *document);

    // Each validates, writes one transaction and pushes one undo step; an error is returned
    // and nothing is pushed.
    Core::Result<Storage::Namnd> createNamnd(const std::string &kommun, const std::string &code, const std::string &name);
    // Under the selected nämnd; the document's tree is reloaded.
    Core::Result<Storage::Verksamhet> createVerksamhet(const std::string &name, const VerksamhetPlace &place);
    // The year for `namndId`; with copyForecastMethods the methods of the year before.
    Core::Result<void> addYear(Storage::Id namndId, int year, bool copyForecastMethods);

    // For the undo steps: reload what shows the structure.
    void treeChanged();
    void namnderChanged() { emit structureChanged(); }
    Document *document() const { return m_document; }

signals:
    // Nämnder or years were added or taken back: the navigator reloads.
    void structureChanged();

private:
    Document *m_document;
};

} // namespace Tertial::Models
