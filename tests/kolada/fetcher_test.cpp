// SPDX-License-Identifier: GPL-3.0-or-later
// The fetcher against a local HTTP server on 127.0.0.1: paging, chunking, 429/5xx, dropped
// connections, malformed JSON, no network. No test touches the internet.
#include "localserver.h"
#include "tempdir.h"

#include "analysis/koladacomparison.h"
#include "kolada/koladafetcher.h"

#include <QTcpServer>

#include <gtest/gtest.h>

namespace Tertial {
namespace {

using Kolada::FetchOptions;
using Kolada::FetchRequest;
using Kolada::KoladaFetcher;
using Response = TestUtil::LocalServer::Response;
using TestUtil::LocalServer;

FetchOptions fastOptions(const LocalServer &server)
{
    FetchOptions options;
    options.baseUrl = server.base();
    options.maxAttempts = 3;
    options.initialBackoff = std::chrono::milliseconds(5);
    options.maxBackoff = std::chrono::milliseconds(20);
    options.transferTimeout = std::chrono::milliseconds(5000);
    options.fetchedAt = "2026-11-22";
    return options;
}

void routeRecorded(LocalServer &server)
{
    server.route(QStringLiteral("/v3/kpi/N33006"), {{200, server.fixture(QStringLiteral("kpi_N33006.json")), false, {}}});
    server.route(QStringLiteral("/v3/municipality"), {{200, server.fixture(QStringLiteral("municipality.json")), false, {}}});
    server.route(QStringLiteral("/v3/municipality?page=2"),
                 {{200, server.fixture(QStringLiteral("municipality_page2.json")), false, {}}});
    server.route(QStringLiteral("/v3/data/kpi/N33006/year/2019"),
                 {{200, server.fixture(QStringLiteral("data_N33006_2019_page1.json")), false, {}}});
    server.route(QStringLiteral("/v3/data/kpi/N33006/year/2019?page=2"),
                 {{200, server.fixture(QStringLiteral("data_N33006_2019_page2.json")), false, {}}});
}

const FetchRequest n33006 = {{"N33006"}, {2019}, {}, true};

TEST(KoladaFetcher, FollowsNextUrlAndFetchesMetadata)
{
    LocalServer server;
    routeRecorded(server);
    KoladaFetcher fetcher(fastOptions(server));
    auto batch = fetcher.fetch(n33006);
    ASSERT_TRUE(batch.has_value()) << batch.error().message;
    EXPECT_EQ(server.requests(),
              (std::vector<QString>{QStringLiteral("/v3/kpi/N33006"), QStringLiteral("/v3/municipality"),
                                    QStringLiteral("/v3/municipality?page=2"), QStringLiteral("/v3/data/kpi/N33006/year/2019"),
                                    QStringLiteral("/v3/data/kpi/N33006/year/2019?page=2")}));
    EXPECT_EQ(batch->kpis.size(), 1u);
    EXPECT_EQ(batch->municipalities.size(), 7u);
    EXPECT_EQ(batch->values.size(), 7u); // both pages: Riket and six kommuner
    EXPECT_EQ(batch->fetchedAt, "2026-11-22");

    // Stored and ranked, it gives the seed's table (seed 000 §4 N33006 2019, as in comparison_test).
    TestUtil::TempDir dir;
    auto store = dir.koladaStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->apply(*batch).has_value());
    auto ranking = Kolada::rankKommuner(*store, "N33006", 2019, Core::Direction::LowerIsBetter);
    ASSERT_TRUE(ranking.has_value());
    EXPECT_EQ(Kolada::rankingCsv(*ranking), "kommun;namn;varde;rank;antal;kvartil\n"
                                            "0160;Täby;4554;1;6;1\n"
                                            "0162;Danderyd;4817;2;6;1\n"
                                            "0182;Nacka;5277;3;6;2\n"
                                            "0184;Solna;6149;4;6;3\n"
                                            "0163;Sollentuna;6473;5;6;3\n"
                                            "0138;Tyresö;9398;6;6;4\n");
    auto values = store->values("N33006", 2019);
    ASSERT_TRUE(values.has_value());
    EXPECT_EQ(values->front().fetchedAt, "2026-11-22");
}

TEST(KoladaFetcher, AtMost25IdsPerPathSegment)
{
    FetchRequest request;
    for (int i = 0; i < 26; ++i)
        request.kpis.push_back("N" + std::to_string(10000 + i));
    for (int i = 0; i < 30; ++i)
        request.municipalities.push_back(std::to_string(1000 + i));
    request.years = {2019, 2020};
    const auto urls = Kolada::dataUrls(QUrl(QStringLiteral("https://api.kolada.se/v3/")), request);
    ASSERT_EQ(urls.size(), 4u); // 2 KPI chunks × 2 municipality chunks × 1 year chunk
    EXPECT_TRUE(urls[0].toString().startsWith(QStringLiteral("https://api.kolada.se/v3/data/kpi/N10000,N10001,")));
    for (const auto &url : urls) {
        const QStringList parts = url.path().split(QLatin1Char('/'));
        // /v3/data/kpi/{ids}/municipality/{ids}/year/{ids}
        ASSERT_EQ(parts.size(), 9);
        for (int segment : {4, 6, 8})
            EXPECT_LE(parts[segment].split(QLatin1Char(',')).size(), Kolada::maxIdsPerSegment);
    }
    EXPECT_EQ(urls[0].path().split(QLatin1Char('/'))[4].split(QLatin1Char(',')).size(), 25);
    EXPECT_EQ(urls[2].path().split(QLatin1Char('/'))[4], QStringLiteral("N10025"));
    EXPECT_EQ(urls[1].path().split(QLatin1Char('/'))[6].split(QLatin1Char(',')).size(), 5);
    EXPECT_TRUE(urls[0].path().endsWith(QStringLiteral("/year/2019,2020")));

    // Against the server: 30 kommuner become two requests of 25 and 5.
    LocalServer server;
    FetchRequest thirty{{"N33006"}, {2019}, {}, false};
    QStringList first, second;
    for (int i = 0; i < 30; ++i) {
        thirty.municipalities.push_back(std::to_string(1000 + i));
        (i < 25 ? first : second) << QString::number(1000 + i);
    }
    const QString path1 = QStringLiteral("/v3/data/kpi/N33006/municipality/") + first.join(QLatin1Char(',')) +
                          QStringLiteral("/year/2019");
    const QString path2 = QStringLiteral("/v3/data/kpi/N33006/municipality/") + second.join(QLatin1Char(',')) +
                          QStringLiteral("/year/2019");
    server.route(path1, {{200, server.fixture(QStringLiteral("empty_page.json")), false, {}}});
    server.route(path2, {{200, server.fixture(QStringLiteral("empty_page.json")), false, {}}});
    KoladaFetcher fetcher(fastOptions(server));
    auto batch = fetcher.fetch(thirty);
    ASSERT_TRUE(batch.has_value()) << batch.error().message;
    EXPECT_EQ(server.requests(), (std::vector<QString>{path1, path2}));
}

TEST(KoladaFetcher, RetriesAfter429And5xx)
{
    LocalServer server;
    routeRecorded(server);
    server.route(QStringLiteral("/v3/data/kpi/N33006/year/2019"),
                 {{429, "{\"error\": \"too many requests\"}", false, "0"},
                  {503, "{}", false, {}},
                  {200, server.fixture(QStringLiteral("data_N33006_2019_page1.json")), false, {}}});
    KoladaFetcher fetcher(fastOptions(server));
    auto batch = fetcher.fetch(n33006);
    ASSERT_TRUE(batch.has_value()) << batch.error().message;
    EXPECT_EQ(batch->values.size(), 7u);
    EXPECT_EQ(std::count(server.requests().begin(), server.requests().end(),
                         QStringLiteral("/v3/data/kpi/N33006/year/2019")),
              3);
}

TEST(KoladaFetcher, GivesUpAfterTheLastAttemptWithAClearMessage)
{
    LocalServer server;
    routeRecorded(server);
    server.route(QStringLiteral("/v3/data/kpi/N33006/year/2019"), {{429, "{}", false, {}}});
    KoladaFetcher fetcher(fastOptions(server));
    auto batch = fetcher.fetch(n33006);
    ASSERT_FALSE(batch.has_value());
    EXPECT_NE(batch.error().message.find("/v3/data/kpi/N33006/year/2019: Kolada svarade inte efter 3 försök "
                                         "(senast HTTP 429)"),
              std::string::npos)
        << batch.error().message;
}

TEST(KoladaFetcher, ADroppedConnectionIsRetried)
{
    LocalServer server;
    routeRecorded(server);
    server.route(QStringLiteral("/v3/data/kpi/N33006/year/2019?page=2"),
                 {{0, {}, true, {}}, {200, server.fixture(QStringLiteral("data_N33006_2019_page2.json")), false, {}}});
    KoladaFetcher fetcher(fastOptions(server));
    auto batch = fetcher.fetch(n33006);
    ASSERT_TRUE(batch.has_value()) << batch.error().message;
    EXPECT_EQ(batch->values.size(), 7u);
    EXPECT_GE(std::count(server.requests().begin(), server.requests().end(),
                         QStringLiteral("/v3/data/kpi/N33006/year/2019?page=2")),
              2);
}

TEST(KoladaFetcher, AConnectionThatAlwaysDropsIsAnError)
{
    LocalServer server;
    routeRecorded(server);
    server.route(QStringLiteral("/v3/data/kpi/N33006/year/2019?page=2"), {{0, {}, true, {}}});
    KoladaFetcher fetcher(fastOptions(server));
    auto batch = fetcher.fetch(n33006);
    ASSERT_FALSE(batch.has_value());
    EXPECT_NE(batch.error().message.find("?page=2: Kolada svarade inte efter 3 försök (senast anslutningen bröts: servern "
                                         "stängde anslutningen)"),
              std::string::npos)
        << batch.error().message;
}

TEST(KoladaFetcher, MalformedJsonNamesTheAddress)
{
    LocalServer server;
    routeRecorded(server);
    server.route(QStringLiteral("/v3/data/kpi/N33006/year/2019?page=2"),
                 {{200, server.fixture(QStringLiteral("data_malformed.json")), false, {}}});
    KoladaFetcher fetcher(fastOptions(server));
    auto batch = fetcher.fetch(n33006);
    ASSERT_FALSE(batch.has_value());
    const std::string expected =
        server.base().toString().toStdString() + "/data/kpi/N33006/year/2019?page=2: ogiltig JSON vid tecken";
    EXPECT_NE(batch.error().message.find(expected), std::string::npos) << batch.error().message;
}

TEST(KoladaFetcher, AnHttpErrorOtherThan429Or5xxIsNotRetried)
{
    LocalServer server; // no routes: every path is 404
    KoladaFetcher fetcher(fastOptions(server));
    auto batch = fetcher.fetch(n33006);
    ASSERT_FALSE(batch.has_value());
    EXPECT_NE(batch.error().message.find("Kolada svarade HTTP 404 (finns inte)"), std::string::npos) << batch.error().message;
    EXPECT_EQ(batch.error().message.find("Not Found"), std::string::npos) << batch.error().message; // Swedish only
    EXPECT_EQ(server.requests().size(), 1u);
}

TEST(KoladaFetcher, NoNetworkIsAClearMessage)
{
    quint16 port = 0;
    {
        QTcpServer probe; // a port that was free a moment ago and is closed now
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    FetchOptions options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v3").arg(port));
    options.initialBackoff = std::chrono::milliseconds(1);
    KoladaFetcher fetcher(options);
    auto batch = fetcher.fetch(n33006);
    ASSERT_FALSE(batch.has_value());
    EXPECT_NE(batch.error().message.find("Kolada kan inte nås (anslutningen nekades)"), std::string::npos)
        << batch.error().message;
    EXPECT_NE(batch.error().message.find("kontrollera nätverksanslutningen"), std::string::npos);
    EXPECT_EQ(batch.error().message.find("refused"), std::string::npos) << batch.error().message; // not Qt's English
}

// Issue 11: request paths were built from unchecked ids ("N1/../../admin?x#" requested /admin?x).
TEST(KoladaFetcher, IdsOutsideTheGrammarAreRefusedBeforeAnyRequest)
{
    LocalServer server;
    routeRecorded(server);
    KoladaFetcher fetcher(fastOptions(server));
    auto kpi = fetcher.fetch({{"N1/../../admin?x#"}, {2019}, {}, true});
    ASSERT_FALSE(kpi.has_value());
    EXPECT_EQ(kpi.error().message, "KPI-id \"N1/../../admin?x#\" är inget Kolada-id; väntade 1–32 bokstäver A–Z och "
                                   "siffror, som N33006 eller 0182 (ingenting hämtades)");
    auto kommun = fetcher.fetch({{"N33006"}, {2019}, {"0182", "01%2e82"}, true});
    ASSERT_FALSE(kommun.has_value());
    EXPECT_NE(kommun.error().message.find("kommunkod \"01%2e82\" är inget Kolada-id"), std::string::npos)
        << kommun.error().message;
    EXPECT_TRUE(server.requests().empty());
    // Even built directly, an id is one encoded path segment: no "..", no query, no fragment.
    const auto urls = Kolada::dataUrls(QUrl(QStringLiteral("https://api.kolada.se/v3")), {{"N1/../../admin?x#"}, {2019}, {}, false});
    ASSERT_EQ(urls.size(), 1u);
    EXPECT_EQ(urls[0].toString(QUrl::FullyEncoded),
              QStringLiteral("https://api.kolada.se/v3/data/kpi/N1%2F..%2F..%2Fadmin%3Fx%23/year/2019"));
    EXPECT_FALSE(urls[0].hasQuery());
    EXPECT_FALSE(urls[0].hasFragment());
}

// Issue 11: next_url was followed to any host or scheme.
TEST(KoladaFetcher, NextUrlIsFollowedOnlyWithinTheApi)
{
    FetchOptions options;
    options.baseUrl = QUrl(QStringLiteral("https://api.kolada.se/v3"));
    const KoladaFetcher fetcher(options);
    const QUrl current(QStringLiteral("https://api.kolada.se/v3/data/kpi/N33006/year/2019"));
    // Within the API: absolute, relative, a query.
    EXPECT_EQ(fetcher.nextPage(current, "https://api.kolada.se/v3/data/kpi/N33006/year/2019?page=2").value(),
              QUrl(QStringLiteral("https://api.kolada.se/v3/data/kpi/N33006/year/2019?page=2")));
    EXPECT_EQ(fetcher.nextPage(current, "?page=3").value(),
              QUrl(QStringLiteral("https://api.kolada.se/v3/data/kpi/N33006/year/2019?page=3")));
    EXPECT_EQ(fetcher.nextPage(current, "https://api.kolada.se:443/v3/municipality?page=2").value().path(),
              QStringLiteral("/v3/municipality"));
    const std::vector<std::pair<std::string, std::string>> refused = {
        {"http://api.kolada.se/v3/data?page=2", "en annan server (http://api.kolada.se)"},
        {"https://evil.example/v3/data?page=2", "en annan server (https://evil.example)"},
        {"//evil.example/v3/data", "en annan server (https://evil.example)"},
        {"https://api.kolada.se:8443/v3/data", "en annan server (https://api.kolada.se:8443)"},
        {"file:///etc/passwd", "en annan server (file://)"},
        {"/admin?x", "en sökväg utanför /v3/"},
        {"/v3/%2e%2e/admin", "en sökväg utanför /v3/"},
        {"../../admin", "ett \".\"- eller \"..\"-steg i sökvägen"},
        {"/v3/data/%2F../x", "ett \".\"- eller \"..\"-steg i sökvägen"},
        {"https://user:pw@api.kolada.se/v3/data", "användaruppgifter i adressen"},
        {"https://api.kolada.se/v3/data#x", "ett fragment (#)"},
    };
    for (const auto &[next, problem] : refused) {
        auto url = fetcher.nextPage(current, next);
        ASSERT_FALSE(url.has_value()) << next << " followed to " << url->toString().toStdString();
        EXPECT_EQ(url.error().message, "https://api.kolada.se/v3/data/kpi/N33006/year/2019: next_url \"" + next +
                                           "\" pekar på " + problem +
                                           "; väntade nästa sida under https://api.kolada.se/v3 (följs inte)");
    }
}

TEST(KoladaFetcher, AForeignNextUrlStopsTheFetchAndNothingIsKept)
{
    LocalServer server;
    routeRecorded(server);
    LocalServer other;
    other.route(QStringLiteral("/v3/data/kpi/N33006/year/2019?page=2"),
                {{200, other.fixture(QStringLiteral("data_N33006_2019_page2.json")), false, {}}});
    const QByteArray page = server.fixture(QStringLiteral("data_N33006_2019_page1.json"))
                                .replace(server.base().toString().toUtf8(), other.base().toString().toUtf8());
    server.route(QStringLiteral("/v3/data/kpi/N33006/year/2019"), {{200, page, false, {}}});
    KoladaFetcher fetcher(fastOptions(server));
    auto batch = fetcher.fetch(n33006);
    ASSERT_FALSE(batch.has_value());
    EXPECT_NE(batch.error().message.find("pekar på en annan server (http://127.0.0.1:"), std::string::npos)
        << batch.error().message;
    EXPECT_TRUE(other.requests().empty());
}

// Issue 11: only https://api.kolada.se is labelled Kolada.
TEST(KoladaFetcher, OnlyTheOfficialApiIsKolada)
{
    EXPECT_EQ(Kolada::sourceLabel(QUrl(QStringLiteral("https://api.kolada.se/v3"))), "Kolada");
    EXPECT_EQ(Kolada::sourceLabel(QUrl(QStringLiteral("https://api.kolada.se:443/v3/"))), "Kolada");
    for (const char *other : {"http://api.kolada.se/v3", "https://api.kolada.se.evil.example/v3",
                              "https://api.kolada.se:8443/v3", "https://x@api.kolada.se/v3", "http://127.0.0.1:8080/v3"}) {
        const QUrl url(QString::fromLatin1(other));
        EXPECT_FALSE(Kolada::isOfficialKolada(url)) << other;
        EXPECT_EQ(Kolada::sourceLabel(url),
                  url.toString().toStdString() + " (inte Kolada: adressen är inte https://api.kolada.se)");
    }
}

} // namespace
} // namespace Tertial
