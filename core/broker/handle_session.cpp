// DISCONNECT, the end of a connection (will, clean sessions), and backpressure
// between congested subscribers and the publishers feeding them.
#include "broker.h"
#include "broker_p.h"

namespace homewire::broker {

using namespace mqtt;

Broker::HandlerResult Broker::handleDisconnect(Connection &connection, const DisconnectPacket &packet)
{
    // A DISCONNECT removes the will unpublished (MQTT-3.14.4-3), unless an
    // MQTT 5.0 client asks for it with reason 0x04.
    const bool publishWill = connection.version == ProtocolVersion::V5 &&
                             packet.reasonCode == ReasonCode::DisconnectWithWillMessage;
    if (connection.version == ProtocolVersion::V5) {
        if (const auto expiry = packet.properties.integer(PropertyId::SessionExpiryInterval)) {
            // A session that was to end with its connection cannot be kept
            // afterwards (MQTT 5.0 section 3.14.2.2.2).
            if (*expiry != 0 && connection.sessionExpiryAtConnect == 0)
                return makeError(
                    BrokerError::ProtocolViolation,
                    QStringLiteral("DISCONNECT sets a Session Expiry Interval after CONNECT set none"));
            if (Session *session = sessionOf(connection))
                session->cleanSession = *expiry == 0;
        }
    }
    qCInfo(lcBroker).noquote() << "client" << clientLabel(connection.clientId) << "disconnected";
    const ConnectionId id = connection.id;
    endConnection(connection, publishWill);
    m_sink.close(id, QStringLiteral("client disconnected"));
    return {};
}

void Broker::endConnection(Connection &connection, bool publishWill)
{
    releasePublishers(connection);
    std::optional<Message> will = publishWill ? std::move(connection.will) : std::nullopt;
    if (will && !will->topic.startsWith("$SYS") && !mayPublish(connection, will->topic))
        will.reset(); // a will is a publish of its client: the same ACL applies
    if (Session *session = sessionOf(connection)) {
        session->connection = 0;
        if (session->cleanSession)
            destroySession(*session);
    }
    m_connections.remove(connection.id);
    delete &connection;
    if (will && will->topic.startsWith("$SYS")) {
        ++m_stats.droppedSysPublish; // $SYS belongs to the broker, wills included
        will.reset();
    }
    if (will) {
        // The will goes out once and is then forgotten (MQTT-3.1.2-8, -10),
        // retained if the client asked for it (MQTT-3.1.2-16, -17).
        ++m_stats.willsPublished;
        if (will->retain)
            storeRetained(*will);
        route(*will, 0);
    }
}

void Broker::destroySession(Session &session)
{
    if (m_observer && session.persisted)
        m_observer->sessionDeleted(session.clientId());
    for (auto it = session.subscriptions.cbegin(); it != session.subscriptions.cend(); ++it)
        m_subscriptions.unsubscribe(session.id(), it.key());
    m_sessionsByClientId.remove(session.clientId());
    m_sessions.remove(session.id());
    delete &session;
}

void Broker::connectionCongested(ConnectionId id, bool congested, bool overloaded)
{
    Connection *connection = findConnection(id);
    if (!connection)
        return;
    if (connection->overloaded && !overloaded && connection->droppedQos0 > 0) {
        qCWarning(lcBroker).noquote() << "dropped" << connection->droppedQos0 << "QoS 0 messages for"
                                      << clientLabel(connection->clientId) << "while it could not keep up";
        connection->droppedQos0 = 0;
    }
    connection->overloaded = overloaded;
    if (congested || overloaded) {
        if (!connection->congestedSinceMs)
            connection->congestedSinceMs = m_clock.nowMs();
        return;
    }
    connection->congestedSinceMs = 0;
    Session *session = sessionOf(*connection);
    if (!session || !isBacklogged(*session, *connection))
        releasePublishers(*connection);
}

bool Broker::isBacklogged(const Session &session, const Connection &connection) const
{
    // Output stuck in the socket, or more waiting for the inflight window than
    // a few windows' worth: either way the subscriber is not keeping up.
    return connection.congestedSinceMs != 0 ||
           qsizetype(session.queue.size()) > qsizetype(m_config.maxInflightMessages) * 16;
}

void Broker::pausePublisher(Connection &subscriber, ConnectionId publisher)
{
    if (subscriber.pausedPublishers.contains(publisher))
        return;
    Connection *from = findConnection(publisher);
    if (!from)
        return;
    subscriber.pausedPublishers.insert(publisher);
    if (from->pausedBy++ == 0) {
        qCDebug(lcBroker).noquote() << "pausing" << clientLabel(from->clientId) << "for"
                                    << clientLabel(subscriber.clientId);
        m_sink.setReadPaused(publisher, true);
    }
}

void Broker::releasePublishers(Connection &subscriber)
{
    const QSet<ConnectionId> paused = std::exchange(subscriber.pausedPublishers, {});
    for (ConnectionId id : paused) {
        Connection *publisher = findConnection(id);
        if (publisher && --publisher->pausedBy == 0) {
            qCDebug(lcBroker).noquote() << "resuming" << clientLabel(publisher->clientId) << "for"
                                        << clientLabel(subscriber.clientId);
            m_sink.setReadPaused(id, false);
        }
    }
}

void Broker::checkSlowSubscribers()
{
    const qint64 limit = qint64(m_config.slowSubscriberTimeoutSeconds) * 1000;
    const qint64 now = m_clock.nowMs();
    QList<Connection *> slow;
    for (Connection *c : std::as_const(m_connections)) {
        if (c->congestedSinceMs && now - c->congestedSinceMs > limit)
            slow.append(c);
    }
    for (Connection *c : slow) {
        ++m_stats.slowDisconnects;
        qCWarning(lcBroker).noquote()
            << "disconnecting" << clientLabel(c->clientId) << c->address << ": output congested for more than"
            << m_config.slowSubscriberTimeoutSeconds << "seconds";
        const ConnectionId id = c->id;
        endConnection(*c, true);
        m_sink.close(id, QStringLiteral("too slow to receive"));
    }
}

} // namespace homewire::broker
