// SPDX-License-Identifier: GPL-3.0-or-later
// Kolada responses: envelopes v3 and v2, every record kind and value variant, and bad input.
#include "kolada/koladaparser.h"

#include <gtest/gtest.h>

namespace Tertial {
namespace {

using Kolada::PageKind;
using Kolada::parseResponse;
using Storage::KoladaGender;

std::vector<Kolada::KoladaPage> parsed(const char *json)
{
    auto pages = parseResponse(QByteArray(json), "test.json");
    EXPECT_TRUE(pages.has_value()) << (pages ? "" : pages.error().message);
    return pages ? std::move(*pages) : std::vector<Kolada::KoladaPage>{};
}

std::string errorOf(const char *json)
{
    auto pages = parseResponse(QByteArray(json), "test.json");
    EXPECT_FALSE(pages.has_value());
    return pages ? std::string() : pages.error().message;
}

TEST(KoladaParser, V3DataPageWithEveryValueVariant)
{
    // seed 000 §4: Nacka N33006 2019 = 5 277; the rest are variants around it.
    const auto pages = parsed(R"({"values": [
      {"kpi": "N33006", "municipality": "0182", "period": 2019, "values": [
        {"gender": "T", "count": 1, "status": "", "value": 5277.0, "isdeleted": false},
        {"gender": "K", "count": 1, "status": "B", "value": 5100.5, "isdeleted": false},
        {"gender": "M", "count": 1, "status": null, "value": null, "isdeleted": false}]},
      {"kpi": "N33006", "municipality": "0162", "period": 2019, "values": [
        {"gender": "T", "count": 1, "status": "", "value": 4817.0, "isdeleted": true}]}
    ], "next_url": null})");
    ASSERT_EQ(pages.size(), 1u);
    const auto &page = pages[0];
    EXPECT_EQ(page.kind, PageKind::Data);
    EXPECT_FALSE(page.nextUrl.has_value());
    ASSERT_EQ(page.records.values.size(), 4u);
    const auto &total = page.records.values[0];
    EXPECT_EQ(total.kpi, "N33006");
    EXPECT_EQ(total.municipality, "0182");
    EXPECT_EQ(total.year, 2019);
    EXPECT_EQ(total.gender, KoladaGender::Total);
    EXPECT_EQ(total.value, 5277.0);
    EXPECT_EQ(total.count, 1);
    EXPECT_EQ(total.status, "");
    EXPECT_FALSE(total.deleted);
    // gender split kept, status kept as a flag
    EXPECT_EQ(page.records.values[1].gender, KoladaGender::Women);
    EXPECT_EQ(page.records.values[1].status, "B");
    // null is missing, not zero
    EXPECT_EQ(page.records.values[2].gender, KoladaGender::Men);
    EXPECT_FALSE(page.records.values[2].value.has_value());
    // isdeleted is marked (the store drops it)
    EXPECT_TRUE(page.records.values[3].deleted);
}

TEST(KoladaParser, V2EnvelopeWithCountNextPageAndIsDeleted)
{
    const auto pages = parsed(R"({"count": 2, "values": [
      {"kpi": "U33401", "municipality": "0182", "period": 2020, "values": [
        {"count": 1, "gender": "T", "status": "", "value": 93}]},
      {"kpi": "U33401", "municipality": "0163", "period": "2020", "values": [
        {"count": 1, "gender": "T", "status": "", "value": 107, "is_deleted": true}]}
    ], "next_page": "http://api.kolada.se/v2/data/kpi/U33401/year/2020?page=2"})");
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_EQ(pages[0].kind, PageKind::Data);
    ASSERT_TRUE(pages[0].nextUrl.has_value());
    EXPECT_EQ(*pages[0].nextUrl, "http://api.kolada.se/v2/data/kpi/U33401/year/2020?page=2");
    ASSERT_EQ(pages[0].records.values.size(), 2u);
    EXPECT_EQ(pages[0].records.values[0].value, 93.0); // seed 000 §4 Utredningstid, Nacka 2020
    EXPECT_EQ(pages[0].records.values[1].year, 2020);  // a period written as text
    EXPECT_TRUE(pages[0].records.values[1].deleted);
}

