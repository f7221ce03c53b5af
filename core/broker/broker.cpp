#include "broker.h"

#include "broker_p.h"

namespace homewire::broker {

Q_LOGGING_CATEGORY(lcBroker, "homewire.broker")

using namespace mqtt;

Broker::Broker(BrokerConfig config, BrokerSink &sink, const Clock &clock)
    : m_config(std::move(config))
    , m_sink(sink)
    , m_clock(clock)
{
    m_stats.startedAtMs = m_clock.nowMs();
}

Broker::~Broker()
{
    qDeleteAll(m_connections);
    qDeleteAll(m_sessions);
}

Broker::Connection *Broker::findConnection(ConnectionId id)
{
    return m_connections.value(id, nullptr);
}

Session *Broker::sessionOf(const Connection &connection)
{
    return connection.session ? m_sessions.value(connection.session, nullptr) : nullptr;
}

const Session *Broker::findSession(QByteArrayView clientId) const
{
    return m_sessionsByClientId.value(clientId.toByteArray(), nullptr);
}

void Broker::send(const Connection &connection, Packet packet)
{
    m_sink.send(connection.id, connection.version, std::move(packet));
}

void Broker::connectionOpened(ConnectionId id, const QString &remoteAddress)
{
    if (m_connections.contains(id))
        return;
    auto *connection = new Connection;
    connection->id = id;
    connection->address = remoteAddress;
    connection->openedAtMs = m_clock.nowMs();
    m_connections.insert(id, connection);
    ++m_stats.connectionsTotal;
    if (m_connections.size() > m_config.maxConnections) {
        qCWarning(lcBroker) << "refusing connection from" << remoteAddress << ": more than"
                            << m_config.maxConnections << "connections";
        refuse(*connection, BrokerError::LimitExceeded, QStringLiteral("too many connections"));
    }
}

void Broker::packetReceived(ConnectionId id, Packet packet)
{
    Connection *connection = findConnection(id);
    if (!connection)
        return; // closed by us; anything it sent after that is ignored (MQTT-3.1.4-5)

    HandlerResult result;
    if (!connection->connected) {
        // The first packet must be CONNECT (MQTT-3.1.0-1).
        if (auto *connect = std::get_if<ConnectPacket>(&packet))
            result = handleConnect(*connection, std::move(*connect));
        else
            result = makeError(BrokerError::ProtocolViolation,
                               QStringLiteral("first packet was %1, not CONNECT (MQTT-3.1.0-1)")
                                   .arg(QLatin1String(packetTypeName(packetType(packet)))));
    } else {
        switch (packetType(packet)) {
        case PacketType::Publish:
            result = handlePublish(*connection, std::move(std::get<PublishPacket>(packet)));
            break;
        case PacketType::Puback:
        case PacketType::Pubrec:
        case PacketType::Pubrel:
        case PacketType::Pubcomp:
            result = handleAck(*connection, std::get<AckPacket>(packet));
            break;
        case PacketType::Subscribe:
            result = handleSubscribe(*connection, std::move(std::get<SubscribePacket>(packet)));
            break;
        case PacketType::Unsubscribe:
            result = handleUnsubscribe(*connection, std::get<UnsubscribePacket>(packet));
            break;
        case PacketType::Pingreq:
            send(*connection, PingrespPacket{}); // MQTT-3.12.4-1
            break;
        case PacketType::Disconnect:
            result = handleDisconnect(*connection, std::get<DisconnectPacket>(packet));
            break;
        case PacketType::Connect:
            result = makeError(BrokerError::ProtocolViolation,
                               QStringLiteral("second CONNECT on one connection (MQTT-3.1.0-2)"));
            break;
        default:
            result = makeError(BrokerError::ProtocolViolation,
                               QStringLiteral("%1 is not sent to a server (MQTT-4.8.0-1)")
                                   .arg(QLatin1String(packetTypeName(packetType(packet)))));
            break;
        }
    }
    if (!result && result.errorCode() != BrokerError::ConnectRefused)
        refuse(*connection, result.errorCode(), result.error().message);
}

void Broker::refuse(Connection &connection, BrokerError error, const QString &reason)
{
    if (error == BrokerError::ProtocolViolation)
        ++m_stats.protocolErrors;
    qCInfo(lcBroker).noquote() << "closing" << clientLabel(connection.clientId) << connection.address << ":"
                               << reason;
    if (connection.connected && connection.version == ProtocolVersion::V5) {
        const quint8 code =
            error == BrokerError::LimitExceeded ? ReasonCode::QuotaExceeded : ReasonCode::ProtocolError;
        DisconnectPacket disconnect{code, {}};
        disconnect.properties.setString(PropertyId::ReasonString, reason.toUtf8());
        send(connection, disconnect);
    }
    const ConnectionId id = connection.id;
    // A protocol violation is an abnormal end: the will is published (MQTT-3.1.2-8).
    endConnection(connection, true);
    m_sink.close(id, reason);
}

void Broker::connectionClosed(ConnectionId id, CloseReason reason, const QString &detail)
{
    Connection *connection = findConnection(id);
    if (!connection)
        return;
    if (reason == CloseReason::ProtocolError)
        ++m_stats.protocolErrors;
    if (!detail.isEmpty())
        qCInfo(lcBroker).noquote() << "connection of" << clientLabel(connection->clientId)
                                   << connection->address << "ended:" << detail;
    else if (connection->connected)
        qCInfo(lcBroker).noquote() << "client" << clientLabel(connection->clientId)
                                   << "closed its connection";
    endConnection(*connection, reason != CloseReason::ServerShutdown);
}

void Broker::shutdown()
{
    const QList<ConnectionId> ids = m_connections.keys();
    for (ConnectionId id : ids) {
        if (Connection *connection = findConnection(id)) {
            if (connection->connected && connection->version == ProtocolVersion::V5)
                send(*connection, DisconnectPacket{ReasonCode::ServerShuttingDown, {}});
            endConnection(*connection, false);
            m_sink.close(id, QStringLiteral("server shutting down"));
        }
    }
}

int Broker::connectedClientCount() const
{
    int count = 0;
    for (const Connection *c : m_connections) {
        if (c->connected)
            ++count;
    }
    return count;
}

QList<ClientInfo> Broker::clients() const
{
    QList<ClientInfo> list;
    for (const Session *session : m_sessions) {
        ClientInfo info;
        info.clientId = session->clientId();
        info.online = session->isOnline();
        info.cleanSession = session->cleanSession;
        info.subscriptions = int(session->subscriptions.size());
        info.inflight = int(session->inflight.size());
        info.queued = int(session->queue.size());
        info.userKnown = session->userName.has_value();
        info.userName = session->userName.value_or(QByteArray());
        if (const Connection *c = m_connections.value(session->connection, nullptr)) {
            info.address = c->address;
            info.protocolVersion = c->version;
            info.connectedAtMs = c->openedAtMs;
        }
        list.append(info);
    }
    return list;
}

void Broker::publish(Message message)
{
    if (message.retain)
        storeRetained(message);
    route(message, 0);
}

void Broker::restoreRetained(const RetainedMessage &retained)
{
    m_retained.store(retained.message, retained.storedAtMs);
}

void Broker::restoreSession(const StoredSession &stored)
{
    if (m_sessionsByClientId.contains(stored.clientId))
        return;
    auto *session = new Session(m_nextSessionId++, stored.clientId);
    session->cleanSession = false;
    session->persisted = true;
    m_sessions.insert(session->id(), session);
    m_sessionsByClientId.insert(stored.clientId, session);
    for (const auto &[filter, options] : stored.subscriptions) {
        m_subscriptions.subscribe(session->id(), filter, options);
        session->subscriptions.insert(filter, options);
    }
    quint64 next = 1;
    for (const StoredSession::StoredMessage &m : stored.messages) {
        if (m.packetId != 0)
            session->inflight.append(InflightMessage{m.packetId, m.state, m.message, m.sequence});
        else
            session->enqueue(m.message, m.sequence);
        next = std::max(next, m.sequence + 1);
    }
    session->setNextSequence(next);
    for (quint16 id : stored.incomingQos2)
        session->incomingQos2.insert(id);
}

void Broker::publishSysTopics()
{
    const qint64 now = m_clock.nowMs();
    const qint64 uptime = (now - m_stats.startedAtMs) / 1000;
    auto sys = [this](const char *topic, const QByteArray &value) {
        Message m;
        m.topic = QByteArray("$SYS/broker/") + topic;
        m.payload = value;
        m.retain = true;
        publish(m);
    };
    const auto num = [](qint64 v) {
        return QByteArray::number(v);
    };
    sys("version", QByteArray("Homewire ") + m_config.version.toUtf8());
    sys("uptime", num(uptime) + " seconds");
    sys("clients/connected", num(connectedClientCount()));
    sys("clients/total", num(m_sessions.size()));
    sys("clients/maximum", num(m_config.maxConnections));
    sys("messages/received", num(m_stats.messagesReceived));
    sys("messages/sent", num(m_stats.messagesSent));
    sys("bytes/received", num(m_stats.publishBytesReceived));
    sys("bytes/sent", num(m_stats.publishBytesSent));
    const double seconds = qMax<qint64>(1, now - m_lastSysMs) / 1000.0;
    if (m_lastSysMs > 0) {
        sys("load/messages/received/persecond",
            QByteArray::number(double(m_stats.messagesReceived - m_lastSysReceived) / seconds, 'f', 1));
        sys("load/messages/sent/persecond",
            QByteArray::number(double(m_stats.messagesSent - m_lastSysSent) / seconds, 'f', 1));
    }
    m_lastSysMs = now;
    m_lastSysReceived = m_stats.messagesReceived;
    m_lastSysSent = m_stats.messagesSent;
    sys("subscriptions/count", num(m_subscriptions.subscriptionCount()));
    sys("retained messages/count", num(m_retained.count()));
    sys("messages/dropped/qos0", num(m_stats.droppedQos0));
    sys("messages/dropped/queue full", num(m_stats.droppedQueueFull));
    sys("messages/dropped/sys publish", num(m_stats.droppedSysPublish));
    sys("clients/disconnected/slow", num(m_stats.slowDisconnects));
    sys("clients/disconnected/protocol error", num(m_stats.protocolErrors));
    sys("clients/refused/login", num(m_stats.refusedLogins));
    sys("messages/denied/publish", num(m_stats.deniedPublishes));
    sys("subscriptions/denied", num(m_stats.deniedSubscriptions));
}

} // namespace homewire::broker
