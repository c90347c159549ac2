// SPDX-License-Identifier: GPL-3.0-or-later
// SqlStore::apply: a whole import in one transaction, nämnder and verksamheter created on the way.
#include "sqlstore.h"

#include "figuretext.h"
#include "importids.h"
#include "stagedfigures.h"
#include "transaction.h"

#include "core/svformat.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

namespace {

std::string located(const SourceRef &source, const std::string &message)
{
    if (source.file.empty())
        return message;
    return source.file + ":" + std::to_string(source.line) + ": " + message;
}

Core::Error locatedError(const SourceRef &source, Core::Error error)
{
    error.message = located(source, error.message);
    return error;
}

// The id an INSERT ... RETURNING id gave back; the statement is reset for its next use.
Result<Id> insertedId(Statement &insert)
{
    auto row = insert.step();
    if (!row)
        return std::unexpected(row.error());
    const Id id = *row ? insert.int64(0) : 0;
    if (auto done = insert.run(); !done)
        return std::unexpected(done.error());
    if (id == 0)
        return fail(ErrorCode::Storage, "databasfel: ingen id kom tillbaka från INSERT");
    return id;
}

// The files an import reads, in the order their rows come: for its header in the audit log.
std::string sourceFiles(const ImportBatch &batch)
{
    std::vector<std::string> files;
    auto add = [&](const auto &rows) {
        for (const auto &row : rows)
            if (!row.source.file.empty() && (files.empty() || files.back() != row.source.file) &&
                std::find(files.begin(), files.end(), row.source.file) == files.end())
                files.push_back(row.source.file);
    };
    add(batch.namnder);
    add(batch.verksamheter);
    add(batch.figures);
    add(batch.forecasts);
    add(batch.volumes);
    add(batch.comments);
    add(batch.indicators);
    add(batch.indicatorValues);
    add(batch.actions);
    add(batch.investments);
    add(batch.stateGrants);
    std::string text;
    for (const std::string &file : files)
        text += (text.empty() ? "" : ", ") + file;
    return text;
}

// A path for a message: a path of thousands of levels is cut after its first characters.
std::string shortPath(const std::string &path)
{
    constexpr std::size_t shown = 80;
    return path.size() <= shown ? path : path.substr(0, shown) + " …";
}

} // namespace

Result<Id> SqlStore::ensureNamnd(ImportIds &ids, const NamndRef &ref, const std::string *name, const SourceRef &source)
{
    const auto key = std::make_pair(ref.kommun, ref.namnd);
    if (auto it = ids.namnder.find(key); it != ids.namnder.end() && !name)
        return it->second;
    auto found = findNamnd(ref.kommun, ref.namnd);
    if (!found)
        return std::unexpected(found.error());
    Id id = 0;
    if (*found) {
        id = (*found)->id;
        if (name && *name != (*found)->name) {
            auto st = statement("UPDATE namnd SET name = ?2 WHERE id = ?1");
            if (!st)
                return std::unexpected(st.error());
            (*st)->bindAll(id, *name);
            if (auto ok = (*st)->run(); !ok)
                return std::unexpected(ok.error());
            if (auto ok = audit(*ids.context, "nämnd", id, std::nullopt, ref.kommun + " " + ref.namnd, (*found)->name,
                                *name, *ids.reason);
                !ok)
                return std::unexpected(ok.error());
        }
    } else {
        // RETURNING: the identity the engine assigned, the same way in SQLite and PostgreSQL.
        auto st = statement("INSERT INTO namnd (kommun, code, name) VALUES (?1, ?2, ?3) RETURNING id");
        if (!st)
            return std::unexpected(st.error());
        (*st)->bindAll(ref.kommun, ref.namnd, name ? *name : ref.namnd);
        auto inserted = insertedId(**st);
        if (!inserted) {
            if (m_db->lastErrorKind() == SqlErrorKind::ForeignKey)
                return fail(ErrorCode::NotFound,
                            located(source, "kommun: okänd kommunkod '" + ref.kommun + "', förväntade en kod ur kommunlistan"));
            return std::unexpected(locatedError(source, inserted.error()));
        }
        id = *inserted;
        if (auto ok = audit(*ids.context, "nämnd", id, std::nullopt, ref.kommun + " " + ref.namnd, std::nullopt,
                            name ? *name : ref.namnd, *ids.reason);
            !ok)
            return std::unexpected(ok.error());
    }
    ids.namnder[key] = id;
    return id;
}

