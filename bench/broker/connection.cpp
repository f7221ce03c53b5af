#include "connection.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace homewire::bench {

using namespace mqtt;

namespace {

constexpr qsizetype ReadChunk = 64 * 1024;
constexpr int MaxReadsPerPump = 4; // bounds one connection's turn when a thread serves many

std::string errnoText(const char *what)
{
    return std::string(what) + ": " + std::strerror(errno);
}

} // namespace

Connection::Connection()
    : m_decoder(DecodeOptions{ProtocolVersion::V311, Direction::ServerToClient})
{
    m_readBuffer.resize(ReadChunk);
}

Connection::~Connection()
{
    close();
}

bool Connection::fail(std::string message)
{
    if (m_error.empty()) {
        m_error = std::move(message);
        m_failedIn = m_phase;
    }
    return false;
}

bool Connection::waitFor(std::span<pollfd> descriptors, Clock::duration timeout)
{
    if (timeout < Clock::duration::zero())
        timeout = Clock::duration::zero();
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(timeout).count();
    const timespec ts{time_t(ns / 1'000'000'000), long(ns % 1'000'000'000)};
    const int n = ::ppoll(descriptors.data(), nfds_t(descriptors.size()), &ts, nullptr);
    if (n < 0) {
        for (pollfd &p : descriptors)
            p.revents = 0;
        return errno == EINTR;
    }
    return true;
}

bool Connection::open(quint16 port, const QByteArray &clientId, Clock::time_point deadline)
{
    if (!start(port, clientId))
        return false;
    quint8 returnCode = 0xff;
    const bool answered = awaitPacket(deadline, "CONNACK", [&](const Packet &packet) {
        if (const auto *connack = std::get_if<ConnackPacket>(&packet)) {
            returnCode = connack->reasonCode;
            return true;
        }
        return false;
    });
    if (!answered)
        return false;
    if (returnCode != 0)
        return fail("CONNACK return code " + std::to_string(returnCode));
    return true;
}

bool Connection::start(quint16 port, const QByteArray &clientId)
{
    close();
    m_error.clear();
    m_failedIn = Phase::Closed;
    m_out.resize(0);
    m_outPos = 0;
    m_decoder = StreamDecoder(DecodeOptions{ProtocolVersion::V311, Direction::ServerToClient});
    m_clientId = clientId;

    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return fail(errnoText("socket"));
    m_phase = Phase::Connecting;
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0)
        transportReady();
    else if (errno != EINPROGRESS)
        return fail(errnoText("connect"));
    return m_error.empty();
}

// Carries the opening on after a poll(); true once it is open.
bool Connection::advance(short revents)
{
    if (m_phase == Phase::Handshaking)
        return revents != 0 && stepHandshake();
    if (m_phase != Phase::Connecting || !(revents & (POLLOUT | POLLERR | POLLHUP)))
        return false;
    int error = 0;
    socklen_t length = sizeof error;
    ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length);
    if (error != 0) {
        errno = error;
        return fail(errnoText("connect"));
    }
    return transportReady();
}

// TCP is up: the transport's handshake, or at once the CONNECT.
bool Connection::transportReady()
{
    if (!m_transport)
        return queueConnect();
    std::string error;
    m_stream = m_transport->attach(m_fd, error);
    if (!m_stream)
        return fail(error);
    m_phase = Phase::Handshaking;
    return stepHandshake();
}

bool Connection::stepHandshake()
{
    const Stream::Progress progress = m_stream->handshake();
    if (progress == Stream::Progress::Failed)
        return fail("handshake: " + m_stream->error());
    m_handshakeWantsWrite = progress == Stream::Progress::WantWrite;
    return progress == Stream::Progress::Done && queueConnect();
}

bool Connection::queueConnect()
{
    m_phase = Phase::Open;
    ConnectPacket connect;
    connect.clientId = m_clientId;
    connect.cleanSession = true;
    connect.keepAlive = 0; // runs are short and bounded by our own deadlines
    send(connect);
    return true;
}

