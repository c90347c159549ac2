// SPDX-License-Identifier: GPL-3.0-or-later
// The plain records of Kolada key figures as the Kolada store reads and writes them.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace Tertial::Storage {

// Kolada's gender split: T total, K kvinnor, M män.
enum class KoladaGender { Total, Women, Men };

// "T", "K" or "M".
const char *koladaGenderCode(KoladaGender gender);
std::optional<KoladaGender> koladaGenderFromCode(const std::string &code);

// One value of one KPI for one municipality (or group, or Riket 0000), year and gender.
struct KoladaValue final
{
    std::string kpi;          // N33006
    std::string municipality; // 0182, 0000, or a group id
    int year = 0;
    KoladaGender gender = KoladaGender::Total;
    std::optional<double> value; // nullopt: Kolada has no value (missing, not zero)
    std::optional<int> count;
    std::string status;          // non-empty: Kolada flagged the value (kept as a flag)
    bool deleted = false;        // Kolada's isdeleted: never stored, removes a stored value
    bool operator==(const KoladaValue &) const = default;
};

// KPI metadata (/v3/kpi).
struct KoladaKpi final
{
    std::string id;
    std::string title;
    std::string description;
    bool dividedByGender = false;
    std::string municipalityType; // K, L or "alla"
    std::string operatingArea;
    bool operator==(const KoladaKpi &) const = default;
};

// Municipality metadata (/v3/municipality): type K kommun, L region.
struct KoladaMunicipality final
{
    std::string id;
    std::string title;
    std::string type;
    bool operator==(const KoladaMunicipality &) const = default;
};

struct KoladaGroupMember final
{
    std::string id;
    std::string title;
    bool operator==(const KoladaGroupMember &) const = default;
};

// A municipality group (/v3/municipality_groups) or a user-defined one.
struct KoladaGroup final
{
    std::string id;
    std::string title;
    std::vector<KoladaGroupMember> members;
    bool operator==(const KoladaGroup &) const = default;
};

// Everything one import or fetch writes, in one transaction.
struct KoladaBatch final
{
    std::vector<KoladaValue> values;
    std::vector<KoladaKpi> kpis;
    std::vector<KoladaMunicipality> municipalities;
    std::vector<KoladaGroup> groups;
    std::string source;    // the file or the API address the batch came from
    std::string fetchedAt; // ISO date the figures were fetched or imported (hämtningsdatum)

    void append(KoladaBatch other);
};

struct KoladaImportSummary final
{
    int valuesStored = 0;   // with a value
    int valuesMissing = 0;  // stored as missing (null)
    int valuesFlagged = 0;  // stored with a non-empty status
    int valuesDeleted = 0;  // isdeleted records: not stored (a stored value for the key is removed)
    int kpis = 0;
    int municipalities = 0;
    int groups = 0;
};

// A stored value with what the comparison needs beside it.
struct KoladaStoredValue final
{
    std::string municipality;
    std::string name;  // Kolada's title, else the kommun register's name, else empty
    std::string type;  // K, L, R (Riket) or empty (a group or unknown id)
    int year = 0;
    KoladaGender gender = KoladaGender::Total;
    std::optional<double> value;
    std::string status;
    std::string fetchedAt;
    std::string source;
};

} // namespace Tertial::Storage
