// SPDX-License-Identifier: GPL-3.0-or-later
// The store-free half of an import: bytes of figure files and registers in, checked rows and
// problems out. The Importer adds what needs the database; the fuzz targets drive this alone.
#pragma once

#include "storage/importbatch.h"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace Tertial::Io {

using CodeSet = std::set<std::string, std::less<>>; // transparent: a field is looked up as a view

class ImportReader final
{
public:
    // `kontoslag`: the codes a figure's kontoslag column may hold.
    explicit ImportReader(CodeSet kontoslag);

    // Reads a file's bytes (kind recognised by its header) into the batch; problems are collected.
    void addText(const std::string &fileName, std::string_view bytes);

    // Checks across the rows read so far that need no database: the same key twice, and an
    // utfall_netto that contradicts utfall_intakter + utfall_kostnader of the same key.
    void checkAcrossRows();

    // Every problem so far, each "file:line: column: what was wrong, what was expected".
    const std::vector<std::string> &problems() const { return m_problems; }
    void addProblem(std::string problem) { m_problems.push_back(std::move(problem)); }

    const Storage::ImportBatch &batch() const { return m_batch; }

    // The kontoslag codes of docs/formats.md (the core's list), for callers without a store.
    static CodeSet standardKontoslag();

private:
    CodeSet m_kontoslag;
    std::vector<std::string> m_problems;
    Storage::ImportBatch m_batch;
};

} // namespace Tertial::Io
