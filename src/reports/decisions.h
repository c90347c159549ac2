// SPDX-License-Identifier: GPL-3.0-or-later
// Decided versions of a report: decide (snapshot, document, lock), render again, and what has
// changed since.
#pragma once

#include "decisionsnapshot.h"
#include "renderoptions.h"
#include "reportdocument.h"

#include "storage/decision.h"
#include "storage/store.h"

#include "core/error.h"

#include <optional>
#include <string>
#include <vector>

namespace Tertial::Reports {

// What a draft of `request` draws on now: the nämnd's data of the report year and the two years
// before it (indicator tables compare three years; föregående år is one of them) in the file
// formats of docs/formats.md, and the template folder the kommun's drafts use.
Core::Result<DecisionSnapshot> takeSnapshot(Storage::Store &store, const ReportRequest &request,
                                            const std::string &templateRoot, const std::string &decidedOn);

// The draft of a snapshot: its data imported into a fresh in-memory database, the document built
// and the render options set from the snapshot's template and page numbers. Charts are left to
// the caller (RenderOptions::charts).
struct SnapshotDraft final
{
    ReportDocument document;
    RenderOptions options;
};
Core::Result<SnapshotDraft> draftOfSnapshot(const DecisionSnapshot &snapshot);

// The DOCX bytes of a snapshot (draftOfSnapshot, then rendered with `charts`): the same snapshot
// gives the same bytes, on any machine with the same fonts.
Core::Result<std::string> renderSnapshot(const DecisionSnapshot &snapshot, const ChartImageProvider &charts);

struct DecideRequest final
{
    ReportRequest request;     // request.diarienummer is the decision's dnr
    std::string decidedOn;     // beslutsdatum YYYY-MM-DD
    std::string templateRoot;  // as for a draft: the folder of templates per kommun, or one template file
    bool layOutPages = true;   // page numbers of the table of contents through LibreOffice, when installed
    std::string program = "Tertial";
};

// Takes the snapshot, renders the document from it (so rendering the stored snapshot again gives
// the same bytes by construction), and records both with the period lock in one transaction.
Core::Result<Storage::Decision> decideReport(Storage::Store &store, const DecideRequest &request,
                                             const ChartImageProvider &charts);

// One value that differs between a decision's snapshot and the database now.
struct ValueChange final
{
    std::string file;        // the register, by its file kind ("sifferfil", "personal", ...)
    std::string subject;     // the row: a verksamhet path, a project, an indicator, a unit
    std::string measure;     // the mått or column that changed
    std::string period;      // "2017-10", "2020" (the year's value)
    std::optional<std::string> decided; // as the report's files write it; none = absent then
    std::optional<std::string> current; // none = removed since
    std::string who;         // the last change's author in the audit log (empty: not logged)
    std::string when;        // and its time (UTC)
};

// Every value of the decision's snapshot that is different now, in the order of the snapshot's
// files and rows, then values added since; each with the latest audit row that wrote it after
// the decision.
Core::Result<std::vector<ValueChange>> changesSince(Storage::Store &store, const Storage::Decision &decision);

// Appends "Bilaga: Ändringar sedan beslut" to a draft: a heading, a sentence, and the table of
// changes (or the sentence that there are none).
void appendChangesSince(ReportDocument &document, const Storage::Decision &decision,
                        const std::vector<ValueChange> &changes);

// A value as the appendix and the CLI show it: an amount of a figure or register in kronor
// with thousands grouped ("-92 522 000 kr"), any other value as written.
std::string shownValue(const ValueChange &change, const std::optional<std::string> &value);

} // namespace Tertial::Reports
