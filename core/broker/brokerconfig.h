// BrokerConfig: limits and behaviour of the embedded broker, with safe defaults.
// Every limit that makes the broker refuse or drop something is counted in
// $SYS and logged with the client identifier.
#pragma once

#include "access/abuseguard.h"
#include "access/authenticator.h"

#include <QString>
#include <QtGlobal>

namespace homewire::broker {

enum class Durability : quint8
{
    Fast,    // writes batched on a timer; acknowledgements do not wait for disk
    Durable, // PUBACK/PUBREC only after the message is committed (group commit)
};

struct BrokerConfig
{
    int maxConnections = 10'000;
    quint32 maxPacketSize = 256 * 1024 * 1024;   // bytes, whole packet
    int maxInflightMessages = 64;                // per client, outgoing QoS 1/2 awaiting acknowledgement
    int maxQueuedMessages = 100'000;             // per client, waiting for the inflight window or offline
    qint64 maxQueuedBytes = 256LL * 1024 * 1024; // per client
    int maxTopicLevels = 128;
    int maxClientIdLength = 65'535; // MQTT 3.1 is always limited to 23 (MQTT 3.1 spec)
    bool allowEmptyClientId = true; // assign one when clean session is set (MQTT-3.1.3-6)
    bool allowZeroLengthClientIdV31 = false;
    int sysIntervalSeconds = 10; // $SYS/broker/... refresh; 0 turns it off
    // A subscriber whose unsent output exceeds this is congested: its publishers
    // are paused (TCP backpressure) until it drains below half of it.
    qint64 congestionBytes = 8LL * 1024 * 1024;
    // A subscriber that stays congested this long is disconnected as too slow.
    int slowSubscriberTimeoutSeconds = 60;
    Durability durability = Durability::Fast;
    // Where the broker keeps its database (broker.db); empty: nothing persists.
    QString dataDirectory;
    QString version = QStringLiteral("0.1.0");
    // Logins: password hashing and the verified-credential cache.
    access::AuthConfig auth;
    // Per-address connection rate and backoff after failed logins.
    access::AbuseLimits abuse;
};

} // namespace homewire::broker
