// The protocol engine without sockets: an in-memory BrokerSink that records
// what the broker sends, and builders of the packets tests feed it.
#pragma once

#include "broker/broker.h"

#include <QHash>
#include <QList>

namespace homewire::broker::test {

using namespace homewire::mqtt;

class RecordingSink : public BrokerSink
{
public:
    QHash<ConnectionId, QList<Packet>> sent;
    QList<ConnectionId> closed;
    QHash<ConnectionId, bool> paused;

    void send(ConnectionId c, ProtocolVersion, Packet p) override { sent[c].append(std::move(p)); }
    void close(ConnectionId c, const QString &) override { closed.append(c); }
    void connectionAccepted(ConnectionId, quint16, ProtocolVersion) override {}
    void setReadPaused(ConnectionId c, bool p) override { paused[c] = p; }

    QList<Packet> take(ConnectionId c) { return sent.take(c); }
    QList<PublishPacket> publishes(ConnectionId c)
    {
        QList<PublishPacket> out;
        for (const Packet &p : sent.value(c)) {
            if (const auto *pub = std::get_if<PublishPacket>(&p))
                out.append(*pub);
        }
        return out;
    }
};

inline ConnectPacket connectPacket(const QByteArray &id, bool clean = true,
                                   ProtocolVersion v = ProtocolVersion::V311)
{
    ConnectPacket c;
    c.protocolVersion = v;
    c.clientId = id;
    c.cleanSession = clean;
    c.keepAlive = 60;
    return c;
}

inline PublishPacket publish(const QByteArray &topic, const QByteArray &payload, QoS qos = QoS::AtMostOnce,
                             quint16 id = 0, bool retain = false)
{
    return PublishPacket{topic, payload, qos, retain, false, id, {}};
}

inline SubscribePacket subscribe(quint16 id, const QByteArray &filter, QoS qos)
{
    return SubscribePacket{id, {Subscription{filter, qos}}, {}};
}

} // namespace homewire::broker::test
