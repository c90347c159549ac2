// SPDX-License-Identifier: GPL-3.0-or-later
// Runs tertial-cli as a child process with its output captured in files.
#pragma once

#include <string>
#include <vector>

#include <sys/types.h>

namespace Tertial::TestUtil {

struct ProcessResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Starts the program; stdout and stderr go to the given files.
pid_t startProcess(const std::vector<std::string> &args, const std::string &outFile, const std::string &errFile);
// Waits for it; exit code, or -signal when it was killed.
int waitProcess(pid_t pid);
// Runs tertial-cli with `args` to the end.
ProcessResult runCli(const std::vector<std::string> &args, const std::string &scratchDir);

} // namespace Tertial::TestUtil
