// SPDX-License-Identifier: GPL-3.0-or-later
// The ledger import's undo step.
#include "ledgerimportcommand.h"

#include "document.h"

#include <QCoreApplication>

namespace Tertial::Models {

Core::Result<LedgerImportCommand *> LedgerImportCommand::create(Document &document, Storage::LedgerImport import,
                                                                std::string reason)
{
    Storage::Store &store = document.store();
    Storage::LedgerImport previous;
    previous.namnd = import.namnd;
    previous.covered = import.covered;
    auto mappings = store.ledgerMappings(import.namnd.kommun);
    if (!mappings)
        return std::unexpected(mappings.error());
    if (import.konton)
        previous.konton = mappings->konton;
    if (import.ansvar)
        previous.ansvar = mappings->ansvar;
    auto namnd = store.findNamnd(import.namnd.kommun, import.namnd.namnd);
    if (!namnd)
        return std::unexpected(namnd.error());
    if (*namnd) {
        auto amounts = store.ledgerAmounts((*namnd)->id, import.covered);
        if (!amounts)
            return std::unexpected(amounts.error());
        previous.amounts = std::move(*amounts);
    }
    return new LedgerImportCommand(document, std::move(import), std::move(previous), std::move(reason));
}

LedgerImportCommand::LedgerImportCommand(Document &document, Storage::LedgerImport import,
                                         Storage::LedgerImport previous, std::string reason)
    : m_document(document), m_import(std::move(import)), m_previous(std::move(previous)), m_reason(std::move(reason))
{
    setText(QCoreApplication::translate("Tertial::Models::LedgerImportCommand", "Import från ekonomisystemet"));
}

void LedgerImportCommand::run(const Storage::LedgerImport &import, const std::string &reason)
{
    auto written = m_document.store().applyLedger(import, reason);
    if (!written) {
        m_error = QString::fromStdString(written.error().message);
        m_document.reportError(m_error);
        setObsolete(true);
        return;
    }
    m_summary = *written;
    m_error.clear();
    (void)m_document.reload(); // a failed reload keeps the old view; the write stands
}

void LedgerImportCommand::redo()
{
    run(m_import, m_reason);
}

void LedgerImportCommand::undo()
{
    run(m_previous, m_reason + " (ångrad)");
}

} // namespace Tertial::Models
