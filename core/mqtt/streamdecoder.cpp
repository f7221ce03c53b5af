#include "streamdecoder.h"

namespace homewire::mqtt {

StreamDecoder::StreamDecoder(DecodeOptions options, quint32 maxPacketSize)
    : m_options(options)
    , m_maxPacketSize(maxPacketSize)
{
}

void StreamDecoder::feed(const char *data, qsizetype size)
{
    if (m_failed || size <= 0)
        return;
    compact();
    m_buffer.append(data, size);
}

void StreamDecoder::compact()
{
    // Drop consumed bytes once they dominate the buffer, so appends stay
    // amortised O(1) and the buffer never holds much more than one packet.
    if (m_readPos > 0 && (m_readPos == m_buffer.size() || m_readPos >= m_buffer.size() / 2)) {
        m_buffer.remove(0, m_readPos);
        m_readPos = 0;
    }
}

CodecResult<std::optional<Packet>> StreamDecoder::next()
{
    if (m_failed)
        return *m_failed;
    const qsizetype available = m_buffer.size() - m_readPos;
    if (available < 2)
        return std::optional<Packet>{};
    const char *start = m_buffer.constData() + m_readPos;
    quint32 remainingLength = 0;
    auto used = readVariableByteInteger(QByteArrayView(start + 1, available - 1), remainingLength);
    if (!used) {
        m_failed = used.error();
        return *m_failed;
    }
    if (*used == 0)
        return std::optional<Packet>{};
    const quint64 total = 1 + quint64(*used) + remainingLength;
    if (total > m_maxPacketSize) {
        m_failed = makeError(CodecError::PacketTooLarge,
                             QStringLiteral("packet of %1 bytes exceeds the maximum packet size of %2 bytes")
                                 .arg(total)
                                 .arg(m_maxPacketSize));
        return *m_failed;
    }
    if (quint64(available) < total) {
        // Reserve once for the whole packet instead of growing read by read.
        if (quint64(m_buffer.capacity()) < m_readPos + total)
            m_buffer.reserve(qsizetype(m_readPos + total));
        return std::optional<Packet>{};
    }
    auto packet = decodePacketBody(quint8(start[0]), QByteArrayView(start + 1 + *used, remainingLength), m_options);
    m_readPos += qsizetype(total);
    if (!packet) {
        m_failed = packet.error();
        return *m_failed;
    }
    if (const auto *connect = std::get_if<ConnectPacket>(&packet.value()))
        m_options.protocolVersion = connect->protocolVersion;
    if (m_readPos == m_buffer.size()) {
        m_buffer.clear();
        m_readPos = 0;
    }
    return std::optional<Packet>(std::move(packet).value());
}

} // namespace homewire::mqtt
