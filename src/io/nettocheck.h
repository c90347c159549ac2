// SPDX-License-Identifier: GPL-3.0-or-later
// utfall_netto against utfall_intakter + utfall_kostnader where the three meet across the file and
// the database: a netto in the file that contradicts the stored split (or a split in the file that
// contradicts a stored netto) would otherwise be stored and shown beside it.
#pragma once

#include "storage/importbatch.h"
#include "storage/store.h"

#include <string>
#include <vector>

namespace Tertial::Io {

// One problem per contradicting key, naming the file's row(s) and the stored figures. Keys whose
// three figures all come from the file are left to ImportReader::checkAcrossRows.
std::vector<std::string> nettoAgainstStored(Storage::Store &store, const Storage::ImportBatch &batch);

} // namespace Tertial::Io
