// Broker: the MQTT protocol engine of the embedded broker.
//
// It owns the broker state (sessions, subscription tree, retained store) and
// reacts to what the network layer reports: a connection opened, a decoded
// packet arrived, a connection closed. packetReceived() is the dispatcher: it
// routes each packet to its handler (handle_connect.cpp, handle_publish.cpp,
// handle_subscribe.cpp, handle_session.cpp) and turns the internal error a
// handler returns into the protocol's answer (closing the connection, and for
// MQTT 5.0 a DISCONNECT with a reason code) in one place.
//
// Single-threaded by design: one thread owns a Broker; the network layer's
// worker threads talk to it through queues. No sockets, timers or threads here,
// so every rule is unit-testable with an in-memory BrokerSink and ManualClock.
#pragma once

#include "access/accesspolicy.h"
#include "access/authenticator.h"
#include "access/topicacl.h"
#include "brokerconfig.h"
#include "brokerobserver.h"
#include "brokersink.h"
#include "common/clock.h"
#include "common/result.h"
#include "mqtt/packets.h"
#include "retainedstore.h"
#include "session.h"
#include "subscriptiontree.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace homewire::broker {

// Why a connection ended, as the network layer saw it.
enum class CloseReason : quint8
{
    PeerClosed,       // the socket closed without DISCONNECT
    NetworkError,     // read/write error
    KeepAliveTimeout, // nothing received for 1.5 x keep alive (MQTT-3.1.2-24)
    ProtocolError,    // the bytes did not decode (the codec's error in the detail)
    ServerShutdown,   // the broker is stopping
};

// Internal errors of the handlers; the dispatcher maps them to the protocol.
enum class BrokerError : quint8
{
    ProtocolViolation, // e.g. a second CONNECT (MQTT-3.1.0-2), PUBLISH before CONNECT
    ConnectRefused,    // CONNACK with a non-zero code already sent
    LimitExceeded,     // a configured limit; connection closed
};

struct BrokerStats
{
    qint64 startedAtMs = 0;
    qint64 connectionsTotal = 0;
    qint64 messagesReceived = 0; // PUBLISH packets from clients
    qint64 messagesSent = 0;     // PUBLISH packets to clients
    qint64 publishBytesReceived = 0;
    qint64 publishBytesSent = 0;
    qint64 droppedQos0 = 0;       // QoS 0 dropped for a congested or offline subscriber
    qint64 droppedQueueFull = 0;  // QoS 1/2 dropped at an offline client's queue limit
    qint64 droppedSysPublish = 0; // client publishes to $SYS topics (ignored)
    qint64 slowDisconnects = 0;
    qint64 protocolErrors = 0;
    qint64 willsPublished = 0;
    qint64 refusedLogins = 0;       // CONNECT refused for credentials or authorization
    qint64 deniedPublishes = 0;     // PUBLISH (and wills) dropped by the ACL
    qint64 deniedSubscriptions = 0; // topic filters refused by the ACL (0x80)
};

struct ClientInfo
{
    QByteArray clientId;
    // Who it logged in as; empty: anonymous. For an offline session, who last
    // used it when known (userKnown).
    QByteArray userName;
    bool userKnown = false;
    QString address;
    mqtt::ProtocolVersion protocolVersion = mqtt::ProtocolVersion::V311;
    bool online = false;
    bool cleanSession = true;
    int subscriptions = 0;
    int inflight = 0;
    int queued = 0;
    qint64 connectedAtMs = 0;
};

class Broker
{
public:
    Broker(BrokerConfig config, BrokerSink &sink, const Clock &clock);
    ~Broker();
    Broker(const Broker &) = delete;
    Broker &operator=(const Broker &) = delete;

    // --- from the network layer
    void connectionOpened(ConnectionId connection, const QString &remoteAddress);
    void packetReceived(ConnectionId connection, mqtt::Packet packet); // the dispatcher
    void connectionClosed(ConnectionId connection, CloseReason reason, const QString &detail = {});
    // Congestion of a connection's output (see BrokerConfig::congestionBytes):
    // congested pauses its publishers; overloaded (far worse) also drops QoS 0.
    void connectionCongested(ConnectionId connection, bool congested, bool overloaded = false);
    // Closes every connection (graceful shutdown); wills are not published.
    void shutdown();

