// SPDX-License-Identifier: GPL-3.0-or-later
// PLATFORM-SPECIFIC (docs/install.md, "Per-system code"): Linux reads /proc/self/exe, Windows
// asks GetModuleFileNameW. argv[0] would not do: a program started through PATH gets its bare
// name. Qt's QCoreApplication::applicationFilePath() does the same but needs an application
// object, which most tertial-cli verbs never create.
#include "executablepath.h"

#if defined(_WIN32)
#include <windows.h>

#include <string>
#endif

namespace Tertial::Platform {

#if defined(_WIN32)

std::filesystem::path executablePath()
{
    std::wstring buffer(MAX_PATH, L'\0');
    for (;;) {
        const DWORD length = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (length == 0)
            return {};
        if (length < buffer.size()) {
            buffer.resize(length);
            return std::filesystem::path(buffer);
        }
        buffer.resize(buffer.size() * 2); // truncated: a long path
    }
}

#elif defined(__linux__)

std::filesystem::path executablePath()
{
    std::error_code error;
    std::filesystem::path path = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::path{} : path;
}

#else
#error "executablePath(): add this system (macOS: _NSGetExecutablePath; FreeBSD: sysctl KERN_PROC_PATHNAME)"
#endif

} // namespace Tertial::Platform
