// SPDX-License-Identifier: GPL-3.0-or-later
// The Kolada fetcher over QNetworkAccessManager.
#include "koladafetcher.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <set>

namespace Tertial::Kolada {

using Core::ErrorCode;
using Core::fail;
using Core::Result;

namespace {

template<typename T, typename ToText>
std::vector<QString> chunks(const std::vector<T> &items, ToText toText)
{
    std::vector<QString> result;
    for (std::size_t start = 0; start < items.size(); start += maxIdsPerSegment) {
        QStringList part;
        for (std::size_t i = start; i < std::min(items.size(), start + maxIdsPerSegment); ++i)
            part << toText(items[i]);
        result.push_back(part.join(QLatin1Char(',')));
    }
    return result;
}

QString base(const QUrl &url)
{
    QString text = url.toString();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

std::string text(const QUrl &url)
{
    return url.toString().toStdString();
}

// Errors after which a new attempt may succeed: the connection was dropped or stalled.
bool isTransient(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout cancels
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

// Errors that mean Kolada cannot be reached at all from here.
bool isUnreachable(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::HostNotFoundError || error == QNetworkReply::ConnectionRefusedError ||
           error == QNetworkReply::ProxyNotFoundError || error == QNetworkReply::ProxyConnectionRefusedError;
}

// An id as one path segment: percent-encoded, so even an id that slipped past the grammar check
// cannot add a segment, a query or a fragment.
QString segment(const std::string &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(id)));
}

// The port a URL connects to (the scheme's default when none is written).
int port(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : url.scheme() == QLatin1String("http") ? 80 : -1);
}

std::string shown(const std::string &id)
{
    return id.size() <= 40 ? id : id.substr(0, 40) + "…";
}

// What went wrong, in Swedish: Qt's errorString() is English ("Connection refused").
std::string networkErrorText(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError: return "servern hittades inte (namnuppslagningen misslyckades)";
    case QNetworkReply::ConnectionRefusedError: return "anslutningen nekades";
    case QNetworkReply::RemoteHostClosedError: return "servern stängde anslutningen";
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: return "tidsgränsen för svaret överskreds";
    case QNetworkReply::SslHandshakeFailedError: return "den krypterade anslutningen (TLS) kunde inte upprättas";
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError: return "nätverket är inte tillgängligt";
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError: return "proxyservern svarar inte";
    case QNetworkReply::ProxyAuthenticationRequiredError: return "proxyservern kräver inloggning";
    default: return "nätverksfel " + std::to_string(static_cast<int>(error));
    }
}

// An HTTP status in Swedish words (the server's reason phrase is English).
std::string httpStatusText(int status)
{
    switch (status) {
    case 400: return "felaktig begäran";
    case 401:
    case 403: return "åtkomst nekad";
    case 404: return "finns inte";
    case 410: return "finns inte längre";
    default: return status >= 500 ? "fel hos servern" : "begäran avvisades";
    }
}

} // namespace

bool isOfficialKolada(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("https") && url.host() == QLatin1String("api.kolada.se") &&
           port(url) == 443 && url.userInfo().isEmpty();
}

std::string sourceLabel(const QUrl &baseUrl)
{
    if (isOfficialKolada(baseUrl))
        return "Kolada";
    return text(baseUrl) + " (inte Kolada: adressen är inte https://api.kolada.se)";
}

std::vector<QUrl> dataUrls(const QUrl &baseUrl, const FetchRequest &request)
{
    const auto kpis = chunks(request.kpis, segment);
    const auto municipalities = chunks(request.municipalities, segment);
    const auto years = chunks(request.years, [](int year) { return QString::number(year); });
    std::vector<QUrl> urls;
    for (const auto &kpi : kpis) {
        const QString withKpi = base(baseUrl) + QStringLiteral("/data/kpi/") + kpi;
        std::vector<QString> prefixes;
        if (municipalities.empty())
            prefixes.push_back(withKpi);
        for (const auto &municipality : municipalities)
            prefixes.push_back(withKpi + QStringLiteral("/municipality/") + municipality);
        for (const auto &prefix : prefixes) {
            if (years.empty())
                urls.emplace_back(prefix);
            for (const auto &year : years)
                urls.emplace_back(prefix + QStringLiteral("/year/") + year);
        }
    }
    return urls;
}

