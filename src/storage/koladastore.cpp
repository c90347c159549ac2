// SPDX-License-Identifier: GPL-3.0-or-later
// The Kolada store over the sqlite3 C API.
#include "koladastore.h"

#include "openstore.h"
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

} // namespace

KoladaStore::KoladaStore(std::unique_ptr<SqlStore> main)
    : m_main(std::move(main)), m_db(&m_main->connection()), m_path(m_main->location())
{
}

Result<std::unique_ptr<KoladaStore>> KoladaStore::open(const std::string &location)
{
    auto main = openStore(location, OpenMode::OpenExisting);
    if (!main)
        return std::unexpected(main.error());
    return std::make_unique<KoladaStore>(std::move(*main));
}

Result<KoladaImportSummary> KoladaStore::apply(const KoladaBatch &batch)
{
    KoladaImportSummary summary;
    auto transaction = Transaction::begin(*m_db);
    if (!transaction)
        return std::unexpected(transaction.error());

    auto upsertKpi = m_db->statement(
        "INSERT INTO kolada_kpi (id, title, description, divided_by_gender, municipality_type, operating_area) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
        "description = excluded.description, divided_by_gender = excluded.divided_by_gender, "
        "municipality_type = excluded.municipality_type, operating_area = excluded.operating_area");
    if (!upsertKpi)
        return std::unexpected(upsertKpi.error());
    for (const auto &kpi : batch.kpis) {
        (*upsertKpi)->bindAll(kpi.id, kpi.title, kpi.description, kpi.dividedByGender ? 1 : 0, kpi.municipalityType,
                           kpi.operatingArea);
        if (auto ok = (*upsertKpi)->run(); !ok)
            return std::unexpected(ok.error());
        ++summary.kpis;
    }

    auto upsertMunicipality = m_db->statement(
        "INSERT INTO kolada_municipality (id, title, type) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (id) DO UPDATE SET title = excluded.title, type = excluded.type");
    if (!upsertMunicipality)
        return std::unexpected(upsertMunicipality.error());
    for (const auto &municipality : batch.municipalities) {
        (*upsertMunicipality)->bindAll(municipality.id, municipality.title, municipality.type);
        if (auto ok = (*upsertMunicipality)->run(); !ok)
            return std::unexpected(ok.error());
        ++summary.municipalities;
    }

    auto upsertGroup = m_db->statement("INSERT INTO kolada_group (id, title) VALUES (?1, ?2) "
                                    "ON CONFLICT (id) DO UPDATE SET title = excluded.title");
    auto clearMembers = m_db->statement("DELETE FROM kolada_group_member WHERE group_id = ?1");
    auto insertMember = m_db->statement("INSERT INTO kolada_group_member (group_id, member_id, member_title, ordering) "
                                     "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (group_id, member_id) DO NOTHING");
    if (!upsertGroup || !clearMembers || !insertMember)
        return fail(ErrorCode::Storage, "databasfel: " + m_db->lastError());
    for (const auto &group : batch.groups) {
        (*upsertGroup)->bindAll(group.id, group.title);
        if (auto ok = (*upsertGroup)->run(); !ok)
            return std::unexpected(ok.error());
        (*clearMembers)->bind(1, group.id);
        if (auto ok = (*clearMembers)->run(); !ok)
            return std::unexpected(ok.error());
        int ordering = 0;
        for (const auto &member : group.members) {
            (*insertMember)->bindAll(group.id, member.id, member.title, ordering++);
            if (auto ok = (*insertMember)->run(); !ok)
                return std::unexpected(ok.error());
        }
        ++summary.groups;
    }

    auto upsertValue = m_db->statement(
        "INSERT INTO kolada_value (kpi, municipality, year, gender, value, count, status, fetched_at, source) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (kpi, year, gender, municipality) DO UPDATE SET "
        "value = excluded.value, count = excluded.count, status = excluded.status, "
        "fetched_at = excluded.fetched_at, source = excluded.source");
    auto deleteValue = m_db->statement(
        "DELETE FROM kolada_value WHERE kpi = ?1 AND municipality = ?2 AND year = ?3 AND gender = ?4");
    if (!upsertValue || !deleteValue)
        return fail(ErrorCode::Storage, "databasfel: " + m_db->lastError());
    for (const auto &value : batch.values) {
        if (value.deleted) {
            // Kolada withdrew the value: keeping an older copy would rank on a figure no longer published.
            (*deleteValue)->bindAll(value.kpi, value.municipality, value.year, koladaGenderCode(value.gender));
            if (auto ok = (*deleteValue)->run(); !ok)
                return std::unexpected(ok.error());
            ++summary.valuesDeleted;
            continue;
        }
        (*upsertValue)->bindAll(value.kpi, value.municipality, value.year, koladaGenderCode(value.gender), value.value,
                             value.count, value.status, batch.fetchedAt, batch.source);
        if (auto ok = (*upsertValue)->run(); !ok)
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
    auto st = m_db->statement("SELECT id, title, description, divided_by_gender, municipality_type, operating_area "
                           "FROM kolada_kpi ORDER BY id");
    if (!st)
        return std::unexpected(st.error());
    std::vector<KoladaKpi> result;
    auto ok = (*st)->forEach([&](const Statement &row) {
        result.push_back(KoladaKpi{row.text(0), row.text(1), row.text(2), row.integer(3) != 0, row.text(4), row.text(5)});
    });
    if (!ok)
        return std::unexpected(ok.error());
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
    auto st = m_db->statement("SELECT id, title, type FROM kolada_municipality ORDER BY id");
    if (!st)
        return std::unexpected(st.error());
    std::vector<KoladaMunicipality> result;
    auto ok = (*st)->forEach([&](const Statement &row) {
        result.push_back(KoladaMunicipality{row.text(0), row.text(1), row.text(2)});
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

Result<std::vector<KoladaGroup>> KoladaStore::groups()
{
    auto st = m_db->statement("SELECT g.id, g.title, m.member_id, m.member_title FROM kolada_group g "
                           "LEFT JOIN kolada_group_member m ON m.group_id = g.id ORDER BY g.id, m.ordering");
    if (!st)
        return std::unexpected(st.error());
    std::vector<KoladaGroup> result;
    auto ok = (*st)->forEach([&](const Statement &row) {
        const std::string id = row.text(0);
        if (result.empty() || result.back().id != id)
            result.push_back(KoladaGroup{id, row.text(1), {}});
        if (!row.isNull(2))
            result.back().members.push_back(KoladaGroupMember{row.text(2), row.text(3)});
    });
    if (!ok)
        return std::unexpected(ok.error());
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
    auto st = m_db->statement(
        "SELECT v.municipality, COALESCE(m.title, k.name, ''), COALESCE(m.type, k.kind, ''), v.year, v.value, "
        "v.status, v.fetched_at, v.source FROM kolada_value v "
        "LEFT JOIN kolada_municipality m ON m.id = v.municipality LEFT JOIN kommun k ON k.code = v.municipality "
        "WHERE v.kpi = ?1 AND v.gender = ?2 AND (CAST(?3 AS INTEGER) IS NULL OR v.year = ?3) "
        "ORDER BY v.municipality, v.year"); // PostgreSQL needs the type of a parameter tested for null
    if (!st)
        return std::unexpected(st.error());
    (*st)->bindAll(kpi, koladaGenderCode(gender), year);
    std::vector<KoladaStoredValue> result;
    auto ok = (*st)->forEach([&](const Statement &row) {
        KoladaStoredValue value;
        value.municipality = row.text(0);
        value.name = row.text(1);
        value.type = row.text(2);
        value.year = row.integer(3);
        value.gender = gender;
        value.value = row.optionalReal(4);
        value.status = row.text(5);
        value.fetchedAt = row.text(6);
        value.source = row.text(7);
        result.push_back(std::move(value));
    });
    if (!ok)
        return std::unexpected(ok.error());
    return result;
}

} // namespace Tertial::Storage
