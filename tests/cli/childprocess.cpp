// SPDX-License-Identifier: GPL-3.0-or-later
// posix_spawn with redirected output.
#include "childprocess.h"

#include "common/tempdir.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

extern char **environ;

namespace Tertial::TestUtil {

pid_t startProcess(const std::vector<std::string> &args, const std::string &outFile, const std::string &errFile)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<char *> argv;
    for (const std::string &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = -1;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        pid = -1;
    posix_spawn_file_actions_destroy(&actions);
    return pid;
}

int waitProcess(pid_t pid)
{
    int status = 0;
    if (waitpid(pid, &status, 0) != pid)
        return -1000;
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return -WTERMSIG(status);
    return -1000;
}

ProcessResult runCli(const std::vector<std::string> &args, const std::string &scratchDir)
{
    std::vector<std::string> all{TERTIAL_CLI};
    all.insert(all.end(), args.begin(), args.end());
    const std::string outFile = scratchDir + "/stdout.txt";
    const std::string errFile = scratchDir + "/stderr.txt";
    ProcessResult result;
    const pid_t pid = startProcess(all, outFile, errFile);
    if (pid < 0)
        return result;
    result.exitCode = waitProcess(pid);
    result.out = readBytes(outFile);
    result.err = readBytes(errFile);
    return result;
}

} // namespace Tertial::TestUtil
