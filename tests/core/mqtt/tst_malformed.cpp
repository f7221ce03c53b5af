// Malformed and forbidden packets: every row must be refused by decodePacket()
// and by a StreamDecoder fed one byte at a time, with the same CodecError.
//
// Each row holds exactly one defect, so the expected error is unambiguous, and
// its Remaining Length always matches the bytes that follow (except the rows
// about the Remaining Length itself), so a stream decoder sees a whole packet.
// Row names cite the 3.1.1 statement id; rows starting with "v5" cite MQTT 5.0
// ids, or the v5 section ("[v5 3.1.2.11.2]") where the rule has no number.
// Hex strings group the fields: fixed header, remaining length, then the body.

#include "mqtt/codec.h"
#include "mqtt/streamdecoder.h"

#include <QTest>
#include <optional>
#include <variant>

using namespace homewire;
using namespace homewire::mqtt;

namespace {

const int any = int(Direction::Any);
const int toServer = int(Direction::ClientToServer);
const int toClient = int(Direction::ServerToClient);

void addRow(const char *name, int version, int direction, CodecError error, const QByteArray &bytes)
{
    QTest::newRow(name) << bytes << version << direction << int(error);
}

void addFixedHeaderRows()
{
    // PUBLISH, remaining length FF FF FF FF 7F: a fifth length byte
    addRow("remaining length of five bytes [2.2.3]", 4, any, CodecError::MalformedVariableByteInteger,
           QByteArray::fromHex("30 ffffffff7f"));
    // PINGREQ, remaining length 0 encoded in two bytes
    addRow("PINGREQ remaining length 80 00 not minimal [2.2.3]", 4, any,
           CodecError::MalformedVariableByteInteger, QByteArray::fromHex("c0 8000"));
    // PUBLISH, remaining length 5 encoded as 85 00 | topic "a" | payload "xy"
    addRow("PUBLISH remaining length 85 00 not minimal [2.2.3]", 4, any,
           CodecError::MalformedVariableByteInteger, QByteArray::fromHex("30 8500 0001 61 7879"));
    // v5 PINGRESP, remaining length 0 encoded in three bytes
    addRow("v5 remaining length 80 80 00 not minimal [MQTT-1.5.5-1]", 5, any,
           CodecError::MalformedVariableByteInteger, QByteArray::fromHex("d0 808000"));
    // v5 PUBACK | packet id 1 | reason 0 | property length 0 encoded as 80 00
    addRow("v5 property length not minimal [MQTT-1.5.5-1]", 5, any, CodecError::MalformedVariableByteInteger,
           QByteArray::fromHex("40 05 0001 00 8000"));
    // packet type 0, no body
    addRow("packet type 0 [2.2.1]", 4, any, CodecError::UnknownPacketType, QByteArray::fromHex("00 00"));
    // AUTH (type 15), no body: reserved before MQTT 5.0
    addRow("AUTH at level 4 [2.2.1]", 4, any, CodecError::UnknownPacketType, QByteArray::fromHex("f0 00"));
    // CONNECT with flags 0001 | "MQTT" | level 4 | clean | keep alive 60 | empty client id
    addRow("CONNECT flags 0001 [MQTT-2.2.2-2]", 4, any, CodecError::ReservedFlags,
           QByteArray::fromHex("11 0c 0004 4d515454 04 02 003c 0000"));
    // CONNACK with flags 0001 | ack flags 0 | return code 0
    addRow("CONNACK flags 0001 [MQTT-2.2.2-2]", 4, any, CodecError::ReservedFlags,
           QByteArray::fromHex("21 02 00 00"));
    // PUBACK with flags 0010 | packet id 1
    addRow("PUBACK flags 0010 [MQTT-2.2.2-2]", 4, any, CodecError::ReservedFlags,
           QByteArray::fromHex("42 02 0001"));
    // PUBREC with flags 0010 | packet id 1
    addRow("PUBREC flags 0010 [MQTT-2.2.2-2]", 4, any, CodecError::ReservedFlags,
           QByteArray::fromHex("52 02 0001"));
    // PUBCOMP with flags 1000 | packet id 1
    addRow("PUBCOMP flags 1000 [MQTT-2.2.2-2]", 4, any, CodecError::ReservedFlags,
           QByteArray::fromHex("78 02 0001"));
    // SUBACK with flags 0010 | packet id 1 | return code 0
    addRow("SUBACK flags 0010 [MQTT-2.2.2-2]", 4, any, CodecError::ReservedFlags,
           QByteArray::fromHex("92 03 0001 00"));
    // UNSUBACK with flags 0001 | packet id 1
    addRow("UNSUBACK flags 0001 [MQTT-2.2.2-2]", 4, any, CodecError::ReservedFlags,
           QByteArray::fromHex("b1 02 0001"));
    // PINGREQ with flags 0001
    addRow("PINGREQ flags 0001 [MQTT-2.2.2-2]", 4, any, CodecError::ReservedFlags,
           QByteArray::fromHex("c1 00"));
    // PINGRESP with flags 0010
    addRow("PINGRESP flags 0010 [MQTT-2.2.2-2]", 4, any, CodecError::ReservedFlags,
           QByteArray::fromHex("d2 00"));
    // DISCONNECT with flags 0001
    addRow("DISCONNECT flags 0001 [MQTT-3.14.1-1]", 4, any, CodecError::ReservedFlags,
           QByteArray::fromHex("e1 00"));
    // PUBREL with flags 0000 | packet id 1
    addRow("PUBREL flags 0000 at level 4 [MQTT-3.6.1-1]", 4, any, CodecError::ReservedFlags,
           QByteArray::fromHex("60 02 0001"));
    // SUBSCRIBE with flags 0000 | packet id 1 | filter "a" | QoS 0
    addRow("SUBSCRIBE flags 0000 at level 4 [MQTT-3.8.1-1]", 4, any, CodecError::ReservedFlags,
           QByteArray::fromHex("80 06 0001 0001 61 00"));
    // UNSUBSCRIBE with flags 0000 | packet id 1 | filter "a"
    addRow("UNSUBSCRIBE flags 0000 at level 4 [MQTT-3.10.1-1]", 4, any, CodecError::ReservedFlags,
           QByteArray::fromHex("a0 05 0001 0001 61"));
    // v5 AUTH with flags 0001, no body
    addRow("v5 AUTH flags 0001 [MQTT-3.15.1-1]", 5, any, CodecError::ReservedFlags,
           QByteArray::fromHex("f1 00"));
}

void addPublishRows()
{
    // PUBLISH QoS 3 | topic "a" | packet id 1
    addRow("PUBLISH QoS 3 [MQTT-3.3.1-4]", 4, any, CodecError::InvalidQoS,
           QByteArray::fromHex("36 05 0001 61 0001"));
    addRow("v3.1 PUBLISH QoS 3 [as MQTT-3.3.1-4]", 3, any, CodecError::InvalidQoS,
           QByteArray::fromHex("36 05 0001 61 0001"));
    // PUBLISH QoS 0 with DUP | topic "a"
    addRow("PUBLISH QoS 0 with DUP [MQTT-3.3.1-2]", 4, any, CodecError::DupWithQoS0,
           QByteArray::fromHex("38 03 0001 61"));
    // PUBLISH QoS 0 | topic "a/+"
    addRow("PUBLISH topic with + [MQTT-3.3.2-2]", 4, any, CodecError::InvalidTopicName,
           QByteArray::fromHex("30 05 0003 612f2b"));
    // PUBLISH QoS 0 | topic "a/#"
    addRow("PUBLISH topic with # [MQTT-3.3.2-2]", 4, any, CodecError::InvalidTopicName,
           QByteArray::fromHex("30 05 0003 612f23"));
    // PUBLISH QoS 0 | topic "a+": a wildcard inside a level is still a wildcard
    addRow("PUBLISH topic a+ [MQTT-4.7.1-1]", 4, any, CodecError::InvalidTopicName,
           QByteArray::fromHex("30 04 0002 612b"));
    // PUBLISH QoS 0 | empty topic
    addRow("PUBLISH empty topic at level 4 [MQTT-4.7.3-1]", 4, any, CodecError::InvalidTopicName,
           QByteArray::fromHex("30 02 0000"));
    // PUBLISH QoS 1 | topic "a" | packet id 0
    addRow("PUBLISH QoS 1 packet id 0 [MQTT-2.3.1-1]", 4, any, CodecError::PacketIdentifierZero,
           QByteArray::fromHex("32 05 0001 61 0000"));
    // PUBLISH QoS 2 | topic "a" | packet id 0
    addRow("PUBLISH QoS 2 packet id 0 [MQTT-2.3.1-1]", 4, any, CodecError::PacketIdentifierZero,
           QByteArray::fromHex("34 05 0001 61 0000"));
    // PUBLISH QoS 0 | topic length 5 but one byte left
    addRow("PUBLISH topic length past end [MQTT-3.3.2-1]", 4, any, CodecError::Truncated,
           QByteArray::fromHex("30 03 0005 61"));
    // PUBLISH QoS 0 | topic length 65535, nothing follows
    addRow("PUBLISH topic length FF FF past end [MQTT-4.7.3-3]", 4, any, CodecError::Truncated,
           QByteArray::fromHex("30 02 ffff"));
    // PUBLISH QoS 0 | one byte of the topic length
    addRow("PUBLISH half a topic length [MQTT-3.3.2-1]", 4, any, CodecError::Truncated,
           QByteArray::fromHex("30 01 00"));
    // PUBLISH QoS 1 | topic "a" | no packet id
    addRow("PUBLISH QoS 1 without packet id [2.3.1]", 4, any, CodecError::Truncated,
           QByteArray::fromHex("32 03 0001 61"));
    // PUBLISH QoS 0 | topic C0 80 (overlong U+0000)
    addRow("PUBLISH topic overlong C0 80 [MQTT-1.5.3-1]", 4, any, CodecError::InvalidUtf8,
           QByteArray::fromHex("30 04 0002 c080"));
    // PUBLISH QoS 0 | topic "a" U+0000 "b"
    addRow("PUBLISH topic with U+0000 [MQTT-1.5.3-2]", 4, any, CodecError::NullCharacter,
           QByteArray::fromHex("30 05 0003 610062"));
    // PUBLISH QoS 0 | topic ED A0 80 (U+D800)
    addRow("PUBLISH topic surrogate ED A0 80 [MQTT-1.5.3-1]", 4, any, CodecError::InvalidUtf8,
           QByteArray::fromHex("30 05 0003 eda080"));
    // PUBLISH QoS 0 | topic F4 90 80 80 (U+110000)
    addRow("PUBLISH topic above U+10FFFF [MQTT-1.5.3-1]", 4, any, CodecError::InvalidUtf8,
           QByteArray::fromHex("30 06 0004 f4908080"));
    // PUBLISH QoS 0 | topic C3 28 (lead byte without continuation)
    addRow("PUBLISH topic C3 28 [MQTT-3.3.2-1]", 4, any, CodecError::InvalidUtf8,
           QByteArray::fromHex("30 04 0002 c328"));
}

void addConnectRows()
{
    // Fields: protocol name | level | connect flags | keep alive 60 | client id "c" | ...
    addRow("CONNECT protocol name MQTX [MQTT-3.1.2-1]", 4, any, CodecError::InvalidProtocolName,
           QByteArray::fromHex("10 0d 0004 4d515458 04 02 003c 0001 63"));
    addRow("CONNECT MQIsdp with level 4 [MQTT-3.1.2-2]", 4, any, CodecError::UnsupportedProtocolLevel,
           QByteArray::fromHex("10 0f 0006 4d5149736470 04 02 003c 0001 63"));
    addRow("CONNECT MQTT with level 3 [MQTT-3.1.2-2]", 4, any, CodecError::UnsupportedProtocolLevel,
           QByteArray::fromHex("10 0d 0004 4d515454 03 02 003c 0001 63"));
    addRow("CONNECT level 6 [MQTT-3.1.2-2]", 4, any, CodecError::UnsupportedProtocolLevel,
           QByteArray::fromHex("10 0d 0004 4d515454 06 02 003c 0001 63"));
    // flags 03: clean session + reserved bit 0
    addRow("CONNECT reserved flag bit 0 [MQTT-3.1.2-3]", 4, any, CodecError::ReservedConnectFlag,
           QByteArray::fromHex("10 0d 0004 4d515454 04 03 003c 0001 63"));
    // flags 0A: clean + will QoS 1, will flag 0
    addRow("CONNECT will QoS without will flag [MQTT-3.1.2-13]", 4, any, CodecError::InvalidWillFlags,
           QByteArray::fromHex("10 0d 0004 4d515454 04 0a 003c 0001 63"));
    // flags 22: clean + will retain, will flag 0
    addRow("CONNECT will retain without will flag [MQTT-3.1.2-15]", 4, any, CodecError::InvalidWillFlags,
           QByteArray::fromHex("10 0d 0004 4d515454 04 22 003c 0001 63"));
    // flags 1E: clean + will flag + will QoS 3 | will topic "w" | will message "x"
    addRow("CONNECT will QoS 3 [MQTT-3.1.2-14]", 4, any, CodecError::InvalidWillFlags,
           QByteArray::fromHex("10 13 0004 4d515454 04 1e 003c 0001 63 0001 77 0001 78"));
    // flags 42: clean + password, no user name | password "p"
    addRow("CONNECT password without user name [MQTT-3.1.2-22]", 4, any, CodecError::PasswordWithoutUserName,
           QByteArray::fromHex("10 10 0004 4d515454 04 42 003c 0001 63 0001 70"));
    // flags 82: clean + user name, payload ends after the client id
    addRow("CONNECT user name flag without user name [MQTT-3.1.2-19]", 4, any, CodecError::Truncated,
           QByteArray::fromHex("10 0d 0004 4d515454 04 82 003c 0001 63"));
    // flags C2: clean + user name + password | user name "u", no password
    addRow("CONNECT password flag without password [MQTT-3.1.2-21]", 4, any, CodecError::Truncated,
           QByteArray::fromHex("10 10 0004 4d515454 04 c2 003c 0001 63 0001 75"));
    // flags 06: clean + will flag, payload ends after the client id
    addRow("CONNECT will flag without will topic [MQTT-3.1.2-9]", 4, any, CodecError::Truncated,
           QByteArray::fromHex("10 0d 0004 4d515454 04 06 003c 0001 63"));
    // flags 06 | will topic "w", no will message
    addRow("CONNECT will flag without will message [MQTT-3.1.2-9]", 4, any, CodecError::Truncated,
           QByteArray::fromHex("10 10 0004 4d515454 04 06 003c 0001 63 0001 77"));
    // variable header only: no client id
    addRow("CONNECT without client id [MQTT-3.1.3-3]", 4, any, CodecError::Truncated,
           QByteArray::fromHex("10 0a 0004 4d515454 04 02 003c"));
    // client id FF FE
    addRow("CONNECT client id FF FE [MQTT-3.1.3-4]", 4, any, CodecError::InvalidUtf8,
           QByteArray::fromHex("10 0e 0004 4d515454 04 02 003c 0002 fffe"));
    // flags 06 | will topic ED A0 80 | empty will message
    addRow("CONNECT will topic surrogate [MQTT-3.1.3-10]", 4, any, CodecError::InvalidUtf8,
           QByteArray::fromHex("10 14 0004 4d515454 04 06 003c 0001 63 0003 eda080 0000"));
    // flags 82 | user name C0 80
    addRow("CONNECT user name overlong C0 80 [MQTT-3.1.3-11]", 4, any, CodecError::InvalidUtf8,
           QByteArray::fromHex("10 11 0004 4d515454 04 82 003c 0001 63 0002 c080"));
    // flags 02 | client id "c" | a user name string although the flag is 0
    addRow("CONNECT trailing user name without flag [MQTT-3.1.2-18]", 4, any, CodecError::TrailingBytes,
           QByteArray::fromHex("10 10 0004 4d515454 04 02 003c 0001 63 0001 75"));
    // flags 06 | will topic "a/#" | empty will message
    addRow("CONNECT will topic with wildcard [MQTT-4.7.1-1]", 4, any, CodecError::InvalidTopicName,
           QByteArray::fromHex("10 14 0004 4d515454 04 06 003c 0001 63 0003 612f23 0000"));
    // flags 06 | empty will topic | empty will message
    addRow("CONNECT empty will topic [MQTT-4.7.3-1]", 4, any, CodecError::InvalidTopicName,
           QByteArray::fromHex("10 11 0004 4d515454 04 06 003c 0001 63 0000 0000"));
}

void addAckAndDirectionRows()
{
    addRow("CONNACK return code 6 [3.2.2.3]", 4, toClient, CodecError::InvalidReasonCode,
           QByteArray::fromHex("20 02 00 06"));
    // ack flags 02: a reserved bit besides session present
    addRow("CONNACK ack flags bit 1 [3.2.2.1]", 4, any, CodecError::ReservedFlags,
           QByteArray::fromHex("20 02 02 00"));
    addRow("CONNACK remaining length 3 [3.2.1]", 4, any, CodecError::TrailingBytes,
           QByteArray::fromHex("20 03 00 00 00"));
    addRow("CONNACK remaining length 1 [3.2.1]", 4, any, CodecError::Truncated,
           QByteArray::fromHex("20 01 00"));
    // PUBACK | packet id 1 | one extra byte
    addRow("PUBACK remaining length 3 at level 4 [3.4.1]", 4, any, CodecError::TrailingBytes,
           QByteArray::fromHex("40 03 0001 00"));
    addRow("PUBACK remaining length 1 [3.4.1]", 4, any, CodecError::Truncated,
           QByteArray::fromHex("40 01 00"));
    addRow("UNSUBACK remaining length 3 at level 4 [3.11.1]", 4, any, CodecError::TrailingBytes,
           QByteArray::fromHex("b0 03 0001 00"));
    addRow("PINGREQ remaining length 1 [3.12.2]", 4, any, CodecError::TrailingBytes,
           QByteArray::fromHex("c0 01 00"));
    addRow("v3.1 PINGREQ remaining length 1 [3.12.2]", 3, any, CodecError::TrailingBytes,
           QByteArray::fromHex("c0 01 00"));
    addRow("DISCONNECT remaining length 1 at level 4 [3.14.2]", 4, any, CodecError::TrailingBytes,
           QByteArray::fromHex("e0 01 00"));
    // SUBACK | packet id 1 | return code 03
    addRow("SUBACK return code 3 [MQTT-3.9.3-2]", 4, toClient, CodecError::InvalidReasonCode,
           QByteArray::fromHex("90 03 0001 03"));
    addRow("CONNACK sent to a server [MQTT-4.8.0-1]", 4, toServer, CodecError::UnexpectedPacketType,
           QByteArray::fromHex("20 02 00 00"));
    addRow("SUBACK sent to a server [MQTT-4.8.0-1]", 4, toServer, CodecError::UnexpectedPacketType,
           QByteArray::fromHex("90 03 0001 00"));
    addRow("PINGRESP sent to a server [MQTT-4.8.0-1]", 4, toServer, CodecError::UnexpectedPacketType,
           QByteArray::fromHex("d0 00"));
    addRow("CONNECT sent to a client [MQTT-4.8.0-1]", 4, toClient, CodecError::UnexpectedPacketType,
           QByteArray::fromHex("10 0d 0004 4d515454 04 02 003c 0001 63"));
    addRow("SUBSCRIBE sent to a client [MQTT-4.8.0-1]", 4, toClient, CodecError::UnexpectedPacketType,
           QByteArray::fromHex("82 06 0001 0001 61 00"));
    addRow("PINGREQ sent to a client [MQTT-4.8.0-1]", 4, toClient, CodecError::UnexpectedPacketType,
           QByteArray::fromHex("c0 00"));
}

void addSubscribeRows()
{
    // SUBSCRIBE | packet id 1, no payload
    addRow("SUBSCRIBE without filters [MQTT-3.8.3-3]", 4, any, CodecError::EmptySubscriptionList,
           QByteArray::fromHex("82 02 0001"));
    // SUBSCRIBE | packet id 1 | filter "a" | requested QoS ...
    addRow("SUBSCRIBE requested QoS 3 [MQTT-3.8.3-4]", 4, any, CodecError::InvalidQoS,
           QByteArray::fromHex("82 06 0001 0001 61 03"));
    addRow("SUBSCRIBE options reserved bit 2 at level 4 [MQTT-3.8.3-4]", 4, any,
           CodecError::InvalidSubscriptionOptions, QByteArray::fromHex("82 06 0001 0001 61 04"));
    addRow("SUBSCRIBE filter a/#/b [MQTT-4.7.1-2]", 4, any, CodecError::InvalidTopicFilter,
           QByteArray::fromHex("82 0a 0001 0005 612f232f62 00"));
    addRow("SUBSCRIBE filter #a [MQTT-4.7.1-2]", 4, any, CodecError::InvalidTopicFilter,
           QByteArray::fromHex("82 07 0001 0002 2361 00"));
    addRow("SUBSCRIBE filter a+/b [MQTT-4.7.1-3]", 4, any, CodecError::InvalidTopicFilter,
           QByteArray::fromHex("82 09 0001 0004 612b2f62 00"));
    addRow("SUBSCRIBE empty filter [MQTT-4.7.3-1]", 4, any, CodecError::InvalidTopicFilter,
           QByteArray::fromHex("82 05 0001 0000 00"));
    addRow("SUBSCRIBE filter with U+0000 [MQTT-4.7.3-2]", 4, any, CodecError::NullCharacter,
           QByteArray::fromHex("82 08 0001 0003 610062 00"));
    addRow("SUBSCRIBE filter surrogate ED B0 80 [MQTT-3.8.3-1]", 4, any, CodecError::InvalidUtf8,
           QByteArray::fromHex("82 08 0001 0003 edb080 00"));
    addRow("SUBSCRIBE packet id 0 [MQTT-2.3.1-1]", 4, any, CodecError::PacketIdentifierZero,
           QByteArray::fromHex("82 06 0000 0001 61 00"));
    // filter length 5 with one byte left
    addRow("SUBSCRIBE filter length past end [3.8.3]", 4, any, CodecError::Truncated,
           QByteArray::fromHex("82 05 0001 0005 61"));
    // filter "a" without its requested QoS byte
    addRow("SUBSCRIBE filter without QoS byte [3.8.3]", 4, any, CodecError::Truncated,
           QByteArray::fromHex("82 05 0001 0001 61"));
    // UNSUBSCRIBE | packet id 1, no payload
    addRow("UNSUBSCRIBE without filters [MQTT-3.10.3-2]", 4, any, CodecError::EmptySubscriptionList,
           QByteArray::fromHex("a2 02 0001"));
    addRow("UNSUBSCRIBE packet id 0 [MQTT-2.3.1-1]", 4, any, CodecError::PacketIdentifierZero,
           QByteArray::fromHex("a2 05 0000 0001 61"));
    addRow("UNSUBSCRIBE filter C3 28 [MQTT-3.10.3-1]", 4, any, CodecError::InvalidUtf8,
           QByteArray::fromHex("a2 06 0001 0002 c328"));
    addRow("UNSUBSCRIBE filter a#b [MQTT-4.7.1-2]", 4, any, CodecError::InvalidTopicFilter,
           QByteArray::fromHex("a2 07 0001 0003 612362"));
}

void addV5Rows()
{
    // v5 CONNECT: "MQTT" | level 5 | clean | keep alive 60 | properties | client id "c" [| will ...]
    addRow("v5 CONNECT Session Expiry Interval twice [v5 3.1.2.11.2]", 5, any, CodecError::DuplicateProperty,
           QByteArray::fromHex("10 18 0004 4d515454 05 02 003c 0a 110000000a 110000000a 0001 63"));
    // property length 5, three bytes left
    addRow("v5 CONNECT property length past end [v5 2.2.2.1]", 5, any, CodecError::Truncated,
           QByteArray::fromHex("10 0e 0004 4d515454 05 02 003c 05 110000"));
    addRow("v5 CONNECT Topic Alias [v5 2.2.2.2]", 5, any, CodecError::PropertyNotAllowed,
           QByteArray::fromHex("10 11 0004 4d515454 05 02 003c 03 230001 0001 63"));
    addRow("v5 CONNECT property id 0x7F [v5 2.2.2.2]", 5, any, CodecError::UnknownProperty,
           QByteArray::fromHex("10 10 0004 4d515454 05 02 003c 02 7f00 0001 63"));
    addRow("v5 CONNECT Receive Maximum 0 [v5 3.1.2.11.3]", 5, any, CodecError::InvalidPropertyValue,
           QByteArray::fromHex("10 11 0004 4d515454 05 02 003c 03 210000 0001 63"));
    // flags 06 | will properties: Topic Alias 1 | will topic "w" | will message "x"
    addRow("v5 CONNECT Topic Alias in will properties [v5 3.1.3.2]", 5, any, CodecError::PropertyNotAllowed,
           QByteArray::fromHex("10 18 0004 4d515454 05 06 003c 00 0001 63 03 230001 0001 77 0001 78"));
    // v5 PUBLISH QoS 0: topic "a" | properties | payload
    addRow("v5 PUBLISH Payload Format Indicator 2 [v5 3.3.2.3.2]", 5, any, CodecError::InvalidPropertyValue,
           QByteArray::fromHex("30 06 0001 61 02 0102"));
    addRow("v5 PUBLISH Payload Format Indicator twice [v5 3.3.2.3.2]", 5, any, CodecError::DuplicateProperty,
           QByteArray::fromHex("30 08 0001 61 04 0100 0100"));
    addRow("v5 PUBLISH Topic Alias 0 [MQTT-3.3.2-8]", 5, any, CodecError::InvalidPropertyValue,
           QByteArray::fromHex("30 07 0001 61 03 230000"));
    // 30 0a | 00 01 'a' | 06 | 08 00 03 'a/#'
    addRow("v5 PUBLISH Response Topic with a wildcard [MQTT-3.3.2-14]", 5, any,
           CodecError::InvalidPropertyValue, QByteArray::fromHex("30 0a 0001 61 06 08 0003 612f23"));
    addRow("v5 PUBLISH Subscription Identifier 0 [v5 3.3.2.3.8]", 5, toClient,
           CodecError::InvalidPropertyValue, QByteArray::fromHex("30 06 0001 61 02 0b00"));
    addRow("v5 PUBLISH Subscription Identifier from a client [MQTT-3.3.4-6]", 5, toServer,
           CodecError::PropertyNotAllowed, QByteArray::fromHex("30 06 0001 61 02 0b01"));
    addRow("v5 PUBLISH Session Expiry Interval [v5 2.2.2.2]", 5, any, CodecError::PropertyNotAllowed,
           QByteArray::fromHex("30 09 0001 61 05 110000000a"));
    // user property name C3 28, value "v"
    addRow("v5 PUBLISH user property name C3 28 [MQTT-1.5.7-1]", 5, any, CodecError::InvalidUtf8,
           QByteArray::fromHex("30 0c 0001 61 08 26 0002c328 000176"));
    // empty topic, empty properties, no Topic Alias
    addRow("v5 PUBLISH empty topic without Topic Alias [v5 3.3.2.3.4]", 5, any, CodecError::InvalidTopicName,
           QByteArray::fromHex("30 03 0000 00"));
    // v5 SUBSCRIBE: packet id 1 | properties | filter | subscription options
    addRow("v5 SUBSCRIBE without filters [MQTT-3.8.3-2]", 5, any, CodecError::EmptySubscriptionList,
           QByteArray::fromHex("82 03 0001 00"));
    addRow("v5 SUBSCRIBE Subscription Identifier 0 [v5 3.8.2.1.2]", 5, any, CodecError::InvalidPropertyValue,
           QByteArray::fromHex("82 09 0001 02 0b00 0001 61 00"));
    addRow("v5 SUBSCRIBE options reserved bits 6-7 [MQTT-3.8.3-5]", 5, any,
           CodecError::InvalidSubscriptionOptions, QByteArray::fromHex("82 07 0001 00 0001 61 c0"));
    addRow("v5 SUBSCRIBE retain handling 3 [v5 3.8.3.1]", 5, any, CodecError::InvalidSubscriptionOptions,
           QByteArray::fromHex("82 07 0001 00 0001 61 30"));
    addRow("v5 SUBSCRIBE maximum QoS 3 [v5 3.8.3.1]", 5, any, CodecError::InvalidQoS,
           QByteArray::fromHex("82 07 0001 00 0001 61 03"));
    // filter "$share/g/a" with No Local
    addRow("v5 SUBSCRIBE No Local on $share [MQTT-3.8.3-4]", 5, any, CodecError::InvalidSubscriptionOptions,
           QByteArray::fromHex("82 10 0001 00 000a 2473686172652f672f61 04"));
    // filter "$share/grp": no "/" and filter after the share name
    addRow("v5 SUBSCRIBE $share/grp [MQTT-4.8.2-2]", 5, any, CodecError::InvalidTopicFilter,
           QByteArray::fromHex("82 10 0001 00 000a 2473686172652f677270 00"));
    // filter "$share//a": empty share name
    addRow("v5 SUBSCRIBE $share//a [MQTT-4.8.2-1]", 5, any, CodecError::InvalidTopicFilter,
           QByteArray::fromHex("82 0f 0001 00 0009 2473686172652f2f61 00"));
    // filter "$share/g+/a": wildcard in the share name
    addRow("v5 SUBSCRIBE $share/g+/a [MQTT-4.8.2-2]", 5, any, CodecError::InvalidTopicFilter,
           QByteArray::fromHex("82 11 0001 00 000b 2473686172652f672b2f61 00"));
    // v5 acks: packet id 1 | reason code [| properties]
    addRow("v5 PUBACK reason code 0x05 [MQTT-3.4.2-1]", 5, any, CodecError::InvalidReasonCode,
           QByteArray::fromHex("40 03 0001 05"));
    addRow("v5 PUBACK property length past end [v5 2.2.2.1]", 5, any, CodecError::Truncated,
           QByteArray::fromHex("40 04 0001 00 05"));
    addRow("v5 PUBACK Topic Alias [v5 3.4.2.2]", 5, any, CodecError::PropertyNotAllowed,
           QByteArray::fromHex("40 07 0001 00 03 230001"));
    addRow("v5 DISCONNECT reason code 0xFF [MQTT-3.14.2-1]", 5, any, CodecError::InvalidReasonCode,
           QByteArray::fromHex("e0 01 ff"));
    // v5 DISCONNECT | reason 0 | properties: Session Expiry Interval 10
    addRow("v5 DISCONNECT Session Expiry Interval from a server [MQTT-3.14.2-2]", 5, toClient,
           CodecError::PropertyNotAllowed, QByteArray::fromHex("e0 07 00 05 110000000a"));
    addRow("v5 AUTH reason code 0x01 [MQTT-3.15.2-1]", 5, any, CodecError::InvalidReasonCode,
           QByteArray::fromHex("f0 02 01 00"));
    addRow("v5 CONNACK ack flags bit 1 [MQTT-3.2.2-1]", 5, any, CodecError::ReservedFlags,
           QByteArray::fromHex("20 03 02 00 00"));
    addRow("v5 CONNACK reason code 0x05 [MQTT-3.2.2-8]", 5, toClient, CodecError::InvalidReasonCode,
           QByteArray::fromHex("20 03 00 05 00"));
    addRow("v5 SUBACK reason code 0x03 [MQTT-3.9.3-2]", 5, toClient, CodecError::InvalidReasonCode,
           QByteArray::fromHex("90 04 0001 00 03"));
    addRow("v5 UNSUBACK reason code 0x01 [MQTT-3.11.3-2]", 5, toClient, CodecError::InvalidReasonCode,
           QByteArray::fromHex("b0 04 0001 00 01"));
}

void addMalformedRows()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("protocolVersion");
    QTest::addColumn<int>("direction");
    QTest::addColumn<int>("expectedError");