TEST(KoladaParser, KpiMunicipalityAndGroupPagesAreRecognisedFromTheirRecords)
{
    auto kpis = parsed(R"({"values": [{"id": "N33006", "title": "Kostnad barn- och ungdomsvård, kr/inv 0-20 år",
        "description": "d", "is_divided_by_gender": false, "municipality_type": "K",
        "operating_area": "Individ- och familjeomsorg", "has_ou_data": false},
        {"id": "U35544", "title": "Brukarbedömning", "is_divided_by_gender": 1}]})");
    ASSERT_EQ(kpis.size(), 1u);
    EXPECT_EQ(kpis[0].kind, PageKind::Kpis);
    ASSERT_EQ(kpis[0].records.kpis.size(), 2u);
    EXPECT_EQ(kpis[0].records.kpis[0].operatingArea, "Individ- och familjeomsorg");
    EXPECT_FALSE(kpis[0].records.kpis[0].dividedByGender);
    EXPECT_TRUE(kpis[0].records.kpis[1].dividedByGender); // v2 writes 0/1

    auto municipalities = parsed(R"({"values": [{"id": "0182", "title": "Nacka", "type": "K"},
        {"id": "0001", "title": "Region Stockholm", "type": "L"}], "next_url": null})");
    EXPECT_EQ(municipalities[0].kind, PageKind::Municipalities);
    ASSERT_EQ(municipalities[0].records.municipalities.size(), 2u);
    EXPECT_EQ(municipalities[0].records.municipalities[1].type, "L");

    auto groups = parsed(R"({"values": [{"id": "GX0182IFO2019", "title": "Liknande kommuner IFO, Nacka, 2019",
        "members": [{"member_id": "1380", "member_title": "Halmstad"}, "1780"]}]})");
    EXPECT_EQ(groups[0].kind, PageKind::Groups);
    ASSERT_EQ(groups[0].records.groups.size(), 1u);
    ASSERT_EQ(groups[0].records.groups[0].members.size(), 2u);
    EXPECT_EQ(groups[0].records.groups[0].members[0].title, "Halmstad");
    EXPECT_EQ(groups[0].records.groups[0].members[1].id, "1780");

    EXPECT_EQ(parsed(R"({"values": [], "next_url": null})")[0].kind, PageKind::Empty);
}

TEST(KoladaParser, AFileMayHoldAnArrayOfPages)
{
    const auto pages = parsed(R"([
      {"values": [{"kpi": "N28018", "municipality": "0182", "period": 2019,
                   "values": [{"gender": "T", "value": 0.7}]}], "next_url": "x?page=2"},
      {"values": [{"kpi": "N28018", "municipality": "0138", "period": 2019,
                   "values": [{"gender": "T", "value": -4.2}]}], "next_url": null}])");
    ASSERT_EQ(pages.size(), 2u);
    EXPECT_EQ(pages[0].records.values[0].value, 0.7);  // seed 000 §4 Nettokostnadsavvikelse LSS, Nacka 2019
    EXPECT_EQ(pages[1].records.values[0].value, -4.2); // Tyresö 2019
    EXPECT_FALSE(pages[1].nextUrl.has_value());
}

// What Kolada documents for a value entry is accepted: count and status may be null or absent.
TEST(KoladaParser, ValueEntriesWithNullCountAndStatus)
{
    const auto pages = parsed(R"({"values": [{"kpi": "N33006", "municipality": "G33947", "period": 2019, "values": [
        {"gender": "T", "count": null, "status": null, "value": 5277},
        {"gender": "K", "value": null},
        {"gender": "M", "count": 290, "value": -0.5, "is_deleted": false}]}]})");
    ASSERT_EQ(pages.size(), 1u);
    ASSERT_EQ(pages[0].records.values.size(), 3u);
    EXPECT_FALSE(pages[0].records.values[0].count.has_value());
    EXPECT_EQ(pages[0].records.values[0].value, 5277.0);
    EXPECT_FALSE(pages[0].records.values[1].value.has_value());
    EXPECT_EQ(pages[0].records.values[2].count, 290);
}

TEST(KoladaParser, IdGrammar)
{
    EXPECT_TRUE(Kolada::isKoladaId("N33006"));
    EXPECT_TRUE(Kolada::isKoladaId("0182"));
    EXPECT_TRUE(Kolada::isKoladaId("GX0182IFO2019"));
    EXPECT_FALSE(Kolada::isKoladaId(""));
    EXPECT_FALSE(Kolada::isKoladaId("N1/../../admin?x#"));
    EXPECT_FALSE(Kolada::isKoladaId("N1,N2"));
    EXPECT_FALSE(Kolada::isKoladaId("N1 "));
    EXPECT_FALSE(Kolada::isKoladaId("N%2F"));
    EXPECT_FALSE(Kolada::isKoladaId(std::string(33, 'N')));
}

struct BadInput
{
    const char *name;
    const char *json;
    const char *expected; // part of the message
};

class KoladaParserBadInput : public ::testing::TestWithParam<BadInput>
{
};

