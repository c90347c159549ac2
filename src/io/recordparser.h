// SPDX-License-Identifier: GPL-3.0-or-later
// Turns one checked CSV record of a known file kind into a row of the import batch.
#pragma once

#include "fileformat.h"
#include "rowreader.h"

#include "storage/importbatch.h"

#include <set>

namespace Tertial::Io {

// Adds the row to `batch` when every field is valid; otherwise the RowReader holds the problems.
void parseRecord(FileKind kind, RowReader &row, const std::string &fileName, const std::set<std::string, std::less<>> &kontoslag,
                 Storage::ImportBatch &batch);

} // namespace Tertial::Io
