// Connection: one MQTT 3.1.1 client connection of the load generator, over a
// non-blocking POSIX socket to 127.0.0.1.
//
// Deliberately not a client library: no reconnects, no session state, no
// keep-alive pings. Packets are encoded and cut with homewire_mqtt (the codec)
// and nothing from the broker; the load decides what to send and how to answer.
// Output is queued with send() and written by pump(), which also reads and
// hands every decoded packet to a callback, so a connection never blocks on a
// full socket while its peer waits for it to read (no write/write deadlock).
#pragma once

#include "mqtt/codec.h"
#include "mqtt/streamdecoder.h"

#include <QByteArray>
#include <chrono>
#include <poll.h>
#include <span>
#include <string>

namespace homewire::bench {

using Clock = std::chrono::steady_clock;

class Connection
{
public:
    Connection();
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Opens TCP to 127.0.0.1:port (TCP_NODELAY) and completes CONNECT/CONNACK
    // with a clean session. False with error() set on failure or at the deadline.
    bool open(quint16 port, const QByteArray &clientId, Clock::time_point deadline);
    // Subscribes to one topic filter and waits for the SUBACK.
    bool subscribe(const QByteArray &filter, mqtt::QoS qos, Clock::time_point deadline);
    // Sends DISCONNECT, waits (until the deadline) for the broker to close the
    // connection and closes it; false when the broker did not close it.
    bool disconnect(Clock::time_point deadline);
    void close();

    bool isOpen() const { return m_fd >= 0; }
    const std::string &error() const { return m_error; }

    // Queues a packet; pump() writes it. Encoding errors are programming errors.
    void send(const mqtt::Packet &packet);
    qsizetype pendingOutput() const { return m_out.size() - m_outPos; }

    // Waits up to `timeout` for the socket, writes what it can, reads what is
    // there and calls onPacket(mqtt::Packet &) for each packet. False once the
    // connection failed or the broker closed it.
    template<typename Handler> bool pump(Clock::duration timeout, Handler &&onPacket)
    {
        pollfd p = pollDescriptor();
        if (!waitFor(std::span<pollfd>(&p, 1), timeout))
            return false;
        return handle(p.revents, onPacket);
    }

    // Acts on the result of a poll() over pollDescriptor().
    template<typename Handler> bool handle(short revents, Handler &&onPacket)
    {
        writePending();
        if (revents & (POLLIN | POLLHUP | POLLERR))
            readAvailable(); // on EOF, the packets read before it are still handed out
        while (auto packet = nextPacket())
            onPacket(*packet);
        writePending(); // answers to what was just read go out now, not after the next poll
        return m_error.empty();
    }

    pollfd pollDescriptor() const
    {
        return pollfd{m_fd, short(POLLIN | (pendingOutput() > 0 ? POLLOUT : 0)), 0};
    }

    // poll() with sub-millisecond timeouts; false only on an unexpected error.
    static bool waitFor(std::span<pollfd> descriptors, Clock::duration timeout);

private:
    bool writePending();
    bool readAvailable();
    std::optional<mqtt::Packet> nextPacket();
    bool fail(std::string message);
    template<typename Predicate>
    bool awaitPacket(Clock::time_point deadline, const char *what, Predicate &&accept);

    int m_fd = -1;
    QByteArray m_out;
    qsizetype m_outPos = 0;
    QByteArray m_readBuffer;
    mqtt::StreamDecoder m_decoder;
    std::string m_error;
};

// Monotonic nanoseconds, as carried in payloads for latency.
inline quint64 nowNanoseconds()
{
    return quint64(
        std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count());
}

} // namespace homewire::bench
