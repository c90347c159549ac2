// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the Kolada response parser (v3 and v2 envelopes, every record kind).
#include "fuzztarget.h"

#include "kolada/koladaparser.h"

#include <cmath>
#include <string>

using namespace Tertial;

const char *const fuzzDictionary[] = {
    "{\"values\": [", "]}", "\"next_url\": ", "\"next_page\": ", "\"count\": ", "\"kpi\": \"N33006\"",
    "\"municipality\": \"0182\"", "\"period\": 2019", "\"values\": [{\"gender\": \"T\", \"count\": 1, \"status\": \"\", \"value\": 1.5}]",
    "\"gender\": \"K\"", "\"value\": null", "\"value\": 1e308", "\"count\": 1e300", "\"isdeleted\": true",
    "\"is_deleted\": 1", "\"id\": \"G1\"", "\"title\": \"\\u00e4\"", "\"members\": [", "\"member_id\": \"0182\"",
    "\"type\": \"K\"", "\"operating_area\": \"\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\\u0000", "[[[[[[[[",
    "{\"a\":{\"a\":{\"a\":", "-0", "1E400", "0.0000000000000000000001", nullptr,
};

namespace {

bool validUtf8(const std::string &text)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80)
                return false;
        const auto second = static_cast<unsigned char>(length > 1 ? text[i + 1] : 0);
        if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second >= 0xA0) || (c == 0xF0 && second < 0x90) ||
            (c == 0xF4 && second >= 0x90))
            return false;
        i += length;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto pages = Kolada::parseResponse(json, "svar.json");
    if (!pages) {
        fuzzCheck(pages.error().message.starts_with("svar.json"), "a Kolada error does not name the file");
        return 0;
    }
    for (const Kolada::KoladaPage &page : *pages) {
        for (const Storage::KoladaValue &value : page.records.values) {
            fuzzCheck(!value.value || std::isfinite(*value.value), "a non-finite Kolada value was accepted");
            fuzzCheck(!value.count || (*value.count >= 0 && *value.count <= Kolada::maxCount),
                      "a Kolada count out of range was accepted");
            fuzzCheck(validUtf8(value.kpi) && validUtf8(value.municipality) && validUtf8(value.status),
                      "a Kolada text is not UTF-8");
        }
        for (const Storage::KoladaKpi &kpi : page.records.kpis)
            fuzzCheck(validUtf8(kpi.id) && validUtf8(kpi.title) && validUtf8(kpi.description), "a KPI text is not UTF-8");
        for (const Storage::KoladaMunicipality &m : page.records.municipalities)
            fuzzCheck(validUtf8(m.id) && validUtf8(m.title), "a municipality text is not UTF-8");
        for (const Storage::KoladaGroup &g : page.records.groups) {
            fuzzCheck(validUtf8(g.id) && validUtf8(g.title), "a group text is not UTF-8");
            for (const auto &member : g.members)
                fuzzCheck(validUtf8(member.id) && validUtf8(member.title), "a member text is not UTF-8");
        }
    }
    return 0;
}
