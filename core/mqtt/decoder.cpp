#include "codec.h"

#include "properties_p.h"
#include "topic.h"
#include "wire_p.h"

namespace homewire::mqtt {

using detail::BufferWriter;
using detail::Reader;
using detail::SizeCounter;

// ---------------------------------------------------------------------------
// Variable byte integers (3.1.1 section 2.2.3, 5.0 section 1.5.5)

CodecResult<int> readVariableByteInteger(QByteArrayView bytes, quint32 &value)
{
    quint32 result = 0;
    quint32 multiplier = 1;
    for (int i = 0; i < 4; ++i) {
        if (i >= bytes.size())
            return 0; // need more bytes
        const auto byte = quint8(bytes[i]);
        result += (byte & 0x7F) * multiplier;
        if (!(byte & 0x80)) {
            // The minimum number of bytes must be used (MQTT-1.5.5-1 in 5.0).
            if (i > 0 && byte == 0)
                return makeError(CodecError::MalformedVariableByteInteger,
                                 QStringLiteral("variable byte integer is not minimally encoded (MQTT 5.0 MQTT-1.5.5-1, "
                                                "MQTT 3.1.1 section 2.2.3)"));
            value = result;
            return i + 1;
        }
        multiplier *= 128;
    }
    return makeError(CodecError::MalformedVariableByteInteger,
                     QStringLiteral("variable byte integer longer than four bytes (MQTT 3.1.1 section 2.2.3)"));
}

int variableByteIntegerSize(quint32 value)
{
    return value < 128 ? 1 : value < 16'384 ? 2 : value < 2'097'152 ? 3 : 4;
}

void appendVariableByteInteger(QByteArray &out, quint32 value)
{
    char buf[4];
    BufferWriter w(buf);
    w.variableByteInteger(value);
    out.append(buf, w.position() - buf);
}

namespace detail {

quint32 Reader::variableByteInteger(const char *field)
{
    if (failed())
        return 0;
    quint32 value = 0;
    auto used = readVariableByteInteger(QByteArrayView(m_data + m_pos, m_size - m_pos), value);
    if (!used) {
        fail(used.errorCode(), QStringLiteral("%1: %2").arg(QLatin1String(field), used.error().message));
        return 0;
    }
    if (*used == 0) {
        fail(CodecError::Truncated, QStringLiteral("packet ends inside %1").arg(QLatin1String(field)));
        return 0;
    }
    m_pos += *used;
    return value;
}

void SizeCounter::variableByteInteger(quint32 value)
{
    m_size += variableByteIntegerSize(value);
}

} // namespace detail

// ---------------------------------------------------------------------------
// Decoding

namespace {

QString statement(const char *text)
{
    return QString::fromLatin1(text);
}

bool allowedInDirection(PacketType type, Direction direction, ProtocolVersion version)
{
    switch (direction) {
    case Direction::Any:
        return true;
    case Direction::ClientToServer:
        return type != PacketType::Connack && type != PacketType::Suback && type != PacketType::Unsuback
               && type != PacketType::Pingresp;
    case Direction::ServerToClient:
        if (type == PacketType::Disconnect)
            return version == ProtocolVersion::V5;
        return type != PacketType::Connect && type != PacketType::Subscribe && type != PacketType::Unsubscribe
               && type != PacketType::Pingreq;
    }
    return false;
}

void checkTopicName(Reader &r, const QByteArray &topic, const char *what)
{
    if (r.failed())
        return;
    if (auto valid = TopicName::validate(topic); !valid)
        r.fail(valid.errorCode(), QStringLiteral("%1: %2").arg(QLatin1String(what), valid.error().message));
}

void checkPacketId(Reader &r, quint16 id, PacketType type)
{
    if (!r.failed() && id == 0)
        r.fail(CodecError::PacketIdentifierZero,
               QStringLiteral("%1 has packet identifier 0 (MQTT-2.3.1-1)").arg(QLatin1String(packetTypeName(type))));
}

void checkEnd(Reader &r, PacketType type)
{
    if (!r.failed() && !r.atEnd())
        r.fail(CodecError::TrailingBytes, QStringLiteral("%1 has %2 unexpected bytes after its last field")
                                              .arg(QLatin1String(packetTypeName(type)))
                                              .arg(r.remaining()));
}

void checkReasonCode(Reader &r, PacketType type, quint8 code)
{
    if (!r.failed() && !isValidReasonCode(type, code))
        r.fail(CodecError::InvalidReasonCode, QStringLiteral("reason code 0x%1 is not allowed in %2 (MQTT 5.0 section 2.4)")
                                                  .arg(code, 2, 16, QLatin1Char('0'))
                                                  .arg(QLatin1String(packetTypeName(type))));
}

CodecResult<Packet> finish(Reader &r, Packet packet)
{
    if (r.failed())
        return r.takeError();
    return packet;
}

CodecResult<Packet> decodeConnect(Reader &r, Direction direction)
{
    ConnectPacket p;
    const QByteArray name = r.binary("protocol name");
    const quint8 level = r.u8("protocol level");
    if (r.failed())
        return r.takeError();
    if (name == "MQTT") {
        if (level != 4 && level != 5)
            return makeError(CodecError::UnsupportedProtocolLevel,
                             QStringLiteral("protocol level %1 is not supported (MQTT-3.1.2-2)").arg(level));
    } else if (name == "MQIsdp") {
        if (level != 3)
            return makeError(CodecError::UnsupportedProtocolLevel,
                             QStringLiteral("protocol level %1 with \"MQIsdp\" is not supported (MQTT-3.1.2-2)").arg(level));
    } else {
        return makeError(CodecError::InvalidProtocolName,
                         QStringLiteral("protocol name \"%1\" is neither \"MQTT\" nor \"MQIsdp\" (MQTT-3.1.2-1)")
                             .arg(QString::fromUtf8(name.left(32)).toHtmlEscaped()));
    }
    p.protocolVersion = ProtocolVersion(level);
    const bool v5 = p.protocolVersion == ProtocolVersion::V5;

    const quint8 flags = r.u8("connect flags");
    p.keepAlive = r.u16("keep alive");
    if (r.failed())
        return r.takeError();
    if (flags & 0x01)
        return makeError(CodecError::ReservedConnectFlag, statement("CONNECT reserved flag is set (MQTT-3.1.2-3)"));
    p.cleanSession = flags & 0x02;
    const bool willFlag = flags & 0x04;
    const quint8 willQoS = (flags >> 3) & 0x03;
    const bool willRetain = flags & 0x20;
    const bool passwordFlag = flags & 0x40;
    const bool userNameFlag = flags & 0x80;
    if (!willFlag && willQoS != 0)
        return makeError(CodecError::InvalidWillFlags, statement("will QoS set without a will (MQTT-3.1.2-13)"));
    if (!willFlag && willRetain)
        return makeError(CodecError::InvalidWillFlags, statement("will retain set without a will (MQTT-3.1.2-15)"));
    if (willQoS == 3)
        return makeError(CodecError::InvalidWillFlags, statement("will QoS 3 (MQTT-3.1.2-14)"));
    if (p.protocolVersion == ProtocolVersion::V311 && passwordFlag && !userNameFlag)
        return makeError(CodecError::PasswordWithoutUserName,
                         statement("password flag set without the user name flag (MQTT-3.1.2-22)"));
    if (v5)
        p.properties = detail::readProperties(r, PropertyContext::Connect, direction);
    p.clientId = r.utf8("client identifier");
    if (willFlag) {
        WillMessage will;
        will.qos = QoS(willQoS);
        will.retain = willRetain;
        if (v5)
            will.properties = detail::readProperties(r, PropertyContext::Will, direction);
        will.topic = r.utf8("will topic");
        checkTopicName(r, will.topic, "will topic");
        will.payload = r.binary("will message");
        p.will = std::move(will);
    }
    if (userNameFlag)
        p.userName = r.utf8("user name");
    if (passwordFlag)
        p.password = r.binary("password");
    checkEnd(r, PacketType::Connect);
    return finish(r, std::move(p));
}

CodecResult<Packet> decodeConnack(Reader &r, ProtocolVersion version)
{
    ConnackPacket p;
    const quint8 ackFlags = r.u8("connect acknowledge flags");
    p.reasonCode = r.u8("connect return code");
    if (r.failed())
        return r.takeError();
    if (version != ProtocolVersion::V31) {
        // 3.1 has no session present flag: the whole byte is reserved and ignored.
        if (ackFlags & 0xFE)
            return makeError(CodecError::ReservedFlags,
                             statement("CONNACK acknowledge flags bits 7-1 are reserved (MQTT 3.1.1 section 3.2.2.1)"));
        p.sessionPresent = ackFlags & 0x01;
    }
    if (version == ProtocolVersion::V5) {
        checkReasonCode(r, PacketType::Connack, p.reasonCode);
        p.properties = detail::readProperties(r, PropertyContext::Connack, Direction::ServerToClient);
    } else if (p.reasonCode > quint8(ConnectReturnCode::NotAuthorized)) {
        return makeError(CodecError::InvalidReasonCode,
                         QStringLiteral("CONNACK return code %1 is reserved (MQTT 3.1.1 section 3.2.2.3)").arg(p.reasonCode));
    }
    checkEnd(r, PacketType::Connack);
    return finish(r, std::move(p));
}

CodecResult<Packet> decodePublish(Reader &r, quint8 flags, ProtocolVersion version, Direction direction)
{
    PublishPacket p;
    p.dup = flags & 0x08;
    p.qos = QoS((flags >> 1) & 0x03);
    p.retain = flags & 0x01;
    p.topic = r.utf8("topic name");
    if (p.qos != QoS::AtMostOnce) {
        p.packetId = r.u16("packet identifier");
        checkPacketId(r, p.packetId, PacketType::Publish);
    }
    if (version == ProtocolVersion::V5) {
        p.properties = detail::readProperties(r, PropertyContext::Publish, direction);
        // An empty topic name is allowed when a Topic Alias stands for it (3.3.2.3.4).
        if (!r.failed() && p.topic.isEmpty() && p.properties.contains(PropertyId::TopicAlias)) {
            p.payload = r.rest();
            return Packet(std::move(p));
        }
    }
    checkTopicName(r, p.topic, "PUBLISH topic name");
    if (r.failed())
        return r.takeError();
    p.payload = r.rest();
    return Packet(std::move(p));
}

CodecResult<Packet> decodeAck(Reader &r, PacketType type, ProtocolVersion version, qsizetype bodySize)
{
    AckPacket p;
    p.type = type;
    p.packetId = r.u16("packet identifier");
    checkPacketId(r, p.packetId, type);
    if (version == ProtocolVersion::V5 && bodySize > 2) {
        // The reason code and properties may be left out (3.4.2.1): length 2 means
        // Success without properties, length 3 a reason code without properties.
        p.reasonCode = r.u8("reason code");
        checkReasonCode(r, type, p.reasonCode);
        if (bodySize > 3)
            p.properties = detail::readProperties(r, PropertyContext::Puback, Direction::Any);
    }
    checkEnd(r, type);
    return finish(r, std::move(p));
}

CodecResult<void> checkFilter(QByteArrayView filter, ProtocolVersion version)
{
    // Shared subscriptions exist from MQTT 5.0 on; before that "$share/..." is a
    // plain filter like any other.
    return version == ProtocolVersion::V5 ? TopicFilter::validate(filter) : TopicFilter::validatePlain(filter);
}

CodecResult<Packet> decodeSubscribe(Reader &r, ProtocolVersion version, Direction direction)
{
    SubscribePacket p;
    const bool v5 = version == ProtocolVersion::V5;
    p.packetId = r.u16("packet identifier");
    checkPacketId(r, p.packetId, PacketType::Subscribe);
    if (v5)
        p.properties = detail::readProperties(r, PropertyContext::Subscribe, direction);
    if (!r.failed() && r.atEnd())
        return makeError(CodecError::EmptySubscriptionList,
                         statement(v5 ? "SUBSCRIBE carries no topic filter (MQTT 5.0 MQTT-3.8.3-2)"
                                      : "SUBSCRIBE carries no topic filter (MQTT-3.8.3-3)"));
    while (!r.failed() && !r.atEnd()) {
        Subscription s;
        s.filter = r.utf8("topic filter");
        const quint8 options = r.u8("subscription options");
        if (r.failed())
            break;
        if (auto valid = checkFilter(s.filter, version); !valid)
            return valid.error();
        if ((options & 0x03) == 3)
            return makeError(CodecError::InvalidQoS, statement(v5 ? "SUBSCRIBE requests QoS 3 (MQTT 5.0 section 3.8.3.1)"
                                                                  : "SUBSCRIBE requests QoS 3 (MQTT-3.8.3-4)"));
        s.qos = QoS(options & 0x03);
        if (v5) {
            if (options & 0xC0)
                return makeError(CodecError::InvalidSubscriptionOptions,
                                 statement("subscription options bits 7-6 are reserved (MQTT-3.8.3-5)"));
            s.noLocal = options & 0x04;
            s.retainAsPublished = options & 0x08;
            const quint8 handling = (options >> 4) & 0x03;
            if (handling == 3)
                return makeError(CodecError::InvalidSubscriptionOptions,
                                 statement("retain handling 3 is reserved (MQTT 5.0 section 3.8.3.1)"));
            s.retainHandling = RetainHandling(handling);
            if (s.noLocal && TopicFilter(s.filter).isShared())
                return makeError(CodecError::InvalidSubscriptionOptions,
                                 statement("no local on a shared subscription (MQTT-3.8.3-4 in MQTT 5.0)"));
        } else if (options & 0xFC) {
            return makeError(CodecError::InvalidSubscriptionOptions,
                             statement("requested QoS byte has reserved bits set (MQTT-3.8.3-4)"));
        }
        p.subscriptions.append(std::move(s));
    }
    return finish(r, std::move(p));
}

CodecResult<Packet> decodeSuback(Reader &r, ProtocolVersion version)
{
    SubackPacket p;
    p.packetId = r.u16("packet identifier");
    checkPacketId(r, p.packetId, PacketType::Suback);
    if (version == ProtocolVersion::V5)
        p.properties = detail::readProperties(r, PropertyContext::Suback, Direction::ServerToClient);
    if (!r.failed() && r.atEnd())
        return makeError(CodecError::EmptySubscriptionList, statement("SUBACK carries no return code (MQTT 3.1.1 section 3.9.3)"));
    while (!r.failed() && !r.atEnd()) {
        const quint8 code = r.u8("return code");
        if (version == ProtocolVersion::V5) {
            checkReasonCode(r, PacketType::Suback, code);
        } else if (code > 2 && code != SubackFailure) {
            return makeError(CodecError::InvalidReasonCode,
                             QStringLiteral("SUBACK return code 0x%1 is reserved (MQTT 3.1.1 section 3.9.3)")
                                 .arg(code, 2, 16, QLatin1Char('0')));
        }
        p.reasonCodes.append(code);
    }
    return finish(r, std::move(p));
}

CodecResult<Packet> decodeUnsubscribe(Reader &r, ProtocolVersion version, Direction direction)
{
    UnsubscribePacket p;
    p.packetId = r.u16("packet identifier");
    checkPacketId(r, p.packetId, PacketType::Unsubscribe);
    if (version == ProtocolVersion::V5)
        p.properties = detail::readProperties(r, PropertyContext::Unsubscribe, direction);
    if (!r.failed() && r.atEnd())
        return makeError(CodecError::EmptySubscriptionList,
                         statement("UNSUBSCRIBE carries no topic filter (MQTT-3.10.3-2)"));
    while (!r.failed() && !r.atEnd()) {
        QByteArray filter = r.utf8("topic filter");
        if (r.failed())
            break;
        if (auto valid = checkFilter(filter, version); !valid)
            return valid.error();
        p.filters.append(std::move(filter));
    }
    return finish(r, std::move(p));
}

CodecResult<Packet> decodeUnsuback(Reader &r, ProtocolVersion version)
{
    UnsubackPacket p;
    p.packetId = r.u16("packet identifier");
    checkPacketId(r, p.packetId, PacketType::Unsuback);
    if (version == ProtocolVersion::V5) {
        p.properties = detail::readProperties(r, PropertyContext::Unsuback, Direction::ServerToClient);
        if (!r.failed() && r.atEnd())
            return makeError(CodecError::EmptySubscriptionList, statement("UNSUBACK carries no reason code (MQTT 5.0 section 3.11.3)"));
        while (!r.failed() && !r.atEnd()) {
            const quint8 code = r.u8("reason code");
            checkReasonCode(r, PacketType::Unsuback, code);
            p.reasonCodes.append(code);
        }
    }
    checkEnd(r, PacketType::Unsuback);
    return finish(r, std::move(p));
}

// DISCONNECT and AUTH (5.0): reason code and properties may be left out.
template<typename P>
CodecResult<Packet> decodeReasonAndProperties(Reader &r, PacketType type, PropertyContext context,
                                              Direction direction)
{
    P p;
    if (!r.atEnd()) {
        p.reasonCode = r.u8("reason code");
        checkReasonCode(r, type, p.reasonCode);
        if (!r.atEnd())
            p.properties = detail::readProperties(r, context, direction);
    }
    if (type == PacketType::Disconnect && direction == Direction::ServerToClient && !r.failed()
        && p.properties.contains(PropertyId::SessionExpiryInterval))
        r.fail(CodecError::PropertyNotAllowed,
               statement("a server must not send Session Expiry Interval in DISCONNECT (MQTT-3.14.2-2)"));
    checkEnd(r, type);
    return finish(r, std::move(p));
}

CodecResult<void> checkFixedHeaderFlags(PacketType type, quint8 flags, ProtocolVersion version)
{
    switch (type) {
    case PacketType::Publish:
        if (((flags >> 1) & 0x03) == 3)
            return makeError(CodecError::InvalidQoS, statement("PUBLISH with QoS 3 (MQTT-3.3.1-4)"));
        if ((flags & 0x08) && ((flags >> 1) & 0x03) == 0)
            return makeError(CodecError::DupWithQoS0, statement("DUP flag set on a QoS 0 PUBLISH (MQTT-3.3.1-2)"));
        return {};
    case PacketType::Pubrel:
    case PacketType::Subscribe:
    case PacketType::Unsubscribe:
        // MQTT 3.1 clients in the wild leave these flags 0; like Mosquitto we
        // enforce the bits from 3.1.1 on only.
        if (flags != 0x02 && version != ProtocolVersion::V31) {
            const char *id = type == PacketType::Pubrel ? "MQTT-3.6.1-1"
                             : type == PacketType::Subscribe ? "MQTT-3.8.1-1"
                                                             : "MQTT-3.10.1-1";
            return makeError(CodecError::ReservedFlags, QStringLiteral("%1 fixed header flags must be 0010 (%2)")
                                                            .arg(QLatin1String(packetTypeName(type)), QLatin1String(id)));
        }
        return {};
    default:
        if (flags != 0)
            return makeError(CodecError::ReservedFlags,
                             QStringLiteral("%1 fixed header flags must be 0000 (MQTT-2.2.2-1, MQTT-2.2.2-2)")
                                 .arg(QLatin1String(packetTypeName(type))));
        return {};
    }
}

} // namespace

CodecResult<Packet> decodePacketBody(quint8 fixedHeader, QByteArrayView body, const DecodeOptions &options)
{
    const quint8 rawType = fixedHeader >> 4;
    const quint8 flags = fixedHeader & 0x0F;
    const ProtocolVersion version = options.protocolVersion;
    if (rawType == 0 || (rawType == quint8(PacketType::Auth) && version != ProtocolVersion::V5))
        return makeError(CodecError::UnknownPacketType,
                         QStringLiteral("packet type %1 is reserved (MQTT 3.1.1 section 2.2.1)").arg(rawType));
    const auto type = PacketType(rawType);
    if (!allowedInDirection(type, options.direction, version))
        return makeError(CodecError::UnexpectedPacketType,
                         QStringLiteral("%1 may not be sent in this direction").arg(QLatin1String(packetTypeName(type))));
    if (auto ok = checkFixedHeaderFlags(type, flags, version); !ok)
        return ok.error();

    Reader r(body);
    switch (type) {
    case PacketType::Connect:
        return decodeConnect(r, options.direction);
    case PacketType::Connack:
        return decodeConnack(r, version);
    case PacketType::Publish:
        return decodePublish(r, flags, version, options.direction);
    case PacketType::Puback:
    case PacketType::Pubrec:
    case PacketType::Pubrel:
    case PacketType::Pubcomp:
        return decodeAck(r, type, version, body.size());
    case PacketType::Subscribe:
        return decodeSubscribe(r, version, options.direction);
    case PacketType::Suback:
        return decodeSuback(r, version);
    case PacketType::Unsubscribe:
        return decodeUnsubscribe(r, version, options.direction);
    case PacketType::Unsuback:
        return decodeUnsuback(r, version);
    case PacketType::Pingreq:
        checkEnd(r, type);
        return finish(r, PingreqPacket{});
    case PacketType::Pingresp:
        checkEnd(r, type);
        return finish(r, PingrespPacket{});
    case PacketType::Disconnect:
        if (version != ProtocolVersion::V5) {
            checkEnd(r, type);
            return finish(r, DisconnectPacket{});
        }
        return decodeReasonAndProperties<DisconnectPacket>(r, type, PropertyContext::Disconnect, options.direction);
    case PacketType::Auth:
        return decodeReasonAndProperties<AuthPacket>(r, type, PropertyContext::Auth, options.direction);
    }
    return makeError(CodecError::UnknownPacketType, statement("unknown packet type"));
}

CodecResult<Packet> decodePacket(QByteArrayView bytes, const DecodeOptions &options)
{
    if (bytes.isEmpty())
        return makeError(CodecError::Truncated, statement("empty packet"));
    quint32 remainingLength = 0;
    auto used = readVariableByteInteger(bytes.sliced(1), remainingLength);
    if (!used)
        return used.error();
    if (*used == 0)
        return makeError(CodecError::Truncated, statement("packet ends inside the Remaining Length"));
    const qsizetype total = 1 + *used + qsizetype(remainingLength);
    if (bytes.size() < total)
        return makeError(CodecError::Truncated, QStringLiteral("Remaining Length %1 is longer than the %2 bytes given")
                                                    .arg(remainingLength)
                                                    .arg(bytes.size() - 1 - *used));
    if (bytes.size() > total)
        return makeError(CodecError::TrailingBytes, QStringLiteral("%1 bytes follow the packet").arg(bytes.size() - total));
    return decodePacketBody(quint8(bytes[0]), bytes.sliced(1 + *used, remainingLength), options);
}

} // namespace homewire::mqtt
