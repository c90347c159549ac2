// SPDX-License-Identifier: GPL-3.0-or-later
// SqlStore: the ledger import (mappings, monthly amounts, derived figures) in one transaction.
// The SQL is plain (INSERT, UPDATE, DELETE, ON CONFLICT) so the PostgreSQL store can run it as is.
#include "sqlstore.h"

#include "figuretext.h"
#include "importids.h"
#include "transaction.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Money;
using Core::Result;

namespace {

std::string mappingText(const std::vector<KontoRange> &ranges)
{
    std::string text;
    for (const KontoRange &r : ranges)
        text += (text.empty() ? "" : "\n") + std::to_string(r.from) + ";" + std::to_string(r.to) + ";" + r.kontoslag;
    return text;
}

std::string mappingText(const std::vector<AnsvarRule> &rules)
{
    std::string text;
    for (const AnsvarRule &r : rules)
        text += (text.empty() ? "" : "\n") + r.ansvar + ";" + r.path;
    return text;
}

using FigureMap = std::map<std::tuple<Id, std::string, int, int, std::string>, Money>; // verksamhet, kontoslag, year, month, measure

} // namespace

Result<LedgerMappings> SqlStore::ledgerMappings(const std::string &kommun)
{
    LedgerMappings result;
    auto konton = query("SELECT konto_from, konto_to, kontoslag FROM konto_mapping WHERE kommun = ?1 ORDER BY konto_from",
                        kommun);
    if (!konton)
        return std::unexpected(konton.error());
    if (auto ok = (*konton)->forEach([&](const Statement &row) {
            result.konton.push_back(KontoRange{row.integer(0), row.integer(1), row.text(2)});
        });
        !ok)
        return std::unexpected(ok.error());
    auto ansvar = query("SELECT ansvar, verksamhet FROM ansvar_mapping WHERE kommun = ?1 ORDER BY ansvar", kommun);
    if (!ansvar)
        return std::unexpected(ansvar.error());
    if (auto ok = (*ansvar)->forEach([&](const Statement &row) {
            result.ansvar.push_back(AnsvarRule{row.text(0), row.text(1)});
        });
        !ok)
        return std::unexpected(ok.error());
    return result;
}

Result<std::vector<LedgerAmount>> SqlStore::ledgerAmounts(Id namndId, const std::vector<LedgerPeriod> &periods)
{
    // Paths are not stored (schema 8): the nämnd's tree names the verksamheter once.
    auto tree = verksamheter(namndId);
    if (!tree)
        return std::unexpected(tree.error());
    std::unordered_map<Id, std::string> paths;
    for (const Verksamhet &v : *tree)
        paths.emplace(v.id, v.path);
    std::vector<LedgerAmount> result;
    for (const LedgerPeriod &p : periods) {
        auto st = query("SELECT l.verksamhet_id, l.kontoslag, l.amount_ore FROM ledger_month l JOIN verksamhet v ON "
                        "v.id = l.verksamhet_id WHERE v.namnd_id = ?1 AND l.year = ?2 AND l.version = ?3 AND l.month = ?4",
                        namndId, p.year, ledgerVersionCode(p.version), p.month);
        if (!st)
            return std::unexpected(st.error());
        const std::size_t first = result.size();
        if (auto ok = (*st)->forEach([&](const Statement &row) {
                const auto path = paths.find(row.int64(0));
                result.push_back(LedgerAmount{path == paths.end() ? std::string() : path->second, row.text(1), p.year,
                                              p.month, p.version, Money::fromOre(row.int64(2))});
            });
            !ok)
            return std::unexpected(ok.error());
        // In the order the path column gave before: by path, then kontoslag (byte-wise, as SQLite
        // and PostgreSQL's COLLATE "C" sort).
        std::sort(result.begin() + static_cast<std::ptrdiff_t>(first), result.end(), [](const LedgerAmount &a, const LedgerAmount &b) {
            return std::tie(a.path, a.kontoslag) < std::tie(b.path, b.kontoslag);
        });
    }
    return result;
}

