#include "codec.h"

#include "properties_p.h"
#include "wire_p.h"

namespace homewire::mqtt {

using detail::BufferWriter;
using detail::SizeCounter;

namespace {

QString statement(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

// ---------------------------------------------------------------------------
// Encoding: each packet is described once by a body function and run twice,
// first through SizeCounter (size and validity), then through BufferWriter.

namespace {

template<typename W>
void writeMaybeProperties(W &w, const Properties &props, ProtocolVersion version, qsizetype propsSize)
{
    if (version == ProtocolVersion::V5)
        detail::writeProperties(w, props, propsSize);
}

template<typename W>
void writeBody(W &w, const ConnectPacket &p, ProtocolVersion version, const qsizetype *propSizes)
{
    const bool v31 = version == ProtocolVersion::V31;
    w.binary(v31 ? QByteArrayView("MQIsdp") : QByteArrayView("MQTT"), "protocol name");
    w.u8(quint8(version));
    quint8 flags = 0;
    if (p.cleanSession)
        flags |= 0x02;
    if (p.will) {
        flags |= 0x04 | (quint8(p.will->qos) << 3);
        if (p.will->retain)
            flags |= 0x20;
    }
    if (p.password)
        flags |= 0x40;
    if (p.userName)
        flags |= 0x80;
    w.u8(flags);
    w.u16(p.keepAlive);
    writeMaybeProperties(w, p.properties, version, propSizes[0]);
    w.binary(p.clientId, "client identifier");
    if (p.will) {
        writeMaybeProperties(w, p.will->properties, version, propSizes[1]);
        w.binary(p.will->topic, "will topic");
        w.binary(p.will->payload, "will message");
    }
    if (p.userName)
        w.binary(*p.userName, "user name");
    if (p.password)
        w.binary(*p.password, "password");
}

template<typename W>
void writeBody(W &w, const ConnackPacket &p, ProtocolVersion version, const qsizetype *propSizes)
{
    w.u8(version == ProtocolVersion::V31 ? 0 : (p.sessionPresent ? 1 : 0));
    w.u8(p.reasonCode);
    writeMaybeProperties(w, p.properties, version, propSizes[0]);
}

template<typename W>
void writeBody(W &w, const PublishPacket &p, ProtocolVersion version, const qsizetype *propSizes)
{
    w.binary(p.topic, "topic name");
    if (p.qos != QoS::AtMostOnce)
        w.u16(p.packetId);
    writeMaybeProperties(w, p.properties, version, propSizes[0]);
    w.raw(p.payload);
}

template<typename W>
void writeBody(W &w, const AckPacket &p, ProtocolVersion version, const qsizetype *propSizes)
{
    w.u16(p.packetId);
    if (version == ProtocolVersion::V5 && (p.reasonCode != ReasonCode::Success || !p.properties.isEmpty())) {
        w.u8(p.reasonCode);
        if (!p.properties.isEmpty())
            detail::writeProperties(w, p.properties, propSizes[0]);
    }
}

template<typename W>
void writeBody(W &w, const SubscribePacket &p, ProtocolVersion version, const qsizetype *propSizes)
{
    w.u16(p.packetId);
    writeMaybeProperties(w, p.properties, version, propSizes[0]);
    for (const Subscription &s : p.subscriptions) {
        w.binary(s.filter, "topic filter");
        quint8 options = quint8(s.qos);
        if (version == ProtocolVersion::V5) {
            options |= (s.noLocal ? 0x04 : 0) | (s.retainAsPublished ? 0x08 : 0) | (quint8(s.retainHandling) << 4);
        }
        w.u8(options);
    }
}

template<typename W>
void writeBody(W &w, const SubackPacket &p, ProtocolVersion version, const qsizetype *propSizes)
{
    w.u16(p.packetId);
    writeMaybeProperties(w, p.properties, version, propSizes[0]);
    for (quint8 code : p.reasonCodes)
        w.u8(code);
}

template<typename W>
void writeBody(W &w, const UnsubscribePacket &p, ProtocolVersion version, const qsizetype *propSizes)
{
    w.u16(p.packetId);
    writeMaybeProperties(w, p.properties, version, propSizes[0]);
    for (const QByteArray &filter : p.filters)
        w.binary(filter, "topic filter");
}

template<typename W>
void writeBody(W &w, const UnsubackPacket &p, ProtocolVersion version, const qsizetype *propSizes)
{
    w.u16(p.packetId);
    if (version == ProtocolVersion::V5) {
        detail::writeProperties(w, p.properties, propSizes[0]);
        for (quint8 code : p.reasonCodes)
            w.u8(code);
    }
}

template<typename W>
void writeBody(W &, const PingreqPacket &, ProtocolVersion, const qsizetype *)
{
}

template<typename W>
void writeBody(W &, const PingrespPacket &, ProtocolVersion, const qsizetype *)
{
}

// DISCONNECT and AUTH: a Success code without properties is left out (3.14.2.1, 3.15.2.1).
template<typename W, typename P>
void writeReasonAndProperties(W &w, const P &p, ProtocolVersion version, const qsizetype *propSizes)
{
    if (version != ProtocolVersion::V5)
        return;
    if (p.reasonCode == ReasonCode::Success && p.properties.isEmpty())
        return;
    w.u8(p.reasonCode);
    if (!p.properties.isEmpty())
        detail::writeProperties(w, p.properties, propSizes[0]);
}

template<typename W>
void writeBody(W &w, const DisconnectPacket &p, ProtocolVersion version, const qsizetype *propSizes)
{
    writeReasonAndProperties(w, p, version, propSizes);
}

template<typename W>
void writeBody(W &w, const AuthPacket &p, ProtocolVersion version, const qsizetype *propSizes)
{
    writeReasonAndProperties(w, p, version, propSizes);
}

quint8 fixedHeaderFor(const Packet &packet)
{
    const auto type = packetType(packet);
    quint8 header = quint8(quint8(type) << 4);
    if (const auto *publish = std::get_if<PublishPacket>(&packet)) {
        header |= (publish->dup ? 0x08 : 0) | (quint8(publish->qos) << 1) | (publish->retain ? 0x01 : 0);
    } else if (type == PacketType::Pubrel || type == PacketType::Subscribe || type == PacketType::Unsubscribe) {
        header |= 0x02;
    }
    return header;
}

// Checks what the wire format cannot express, before any byte is written.
CodecResult<void> validateForEncoding(const Packet &packet, ProtocolVersion version)
{
    const auto type = packetType(packet);
    if (type == PacketType::Auth && version != ProtocolVersion::V5)
        return makeError(CodecError::UnknownPacketType, statement("AUTH exists only in MQTT 5.0"));
    if (const auto *p = std::get_if<PublishPacket>(&packet)) {
        if (quint8(p->qos) > 2)
            return makeError(CodecError::InvalidQoS, statement("PUBLISH with QoS 3 (MQTT-3.3.1-4)"));
        if (p->qos != QoS::AtMostOnce && p->packetId == 0)
            return makeError(CodecError::PacketIdentifierZero, statement("PUBLISH with QoS > 0 needs a packet identifier (MQTT-2.3.1-1)"));
        if (p->qos == QoS::AtMostOnce && p->dup)
            return makeError(CodecError::DupWithQoS0, statement("DUP flag set on a QoS 0 PUBLISH (MQTT-3.3.1-2)"));
    } else if (const auto *a = std::get_if<AckPacket>(&packet)) {
        if (a->type < PacketType::Puback || a->type > PacketType::Pubcomp)
            return makeError(CodecError::UnknownPacketType, statement("an acknowledgement must be PUBACK, PUBREC, PUBREL or PUBCOMP"));
        if (a->packetId == 0)
            return makeError(CodecError::PacketIdentifierZero, statement("acknowledgement with packet identifier 0 (MQTT-2.3.1-1)"));
    } else if (const auto *s = std::get_if<SubscribePacket>(&packet)) {
        if (s->packetId == 0)
            return makeError(CodecError::PacketIdentifierZero, statement("SUBSCRIBE with packet identifier 0 (MQTT-2.3.1-1)"));
        if (s->subscriptions.isEmpty())
            return makeError(CodecError::EmptySubscriptionList, statement("SUBSCRIBE needs a topic filter (MQTT-3.8.3-3)"));
    } else if (const auto *u = std::get_if<UnsubscribePacket>(&packet)) {
        if (u->packetId == 0)
            return makeError(CodecError::PacketIdentifierZero, statement("UNSUBSCRIBE with packet identifier 0 (MQTT-2.3.1-1)"));
        if (u->filters.isEmpty())
            return makeError(CodecError::EmptySubscriptionList, statement("UNSUBSCRIBE needs a topic filter (MQTT-3.10.3-2)"));
    } else if (const auto *ack = std::get_if<ConnackPacket>(&packet)) {
        if (version != ProtocolVersion::V5 && ack->reasonCode > quint8(ConnectReturnCode::NotAuthorized))
            return makeError(CodecError::InvalidReasonCode, statement("CONNACK return code above 5 before MQTT 5.0"));
    } else if (const auto *suback = std::get_if<SubackPacket>(&packet)) {
        for (quint8 code : suback->reasonCodes) {
            if (version != ProtocolVersion::V5 && code > 2 && code != SubackFailure)
                return makeError(CodecError::InvalidReasonCode, statement("SUBACK return code not 0, 1, 2 or 0x80 before MQTT 5.0"));
        }
    } else if (const auto *c = std::get_if<ConnectPacket>(&packet)) {
        if (c->will && quint8(c->will->qos) > 2)
            return makeError(CodecError::InvalidWillFlags, statement("will QoS 3 (MQTT-3.1.2-14)"));
        if (version == ProtocolVersion::V311 && c->password && !c->userName)
            return makeError(CodecError::PasswordWithoutUserName, statement("password without user name (MQTT-3.1.2-22)"));
    }
    return {};
}

// Sizes of the (up to two) property lists of a packet, measured once.
template<typename P>
void measureProperties(const P &p, ProtocolVersion version, qsizetype *sizes, SizeCounter &counter)
{
    if (version != ProtocolVersion::V5)
        return;
    if constexpr (requires { p.properties; })
        sizes[0] = detail::propertyValuesSize(p.properties, counter);
    if constexpr (std::is_same_v<P, ConnectPacket>) {
        if (p.will)
            sizes[1] = detail::propertyValuesSize(p.will->properties, counter);
    }
}

} // namespace

CodecResult<void> encodePacket(const Packet &packet, ProtocolVersion version, QByteArray &out)
{
    if (auto ok = validateForEncoding(packet, version); !ok)
        return ok;
    return std::visit(
        [&](const auto &p) -> CodecResult<void> {
            qsizetype propSizes[2] = {0, 0};
            SizeCounter counter;
            measureProperties(p, version, propSizes, counter);
            writeBody(counter, p, version, propSizes);
            if (counter.failed())
                return counter.error();
            if (counter.size() > qsizetype(MaxRemainingLength))
                return makeError(CodecError::PacketTooLarge,
                                 QStringLiteral("packet body of %1 bytes exceeds the protocol maximum").arg(counter.size()));
            const auto remaining = quint32(counter.size());
            const qsizetype total = 1 + variableByteIntegerSize(remaining) + remaining;
            const qsizetype start = out.size();
            out.resize(start + total);
            BufferWriter w(out.data() + start);
            w.u8(fixedHeaderFor(packet));
            w.variableByteInteger(remaining);
            writeBody(w, p, version, propSizes);
            Q_ASSERT(w.position() == out.data() + out.size());
            return {};
        },
        packet);
}

CodecResult<QByteArray> encodePacket(const Packet &packet, ProtocolVersion version)
{
    QByteArray out;
    if (auto ok = encodePacket(packet, version, out); !ok)
        return ok.error();
    return out;
}

PacketType packetType(const Packet &packet)
{
    struct Visitor
    {
        PacketType operator()(const ConnectPacket &) const { return PacketType::Connect; }
        PacketType operator()(const ConnackPacket &) const { return PacketType::Connack; }
        PacketType operator()(const PublishPacket &) const { return PacketType::Publish; }
        PacketType operator()(const AckPacket &p) const { return p.type; }
        PacketType operator()(const SubscribePacket &) const { return PacketType::Subscribe; }
        PacketType operator()(const SubackPacket &) const { return PacketType::Suback; }
        PacketType operator()(const UnsubscribePacket &) const { return PacketType::Unsubscribe; }
        PacketType operator()(const UnsubackPacket &) const { return PacketType::Unsuback; }
        PacketType operator()(const PingreqPacket &) const { return PacketType::Pingreq; }
        PacketType operator()(const PingrespPacket &) const { return PacketType::Pingresp; }
        PacketType operator()(const DisconnectPacket &) const { return PacketType::Disconnect; }
        PacketType operator()(const AuthPacket &) const { return PacketType::Auth; }
    };
    return std::visit(Visitor{}, packet);
}

} // namespace homewire::mqtt
