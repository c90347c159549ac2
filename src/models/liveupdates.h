// SPDX-License-Identifier: GPL-3.0-or-later
// A document on the shared server follows what other clients commit: the server notifies once
// per transaction and nämnd-year; a change to the shown nämnd refreshes the document within a
// second. A heartbeat notices a dropped connection, says so, and reconnects; edits typed
// meanwhile wait in the document and are written once the server is back.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QSocketNotifier;

namespace Tertial::Storage {
class ChangeFeed;
}

namespace Tertial::Models {

class Document;

struct LiveSettings final
{
    int pollMs = 250;       // also read what arrived during the document's own queries
    int refreshDelayMs = 30; // gather a burst of notifications into one refresh
    int heartbeatMs = 5000;
    int reconnectMs = 2000;
};

class LiveUpdates final : public QObject
{
    Q_OBJECT
public:
    LiveUpdates(Document *document, Storage::ChangeFeed *feed, const LiveSettings &settings);
    ~LiveUpdates() override;

    bool isConnected() const { return m_connected; }
    // The connection dropped (a store call said so): stop listening and try to reconnect.
    void connectionLost(const QString &message);

signals:
    // The status bar's cue: connected again, or lost (with why).
    void connectionChanged(bool connected, const QString &message);
    // A refresh read other clients' changes (the registers' views read theirs on this).
    void refreshed();

private:
    void watchSocket();
    void takeChanges();
    void refreshNow();
    void heartbeat();
    void tryReconnect();

    Document *m_document;
    Storage::ChangeFeed *m_feed;
    LiveSettings m_settings;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_poll;
    QTimer m_refresh;
    QTimer m_heartbeat;
    QTimer m_reconnect;
    bool m_connected = true;
};

} // namespace Tertial::Models