Result<void> SqlStore::storeMappings(const WriteContext &context, const LedgerImport &import, const std::string &reason)
{
    auto stored = ledgerMappings(import.namnd.kommun);
    if (!stored)
        return std::unexpected(stored.error());
    const std::string &kommun = import.namnd.kommun;
    if (import.konton && *import.konton != stored->konton) {
        if (auto ok = execute("DELETE FROM konto_mapping WHERE kommun = ?1", kommun); !ok)
            return ok;
        for (const KontoRange &r : *import.konton)
            if (auto ok = execute("INSERT INTO konto_mapping (kommun, konto_from, konto_to, kontoslag) VALUES (?1, ?2, ?3, ?4)",
                                  kommun, r.from, r.to, r.kontoslag);
                !ok)
                return fail(ErrorCode::InvalidInput, "kontoslagsmappning: " + std::to_string(r.from) + ";" +
                                                         std::to_string(r.to) + ";" + r.kontoslag + ": " +
                                                         ok.error().message);
        if (auto ok = audit(context, "mappning", std::nullopt, std::nullopt, "konto → kontoslag, kommun " + kommun,
                            stored->konton.empty() ? std::nullopt : std::optional(mappingText(stored->konton)),
                            mappingText(*import.konton), reason);
            !ok)
            return ok;
    }
    if (import.ansvar && *import.ansvar != stored->ansvar) {
        if (auto ok = execute("DELETE FROM ansvar_mapping WHERE kommun = ?1", kommun); !ok)
            return ok;
        for (const AnsvarRule &r : *import.ansvar)
            if (auto ok = execute("INSERT INTO ansvar_mapping (kommun, ansvar, verksamhet) VALUES (?1, ?2, ?3)", kommun,
                                  r.ansvar, r.path);
                !ok)
                return fail(ErrorCode::InvalidInput, "ansvarsmappning: " + r.ansvar + ";" + r.path + ": " +
                                                         ok.error().message);
        if (auto ok = audit(context, "mappning", std::nullopt, std::nullopt, "ansvar → verksamhet, kommun " + kommun,
                            stored->ansvar.empty() ? std::nullopt : std::optional(mappingText(stored->ansvar)),
                            mappingText(*import.ansvar), reason);
            !ok)
            return ok;
    }
    return {};
}

Result<LedgerSummary> SqlStore::applyLedger(const LedgerImport &import, const std::string &reason)
{
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    WriteContext context;
    context.at = now();
    ImportIds ids;
    ids.context = &context;
    ids.reason = &reason;
    LedgerSummary summary;

    if (auto ok = storeMappings(context, import, reason); !ok)
        return std::unexpected(ok.error());
    auto namndId = ensureNamnd(ids, import.namnd, nullptr, SourceRef{});
    if (!namndId)
        return std::unexpected(namndId.error());

    // Replace exactly what the export covers: its (year, version, month), nothing else.
    std::set<int> years;
    for (const LedgerPeriod &p : import.covered) {
        years.insert(p.year);
        if (auto ok = execute("DELETE FROM ledger_month WHERE year = ?2 AND version = ?3 AND month = ?4 AND "
                              "verksamhet_id IN (SELECT id FROM verksamhet WHERE namnd_id = ?1)",
                              *namndId, p.year, ledgerVersionCode(p.version), p.month);
            !ok)
            return std::unexpected(ok.error());
    }
    for (const LedgerAmount &a : import.amounts) {
        auto id = ensureVerksamhet(ids, *namndId, a.path, SourceRef{});
        if (!id)
            return std::unexpected(id.error());
        if (auto ok = execute("INSERT INTO ledger_month (verksamhet_id, kontoslag, year, month, version, amount_ore) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (verksamhet_id, year, version, month, kontoslag) "
                              "DO UPDATE SET amount_ore = ledger_month.amount_ore + excluded.amount_ore",
                              *id, a.kontoslag, a.year, a.month, ledgerVersionCode(a.version), a.amount.ore());
            !ok)
            return std::unexpected(ok.error());
        years.insert(a.year);
    }
    for (int year : years)
        if (auto ok = deriveLedgerYear(context, *namndId, year, reason, summary); !ok)
            return std::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return summary;
}

