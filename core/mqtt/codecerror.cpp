#include "codecerror.h"

#include "protocol.h"

namespace homewire::mqtt {

const char *codecErrorName(CodecError error)
{
    switch (error) {
    case CodecError::MalformedVariableByteInteger: return "malformed variable byte integer";
    case CodecError::PacketTooLarge: return "packet too large";
    case CodecError::UnknownPacketType: return "unknown packet type";
    case CodecError::UnexpectedPacketType: return "unexpected packet type";
    case CodecError::ReservedFlags: return "reserved flags set";
    case CodecError::InvalidQoS: return "invalid QoS";
    case CodecError::DupWithQoS0: return "DUP flag on QoS 0";
    case CodecError::Truncated: return "truncated packet";
    case CodecError::TrailingBytes: return "trailing bytes";
    case CodecError::InvalidUtf8: return "invalid UTF-8";
    case CodecError::NullCharacter: return "U+0000 in string";
    case CodecError::InvalidTopicName: return "invalid topic name";
    case CodecError::InvalidTopicFilter: return "invalid topic filter";
    case CodecError::PacketIdentifierZero: return "packet identifier 0";
    case CodecError::InvalidProtocolName: return "invalid protocol name";
    case CodecError::UnsupportedProtocolLevel: return "unsupported protocol level";
    case CodecError::ReservedConnectFlag: return "reserved CONNECT flag set";
    case CodecError::InvalidWillFlags: return "invalid will flags";
    case CodecError::PasswordWithoutUserName: return "password without user name";
    case CodecError::EmptySubscriptionList: return "no topic filters";
    case CodecError::InvalidSubscriptionOptions: return "invalid subscription options";
    case CodecError::InvalidReasonCode: return "invalid reason code";
    case CodecError::UnknownProperty: return "unknown property";
    case CodecError::PropertyNotAllowed: return "property not allowed";
    case CodecError::DuplicateProperty: return "duplicate property";
    case CodecError::InvalidPropertyValue: return "invalid property value";
    case CodecError::ValueTooLarge: return "value too large";
    }
    return "unknown error";
}

quint8 reasonCodeFor(CodecError error)
{
    switch (error) {
    case CodecError::PacketTooLarge:
        return ReasonCode::PacketTooLarge;
    case CodecError::UnsupportedProtocolLevel:
        return ReasonCode::UnsupportedProtocolVersion;
    case CodecError::InvalidTopicName:
        return ReasonCode::TopicNameInvalid;
    case CodecError::InvalidTopicFilter:
        return ReasonCode::TopicFilterInvalid;
    case CodecError::UnexpectedPacketType:
    case CodecError::DuplicateProperty:
    case CodecError::PropertyNotAllowed:
    case CodecError::InvalidPropertyValue:
    case CodecError::InvalidSubscriptionOptions:
    case CodecError::PacketIdentifierZero:
    case CodecError::InvalidReasonCode:
        return ReasonCode::ProtocolError;
    case CodecError::ValueTooLarge:
        return ReasonCode::ImplementationSpecificError;
    default:
        return ReasonCode::MalformedPacket;
    }
}

} // namespace homewire::mqtt
