// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled reference lists, parsed, and written into a database where missing.
#include "referencedata.h"

#include "sqlconnection.h"

#include <string_view>
#include <utility>

namespace Tertial::Storage {

namespace ReferenceText {
extern const char kommuner[];
extern const char lan[];
extern const char kontoslag[];
} // namespace ReferenceText

namespace {

// The ';'-separated fields of each line after the header; our own files, so plain.
std::vector<std::vector<std::string>> rows(std::string_view text)
{
    std::vector<std::vector<std::string>> result;
    bool header = true;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (std::exchange(header, false) || line.empty())
            continue;
        std::vector<std::string> fields;
        for (std::size_t start = 0;;) {
            const std::size_t cut = line.find(';', start);
            fields.emplace_back(line.substr(start, cut == std::string_view::npos ? std::string_view::npos : cut - start));
            if (cut == std::string_view::npos)
                break;
            start = cut + 1;
        }
        result.push_back(std::move(fields));
    }
    return result;
}

ReferenceData parse()
{
    ReferenceData data;
    for (auto &f : rows(ReferenceText::kommuner)) {
        if (f.size() != 4)
            continue;
        const Kommun::Kind kind = f[2] == "L" ? Kommun::Kind::Region : f[2] == "R" ? Kommun::Kind::Riket : Kommun::Kind::Kommun;
        data.kommuner.push_back(Kommun{f[0], f[1], kind, f[3]});
    }
    for (auto &f : rows(ReferenceText::lan))
        if (f.size() == 2)
            data.lan.push_back(Lan{f[0], f[1]});
    for (auto &f : rows(ReferenceText::kontoslag))
        if (f.size() == 4)
            data.kontoslag.push_back(KontoslagEntry{Kontoslag{f[0], f[1], f[2] == "intakt"}, std::stoi(f[3])});
    return data;
}

} // namespace

const ReferenceData &referenceData()
{
    static const ReferenceData data = parse();
    return data;
}

Core::Result<void> insertReferenceData(Connection &db)
{
    const ReferenceData &data = referenceData();
    auto kommun = db.statement("INSERT INTO kommun (code, name, kind, lan) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (code) DO NOTHING");
    if (!kommun)
        return std::unexpected(kommun.error());
    for (const Kommun &k : data.kommuner) {
        const char *kind = k.kind == Kommun::Kind::Region ? "L" : k.kind == Kommun::Kind::Riket ? "R" : "K";
        if (auto ok = (*kommun)->bindAll(k.code, k.name, kind, k.lan).run(); !ok)
            return ok;
    }
    auto lan = db.statement("INSERT INTO lan (code, name) VALUES (?1, ?2) ON CONFLICT (code) DO NOTHING");
    if (!lan)
        return std::unexpected(lan.error());
    for (const Lan &l : data.lan)
        if (auto ok = (*lan)->bindAll(l.code, l.name).run(); !ok)
            return ok;
    auto kontoslag = db.statement("INSERT INTO kontoslag (code, name, kind, ordering) VALUES (?1, ?2, ?3, ?4) "
                                "ON CONFLICT (code) DO NOTHING");
    if (!kontoslag)
        return std::unexpected(kontoslag.error());
    for (const KontoslagEntry &k : data.kontoslag)
        if (auto ok = (*kontoslag)->bindAll(k.kontoslag.code, k.kontoslag.name, k.kontoslag.isIncome ? "intakt" : "kostnad",
                                         k.ordering)
                          .run();
            !ok)
            return ok;
    return {};
}

} // namespace Tertial::Storage
