#include "retainedpublisher.h"

namespace homewire::bench {

using namespace mqtt;
using namespace std::chrono_literals;

bool publishRetainedMessages(Connection &publisher, int count, const std::function<QByteArray(int)> &topicOf,
                             qsizetype batchBytes, Clock::time_point deadline, Measurement &result)
{
    constexpr quint16 LastPacketId = 1;
    const auto start = Clock::now();
    bool acknowledged = false;
    const auto onAck = [&](const Packet &packet) {
        const auto *ack = std::get_if<AckPacket>(&packet);
        if (ack && ack->type == PacketType::Puback && ack->packetId == LastPacketId)
            acknowledged = true;
    };
    PublishPacket message;
    message.retain = true;
    int next = 0;
    bool ok = true;
    while (ok && !acknowledged && Clock::now() < deadline) {
        while (next < count && publisher.pendingOutput() < batchBytes) {
            message.topic = topicOf(next);
            message.payload = "{\"t\":21.5,\"n\":" + QByteArray::number(next) + '}';
            const bool last = next == count - 1;
            message.qos = last ? QoS::AtLeastOnce : QoS::AtMostOnce;
            message.packetId = last ? LastPacketId : 0;
            publisher.send(message);
            ++next;
        }
        ok = publisher.pump(0ns, onAck);
        if (ok && !acknowledged && (next == count || publisher.pendingOutput() >= batchBytes))
            ok = publisher.pump(20ms, onAck);
    }
    if (!acknowledged) {
        result.timedOut = ok;
        result.note = ok ? "no PUBACK for the last retained message" : "publisher: " + publisher.error();
        return false;
    }
    result.value = std::chrono::duration<double>(Clock::now() - start).count();
    return true;
}

} // namespace homewire::bench
