// Encoding and decoding of whole MQTT control packets over plain buffers.
//
// decodePacket() takes exactly one packet (fixed header included) and returns
// its value or a CodecError naming the broken rule; it never throws, never
// allocates more than the input's size, and never reads past the input.
// Use StreamDecoder to cut a byte stream into packets. encodePacket() appends
// the wire form to a buffer so senders can batch packets into one write.
#pragma once

#include "codecerror.h"
#include "packets.h"

#include <QByteArray>
#include <QByteArrayView>

namespace homewire::mqtt {

struct DecodeOptions
{
    // Protocol level of the connection. A CONNECT carries its own level and is
    // decoded regardless of this value.
    ProtocolVersion protocolVersion = ProtocolVersion::V311;
    Direction direction = Direction::Any;
};

// Decodes one complete packet: `bytes` must hold exactly the fixed header, the
// Remaining Length and the body.
CodecResult<Packet> decodePacket(QByteArrayView bytes, const DecodeOptions &options = {});

// Decodes a body whose fixed header byte and Remaining Length were already read.
CodecResult<Packet> decodePacketBody(quint8 fixedHeader, QByteArrayView body, const DecodeOptions &options);

// Appends the encoded packet to `out`. Fails only for values that cannot be put
// on the wire (an oversized string, packet id 0 on QoS 1, a v5-only packet on
// a v3 connection ...); `out` is left unchanged then.
CodecResult<void> encodePacket(const Packet &packet, ProtocolVersion version, QByteArray &out);

// Convenience for tests and tools.
CodecResult<QByteArray> encodePacket(const Packet &packet, ProtocolVersion version);

// Reads a variable byte integer (section 1.5.5 / 2.2.3). Returns the number of
// bytes used, 0 when more bytes are needed, or an error when malformed.
CodecResult<int> readVariableByteInteger(QByteArrayView bytes, quint32 &value);
void appendVariableByteInteger(QByteArray &out, quint32 value);
int variableByteIntegerSize(quint32 value);

} // namespace homewire::mqtt
