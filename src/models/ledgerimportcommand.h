// SPDX-License-Identifier: GPL-3.0-or-later
// A ledger import as one undo step: redo writes the import, undo imports back what it replaced
// (the monthly amounts of the periods it covered and the kommun's previous mappings).
#pragma once

#include "storage/ledger.h"

#include "core/error.h"

#include <QUndoCommand>

namespace Tertial::Models {

class Document;

class LedgerImportCommand final : public QUndoCommand
{
public:
    // Reads what `import` will replace from the store; apply with Document::pushLedgerImport.
    static Core::Result<LedgerImportCommand *> create(Document &document, Storage::LedgerImport import,
                                                      std::string reason);
    void redo() override;
    void undo() override;
    const Storage::LedgerSummary &summary() const { return m_summary; }
    const QString &error() const { return m_error; }

private:
    LedgerImportCommand(Document &document, Storage::LedgerImport import, Storage::LedgerImport previous,
                        std::string reason);
    void run(const Storage::LedgerImport &import, const std::string &reason);

    Document &m_document;
    Storage::LedgerImport m_import;
    Storage::LedgerImport m_previous;
    std::string m_reason;
    Storage::LedgerSummary m_summary;
    QString m_error;
};

} // namespace Tertial::Models
