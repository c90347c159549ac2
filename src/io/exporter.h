// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the figures of one nämnd and year as a figure file (docs/formats.md), deterministically.
#pragma once

#include "storage/store.h"

#include "core/error.h"

#include <string>

namespace Tertial::Io {

// The figure file text: rows in verksamhet tree order, then kontoslag, år, månad (budget first),
// mått; amounts in kr with öre decimals only when needed; the kontoslag column only when a
// figure has one. Export → import → export gives the same bytes.
Core::Result<std::string> exportFigures(Storage::Store &store, const std::string &kommun,
                                        const std::string &namndCode, int year);

// An amount as the export writes it: kr, decimal comma, öre only when not whole, no grouping.
std::string exportAmount(Core::Money amount);

} // namespace Tertial::Io
