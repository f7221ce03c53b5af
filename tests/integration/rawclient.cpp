#include "rawclient.h"

#include <QDeadlineTimer>
#include <QtDebug>
#include <type_traits>

using namespace homewire;

RawClient::RawClient(quint16 port, mqtt::ProtocolVersion version)
    : m_port(port)
    , m_version(version)
    , m_decoder(mqtt::DecodeOptions{version, mqtt::Direction::ServerToClient})
{}

RawClient::~RawClient()
{
    m_socket.abort();
}

bool RawClient::open(int timeoutMs)
{
    if (isOpen())
        return true;
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
    return m_socket.waitForConnected(timeoutMs);
}

bool RawClient::isOpen() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void RawClient::abort()
{
    m_socket.abort();
}

void RawClient::disconnect()
{
    if (!isOpen())
        return;
    send(mqtt::DisconnectPacket{});
    // Wait for the broker to close its end: then it has handled the
    // DISCONNECT, and a test that reconnects with the same client identifier
    // does not race with the end of this session.
    waitClosed(DisconnectWaitMs);
    m_socket.abort();
}

void RawClient::sendBytes(const QByteArray &bytes)
{
    if (!isOpen())
        return;
    m_socket.write(bytes);
    const QDeadlineTimer deadline(DefaultTimeoutMs);
    while (m_socket.bytesToWrite() > 0 && isOpen() && !deadline.hasExpired())
        m_socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())));
}

void RawClient::send(const mqtt::Packet &packet)
{
    sendBatch({packet});
}

void RawClient::sendBatch(const QList<mqtt::Packet> &packets)
{
    QByteArray bytes;
    for (const mqtt::Packet &packet : packets) {
        if (auto encoded = mqtt::encodePacket(packet, m_version, bytes); !encoded)
            qWarning().noquote() << "cannot encode" << describe(packet) << encoded.error().message;
    }
    sendBytes(bytes);
}

bool RawClient::readAvailable()
{
    const QByteArray data = m_socket.readAll();
    m_raw += data;
    m_log += data;
    return !data.isEmpty();
}

bool RawClient::waitForBytes(int timeoutMs)
{
    if (readAvailable())
        return true;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            return readAvailable();
        m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        if (readAvailable())
            return true;
    }
    return false;
}

std::optional<mqtt::Packet> RawClient::decodeNext()
{
    if (!m_raw.isEmpty()) {
        m_decoder.feed(m_raw);
        m_raw.clear();
    }
    auto next = m_decoder.next();
    if (!next) {
        m_decodeError = next.error().message;
        return std::nullopt;
    }
    if (next.value())
        autoAcknowledge(*next.value());
    return next.value();
}

void RawClient::autoAcknowledge(const mqtt::Packet &packet)
{
    if (!m_autoAck)
        return;
    if (const auto *publish = std::get_if<mqtt::PublishPacket>(&packet)) {
        if (publish->qos == mqtt::QoS::AtLeastOnce)
            send(mqtt::AckPacket{mqtt::PacketType::Puback, publish->packetId, 0, {}});
        else if (publish->qos == mqtt::QoS::ExactlyOnce)
            send(mqtt::AckPacket{mqtt::PacketType::Pubrec, publish->packetId, 0, {}});
    } else if (const auto *ack = std::get_if<mqtt::AckPacket>(&packet);
               ack && ack->type == mqtt::PacketType::Pubrel) {
        send(mqtt::AckPacket{mqtt::PacketType::Pubcomp, ack->packetId, 0, {}});
    }
}

namespace {

bool isAutoAnsweredPubrel(const mqtt::Packet &packet)
{
    const auto *ack = std::get_if<mqtt::AckPacket>(&packet);
    return ack && ack->type == mqtt::PacketType::Pubrel;
}

} // namespace

std::optional<mqtt::Packet> RawClient::receive(int timeoutMs)
{
    if (!m_kept.empty()) {
        mqtt::Packet packet = std::move(m_kept.front());
        m_kept.pop_front();
        return packet;
    }
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        while (auto packet = decodeNext()) {
            // An auto-answered PUBREL is part of a flow the client already
            // finished; handing it out would only get in the tests' way.
            if (m_autoAck && isAutoAnsweredPubrel(*packet))
                continue;
            return packet;
        }
        if (!m_decodeError.isEmpty())
            return std::nullopt;
        if (deadline.hasExpired() || !waitForBytes(int(qMax<qint64>(0, deadline.remainingTime()))))
            return std::nullopt;
    }
}

