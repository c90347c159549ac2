// SPDX-License-Identifier: GPL-3.0-or-later
// The one place text becomes XML (DOCX parts) or HTML (the HTML, ODT and PDF drafts).
#pragma once

#include <string>
#include <string_view>

namespace Tertial::Reports {

// `text` (UTF-8) as XML 1.0 character data or a double-quoted attribute value: & < > " escaped;
// what XML 1.0 forbids never gets through, so a comment pasted with control characters still
// gives a document Word and LibreOffice open. U+000B and U+000C (Word's manual line break and page
// break in pasted text) become a space; every other C0 control but TAB, LF and CR, DEL, the C1
// controls and U+FFFE/U+FFFF are dropped; a byte that is not UTF-8 becomes U+FFFD.
std::string xmlEscaped(std::string_view text);

} // namespace Tertial::Reports
