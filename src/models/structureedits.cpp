// SPDX-License-Identifier: GPL-3.0-or-later
// The structure edits on a document.
#include "structureedits.h"

#include "document.h"
#include "structurecommands.h"

#include <QUndoStack>

#include <algorithm>

namespace Tertial::Models {

StructureEdits::StructureEdits(Document *document) : QObject(document), m_document(document) {}

Core::Result<Storage::Namnd> StructureEdits::createNamnd(const std::string &kommun, const std::string &code,
                                                         const std::string &name)
{
    auto created = m_document->store().createNamnd(kommun, code, name);
    if (!created)
        return created;
    m_document->undoStack()->push(new CreateNamndCommand(this, *created));
    emit structureChanged();
    return created;
}

Core::Result<Storage::Verksamhet> StructureEdits::createVerksamhet(const std::string &name, const VerksamhetPlace &place)
{
    if (!m_document->hasSelection())
        return Core::fail(Core::ErrorCode::MissingInput, tr("välj en nämnd och ett år först").toStdString());
    const Storage::Id namndId = m_document->selection().namndId;
    std::optional<Storage::Id> parent;
    int position = 0;
    const std::vector<Storage::Verksamhet> &tree = m_document->verksamheter();
    // The place among the siblings in tree order: before or after the one chosen, last under it.
    auto siblingsOf = [&](std::optional<Storage::Id> of) {
        std::vector<Storage::Id> ids;
        for (const Storage::Verksamhet &v : tree)
            if (v.parentId == of)
                ids.push_back(v.id);
        return ids;
    };
    if (place.relation == VerksamhetPlace::Relation::Top) {
        position = static_cast<int>(siblingsOf(std::nullopt).size());
    } else {
        const Storage::Verksamhet *relative = place.relativeTo ? m_document->verksamhet(*place.relativeTo) : nullptr;
        if (!relative)
            return Core::fail(Core::ErrorCode::MissingInput, tr("välj den verksamhet den nya ska stå vid").toStdString());
        if (place.relation == VerksamhetPlace::Relation::Child) {
            parent = relative->id;
            position = static_cast<int>(siblingsOf(parent).size());
        } else {
            parent = relative->parentId;
            const std::vector<Storage::Id> siblings = siblingsOf(parent);
            const auto at = std::find(siblings.begin(), siblings.end(), relative->id) - siblings.begin();
            position = static_cast<int>(at) + (place.relation == VerksamhetPlace::Relation::After ? 1 : 0);
        }
    }
    auto created = m_document->store().createVerksamhet(namndId, parent, name, position);
    if (!created)
        return created;
    m_document->undoStack()->push(new CreateVerksamhetCommand(this, *created, position));
    treeChanged();
    return created;
}

Core::Result<void> StructureEdits::addYear(Storage::Id namndId, int year, bool copyForecastMethods)
{
    auto copied = m_document->store().addYear(namndId, year, copyForecastMethods);
    if (!copied)
        return std::unexpected(copied.error());
    m_document->undoStack()->push(new AddYearCommand(this, namndId, year, copyForecastMethods, std::move(*copied)));
    emit structureChanged();
    return {};
}

void StructureEdits::treeChanged()
{
    // The same selection read again: the tree, its figures and the views follow (selectionChanged).
    if (m_document->hasSelection())
        if (auto ok = m_document->reload(); !ok)
            m_document->reportError(QString::fromStdString(ok.error().message));
}

} // namespace Tertial::Models
