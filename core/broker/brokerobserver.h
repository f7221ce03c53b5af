// BrokerObserver: what persistence needs to hear from the protocol engine.
//
// The engine reports every change to durable state as it happens: retained
// messages, and for persistent sessions (clean session 0, or an MQTT 5.0
// session expiry) the session itself, its subscriptions, its outgoing QoS 1/2
// messages (by a per-session sequence number, which is also their order) and
// its incoming QoS 2 packet identifiers. Clean sessions end with their
// connection and are never reported. Calls are made on the broker's thread
// and must not block; the store batches them.
#pragma once

#include "message.h"
#include "session.h"
#include "subscriptiontree.h"

namespace homewire::broker {

class BrokerObserver
{
public:
    virtual ~BrokerObserver() = default;

    // An empty payload means the retained message of that topic was removed.
    virtual void retainedChanged(const Message &message, qint64 storedAtMs) = 0;

    virtual void sessionStored(const QByteArray &clientId) = 0;
    virtual void sessionDeleted(const QByteArray &clientId) = 0;
    virtual void subscriptionStored(const QByteArray &clientId, const QByteArray &filter,
                                    const SubscriptionOptions &options) = 0;
    virtual void subscriptionDeleted(const QByteArray &clientId, const QByteArray &filter) = 0;

    // A QoS 1/2 message entered the session (queued: packetId 0) or changed state.
    virtual void messageStored(const QByteArray &clientId, quint64 sequence, const Message &message,
                               quint16 packetId, InflightMessage::State state) = 0;
    virtual void messageStateChanged(const QByteArray &clientId, quint64 sequence, quint16 packetId,
                                     InflightMessage::State state) = 0;
    virtual void messageDeleted(const QByteArray &clientId, quint64 sequence) = 0;

    virtual void incomingQos2Stored(const QByteArray &clientId, quint16 packetId) = 0;
    virtual void incomingQos2Deleted(const QByteArray &clientId, quint16 packetId) = 0;
};

// A persistent session as loaded from the store at start-up.
struct StoredSession
{
    struct StoredMessage
    {
        quint64 sequence = 0;
        Message message;
        quint16 packetId = 0; // 0: still queued
        InflightMessage::State state = InflightMessage::State::AwaitingPuback;
    };
    QByteArray clientId;
    QList<std::pair<QByteArray, SubscriptionOptions>> subscriptions;
    QList<StoredMessage> messages; // in sequence order
    QList<quint16> incomingQos2;
};

} // namespace homewire::broker