Result<Id> SqlStore::ensureVerksamhet(ImportIds &ids, Id namndId, const std::string &path, const SourceRef &source)
{
    auto &ofNamnd = ids.verksamheter[namndId];
    if (auto it = ofNamnd.find(path); it != ofNamnd.end())
        return it->second;
    // The levels, top first; an empty path is the nämnd's own hidden node (no parent, no name).
    // A loop, not recursion per level, and counted before anything is written.
    std::vector<std::pair<std::size_t, std::size_t>> levels; // (start, end) in path
    for (std::size_t start = 0; !path.empty();) {
        const std::size_t cut = path.find(verksamhetPathSeparator, start);
        const std::size_t end = cut == std::string::npos ? path.size() : cut;
        if (end == start)
            return fail(ErrorCode::InvalidInput,
                        located(source, "verksamhet: '" + shortPath(path) + "' har en tom nivå; förväntade namn "
                                        "åtskilda av \"" + std::string(verksamhetPathSeparator) + "\""));
        levels.emplace_back(start, end);
        if (levels.size() > maxVerksamhetDepth)
            return fail(ErrorCode::OutOfRange, located(source, "verksamhet: '" + shortPath(path) + "' har fler än " +
                                                                   std::to_string(maxVerksamhetDepth) +
                                                                   " nivåer; högst " +
                                                                   std::to_string(maxVerksamhetDepth) + " tillåts"));
        if (cut == std::string::npos)
            break;
        start = cut + verksamhetPathSeparator.size();
    }
    if (levels.empty())
        levels.emplace_back(0, 0);

    Id parent = 0; // none
    Id id = 0;
    for (const auto &[start, end] : levels) {
        std::string name = path.substr(start, end - start);
        const auto key = std::make_tuple(namndId, parent, name);
        if (auto it = ids.levels.find(key); it != ids.levels.end()) {
            parent = id = it->second;
            continue;
        }
        auto find = statement("SELECT id FROM verksamhet WHERE namnd_id = ?1 AND COALESCE(parent_id, 0) = ?2 AND name = ?3");
        if (!find)
            return std::unexpected(find.error());
        (*find)->bindAll(namndId, parent, name);
        auto row = (*find)->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row) {
            id = (*find)->int64(0);
            (*find)->reset();
        } else {
            (*find)->reset();
            // New nodes go last among their siblings: the order of first appearance in the file.
            // Plain ids rather than an optional: g++ 12 warns (wrongly) about an uninitialised one.
            auto next = statement(parent != 0 ? "SELECT COALESCE(MAX(ordering), 0) + 1 FROM verksamhet WHERE namnd_id = ?1 AND parent_id = ?2"
                                              : "SELECT COALESCE(MAX(ordering), 0) + 1 FROM verksamhet WHERE namnd_id = ?1 AND parent_id IS NULL");
            if (!next)
                return std::unexpected(next.error());
            (*next)->bind(1, namndId);
            if (parent != 0)
                (*next)->bind(2, parent);
            if (auto r = (*next)->step(); !r)
                return std::unexpected(r.error());
            const int ordering = (*next)->integer(0);
            (*next)->reset();
            auto insert = statement("INSERT INTO verksamhet (namnd_id, parent_id, name, ordering) "
                                    "VALUES (?1, ?2, ?3, ?4) RETURNING id");
            if (!insert)
                return std::unexpected(insert.error());
            (*insert)->bindAll(namndId, parent, name, ordering);
            if (parent == 0)
                (*insert)->bindNull(2);
            auto inserted = insertedId(**insert);
            if (!inserted)
                return std::unexpected(locatedError(source, inserted.error()));
            id = *inserted;
            std::string prefix = path.substr(0, end);
            if (auto ok = audit(*ids.context, "verksamhet", namndId, id, prefix, std::nullopt, "skapad", *ids.reason); !ok)
                return std::unexpected(ok.error());
            ids.context->verksamheter[id] = VerksamhetInfo{namndId, std::move(prefix)};
        }
        ids.levels.emplace(std::make_tuple(namndId, parent, std::move(name)), id);
        parent = id;
    }
    ofNamnd.emplace(path, id);
    if (!ids.context->verksamheter.contains(id))
        ids.context->verksamheter[id] = VerksamhetInfo{namndId, path};
    return id;
}

