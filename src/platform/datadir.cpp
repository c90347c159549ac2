// SPDX-License-Identifier: GPL-3.0-or-later
#include "datadir.h"

#include "executablepath.h"

#include <cstdlib>

namespace Tertial::Platform {

std::filesystem::path dataDirectoryFor(const std::filesystem::path &executable)
{
    if (executable.empty())
        return {};
    // The layout CMake installs (CMAKE_INSTALL_BINDIR = bin, CMAKE_INSTALL_DATADIR = share) and
    // the build tree copies: <prefix>/bin/<program>, <prefix>/share/tertial.
    std::error_code error;
    const std::filesystem::path candidate = executable.parent_path().parent_path() / "share" / "tertial";
    if (!std::filesystem::is_directory(candidate, error))
        return {};
    const std::filesystem::path canonical = std::filesystem::weakly_canonical(candidate, error);
    return error ? candidate : canonical;
}

std::filesystem::path dataDirectory()
{
    if (const char *overridden = std::getenv("TERTIAL_DATA_DIR"); overridden && *overridden)
        return std::filesystem::path(overridden);
    return dataDirectoryFor(executablePath());
}

std::filesystem::path dataPath(std::string_view relative)
{
    const std::filesystem::path directory = dataDirectory();
    if (directory.empty())
        return {};
    return directory / std::filesystem::path(relative);
}

} // namespace Tertial::Platform

namespace Tertial::Platform {

std::string utf8(const std::filesystem::path &path)
{
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

} // namespace Tertial::Platform
