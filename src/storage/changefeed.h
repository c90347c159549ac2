// SPDX-License-Identifier: GPL-3.0-or-later
// What other clients committed, as it happens: the shared server's notifications (LISTEN on the
// channel every committed change notifies, once per transaction and nämnd-year) and its
// heartbeat. Qt-free: the workbench watches socket() with its own event loop.
#pragma once

#include "records.h"

#include "core/error.h"

#include <vector>

namespace Tertial::Storage {

// A committed change: the nämnd and year it touched (year 0: no year, such as an indicator's
// definition); `own` when this connection made it.
struct StoreChange final
{
    Id namndId = 0;
    int year = 0;
    bool own = false;
    bool operator==(const StoreChange &) const = default;
};

class ChangeFeed
{
public:
    virtual ~ChangeFeed() = default;

    // Starts listening (again after a reconnect).
    virtual Core::Result<void> listen() = 0;
    // The descriptor to watch for readability; -1 when there is no connection.
    virtual int socket() const = 0;
    // The changes that arrived since the last call, without waiting. An error means the
    // connection dropped (Unavailable).
    virtual Core::Result<std::vector<StoreChange>> takeChanges() = 0;
    // A round trip to the server: the heartbeat. Unavailable when it is gone.
    virtual Core::Result<void> ping() = 0;
    // Connects again after a drop and listens again; the store's statements prepare again on
    // their next use.
    virtual Core::Result<void> reconnect() = 0;
};

} // namespace Tertial::Storage
