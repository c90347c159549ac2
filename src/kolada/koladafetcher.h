// SPDX-License-Identifier: GPL-3.0-or-later
// Fetches key figures from the Kolada API v3 over HTTP: path-form URLs, paging, back-off and retry.
#pragma once

#include "koladaparser.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <string>
#include <vector>

class QNetworkAccessManager;

namespace Tertial::Kolada {

struct FetchRequest final
{
    std::vector<std::string> kpis;           // N33006, ...
    std::vector<int> years;                  // at least one
    std::vector<std::string> municipalities; // empty: every municipality
    bool metadata = true;                    // also the KPIs' metadata and the municipality list
};

struct FetchOptions final
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.kolada.se/v3"));
    int maxAttempts = 5;                                // per request, the first included
    std::chrono::milliseconds initialBackoff{1000};     // doubled per retry unless Retry-After says
    std::chrono::milliseconds maxBackoff{30000};
    std::chrono::milliseconds transferTimeout{30000};   // a stalled response counts as dropped
    int maxPages = 10000;                               // guards a next_url that never ends
    std::string fetchedAt;                              // hämtningsdatum; empty: today (UTC)
};

// At most this many ids in one path segment ("/kpi/A,B,...").
inline constexpr int maxIdsPerSegment = 25;

// https://api.kolada.se (any path): the only source whose figures are labelled "Källa: Kolada".
bool isOfficialKolada(const QUrl &url);

// "Kolada" for the official API, else the address and that it is not Kolada (a test server, a
// mirror): what a summary says the figures came from.
std::string sourceLabel(const QUrl &baseUrl);

// The first-page data URLs of a request: base/data/kpi/{≤25}/municipality/{≤25}/year/{≤25},
// one URL per combination of chunks (the municipality segment left out when none are given).
std::vector<QUrl> dataUrls(const QUrl &baseUrl, const FetchRequest &request);

class KoladaFetcher final : public QObject
{
    Q_OBJECT
public:
    explicit KoladaFetcher(FetchOptions options = {}, QObject *parent = nullptr);
    ~KoladaFetcher() override;

    // Fetches every page of every URL, then returns the whole batch; nothing partial: any failure
    // (no network, a status other than 2xx after the retries, malformed JSON) is the error.
    // Every KPI and kommun id must follow the id grammar (isKoladaId) before any request is made;
    // a next_url is followed only to the base URL's scheme, host and port, under its path.
    // Blocks in a local event loop (the GUI stays painted; call it from the GUI thread).
    Core::Result<Storage::KoladaBatch> fetch(const FetchRequest &request);

    // The page after `current` named by a response's next_url (absolute or relative), or an error
    // when it leaves the API (another scheme, host or port, a path outside the base, user info,
    // a fragment, a "." or ".." segment).
    Core::Result<QUrl> nextPage(const QUrl &current, const std::string &nextUrl) const;

    // Every URL requested by the last fetch, retries included, in order (for the log and tests).
    const std::vector<QUrl> &requested() const { return m_requested; }

signals:
    void pageFetched(const QUrl &url);

private:
    Core::Result<QByteArray> get(const QUrl &url);
    // Follows next_url from `first`; every page must be of `expected` kind (or empty).
    Core::Result<void> fetchAllPages(const QUrl &first, PageKind expected, Storage::KoladaBatch &batch, int &pages);
    void wait(std::chrono::milliseconds delay);

    FetchOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    std::vector<QUrl> m_requested;
};

} // namespace Tertial::Kolada
