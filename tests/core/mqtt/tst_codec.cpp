// Encoding and decoding of every MQTT control packet at levels 3, 4 and 5:
// golden wire bytes, round trips, variable byte integers and encode errors.
#include "mqtt/codec.h"

#include <QtTest>

using namespace homewire::mqtt;

Q_DECLARE_METATYPE(homewire::mqtt::Packet)

namespace {

Properties richPublishProperties()
{
    Properties p;
    p.setInteger(PropertyId::PayloadFormatIndicator, 1);
    p.setInteger(PropertyId::MessageExpiryInterval, 3600);
    p.setString(PropertyId::ContentType, "application/json");
    p.setString(PropertyId::ResponseTopic, "home/office/lamp/reply");
    p.setString(PropertyId::CorrelationData, QByteArray("\x00\x01\xff", 3));
    p.setInteger(PropertyId::TopicAlias, 7);
    p.addUserProperty("room", "office");
    p.addUserProperty("room", "kitchen"); // repeated names are legal and keep their order
    return p;
}

ConnectPacket fullConnect(ProtocolVersion version)
{
    ConnectPacket c;
    c.protocolVersion = version;
    c.cleanSession = false;
    c.keepAlive = 30;
    c.clientId = "esp32-lamp-01";
    WillMessage will;
    will.topic = "home/office/lamp/status";
    will.payload = "offline";
    will.qos = QoS::AtLeastOnce;
    will.retain = true;
    if (version == ProtocolVersion::V5) {
        will.properties.setInteger(PropertyId::WillDelayInterval, 5);
        will.properties.setString(PropertyId::ContentType, "text/plain");
        c.properties.setInteger(PropertyId::SessionExpiryInterval, 86400);
        c.properties.setInteger(PropertyId::ReceiveMaximum, 20);
        c.properties.setInteger(PropertyId::MaximumPacketSize, 65536);
        c.properties.setInteger(PropertyId::TopicAliasMaximum, 10);
        c.properties.setInteger(PropertyId::RequestProblemInformation, 1);
        c.properties.addUserProperty("firmware", "1.2.3");
    }
    c.will = will;
    c.userName = "lamp";
    c.password = QByteArray("s3cr\x00t", 6);
    return c;
}

} // namespace

class TestCodec : public QObject
{
    Q_OBJECT

private slots:
    void goldenBytes_data();
    void goldenBytes();
    void roundTrip_data();
    void roundTrip();
    void variableByteInteger_data();
    void variableByteInteger();
    void encodeRejectsUnrepresentable_data();
    void encodeRejectsUnrepresentable();
    void encodeAppendsToBuffer();
    void v5OptionalReasonCodesAreShortened();
    void v5AckLengthTwoMeansSuccess();
    void olderLevelsDropV5Fields();
    void largePayload();
    void reasonCodeMapping();
};