    addFixedHeaderRows();
    addPublishRows();
    addConnectRows();
    addAckAndDirectionRows();
    addSubscribeRows();
    addV5Rows();
}

DecodeOptions optionsFor(int protocolVersion, int direction)
{
    DecodeOptions options;
    options.protocolVersion = ProtocolVersion(protocolVersion);
    options.direction = Direction(direction);
    return options;
}

} // namespace

class TestMalformed : public QObject
{
    Q_OBJECT

private slots:
    void decode_data() { addMalformedRows(); }
    void decode();
    void streamDecoderRejects_data() { addMalformedRows(); }
    void streamDecoderRejects();

    void rejectsPacketLargerThanMaximumBeforeBody();
    void v31AcceptsPubrelWithoutQoSFlag();
    void v31AcceptsSubscribeWithoutQoSFlag_data();
    void v31AcceptsSubscribeWithoutQoSFlag();
    void v311TreatsSharePrefixAsPlainFilter();
    void v5AcceptsEmptyTopicWithTopicAlias();
};

void TestMalformed::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, protocolVersion);
    QFETCH(int, direction);
    QFETCH(int, expectedError);

    const auto result = decodePacket(bytes, optionsFor(protocolVersion, direction));
    QVERIFY(!result.hasValue());
    QCOMPARE(int(result.errorCode()), expectedError);
    QVERIFY(!result.error().message.isEmpty());
}