bool Connection::subscribe(const QByteArray &filter, QoS qos, Clock::time_point deadline)
{
    SubscribePacket subscribe;
    subscribe.packetId = 1;
    subscribe.subscriptions.append(Subscription{filter, qos});
    send(subscribe);
    quint8 granted = SubackFailure;
    const bool answered = awaitPacket(deadline, "SUBACK", [&](const Packet &packet) {
        if (const auto *suback = std::get_if<SubackPacket>(&packet)) {
            granted = suback->reasonCodes.value(0, SubackFailure);
            return true;
        }
        return false;
    });
    if (!answered)
        return false;
    if (granted != quint8(qos))
        return fail("SUBACK granted " + std::to_string(granted) + " instead of " + std::to_string(int(qos)));
    return true;
}

bool Connection::disconnect(Clock::time_point deadline)
{
    if (m_fd < 0)
        return false;
    send(DisconnectPacket{});
    // The broker closes the connection on DISCONNECT (MQTT-3.14.4-1); waiting
    // for that leaves TIME_WAIT on its side rather than ours.
    bool open = true;
    while (open && Clock::now() < deadline)
        open = pump(deadline - Clock::now(), [](const Packet &) {});
    close();
    return !open;
}

void Connection::close()
{
    m_stream.reset(); // no close_notify: the broker closed first, or the run is over
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_phase = Phase::Closed;
    m_handshakeWantsWrite = false;
}

void Connection::send(const Packet &packet)
{
    if (m_outPos > 0 && m_outPos == m_out.size()) {
        m_out.resize(0);
        m_outPos = 0;
    } else if (m_outPos >= ReadChunk && m_outPos * 2 >= m_out.size()) {
        m_out.remove(0, m_outPos);
        m_outPos = 0;
    }
    if (!encodePacket(packet, ProtocolVersion::V311, m_out))
        fail("cannot encode packet");
}

bool Connection::writePending()
{
    while (m_fd >= 0 && pendingOutput() > 0) {
        const char *data = m_out.constData() + m_outPos;
        const ssize_t n = m_stream ? m_stream->write(data, size_t(pendingOutput()))
                                   : ::send(m_fd, data, size_t(pendingOutput()), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                break;
            return fail(m_stream ? "write: " + m_stream->error() : errnoText("send"));
        }
        m_outPos += n;
    }
    if (pendingOutput() == 0) {
        m_out.resize(0);
        m_outPos = 0;
    }
    return m_fd >= 0 && m_error.empty();
}

bool Connection::readAvailable()
{
    // A stream may hold decrypted bytes the socket no longer signals: take them all.
    const auto buffered = [this] {
        return m_stream && m_stream->hasBufferedInput();
    };
    for (int i = 0; i < MaxReadsPerPump || buffered(); ++i) {
        char *data = m_readBuffer.data();
        const size_t size = size_t(m_readBuffer.size());
        const ssize_t n = m_stream ? m_stream->read(data, size) : ::recv(m_fd, data, size, 0);
        if (n == 0)
            return fail("connection closed by the broker");
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                return true;
            return fail(m_stream ? "read: " + m_stream->error() : errnoText("recv"));
        }
        m_decoder.feed(data, n);
        if (n < m_readBuffer.size() && !buffered())
            return true;
    }
    return true;
}

std::optional<Packet> Connection::nextPacket()
{
    auto next = m_decoder.next();
    if (!next) {
        fail("malformed packet from the broker: " + next.error().message.toStdString());
        return std::nullopt;
    }
    return std::move(next.value());
}

template<typename Predicate>
bool Connection::awaitPacket(Clock::time_point deadline, const char *what, Predicate &&accept)
{
    bool found = false;
    while (!found) {
        if (Clock::now() >= deadline) {
            if (m_phase == Phase::Connecting || m_phase == Phase::Handshaking)
                what = m_phase == Phase::Connecting ? "connect" : "handshake";
            return fail(std::string(what) + ": timeout");
        }
        const bool ok = pump(deadline - Clock::now(), [&](const Packet &packet) {
            if (!found && accept(packet))
                found = true;
        });
        if (!ok && !found)
            return fail(std::string(what) + ": no answer");
    }
    return true;
}

} // namespace homewire::bench
