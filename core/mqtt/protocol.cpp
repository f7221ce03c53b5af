#include "protocol.h"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace homewire::mqtt {

const char *packetTypeName(PacketType type)
{
    switch (type) {
    case PacketType::Connect: return "CONNECT";
    case PacketType::Connack: return "CONNACK";
    case PacketType::Publish: return "PUBLISH";
    case PacketType::Puback: return "PUBACK";
    case PacketType::Pubrec: return "PUBREC";
    case PacketType::Pubrel: return "PUBREL";
    case PacketType::Pubcomp: return "PUBCOMP";
    case PacketType::Subscribe: return "SUBSCRIBE";
    case PacketType::Suback: return "SUBACK";
    case PacketType::Unsubscribe: return "UNSUBSCRIBE";
    case PacketType::Unsuback: return "UNSUBACK";
    case PacketType::Pingreq: return "PINGREQ";
    case PacketType::Pingresp: return "PINGRESP";
    case PacketType::Disconnect: return "DISCONNECT";
    case PacketType::Auth: return "AUTH";
    }
    return "reserved";
}

namespace {

bool oneOf(quint8 code, std::initializer_list<quint8> codes)
{
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

} // namespace

bool isValidReasonCode(PacketType type, quint8 code)
{
    switch (type) {
    case PacketType::Connack:
        return oneOf(code, {0x00, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
                            0x8A, 0x8C, 0x90, 0x95, 0x97, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9F});
    case PacketType::Puback:
    case PacketType::Pubrec:
        return oneOf(code, {0x00, 0x10, 0x80, 0x83, 0x87, 0x90, 0x91, 0x97, 0x99});
    case PacketType::Pubrel:
    case PacketType::Pubcomp:
        return oneOf(code, {0x00, 0x92});
    case PacketType::Suback:
        return oneOf(code, {0x00, 0x01, 0x02, 0x80, 0x83, 0x87, 0x8F, 0x91, 0x97, 0x9E, 0xA1, 0xA2});
    case PacketType::Unsuback:
        return oneOf(code, {0x00, 0x11, 0x80, 0x83, 0x87, 0x8F, 0x91});
    case PacketType::Disconnect:
        return oneOf(code, {0x00, 0x04, 0x80, 0x81, 0x82, 0x83, 0x87, 0x89, 0x8B, 0x8D, 0x8E, 0x8F, 0x90,
                            0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F,
                            0xA0, 0xA1, 0xA2});
    case PacketType::Auth:
        return oneOf(code, {0x00, 0x18, 0x19});
    default:
        return false;
    }
}

} // namespace homewire::mqtt
