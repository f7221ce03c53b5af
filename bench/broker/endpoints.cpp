#include "endpoints.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <thread>

namespace homewire::bench {

using namespace mqtt;

AckPacket ackPacket(PacketType type, quint16 packetId)
{
    AckPacket ack;
    ack.type = type;
    ack.packetId = packetId;
    return ack;
}

DeliveryWait awaitDeliveries(qint64 expected, const std::function<qint64()> &delivered,
                             const std::function<bool()> &finished, Clock::time_point deadline,
                             Clock::duration quiet)
{
    DeliveryWait wait;
    qint64 seen = 0;
    auto lastProgress = Clock::now();
    for (;;) {
        const qint64 count = delivered();
        const auto now = Clock::now();
        if (count != seen) {
            wait.longestPause = std::max(wait.longestPause, now - lastProgress);
            seen = count;
            lastProgress = now;
        }
        if (count >= expected)
            return wait;
        if (now >= deadline) {
            wait.timedOut = true;
            return wait;
        }
        if (finished() && now - lastProgress >= quiet)
            return wait;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

std::optional<std::string> describePause(const DeliveryWait &wait)
{
    const double seconds = std::chrono::duration<double>(wait.longestPause).count();
    if (seconds < 0.5)
        return std::nullopt;
    char text[64];
    std::snprintf(text, sizeof text, "deliveries paused for %.1f s", seconds);
    return std::string(text);
}

QByteArray makePayload(const PayloadHeader &header, int size)
{
    QByteArray payload(qMax<int>(size, int(sizeof header)), 'x');
    std::memcpy(payload.data(), &header.sentNs, sizeof header.sentNs);
    std::memcpy(payload.data() + 8, &header.publisher, sizeof header.publisher);
    std::memcpy(payload.data() + 12, &header.sequence, sizeof header.sequence);
    return payload;
}

std::optional<PayloadHeader> readPayload(const QByteArray &payload)
{
    if (payload.size() < 16)
        return std::nullopt;
    PayloadHeader header;
    std::memcpy(&header.sentNs, payload.constData(), sizeof header.sentNs);
    std::memcpy(&header.publisher, payload.constData() + 8, sizeof header.publisher);
    std::memcpy(&header.sequence, payload.constData() + 12, sizeof header.sequence);
    return header;
}

PublisherWindow::PublisherWindow(QoS qos, int size)
    : m_qos(qos)
    , m_size(size)
    , m_state(65536, Free)
{}

quint16 PublisherWindow::take()
{
    while (m_state[m_nextId] != Free || m_nextId == 0)
        ++m_nextId;
    const quint16 id = m_nextId++;
    m_state[id] = m_qos == QoS::AtLeastOnce ? AwaitingPuback : AwaitingPubrec;
    ++m_inflight;
    return id;
}

void PublisherWindow::onPacket(Connection &connection, const Packet &packet)
{
    const auto *ack = std::get_if<AckPacket>(&packet);
    if (!ack) {
        ++m_violations;
        return;
    }
    State &state = m_state[ack->packetId];
    switch (ack->type) {
    case PacketType::Puback:
    case PacketType::Pubcomp:
        if (state != (ack->type == PacketType::Puback ? AwaitingPuback : AwaitingPubcomp)) {
            ++m_violations;
            return;
        }
        state = Free;
        --m_inflight;
        return;
    case PacketType::Pubrec:
        if (state != AwaitingPubrec && state != AwaitingPubcomp) {
            ++m_violations;
            return;
        }
        state = AwaitingPubcomp;
        connection.send(ackPacket(PacketType::Pubrel, ack->packetId));
        return;
    default:
        ++m_violations;
        return;
    }
}

Receiver::Receiver(int publishers, int messagesPerPublisher)
    : m_messagesPerPublisher(messagesPerPublisher)
    , m_expected(qint64(publishers) * messagesPerPublisher)
    , m_seen(size_t(m_expected), false)
    , m_lastSequence(size_t(publishers), -1)
{}

void Receiver::onPacket(Connection &connection, const Packet &packet)
{
    if (const auto *publish = std::get_if<PublishPacket>(&packet)) {
        deliver(*publish);
        if (publish->qos != QoS::AtMostOnce)
            ++m_burst;
        if (publish->qos == QoS::AtLeastOnce)
            connection.send(ackPacket(PacketType::Puback, publish->packetId));
        else if (publish->qos == QoS::ExactlyOnce)
            connection.send(ackPacket(PacketType::Pubrec, publish->packetId));
        return;
    }
    const auto *ack = std::get_if<AckPacket>(&packet);
    if (ack && ack->type == PacketType::Pubrel) {
        connection.send(ackPacket(PacketType::Pubcomp, ack->packetId));
        return;
    }
    ++m_unexpected;
}

void Receiver::answered()
{
    m_largestBurst = std::max(m_largestBurst, m_burst);
    m_burst = 0;
}

void Receiver::deliver(const PublishPacket &publish)
{
    const auto header = readPayload(publish.payload);
    if (!header || header->publisher >= m_lastSequence.size() ||
        header->sequence >= quint32(m_messagesPerPublisher)) {
        ++m_unexpected;
        return;
    }
    const size_t index = size_t(header->publisher) * size_t(m_messagesPerPublisher) + header->sequence;
    if (m_seen[index]) {
        ++m_duplicates;
        return;
    }
    m_seen[index] = true;
    qint64 &last = m_lastSequence[header->publisher];
    if (qint64(header->sequence) < last)
        ++m_reordered;
    else
        last = header->sequence;
    ++m_distinct;
    m_lastDeliveryNs = nowNanoseconds();
    if (m_latencies)
        m_latencies->push_back(qint64(m_lastDeliveryNs - header->sentNs));
}

} // namespace homewire::bench
