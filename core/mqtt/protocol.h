// Protocol words of MQTT 3.1 (level 3), 3.1.1 (level 4) and 5.0 (level 5):
// packet types, QoS, protocol versions and the v5 reason codes.
// Names follow the specifications' own spelling.
#pragma once

#include <QtGlobal>

#include <cstddef>

namespace homewire::mqtt {

enum class ProtocolVersion : quint8 {
    V31 = 3,  // "MQIsdp"
    V311 = 4, // "MQTT"
    V5 = 5,   // "MQTT"
};

enum class PacketType : quint8 {
    Connect = 1,
    Connack = 2,
    Publish = 3,
    Puback = 4,
    Pubrec = 5,
    Pubrel = 6,
    Pubcomp = 7,
    Subscribe = 8,
    Suback = 9,
    Unsubscribe = 10,
    Unsuback = 11,
    Pingreq = 12,
    Pingresp = 13,
    Disconnect = 14,
    Auth = 15, // MQTT 5.0 only
};

const char *packetTypeName(PacketType type);

enum class QoS : quint8 {
    AtMostOnce = 0,
    AtLeastOnce = 1,
    ExactlyOnce = 2,
};

// Which side sent the bytes being decoded. A server decodes client packets and
// must refuse e.g. a CONNACK; tools that read captures use Any.
enum class Direction : quint8 {
    Any,
    ClientToServer,
    ServerToClient,
};

// The largest Remaining Length the four-byte variable byte integer can carry.
inline constexpr quint32 MaxRemainingLength = 268'435'455;
// Fixed header (1 byte) + largest Remaining Length encoding (4 bytes) + body.
inline constexpr std::size_t MaxPacketSize = 1 + 4 + MaxRemainingLength;
inline constexpr quint32 MaxVariableByteInteger = MaxRemainingLength;

// MQTT 3.1.1 CONNACK return codes (section 3.2.2.3).
enum class ConnectReturnCode : quint8 {
    Accepted = 0,
    UnacceptableProtocolVersion = 1,
    IdentifierRejected = 2,
    ServerUnavailable = 3,
    BadUserNameOrPassword = 4,
    NotAuthorized = 5,
};

// MQTT 3.1.1 SUBACK failure return code (section 3.9.3).
inline constexpr quint8 SubackFailure = 0x80;

// MQTT 5.0 reason codes (section 2.4).
namespace ReasonCode {
inline constexpr quint8 Success = 0x00;
inline constexpr quint8 NormalDisconnection = 0x00;
inline constexpr quint8 GrantedQoS0 = 0x00;
inline constexpr quint8 GrantedQoS1 = 0x01;
inline constexpr quint8 GrantedQoS2 = 0x02;
inline constexpr quint8 DisconnectWithWillMessage = 0x04;
inline constexpr quint8 NoMatchingSubscribers = 0x10;
inline constexpr quint8 NoSubscriptionExisted = 0x11;
inline constexpr quint8 ContinueAuthentication = 0x18;
inline constexpr quint8 ReAuthenticate = 0x19;
inline constexpr quint8 UnspecifiedError = 0x80;
inline constexpr quint8 MalformedPacket = 0x81;
inline constexpr quint8 ProtocolError = 0x82;
inline constexpr quint8 ImplementationSpecificError = 0x83;
inline constexpr quint8 UnsupportedProtocolVersion = 0x84;
inline constexpr quint8 ClientIdentifierNotValid = 0x85;
inline constexpr quint8 BadUserNameOrPassword = 0x86;
inline constexpr quint8 NotAuthorized = 0x87;
inline constexpr quint8 ServerUnavailable = 0x88;
inline constexpr quint8 ServerBusy = 0x89;
inline constexpr quint8 Banned = 0x8A;
inline constexpr quint8 ServerShuttingDown = 0x8B;
inline constexpr quint8 BadAuthenticationMethod = 0x8C;
inline constexpr quint8 KeepAliveTimeout = 0x8D;
inline constexpr quint8 SessionTakenOver = 0x8E;
inline constexpr quint8 TopicFilterInvalid = 0x8F;
inline constexpr quint8 TopicNameInvalid = 0x90;
inline constexpr quint8 PacketIdentifierInUse = 0x91;
inline constexpr quint8 PacketIdentifierNotFound = 0x92;
inline constexpr quint8 ReceiveMaximumExceeded = 0x93;
inline constexpr quint8 TopicAliasInvalid = 0x94;
inline constexpr quint8 PacketTooLarge = 0x95;
inline constexpr quint8 MessageRateTooHigh = 0x96;
inline constexpr quint8 QuotaExceeded = 0x97;
inline constexpr quint8 AdministrativeAction = 0x98;
inline constexpr quint8 PayloadFormatInvalid = 0x99;
inline constexpr quint8 RetainNotSupported = 0x9A;
inline constexpr quint8 QoSNotSupported = 0x9B;
inline constexpr quint8 UseAnotherServer = 0x9C;
inline constexpr quint8 ServerMoved = 0x9D;
inline constexpr quint8 SharedSubscriptionsNotSupported = 0x9E;
inline constexpr quint8 ConnectionRateExceeded = 0x9F;
inline constexpr quint8 MaximumConnectTime = 0xA0;
inline constexpr quint8 SubscriptionIdentifiersNotSupported = 0xA1;
inline constexpr quint8 WildcardSubscriptionsNotSupported = 0xA2;
} // namespace ReasonCode

// Whether `code` is a reason code the v5 specification allows in `type`
// (section 2.4, table 2-6 and the per-packet tables).
bool isValidReasonCode(PacketType type, quint8 code);

} // namespace homewire::mqtt
