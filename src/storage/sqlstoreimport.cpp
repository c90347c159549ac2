// SPDX-License-Identifier: GPL-3.0-or-later
// SqlStore::apply: a whole import in one transaction, nämnder and verksamheter created on the way.
#include "sqlstore.h"

#include "figuretext.h"
#include "importids.h"
#include "transaction.h"

#include <map>
#include <unordered_map>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

namespace {

constexpr std::string_view pathSeparator = " > ";

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
    // The parent first (an empty path is the nämnd's own hidden node, which has none), so a new path creates every missing level.
    std::optional<Id> parent;
    std::string name = path;
    if (const std::size_t cut = path.rfind(pathSeparator); !path.empty() && cut != std::string::npos) {
        auto parentId = ensureVerksamhet(ids, namndId, path.substr(0, cut), source);
        if (!parentId)
            return parentId;
        parent = *parentId;
        name = path.substr(cut + pathSeparator.size());
    }
    auto find = statement("SELECT id FROM verksamhet WHERE namnd_id = ?1 AND path = ?2");
    if (!find)
        return std::unexpected(find.error());
    (*find)->bindAll(namndId, path);
    auto row = (*find)->step();
    if (!row)
        return std::unexpected(row.error());
    Id id = 0;
    if (*row) {
        id = (*find)->int64(0);
        (*find)->reset();
    } else {
        (*find)->reset();
        // New nodes go last among their siblings: the order of first appearance in the file.
        auto next = statement(parent ? "SELECT COALESCE(MAX(ordering), 0) + 1 FROM verksamhet WHERE namnd_id = ?1 AND parent_id = ?2"
                                     : "SELECT COALESCE(MAX(ordering), 0) + 1 FROM verksamhet WHERE namnd_id = ?1 AND parent_id IS NULL");
        if (!next)
            return std::unexpected(next.error());
        (*next)->bind(1, namndId);
        if (parent)
            (*next)->bind(2, *parent);
        if (auto r = (*next)->step(); !r)
            return std::unexpected(r.error());
        const int ordering = (*next)->integer(0);
        (*next)->reset();
        auto insert = statement("INSERT INTO verksamhet (namnd_id, parent_id, name, path, ordering) "
                                "VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id");
        if (!insert)
            return std::unexpected(insert.error());
        (*insert)->bindAll(namndId, parent, name, path, ordering);
        auto inserted = insertedId(**insert);
        if (!inserted)
            return std::unexpected(locatedError(source, inserted.error()));
        id = *inserted;
        if (auto ok = audit(*ids.context, "verksamhet", namndId, id, path, std::nullopt, "skapad", *ids.reason); !ok)
            return std::unexpected(ok.error());
    }
    ids.verksamheter[namndId][path] = id;
    ids.context->verksamheter[id] = VerksamhetInfo{namndId, path};
    return id;
}

Result<ImportSummary> SqlStore::apply(const ImportBatch &batch, const std::string &reason)
{
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    WriteContext context;
    context.at = now();
    ImportIds ids;
    ids.context = &context;
    ids.reason = &reason;
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
    for (const auto &[namndId, count] : context.newFigures) {
        if (auto ok = audit(context, "import", namndId, std::nullopt, std::to_string(count) + " nya belopp",
                            std::nullopt, std::to_string(count), reason);
            !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = applyRegisters(context, ids, batch, reason); !ok)
        return std::unexpected(ok.error());
    summary.rowsRead += batch.forecasts.size() + batch.volumes.size() + batch.comments.size() + batch.indicators.size() +
                        batch.indicatorValues.size() + batch.actions.size() + batch.investments.size() +
                        batch.stateGrants.size() + batch.personnel.size() + batch.statusOverrides.size();
    if (auto ok = transaction->commit(); !ok)
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
    std::unordered_map<Key, std::int64_t, Hash> ore;
};

Result<void> SqlStore::applyFigures(WriteContext &context, ImportIds &ids, const ImportBatch &batch,
                                       const std::string &reason, ImportSummary &summary)
{
    if (batch.figures.empty())
        return {};
    // Prepared once for the whole import.
    auto insert = statement("INSERT INTO figure (verksamhet_id, year, month, measure, kontoslag, amount_ore) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert)
        return std::unexpected(insert.error());
    auto update = statement("UPDATE figure SET amount_ore = ?6 WHERE verksamhet_id = ?1 AND year = ?2 AND month = ?3 "
                            "AND measure = ?4 AND kontoslag = ?5");
    if (!update)
        return std::unexpected(update.error());
    auto load = statement("SELECT f.verksamhet_id, f.month, f.measure, f.kontoslag, f.amount_ore "
                          "FROM figure f JOIN verksamhet v ON v.id = f.verksamhet_id "
                          "WHERE v.namnd_id = ?1 AND f.year = ?2");
    if (!load)
        return std::unexpected(load.error());

    std::map<std::pair<Id, int>, StoredFigures> stored; // (nämnd, year)
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
                                       row.int64(4));
        });
        if (!ok)
            return std::unexpected(ok.error());
        if (unknown)
            return fail(ErrorCode::Storage, m_path + ": okänt mått i databasen: " + *unknown);
        return &it->second;
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
        if (auto ok = checkUnlocked(context, namndId, row.year, month, what); !ok)
            return std::unexpected(locatedError(row.source, ok.error()));
        if (!figures || lastYear != std::pair(namndId, row.year)) {
            auto loaded = storedOf(namndId, row.year);
            if (!loaded)
                return std::unexpected(loaded.error());
            figures = *loaded;
            lastYear = {namndId, row.year};
        }

        const std::int64_t ore = row.amount.ore();
        const std::string_view measure = measureCode(row.measure);
        auto [it, isNew] = figures->ore.try_emplace(StoredFigures::Key{verksamhetId, month, row.measure, row.kontoslag}, ore);
        if (isNew) {
            // The row's strings outlive the step: SQLite need not copy them.
            Statement &i = **insert;
            i.bindAll(verksamhetId, row.year, month);
            i.bindUnowned(4, measure);
            i.bindUnowned(5, row.kontoslag);
            i.bind(6, ore);
            if (auto ok = i.run(); !ok) {
                i.reset();
                if (m_db->lastErrorKind() == SqlErrorKind::ForeignKey)
                    return fail(ErrorCode::NotFound, located(row.source, what() + ": okänt kontoslag '" + row.kontoslag + "'"));
                return std::unexpected(locatedError(row.source, ok.error()));
            }
            ++context.newFigures[namndId];
            ++summary.figuresWritten;
        } else if (it->second == ore) {
            ++summary.figuresUnchanged;
        } else {
            if (auto ok = (*update)->bindAll(verksamhetId, row.year, month, measure, row.kontoslag, ore).run(); !ok)
                return std::unexpected(locatedError(row.source, ok.error()));
            if (auto ok = audit(context, "figur", namndId, verksamhetId, what(), std::to_string(it->second),
                                std::to_string(ore), reason);
                !ok)
                return std::unexpected(ok.error());
            it->second = ore;
            ++summary.figuresWritten;
        }
        ++summary.rowsRead;
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
