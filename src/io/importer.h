// SPDX-License-Identifier: GPL-3.0-or-later
// Reads figure files and registers, checks every row, and writes all of them in one transaction or nothing.
#pragma once

#include "importreader.h"

#include "storage/importbatch.h"
#include "storage/store.h"

#include "core/error.h"

#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Io {

class Importer final
{
public:
    explicit Importer(Storage::Store &store);

    // Reads a file (kind recognised by its header) into the pending import; problems are collected.
    void addFile(const std::string &path);
    void addText(const std::string &fileName, std::string_view bytes);

    // Every problem so far, each "file:line: column: what was wrong, what was expected".
    const std::vector<std::string> &problems() const { return m_reader.problems(); }

    // Checks across rows and files (known kommun, duplicate keys, netto against the split), then
    // writes everything in one transaction. On any problem nothing is written and the error
    // message lists every problem, one per line.
    Core::Result<Storage::ImportSummary> commit(const std::string &reason = {});

private:
    void crossCheck();

    Storage::Store &m_store;
    ImportReader m_reader;
};

} // namespace Tertial::Io
