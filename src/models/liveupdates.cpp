// SPDX-License-Identifier: GPL-3.0-or-later
// Notifications, heartbeat and reconnect for a document on the shared server.
#include "liveupdates.h"

#include "document.h"

#include "storage/changefeed.h"

#include <QSocketNotifier>

namespace Tertial::Models {

LiveUpdates::LiveUpdates(Document *document, Storage::ChangeFeed *feed, const LiveSettings &settings)
    : QObject(document), m_document(document), m_feed(feed), m_settings(settings)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(settings.refreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, &LiveUpdates::refreshNow);
    // Notifications that arrive while the document runs its own queries are read into libpq's
    // buffer by those queries; the socket then has nothing new to say, so also look regularly.
    m_poll.setInterval(settings.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &LiveUpdates::takeChanges);
    m_heartbeat.setInterval(settings.heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &LiveUpdates::heartbeat);
    m_reconnect.setInterval(settings.reconnectMs);
    connect(&m_reconnect, &QTimer::timeout, this, &LiveUpdates::tryReconnect);

    if (auto ok = m_feed->listen(); !ok) {
        connectionLost(QString::fromStdString(ok.error().message));
        return;
    }
    watchSocket();
    m_poll.start();
    m_heartbeat.start();
}

LiveUpdates::~LiveUpdates() = default;

void LiveUpdates::watchSocket()
{
    delete m_notifier;
    m_notifier = nullptr;
    const int socket = m_feed->socket();
    if (socket < 0)
        return;
    // A reconnect gets a new socket: a notifier per connection.
    m_notifier = new QSocketNotifier(static_cast<qintptr>(socket), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &LiveUpdates::takeChanges);
}

void LiveUpdates::takeChanges()
{
    if (!m_connected)
        return;
    auto changes = m_feed->takeChanges();
    if (!changes) {
        connectionLost(QString::fromStdString(changes.error().message));
        return;
    }
    if (!m_document->hasSelection())
        return;
    const Selection &shown = m_document->selection();
    for (const Storage::StoreChange &change : *changes) {
        // Our own commits are in the document already; the table shows this year and the one before.
        if (change.own || change.namndId != shown.namndId)
            continue;
        if (change.year == 0 || change.year == shown.year || change.year == shown.year - 1) {
            if (!m_refresh.isActive())
                m_refresh.start();
        }
    }
}

void LiveUpdates::refreshNow()
{
    if (!m_connected)
        return;
    if (auto ok = m_document->refresh(); !ok) {
        if (ok.error().code == Core::ErrorCode::Unavailable)
            connectionLost(QString::fromStdString(ok.error().message));
        else
            m_document->reportError(QString::fromStdString(ok.error().message));
        return;
    }
    emit refreshed();
}

void LiveUpdates::heartbeat()
{
    if (auto ok = m_feed->ping(); !ok)
        connectionLost(QString::fromStdString(ok.error().message));
}

void LiveUpdates::connectionLost(const QString &message)
{
    if (!m_connected)
        return;
    m_connected = false;
    delete m_notifier; // a closed socket reads as ready forever
    m_notifier = nullptr;
    m_poll.stop();
    m_heartbeat.stop();
    m_refresh.stop();
    m_reconnect.start();
    emit connectionChanged(false, message);
}

void LiveUpdates::tryReconnect()
{
    if (auto ok = m_feed->reconnect(); !ok)
        return; // the timer tries again
    m_reconnect.stop();
    m_connected = true;
    watchSocket();
    m_poll.start();
    m_heartbeat.start();
    emit connectionChanged(true, {});
    // First what was typed meanwhile (based on what the user saw), then everything missed.
    if (auto ok = m_document->flushPending(); !ok && ok.error().code == Core::ErrorCode::Unavailable) {
        connectionLost(QString::fromStdString(ok.error().message));
        return;
    }
    refreshNow();
}

} // namespace Tertial::Models
