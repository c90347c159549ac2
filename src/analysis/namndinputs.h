// SPDX-License-Identifier: GPL-3.0-or-later
// Everything a nämnd's analysis is built from, read from the store in one place.
#pragma once

#include "figureindex.h"

#include "core/error.h"
#include "core/verksamhettree.h"
#include "storage/records.h"
#include "storage/registerrows.h"
#include "storage/store.h"

#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace Tertial::Analysis {

// An own figure's place (no kontoslag): verksamhet, year, month (0 = none), measure.
using FigureSlot = std::tuple<Storage::Id, int, int, Storage::Measure>;
FigureSlot slotOf(const Storage::FigureKey &key);
Storage::FigureKey keyOf(const FigureSlot &slot);

// A nämnd-year as the store holds it (the year and, where a view compares, the year before).
// Owned by whoever keeps it up to date (the workbench's Document applies its own writes to it);
// the analysis copies what it keeps, so a result never changes under its reader.
struct NamndInputs final
{
    std::string kommunName;
    Storage::Namnd namnd;
    int year = 0;
    std::vector<Storage::Verksamhet> verksamheter; // depth-first
    Core::VerksamhetTree tree;                     // a linear verksamhet inherits its parent's profile
    FigureIndex figures;                           // this year and the year before
    // The row version of each own figure as read: what an edit on a shared server is based on.
    std::map<FigureSlot, std::int64_t> versions;
    std::vector<Storage::ForecastChoice> methods;  // this year, every month
    std::vector<Storage::Comment> comments;        // this year, every month
    std::vector<Storage::Volume> volumes;          // the year before and this year
    std::vector<Storage::Volume> olderVolumes;     // two years before: the reports' comparison years
    std::vector<Storage::PersonnelFigure> personnel; // the personnel register, every year, in its order
    std::vector<Storage::Indicator> indicators;
    std::map<Storage::Id, std::vector<Storage::IndicatorValue>> indicatorValues; // by indicator
    std::vector<Storage::StatusOverride> overrides;
    std::vector<Storage::ActionItem> actions;      // this year, every month
    std::vector<Storage::Investment> investments;
    std::vector<Storage::StateGrant> grants;
    std::vector<Storage::PeriodLock> locks;        // every year of the nämnd
};

// The tree of the store's verksamheter: a linear periodisering inherits (none of its own).
Core::Result<Core::VerksamhetTree> treeOf(const std::vector<Storage::Verksamhet> &verksamheter);

// Reads everything of `namnd` for `year`. Errors name what could not be read.
Core::Result<NamndInputs> readNamndInputs(Storage::Store &store, const Storage::Namnd &namnd, int year);
// The nämnd by kommun and nämnd code; NotFound names which is missing.
Core::Result<NamndInputs> readNamndInputs(Storage::Store &store, const std::string &kommun, const std::string &namndCode,
                                          int year);

// What another client's figure edit changes, read again: the tree, the figures with their row
// versions, the forecast methods, the comments and the locks. All or nothing: on an error the
// inputs are as they were.
Core::Result<void> rereadFigureParts(Storage::Store &store, NamndInputs &inputs);
// The parts a write changes, read again (the workbench after a register or indicator edit).
Core::Result<void> rereadVolumes(Storage::Store &store, NamndInputs &inputs);
Core::Result<void> rereadIndicators(Storage::Store &store, NamndInputs &inputs);
Core::Result<void> rereadRegisters(Storage::Store &store, NamndInputs &inputs); // åtgärder, investeringar, statsbidrag, personal
Core::Result<void> rereadLocks(Storage::Store &store, NamndInputs &inputs);

} // namespace Tertial::Analysis
