// Internal: bounds-checked reading and two-pass writing of MQTT data types
// (section 1.5: bits, two/four-byte integers, variable byte integers, UTF-8
// strings, binary data). Not part of the module's interface.
#pragma once

#include "codecerror.h"
#include "utf8.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstring>
#include <optional>

namespace homewire::mqtt::detail {

// Reads fields from a packet body. The first error sticks: later reads return
// zero values and do not overwrite it, so a parser can read a group of fields
// and check failed() once.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes) : m_data(bytes.data()), m_size(bytes.size()) {}

    bool failed() const { return m_error.has_value(); }
    const Error<CodecError> &error() const { return *m_error; }
    Error<CodecError> takeError() { return std::move(*m_error); }
    void fail(CodecError code, const QString &message)
    {
        if (!m_error)
            m_error = Error<CodecError>{code, message};
    }

    qsizetype remaining() const { return m_size - m_pos; }
    bool atEnd() const { return m_pos >= m_size; }

    quint8 u8(const char *field)
    {
        if (!need(1, field))
            return 0;
        return quint8(m_data[m_pos++]);
    }
    quint16 u16(const char *field)
    {
        if (!need(2, field))
            return 0;
        const auto *p = reinterpret_cast<const uchar *>(m_data + m_pos);
        m_pos += 2;
        return quint16((p[0] << 8) | p[1]);
    }
    quint32 u32(const char *field)
    {
        if (!need(4, field))
            return 0;
        const auto *p = reinterpret_cast<const uchar *>(m_data + m_pos);
        m_pos += 4;
        return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    }
    quint32 variableByteInteger(const char *field);

    // Two-byte length followed by that many bytes.
    QByteArray binary(const char *field)
    {
        const QByteArrayView view = binaryView(field);
        return failed() ? QByteArray() : QByteArray(view.data(), view.size());
    }
    QByteArrayView binaryView(const char *field)
    {
        const quint16 length = u16(field);
        if (failed() || !need(length, field))
            return {};
        QByteArrayView view(m_data + m_pos, length);
        m_pos += length;
        return view;
    }
    // A binary field that must also be valid MQTT UTF-8.
    QByteArray utf8(const char *field)
    {
        const QByteArrayView view = binaryView(field);
        if (failed())
            return {};
        if (auto valid = validateUtf8(view); !valid) {
            fail(valid.errorCode(), QStringLiteral("%1: %2").arg(QLatin1String(field), valid.error().message));
            return {};
        }
        return QByteArray(view.data(), view.size());
    }
    // Everything that is left.
    QByteArray rest()
    {
        QByteArray bytes(m_data + m_pos, m_size - m_pos);
        m_pos = m_size;
        return bytes;
    }
    QByteArrayView take(qsizetype length, const char *field)
    {
        if (!need(length, field))
            return {};
        QByteArrayView view(m_data + m_pos, length);
        m_pos += length;
        return view;
    }

private:
    bool need(qsizetype bytes, const char *field)
    {
        if (failed())
            return false;
        if (m_size - m_pos < bytes) {
            fail(CodecError::Truncated, QStringLiteral("packet ends inside %1 (needs %2 more bytes, %3 left)")
                                            .arg(QLatin1String(field))
                                            .arg(bytes)
                                            .arg(m_size - m_pos));
            return false;
        }
        return true;
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    std::optional<Error<CodecError>> m_error;
};

// Writers share one interface so a packet is described once and run twice:
// SizeCounter measures (and checks that every field fits), BufferWriter writes.
class SizeCounter
{
public:
    void u8(quint8) { m_size += 1; }
    void u16(quint16) { m_size += 2; }
    void u32(quint32) { m_size += 4; }
    void variableByteInteger(quint32 value);
    void binary(QByteArrayView bytes, const char *field)
    {
        if (bytes.size() > 0xFFFF)
            fail(CodecError::ValueTooLarge,
                 QStringLiteral("%1 is %2 bytes, the limit is 65535").arg(QLatin1String(field)).arg(bytes.size()));
        m_size += 2 + bytes.size();
    }
    void raw(QByteArrayView bytes) { m_size += bytes.size(); }

    void fail(CodecError code, const QString &message)
    {
        if (!m_error)
            m_error = Error<CodecError>{code, message};
    }
    bool failed() const { return m_error.has_value(); }
    const Error<CodecError> &error() const { return *m_error; }
    qsizetype size() const { return m_size; }

private:
    qsizetype m_size = 0;
    std::optional<Error<CodecError>> m_error;
};

class BufferWriter
{
public:
    explicit BufferWriter(char *out) : m_out(out) {}

    void u8(quint8 v) { *m_out++ = char(v); }
    void u16(quint16 v)
    {
        *m_out++ = char(v >> 8);
        *m_out++ = char(v & 0xFF);
    }
    void u32(quint32 v)
    {
        *m_out++ = char(v >> 24);
        *m_out++ = char((v >> 16) & 0xFF);
        *m_out++ = char((v >> 8) & 0xFF);
        *m_out++ = char(v & 0xFF);
    }
    void variableByteInteger(quint32 value)
    {
        do {
            quint8 byte = value % 128;
            value /= 128;
            if (value > 0)
                byte |= 0x80;
            *m_out++ = char(byte);
        } while (value > 0);
    }
    void binary(QByteArrayView bytes, const char *)
    {
        u16(quint16(bytes.size()));
        raw(bytes);
    }
    void raw(QByteArrayView bytes)
    {
        if (!bytes.isEmpty())
            std::memcpy(m_out, bytes.data(), size_t(bytes.size()));
        m_out += bytes.size();
    }
    void fail(CodecError, const QString &) {}
    char *position() const { return m_out; }

private:
    char *m_out;
};

} // namespace homewire::mqtt::detail