// Byte layouts written out by hand from the specification's figures.
void TestCodec::goldenBytes_data()
{
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("bytes");

    {
        ConnectPacket c;
        c.clientId = "a";
        c.keepAlive = 60;
        // 10 0d | 00 04 'MQTT' | 04 | 02 (clean) | 00 3c | 00 01 'a'
        QTest::newRow("CONNECT 3.1.1 minimal [3.1 figure 3.6]")
            << Packet(c) << 4 << QByteArray::fromHex("100d00044d5154540402003c000161");
        c.protocolVersion = ProtocolVersion::V31;
        QTest::newRow("CONNECT 3.1 'MQIsdp' level 3")
            << Packet(c) << 3 << QByteArray::fromHex("100f00064d514973647003 02003c000161");
        c.protocolVersion = ProtocolVersion::V5;
        QTest::newRow("CONNECT 5.0 with empty properties")
            << Packet(c) << 5 << QByteArray::fromHex("100e00044d5154540502003c00000161");
    }
    QTest::newRow("CONNACK session present [MQTT-3.2.2-2]")
        << Packet(ConnackPacket{true, 0, {}}) << 4 << QByteArray::fromHex("20020100");
    QTest::newRow("CONNACK not authorized") << Packet(ConnackPacket{false, 5, {}}) << 4 << QByteArray::fromHex("20020005");
    {
        PublishPacket p;
        p.topic = "a/b";
        p.payload = "on";
        p.qos = QoS::AtLeastOnce;
        p.packetId = 10;
        p.retain = true;
        // 33 09 | 00 03 'a/b' | 00 0a | 'on'
        QTest::newRow("PUBLISH QoS 1 retained") << Packet(p) << 4 << QByteArray::fromHex("3309 0003612f62 000a 6f6e");
    }
    QTest::newRow("PUBREL flags 0010 [MQTT-3.6.1-1]")
        << Packet(AckPacket{PacketType::Pubrel, 0x1234, 0, {}}) << 4 << QByteArray::fromHex("62021234");
    {
        SubscribePacket s;
        s.packetId = 1;
        s.subscriptions = {Subscription{"home/#", QoS::ExactlyOnce}};
        // 82 0b | 00 01 | 00 06 'home/#' | 02
        QTest::newRow("SUBSCRIBE flags 0010 [MQTT-3.8.1-1]")
            << Packet(s) << 4 << QByteArray::fromHex("820b 0001 0006686f6d652f23 02");
    }
    QTest::newRow("SUBACK with failure") << Packet(SubackPacket{1, {0x01, 0x80}, {}}) << 4
                                         << QByteArray::fromHex("900400010180");
    QTest::newRow("UNSUBSCRIBE") << Packet(UnsubscribePacket{2, {"x"}, {}}) << 4 << QByteArray::fromHex("a20500020001 78");
    QTest::newRow("UNSUBACK 3.1.1") << Packet(UnsubackPacket{2, {}, {}}) << 4 << QByteArray::fromHex("b0020002");
    QTest::newRow("PINGREQ") << Packet(PingreqPacket{}) << 4 << QByteArray::fromHex("c000");
    QTest::newRow("PINGRESP") << Packet(PingrespPacket{}) << 4 << QByteArray::fromHex("d000");
    QTest::newRow("DISCONNECT 3.1.1") << Packet(DisconnectPacket{}) << 4 << QByteArray::fromHex("e000");
    QTest::newRow("DISCONNECT 5.0 with will") << Packet(DisconnectPacket{ReasonCode::DisconnectWithWillMessage, {}}) << 5
                                              << QByteArray::fromHex("e00104");
    QTest::newRow("AUTH 5.0 success, short form") << Packet(AuthPacket{}) << 5 << QByteArray::fromHex("f000");
}

void TestCodec::goldenBytes()
{
    QFETCH(Packet, packet);
    QFETCH(int, version);
    QFETCH(QByteArray, bytes);
    const auto v = ProtocolVersion(version);

    auto encoded = encodePacket(packet, v);
    QVERIFY2(encoded.hasValue(), encoded ? "" : qPrintable(encoded.error().message));
    QCOMPARE(encoded.value().toHex(' '), bytes.toHex(' '));

    auto decoded = decodePacket(bytes, DecodeOptions{v, Direction::Any});
    QVERIFY2(decoded.hasValue(), decoded ? "" : qPrintable(decoded.error().message));
    QVERIFY(decoded.value() == packet);
}

