// SPDX-License-Identifier: GPL-3.0-or-later
// The figure writes of an import, as applyFigures decided them for each row of the files (new or
// changed): one entry per key with its last value, in the order of the files, and per nämnd its
// first one (where a refusal of the nämnd's writes is reported). Written row by row or by COPY.
#pragma once

#include "figuretext.h"
#include "importbatch.h"
#include "sqlstore.h"

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

namespace Tertial::Storage {

struct SqlStore::StagedFigures
{
    struct Row
    {
        Id namndId = 0;
        Id verksamhetId = 0;
        int month = 0;
        std::int64_t ore = 0;
        bool isNew = false;            // no stored row before the import: inserted, else updated
        const FigureRow *row = nullptr; // the key's first row in the files (year, measure, kontoslag, source)
    };
    struct Namnd
    {
        Id id = 0;
        std::size_t first = 0; // its first row here: the first the files write
        std::size_t inserts = 0;
        std::size_t updates = 0;
    };
    std::vector<Row> rows;      // in the order of the files, one per key
    std::vector<Namnd> namnder; // in the order of their first written row
    std::unordered_map<Id, std::size_t> namndIndex;

    // How the audit log and the messages name the row's figure.
    std::string what(const Row &r) const
    {
        return figureWhat(r.row->path, FigureKey{r.verksamhetId, r.row->kontoslag, r.row->year, r.row->month, r.row->measure});
    }
    // A refusal of the row's write, at its first row in the files.
    Core::Error located(const Row &r, Core::Error error) const
    {
        if (!r.row->source.file.empty())
            error.message = r.row->source.file + ":" + std::to_string(r.row->source.line) + ": " + error.message;
        return error;
    }

    // A write decided for a row of the files; `slot` is the key's place here, kept with its
    // stored value (none yet: noStaged): a key written again keeps one row, the newest value.
    void add(std::size_t &slot, const Row &row)
    {
        if (slot != static_cast<std::size_t>(-1)) {
            rows[slot].ore = row.ore;
            return;
        }
        slot = rows.size();
        auto [n, first] = namndIndex.try_emplace(row.namndId, namnder.size());
        if (first)
            namnder.push_back(Namnd{row.namndId, rows.size()});
        rows.push_back(row);
        Namnd &namnd = namnder[n->second];
        ++(row.isNew ? namnd.inserts : namnd.updates);
    }
};

} // namespace Tertial::Storage
