// SPDX-License-Identifier: GPL-3.0-or-later
// One member of a zip package read in chunks, with its uncompressed size bounded while reading.
#pragma once

#include "core/error.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

struct zip;

namespace Tertial::Xlsx {

class ZipArchive final
{
public:
    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(ZipArchive &&other) noexcept;
    ZipArchive &operator=(ZipArchive &&other) noexcept;
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    static Core::Result<ZipArchive> open(const std::string &path);

    bool contains(std::string_view name) const;
    // Hands the member's bytes to `chunk` in pieces. Refuses a member whose declared size exceeds
    // `maxBytes` or `maxRatio` times its compressed size, and stops reading at `maxBytes` whatever
    // the header claims (a zip bomb lies in its header). `chunk` returns false to stop early.
    Core::Result<void> read(std::string_view name, std::uint64_t maxBytes, std::uint64_t maxRatio,
                            const std::function<bool(std::string_view)> &chunk) const;

private:
    zip *m_zip = nullptr;
    std::string m_path;
};

} // namespace Tertial::Xlsx