void TestMalformed::streamDecoderRejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, protocolVersion);
    QFETCH(int, direction);
    QFETCH(int, expectedError);

    StreamDecoder decoder(optionsFor(protocolVersion, direction));
    std::optional<Error<CodecError>> error;
    for (qsizetype i = 0; i < bytes.size() && !error; ++i) {
        decoder.feed(bytes.constData() + i, 1);
        auto result = decoder.next();
        if (!result.hasValue())
            error = result.error();
        else
            QVERIFY2(!result.value().has_value(), "a packet came out of malformed bytes");
    }
    QVERIFY2(error.has_value(), "all bytes fed without an error");
    QCOMPARE(int(error->code), expectedError);
    QVERIFY(!error->message.isEmpty());
    QVERIFY(decoder.hasFailed());

    // Errors are final: asking again, or feeding a valid PINGREQ, changes nothing.
    auto again = decoder.next();
    QVERIFY(!again.hasValue());
    QCOMPARE(int(again.errorCode()), expectedError);
    decoder.feed(QByteArray::fromHex("c0 00"));
    again = decoder.next();
    QVERIFY(!again.hasValue());
    QCOMPARE(int(again.errorCode()), expectedError);
}

void TestMalformed::rejectsPacketLargerThanMaximumBeforeBody()
{
    StreamDecoder decoder(optionsFor(4, any), 100);
    // PUBLISH QoS 1 announcing a remaining length of 1000 (E8 07); no body follows.
    decoder.feed(QByteArray::fromHex("32 e807"));
    const auto result = decoder.next();
    QVERIFY(!result.hasValue());
    QCOMPARE(result.errorCode(), CodecError::PacketTooLarge);
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(decoder.hasFailed());
}

