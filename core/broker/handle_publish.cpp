// PUBLISH and its acknowledgements in both directions, routing to matching
// sessions, the inflight window and backpressure.
#include "broker.h"
#include "broker_p.h"

#include <algorithm>

namespace homewire::broker {

using namespace mqtt;

namespace {

int topicLevels(const QByteArray &topic)
{
    return int(topic.count('/')) + 1;
}

} // namespace

Broker::HandlerResult Broker::handlePublish(Connection &connection, PublishPacket &&packet)
{
    if (topicLevels(packet.topic) > m_config.maxTopicLevels)
        return makeError(BrokerError::LimitExceeded,
                         QStringLiteral("topic has more than %1 levels").arg(m_config.maxTopicLevels));
    if (packet.properties.contains(PropertyId::TopicAlias))
        return makeError(BrokerError::ProtocolViolation,
                         QStringLiteral("Topic Alias used although the server allows none (MQTT-3.3.2-9)"));
    Session *session = sessionOf(connection);
    if (!session)
        return makeError(BrokerError::ProtocolViolation, QStringLiteral("no session"));

    ++m_stats.messagesReceived;
    m_stats.publishBytesReceived += packet.payload.size();

    const quint16 packetId = packet.packetId;
    const QoS qos = packet.qos;
    bool isNew = true;
    if (qos == QoS::ExactlyOnce) {
        // Until PUBREL, the same identifier is the same message whatever the
        // DUP flag says: acknowledge again, deliver once (MQTT-4.3.3-2).
        isNew = !session->incomingQos2.contains(packetId);
        session->incomingQos2.insert(packetId);
        if (isNew && m_observer && session->persisted)
            m_observer->incomingQos2Stored(session->clientId(), packetId);
    }

    // A PUBLISH the ACL denies is dropped, not answered with a disconnect, as
    // Mosquitto does; MQTT 5.0 clients learn why from the acknowledgement.
    const bool allowed = packet.topic.startsWith("$SYS") || mayPublish(connection, packet.topic);
    quint8 ackCode = ReasonCode::Success;
    if (!allowed && connection.version == ProtocolVersion::V5) {
        ackCode = ReasonCode::NotAuthorized;
        if (qos == QoS::ExactlyOnce && isNew) {
            // A PUBREC with an error ends the exchange (MQTT 5.0 section 4.3.3).
            session->incomingQos2.remove(packetId);
            if (m_observer && session->persisted)
                m_observer->incomingQos2Deleted(session->clientId(), packetId);
        }
    }

    if (isNew && allowed) {
        if (packet.topic.startsWith("$SYS")) {
            // $SYS topics belong to the broker; clients cannot feed them.
            ++m_stats.droppedSysPublish;
            qCDebug(lcBroker).noquote() << "ignored publish to" << QString::fromUtf8(packet.topic) << "from"
                                        << clientLabel(connection.clientId);
        } else {
            Message message;
            message.topic = std::move(packet.topic);
            message.payload = std::move(packet.payload);
            message.qos = qos;
            message.retain = packet.retain;
            message.properties = std::move(packet.properties);
            if (message.retain)
                storeRetained(message); // MQTT-3.3.1-5, -10, -11
            route(message, connection.id);
        }
    }

    // Acknowledgements go out in the order the PUBLISH packets came (MQTT-4.6.0-2, -3).
    if (qos == QoS::AtLeastOnce)
        send(connection, AckPacket{PacketType::Puback, packetId, ackCode, {}});
    else if (qos == QoS::ExactlyOnce)
        send(connection, AckPacket{PacketType::Pubrec, packetId, ackCode, {}});
    return {};
}

void Broker::storeRetained(const Message &message)
{
    const qint64 now = m_clock.nowMs();
    m_retained.store(message, now);
    // $SYS topics are regenerated at start-up; they are not worth a write.
    if (m_observer && !message.topic.startsWith('$'))
        m_observer->retainedChanged(message, now);
}

void Broker::route(const Message &message, ConnectionId publisher)
{
    QList<SubscriptionMatch> &matches = m_matchScratch;
    matches.clear();
    m_subscriptions.match(message.topic, matches);
    if (matches.isEmpty())
        return;
    // One delivery per session at the highest granted QoS among its matching
    // subscriptions (MQTT-3.3.5-1).
    std::sort(matches.begin(), matches.end(),
              [](const SubscriptionMatch &a, const SubscriptionMatch &b) { return a.session < b.session; });
    const Connection *from = publisher ? findConnection(publisher) : nullptr;
    for (qsizetype i = 0; i < matches.size();) {
        const SessionId target = matches[i].session;
        QoS granted = matches[i].options.qos;
        bool retainAsPublished = matches[i].options.retainAsPublished;
        bool noLocal = matches[i].options.noLocal;
        QList<quint32> subscriptionIds;
        for (; i < matches.size() && matches[i].session == target; ++i) {
            granted = std::max(granted, matches[i].options.qos);
            retainAsPublished = retainAsPublished || matches[i].options.retainAsPublished;
            noLocal = noLocal && matches[i].options.noLocal;
            if (matches[i].options.subscriptionIdentifier)
                subscriptionIds.append(matches[i].options.subscriptionIdentifier);
        }
        Session *session = m_sessions.value(target, nullptr);
        if (!session || (noLocal && from && from->session == target))
            continue;
        Message copy = message;
        copy.qos = std::min(message.qos, granted);         // MQTT-3.8.4-6
        copy.retain = retainAsPublished && message.retain; // live deliveries carry RETAIN 0 (MQTT-3.3.1-9)
        for (quint32 id : subscriptionIds)
            copy.properties.setInteger(PropertyId::SubscriptionIdentifier, id);
        deliver(*session, std::move(copy));
        // A publisher feeding a backlogged subscriber is paused (TCP backpressure).
        if (from && session->isOnline()) {
            Connection *subscriber = findConnection(session->connection);
            if (subscriber && subscriber != from && isBacklogged(*session, *subscriber))
                pausePublisher(*subscriber, publisher);
        }
    }
}

void Broker::deliver(Session &session, Message message)
{
    Connection *connection = session.isOnline() ? findConnection(session.connection) : nullptr;
    if (message.qos == QoS::AtMostOnce) {
        // QoS 0 is not kept for offline clients, and may be dropped under
        // overload: only once pausing the publishers did not keep up.
        if (!connection)
            return;
        if (connection->overloaded) {
            ++m_stats.droppedQos0;
            if (connection->droppedQos0++ == 0)
                qCWarning(lcBroker).noquote() << "client" << clientLabel(session.clientId())
                                              << "cannot keep up: dropping QoS 0 messages for it";
            return;
        }
        ++m_stats.messagesSent;
        m_stats.publishBytesSent += message.payload.size();
        PublishPacket p{std::move(message.topic),
                        std::move(message.payload),
                        QoS::AtMostOnce,
                        message.retain,
                        false,
                        0,
                        std::move(message.properties)};
        send(*connection, std::move(p));
        return;
    }
    const bool persist = m_observer && session.persisted;
    if (connection && session.queue.empty() && session.inflight.size() < m_config.maxInflightMessages) {
        if (const auto id = session.allocatePacketId()) {
            const auto state = message.qos == QoS::AtLeastOnce ? InflightMessage::State::AwaitingPuback
                                                               : InflightMessage::State::AwaitingPubrec;
            const quint64 sequence = session.nextSequence();
            if (persist)
                m_observer->messageStored(session.clientId(), sequence, message, *id, state);
            session.inflight.append(InflightMessage{*id, state, std::move(message), sequence});
            sendInflight(session, session.inflight.last(), false);
            return;
        }
    }
    if (qsizetype(session.queue.size()) >= m_config.maxQueuedMessages ||
        session.queuedBytes >= m_config.maxQueuedBytes) {
        ++m_stats.droppedQueueFull;
        if (m_stats.droppedQueueFull % 1000 == 1)
            qCWarning(lcBroker).noquote()
                << "queue of" << clientLabel(session.clientId()) << "is full (" << session.queue.size()
                << "messages," << session.queuedBytes << "bytes): dropping QoS" << int(message.qos)
                << "message on" << QString::fromUtf8(message.topic)
                << "; dropped so far:" << m_stats.droppedQueueFull;
        return;
    }
    const quint64 sequence = session.nextSequence();
    if (persist)
        m_observer->messageStored(session.clientId(), sequence, message, 0,
                                  InflightMessage::State::AwaitingPuback);
    session.enqueue(std::move(message), sequence);
}

void Broker::pump(Session &session)
{
    if (!session.isOnline())
        return;
    while (session.inflight.size() < m_config.maxInflightMessages && !session.queue.empty()) {
        const auto id = session.allocatePacketId();
        if (!id)
            return;
        QueuedMessage queued = *session.dequeue();
        const auto state = queued.message.qos == QoS::AtLeastOnce ? InflightMessage::State::AwaitingPuback
                                                                  : InflightMessage::State::AwaitingPubrec;
        if (m_observer && session.persisted)
            m_observer->messageStateChanged(session.clientId(), queued.sequence, *id, state);
        session.inflight.append(InflightMessage{*id, state, std::move(queued.message), queued.sequence});
        sendInflight(session, session.inflight.last(), false);
    }
    if (Connection *connection = findConnection(session.connection);
        connection && !isBacklogged(session, *connection))
        releasePublishers(*connection);
}

void Broker::sendInflight(Session &session, const InflightMessage &m, bool dup)
{
    Connection *connection = findConnection(session.connection);
    if (!connection)
        return;
    if (m.state == InflightMessage::State::AwaitingPubcomp) {
        send(*connection, AckPacket{PacketType::Pubrel, m.packetId, ReasonCode::Success, {}});
        return;
    }
    ++m_stats.messagesSent;
    m_stats.publishBytesSent += m.message.payload.size();
    // DUP only marks our own resends, never copied from the publisher (MQTT-3.3.1-3).
    send(*connection, PublishPacket{m.message.topic, m.message.payload, m.message.qos, m.message.retain, dup,
                                    m.packetId, m.message.properties});
}

Broker::HandlerResult Broker::handleAck(Connection &connection, const AckPacket &packet)
{
    Session *session = sessionOf(connection);
    if (!session)
        return makeError(BrokerError::ProtocolViolation, QStringLiteral("no session"));
    const bool v5 = connection.version == ProtocolVersion::V5;
    switch (packet.type) {
    case PacketType::Puback:
    case PacketType::Pubcomp: {
        const auto expected = packet.type == PacketType::Puback ? InflightMessage::State::AwaitingPuback
                                                                : InflightMessage::State::AwaitingPubcomp;
        const InflightMessage *m = session->findInflight(packet.packetId);
        if (m && m->state == expected) {
            if (m_observer && session->persisted)
                m_observer->messageDeleted(session->clientId(), m->sequence);
            session->removeInflight(packet.packetId);
            pump(*session);
        }
        break;
    }
    case PacketType::Pubrec: {
        InflightMessage *m = session->findInflight(packet.packetId);
        if (m && m->state != InflightMessage::State::AwaitingPuback) {
            if (packet.reasonCode >= 0x80) { // v5: the receiver refused it; the flow ends here
                if (m_observer && session->persisted)
                    m_observer->messageDeleted(session->clientId(), m->sequence);
                session->removeInflight(packet.packetId);
                pump(*session);
                break;
            }
            m->state = InflightMessage::State::AwaitingPubcomp; // MQTT-4.3.3-1
            if (m_observer && session->persisted)
                m_observer->messageStateChanged(session->clientId(), m->sequence, m->packetId, m->state);
            send(connection, AckPacket{PacketType::Pubrel, packet.packetId, ReasonCode::Success, {}});
        } else if (!m) {
            send(connection, AckPacket{PacketType::Pubrel,
                                       packet.packetId,
                                       v5 ? ReasonCode::PacketIdentifierNotFound : ReasonCode::Success,
                                       {}});
        }
        break;
    }
    case PacketType::Pubrel: {
        const bool known = session->incomingQos2.remove(packet.packetId);
        if (known && m_observer && session->persisted)
            m_observer->incomingQos2Deleted(session->clientId(), packet.packetId);
        send(connection, AckPacket{PacketType::Pubcomp,
                                   packet.packetId,
                                   known || !v5 ? ReasonCode::Success : ReasonCode::PacketIdentifierNotFound,
                                   {}});
        break;
    }
    default:
        break;
    }
    return {};
}

} // namespace homewire::broker