void TestCodec::roundTrip_data()
{
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<int>("version");

    for (int level : {3, 4, 5}) {
        const auto v = ProtocolVersion(level);
        const bool v5 = v == ProtocolVersion::V5;
        const QByteArray suffix = " level " + QByteArray::number(level);
        auto row = [&](const char *name, Packet p) {
            QTest::newRow((QByteArray(name) + suffix).constData()) << p << level;
        };

        ConnectPacket connect = fullConnect(v);
        if (v == ProtocolVersion::V31)
            connect.password.reset(); // keep it simple for 3.1: user name only
        row("CONNECT with will, user name and password", connect);
        ConnectPacket bare;
        bare.protocolVersion = v;
        bare.clientId = "";
        row("CONNECT empty client id", bare);

        ConnackPacket connack{v != ProtocolVersion::V31, 0, {}};
        if (v5) {
            connack.properties.setInteger(PropertyId::ReceiveMaximum, 100);
            connack.properties.setInteger(PropertyId::MaximumQoS, 1);
            connack.properties.setInteger(PropertyId::RetainAvailable, 1);
            connack.properties.setString(PropertyId::AssignedClientIdentifier, "auto-1234");
            connack.properties.setInteger(PropertyId::ServerKeepAlive, 120);
            connack.properties.setInteger(PropertyId::TopicAliasMaximum, 16);
            connack.properties.setInteger(PropertyId::SharedSubscriptionAvailable, 1);
        }
        row("CONNACK", connack);

        for (QoS qos : {QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce}) {
            PublishPacket p;
            p.topic = "home/office/lamp";
            p.payload = R"({"state":"on","brightness":80})";
            p.qos = qos;
            p.packetId = qos == QoS::AtMostOnce ? 0 : 65535;
            p.dup = qos != QoS::AtMostOnce;
            p.retain = qos == QoS::ExactlyOnce;
            if (v5)
                p.properties = richPublishProperties();
            row(qPrintable(QStringLiteral("PUBLISH QoS %1").arg(int(qos))), p);
        }
        PublishPacket empty;
        empty.topic = "t";
        row("PUBLISH empty payload (deletes a retained message)", empty);

        for (PacketType t : {PacketType::Puback, PacketType::Pubrec, PacketType::Pubrel, PacketType::Pubcomp}) {
            AckPacket a{t, 42, 0, {}};
            row(packetTypeName(t), a);
            if (v5) {
                a.reasonCode = t == PacketType::Pubrel || t == PacketType::Pubcomp ? ReasonCode::PacketIdentifierNotFound
                                                                                   : ReasonCode::NoMatchingSubscribers;
                a.properties.setString(PropertyId::ReasonString, "nobody listens");
                a.properties.addUserProperty("k", "v");
                row((QByteArray(packetTypeName(t)) + " with reason and properties").constData(), a);
            }
        }

        SubscribePacket sub;
        sub.packetId = 7;
        sub.subscriptions.append(Subscription{"home/+/temperature", QoS::AtLeastOnce});
        sub.subscriptions.append(Subscription{"#", QoS::ExactlyOnce});
        if (v5) {
            sub.subscriptions.append(Subscription{"$share/dash/home/#", QoS::AtMostOnce, false, true,
                                                  RetainHandling::DoNotSend});
            sub.subscriptions.append(Subscription{"a/b", QoS::AtLeastOnce, true, false,
                                                  RetainHandling::SendOnNewSubscribe});
            sub.properties.setInteger(PropertyId::SubscriptionIdentifier, 268'435'455);
        }
        row("SUBSCRIBE", sub);

        SubackPacket suback{7, {0, 1, 2, SubackFailure}, {}};
        if (v5) {
            suback.reasonCodes.append(ReasonCode::TopicFilterInvalid);
            suback.properties.setString(PropertyId::ReasonString, "bad filter");
        }
        row("SUBACK", suback);

        UnsubscribePacket unsub{8, {"home/#", "a/+"}, {}};
        row("UNSUBSCRIBE", unsub);
        UnsubackPacket unsuback{8, {}, {}};
        if (v5)
            unsuback.reasonCodes = {ReasonCode::Success, ReasonCode::NoSubscriptionExisted};
        row("UNSUBACK", unsuback);

        row("PINGREQ", PingreqPacket{});
        row("PINGRESP", PingrespPacket{});
        DisconnectPacket disconnect;
        if (v5) {
            disconnect.reasonCode = ReasonCode::ServerShuttingDown;
            disconnect.properties.setString(PropertyId::ServerReference, "other:1883");
            disconnect.properties.setString(PropertyId::ReasonString, "maintenance");
        }
        row("DISCONNECT", disconnect);
        if (v5) {
            AuthPacket auth{ReasonCode::ContinueAuthentication, {}};
            auth.properties.setString(PropertyId::AuthenticationMethod, "SCRAM-SHA-256");
            auth.properties.setString(PropertyId::AuthenticationData, QByteArray(32, '\x5a'));
            row("AUTH", auth);
        }
    }
}

void TestCodec::roundTrip()
{
    QFETCH(Packet, packet);
    QFETCH(int, version);
    const auto v = ProtocolVersion(version);

    auto encoded = encodePacket(packet, v);
    QVERIFY2(encoded.hasValue(), encoded ? "" : qPrintable(encoded.error().message));
    auto decoded = decodePacket(encoded.value(), DecodeOptions{v, Direction::Any});
    QVERIFY2(decoded.hasValue(), decoded ? "" : qPrintable(decoded.error().message));
    QVERIFY(decoded.value() == packet);
    // Encoding the decoded value gives the same bytes again.
    QCOMPARE(encodePacket(decoded.value(), v).value(), encoded.value());
}

