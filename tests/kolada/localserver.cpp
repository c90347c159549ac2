// SPDX-License-Identifier: GPL-3.0-or-later
// The local test server.
#include "localserver.h"

#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>

namespace Tertial::TestUtil {

LocalServer::LocalServer()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        }
    });
}

QUrl LocalServer::base() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v3").arg(m_server.serverPort()));
}

void LocalServer::route(const QString &pathAndQuery, std::vector<Response> responses)
{
    m_routes[pathAndQuery] = std::move(responses);
    m_served[pathAndQuery] = 0;
}

QByteArray LocalServer::fixture(const QString &name) const
{
    QFile file(QStringLiteral(TERTIAL_KOLADA_FIXTURES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().replace("{base}", base().toString().toUtf8());
}

void LocalServer::serve(QTcpSocket *socket)
{
    // Requests are small GETs: wait until the header is complete.
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (!buffer.contains("\r\n\r\n"))
        return;
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    m_buffers.erase(socket);
    const QString target = requestLine.size() >= 2 ? QString::fromUtf8(requestLine[1]) : QString();
    m_requests.push_back(target);

    Response response{404, QByteArrayLiteral("{\"error\": \"not found\"}"), false, {}};
    if (auto it = m_routes.find(target); it != m_routes.end() && !it->second.empty()) {
        std::size_t &served = m_served[target];
        response = it->second[std::min(served, it->second.size() - 1)];
        ++served;
    }
    if (response.drop) {
        socket->abort();
        return;
    }
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n"
                       "Content-Type: application/json; charset=utf-8\r\n"
                       "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n"
                       "Connection: close\r\n";
    if (!response.retryAfter.isEmpty())
        reply += "Retry-After: " + response.retryAfter + "\r\n";
    reply += "\r\n" + response.body;
    socket->write(reply);
    socket->disconnectFromHost();
}

} // namespace Tertial::TestUtil
