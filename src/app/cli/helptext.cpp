// SPDX-License-Identifier: GPL-3.0-or-later
#include "helptext.h"

#include "decisioncommand.h"
#include "help.h"
#include "reportcommand.h"

namespace Tertial::Cli {

std::string helpText(const std::string &verb, Platform::Language language)
{
    if (language == Platform::Language::English) {
        std::string english = verb.empty() ? englishOverallHelp() : englishVerbHelp(verb);
        if (!english.empty())
            return english;
    }
    if (verb.empty())
        return overallHelp();
    if (verb == "report")
        return reportHelp();
    if (verb == "decide")
        return decideHelp();
    if (verb == "diff")
        return diffHelp();
    if (verb == "beslut")
        return decisionsHelp();
    return verbHelp(verb);
}

} // namespace Tertial::Cli