void TestCodec::variableByteInteger_data()
{
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QByteArray>("bytes");
    // The boundaries of table 2.4 in 3.1.1 / table 1-1 in 5.0.
    QTest::newRow("0") << 0u << QByteArray::fromHex("00");
    QTest::newRow("127") << 127u << QByteArray::fromHex("7f");
    QTest::newRow("128") << 128u << QByteArray::fromHex("8001");
    QTest::newRow("16383") << 16383u << QByteArray::fromHex("ff7f");
    QTest::newRow("16384") << 16384u << QByteArray::fromHex("808001");
    QTest::newRow("2097151") << 2097151u << QByteArray::fromHex("ffff7f");
    QTest::newRow("2097152") << 2097152u << QByteArray::fromHex("80808001");
    QTest::newRow("268435455") << 268435455u << QByteArray::fromHex("ffffff7f");
}

void TestCodec::variableByteInteger()
{
    QFETCH(quint32, value);
    QFETCH(QByteArray, bytes);
    QByteArray out;
    appendVariableByteInteger(out, value);
    QCOMPARE(out.toHex(), bytes.toHex());
    QCOMPARE(variableByteIntegerSize(value), bytes.size());
    quint32 decoded = 0;
    auto used = readVariableByteInteger(bytes, decoded);
    QVERIFY(used.hasValue());
    QCOMPARE(used.value(), int(bytes.size()));
    QCOMPARE(decoded, value);
    // Every proper prefix asks for more bytes rather than failing.
    for (qsizetype n = 0; n < bytes.size(); ++n) {
        auto partial = readVariableByteInteger(QByteArrayView(bytes).first(n), decoded);
        QVERIFY(partial.hasValue());
        QCOMPARE(partial.value(), 0);
    }
}

void TestCodec::encodeRejectsUnrepresentable_data()
{
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("error");

    PublishPacket noId;
    noId.topic = "a";
    noId.qos = QoS::AtLeastOnce;
    QTest::newRow("PUBLISH QoS 1 without packet id [MQTT-2.3.1-1]")
        << Packet(noId) << 4 << int(CodecError::PacketIdentifierZero);
    PublishPacket dup;
    dup.topic = "a";
    dup.dup = true;
    QTest::newRow("DUP on QoS 0 [MQTT-3.3.1-2]") << Packet(dup) << 4 << int(CodecError::DupWithQoS0);
    PublishPacket longTopic;
    longTopic.topic = QByteArray(65536, 'a');
    QTest::newRow("topic longer than 65535 bytes") << Packet(longTopic) << 4 << int(CodecError::ValueTooLarge);
    QTest::newRow("AUTH before 5.0") << Packet(AuthPacket{}) << 4 << int(CodecError::UnknownPacketType);
    QTest::newRow("SUBSCRIBE without filters [MQTT-3.8.3-3]")
        << Packet(SubscribePacket{1, {}, {}}) << 4 << int(CodecError::EmptySubscriptionList);
    QTest::newRow("UNSUBSCRIBE id 0") << Packet(UnsubscribePacket{0, {"a"}, {}}) << 4
                                      << int(CodecError::PacketIdentifierZero);
    QTest::newRow("PUBACK id 0") << Packet(AckPacket{PacketType::Puback, 0, 0, {}}) << 4
                                 << int(CodecError::PacketIdentifierZero);
    QTest::newRow("CONNACK v5 code on 3.1.1") << Packet(ConnackPacket{false, ReasonCode::Banned, {}}) << 4
                                              << int(CodecError::InvalidReasonCode);
    ConnectPacket passwordOnly;
    passwordOnly.password = "x";
    QTest::newRow("password without user name [MQTT-3.1.2-22]")
        << Packet(passwordOnly) << 4 << int(CodecError::PasswordWithoutUserName);
    PublishPacket bigSubscriptionId;
    bigSubscriptionId.topic = "a";
    bigSubscriptionId.properties.setInteger(PropertyId::SubscriptionIdentifier, MaxVariableByteInteger + 1);
    QTest::newRow("subscription identifier above 268435455")
        << Packet(bigSubscriptionId) << 5 << int(CodecError::ValueTooLarge);
}

