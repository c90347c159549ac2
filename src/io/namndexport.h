// SPDX-License-Identifier: GPL-3.0-or-later
// Everything stored for one nämnd and some years, as the text files of docs/formats.md.
#pragma once

#include "storage/store.h"

#include "core/error.h"

#include <string>
#include <utility>
#include <vector>

namespace Tertial::Io {

// One file: its kind's Swedish name (docs/formats.md: "sifferfil", "volymer", ...) and its text,
// header included. Import → export gives the same text.
struct ExportedFile final
{
    std::string kind;
    std::string text;
};

// Every file a draft of the nämnd's `years` can draw on, in import order (reference lists
// first): the kommun's row of the kommun list, the nämnd, its verksamheter, the figures of each
// year, forecast methods, comments, volumes, indicators with their values and hand-set
// statuses, åtgärdsplan, investments, statsbidrag and the personnel register. Rows in the
// store's order (the register's own order where it keeps one); numbers exact (amounts in kr with
// öre only where needed, other numbers as the shortest decimal that reads back the same).
// A register without rows is a header alone.
Core::Result<std::vector<ExportedFile>> exportNamnd(Storage::Store &store, const std::string &kommun,
                                                    const std::string &namndCode, const std::vector<int> &years);

// A double as files write it: the shortest decimal that reads back the same, decimal comma,
// no grouping ("1,1", "82,2", "17484").
std::string exportNumber(double value);

} // namespace Tertial::Io
