// SPDX-License-Identifier: GPL-3.0-or-later
// The --help text of a verb in the language asked for: the one source of the manual pages.
#pragma once

#include "platform/language.h"

#include <string>

namespace Tertial::Cli {

// The help for `verb` (the overview when empty) in `language`. A verb without an English text
// yet gets the Swedish one; an unknown verb gets an empty string.
std::string helpText(const std::string &verb, Platform::Language language);

// help_en.cpp. The overview, and a verb's text (empty when it has none).
std::string englishOverallHelp();
std::string englishVerbHelp(const std::string &verb);

} // namespace Tertial::Cli