void TestCodec::encodeRejectsUnrepresentable()
{
    QFETCH(Packet, packet);
    QFETCH(int, version);
    QFETCH(int, error);
    QByteArray out("keep");
    auto result = encodePacket(packet, ProtocolVersion(version), out);
    QVERIFY(!result.hasValue());
    QCOMPARE(int(result.errorCode()), error);
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(out, QByteArray("keep")); // nothing half-written
}

void TestCodec::encodeAppendsToBuffer()
{
    QByteArray out;
    QVERIFY(encodePacket(PingreqPacket{}, ProtocolVersion::V311, out).hasValue());
    QVERIFY(encodePacket(AckPacket{PacketType::Puback, 1, 0, {}}, ProtocolVersion::V311, out).hasValue());
    QCOMPARE(out.toHex(), QByteArray("c00040020001"));
}

void TestCodec::v5OptionalReasonCodesAreShortened()
{
    // 3.4.2.1: Success with no properties may omit the reason code.
    QCOMPARE(encodePacket(AckPacket{PacketType::Puback, 1, 0, {}}, ProtocolVersion::V5).value().toHex(),
             QByteArray("40020001"));
    QCOMPARE(encodePacket(AckPacket{PacketType::Puback, 1, ReasonCode::NoMatchingSubscribers, {}}, ProtocolVersion::V5)
                 .value()
                 .toHex(),
             QByteArray("4003000110"));
    QCOMPARE(encodePacket(DisconnectPacket{}, ProtocolVersion::V5).value().toHex(), QByteArray("e000"));
}

void TestCodec::v5AckLengthTwoMeansSuccess()
{
    auto decoded = decodePacket(QByteArray::fromHex("50020009"), {ProtocolVersion::V5, Direction::Any});
    QVERIFY(decoded.hasValue());
    const auto &ack = std::get<AckPacket>(decoded.value());
    QCOMPARE(ack.type, PacketType::Pubrec);
    QCOMPARE(ack.packetId, quint16(9));
    QCOMPARE(ack.reasonCode, ReasonCode::Success);
    // Length 3: reason code without property length.
    decoded = decodePacket(QByteArray::fromHex("7003000992"), {ProtocolVersion::V5, Direction::Any});
    QVERIFY(decoded.hasValue());
    QCOMPARE(std::get<AckPacket>(decoded.value()).reasonCode, ReasonCode::PacketIdentifierNotFound);
}

void TestCodec::olderLevelsDropV5Fields()
{
    PublishPacket p;
    p.topic = "a";
    p.properties = richPublishProperties();
    const QByteArray v4 = encodePacket(p, ProtocolVersion::V311).value();
    QCOMPARE(v4.toHex(), QByteArray("3003000161"));
    AckPacket ack{PacketType::Puback, 3, ReasonCode::NotAuthorized, {}};
    QCOMPARE(encodePacket(ack, ProtocolVersion::V311).value().toHex(), QByteArray("40020003"));
}

void TestCodec::largePayload()
{
    PublishPacket p;
    p.topic = "camera/snapshot";
    p.payload = QByteArray(16 * 1024 * 1024, '\x42');
    p.qos = QoS::AtLeastOnce;
    p.packetId = 1;
    const QByteArray bytes = encodePacket(p, ProtocolVersion::V311).value();
    QCOMPARE(bytes.size(), 1 + 4 + 2 + 15 + 2 + p.payload.size());
    auto decoded = decodePacket(bytes);
    QVERIFY(decoded.hasValue());
    QVERIFY(std::get<PublishPacket>(decoded.value()) == p);
}

void TestCodec::reasonCodeMapping()
{
    QCOMPARE(reasonCodeFor(CodecError::PacketTooLarge), ReasonCode::PacketTooLarge);
    QCOMPARE(reasonCodeFor(CodecError::UnsupportedProtocolLevel), ReasonCode::UnsupportedProtocolVersion);
    QCOMPARE(reasonCodeFor(CodecError::Truncated), ReasonCode::MalformedPacket);
    QCOMPARE(reasonCodeFor(CodecError::DuplicateProperty), ReasonCode::ProtocolError);
    QCOMPARE(reasonCodeFor(CodecError::InvalidTopicName), ReasonCode::TopicNameInvalid);
    for (int e = 0; e <= int(CodecError::ValueTooLarge); ++e)
        QVERIFY(QByteArray(codecErrorName(CodecError(e))) != "unknown error");
}

QTEST_APPLESS_MAIN(TestCodec)
#include "tst_codec.moc"
