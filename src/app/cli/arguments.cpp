// SPDX-License-Identifier: GPL-3.0-or-later
// Argument parsing for tertial-cli.
#include "arguments.h"

#include <charconv>

namespace Tertial::Cli {

using Core::ErrorCode;
using Core::fail;

Core::Result<Arguments> Arguments::parse(const std::vector<std::string> &args, const std::set<std::string> &valueOptions,
                                         const std::set<std::string> &flagOptions)
{
    Arguments result;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg.starts_with("--")) {
            std::string name = arg;
            std::optional<std::string> value;
            if (const auto eq = arg.find('='); eq != std::string::npos) {
                name = arg.substr(0, eq);
                value = arg.substr(eq + 1);
            }
            if (flagOptions.contains(name) && !value) {
                result.flags.insert(name);
            } else if (valueOptions.contains(name)) {
                if (!value) {
                    if (i + 1 >= args.size())
                        return fail(ErrorCode::InvalidInput, "väljaren " + name + " saknar ett värde");
                    value = args[++i];
                }
                result.options[name] = *value;
            } else {
                return fail(ErrorCode::InvalidInput, "okänd väljare " + name + " (se tertial-cli --help)");
            }
        } else if (result.verb.empty()) {
            result.verb = arg;
        } else {
            result.positional.push_back(arg);
        }
    }
    return result;
}

std::optional<std::string> Arguments::option(const std::string &name) const
{
    if (auto it = options.find(name); it != options.end())
        return it->second;
    return std::nullopt;
}

Core::Result<std::string> Arguments::required(const std::string &name) const
{
    if (auto value = option(name))
        return *value;
    return fail(ErrorCode::MissingInput, "väljaren " + name + " saknas (se tertial-cli " + verb + " --help)");
}

Core::Result<int> Arguments::integer(const std::string &name, int low, int high) const
{
    auto text = required(name);
    if (!text)
        return std::unexpected(text.error());
    int value = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc() || end != text->data() + text->size() || value < low || value > high)
        return fail(ErrorCode::InvalidInput, name + " '" + *text + "': förväntade ett heltal " + std::to_string(low) +
                                                 "–" + std::to_string(high));
    return value;
}

} // namespace Tertial::Cli
