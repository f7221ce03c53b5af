// RawClient: an MQTT client that speaks bytes, for wire-level broker tests.
//
// It sends whatever it is given (well-formed packets through the codec, or
// hand-written bytes for malformed input) and decodes what the broker sends
// with mqtt::StreamDecoder (Direction::ServerToClient), so a broker that sends
// a malformed packet fails the test. Every wait is bounded by a timeout and
// uses the blocking QTcpSocket API, so no event loop is needed.
//
// It deliberately does not retry, reconnect or resend on its own: the tests
// decide every packet on the wire. The only automatic behaviour is optional
// acknowledgement of incoming PUBLISH and PUBREL (setAutoAck), which the
// helpers that wait for messages rely on.
#pragma once

#include "mqtt/codec.h"
#include "mqtt/streamdecoder.h"

#include <QByteArray>
#include <QList>
#include <QTcpSocket>
#include <deque>
#include <optional>

class RawClient
{
public:
    static constexpr int DefaultTimeoutMs = 5'000;
    // How long a test waits to show that nothing arrives.
    static constexpr int QuietWindowMs = 300;
    static constexpr int DisconnectWaitMs = 2'000;

    explicit RawClient(quint16 port,
                       homewire::mqtt::ProtocolVersion version = homewire::mqtt::ProtocolVersion::V311);
    ~RawClient();
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    // Opens the TCP connection (done implicitly by connectAs()).
    bool open(int timeoutMs = DefaultTimeoutMs);
    bool isOpen() const;
    // Closes the socket without DISCONNECT: the broker sees a dropped connection.
    void abort();
    // Sends DISCONNECT, waits (briefly) for the broker to close the
    // connection, and closes the socket.
    void disconnect();

    // When on, every incoming QoS 1 PUBLISH is answered with PUBACK, QoS 2 with
    // PUBREC, and PUBREL with PUBCOMP, as soon as it is decoded. On by default.
    void setAutoAck(bool on) { m_autoAck = on; }

    void sendBytes(const QByteArray &bytes);
    void send(const homewire::mqtt::Packet &packet);
    // Several packets in one TCP write.
    void sendBatch(const QList<homewire::mqtt::Packet> &packets);

    // The next packet from the broker, or nullopt after `timeoutMs`, when the
    // connection closed, or when the broker sent bytes that do not decode
    // (see decodeError()).
    std::optional<homewire::mqtt::Packet> receive(int timeoutMs = DefaultTimeoutMs);
    // The next PUBLISH; other packets met on the way are kept for receive().
    std::optional<homewire::mqtt::PublishPacket> receivePublish(int timeoutMs = DefaultTimeoutMs);
    // `count` PUBLISH packets (fewer on timeout).
    QList<homewire::mqtt::PublishPacket> receivePublishes(int count, int timeoutMs = DefaultTimeoutMs);
    // True when no PUBLISH arrives within `windowMs`.
    bool expectNoPublish(int windowMs = QuietWindowMs);
    // True when no packet at all arrives within `windowMs`.
    bool expectSilence(int windowMs = QuietWindowMs);

    // True when the broker closes the connection within `timeoutMs`. Bytes that
    // arrive before the close are kept: see unreadBytes().
    bool waitClosed(int timeoutMs = DefaultTimeoutMs);
    // Raw bytes, for checking exact encodings: waits until at least `atLeast`
    // bytes are buffered, the connection closed, or the timeout, then returns
    // (and consumes) everything buffered. Do not mix with receive() while a
    // packet is half decoded.
    QByteArray rawRead(int timeoutMs = DefaultTimeoutMs, qsizetype atLeast = 1);
    // Bytes received and not yet consumed by receive() or rawRead().
    QByteArray unreadBytes() const { return m_raw; }
    // Everything the broker sent on this connection, in order.
    const QByteArray &receivedLog() const { return m_log; }
    QString decodeError() const { return m_decodeError; }

    // Helpers. They return nullopt when the expected answer does not come.
    std::optional<homewire::mqtt::ConnackPacket>
    connectAs(const QByteArray &clientId, bool cleanSession = true, quint16 keepAlive = 60,
              std::optional<homewire::mqtt::WillMessage> will = {});
    std::optional<homewire::mqtt::ConnackPacket> connectWith(const homewire::mqtt::ConnectPacket &connect);
    std::optional<homewire::mqtt::SubackPacket>
    subscribe(const QByteArray &filter, homewire::mqtt::QoS qos = homewire::mqtt::QoS::AtMostOnce,
              quint16 packetId = 0);
    std::optional<homewire::mqtt::SubackPacket>
    subscribe(const QList<homewire::mqtt::Subscription> &subscriptions, quint16 packetId = 0);
    std::optional<homewire::mqtt::UnsubackPacket> unsubscribe(const QList<QByteArray> &filters,
                                                              quint16 packetId = 0);

    enum class Flow
    {
        Complete, // wait for PUBACK, or PUBREC, send PUBREL, wait for PUBCOMP
        SendOnly, // send the PUBLISH and return
    };
    // Publishes and, with Flow::Complete, runs the acknowledgement flow.
    // Returns false when an acknowledgement is missing or carries another id.
    bool publish(const QByteArray &topic, const QByteArray &payload,
                 homewire::mqtt::QoS qos = homewire::mqtt::QoS::AtMostOnce, bool retain = false,
                 Flow flow = Flow::Complete, quint16 packetId = 0);
    // The acknowledgement of type `type` for `packetId`; others are kept.
    std::optional<homewire::mqtt::AckPacket> receiveAck(homewire::mqtt::PacketType type, quint16 packetId,
                                                        int timeoutMs = DefaultTimeoutMs);
    bool ping(int timeoutMs = DefaultTimeoutMs);

    quint16 nextPacketId();

private:
    // Reads what the socket has into m_raw; false when nothing came.
    bool readAvailable();
    // Waits for more bytes; false on timeout or close.
    bool waitForBytes(int timeoutMs);
    std::optional<homewire::mqtt::Packet> decodeNext();
    void autoAcknowledge(const homewire::mqtt::Packet &packet);

    quint16 m_port;
    homewire::mqtt::ProtocolVersion m_version;
    QTcpSocket m_socket;
    homewire::mqtt::StreamDecoder m_decoder;
    QByteArray m_raw;
    QByteArray m_log;
    std::deque<homewire::mqtt::Packet> m_kept;
    QString m_decodeError;
    bool m_autoAck = true;
    quint16 m_nextId = 0;
};

// Short readable forms for failure messages.
QByteArray describe(const homewire::mqtt::Packet &packet);
QByteArray describe(const std::optional<homewire::mqtt::Packet> &packet);
