// SPDX-License-Identifier: GPL-3.0-or-later
// The Kolada store: KPIs, municipalities, groups and values beside the figures in the same SQLite database.
#pragma once

#include "koladarecords.h"
#include "sqlstore.h"

#include "core/error.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Tertial::Storage {

// A comparison group the analyst defines ("Liknande kommuner IFO"): kommun codes, in order.
struct KoladaUserGroup final
{
    std::int64_t id = 0; // assigned by createUserGroup, kept through delete and restore
    std::string title;
    std::vector<std::string> members;
    bool operator==(const KoladaUserGroup &) const = default;
};

// The Kolada tables of a Tertial database (a file or a server, see openStore), on the same
// connection as the figures: the main store opens, checks and migrates it (step 5 makes them).
class KoladaStore final
{
public:
    static Core::Result<std::unique_ptr<KoladaStore>> open(const std::string &location);
    explicit KoladaStore(std::unique_ptr<SqlStore> main);

    // Writes a whole import or fetch in one transaction: all or nothing. Values are upserted by
    // (kpi, municipality, year, gender); a deleted record removes the stored value of its key;
    // KPIs and municipalities are upserted by id; a group's member list is replaced.
    Core::Result<KoladaImportSummary> apply(const KoladaBatch &batch);

    Core::Result<std::vector<KoladaKpi>> kpis();
    Core::Result<std::optional<KoladaKpi>> kpi(const std::string &id);
    Core::Result<std::vector<KoladaMunicipality>> municipalities();
    Core::Result<std::vector<KoladaGroup>> groups();
    // By id first, then by title (exact, then case-insensitive ASCII).
    Core::Result<std::optional<KoladaGroup>> findGroup(const std::string &idOrTitle);

    // The stored values of a KPI and gender, for one year or all years, ordered by municipality
    // then year; missing values (null) included.
    Core::Result<std::vector<KoladaStoredValue>> values(const std::string &kpi, std::optional<int> year,
                                                        KoladaGender gender = KoladaGender::Total);

    // User-defined groups (kolada_user_group), each change one transaction. A title is
    // required and unique; members are kommun codes, duplicates dropped.
    Core::Result<std::vector<KoladaUserGroup>> userGroups();
    Core::Result<KoladaUserGroup> createUserGroup(const std::string &title, const std::vector<std::string> &members);
    // Writes the group under its id, inserting it if absent (an undone delete) and replacing
    // title and members otherwise.
    Core::Result<void> saveUserGroup(const KoladaUserGroup &group);
    Core::Result<void> deleteUserGroup(std::int64_t id);

private:
    Core::Result<void> writeUserGroup(const KoladaUserGroup &group);

    std::unique_ptr<SqlStore> m_main;
    Connection *m_db = nullptr;
    std::string m_path;
};

} // namespace Tertial::Storage
