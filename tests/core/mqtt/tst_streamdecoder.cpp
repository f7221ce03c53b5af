// StreamDecoder: packets cut out of a byte stream however the bytes arrive.
#include "mqtt/streamdecoder.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace homewire::mqtt;

namespace {

// A realistic session: CONNECT at level 5, then packets whose layout depends
// on the level the CONNECT announced.
QList<Packet> sessionPackets()
{
    QList<Packet> packets;
    ConnectPacket connect;
    connect.protocolVersion = ProtocolVersion::V5;
    connect.clientId = "dash";
    connect.properties.setInteger(PropertyId::SessionExpiryInterval, 60);
    packets.append(connect);
    SubscribePacket sub;
    sub.packetId = 1;
    sub.subscriptions = {Subscription{"home/#", QoS::AtLeastOnce}};
    packets.append(sub);
    for (int i = 0; i < 50; ++i) {
        PublishPacket p;
        p.topic = "home/room" + QByteArray::number(i % 7) + "/temperature";
        p.payload = QByteArray::number(20.0 + i / 10.0);
        p.qos = QoS(i % 3);
        p.packetId = p.qos == QoS::AtMostOnce ? 0 : quint16(i + 1);
        if (i % 5 == 0)
            p.properties.addUserProperty("unit", "C");
        packets.append(p);
        if (p.qos == QoS::ExactlyOnce)
            packets.append(AckPacket{PacketType::Pubrel, p.packetId, 0, {}});
    }
    packets.append(PingreqPacket{});
    packets.append(DisconnectPacket{ReasonCode::NormalDisconnection, {}});
    return packets;
}

QByteArray encodeAll(const QList<Packet> &packets)
{
    QByteArray bytes;
    for (const Packet &p : packets) {
        const bool isConnect = std::holds_alternative<ConnectPacket>(p);
        const auto version = isConnect ? std::get<ConnectPacket>(p).protocolVersion : ProtocolVersion::V5;
        if (!encodePacket(p, version, bytes))
            qFatal("test packet does not encode");
    }
    return bytes;
}

// Feeds `bytes` in chunks of the given sizes (cycled) and drains after each.
QList<Packet> decodeInChunks(const QByteArray &bytes, const QList<int> &chunkSizes, StreamDecoder &decoder)
{
    QList<Packet> out;
    qsizetype pos = 0;
    int k = 0;
    while (pos < bytes.size()) {
        const qsizetype n = qMin<qsizetype>(chunkSizes[k++ % chunkSizes.size()], bytes.size() - pos);
        decoder.feed(bytes.constData() + pos, n);
        pos += n;
        for (;;) {
            auto next = decoder.next();
            if (!next)
                qFatal("unexpected decode error: %s", qPrintable(next.error().message));
            if (!next.value())
                break;
            out.append(*next.value());
        }
    }
    return out;
}

} // namespace

class TestStreamDecoder : public QObject
{
    Q_OBJECT

private slots:
    void chunkings_data();
    void chunkings();
    void randomSplits();
    void manyPacketsInOneRead();
    void emptyDecoderNeedsBytes();
    void switchesToTheConnectLevel();
    void rejectsOversizeBeforeBody();
    void acceptsPacketOfExactlyMaximumSize();
    void errorIsFinal();
    void directionIsEnforced();
    void bufferDoesNotGrowWithTraffic();
};

void TestStreamDecoder::chunkings_data()
{
    QTest::addColumn<QList<int>>("chunks");
    QTest::newRow("byte by byte") << QList<int>{1};
    QTest::newRow("two bytes") << QList<int>{2};
    QTest::newRow("odd sizes") << QList<int>{3, 7, 1, 13};
    QTest::newRow("one MSS") << QList<int>{1460};
    QTest::newRow("everything at once") << QList<int>{1 << 20};
}

void TestStreamDecoder::chunkings()
{
    QFETCH(QList<int>, chunks);
    const QList<Packet> expected = sessionPackets();
    StreamDecoder decoder;
    const QList<Packet> decoded = decodeInChunks(encodeAll(expected), chunks, decoder);
    QCOMPARE(decoded.size(), expected.size());
    QVERIFY(decoded == expected);
    QCOMPARE(decoder.bufferedBytes(), 0);
}

void TestStreamDecoder::randomSplits()
{
    const QList<Packet> expected = sessionPackets();
    const QByteArray bytes = encodeAll(expected);
    QRandomGenerator rng(20261125); // fixed seed: failures reproduce
    for (int round = 0; round < 200; ++round) {
        QList<int> chunks;
        for (int i = 0; i < 16; ++i)
            chunks.append(int(rng.bounded(1, 64)));
        StreamDecoder decoder;
        QVERIFY(decodeInChunks(bytes, chunks, decoder) == expected);
    }
}

void TestStreamDecoder::manyPacketsInOneRead()
{
    QByteArray bytes;
    for (int i = 0; i < 1000; ++i)
        QVERIFY(encodePacket(PingreqPacket{}, ProtocolVersion::V311, bytes).hasValue());
    StreamDecoder decoder;
    decoder.feed(bytes);
    int count = 0;
    while (auto next = decoder.next()) {
        if (!next.value())
            break;
        QVERIFY(std::holds_alternative<PingreqPacket>(*next.value()));
        ++count;
    }
    QCOMPARE(count, 1000);
}