Result<void> SqlStore::deriveLedgerYear(WriteContext &context, Id namndId, int year, const std::string &reason,
                                           LedgerSummary &summary)
{
    auto kontoslagList = kontoslag();
    if (!kontoslagList)
        return std::unexpected(kontoslagList.error());
    std::vector<LedgerMonths> months;
    {
        auto st = query("SELECT l.verksamhet_id, l.kontoslag, l.version, l.month, l.amount_ore FROM ledger_month l "
                        "JOIN verksamhet v ON v.id = l.verksamhet_id WHERE v.namnd_id = ?1 AND l.year = ?2 "
                        "ORDER BY l.verksamhet_id, l.kontoslag, l.version",
                        namndId, year);
        if (!st)
            return std::unexpected(st.error());
        if (auto ok = (*st)->forEach([&](const Statement &row) {
                const Id id = row.int64(0);
                const std::string kontoslagCode = row.text(1);
                const auto version = ledgerVersionFromCode(row.text(2)).value_or(LedgerVersion::Actual);
                if (months.empty() || months.back().verksamhetId != id || months.back().kontoslag != kontoslagCode ||
                    months.back().version != version)
                    months.push_back(LedgerMonths{id, kontoslagCode, version, {}});
                months.back().months[static_cast<std::size_t>(row.integer(3))] = Money::fromOre(row.int64(4));
            });
            !ok)
            return ok;
    }
    FigureMap derived;
    for (const Figure &f : ledgerFigures(months, year, *kontoslagList))
        derived.emplace(std::make_tuple(f.key.verksamhetId, f.key.kontoslag, f.key.year, f.key.month.value_or(0),
                                        std::string(measureCode(f.key.measure))),
                        f.amount);
    FigureMap stored;
    {
        auto st = query("SELECT l.verksamhet_id, l.kontoslag, l.year, l.month, l.measure, l.amount_ore FROM ledger_figure l "
                        "JOIN verksamhet v ON v.id = l.verksamhet_id WHERE v.namnd_id = ?1 AND l.year = ?2",
                        namndId, year);
        if (!st)
            return std::unexpected(st.error());
        if (auto ok = (*st)->forEach([&](const Statement &row) {
                stored.emplace(std::make_tuple(row.int64(0), row.text(1), row.integer(2), row.integer(3), row.text(4)),
                               Money::fromOre(row.int64(5)));
            });
            !ok)
            return ok;
    }

    auto whatOf = [&](const auto &key) -> Result<std::string> {
        const auto &[verksamhetId, kontoslagCode, y, month, measure] = key;
        auto info = verksamhetInfo(context, verksamhetId);
        if (!info)
            return std::unexpected(info.error());
        const FigureKey figureKey{verksamhetId, kontoslagCode, y, month == 0 ? std::nullopt : std::optional<int>(month),
                                  measureFromCode(measure).value_or(Measure::Budget)};
        return figureWhat(info->path, figureKey) + " (huvudbok)";
    };
    std::map<SplitKey, SplitWrite> utfall; // the utfall keys the ledger changed
    auto change = [&](const auto &key, std::optional<Money> before, std::optional<Money> after) -> Result<void> {
        const auto &[verksamhetId, kontoslagCode, y, month, measure] = key;
        auto what = whatOf(key);
        if (!what)
            return std::unexpected(what.error());
        if (const auto m = measureFromCode(measure);
            m && (*m == Measure::ActualIncome || *m == Measure::ActualCost || *m == Measure::ActualNet)) {
            SplitWrite &write = utfall[{verksamhetId, y, month, kontoslagCode}];
            if (write.what.empty() || (*m == Measure::ActualNet && !write.net))
                write.what = *what;
            (*m == Measure::ActualNet ? write.net : write.split) = true;
        }
        // As a typed figure: a locked month also freezes the year's helår budget it shows, and
        // the utfall of the year before that it compares with.
        if (auto ok = checkFigureUnlocked(context, namndId, y, month, measureFromCode(measure).value_or(Measure::Budget),
                                          [&] { return *what; });
            !ok)
            return ok;
        Result<void> written;
        if (after)
            written = execute("INSERT INTO ledger_figure (verksamhet_id, year, month, measure, kontoslag, amount_ore) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (verksamhet_id, year, month, measure, kontoslag) "
                              "DO UPDATE SET amount_ore = excluded.amount_ore",
                              verksamhetId, y, month, measure, kontoslagCode, after->ore());
        else
            written = execute("DELETE FROM ledger_figure WHERE verksamhet_id = ?1 AND year = ?2 AND month = ?3 AND "
                              "measure = ?4 AND kontoslag = ?5",
                              verksamhetId, y, month, measure, kontoslagCode);
        if (!written)
            return written;
        auto text = [](std::optional<Money> m) {
            return m ? std::optional<std::string>(std::to_string(m->ore())) : std::nullopt;
        };
        return audit(context, "figur", namndId, verksamhetId, *what, text(before), text(after), reason);
    };

    for (const auto &[key, amount] : derived) {
        const auto it = stored.find(key);
        if (it != stored.end() && it->second == amount) {
            ++summary.figuresUnchanged;
            continue;
        }
        if (auto ok = change(key, it == stored.end() ? std::nullopt : std::optional(it->second), amount); !ok)
            return ok;
        ++(it == stored.end() ? summary.figuresAdded : summary.figuresChanged);
    }
    for (const auto &[key, amount] : stored) {
        if (derived.contains(key))
            continue;
        if (auto ok = change(key, amount, std::nullopt); !ok)
            return ok;
        ++summary.figuresRemoved;
    }
    // What the table shows once the ledger is in (a typed figure over the ledger's) must agree.
    if (auto ok = checkStoredSplits(utfall, "samma import"); !ok)
        return ok;
    // Ledger figures a typed figure of the same key hides (the typed one wins when read).
    auto typed = query("SELECT COUNT(*) FROM ledger_figure l JOIN verksamhet v ON v.id = l.verksamhet_id "
                       "WHERE v.namnd_id = ?1 AND l.year = ?2 AND EXISTS (SELECT 1 FROM figure f WHERE "
                       "f.verksamhet_id = l.verksamhet_id AND f.year = l.year AND f.month = l.month AND "
                       "f.measure = l.measure AND f.kontoslag = l.kontoslag)",
                       namndId, year);
    if (!typed)
        return std::unexpected(typed.error());
    if (auto row = (*typed)->step(); !row)
        return std::unexpected(row.error());
    summary.typedKept += static_cast<std::size_t>((*typed)->int64(0));
    (*typed)->reset();
    return {};
}

} // namespace Tertial::Storage
