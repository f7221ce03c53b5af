// CONNECT: validation of the client identifier, session takeover, clean and
// persistent sessions, the will, CONNACK, and redelivery on resume.
#include "broker.h"
#include "broker_p.h"

#include <QUuid>

namespace homewire::broker {

using namespace mqtt;

namespace {

ConnackPacket connack(ProtocolVersion version, bool sessionPresent, quint8 v3Code, quint8 v5Code)
{
    return ConnackPacket{sessionPresent, version == ProtocolVersion::V5 ? v5Code : v3Code, {}};
}

} // namespace

Broker::HandlerResult Broker::handleConnect(Connection &connection, ConnectPacket &&packet)
{
    const ProtocolVersion version = packet.protocolVersion;
    connection.version = version;
    QByteArray clientId = packet.clientId;
    bool assigned = false;

    auto reject = [&](quint8 v3Code, quint8 v5Code, QString why) -> HandlerResult {
        // A refused CONNECT gets a CONNACK with Session Present 0 (MQTT-3.2.2-4),
        // then the connection is closed (MQTT-3.2.2-5); anything after is ignored.
        send(connection, connack(version, false, v3Code, v5Code));
        qCInfo(lcBroker).noquote() << "refused CONNECT from" << connection.address << ":" << why;
        const ConnectionId id = connection.id;
        endConnection(connection, false);
        m_sink.close(id, why);
        return makeError(BrokerError::ConnectRefused, why);
    };

    // Credentials and certificates were checked by the network layer, away
    // from this thread (a password check takes a key derivation).
    if (const std::optional<access::AuthVerdict> refusal = loginRefusal(connection)) {
        ++m_stats.refusedLogins;
        return refusal->outcome == access::AuthVerdict::Outcome::BadCredentials
                   ? reject(quint8(ConnectReturnCode::BadUserNameOrPassword),
                            ReasonCode::BadUserNameOrPassword, refusal->reason)
                   : reject(quint8(ConnectReturnCode::NotAuthorized), ReasonCode::NotAuthorized,
                            refusal->reason);
    }

    const quint8 idRejected = quint8(ConnectReturnCode::IdentifierRejected);
    if (version == ProtocolVersion::V31 &&
        (clientId.size() > 23 || (clientId.isEmpty() && !m_config.allowZeroLengthClientIdV31)))
        return reject(idRejected, ReasonCode::ClientIdentifierNotValid,
                      QStringLiteral("MQTT 3.1 client identifier must be 1 to 23 characters"));
    if (clientId.size() > m_config.maxClientIdLength)
        return reject(
            idRejected, ReasonCode::ClientIdentifierNotValid,
            QStringLiteral("client identifier longer than %1 bytes").arg(m_config.maxClientIdLength));
    if (clientId.isEmpty()) {
        if (version != ProtocolVersion::V5 && !packet.cleanSession)
            return reject(idRejected, ReasonCode::ClientIdentifierNotValid,
                          QStringLiteral("empty client identifier without clean session (MQTT-3.1.3-8)"));
        if (!m_config.allowEmptyClientId)
            return reject(idRejected, ReasonCode::ClientIdentifierNotValid,
                          QStringLiteral("empty client identifiers are not allowed"));
        // A unique identifier, as if the client had sent it (MQTT-3.1.3-6).
        clientId = "homewire-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces).left(18) +
                   QByteArray::number(++m_assignedIdCounter);
        assigned = true;
    }

    // MQTT 5.0: the session outlives the connection only with a Session Expiry
    // Interval; MQTT 3.x: only without clean session.
    bool discardAtEnd = packet.cleanSession;
    if (version == ProtocolVersion::V5)
        discardAtEnd = packet.properties.integer(PropertyId::SessionExpiryInterval).value_or(0) == 0;

    connection.clientId = clientId;
    bool sessionPresent = false;
    Session &session = attachSession(connection, clientId, packet.cleanSession, sessionPresent);
    session.cleanSession = discardAtEnd;
    authorize(connection, session);
    if (m_observer && !discardAtEnd && !session.persisted) {
        session.persisted = true;
        m_observer->sessionStored(clientId);
    } else if (m_observer && discardAtEnd && session.persisted) {
        // A stored session resumed as a clean one is no longer kept.
        session.persisted = false;
        m_observer->sessionDeleted(clientId);
    }
    connection.sessionExpiryAtConnect =
        packet.properties.integer(PropertyId::SessionExpiryInterval).value_or(0);
    if (version == ProtocolVersion::V31)
        sessionPresent = false; // 3.1 has no Session Present flag

    if (packet.will) {
        Message will;
        will.topic = packet.will->topic;
        will.payload = packet.will->payload;
        will.qos = packet.will->qos;
        will.retain = packet.will->retain;
        will.properties = packet.will->properties;
        connection.will = std::move(will);
    }
    connection.keepAlive = packet.keepAlive;
    connection.connected = true;
    m_sink.connectionAccepted(connection.id, packet.keepAlive, version);

    ConnackPacket ack = connack(version, sessionPresent, 0, ReasonCode::Success);
    if (version == ProtocolVersion::V5) {
        if (assigned)
            ack.properties.setString(PropertyId::AssignedClientIdentifier, clientId);
        ack.properties.setInteger(PropertyId::MaximumPacketSize, m_config.maxPacketSize);
        ack.properties.setInteger(PropertyId::TopicAliasMaximum, 0);
        ack.properties.setInteger(PropertyId::SharedSubscriptionAvailable, 1);
    }
    send(connection, std::move(ack)); // CONNACK is the first packet we send (MQTT-3.2.0-1)
    qCInfo(lcBroker).noquote()
        << "client" << clientLabel(clientId) << "connected from" << connection.address
        << (connection.userName.isEmpty()
                ? QStringLiteral("anonymously,")
                : QStringLiteral("as user '%1',").arg(QString::fromUtf8(connection.userName)))
        << "session present:" << sessionPresent;
    resumeDelivery(session);
    return {};
}

Session &Broker::attachSession(Connection &connection, const QByteArray &clientId, bool cleanStart,
                               bool &sessionPresent)
{
    Session *session = m_sessionsByClientId.value(clientId, nullptr);
    if (session && session->isOnline()) {
        // The identifier is connected elsewhere: that connection is closed
        // (MQTT-3.1.4-2). It ended without DISCONNECT, so its will goes out.
        if (Connection *old = findConnection(session->connection)) {
            qCInfo(lcBroker).noquote()
                << "client" << clientLabel(clientId) << "connected again from" << connection.address
                << "; closing the connection from" << old->address;
            if (old->version == ProtocolVersion::V5)
                send(*old, DisconnectPacket{ReasonCode::SessionTakenOver, {}});
            const ConnectionId oldId = old->id;
            // A clean session ends with its connection (MQTT-3.1.2-6): the
            // newcomer never inherits it, whatever its own flag says.
            endConnection(*old, true);
            m_sink.close(oldId, QStringLiteral("session taken over"));
            session = m_sessionsByClientId.value(clientId, nullptr);
        }
    }
    if (session && cleanStart) {
        // Clean session: the old state goes (MQTT-3.1.2-6).
        destroySession(*session);
        session = nullptr;
    }
    sessionPresent = session != nullptr;
    if (!session) {
        session = new Session(m_nextSessionId++, clientId);
        m_sessions.insert(session->id(), session);
        m_sessionsByClientId.insert(clientId, session);
    }
    session->connection = connection.id;
    connection.session = session->id();
    return *session;
}

void Broker::resumeDelivery(Session &session)
{
    // Unacknowledged PUBLISH and PUBREL packets go out again, in their original
    // order and with their original identifiers (MQTT-4.4.0-1, MQTT-4.6.0-1).
    for (const InflightMessage &m : std::as_const(session.inflight))
        sendInflight(session, m, true);
    pump(session);
}

} // namespace homewire::broker