namespace {

template<typename Predicate>
std::optional<mqtt::Packet> takeKept(std::deque<mqtt::Packet> &kept, Predicate matches)
{
    for (auto it = kept.begin(); it != kept.end(); ++it) {
        if (matches(*it)) {
            mqtt::Packet packet = std::move(*it);
            kept.erase(it);
            return packet;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<mqtt::PublishPacket> RawClient::receivePublish(int timeoutMs)
{
    const auto isPublish = [](const mqtt::Packet &p) {
        return std::holds_alternative<mqtt::PublishPacket>(p);
    };
    if (auto packet = takeKept(m_kept, isPublish))
        return std::get<mqtt::PublishPacket>(*packet);
    std::deque<mqtt::Packet> kept;
    kept.swap(m_kept);
    const QDeadlineTimer deadline(timeoutMs);
    std::optional<mqtt::PublishPacket> found;
    while (!found) {
        auto packet = receive(int(qMax<qint64>(0, deadline.remainingTime())));
        if (!packet)
            break;
        if (isPublish(*packet))
            found = std::get<mqtt::PublishPacket>(*packet);
        else
            kept.push_back(std::move(*packet));
    }
    m_kept = std::move(kept);
    return found;
}

QList<mqtt::PublishPacket> RawClient::receivePublishes(int count, int timeoutMs)
{
    QList<mqtt::PublishPacket> list;
    const QDeadlineTimer deadline(timeoutMs);
    while (list.size() < count) {
        auto publish = receivePublish(int(qMax<qint64>(0, deadline.remainingTime())));
        if (!publish)
            break;
        list.append(*publish);
    }
    return list;
}

bool RawClient::expectNoPublish(int windowMs)
{
    return !receivePublish(windowMs).has_value();
}

bool RawClient::expectSilence(int windowMs)
{
    return !receive(windowMs).has_value() && m_decodeError.isEmpty();
}

bool RawClient::waitClosed(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        readAvailable();
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            return true;
        if (deadline.hasExpired())
            return false;
        m_socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

QByteArray RawClient::rawRead(int timeoutMs, qsizetype atLeast)
{
    if (m_decoder.bufferedBytes() > 0 || !m_kept.empty())
        qWarning("rawRead() after receive() left bytes in the decoder; they are not returned");
    const QDeadlineTimer deadline(timeoutMs);
    readAvailable();
    while (m_raw.size() < atLeast && !deadline.hasExpired()) {
        if (!waitForBytes(int(qMax<qint64>(0, deadline.remainingTime()))))
            break;
    }
    return std::exchange(m_raw, QByteArray());
}

quint16 RawClient::nextPacketId()
{
    if (++m_nextId == 0)
        m_nextId = 1;
    return m_nextId;
}

std::optional<mqtt::ConnackPacket> RawClient::connectAs(const QByteArray &clientId, bool cleanSession,
                                                        quint16 keepAlive,
                                                        std::optional<mqtt::WillMessage> will)
{
    mqtt::ConnectPacket connect;
    connect.protocolVersion = m_version;
    connect.clientId = clientId;
    connect.cleanSession = cleanSession;
    connect.keepAlive = keepAlive;
    connect.will = std::move(will);
    return connectWith(connect);
}

std::optional<mqtt::ConnackPacket> RawClient::connectWith(const mqtt::ConnectPacket &connect)
{
    if (!open())
        return std::nullopt;
    send(connect);
    auto packet = receive();
    if (!packet || !std::holds_alternative<mqtt::ConnackPacket>(*packet))
        return std::nullopt;
    return std::get<mqtt::ConnackPacket>(*packet);
}

std::optional<mqtt::SubackPacket> RawClient::subscribe(const QByteArray &filter, mqtt::QoS qos,
                                                       quint16 packetId)
{
    return subscribe(QList<mqtt::Subscription>{mqtt::Subscription{filter, qos}}, packetId);
}

std::optional<mqtt::SubackPacket> RawClient::subscribe(const QList<mqtt::Subscription> &subscriptions,
                                                       quint16 packetId)
{
    mqtt::SubscribePacket packet;
    packet.packetId = packetId ? packetId : nextPacketId();
    packet.subscriptions = subscriptions;
    send(packet);
    const quint16 id = packet.packetId;
    const auto matches = [id](const mqtt::Packet &p) {
        const auto *suback = std::get_if<mqtt::SubackPacket>(&p);
        return suback && suback->packetId == id;
    };
    std::deque<mqtt::Packet> kept;
    kept.swap(m_kept);
    std::optional<mqtt::SubackPacket> found;
    if (auto packetFound = takeKept(kept, matches))
        found = std::get<mqtt::SubackPacket>(*packetFound);
    const QDeadlineTimer deadline(DefaultTimeoutMs);
    while (!found) {
        auto next = receive(int(qMax<qint64>(0, deadline.remainingTime())));
        if (!next)
            break;
        if (matches(*next))
            found = std::get<mqtt::SubackPacket>(*next);
        else
            kept.push_back(std::move(*next));
    }
    m_kept = std::move(kept);
    return found;
}

std::optional<mqtt::UnsubackPacket> RawClient::unsubscribe(const QList<QByteArray> &filters, quint16 packetId)
{
    mqtt::UnsubscribePacket packet;
    packet.packetId = packetId ? packetId : nextPacketId();
    packet.filters = filters;
    send(packet);
    const quint16 id = packet.packetId;
    std::deque<mqtt::Packet> kept;
    kept.swap(m_kept);
    std::optional<mqtt::UnsubackPacket> found;
    const QDeadlineTimer deadline(DefaultTimeoutMs);
    while (!found) {
        auto next = receive(int(qMax<qint64>(0, deadline.remainingTime())));
        if (!next)
            break;
        const auto *unsuback = std::get_if<mqtt::UnsubackPacket>(&*next);
        if (unsuback && unsuback->packetId == id)
            found = *unsuback;
        else
            kept.push_back(std::move(*next));
    }
    m_kept = std::move(kept);
    return found;
}

std::optional<mqtt::AckPacket> RawClient::receiveAck(mqtt::PacketType type, quint16 packetId, int timeoutMs)
{
    const auto matches = [type, packetId](const mqtt::Packet &p) {
        const auto *ack = std::get_if<mqtt::AckPacket>(&p);
        return ack && ack->type == type && ack->packetId == packetId;
    };
    if (auto packet = takeKept(m_kept, matches))
        return std::get<mqtt::AckPacket>(*packet);
    std::deque<mqtt::Packet> kept;
    kept.swap(m_kept);
    std::optional<mqtt::AckPacket> found;
    const QDeadlineTimer deadline(timeoutMs);
    // PUBREL must reach the caller here even with auto-ack on: decode directly.
    while (!found) {
        auto next = decodeNext();
        if (!next) {
            if (!m_decodeError.isEmpty() || deadline.hasExpired() ||
                !waitForBytes(int(qMax<qint64>(0, deadline.remainingTime()))))
                break;
            continue;
        }
        if (matches(*next))
            found = std::get<mqtt::AckPacket>(*next);
        else if (!(m_autoAck && isAutoAnsweredPubrel(*next)))
            kept.push_back(std::move(*next));
    }
    m_kept = std::move(kept);
    return found;
}

bool RawClient::publish(const QByteArray &topic, const QByteArray &payload, mqtt::QoS qos, bool retain,
                        Flow flow, quint16 packetId)
{
    mqtt::PublishPacket packet;
    packet.topic = topic;
    packet.payload = payload;
    packet.qos = qos;
    packet.retain = retain;
    if (qos != mqtt::QoS::AtMostOnce)
        packet.packetId = packetId ? packetId : nextPacketId();
    send(packet);
    if (flow == Flow::SendOnly || qos == mqtt::QoS::AtMostOnce)
        return isOpen();
    if (qos == mqtt::QoS::AtLeastOnce)
        return receiveAck(mqtt::PacketType::Puback, packet.packetId).has_value();
    if (!receiveAck(mqtt::PacketType::Pubrec, packet.packetId))
        return false;
    send(mqtt::AckPacket{mqtt::PacketType::Pubrel, packet.packetId, 0, {}});
    return receiveAck(mqtt::PacketType::Pubcomp, packet.packetId).has_value();
}

bool RawClient::ping(int timeoutMs)
{
    send(mqtt::PingreqPacket{});
    std::deque<mqtt::Packet> kept;
    kept.swap(m_kept);
    bool found = false;
    const QDeadlineTimer deadline(timeoutMs);
    while (!found) {
        auto next = receive(int(qMax<qint64>(0, deadline.remainingTime())));
        if (!next)
            break;
        if (std::holds_alternative<mqtt::PingrespPacket>(*next))
            found = true;
        else
            kept.push_back(std::move(*next));
    }
    m_kept = std::move(kept);
    return found;
}

QByteArray describe(const mqtt::Packet &packet)
{
    return std::visit(
        [](const auto &p) -> QByteArray {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, mqtt::PublishPacket>) {
                return "PUBLISH(topic=" + p.topic + " qos=" + QByteArray::number(int(p.qos)) +
                       " id=" + QByteArray::number(p.packetId) + " dup=" + QByteArray::number(int(p.dup)) +
                       " retain=" + QByteArray::number(int(p.retain)) + " payload=" + p.payload.left(40) +
                       ")";
            } else if constexpr (std::is_same_v<T, mqtt::ConnackPacket>) {
                return "CONNACK(sp=" + QByteArray::number(int(p.sessionPresent)) +
                       " rc=" + QByteArray::number(p.reasonCode) + ")";
            } else if constexpr (std::is_same_v<T, mqtt::AckPacket>) {
                return QByteArray(mqtt::packetTypeName(p.type)) + "(id=" + QByteArray::number(p.packetId) +
                       ")";
            } else if constexpr (std::is_same_v<T, mqtt::SubackPacket>) {
                QByteArray codes;
                for (quint8 c : p.reasonCodes)
                    codes += QByteArray::number(c, 16) + ' ';
                return "SUBACK(id=" + QByteArray::number(p.packetId) + " codes=" + codes.trimmed() + ")";
            } else if constexpr (std::is_same_v<T, mqtt::UnsubackPacket>) {
                return "UNSUBACK(id=" + QByteArray::number(p.packetId) + ")";
            } else {
                return QByteArray(mqtt::packetTypeName(mqtt::packetType(mqtt::Packet(p))));
            }
        },
        packet);
}

QByteArray describe(const std::optional<mqtt::Packet> &packet)
{
    return packet ? describe(*packet) : QByteArray("(nothing)");
}