TEST_P(KoladaParserBadInput, NamesTheFileAndWhatWasExpected)
{
    const std::string message = errorOf(GetParam().json);
    EXPECT_NE(message.find("test.json"), std::string::npos) << message;
    EXPECT_NE(message.find(GetParam().expected), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, KoladaParserBadInput,
    ::testing::Values(
        BadInput{"truncated", R"({"values": [{"kpi": "N33006")", "ogiltig JSON vid tecken"},
        BadInput{"empty", "", "tomt svar"},
        BadInput{"noValues", R"({"count": 0})", "fältet \"values\" saknas"},
        BadInput{"notAPage", R"("text")", "väntade ett Kolada-svar"},
        BadInput{"unknownKind", R"({"values": [{"foo": 1}]})", "post 1: posten liknar ingen känd sort"},
        BadInput{"mixedKinds", R"({"values": [{"id": "0182", "title": "Nacka", "type": "K"},
                  {"id": "N1", "title": "t", "operating_area": "a"}]})", "post 2: posten är av en annan sort"},
        BadInput{"badGender", R"({"values": [{"kpi": "N1", "municipality": "0182", "period": 2019,
                  "values": [{"gender": "X", "value": 1}]}]})", "väntade \"T\", \"K\" eller \"M\""},
        BadInput{"badYear", R"({"values": [{"kpi": "N1", "municipality": "0182", "period": "år",
                  "values": []}]})", "\"period\" saknas eller är inget årtal"},
        BadInput{"textValue", R"({"values": [{"kpi": "N1", "municipality": "0182", "period": 2019,
                  "values": [{"gender": "T", "value": "12"}]}]})", "\"value\" är inget tal"},
        BadInput{"pageInArray", R"([{"values": []}, 3])", "sida 2"},
        // Issue 11: a count out of int range was stored as −2147483648.
        BadInput{"countOutOfRange", R"({"values": [{"kpi": "N1", "municipality": "0182", "period": 2019,
                  "values": [{"gender": "T", "count": 1e300, "value": 1}]}]})",
                 "post 1, värde 1: fältet \"count\" är 1.0000000000000001e+300; väntade ett heltal 0–100000"},
        BadInput{"countNegative", R"({"values": [{"kpi": "N1", "municipality": "0182", "period": 2019,
                  "values": [{"gender": "T", "count": -1, "value": 1}]}]})", "fältet \"count\" är -1; väntade ett heltal"},
        BadInput{"countFraction", R"({"values": [{"kpi": "N1", "municipality": "0182", "period": 2019,
                  "values": [{"gender": "T", "count": 1.5, "value": 1}]}]})", "fältet \"count\" är 1.5; väntade ett heltal"},
        BadInput{"countText", R"({"values": [{"kpi": "N1", "municipality": "0182", "period": 2019,
                  "values": [{"gender": "T", "count": "7", "value": 1}]}]})", "fältet \"count\" är inget tal"},
        // Issue 11: a misspelt key silently replaced a stored value with "missing".
        BadInput{"misspeltValue", R"({"values": [{"kpi": "N1", "municipality": "0182", "period": 2019,
                  "values": [{"gender": "T", "count": 1, "vaule": 5277.0}]}]})",
                 "post 1, värde 1: okänt fält \"vaule\"; väntade gender, value, count, status och isdeleted"},
        BadInput{"valueMissing", R"({"values": [{"kpi": "N1", "municipality": "0182", "period": 2019,
                  "values": [{"gender": "T", "count": 1}]}]})", "fältet \"value\" saknas; väntade ett tal eller null"},
        // Issue 11: a lone surrogate became '?'.
        BadInput{"loneSurrogate", R"({"values": [{"id": "N33006", "title": "Kostnad \ud800 barn", "operating_area": "a"}]})",
                 "post 1: fältet \"title\" innehåller ett ensamt UTF-16-surrogat"},
        BadInput{"loneLowSurrogate", R"({"values": [{"id": "0182", "title": "Nacka\udc00", "type": "K"}]})",
                 "fältet \"title\" innehåller ett ensamt UTF-16-surrogat"},
        BadInput{"surrogateInStatus", R"({"values": [{"kpi": "N1", "municipality": "0182", "period": 2019,
                  "values": [{"gender": "T", "status": "\ud800", "value": 1}]}]})", "fältet \"status\" innehåller ett ensamt"},
        BadInput{"controlCharacter", R"({"values": [{"id": "0182", "title": "Na\u0000cka", "type": "K"}]})",
                 "fältet \"title\" innehåller styrtecknet U+0000"},
        BadInput{"statusNotText", R"({"values": [{"kpi": "N1", "municipality": "0182", "period": 2019,
                  "values": [{"gender": "T", "status": 5, "value": 1}]}]})", "fältet \"status\" är ingen text"},
        BadInput{"idWithSlash", R"({"values": [{"kpi": "N1/../admin", "municipality": "0182", "period": 2019,
                  "values": [{"gender": "T", "value": 1}]}]})", "fältet \"kpi\" är \"N1/../admin\", inget Kolada-id"},
        BadInput{"memberIdWithQuery", R"({"values": [{"id": "G1", "title": "g", "members": ["0182?x"]}]})",
                 "medlemmen \"0182?x\" är inget Kolada-id"},
        // Beyond double range: the JSON reader refuses it with its place.
        BadInput{"valueBeyondDouble", R"({"values": [{"kpi": "N1", "municipality": "0182", "period": 2019,
                  "values": [{"gender": "T", "value": 1e400}]}]})", "ogiltig JSON vid tecken"}),
    [](const auto &param) { return std::string(param.param.name); });

} // namespace
} // namespace Tertial
