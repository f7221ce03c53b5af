// What the network workers and the broker thread tell each other.
#pragma once

#include "broker/access/authenticator.h"
#include "broker/broker.h"
#include "mqtt/packets.h"
#include "sharedoutput.h"

#include <QString>
#include <memory>

namespace homewire::broker::net {

// Worker -> broker thread.
struct InboundEvent
{
    enum class Kind : quint8
    {
        Opened,
        Packet,
        Closed,
        Congested,
        Overloaded,
        Drained
    };
    Kind kind = Kind::Packet;
    ConnectionId connection = 0;
    mqtt::Packet packet;
    CloseReason reason = CloseReason::PeerClosed;
    QString text;                         // remote address (Opened) or why it closed (Closed)
    std::shared_ptr<SharedOutput> output; // Opened: the connection's write side
    // Packet, with a CONNECT: who the client logged in as, or why it may not.
    std::optional<access::AuthVerdict> verdict;
};

// Broker thread -> worker.
struct OutboundCommand
{
    enum class Kind : quint8
    {
        Bytes, // encoded packets, written directly where possible
        Flush, // move what SharedOutput queued into the socket
        Done,  // bytes already written; nothing left to do
        Close,
        Accepted,
        PauseReading,
        ResumeReading
    };
    Kind kind = Kind::Done;
    ConnectionId connection = 0;
    mqtt::Packet packet;
    quint16 keepAlive = 0;
    mqtt::ProtocolVersion version = mqtt::ProtocolVersion::V311;
    QString reason;
    QByteArray bytes; // Bytes
};

} // namespace homewire::broker::net
