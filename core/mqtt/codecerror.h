// Why the codec refused bytes (decoding) or a packet value (encoding).
//
// Every code maps to the MQTT 5.0 reason code a server sends when it closes the
// connection over it (reasonCodeFor), and the Error message names the spec
// statement that was broken, so logs tell a device author exactly what to fix.
#pragma once

#include "common/result.h"

namespace homewire::mqtt {

enum class CodecError : quint8 {
    MalformedVariableByteInteger, // more than 4 bytes, or not minimally encoded
    PacketTooLarge,               // larger than the configured maximum packet size
    UnknownPacketType,            // type 0, or AUTH before MQTT 5.0
    UnexpectedPacketType,         // e.g. a CONNACK sent to a server
    ReservedFlags,                // fixed-header flags that must have a set value
    InvalidQoS,                   // QoS 3
    DupWithQoS0,                  // DUP flag on a QoS 0 PUBLISH
    Truncated,                    // a field runs past the end of the packet
    TrailingBytes,                // bytes left over after the last field
    InvalidUtf8,                  // ill-formed UTF-8 or a surrogate
    NullCharacter,                // U+0000 in a UTF-8 string
    InvalidTopicName,             // empty, too long, or containing + or #
    InvalidTopicFilter,           // wildcard misplaced, empty, bad $share form
    PacketIdentifierZero,         // packet identifier 0 where one is required
    InvalidProtocolName,          // not "MQTT" / "MQIsdp"
    UnsupportedProtocolLevel,     // a level we do not speak
    ReservedConnectFlag,          // CONNECT flags bit 0
    InvalidWillFlags,             // will QoS/retain without a will, will QoS 3
    PasswordWithoutUserName,      // MQTT 3.1.1 forbids it
    EmptySubscriptionList,        // SUBSCRIBE/UNSUBSCRIBE with no topic filter
    InvalidSubscriptionOptions,   // reserved bits, retain handling 3, no-local on a shared subscription
    InvalidReasonCode,            // a reason/return code the packet may not carry
    UnknownProperty,              // a property identifier that does not exist
    PropertyNotAllowed,           // a property that this packet may not carry
    DuplicateProperty,            // the same property twice
    InvalidPropertyValue,         // e.g. Receive Maximum 0, Topic Alias 0
    ValueTooLarge,                // encoding: a string or integer that does not fit its field
};

const char *codecErrorName(CodecError error);

// The MQTT 5.0 reason code a server uses in CONNACK or DISCONNECT for `error`.
quint8 reasonCodeFor(CodecError error);

template<typename T>
using CodecResult = Result<T, CodecError>;

} // namespace homewire::mqtt
