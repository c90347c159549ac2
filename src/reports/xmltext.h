// SPDX-License-Identifier: GPL-3.0-or-later
// Text for the XML the report renderers write (DOCX parts, HTML).
#pragma once

#include <string>
#include <string_view>

namespace Tertial::Reports {

// `text` as XML character data or an attribute value: & < > " escaped; characters XML 1.0 does
// not allow (C0 controls other than tab, newline and carriage return) dropped, so a comment
// pasted from another program never makes a part that Word refuses to open.
std::string xmlEscaped(std::string_view text);

} // namespace Tertial::Reports
