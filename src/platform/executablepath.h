// SPDX-License-Identifier: GPL-3.0-or-later
// Where the running program's file is: the one question answered differently per system.
#pragma once

#include <filesystem>

namespace Tertial::Platform {

// The absolute path of the running executable; empty if the system will not say.
std::filesystem::path executablePath();

} // namespace Tertial::Platform