KoladaFetcher::KoladaFetcher(FetchOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_network(new QNetworkAccessManager(this))
{
}

KoladaFetcher::~KoladaFetcher() = default;

void KoladaFetcher::wait(std::chrono::milliseconds delay)
{
    QEventLoop loop;
    QTimer::singleShot(delay, &loop, &QEventLoop::quit);
    loop.exec();
}

Result<QByteArray> KoladaFetcher::get(const QUrl &url)
{
    std::string last;
    std::chrono::milliseconds backoff = m_options.initialBackoff;
    const int attempts = std::max(1, m_options.maxAttempts);
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        m_requested.push_back(url);
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        request.setTransferTimeout(static_cast<int>(m_options.transferTimeout.count()));
        const std::unique_ptr<QNetworkReply> reply(m_network->get(request));
        QEventLoop loop;
        connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = reply->error();
        if (error == QNetworkReply::NoError && status >= 200 && status < 300)
            return reply->readAll();

        std::chrono::milliseconds delay = backoff;
        if (status == 429 || (status >= 500 && status < 600)) {
            last = "HTTP " + std::to_string(status);
            // Retry-After in seconds, when the server says how long to wait (capped).
            bool ok = false;
            const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
            if (ok && seconds >= 0)
                delay = std::min(std::chrono::milliseconds(seconds * 1000LL), m_options.maxBackoff);
        } else if (status != 0) {
            return fail(ErrorCode::Io, text(url) + ": Kolada svarade HTTP " + std::to_string(status) + " ("
                                           + httpStatusText(status) + "); kontrollera KPI-id, kommunkoder och år");
        } else if (isUnreachable(error)) {
            return fail(ErrorCode::Io, text(url) + ": Kolada kan inte nås (" + networkErrorText(error)
                                           + "); kontrollera nätverksanslutningen och försök igen");
        } else if (isTransient(error)) {
            last = "anslutningen bröts: " + networkErrorText(error);
        } else {
            return fail(ErrorCode::Io, text(url) + ": hämtningen misslyckades (" + networkErrorText(error) + ")");
        }
        if (attempt < attempts) {
            wait(delay);
            backoff = std::min(backoff * 2, m_options.maxBackoff);
        }
    }
    return fail(ErrorCode::Io, text(url) + ": Kolada svarade inte efter " + std::to_string(attempts) +
                                   " försök (senast " + last + "); försök igen senare");
}

Result<void> KoladaFetcher::fetchAllPages(const QUrl &first, PageKind expected, Storage::KoladaBatch &batch, int &pages)
{
    std::set<QString> seen;
    QUrl url = first;
    for (;;) {
        if (!seen.insert(url.toString()).second)
            return fail(ErrorCode::InvalidInput, text(url) + ": next_url pekar tillbaka på en sida som redan hämtats");
        if (++pages > m_options.maxPages)
            return fail(ErrorCode::InvalidInput, text(url) + ": fler än " + std::to_string(m_options.maxPages) +
                                                     " sidor; avbryter");
        auto body = get(url);
        if (!body)
            return std::unexpected(body.error());
        auto parsed = parseResponse(*body, text(url));
        if (!parsed)
            return std::unexpected(parsed.error());
        if (parsed->size() != 1)
            return fail(ErrorCode::InvalidInput, text(url) + ": väntade en sida (ett objekt), fick en lista");
        KoladaPage &page = parsed->front();
        if (page.kind != PageKind::Empty && page.kind != expected)
            return fail(ErrorCode::InvalidInput, text(url) + ": svaret innehåller " + pageKindName(page.kind) +
                                                     ", väntade " + pageKindName(expected));
        batch.append(std::move(page.records));
        emit pageFetched(url);
        if (!page.nextUrl)
            return {};
        auto next = nextPage(url, *page.nextUrl);
        if (!next)
            return std::unexpected(next.error());
        url = *next;
    }
}

