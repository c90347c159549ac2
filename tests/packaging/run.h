// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a shell command and returns what it printed (POSIX popen: test code, Linux only).
#pragma once

#include <cstdio>
#include <optional>
#include <string>

namespace Tertial::TestUtil {

struct Output
{
    int status = -1;
    std::string text;
};

inline Output run(const std::string &command)
{
    Output output;
    FILE *pipe = popen(command.c_str(), "r");
    if (!pipe)
        return output;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
        output.text.append(buffer, n);
    output.status = pclose(pipe);
    return output;
}

} // namespace Tertial::TestUtil
