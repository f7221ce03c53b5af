// Values of the MQTT control packets. One struct per packet family; Packet is
// the variant the codec decodes to and encodes from.
//
// Strings are kept as the UTF-8 bytes seen on the wire (QByteArray, implicitly
// shared, so one PUBLISH payload fans out to many subscribers without a copy).
// Fields that only MQTT 5.0 carries (properties, reason codes other than the
// v3 return codes) are ignored when encoding for an older protocol level.
#pragma once

#include "properties.h"
#include "protocol.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <variant>

namespace homewire::mqtt {

struct WillMessage
{
    QByteArray topic;
    QByteArray payload;
    QoS qos = QoS::AtMostOnce;
    bool retain = false;
    Properties properties; // v5 will properties

    friend bool operator==(const WillMessage &, const WillMessage &) = default;
};

struct ConnectPacket
{
    ProtocolVersion protocolVersion = ProtocolVersion::V311;
    bool cleanSession = true; // "Clean Start" in MQTT 5.0
    quint16 keepAlive = 60;
    QByteArray clientId;
    std::optional<WillMessage> will;
    std::optional<QByteArray> userName;
    std::optional<QByteArray> password;
    Properties properties;

    friend bool operator==(const ConnectPacket &, const ConnectPacket &) = default;
};

struct ConnackPacket
{
    bool sessionPresent = false;
    quint8 reasonCode = 0; // v3 return code or v5 reason code
    Properties properties;

    friend bool operator==(const ConnackPacket &, const ConnackPacket &) = default;
};

struct PublishPacket
{
    QByteArray topic;
    QByteArray payload;
    QoS qos = QoS::AtMostOnce;
    bool retain = false;
    bool dup = false;
    quint16 packetId = 0; // only for QoS 1 and 2
    Properties properties;

    friend bool operator==(const PublishPacket &, const PublishPacket &) = default;
};

// PUBACK, PUBREC, PUBREL and PUBCOMP share one shape.
struct AckPacket
{
    PacketType type = PacketType::Puback;
    quint16 packetId = 0;
    quint8 reasonCode = ReasonCode::Success;
    Properties properties;

    friend bool operator==(const AckPacket &, const AckPacket &) = default;
};

enum class RetainHandling : quint8 {
    SendOnSubscribe = 0,
    SendOnNewSubscribe = 1,
    DoNotSend = 2,
};

struct Subscription
{
    QByteArray filter;
    QoS qos = QoS::AtMostOnce;
    bool noLocal = false;           // v5
    bool retainAsPublished = false; // v5
    RetainHandling retainHandling = RetainHandling::SendOnSubscribe;

    friend bool operator==(const Subscription &, const Subscription &) = default;
};

struct SubscribePacket
{
    quint16 packetId = 0;
    QList<Subscription> subscriptions;
    Properties properties;

    friend bool operator==(const SubscribePacket &, const SubscribePacket &) = default;
};

struct SubackPacket
{
    quint16 packetId = 0;
    QList<quint8> reasonCodes; // granted QoS or failure, one per subscription
    Properties properties;

    friend bool operator==(const SubackPacket &, const SubackPacket &) = default;
};

struct UnsubscribePacket
{
    quint16 packetId = 0;
    QList<QByteArray> filters;
    Properties properties;

    friend bool operator==(const UnsubscribePacket &, const UnsubscribePacket &) = default;
};

struct UnsubackPacket
{
    quint16 packetId = 0;
    QList<quint8> reasonCodes; // v5 only; v3 UNSUBACK has no payload
    Properties properties;

    friend bool operator==(const UnsubackPacket &, const UnsubackPacket &) = default;
};

struct PingreqPacket
{
    friend bool operator==(const PingreqPacket &, const PingreqPacket &) = default;
};

struct PingrespPacket
{
    friend bool operator==(const PingrespPacket &, const PingrespPacket &) = default;
};

struct DisconnectPacket
{
    quint8 reasonCode = ReasonCode::NormalDisconnection; // v5
    Properties properties;

    friend bool operator==(const DisconnectPacket &, const DisconnectPacket &) = default;
};

struct AuthPacket // v5 only
{
    quint8 reasonCode = ReasonCode::Success;
    Properties properties;

    friend bool operator==(const AuthPacket &, const AuthPacket &) = default;
};

using Packet = std::variant<ConnectPacket, ConnackPacket, PublishPacket, AckPacket, SubscribePacket,
                            SubackPacket, UnsubscribePacket, UnsubackPacket, PingreqPacket, PingrespPacket,
                            DisconnectPacket, AuthPacket>;

PacketType packetType(const Packet &packet);

} // namespace homewire::mqtt