void TestStreamDecoder::emptyDecoderNeedsBytes()
{
    StreamDecoder decoder;
    auto next = decoder.next();
    QVERIFY(next.hasValue());
    QVERIFY(!next.value().has_value());
    decoder.feed(QByteArray::fromHex("30"));
    next = decoder.next();
    QVERIFY(next.hasValue() && !next.value().has_value());
}

void TestStreamDecoder::switchesToTheConnectLevel()
{
    // The same PUBACK bytes with a reason code decode only at level 5.
    ConnectPacket connect;
    connect.protocolVersion = ProtocolVersion::V5;
    connect.clientId = "x";
    QByteArray bytes = encodePacket(connect, ProtocolVersion::V5).value();
    bytes += QByteArray::fromHex("4003000110");
    StreamDecoder decoder;
    QCOMPARE(decoder.protocolVersion(), ProtocolVersion::V311);
    decoder.feed(bytes);
    QVERIFY(decoder.next().value().has_value());
    QCOMPARE(decoder.protocolVersion(), ProtocolVersion::V5);
    auto ack = decoder.next();
    QVERIFY2(ack.hasValue(), ack ? "" : qPrintable(ack.error().message));
    QCOMPARE(std::get<AckPacket>(*ack.value()).reasonCode, ReasonCode::NoMatchingSubscribers);

    StreamDecoder v311;
    v311.feed(QByteArray::fromHex("4003000110"));
    auto rejected = v311.next();
    QVERIFY(!rejected.hasValue());
    QCOMPARE(rejected.errorCode(), CodecError::TrailingBytes);
}

void TestStreamDecoder::rejectsOversizeBeforeBody()
{
    // Remaining Length 268435455: refused from the five header bytes alone.
    StreamDecoder decoder({}, 1024);
    decoder.feed(QByteArray::fromHex("30ffffff7f"));
    auto next = decoder.next();
    QVERIFY(!next.hasValue());
    QCOMPARE(next.errorCode(), CodecError::PacketTooLarge);
    QVERIFY(decoder.bufferedBytes() <= 5);
}

void TestStreamDecoder::acceptsPacketOfExactlyMaximumSize()
{
    PublishPacket p;
    p.topic = "a";
    p.payload = QByteArray(100, 'x');
    const QByteArray bytes = encodePacket(p, ProtocolVersion::V311).value();
    StreamDecoder exact({}, quint32(bytes.size()));
    exact.feed(bytes);
    QVERIFY(exact.next().value().has_value());
    StreamDecoder tooSmall({}, quint32(bytes.size() - 1));
    tooSmall.feed(bytes);
    QCOMPARE(tooSmall.next().errorCode(), CodecError::PacketTooLarge);
}

void TestStreamDecoder::errorIsFinal()
{
    StreamDecoder decoder;
    decoder.feed(QByteArray::fromHex("36 05 0001 61 0001")); // QoS 3
    QCOMPARE(decoder.next().errorCode(), CodecError::InvalidQoS);
    QVERIFY(decoder.hasFailed());
    decoder.feed(QByteArray::fromHex("c000"));
    QCOMPARE(decoder.next().errorCode(), CodecError::InvalidQoS);
}

void TestStreamDecoder::directionIsEnforced()
{
    StreamDecoder server(DecodeOptions{ProtocolVersion::V311, Direction::ClientToServer});
    server.feed(QByteArray::fromHex("20020000")); // CONNACK
    QCOMPARE(server.next().errorCode(), CodecError::UnexpectedPacketType);
    StreamDecoder client(DecodeOptions{ProtocolVersion::V311, Direction::ServerToClient});
    client.feed(QByteArray::fromHex("20020000"));
    QVERIFY(client.next().value().has_value());
}

void TestStreamDecoder::bufferDoesNotGrowWithTraffic()
{
    // 10 MB of traffic through a decoder in 4 KB reads never buffers more
    // than one read plus one packet.
    PublishPacket p;
    p.topic = "sensor/power";
    p.payload = QByteArray(700, 'p');
    QByteArray chunk;
    for (int i = 0; i < 64; ++i)
        QVERIFY(encodePacket(p, ProtocolVersion::V311, chunk).hasValue());
    StreamDecoder decoder;
    qsizetype maxBuffered = 0;
    int packets = 0;
    for (int round = 0; round < 230; ++round) {
        for (qsizetype pos = 0; pos < chunk.size(); pos += 4096) {
            decoder.feed(chunk.constData() + pos, qMin<qsizetype>(4096, chunk.size() - pos));
            maxBuffered = qMax(maxBuffered, decoder.bufferedBytes());
            while (auto next = decoder.next()) {
                if (!next.value())
                    break;
                ++packets;
            }
        }
    }
    QCOMPARE(packets, 230 * 64);
    QVERIFY2(maxBuffered <= 4096 + 720, qPrintable(QString::number(maxBuffered)));
}

QTEST_APPLESS_MAIN(TestStreamDecoder)
#include "tst_streamdecoder.moc"
