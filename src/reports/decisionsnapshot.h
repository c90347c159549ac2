// SPDX-License-Identifier: GPL-3.0-or-later
// The snapshot of a decided report: everything its draft drew on, as one canonical text.
#pragma once

#include "reportdata.h"

#include "core/error.h"

#include <string>
#include <vector>

namespace Tertial::Reports {

// A file of the snapshot: its kind's name (docs/formats.md) and bytes.
struct SnapshotFile final
{
    std::string kind;  // "sifferfil", "personal", ..., or "mall" / "mallfil"
    std::string name;  // a template file's name ("template.json", "logo.png"); empty for data
    std::string bytes;
};

struct DecisionSnapshot final
{
    ReportRequest request;             // kommun, nämnd, year, month, kind, diarienummer
    std::string decidedOn;             // beslutsdatum YYYY-MM-DD
    std::vector<SnapshotFile> data;    // the nämnd's data in the file formats, import order
    std::vector<SnapshotFile> templateFiles; // the template folder's files the draft used
    std::vector<int> headingPages;     // the table of contents' page numbers (empty: none)
};

// The canonical text: a header of key lines, then each file as "--- <kind> <name> <bytes>\n" and
// exactly that many bytes (binary template files in base64), so no content can end a section.
// The same snapshot always gives the same text; its SHA-256 is the decision's content hash.
std::string snapshotText(const DecisionSnapshot &snapshot);

// The snapshot back from its text; an error names the line that does not follow the format.
Core::Result<DecisionSnapshot> parseSnapshot(const std::string &text);

} // namespace Tertial::Reports
