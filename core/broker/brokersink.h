// BrokerSink: what the protocol engine asks of the transport. The network
// layer implements it over sockets; tests implement it in memory.
#pragma once

#include "mqtt/packets.h"
#include "session.h"

#include <QString>

namespace homewire::broker {

class BrokerSink
{
public:
    virtual ~BrokerSink() = default;

    // Queue a packet for the connection, in order, encoded at `version`.
    virtual void send(ConnectionId connection, mqtt::ProtocolVersion version, mqtt::Packet packet) = 0;

    // Close the connection once what was queued before has been written.
    // The engine has already forgotten the connection; no connectionClosed()
    // is expected back for it.
    virtual void close(ConnectionId connection, const QString &reason) = 0;

    // The CONNECT was accepted: arm the keep-alive check at 1.5 x keepAlive
    // seconds (MQTT-3.1.2-24; 0 turns it off) and decode at `version` from now on.
    virtual void connectionAccepted(ConnectionId connection, quint16 keepAliveSeconds,
                                    mqtt::ProtocolVersion version) = 0;

    // Stop or resume reading from a connection: TCP backpressure on publishers
    // that feed a congested subscriber.
    virtual void setReadPaused(ConnectionId connection, bool paused) = 0;
};

} // namespace homewire::broker
