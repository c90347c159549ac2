// SPDX-License-Identifier: GPL-3.0-or-later
// The Kolada store over the sqlite3 C API.
#include "koladastore.h"

#include "koladaschema.h"
#include "sqlitestore.h"
#include "transaction.h"

#include <algorithm>
#include <cctype>

namespace Tertial::Storage {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

namespace {

std::string lowerAscii(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

Result<void> failed(const std::string &path, const Core::Error &error)
{
    return fail(error.code, path + ": Kolada-data: " + error.message);
}

} // namespace

KoladaStore::KoladaStore(SqliteConnection connection, std::string path)
    : m_db(std::move(connection)), m_path(std::move(path))
{
}

Result<std::unique_ptr<KoladaStore>> KoladaStore::open(const std::string &path)
{
    {
        // The main store recognises, checks and migrates the file; then we need it no more.
        auto main = SqliteStore::open(path, SqliteStore::OpenOptions{.checkIntegrity = false});
        if (!main)
            return std::unexpected(main.error());
    }
    auto connection = SqliteConnection::open(path, SqliteConnection::Mode::OpenExisting);
    if (!connection)
        return std::unexpected(connection.error());
    std::unique_ptr<KoladaStore> store(new KoladaStore(std::move(*connection), path));
    for (std::string_view pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
        if (auto ok = store->m_db.exec(pragma); !ok)
            return std::unexpected(failed(path, ok.error()).error());
    }
    if (auto ok = store->ensureTables(); !ok)
        return std::unexpected(ok.error());
    return store;
}

Result<void> KoladaStore::ensureTables()
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return failed(m_path, transaction.error());
    if (auto ok = m_db.exec(koladaTablesSql()); !ok)
        return failed(m_path, ok.error());
    if (auto ok = ensureUserGroupTables(); !ok)
        return failed(m_path, ok.error());
    return transaction->commit();
}

Result<KoladaImportSummary> KoladaStore::apply(const KoladaBatch &batch)
{
    KoladaImportSummary summary;
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return std::unexpected(transaction.error());

    auto upsertKpi = m_db.prepare(
        "INSERT INTO kolada_kpi (id, title, description, divided_by_gender, municipality_type, operating_area) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
        "description = excluded.description, divided_by_gender = excluded.divided_by_gender, "
        "municipality_type = excluded.municipality_type, operating_area = excluded.operating_area");
    if (!upsertKpi)
        return std::unexpected(upsertKpi.error());
    for (const auto &kpi : batch.kpis) {
        upsertKpi->bind(1, kpi.id);
        upsertKpi->bind(2, kpi.title);
        upsertKpi->bind(3, kpi.description);
        upsertKpi->bind(4, kpi.dividedByGender ? 1 : 0);
        upsertKpi->bind(5, kpi.municipalityType);
        upsertKpi->bind(6, kpi.operatingArea);
        if (auto ok = upsertKpi->run(); !ok)
            return std::unexpected(ok.error());
        ++summary.kpis;
    }

    auto upsertMunicipality = m_db.prepare(
        "INSERT INTO kolada_municipality (id, title, type) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (id) DO UPDATE SET title = excluded.title, type = excluded.type");
    if (!upsertMunicipality)
        return std::unexpected(upsertMunicipality.error());
    for (const auto &municipality : batch.municipalities) {
        upsertMunicipality->bind(1, municipality.id);
        upsertMunicipality->bind(2, municipality.title);
        upsertMunicipality->bind(3, municipality.type);
        if (auto ok = upsertMunicipality->run(); !ok)
            return std::unexpected(ok.error());
        ++summary.municipalities;
    }

    auto upsertGroup = m_db.prepare("INSERT INTO kolada_group (id, title) VALUES (?1, ?2) "
                                    "ON CONFLICT (id) DO UPDATE SET title = excluded.title");
    auto clearMembers = m_db.prepare("DELETE FROM kolada_group_member WHERE group_id = ?1");
    auto insertMember = m_db.prepare("INSERT INTO kolada_group_member (group_id, member_id, member_title, ordering) "
                                     "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (group_id, member_id) DO NOTHING");
    if (!upsertGroup || !clearMembers || !insertMember)
        return fail(ErrorCode::Storage, "databasfel: " + m_db.lastError());
    for (const auto &group : batch.groups) {
        upsertGroup->bind(1, group.id);
        upsertGroup->bind(2, group.title);
        if (auto ok = upsertGroup->run(); !ok)
            return std::unexpected(ok.error());
        clearMembers->bind(1, group.id);
        if (auto ok = clearMembers->run(); !ok)
            return std::unexpected(ok.error());
        int ordering = 0;
        for (const auto &member : group.members) {
            insertMember->bind(1, group.id);
            insertMember->bind(2, member.id);
            insertMember->bind(3, member.title);
            insertMember->bind(4, ordering++);
            if (auto ok = insertMember->run(); !ok)
                return std::unexpected(ok.error());
        }
        ++summary.groups;
    }

    auto upsertValue = m_db.prepare(
        "INSERT INTO kolada_value (kpi, municipality, year, gender, value, count, status, fetched_at, source) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (kpi, year, gender, municipality) DO UPDATE SET "
        "value = excluded.value, count = excluded.count, status = excluded.status, "
        "fetched_at = excluded.fetched_at, source = excluded.source");
    auto deleteValue = m_db.prepare(
        "DELETE FROM kolada_value WHERE kpi = ?1 AND municipality = ?2 AND year = ?3 AND gender = ?4");
    if (!upsertValue || !deleteValue)
        return fail(ErrorCode::Storage, "databasfel: " + m_db.lastError());
    for (const auto &value : batch.values) {
        if (value.deleted) {
            // Kolada withdrew the value: keeping an older copy would rank on a figure no longer published.
            deleteValue->bind(1, value.kpi);
            deleteValue->bind(2, value.municipality);
            deleteValue->bind(3, value.year);
            deleteValue->bind(4, koladaGenderCode(value.gender));
            if (auto ok = deleteValue->run(); !ok)
                return std::unexpected(ok.error());
            ++summary.valuesDeleted;
            continue;
        }
        upsertValue->bind(1, value.kpi);
        upsertValue->bind(2, value.municipality);
        upsertValue->bind(3, value.year);
        upsertValue->bind(4, koladaGenderCode(value.gender));
        upsertValue->bind(5, value.value);
        upsertValue->bind(6, value.count);
        upsertValue->bind(7, value.status);
        upsertValue->bind(8, batch.fetchedAt);
        upsertValue->bind(9, batch.source);
        if (auto ok = upsertValue->run(); !ok)
            return std::unexpected(ok.error());
        if (value.value)
            ++summary.valuesStored;
        else
            ++summary.valuesMissing;
        if (!value.status.empty())
            ++summary.valuesFlagged;
    }

    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return summary;
}

Result<std::vector<KoladaKpi>> KoladaStore::kpis()
{
    auto st = m_db.prepare("SELECT id, title, description, divided_by_gender, municipality_type, operating_area "
                           "FROM kolada_kpi ORDER BY id");
    if (!st)
        return std::unexpected(st.error());
    std::vector<KoladaKpi> result;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        result.push_back(KoladaKpi{st->text(0), st->text(1), st->text(2), st->integer(3) != 0, st->text(4), st->text(5)});
    }
    return result;
}

