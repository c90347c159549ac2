// SPDX-License-Identifier: GPL-3.0-or-later
// A tiny HTTP/1.1 server on 127.0.0.1 in the test process, serving recorded Kolada responses.
#pragma once

#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <map>
#include <vector>

namespace Tertial::TestUtil {

// A QObject for the connections' context only (no signals of its own, so no moc).
class LocalServer final : public QObject
{
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        bool drop = false;      // close the connection without answering
        QByteArray retryAfter;  // Retry-After header value, if any
    };

    LocalServer();
    // http://127.0.0.1:PORT/v3
    QUrl base() const;
    // Responses for a path (with query) in order; the last one repeats. Unknown paths get 404.
    void route(const QString &pathAndQuery, std::vector<Response> responses);
    // A recorded response file with "{base}" replaced by base().
    QByteArray fixture(const QString &name) const;

    const std::vector<QString> &requests() const { return m_requests; }

private:
    void serve(class QTcpSocket *socket);

    QTcpServer m_server;
    std::map<QString, std::vector<Response>> m_routes;
    std::map<QString, std::size_t> m_served;
    std::vector<QString> m_requests;
    std::map<class QTcpSocket *, QByteArray> m_buffers;
};

} // namespace Tertial::TestUtil
