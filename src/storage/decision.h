// SPDX-License-Identifier: GPL-3.0-or-later
// A decided report version (beslutad version): the snapshot it drew on and the document, kept.
#pragma once

#include "records.h"

#include <string>

namespace Tertial::Storage {

struct Decision final
{
    Id id = 0;              // assigned by the store
    Id namndId = 0;
    int year = 0;
    int month = 0;          // the report runs january..month
    std::string kind;       // manad, tertial, delar, ar (the CLI's --kind)
    std::string dnr;        // diarienummer, unique per nämnd
    std::string decidedOn;  // beslutsdatum, YYYY-MM-DD
    std::string recordedAt; // filled in by the store (UTC)
    std::string recordedBy; // filled in by the store
    std::string templateName;
    std::string program;    // the program that rendered it ("Tertial 0.9")
    std::string contentHash;  // SHA-256 of `snapshot`, hex
    std::string snapshot;     // canonical text of everything the draft drew on
    std::string documentHash; // SHA-256 of `document`, hex
    std::string document;     // the rendered DOCX, bytes
};

} // namespace Tertial::Storage
