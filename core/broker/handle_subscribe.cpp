// SUBSCRIBE and UNSUBSCRIBE, and the retained messages a new subscription gets.
#include "broker.h"
#include "broker_p.h"
#include "mqtt/topic.h"

namespace homewire::broker {

using namespace mqtt;

Broker::HandlerResult Broker::handleSubscribe(Connection &connection, SubscribePacket &&packet)
{
    Session *session = sessionOf(connection);
    if (!session)
        return makeError(BrokerError::ProtocolViolation, QStringLiteral("no session"));
    const bool v5 = connection.version == ProtocolVersion::V5;
    const quint32 subscriptionId = packet.properties.integer(PropertyId::SubscriptionIdentifier).value_or(0);

    struct Granted
    {
        QByteArray filter;
        SubscriptionOptions options;
        bool isNew;
    };
    QList<Granted> granted;
    SubackPacket suback{packet.packetId, {}, {}};
    // One code per filter, in order (MQTT-3.8.4-5, MQTT-3.9.3-1); a refused
    // filter does not fail the others.
    for (const Subscription &s : std::as_const(packet.subscriptions)) {
        if (s.filter.count('/') + 1 > m_config.maxTopicLevels) {
            suback.reasonCodes.append(v5 ? ReasonCode::TopicFilterInvalid : SubackFailure);
            continue;
        }
        if (!connection.acl.maySubscribe(TopicFilter(s.filter).plainFilter().bytes())) {
            // Refused for this filter only (MQTT-3.9.3-2 allows 0x80 per filter).
            ++m_stats.deniedSubscriptions;
            qCWarning(lcBroker).noquote()
                << "denied subscription to" << QString::fromUtf8(s.filter) << "for client"
                << clientLabel(connection.clientId) << "user"
                << (connection.userName.isEmpty() ? QStringLiteral("(anonymous)")
                                                  : QString::fromUtf8(connection.userName))
                << "(no ACL rule allows reading all of it)";
            suback.reasonCodes.append(v5 ? ReasonCode::NotAuthorized : SubackFailure);
            continue;
        }
        SubscriptionOptions options{s.qos, s.noLocal, s.retainAsPublished, s.retainHandling, subscriptionId};
        const bool isNew = m_subscriptions.subscribe(session->id(), s.filter, options);
        session->subscriptions.insert(s.filter, options);
        if (m_observer && session->persisted)
            m_observer->subscriptionStored(session->clientId(), s.filter, options);
        suback.reasonCodes.append(quint8(s.qos));
        granted.append(Granted{s.filter, options, isNew});
    }
    send(connection, std::move(suback)); // MQTT-3.8.4-1, -2

    // Retained messages follow the SUBACK, also when a subscription was
    // replaced (MQTT-3.8.4-3), with RETAIN 1 (MQTT-3.3.1-8). Shared
    // subscriptions get none (MQTT 5.0 section 4.8.2).
    for (const Granted &g : std::as_const(granted)) {
        const TopicFilter filter(g.filter);
        if (filter.isShared() || g.options.retainHandling == RetainHandling::DoNotSend ||
            (g.options.retainHandling == RetainHandling::SendOnNewSubscribe && !g.isNew))
            continue;
        sendRetained(*session, g.filter, g.options);
    }
    return {};
}

void Broker::sendRetained(Session &session, QByteArrayView filter, const SubscriptionOptions &options)
{
    m_retained.match(filter, [&](const RetainedMessage &retained) {
        Message m = retained.message;
        m.qos = std::min(m.qos, options.qos);
        m.retain = true;
        if (options.subscriptionIdentifier)
            m.properties.setInteger(PropertyId::SubscriptionIdentifier, options.subscriptionIdentifier);
        deliver(session, std::move(m));
    });
}

Broker::HandlerResult Broker::handleUnsubscribe(Connection &connection, const UnsubscribePacket &packet)
{
    Session *session = sessionOf(connection);
    if (!session)
        return makeError(BrokerError::ProtocolViolation, QStringLiteral("no session"));
    UnsubackPacket unsuback{packet.packetId, {}, {}};
    // Filters are compared exactly (MQTT-3.10.4-1); messages already in flight
    // still complete (MQTT-3.10.4-3).
    for (const QByteArray &filter : packet.filters) {
        const bool removed = m_subscriptions.unsubscribe(session->id(), filter);
        session->subscriptions.remove(filter);
        if (removed && m_observer && session->persisted)
            m_observer->subscriptionDeleted(session->clientId(), filter);
        unsuback.reasonCodes.append(removed ? ReasonCode::Success : ReasonCode::NoSubscriptionExisted);
    }
    send(connection, std::move(unsuback)); // always, even if nothing was removed (MQTT-3.10.4-5)
    return {};
}

} // namespace homewire::broker
