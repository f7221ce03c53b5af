// Session: the state the broker keeps for one client identifier
// (MQTT 3.1.1 section 4.1): subscriptions, outgoing QoS 1/2 messages awaiting
// acknowledgement (the inflight window), messages waiting for a place in that
// window or for the client to come back, and incoming QoS 2 packet
// identifiers awaiting PUBREL. Plain data: no I/O, no timers.
#pragma once

#include "message.h"
#include "subscriptiontree.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <deque>
#include <optional>

namespace homewire::broker {

using ConnectionId = quint64; // 0: not connected

// An outgoing QoS 1/2 message the client has not finished acknowledging.
struct InflightMessage
{
    enum class State : quint8
    {
        AwaitingPuback,  // QoS 1 PUBLISH sent
        AwaitingPubrec,  // QoS 2 PUBLISH sent
        AwaitingPubcomp, // QoS 2 PUBREL sent: never resend the PUBLISH now (MQTT-4.3.3-1)
    };
    quint16 packetId = 0;
    State state = State::AwaitingPuback;
    Message message;      // message.qos is the delivered QoS, message.retain the delivered flag
    quint64 sequence = 0; // order of arrival in the session; the store's key
};

struct QueuedMessage
{
    Message message; // delivered QoS and retain flag already applied
    quint64 sequence = 0;
};

class Session
{
public:
    Session(SessionId id, QByteArray clientId);

    SessionId id() const { return m_id; }
    const QByteArray &clientId() const { return m_clientId; }

    bool cleanSession = true;
    bool persisted = false; // reported to the BrokerObserver
    // Who last connected with this session (not persisted): the ACL of an
    // offline session is re-checked only when this is known.
    std::optional<QByteArray> userName;
    ConnectionId connection = 0;
    bool isOnline() const { return connection != 0; }

    // Subscriptions by exact filter; mirrors what SubscriptionTree holds for us.
    QHash<QByteArray, SubscriptionOptions> subscriptions;

    // Outgoing QoS 1/2, in the order first sent (resent in that order, MQTT-4.6.0-1).
    QList<InflightMessage> inflight;
    std::deque<QueuedMessage> queue;
    qint64 queuedBytes = 0;

    // Incoming QoS 2 packet identifiers between PUBLISH and PUBREL (MQTT-4.3.3-2).
    QSet<quint16> incomingQos2;

    // A packet identifier not used by any inflight message (MQTT-2.3.1-4);
    // nullopt when all 65535 are in use.
    std::optional<quint16> allocatePacketId();

    InflightMessage *findInflight(quint16 packetId);
    bool removeInflight(quint16 packetId);

    // Assigns the next sequence number.
    quint64 nextSequence() { return m_nextSequence++; }
    void setNextSequence(quint64 next) { m_nextSequence = next; }

    void enqueue(Message message, quint64 sequence);
    std::optional<QueuedMessage> dequeue();

    // Drops everything the client has not received; used when a clean session
    // replaces this one.
    void clearMessages();

private:
    SessionId m_id;
    QByteArray m_clientId;
    quint16 m_nextPacketId = 1;
    quint64 m_nextSequence = 1;
};

} // namespace homewire::broker