    // --- access (handle_access.cpp)
    // Users and ACL rules. Connected clients are re-checked at once: a removed
    // user (or one whose password changed) is disconnected, subscriptions no
    // rule covers any more are removed.
    void setAccessPolicy(access::AccessPolicyPtr policy);
    // The network layer's verdict on a connection's CONNECT, given just before
    // the packet. A CONNECT without one logs in anonymously.
    void setConnectVerdict(ConnectionId connection, access::AuthVerdict verdict);

    // --- periodic work, driven by the owner's timer
    void publishSysTopics();
    // Disconnects subscribers congested for longer than the configured time.
    void checkSlowSubscribers();

    // --- persistence
    // Reports durable state changes to `observer` (nullptr: none).
    void setObserver(BrokerObserver *observer) { m_observer = observer; }
    // Loads state saved by a previous run; call before the first connection.
    void restoreRetained(const RetainedMessage &retained);
    void restoreSession(const StoredSession &stored);

    // --- for the embedding application
    // Publishes as the broker itself (retained flag honoured).
    void publish(Message message);
    const BrokerStats &stats() const { return m_stats; }
    const BrokerConfig &config() const { return m_config; }
    QList<ClientInfo> clients() const;
    int connectedClientCount() const;
    const RetainedStore &retained() const { return m_retained; }
    const SubscriptionTree &subscriptions() const { return m_subscriptions; }
    const Session *findSession(QByteArrayView clientId) const;

    struct Connection; // defined in broker_p.h

private:
    using HandlerResult = Result<void, BrokerError>;

    // handle_connect.cpp
    HandlerResult handleConnect(Connection &connection, mqtt::ConnectPacket &&packet);
    Session &attachSession(Connection &connection, const QByteArray &clientId, bool cleanSession,
                           bool &sessionPresent);
    void resumeDelivery(Session &session);

    // handle_publish.cpp
    void storeRetained(const Message &message);
    HandlerResult handlePublish(Connection &connection, mqtt::PublishPacket &&packet);
    HandlerResult handleAck(Connection &connection, const mqtt::AckPacket &packet);
    void route(const Message &message, SessionId publisher);
    void deliver(Session &session, Message message);
    void pump(Session &session);
    void sendInflight(Session &session, const InflightMessage &message, bool dup);

    // handle_subscribe.cpp
    HandlerResult handleSubscribe(Connection &connection, mqtt::SubscribePacket &&packet);
    HandlerResult handleUnsubscribe(Connection &connection, const mqtt::UnsubscribePacket &packet);
    void sendRetained(Session &session, QByteArrayView filter, const SubscriptionOptions &options);

    // handle_access.cpp
    // Why the network layer's verdict keeps the connection out; nothing: it may log in.
    std::optional<access::AuthVerdict> loginRefusal(const Connection &connection) const;
    void authorize(Connection &connection, Session &session);
    bool mayPublish(Connection &connection, const QByteArray &topic);
    int revokeDeniedSubscriptions(Session &session, const access::TopicAcl &acl);

    // handle_session.cpp
    bool isBacklogged(const Session &session, const Connection &connection) const;
    void pausePublisher(Connection &subscriber, ConnectionId publisher);
    void releasePublishers(Connection &subscriber);
    HandlerResult handleDisconnect(Connection &connection, const mqtt::DisconnectPacket &packet);
    void endConnection(Connection &connection, bool publishWill);
    void destroySession(Session &session);
    void refuse(Connection &connection, BrokerError error, const QString &reason);

    Connection *findConnection(ConnectionId id);
    Session *sessionOf(const Connection &connection);
    void send(const Connection &connection, mqtt::Packet packet);

    BrokerConfig m_config;
    BrokerSink &m_sink;
    const Clock &m_clock;
    BrokerStats m_stats;
    BrokerObserver *m_observer = nullptr;
    SubscriptionTree m_subscriptions;
    RetainedStore m_retained;
    QHash<ConnectionId, Connection *> m_connections;
    QHash<QByteArray, Session *> m_sessionsByClientId;
    QHash<SessionId, Session *> m_sessions;
    access::AccessPolicyPtr m_policy;
    SessionId m_nextSessionId = 1;
    quint64 m_assignedIdCounter = 0;
    QList<SubscriptionMatch> m_matchScratch; // reused by route(): no allocation per message
    qint64 m_lastSysMs = 0;
    qint64 m_lastSysReceived = 0;
    qint64 m_lastSysSent = 0;
};

} // namespace homewire::broker