void TestMalformed::v31AcceptsPubrelWithoutQoSFlag()
{
    // MQTT 3.1 clients send PUBREL as 60; Mosquitto checks the flags from 3.1.1 on only.
    const auto result = decodePacket(QByteArray::fromHex("60 02 0007"), optionsFor(3, any));
    QVERIFY(result.hasValue());
    const auto *ack = std::get_if<AckPacket>(&result.value());
    QVERIFY(ack);
    QCOMPARE(ack->type, PacketType::Pubrel);
    QCOMPARE(ack->packetId, quint16(7));
}

void TestMalformed::v31AcceptsSubscribeWithoutQoSFlag_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("type");
    // SUBSCRIBE flags 0000 | packet id 1 | filter "a" | QoS 1
    QTest::newRow("SUBSCRIBE 80") << QByteArray::fromHex("80 06 0001 0001 61 01")
                                  << int(PacketType::Subscribe);
    // UNSUBSCRIBE flags 0000 | packet id 1 | filter "a"
    QTest::newRow("UNSUBSCRIBE A0") << QByteArray::fromHex("a0 05 0001 0001 61")
                                    << int(PacketType::Unsubscribe);
}

void TestMalformed::v31AcceptsSubscribeWithoutQoSFlag()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, type);
    const auto result = decodePacket(bytes, optionsFor(3, any));
    QVERIFY(result.hasValue());
    QCOMPARE(int(packetType(result.value())), type);
}

