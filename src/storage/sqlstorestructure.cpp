// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's structure edits in the SQL store: a nämnd, a verksamhet at its place, a year.
#include "sqlstore.h"

#include "figuretext.h"
#include "transaction.h"

#include <algorithm>
#include <cctype>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

namespace {

bool isBlank(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// A nämnd code as the files write it: letters, digits, '_' and '-', at most 20.
bool isNamndCode(std::string_view code)
{
    return !code.empty() && code.size() <= 20 && std::all_of(code.begin(), code.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return std::isalnum(byte) || c == '_' || c == '-' || byte >= 0x80;
    });
}

// The id an INSERT ... RETURNING id gave back (the engine's identity, or the one given).
Result<Id> returnedId(Statement &insert)
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

Result<bool> SqlStore::exists(std::string_view sql, Id id)
{
    auto st = query(sql, id);
    if (!st)
        return std::unexpected(st.error());
    auto row = (*st)->step();
    if (!row)
        return std::unexpected(row.error());
    (*st)->reset();
    return *row;
}

Result<Namnd> SqlStore::createNamnd(const std::string &kommun, const std::string &code, const std::string &name,
                                       std::optional<Id> id)
{
    if (!isNamndCode(code))
        return fail(ErrorCode::InvalidInput, "nämndkod: '" + code + "' går inte att använda, förväntade 1–20 bokstäver, "
                                             "siffror, _ eller - (som SOCN)");
    if (isBlank(name))
        return fail(ErrorCode::MissingInput, "nämnd " + code + ": ange nämndens namn");
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto known = query("SELECT 1 FROM kommun WHERE code = ?1", kommun);
    if (!known)
        return std::unexpected(known.error());
    auto knownRow = (*known)->step();
    if (!knownRow)
        return std::unexpected(knownRow.error());
    (*known)->reset();
    if (!*knownRow)
        return fail(ErrorCode::NotFound, "kommunkod '" + kommun + "' finns inte i kommunlistan");
    auto found = findNamnd(kommun, code);
    if (!found)
        return std::unexpected(found.error());
    if (*found)
        return fail(ErrorCode::Conflict, "nämnden " + code + " finns redan i kommun " + kommun + " (" + (*found)->name + ")");
    // An id is given only to bring one back (portable: no NULL into an identity column).
    auto insert = id ? query("INSERT INTO namnd (id, kommun, code, name) VALUES (?1, ?2, ?3, ?4) RETURNING id", *id, kommun,
                             code, name)
                     : query("INSERT INTO namnd (kommun, code, name) VALUES (?1, ?2, ?3) RETURNING id", kommun, code, name);
    if (!insert)
        return std::unexpected(insert.error());
    auto inserted = returnedId(**insert);
    if (!inserted)
        return std::unexpected(inserted.error());
    const Namnd created{*inserted, kommun, code, name};
    WriteContext context;
    context.at = now();
    if (auto ok = audit(context, "nämnd", created.id, std::nullopt, kommun + " " + code, std::nullopt, name, {}); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return created;
}

Result<void> SqlStore::removeNamnd(Id namndId)
{
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto st = query("SELECT kommun, code, name FROM namnd WHERE id = ?1", namndId);
    if (!st)
        return std::unexpected(st.error());
    auto row = (*st)->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, "nämnden " + std::to_string(namndId) + " finns inte");
    const std::string what = (*st)->text(0) + " " + (*st)->text(1);
    const std::string name = (*st)->text(2);
    (*st)->reset();
    for (const char *table : {"verksamhet", "indicator", "action_item", "investment", "state_grant", "period_lock",
                              "namnd_year"}) {
        auto used = exists(std::string("SELECT 1 FROM ") + table + " WHERE namnd_id = ?1", namndId);
        if (!used)
            return std::unexpected(used.error());
        if (*used)
            return fail(ErrorCode::Conflict, "nämnden " + what + " har verksamheter, år eller register och tas inte bort");
    }
    if (auto ok = execute("DELETE FROM namnd WHERE id = ?1", namndId); !ok)
        return ok;
    WriteContext context;
    context.at = now();
    if (auto ok = audit(context, "nämnd", namndId, std::nullopt, what, name, std::nullopt, {}); !ok)
        return ok;
    return transaction->commit();
}

Result<Verksamhet> SqlStore::createVerksamhet(Id namndId, std::optional<Id> parentId, const std::string &name,
                                                 int position, std::optional<Id> id)
{
    if (isBlank(name))
        return fail(ErrorCode::MissingInput, "verksamhet: ange ett namn");
    if (name.find(verksamhetPathSeparator) != std::string::npos)
        return fail(ErrorCode::InvalidInput, "verksamhet: '" + name + "' innehåller \"" +
                                                 std::string(verksamhetPathSeparator) +
                                                 "\", som skiljer nivåerna åt; välj ett annat namn");
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto tree = verksamheter(namndId);
    if (!tree)
        return std::unexpected(tree.error());
    std::string path = name;
    if (parentId) {
        auto parent = std::find_if(tree->begin(), tree->end(), [&](const Verksamhet &v) { return v.id == *parentId; });
        if (parent == tree->end())
            return fail(ErrorCode::NotFound, "verksamhet " + std::to_string(*parentId) + " finns inte i nämnden");
        path = parent->path + std::string(verksamhetPathSeparator) + name;
        std::size_t depth = 1;
        for (std::size_t at = path.find(verksamhetPathSeparator); at != std::string::npos;
             at = path.find(verksamhetPathSeparator, at + 1))
            ++depth;
        if (depth > maxVerksamhetDepth)
            return fail(ErrorCode::OutOfRange, path + ": högst " + std::to_string(maxVerksamhetDepth) +
                                                   " nivåer tillåts");
    }
    // The siblings in tree order, numbered 1, 2, … with a gap at `position`: imported orders
    // may repeat or leave gaps, and a shift by one would then not put the new one where asked.
    std::vector<Id> siblings;
    for (const Verksamhet &v : *tree)
        if (v.parentId == parentId) {
            if (v.name == name)
                return fail(ErrorCode::Conflict, path + ": finns redan");
            siblings.push_back(v.id);
        }
    const std::size_t at = std::min<std::size_t>(static_cast<std::size_t>(std::max(position, 0)), siblings.size());
    for (std::size_t i = 0; i < siblings.size(); ++i)
        if (auto ok = execute("UPDATE verksamhet SET ordering = ?2 WHERE id = ?1", siblings[i],
                              static_cast<int>(i < at ? i + 1 : i + 2));
            !ok)
            return std::unexpected(ok.error());
    const int ordering = static_cast<int>(at + 1);
    auto insert = id ? query("INSERT INTO verksamhet (id, namnd_id, parent_id, name, ordering) VALUES (?1, ?2, ?3, ?4, ?5) "
                             "RETURNING id",
                             *id, namndId, parentId, name, ordering)
                     : query("INSERT INTO verksamhet (namnd_id, parent_id, name, ordering) VALUES (?1, ?2, ?3, ?4) "
                             "RETURNING id",
                             namndId, parentId, name, ordering);
    if (!insert)
        return std::unexpected(insert.error());
    auto inserted = returnedId(**insert);
    if (!inserted)
        return std::unexpected(inserted.error());
    Verksamhet created{*inserted, namndId, parentId, name, path, ordering, false, Core::PeriodizationProfile::linear()};
    WriteContext context;
    context.at = now();
    if (auto ok = audit(context, "verksamhet", namndId, created.id, path, std::nullopt, "skapad", {}); !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return created;
}

Result<void> SqlStore::removeVerksamhet(Id verksamhetId)
{
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    WriteContext context;
    context.at = now();
    auto info = verksamhetInfo(context, verksamhetId);
    if (!info)
        return std::unexpected(info.error());
    for (const char *sql : {"SELECT 1 FROM verksamhet WHERE parent_id = ?1", "SELECT 1 FROM figure WHERE verksamhet_id = ?1",
                            "SELECT 1 FROM forecast_method WHERE verksamhet_id = ?1",
                            "SELECT 1 FROM comment WHERE verksamhet_id = ?1", "SELECT 1 FROM volume WHERE verksamhet_id = ?1",
                            "SELECT 1 FROM ledger_month WHERE verksamhet_id = ?1",
                            "SELECT 1 FROM ledger_figure WHERE verksamhet_id = ?1"}) {
        auto used = exists(sql, verksamhetId);
        if (!used)
            return std::unexpected(used.error());
        if (*used)
            return fail(ErrorCode::Conflict,
                        info->path + ": har underrader, belopp, kommentarer, volymer eller huvudbokssiffror och tas inte bort");
    }
    if (auto ok = execute("DELETE FROM verksamhet WHERE id = ?1", verksamhetId); !ok)
        return ok;
    if (auto ok = audit(context, "verksamhet", info->namndId, verksamhetId, info->path, std::string("skapad"),
                        std::string("borttagen"), {});
        !ok)
        return ok;
    return transaction->commit();
}

Result<std::vector<ForecastChoice>> SqlStore::addYear(Id namndId, int year, bool copyForecastMethods)
{
    if (year < 2000 || year > 2100)
        return fail(ErrorCode::OutOfRange, "år " + std::to_string(year) + ": förväntade ett år 2000–2100");
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto known = years(namndId);
    if (!known)
        return std::unexpected(known.error());
    if (std::find(known->begin(), known->end(), year) != known->end())
        return fail(ErrorCode::Conflict, "år " + std::to_string(year) + " finns redan för nämnden");
    if (auto ok = execute("INSERT INTO namnd_year (namnd_id, year) VALUES (?1, ?2)", namndId, year); !ok) {
        if (m_db->lastErrorKind() == SqlErrorKind::ForeignKey)
            return fail(ErrorCode::NotFound, "nämnden " + std::to_string(namndId) + " finns inte");
        return std::unexpected(ok.error());
    }
    WriteContext context;
    context.at = now();
    std::vector<ForecastChoice> copied;
    if (copyForecastMethods) {
        auto st = query("SELECT m.verksamhet_id, m.month, m.method FROM forecast_method m JOIN verksamhet v ON v.id = "
                        "m.verksamhet_id WHERE v.namnd_id = ?1 AND m.year = ?2 ORDER BY m.verksamhet_id, m.month",
                        namndId, year - 1);
        if (!st)
            return std::unexpected(st.error());
        std::optional<std::string> unknown;
        auto ok = (*st)->forEach([&](const Statement &row) {
            const auto method = forecastMethodFromCode(row.text(2));
            if (!method)
                unknown = row.text(2);
            else
                copied.push_back(ForecastChoice{row.int64(0), year, row.integer(1), *method});
        });
        if (!ok)
            return std::unexpected(ok.error());
        if (unknown)
            return fail(ErrorCode::Storage, m_path + ": okänd prognosmetod i databasen: " + *unknown);
        for (const ForecastChoice &choice : copied)
            if (auto written = writeForecast(context, choice, "kopierad från " + std::to_string(year - 1)); !written)
                return std::unexpected(written.error());
    }
    if (auto ok = audit(context, "år", namndId, std::nullopt, "år " + std::to_string(year), std::nullopt,
                        copyForecastMethods ? "tillagt med " + std::to_string(copied.size()) + " prognosmetoder från " +
                                                  std::to_string(year - 1)
                                            : std::string("tillagt"),
                        {});
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return copied;
}

Result<void> SqlStore::removeYear(Id namndId, int year, std::span<const ForecastChoice> copied)
{
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());
    WriteContext context;
    context.at = now();
    for (const ForecastChoice &choice : copied) {
        auto info = verksamhetInfo(context, choice.verksamhetId);
        if (!info)
            return std::unexpected(info.error());
        if (info->namndId != namndId || choice.year != year)
            return fail(ErrorCode::InvalidInput, info->path + ": prognosmetoden hör inte till året " + std::to_string(year));
        if (auto ok = checkUnlocked(context, namndId, choice.year, choice.month, info->path); !ok)
            return ok;
        if (auto ok = execute("DELETE FROM forecast_method WHERE verksamhet_id = ?1 AND year = ?2 AND month = ?3 AND method = ?4",
                              choice.verksamhetId, choice.year, choice.month, forecastMethodCode(choice.method));
            !ok)
            return ok;
        if (m_db->changes() > 0)
            if (auto ok = audit(context, "prognosmetod", namndId, choice.verksamhetId,
                                info->path + " " + periodText(choice.year, choice.month),
                                std::string(forecastMethodCode(choice.method)), std::nullopt, "ångrat nytt år");
                !ok)
                return ok;
    }
    // What the year holds besides: the workbench's undo takes those back first.
    for (const char *sql : {"SELECT 1 FROM figure f JOIN verksamhet v ON v.id = f.verksamhet_id WHERE v.namnd_id = ?1 AND f.year = ?2",
                            "SELECT 1 FROM ledger_figure f JOIN verksamhet v ON v.id = f.verksamhet_id WHERE v.namnd_id = ?1 AND f.year = ?2",
                            "SELECT 1 FROM forecast_method f JOIN verksamhet v ON v.id = f.verksamhet_id WHERE v.namnd_id = ?1 AND f.year = ?2",
                            "SELECT 1 FROM comment f JOIN verksamhet v ON v.id = f.verksamhet_id WHERE v.namnd_id = ?1 AND f.year = ?2",
                            "SELECT 1 FROM volume f JOIN verksamhet v ON v.id = f.verksamhet_id WHERE v.namnd_id = ?1 AND f.year = ?2",
                            "SELECT 1 FROM action_item WHERE namnd_id = ?1 AND year = ?2",
                            "SELECT 1 FROM investment WHERE namnd_id = ?1 AND year = ?2",
                            "SELECT 1 FROM state_grant WHERE namnd_id = ?1 AND year = ?2",
                            "SELECT 1 FROM period_lock WHERE namnd_id = ?1 AND year = ?2"}) {
        auto st = query(sql, namndId, year);
        if (!st)
            return std::unexpected(st.error());
        auto row = (*st)->step();
        if (!row)
            return std::unexpected(row.error());
        (*st)->reset();
        if (*row)
            return fail(ErrorCode::Conflict, "år " + std::to_string(year) + " har belopp, register eller lås och tas inte bort");
    }
    if (auto ok = execute("DELETE FROM namnd_year WHERE namnd_id = ?1 AND year = ?2", namndId, year); !ok)
        return ok;
    if (m_db->changes() == 0)
        return fail(ErrorCode::NotFound, "år " + std::to_string(year) + " är inget tillagt år för nämnden");
    if (auto ok = audit(context, "år", namndId, std::nullopt, "år " + std::to_string(year), std::string("tillagt"),
                        std::nullopt, {});
        !ok)
        return ok;
    return transaction->commit();
}

} // namespace Tertial::Storage
