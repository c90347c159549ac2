// SPDX-License-Identifier: GPL-3.0-or-later
// The command line of tertial-cli: a verb, positional arguments and --name value options.
#pragma once

#include "core/error.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace Tertial::Cli {

struct Arguments final
{
    std::string verb;
    std::vector<std::string> positional;
    std::map<std::string, std::string> options; // "--kommun" -> "0182"
    std::set<std::string> flags;                // "--csv", "--help"

    // `valueOptions` take a value; `flagOptions` don't; anything else is an error.
    static Core::Result<Arguments> parse(const std::vector<std::string> &args,
                                         const std::set<std::string> &valueOptions,
                                         const std::set<std::string> &flagOptions);

    bool has(const std::string &flag) const { return flags.contains(flag); }
    std::optional<std::string> option(const std::string &name) const;
    Core::Result<std::string> required(const std::string &name) const;
    // An integer option within [low, high].
    Core::Result<int> integer(const std::string &name, int low, int high) const;
};

} // namespace Tertial::Cli
