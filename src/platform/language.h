// SPDX-License-Identifier: GPL-3.0-or-later
// The language of help texts and --version: Swedish (the programs' language) or English.
#pragma once

#include <optional>
#include <string_view>

namespace Tertial::Platform {

enum class Language { Swedish, English };

// "sv" or "en" (also "sv_SE.UTF-8", "en_GB"); anything else is nullopt.
std::optional<Language> parseLanguage(std::string_view code);
// The first of LC_ALL, LC_MESSAGES and LANG that is set (POSIX's order) decides: English when
// it starts with "en", else Swedish (also for C and POSIX). On Windows none is usually set, so
// there it is Swedish unless --lang en is given.
Language languageFromEnvironment();
// The ISO 639-1 code: "sv" or "en".
std::string_view code(Language language);

} // namespace Tertial::Platform
