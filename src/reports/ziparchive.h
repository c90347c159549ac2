// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a zip file (the container of DOCX) from named byte strings, with libzip.
#pragma once

#include "core/error.h"

#include <string>
#include <utility>
#include <vector>

namespace Tertial::Reports {

struct ZipEntry final
{
    std::string name;  // "word/document.xml"
    std::string bytes;
    bool store = false; // true: no compression (PNG is compressed already)
};

// The zip file of `entries` as bytes: entries in order, every date fixed (1980-01-01), so the
// same entries always give the same bytes.
Core::Result<std::string> zipBytes(const std::vector<ZipEntry> &entries);

// Writes `bytes` to `path` through a temporary file renamed over it.
Core::Result<void> writeBytesAtomically(const std::string &path, const std::string &bytes);

// Writes every entry in order (the first should be [Content_Types].xml) into `path`, replacing
// an existing file only when the whole archive was written.
Core::Result<void> writeZip(const std::string &path, const std::vector<ZipEntry> &entries);

// Every entry of a zip file, in the archive's order (to amend a package another writer made).
Core::Result<std::vector<ZipEntry>> readZip(const std::string &path);

} // namespace Tertial::Reports
