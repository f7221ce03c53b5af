// StreamDecoder: cuts a TCP byte stream into MQTT packets.
//
// Bytes arrive in any grouping: partial reads, many packets in one read, one
// packet split byte by byte. feed() appends them; next() returns each complete
// packet in order, nullopt when it needs more bytes, or an error. Errors are
// final: the connection must be closed, and next() keeps returning the error.
//
// The maximum packet size is checked as soon as the fixed header and Remaining
// Length are known, before the body is buffered, so a peer cannot make us hold
// more than one maximum-size packet plus one read.
//
// After a CONNECT has been decoded, later packets are decoded at its protocol
// level (a server needs no other setup).
#pragma once

#include "codec.h"

#include <QByteArray>

#include <optional>

namespace homewire::mqtt {

class StreamDecoder
{
public:
    explicit StreamDecoder(DecodeOptions options = {}, quint32 maxPacketSize = MaxPacketSize);

    void setMaximumPacketSize(quint32 bytes) { m_maxPacketSize = bytes; }
    quint32 maximumPacketSize() const { return m_maxPacketSize; }
    void setProtocolVersion(ProtocolVersion version) { m_options.protocolVersion = version; }
    ProtocolVersion protocolVersion() const { return m_options.protocolVersion; }

    void feed(const char *data, qsizetype size);
    void feed(QByteArrayView bytes) { feed(bytes.data(), bytes.size()); }

    CodecResult<std::optional<Packet>> next();

    // Bytes received but not yet returned as packets.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_readPos; }
    bool hasFailed() const { return m_failed.has_value(); }

private:
    void compact();

    DecodeOptions m_options;
    quint32 m_maxPacketSize;
    QByteArray m_buffer;
    qsizetype m_readPos = 0;
    std::optional<Error<CodecError>> m_failed;
};

} // namespace homewire::mqtt