Result<std::optional<KoladaKpi>> KoladaStore::kpi(const std::string &id)
{
    auto all = kpis();
    if (!all)
        return std::unexpected(all.error());
    for (auto &kpi : *all)
        if (kpi.id == id)
            return std::optional<KoladaKpi>(std::move(kpi));
    return std::optional<KoladaKpi>();
}

Result<std::vector<KoladaMunicipality>> KoladaStore::municipalities()
{
    auto st = m_db.prepare("SELECT id, title, type FROM kolada_municipality ORDER BY id");
    if (!st)
        return std::unexpected(st.error());
    std::vector<KoladaMunicipality> result;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        result.push_back(KoladaMunicipality{st->text(0), st->text(1), st->text(2)});
    }
    return result;
}

Result<std::vector<KoladaGroup>> KoladaStore::groups()
{
    auto st = m_db.prepare("SELECT g.id, g.title, m.member_id, m.member_title FROM kolada_group g "
                           "LEFT JOIN kolada_group_member m ON m.group_id = g.id ORDER BY g.id, m.ordering");
    if (!st)
        return std::unexpected(st.error());
    std::vector<KoladaGroup> result;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const std::string id = st->text(0);
        if (result.empty() || result.back().id != id)
            result.push_back(KoladaGroup{id, st->text(1), {}});
        if (!st->isNull(2))
            result.back().members.push_back(KoladaGroupMember{st->text(2), st->text(3)});
    }
    return result;
}

Result<std::optional<KoladaGroup>> KoladaStore::findGroup(const std::string &idOrTitle)
{
    auto all = groups();
    if (!all)
        return std::unexpected(all.error());
    for (auto *match : {+[](const KoladaGroup &g, const std::string &key) { return g.id == key; },
                        +[](const KoladaGroup &g, const std::string &key) { return g.title == key; },
                        +[](const KoladaGroup &g, const std::string &key) { return lowerAscii(g.title) == lowerAscii(key); }}) {
        for (auto &group : *all)
            if (match(group, idOrTitle))
                return std::optional<KoladaGroup>(std::move(group));
    }
    return std::optional<KoladaGroup>();
}

Result<std::vector<KoladaStoredValue>> KoladaStore::values(const std::string &kpi, std::optional<int> year,
                                                           KoladaGender gender)
{
    // The kommun register (kind K, L, R) names and types what Kolada's metadata does not cover.
    auto st = m_db.prepare(
        "SELECT v.municipality, COALESCE(m.title, k.name, ''), COALESCE(m.type, k.kind, ''), v.year, v.value, "
        "v.status, v.fetched_at, v.source FROM kolada_value v "
        "LEFT JOIN kolada_municipality m ON m.id = v.municipality LEFT JOIN kommun k ON k.code = v.municipality "
        "WHERE v.kpi = ?1 AND v.gender = ?2 AND (?3 IS NULL OR v.year = ?3) ORDER BY v.municipality, v.year");
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, kpi);
    st->bind(2, koladaGenderCode(gender));
    st->bind(3, year);
    std::vector<KoladaStoredValue> result;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        KoladaStoredValue value;
        value.municipality = st->text(0);
        value.name = st->text(1);
        value.type = st->text(2);
        value.year = st->integer(3);
        value.gender = gender;
        value.value = st->optionalReal(4);
        value.status = st->text(5);
        value.fetchedAt = st->text(6);
        value.source = st->text(7);
        result.push_back(std::move(value));
    }
    return result;
}

} // namespace Tertial::Storage