Result<ImportSummary> SqlStore::apply(const ImportBatch &batch, const std::string &reason)
{
    return inTransaction(*m_db, [&] { return applyInTransaction(batch, reason); });
}

Result<ImportSummary> SqlStore::applyInTransaction(const ImportBatch &batch, const std::string &reason)
{
    WriteContext context;
    context.at = now();
    // Every audit row of the import waits here, to be written under its nämnd's header.
    std::vector<WriteContext::PendingAudit> pending;
    context.pending = &pending;
    ImportIds ids;
    ids.context = &context;
    ids.reason = &reason;
    // A big file into the server goes through COPY; the rules are the same either way.
    ids.byCopy = m_db->canCopy() && batch.figures.size() >= m_copyImportMinRows;
    ImportSummary summary;

    for (const Kommun &k : batch.kommuner) {
        const char *kind = k.kind == Kommun::Kind::Region ? "L" : k.kind == Kommun::Kind::Riket ? "R" : "K";
        auto ok = writeRegister(context, "kommun", 0, std::nullopt, k.code,
                                "SELECT name || ';' || kind || ';' || lan FROM kommun WHERE code = ?1",
                                "INSERT INTO kommun (code, name, kind, lan) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (code) "
                                "DO UPDATE SET name = excluded.name, kind = excluded.kind, lan = excluded.lan",
                                [&](Statement &s) {
                                    s.bindAll(k.code, k.name, kind, k.lan);
                                },
                                reason);
        if (!ok)
            return std::unexpected(ok.error());
        ++summary.rowsRead;
    }
    for (const NamndRow &row : batch.namnder) {
        if (auto ok = ensureNamnd(ids, row.namnd, &row.name, row.source); !ok)
            return std::unexpected(ok.error());
        ++summary.rowsRead;
    }
    for (const VerksamhetRow &row : batch.verksamheter) {
        auto namndId = ensureNamnd(ids, row.namnd, nullptr, row.source);
        if (!namndId)
            return std::unexpected(namndId.error());
        auto id = ensureVerksamhet(ids, *namndId, row.path, row.source);
        if (!id)
            return std::unexpected(id.error());
        // A memo flag or a periodisering recomputes what a locked period shows.
        auto current = statement("SELECT memo, periodisation FROM verksamhet WHERE id = ?1");
        if (!current)
            return std::unexpected(current.error());
        (*current)->bind(1, *id);
        auto found = (*current)->step();
        if (!found)
            return std::unexpected(found.error());
        const bool memoChanges = *found && ((*current)->int64(0) != 0) != row.memo;
        const bool profileChanges = *found && (*current)->text(1) != row.periodisation;
        (*current)->reset();
        if (memoChanges || profileChanges) {
            const std::string what = row.path + (memoChanges ? ": memo" : ": periodisering");
            if (auto ok = checkTreeChangeUnlocked(context, *namndId, *id, !memoChanges, what); !ok)
                return std::unexpected(locatedError(row.source, ok.error()));
        }
        auto ok = writeRegister(context, "verksamhet", *namndId, *id, row.path,
                                "SELECT CAST(ordering AS TEXT) || ';' || CAST(memo AS TEXT) || ';' || periodisation "
                                "FROM verksamhet WHERE id = ?1",
                                "UPDATE verksamhet SET ordering = ?2, memo = ?3, periodisation = ?4 WHERE id = ?1",
                                [&](Statement &s) {
                                    s.bindAll(*id, row.order, row.memo ? 1 : 0, row.periodisation);
                                },
                                reason);
        if (!ok)
            return std::unexpected(locatedError(row.source, ok.error()));
        ++summary.rowsRead;
    }
    if (auto ok = applyFigures(context, ids, batch, reason, summary); !ok)
        return std::unexpected(ok.error());
    if (auto ok = applyRegisters(context, ids, batch, reason); !ok)
        return std::unexpected(ok.error());
    summary.rowsRead += batch.forecasts.size() + batch.volumes.size() + batch.comments.size() + batch.indicators.size() +
                        batch.indicatorValues.size() + batch.actions.size() + batch.investments.size() +
                        batch.stateGrants.size() + batch.personnel.size() + batch.statusOverrides.size();
    context.pending = nullptr;
    if (auto ok = writeImportAudit(context, pending, ids, batch, summary, reason); !ok)
        return std::unexpected(ok.error());
    return summary;
}

