// Helpers shared by the integration test executables: raw packet builders for
// malformed input, unique client identifiers and topics, and the checks the
// conformance checklist calls "closed" (the broker ends the connection and
// sends nothing more).
#pragma once

#include "brokertest.h"
#include "mqtt/codec.h"
#include "rawclient.h"

#include <QByteArray>
#include <QtTest>
#include <optional>

namespace it {

inline QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

// A length-prefixed MQTT string (or binary field) holding exactly `bytes`.
inline QByteArray str(const QByteArray &bytes)
{
    QByteArray out;
    out.append(char(quint8(bytes.size() >> 8)));
    out.append(char(quint8(bytes.size() & 0xff)));
    return out + bytes;
}

inline QByteArray u16(quint16 value)
{
    QByteArray out;
    out.append(char(quint8(value >> 8)));
    out.append(char(quint8(value & 0xff)));
    return out;
}

// A packet with any first byte and body; the Remaining Length is computed.
inline QByteArray frame(quint8 firstByte, const QByteArray &body)
{
    QByteArray out(1, char(firstByte));
    homewire::mqtt::appendVariableByteInteger(out, quint32(body.size()));
    return out + body;
}

inline QByteArray connectBytes(quint8 flags, const QByteArray &payload, quint8 level = 4,
                               const QByteArray &protocolName = "MQTT", quint16 keepAlive = 60)
{
    return frame(0x10, str(protocolName) + char(level) + char(flags) + u16(keepAlive) + payload);
}

inline QByteArray publishBytes(quint8 firstByte, const QByteArray &topic, const QByteArray &payload,
                               std::optional<quint16> packetId = std::nullopt)
{
    return frame(firstByte, str(topic) + (packetId ? u16(*packetId) : QByteArray()) + payload);
}

inline QByteArray subscribeBytes(quint8 firstByte, quint16 packetId, const QByteArray &filter, quint8 options)
{
    return frame(firstByte, u16(packetId) + str(filter) + char(options));
}

// Client identifiers unique within a test run, short enough for any 3.1.1 broker.
inline QByteArray clientId(const char *role)
{
    static int counter = 0;
    return QByteArray(role) + QByteArray::number(++counter);
}

// A topic prefix unique within a test run, so retained messages and sessions
// of one test never reach another.
inline QByteArray topicPrefix()
{
    static int counter = 0;
    return "it/" + QByteArray(QTest::currentTestFunction()) + QByteArray::number(++counter);
}

inline homewire::mqtt::WillMessage will(const QByteArray &topic, const QByteArray &payload,
                                        homewire::mqtt::QoS qos = homewire::mqtt::QoS::AtMostOnce,
                                        bool retain = false)
{
    return homewire::mqtt::WillMessage{topic, payload, qos, retain, {}};
}

inline QByteArray fail(const QByteArray &what, const RawClient &client)
{
    return what + " (received: " + client.receivedLog().toHex(' ') + ")";
}

// True when the CONNECT was answered by CONNACK with return code 0.
inline bool connected(const std::optional<homewire::mqtt::ConnackPacket> &connack)
{
    return connack && connack->reasonCode == 0;
}

} // namespace it

// The broker closes the connection and sends nothing (more).
#define HW_VERIFY_CLOSED_SILENTLY(client)                                                                    \
    do {                                                                                                     \
        QVERIFY2((client).waitClosed(),                                                                      \
                 it::fail("the broker did not close the connection", client).constData());                   \
        QVERIFY2((client).unreadBytes().isEmpty(),                                                           \
                 it::fail("the broker sent bytes before closing", client).constData());                      \
    } while (false)

#define HW_VERIFY_CONNECTED(client, id, ...)                                                                 \
    do {                                                                                                     \
        const auto connack_ = (client).connectAs(id __VA_OPT__(, ) __VA_ARGS__);                             \
        QVERIFY2(it::connected(connack_),                                                                    \
                 it::fail("CONNECT of " + QByteArray(id) + " refused", client).constData());                 \
    } while (false)
