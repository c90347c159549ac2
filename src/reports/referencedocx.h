// SPDX-License-Identifier: GPL-3.0-or-later
// A kommun's reference DOCX (as pandoc's reference-doc): the drafts take its styles and its page
// size and margins; the styles a draft uses that it lacks are added from Tertial's plain ones.
#pragma once

#include "core/error.h"

#include <string>

namespace Tertial::Reports {

struct ReferenceDocx final
{
    std::string stylesXml; // word/styles.xml as the kommun's Word wrote it
    std::string pageSize;  // its <w:pgSz .../> element, empty: A4
    std::string margins;   // its <w:pgMar .../> element, empty: Tertial's
};

// Reads word/styles.xml and the last section's page size and margins from a DOCX's bytes.
// `name` is for messages.
Core::Result<ReferenceDocx> readReferenceDocx(const std::string &bytes, const std::string &name);

// The reference's styles with every <w:style> of `ownStylesXml` whose styleId it lacks appended,
// so each paragraph and table style the document names exists.
std::string mergedStyles(const std::string &referenceStylesXml, const std::string &ownStylesXml);

} // namespace Tertial::Reports
