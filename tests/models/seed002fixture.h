// SPDX-License-Identifier: GPL-3.0-or-later
// A small database built through the Store API with the figures of seed 002 §2.1 (Nacka,
// Socialnämnden, månadsrapport oktober 2017, tkr), for the model and GUI tests.
#pragma once

#include "models/document.h"
#include "storage/store.h"

#include <QString>

#include <memory>

namespace Tertial::Test {

inline constexpr int kSeed002Year = 2017;
inline constexpr const char *kSeed002Period = "10";

// Creates `path`, writes the seed 002 nämnd (kommun 0182, nämnd SOCN) and returns a document
// selecting 2017 t.o.m. oktober, user "test", a fixed clock. Fails the calling test on error.
std::unique_ptr<Models::Document> seed002Document(const QString &path);

// Writes the seed 002 nämnd into an empty store; with `registers`, also registers for the other
// tabs (seed 002 §4 volumes and åtgärdsplan, seed 000 §5 indicators, seed 003 investeringar and
// riktade statsbidrag, all placed in 2017 for the screenshots).
Core::Result<Storage::Id> writeSeed002(Storage::Store &store, bool registers);

// The id of a verksamhet of the selected nämnd by name; 0 when absent.
Storage::Id verksamhetId(const Models::Document &document, const std::string &name);

} // namespace Tertial::Test