// The stored figures of one nämnd-year, read in one query when the import first touches it: the
// old value of every row is then a hash look-up instead of a SELECT.
struct SqlStore::StoredFigures
{
    struct Key
    {
        Id verksamhetId;
        int month;
        Measure measure;
        std::string kontoslag;
        bool operator==(const Key &) const = default;
    };
    struct Hash
    {
        std::size_t operator()(const Key &key) const noexcept
        {
            std::size_t h = std::hash<Id>{}(key.verksamhetId);
            h = h * 31 + static_cast<std::size_t>(key.month);
            h = h * 31 + static_cast<std::size_t>(key.measure);
            return key.kontoslag.empty() ? h : h ^ (std::hash<std::string>{}(key.kontoslag) << 1);
        }
    };
    struct Value
    {
        std::int64_t ore = 0;
        std::size_t staged = noStaged; // its write among the import's (StagedFigures::rows)
    };
    static constexpr std::size_t noStaged = static_cast<std::size_t>(-1);
    std::unordered_map<Key, Value, Hash> ore;
};

Result<void> SqlStore::writeImportAudit(WriteContext &context, const std::vector<WriteContext::PendingAudit> &pending,
                                        const ImportIds &ids, const ImportBatch &batch, const ImportSummary &summary,
                                        const std::string &reason)
{
    // Each nämnd's rows (and the kommun list's) under one header that names the files, the
    // user (the row's who) and the counts; a part without changes gets no header and no rows.
    const std::string files = "import av " + [&] {
        const std::string names = sourceFiles(batch);
        return names.empty() ? std::string("(ingen fil)") : names;
    }();
    std::set<Id> headed; // nämnd ids; 0 for rows without a nämnd
    std::deque<WriteContext::PendingAudit> headers;
    std::vector<const WriteContext::PendingAudit *> rows; // in the log's order, not copied
    rows.reserve(pending.size() + ids.counts.size() + 1);
    for (const WriteContext::PendingAudit &row : pending) {
        const Id namnd = row.namndId.value_or(0);
        if (headed.insert(namnd).second) {
            std::string counts = "rader i importen: " + std::to_string(summary.rowsRead);
            if (auto it = ids.counts.find(namnd); it != ids.counts.end())
                counts += "; belopp i nämnden: " + std::to_string(it->second.newFigures) + " nya, " +
                          std::to_string(it->second.changedFigures) + " ändrade, " +
                          std::to_string(it->second.unchangedFigures) + " oförändrade";
            headers.push_back({"import", row.namndId, std::nullopt, files, std::nullopt, std::move(counts), reason});
            rows.push_back(&headers.back());
        }
        rows.push_back(&row);
    }
    // The same rows in the same order either way: one COPY for an import that went by COPY.
    if (ids.byCopy) {
        std::vector<WriteContext::PendingAudit> copied;
        copied.reserve(rows.size());
        for (const WriteContext::PendingAudit *row : rows)
            copied.push_back(*row);
        return copyAuditRows(copied);
    }
    // One prepared INSERT for the whole import, its texts bound without a copy (they outlive
    // each step): with an audit row per figure this is half of an import's time on SQLite.
    auto insert = statement("INSERT INTO audit_log (at, who, entity, namnd_id, verksamhet_id, what, old_value, new_value, "
                            "reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert)
        return std::unexpected(insert.error());
    Statement &st = **insert;
    for (const WriteContext::PendingAudit *row : rows) {
        st.bindUnowned(1, context.at);
        st.bindUnowned(2, m_user);
        st.bindUnowned(3, row->entity);
        st.bind(4, row->namndId);
        st.bind(5, row->verksamhetId);
        st.bindUnowned(6, row->what);
        if (row->oldValue)
            st.bindUnowned(7, *row->oldValue);
        else
            st.bindNull(7);
        if (row->newValue)
            st.bindUnowned(8, *row->newValue);
        else
            st.bindNull(8);
        st.bindUnowned(9, row->reason);
        if (auto ok = st.run(); !ok) {
            st.reset();
            return ok;
        }
    }
    return {};
}

Result<void> SqlStore::applyFigures(WriteContext &context, ImportIds &ids, const ImportBatch &batch,
                                       const std::string &reason, ImportSummary &summary)
{
    if (batch.figures.empty())
        return {};
    // The writes this loop decides, written after it one way or the other (small imports and
    // SQLite row by row, big ones into the server by COPY): the same rules decide both.
    StagedFigures staged;
    staged.rows.reserve(batch.figures.size());
    auto load = statement("SELECT f.verksamhet_id, f.month, f.measure, f.kontoslag, f.amount_ore "
                          "FROM figure f JOIN verksamhet v ON v.id = f.verksamhet_id "
                          "WHERE v.namnd_id = ?1 AND f.year = ?2");
    if (!load)
        return std::unexpected(load.error());

    std::map<std::pair<Id, int>, StoredFigures> stored; // (nämnd, year)
    ActualRows actuals; // the utfall rows of the file, by what they describe
    auto storedOf = [&](Id namndId, int year) -> Result<StoredFigures *> {
        auto [it, inserted] = stored.try_emplace({namndId, year});
        if (!inserted)
            return &it->second;
        std::optional<std::string> unknown;
        auto ok = (*load)->bindAll(namndId, year).forEach([&](const Statement &row) {
            const auto measure = measureFromCode(row.text(2));
            if (!measure)
                unknown = row.text(2);
            else
                it->second.ore.emplace(StoredFigures::Key{row.int64(0), row.integer(1), *measure, row.text(3)},
                                       StoredFigures::Value{row.int64(4)});
        });
        if (!ok)
            return std::unexpected(ok.error());
        if (unknown)
            return fail(ErrorCode::Storage, m_path + ": okänt mått i databasen: " + *unknown);
        return &it->second;
    };
    // The kontoslag list, read when the first new figure comes: a code it lacks is refused at
    // its row before anything is written (the foreign key would say it only for the whole merge).
    std::optional<std::set<std::string, std::less<>>> kontoslagCodes;
    const std::string *lastKnownKontoslag = nullptr; // rows mostly repeat the one before
    auto knownKontoslag = [&](const std::string &code) -> Result<bool> {
        if (lastKnownKontoslag && *lastKnownKontoslag == code)
            return true;
        if (!kontoslagCodes) {
            auto st = statement("SELECT code FROM kontoslag");
            if (!st)
                return std::unexpected(st.error());
            kontoslagCodes.emplace();
            if (auto ok = (*st)->forEach([&](const Statement &row) { kontoslagCodes->insert(row.text(0)); }); !ok)
                return std::unexpected(ok.error());
        }
        if (!kontoslagCodes->contains(code))
            return false;
        lastKnownKontoslag = &code;
        return true;
    };

    // Rows come grouped by nämnd and year: remember the last of each rather than look them up.
    const NamndRef *lastRef = nullptr;
    Id namndId = 0;
    const std::string *lastPath = nullptr;
    Id lastPathNamnd = 0;
    Id verksamhetId = 0;
    std::pair<Id, int> lastYear{0, 0};
    StoredFigures *figures = nullptr;
    for (const FigureRow &row : batch.figures) {
        if (!lastRef || row.namnd.kommun != lastRef->kommun || row.namnd.namnd != lastRef->namnd) {
            auto id = ensureNamnd(ids, row.namnd, nullptr, row.source);
            if (!id)
                return std::unexpected(id.error());
            namndId = *id;
            lastRef = &row.namnd;
        }
        if (!lastPath || row.path != *lastPath || namndId != lastPathNamnd) {
            auto id = ensureVerksamhet(ids, namndId, row.path, row.source);
            if (!id)
                return std::unexpected(id.error());
            verksamhetId = *id;
            lastPath = &row.path;
            lastPathNamnd = namndId;
        }
        const auto key = [&] { return FigureKey{verksamhetId, row.kontoslag, row.year, row.month, row.measure}; };
        const auto what = [&] { return figureWhat(row.path, key()); };
        if (measureHasMonth(row.measure) && (!row.month || *row.month < 1 || *row.month > 12))
            return fail(ErrorCode::OutOfRange, located(row.source, what() + ": månaden saknas eller är inte 1–12"));
        if (!measureHasMonth(row.measure) && row.month)
            return fail(ErrorCode::InvalidInput, located(row.source, what() + ": helårsbudgeten har ingen månad"));
        const int month = row.month.value_or(0);
        if (auto ok = checkFigureUnlocked(context, namndId, row.year, month, row.measure, what); !ok)
            return std::unexpected(locatedError(row.source, ok.error()));
        if (!figures || lastYear != std::pair(namndId, row.year)) {
            auto loaded = storedOf(namndId, row.year);
            if (!loaded)
                return std::unexpected(loaded.error());
            figures = *loaded;
            lastYear = {namndId, row.year};
        }

        const std::int64_t ore = row.amount.ore();
        auto [it, isNew] =
            figures->ore.try_emplace(StoredFigures::Key{verksamhetId, month, row.measure, row.kontoslag}, StoredFigures::Value{ore});
        if (row.measure == Measure::ActualIncome || row.measure == Measure::ActualCost || row.measure == Measure::ActualNet)
            actuals[{namndId, row.year, verksamhetId, month, row.kontoslag}].push_back(&row);
        if (!isNew && it->second.ore == ore) {
            ++ids.counts[namndId].unchangedFigures;
            ++summary.figuresUnchanged;
            ++summary.rowsRead;
            continue;
        }
        if (isNew) {
            auto known = knownKontoslag(row.kontoslag);
            if (!known)
                return std::unexpected(known.error());
            if (!*known)
                return fail(ErrorCode::NotFound, located(row.source, what() + ": okänt kontoslag '" + row.kontoslag + "'"));
        }
        // Every row the import writes carries the transaction's one new version (drawn on the first).
        auto version = rowVersion(context);
        if (!version)
            return std::unexpected(version.error());
        staged.add(it->second.staged, StagedFigures::Row{namndId, verksamhetId, month, ore, isNew, &row});
        // Each figure its own audit row, new ones too: the log says what came in, not only the file.
        if (auto ok = audit(context, "figur", namndId, verksamhetId, what(),
                            isNew ? std::nullopt : std::optional(std::to_string(it->second.ore)), std::to_string(ore), reason);
            !ok)
            return std::unexpected(ok.error());
        it->second.ore = ore;
        ++(isNew ? ids.counts[namndId].newFigures : ids.counts[namndId].changedFigures);
        ++summary.figuresWritten;
        ++summary.rowsRead;
    }
    if (auto ok = ids.byCopy ? mergeStagedFigures(staged, context.version) : writeStagedFigures(staged, context.version);
        !ok)
        return ok;
    return checkActualSplit(actuals, stored);
}

Result<void> SqlStore::writeStagedFigures(const StagedFigures &staged, std::int64_t version)
{
    if (staged.rows.empty())
        return {};
    // Prepared once for the whole import.
    auto insert = statement("INSERT INTO figure (verksamhet_id, year, month, measure, kontoslag, amount_ore, version) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!insert)
        return std::unexpected(insert.error());
    auto update = statement("UPDATE figure SET amount_ore = ?6, version = ?7 WHERE verksamhet_id = ?1 AND year = ?2 "
                            "AND month = ?3 AND measure = ?4 AND kontoslag = ?5");
    if (!update)
        return std::unexpected(update.error());
    for (const StagedFigures::Row &r : staged.rows) {
        // The row's strings outlive the step: SQLite need not copy them.
        Statement &st = r.isNew ? **insert : **update;
        st.bindAll(r.verksamhetId, r.row->year, r.month);
        st.bindUnowned(4, measureCode(r.row->measure));
        st.bindUnowned(5, r.row->kontoslag);
        st.bind(6, r.ore);
        st.bind(7, version);
        if (auto ok = st.run(); !ok) {
            st.reset();
            if (m_db->lastErrorKind() == SqlErrorKind::ForeignKey)
                return fail(ErrorCode::NotFound, located(r.row->source, staged.what(r) + ": okänt kontoslag '" +
                                                                            r.row->kontoslag + "'"));
            return std::unexpected(staged.located(r, ok.error()));
        }
        // Row security hides a row the role may read but not change: UPDATE 0, not an error.
        if (!r.isNew && m_db->changes() != 1)
            return std::unexpected(staged.located(r, figureNotWritable(staged.what(r))));
    }
    return {};
}

Result<void> SqlStore::checkActualSplit(const ActualRows &actuals, const std::map<std::pair<Id, int>, StoredFigures> &stored)
{
    // The file's utfall against what is stored once the import is written (checkSplit, the rule
    // every write passes through): the figures table as the import left it, and the ledger's
    // figures where no typed one hides them, read once per nämnd and year when first needed.
    using LedgerKey = std::tuple<Id, int, Measure, std::string>; // verksamhet, month, measure, kontoslag
    std::map<std::pair<Id, int>, std::map<LedgerKey, std::int64_t>> ledger;
    auto ledgerOf = [&](Id namndId, int year) -> Result<const std::map<LedgerKey, std::int64_t> *> {
        auto [it, inserted] = ledger.try_emplace({namndId, year});
        if (!inserted)
            return &it->second;
        auto st = query("SELECT l.verksamhet_id, l.month, l.measure, l.kontoslag, l.amount_ore FROM ledger_figure l "
                        "JOIN verksamhet v ON v.id = l.verksamhet_id WHERE v.namnd_id = ?1 AND l.year = ?2 "
                        "AND l.measure IN ('utfall_intakter', 'utfall_kostnader', 'utfall_netto')",
                        namndId, year);
        if (!st)
            return std::unexpected(st.error());
        auto ok = (*st)->forEach([&](const Statement &row) {
            if (const auto measure = measureFromCode(row.text(2)))
                it->second.emplace(LedgerKey{row.int64(0), row.integer(1), *measure, row.text(3)}, row.int64(4));
        });
        if (!ok)
            return std::unexpected(ok.error());
        return &it->second;
    };
    for (const auto &[key, rows] : actuals) {
        const auto &[namndId, year, verksamhetId, month, kontoslag] = key;
        const StoredFigures &figures = stored.at({namndId, year});
        const std::map<LedgerKey, std::int64_t> *ledgerFigures = nullptr;
        auto value = [&](Measure measure) -> Result<std::optional<std::int64_t>> {
            if (auto it = figures.ore.find(StoredFigures::Key{verksamhetId, month, measure, kontoslag}); it != figures.ore.end())
                return it->second.ore;
            if (!ledgerFigures) {
                auto loaded = ledgerOf(namndId, year);
                if (!loaded)
                    return std::unexpected(loaded.error());
                ledgerFigures = *loaded;
            }
            auto it = ledgerFigures->find(LedgerKey{verksamhetId, month, measure, kontoslag});
            return it == ledgerFigures->end() ? std::nullopt : std::optional(it->second);
        };
        ActualSplit split;
        for (auto [measure, slot] : {std::pair{Measure::ActualIncome, &split.income}, std::pair{Measure::ActualCost, &split.cost},
                                     std::pair{Measure::ActualNet, &split.net}}) {
            auto v = value(measure);
            if (!v)
                return std::unexpected(v.error());
            if (!*v)
                break; // fewer than three: nothing to agree
            *slot = **v;
        }
        if (!split.income || !split.cost || !split.net)
            continue;
        const FigureRow *netRow = nullptr;
        const FigureRow *splitRow = nullptr;
        for (const FigureRow *row : rows)
            (row->measure == Measure::ActualNet ? netRow : splitRow) = row;
        const FigureRow &named = netRow ? *netRow : *splitRow;
        SplitWrite write{located(named.source, figureWhat(named.path, FigureKey{verksamhetId, kontoslag, year, named.month,
                                                                                named.measure})),
                         netRow != nullptr, splitRow != nullptr};
        if (auto ok = checkSplit(split, write, "samma import"); !ok)
            return ok;
    }
    return {};
}

Result<void> SqlStore::applyRegisters(WriteContext &context, ImportIds &ids, const ImportBatch &batch,
                                         const std::string &reason)
{
    auto verksamhetOf = [&](const NamndRef &ref, const std::string &path, const SourceRef &source) -> Result<Id> {
        auto namndId = ensureNamnd(ids, ref, nullptr, source);
        if (!namndId)
            return namndId;
        return ensureVerksamhet(ids, *namndId, path, source);
    };
    for (const ForecastRow &row : batch.forecasts) {
        auto id = verksamhetOf(row.namnd, row.path, row.source);
        if (!id)
            return std::unexpected(id.error());
        ForecastChoice choice = row.choice;
        choice.verksamhetId = *id;
        if (auto ok = writeForecast(context, choice, reason); !ok)
            return std::unexpected(locatedError(row.source, ok.error()));
    }
    for (const CommentRow &row : batch.comments) {
        auto id = verksamhetOf(row.namnd, row.path, row.source);
        if (!id)
            return std::unexpected(id.error());
        Comment comment = row.comment;
        comment.verksamhetId = *id;
        if (auto ok = writeComment(context, comment, reason); !ok)
            return std::unexpected(locatedError(row.source, ok.error()));
    }
    // The registers write through the same upserts as the workbench, so the log reads the same.
    for (const VolumeRow &row : batch.volumes) {
        auto id = verksamhetOf(row.namnd, row.path, row.source);
        if (!id)
            return std::unexpected(id.error());
        Volume volume = row.volume;
        volume.verksamhetId = *id;
        if (auto ok = upsertVolume(context, volume, reason); !ok)
            return std::unexpected(locatedError(row.source, ok.error()));
    }
    for (const IndicatorRow &row : batch.indicators) {
        auto namndId = ensureNamnd(ids, row.namnd, nullptr, row.source);
        if (!namndId)
            return std::unexpected(namndId.error());
        Indicator indicator = row.indicator;
        indicator.namndId = *namndId;
        if (auto ok = upsertIndicator(context, indicator, reason); !ok)
            return std::unexpected(locatedError(row.source, ok.error()));
    }
    for (const IndicatorValueRow &row : batch.indicatorValues) {
        auto namndId = ensureNamnd(ids, row.namnd, nullptr, row.source);
        if (!namndId)
            return std::unexpected(namndId.error());
        auto find = statement("SELECT id FROM indicator WHERE namnd_id = ?1 AND code = ?2");
        if (!find)
            return std::unexpected(find.error());
        (*find)->bindAll(*namndId, row.indicator);
        auto found = (*find)->step();
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return fail(ErrorCode::NotFound, located(row.source, "indikator: okänd indikator '" + row.indicator +
                                                                      "', förväntade en indikator ur indikatorfilen"));
        IndicatorValue value = row.value;
        value.indicatorId = (*find)->int64(0);
        (*find)->reset();
        if (auto ok = upsertIndicatorValue(context, value, reason); !ok)
            return std::unexpected(locatedError(row.source, ok.error()));
    }
    for (const ActionRow &row : batch.actions) {
        auto namndId = ensureNamnd(ids, row.namnd, nullptr, row.source);
        if (!namndId)
            return std::unexpected(namndId.error());
        ActionItem item = row.item;
        item.namndId = *namndId;
        if (auto ok = upsertActionItem(context, item, reason); !ok)
            return std::unexpected(locatedError(row.source, ok.error()));
    }
    for (const InvestmentRow &row : batch.investments) {
        auto namndId = ensureNamnd(ids, row.namnd, nullptr, row.source);
        if (!namndId)
            return std::unexpected(namndId.error());
        Investment investment = row.investment;
        investment.namndId = *namndId;
        if (auto ok = upsertInvestment(context, investment, reason); !ok)
            return std::unexpected(locatedError(row.source, ok.error()));
    }
    for (const StateGrantRow &row : batch.stateGrants) {
        auto namndId = ensureNamnd(ids, row.namnd, nullptr, row.source);
        if (!namndId)
            return std::unexpected(namndId.error());
        StateGrant grant = row.grant;
        grant.namndId = *namndId;
        if (auto ok = upsertStateGrant(context, grant, reason); !ok)
            return std::unexpected(locatedError(row.source, ok.error()));
    }
    for (const PersonnelRow &row : batch.personnel) {
        auto namndId = ensureNamnd(ids, row.namnd, nullptr, row.source);
        if (!namndId)
            return std::unexpected(namndId.error());
        PersonnelFigure figure = row.figure;
        figure.namndId = *namndId;
        if (auto ok = upsertPersonnel(context, figure, reason); !ok)
            return std::unexpected(locatedError(row.source, ok.error()));
    }
    for (const StatusOverrideRow &row : batch.statusOverrides) {
        auto namndId = ensureNamnd(ids, row.namnd, nullptr, row.source);
        if (!namndId)
            return std::unexpected(namndId.error());
        auto find = query("SELECT id FROM indicator WHERE namnd_id = ?1 AND code = ?2", *namndId, row.indicator);
        if (!find)
            return std::unexpected(find.error());
        auto found = (*find)->step();
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return fail(ErrorCode::NotFound, located(row.source, "indikator: okänd indikator '" + row.indicator +
                                                                      "', förväntade en indikator ur indikatorfilen"));
        StatusOverride override_ = row.override_;
        override_.indicatorId = (*find)->int64(0);
        (*find)->reset();
        if (auto ok = upsertStatusOverride(context, override_, reason); !ok)
            return std::unexpected(locatedError(row.source, ok.error()));
    }
    return {};
}

} // namespace Tertial::Storage
