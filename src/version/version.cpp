// SPDX-License-Identifier: GPL-3.0-or-later
// The version compiled in from the header cmake/GitDescribe.cmake writes at build time.
#include "version.h"

#include "versionbuild.h"

namespace Tertial::Version {

std::string_view number()
{
    return TERTIAL_VERSION_NUMBER;
}

std::string_view gitDescribe()
{
    return TERTIAL_GIT_DESCRIBE;
}

std::string_view date()
{
    return TERTIAL_VERSION_DATE;
}

std::string full()
{
    std::string text(number());
    if (!gitDescribe().empty())
        text += " (git " + std::string(gitDescribe()) + ")";
    return text;
}

std::string versionText(std::string_view program, Platform::Language language)
{
    std::string text = std::string(program) + " " + full() + "\n";
    if (language == Platform::Language::English)
        text += "Licence " + std::string(licence) +
                ": GNU General Public License version 3 or later <https://www.gnu.org/licenses/gpl-3.0.html>.\n"
                "This is free software: you are free to change and redistribute it. There is NO WARRANTY.\n";
    else
        text += "Licens " + std::string(licence) +
                ": GNU General Public License version 3 eller senare <https://www.gnu.org/licenses/gpl-3.0.html>.\n"
                "Detta är fri programvara: du får ändra och sprida den vidare. Det finns INGEN GARANTI.\n";
    return text;
}

} // namespace Tertial::Version
