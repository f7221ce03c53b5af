// Connection: one MQTT 3.1.1 client connection of the load generator, over a
// non-blocking POSIX socket to 127.0.0.1.
//
// Deliberately not a client library: no reconnects, no session state, no
// keep-alive pings. Packets are encoded and cut with homewire_mqtt (the codec)
// and nothing from the broker; the load decides what to send and how to answer.
// Output is queued with send() and written by pump(), which also reads and
// hands every decoded packet to a callback, so a connection never blocks on a
// full socket while its peer waits for it to read (no write/write deadlock).
//
// The bytes go over the socket itself, or over a Stream that a Transport puts
// on it (TLS, see tls.h); the plain path calls send() and recv() directly.
// Opening is a small state machine (TCP, then the transport's handshake, then
// CONNECT), so one thread can open many connections at once; open() runs it
// to the CONNACK.
#pragma once

#include "mqtt/codec.h"
#include "mqtt/streamdecoder.h"

#include <QByteArray>
#include <chrono>
#include <memory>
#include <poll.h>
#include <span>
#include <string>
#include <sys/types.h>

namespace homewire::bench {

using Clock = std::chrono::steady_clock;

// A byte stream over a connected non-blocking socket, e.g. a TLS session.
class Stream
{
public:
    enum class Progress
    {
        Done,
        WantRead,
        WantWrite,
        Failed
    };

    virtual ~Stream() = default;
    // One step of the handshake; call again when the socket is ready as asked.
    virtual Progress handshake() = 0;
    // Like recv() and send() on a non-blocking socket: bytes moved, 0 at the
    // end of the stream (read), -1 with errno EAGAIN when the socket must
    // become ready first, -1 with another errno (and error()) on failure.
    virtual ssize_t read(char *data, size_t size) = 0;
    virtual ssize_t write(const char *data, size_t size) = 0;
    // Whether read() has bytes without the socket becoming readable.
    virtual bool hasBufferedInput() const = 0;
    // Why the handshake, a read or a write failed.
    virtual std::string error() const = 0;
};

// Puts a Stream on each new connection (shared by all of a load's connections).
class Transport
{
public:
    virtual ~Transport() = default;
    // Null, with `error` set, when the stream cannot be set up.
    virtual std::unique_ptr<Stream> attach(int fd, std::string &error) const = 0;
};

class Connection
{
public:
    enum class Phase : quint8
    {
        Closed,
        Connecting,  // TCP
        Handshaking, // the transport's
        Open,        // CONNECT queued or sent
    };

    Connection();
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // The transport of the next opens (not owned); null: plain TCP.
    void setTransport(const Transport *transport) { m_transport = transport; }

    // Opens TCP to 127.0.0.1:port (TCP_NODELAY) and completes CONNECT/CONNACK
    // with a clean session. False with error() set on failure or at the deadline.
    bool open(quint16 port, const QByteArray &clientId, Clock::time_point deadline);
    // Starts opening without waiting: handle() carries it on, and once the
    // transport is up the CONNECT goes out; the CONNACK reaches onPacket.
    bool start(quint16 port, const QByteArray &clientId);
    // Subscribes to one topic filter and waits for the SUBACK.
    bool subscribe(const QByteArray &filter, mqtt::QoS qos, Clock::time_point deadline);
    // Sends DISCONNECT, waits (until the deadline) for the broker to close the
    // connection and closes it; false when the broker did not close it.
    bool disconnect(Clock::time_point deadline);
    void close();

    bool isOpen() const { return m_fd >= 0; }
    Phase phase() const { return m_phase; }
    const std::string &error() const { return m_error; }
    // Where the first error happened.
    Phase failedIn() const { return m_failedIn; }
    // The transport's stream while open; null on plain TCP.
    const Stream *stream() const { return m_stream.get(); }

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
        if (m_phase != Phase::Open && !advance(revents))
            return m_error.empty(); // still opening, or it failed
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
        if (m_phase == Phase::Connecting || (m_phase == Phase::Handshaking && m_handshakeWantsWrite))
            return pollfd{m_fd, POLLOUT, 0};
        return pollfd{m_fd, short(POLLIN | (pendingOutput() > 0 ? POLLOUT : 0)), 0};
    }

    // poll() with sub-millisecond timeouts; false only on an unexpected error.
    static bool waitFor(std::span<pollfd> descriptors, Clock::duration timeout);

private:
    bool advance(short revents);
    bool transportReady();
    bool stepHandshake();
    bool queueConnect();
    bool writePending();
    bool readAvailable();
    std::optional<mqtt::Packet> nextPacket();
    bool fail(std::string message);
    template<typename Predicate>
    bool awaitPacket(Clock::time_point deadline, const char *what, Predicate &&accept);

    int m_fd = -1;
    Phase m_phase = Phase::Closed;
    Phase m_failedIn = Phase::Closed;
    bool m_handshakeWantsWrite = false;
    const Transport *m_transport = nullptr;
    std::unique_ptr<Stream> m_stream;
    QByteArray m_clientId; // for the CONNECT once the transport is up
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
