// Internal: per-connection state of the protocol engine.
#pragma once

#include "access/topicacl.h"
#include "broker.h"

#include <QLoggingCategory>
#include <QSet>

namespace homewire::broker {

Q_DECLARE_LOGGING_CATEGORY(lcBroker)

struct Broker::Connection
{
    ConnectionId id = 0;
    QString address;
    bool connected = false; // CONNECT accepted
    mqtt::ProtocolVersion version = mqtt::ProtocolVersion::V311;
    SessionId session = 0;
    QByteArray clientId;
    std::optional<Message> will;
    quint16 keepAlive = 0;
    quint32 sessionExpiryAtConnect = 0; // MQTT 5.0
    qint64 openedAtMs = 0;

    // Access: the network layer's verdict on the CONNECT, who the client is,
    // the user's password hash when it logged in (a change logs it out), and
    // the ACL rules that apply to it.
    std::optional<access::AuthVerdict> verdict;
    QByteArray userName; // empty: anonymous
    QByteArray userHash;
    access::TopicAcl acl;
    qint64 deniedPublishes = 0; // logged individually only up to a point

    // Backpressure. A congested subscriber pauses the publishers that feed it;
    // a publisher may be paused by several subscribers at once.
    qint64 congestedSinceMs = 0; // 0: not congested
    bool overloaded = false;
    qint64 droppedQos0 = 0; // while overloaded, for the log
    QSet<ConnectionId> pausedPublishers;
    int pausedBy = 0;
};

inline QString clientLabel(const QByteArray &clientId)
{
    return clientId.isEmpty() ? QStringLiteral("(no client id)") : QString::fromUtf8(clientId);
}

} // namespace homewire::broker
