// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <cstdlib>

namespace Tertial::Platform {

std::optional<Language> parseLanguage(std::string_view code)
{
    if (code.starts_with("sv"))
        return Language::Swedish;
    if (code.starts_with("en"))
        return Language::English;
    return std::nullopt;
}

Language languageFromEnvironment()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char *value = std::getenv(name);
        if (value && *value)
            return parseLanguage(value).value_or(Language::Swedish);
    }
    return Language::Swedish;
}

std::string_view code(Language language)
{
    return language == Language::English ? "en" : "sv";
}

} // namespace Tertial::Platform