Result<QUrl> KoladaFetcher::nextPage(const QUrl &current, const std::string &nextUrl) const
{
    const QUrl &baseUrl = m_options.baseUrl;
    const QUrl raw(QString::fromStdString(nextUrl), QUrl::StrictMode);
    const QUrl next = current.resolved(raw);
    QString basePath = baseUrl.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    std::string problem;
    if (!raw.isValid() || !next.isValid())
        problem = "ingen giltig adress";
    else if (next.scheme() != baseUrl.scheme() || next.host() != baseUrl.host() || port(next) != port(baseUrl))
        problem = "en annan server (" + next.scheme().toStdString() + "://" + next.host().toStdString() +
                  (next.port() == -1 ? std::string() : ":" + std::to_string(next.port())) + ")";
    else if (!next.userInfo().isEmpty())
        problem = "användaruppgifter i adressen";
    else if (raw.hasFragment())
        problem = "ett fragment (#)";
    else if (!next.path().startsWith(basePath + QLatin1Char('/')))
        problem = "en sökväg utanför " + basePath.toStdString() + "/";
    else {
        // Dots are resolved away by QUrl; written encoded (%2e) they would survive to the server.
        for (const QString &part : raw.path(QUrl::FullyDecoded).split(QLatin1Char('/')))
            if (part == QLatin1String(".") || part == QLatin1String(".."))
                problem = "ett \".\"- eller \"..\"-steg i sökvägen";
    }
    if (!problem.empty())
        return fail(ErrorCode::InvalidInput, text(current) + ": next_url \"" + shown(nextUrl) + "\" pekar på " + problem +
                                                 "; väntade nästa sida under " + text(baseUrl) + " (följs inte)");
    return next;
}

Result<Storage::KoladaBatch> KoladaFetcher::fetch(const FetchRequest &request)
{
    m_requested.clear();
    if (request.kpis.empty())
        return fail(ErrorCode::MissingInput, "ange minst ett KPI-id att hämta");
    if (request.years.empty())
        return fail(ErrorCode::MissingInput, "ange minst ett år att hämta");
    // Ids become path segments: nothing but the grammar gets into a request.
    for (const auto &id : request.kpis)
        if (!isKoladaId(id))
            return fail(ErrorCode::InvalidInput, "KPI-id \"" + shown(id) + "\" är inget Kolada-id; väntade " +
                                                     koladaIdGrammar + " (ingenting hämtades)");
    for (const auto &id : request.municipalities)
        if (!isKoladaId(id))
            return fail(ErrorCode::InvalidInput, "kommunkod \"" + shown(id) + "\" är inget Kolada-id; väntade " +
                                                     koladaIdGrammar + " (ingenting hämtades)");

    Storage::KoladaBatch batch;
    batch.source = text(m_options.baseUrl);
    batch.fetchedAt = m_options.fetchedAt.empty()
                          ? QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate).toStdString()
                          : m_options.fetchedAt;
    int pages = 0;
    if (request.metadata) {
        const auto kpis = chunks(request.kpis, segment);
        for (const auto &chunk : kpis)
            if (auto ok = fetchAllPages(QUrl(base(m_options.baseUrl) + QStringLiteral("/kpi/") + chunk),
                                        PageKind::Kpis, batch, pages);
                !ok)
                return std::unexpected(ok.error());
        if (auto ok = fetchAllPages(QUrl(base(m_options.baseUrl) + QStringLiteral("/municipality")),
                                    PageKind::Municipalities, batch, pages);
            !ok)
            return std::unexpected(ok.error());
    }
    for (const QUrl &url : dataUrls(m_options.baseUrl, request))
        if (auto ok = fetchAllPages(url, PageKind::Data, batch, pages); !ok)
            return std::unexpected(ok.error());
    return batch;
}

} // namespace Tertial::Kolada