void TestMalformed::v311TreatsSharePrefixAsPlainFilter()
{
    // "$share//a" is a shared-subscription error only in MQTT 5.0; before that it
    // is an ordinary filter with an empty level. SUBSCRIBE | id 1 | filter | QoS 0
    const auto result =
        decodePacket(QByteArray::fromHex("82 0e 0001 0009 2473686172652f2f61 00"), optionsFor(4, any));
    QVERIFY(result.hasValue());
    const auto *subscribe = std::get_if<SubscribePacket>(&result.value());
    QVERIFY(subscribe);
    QCOMPARE(subscribe->subscriptions.size(), qsizetype(1));
    QCOMPARE(subscribe->subscriptions.first().filter, QByteArray("$share//a"));
}

void TestMalformed::v5AcceptsEmptyTopicWithTopicAlias()
{
    // v5 PUBLISH QoS 0 | empty topic | properties: Topic Alias 1 | payload "x" (v5 3.3.2.3.4)
    const auto result = decodePacket(QByteArray::fromHex("30 07 0000 03 230001 78"), optionsFor(5, any));
    QVERIFY(result.hasValue());
    const auto *publish = std::get_if<PublishPacket>(&result.value());
    QVERIFY(publish);
    QVERIFY(publish->topic.isEmpty());
    QCOMPARE(publish->properties.integer(PropertyId::TopicAlias).value_or(0), quint32(1));
    QCOMPARE(publish->payload, QByteArray("x"));
}

QTEST_APPLESS_MAIN(TestMalformed)
#include "tst_malformed.moc"
