// MQTT 3.1.1 server conformance over real sockets: invalid fixed-header
// flags, malformed PUBLISH packets, protocol violations and resource limits
// close the offending connection only (checklist sections 1.5.3, 2.2.2,
// 2.3.1-1, 3.3.1-4, 3.3.2, 3.6.1, 3.8.1, 3.10.1, 4.7.3-1 and 4.8).
// Each data row names the statement it checks.
#include "integrationtest.h"

namespace mqtt = homewire::mqtt;
using mqtt::QoS;

class tst_ConformanceErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HW_START_BROKER(m_broker); }
    void cleanup() { HW_VERIFY_BROKER_ALIVE(m_broker); }
    void cleanupTestCase() { HW_STOP_BROKER(m_broker); }

    void invalidFixedHeaderFlags_data();
    void invalidFixedHeaderFlags();
    void malformedPublish_data();
    void malformedPublish();
    void pubrelFlags();
    void protocolViolationClosesOnlyThatConnection_data();
    void protocolViolationClosesOnlyThatConnection();
    void packetTooLargeClosesOnlyThatConnection();

private:
    quint16 port() const { return m_broker.port(); }

    BrokerProcess m_broker;
};

void tst_ConformanceErrors::invalidFixedHeaderFlags_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("mosquittoDeviation");
    const QByteArray lenient = "Mosquitto 2.0.11 does not check the flags of this packet type";
    QTest::newRow("MQTT-2.2.2-2 PINGREQ C1") << it::hex("c100") << lenient;
    QTest::newRow("MQTT-2.2.2-2 PINGREQ C8") << it::hex("c800") << lenient;
    QTest::newRow("MQTT-2.2.2-2 PUBACK 42") << it::hex("42020001") << lenient;
    QTest::newRow("MQTT-2.2.2-2 PUBREC 51") << it::hex("51020001") << lenient;
    QTest::newRow("MQTT-2.2.2-2 PUBCOMP 78") << it::hex("78020001") << lenient;
    QTest::newRow("MQTT-2.2.2-2 DISCONNECT E2") << it::hex("e200") << QByteArray();
    QTest::newRow("MQTT-3.8.1-1 SUBSCRIBE 80") << it::subscribeBytes(0x80, 1, "a", 0) << QByteArray();
    QTest::newRow("MQTT-3.10.1-1 UNSUBSCRIBE A0")
        << it::frame(0xa0, it::u16(1) + it::str("a")) << QByteArray();
}

void tst_ConformanceErrors::invalidFixedHeaderFlags()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, mosquittoDeviation);
    if (m_broker.isMosquitto() && !mosquittoDeviation.isEmpty())
        QSKIP(mosquittoDeviation.constData());
    RawClient client(port());
    HW_VERIFY_CONNECTED(client, it::clientId("flags"));
    client.sendBytes(bytes);
    HW_VERIFY_CLOSED_SILENTLY(client);
}

void tst_ConformanceErrors::malformedPublish_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("MQTT-1.5.3-1 surrogate D800 in topic") << it::publishBytes(0x30, it::hex("61eda080"), "x");
    QTest::newRow("MQTT-1.5.3-1 stray C3 lead byte in topic") << it::publishBytes(0x30, it::hex("61c3"), "x");
    QTest::newRow("MQTT-1.5.3-2 U+0000 in topic") << it::publishBytes(0x30, QByteArray("a\0b", 3), "x");
    QTest::newRow("MQTT-3.3.2-2 + in topic") << it::publishBytes(0x30, "a/+", "x");
    QTest::newRow("MQTT-3.3.2-2 # in topic") << it::publishBytes(0x30, "a/#", "x");
    QTest::newRow("MQTT-3.3.1-4 QoS 3") << it::publishBytes(0x36, "a", "x", 1);
    QTest::newRow("MQTT-4.7.3-1 empty topic") << it::publishBytes(0x30, QByteArray(), "x");
    QTest::newRow("MQTT-3.3.2-1 topic longer than the packet") << it::hex("300400096162");
    QTest::newRow("MQTT-2.3.1-1 QoS 1 with packet identifier 0") << it::publishBytes(0x32, "a", "x", 0);
    QTest::newRow("MQTT-2.3.1-1 QoS 2 with packet identifier 0") << it::publishBytes(0x34, "a", "x", 0);
}

void tst_ConformanceErrors::malformedPublish()
{
    QFETCH(QByteArray, bytes);
    RawClient client(port());
    HW_VERIFY_CONNECTED(client, it::clientId("bad"));
    client.sendBytes(bytes);
    HW_VERIFY_CLOSED_SILENTLY(client);
}

void tst_ConformanceErrors::pubrelFlags()
{
    // MQTT-3.6.1-1: PUBREL with flags 0000 is malformed: closed, no PUBCOMP.
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    publisher.sendBytes(it::publishBytes(0x34, it::topicPrefix() + "/t", "x", 1));
    QCOMPARE(publisher.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("50020001"));
    publisher.sendBytes(it::hex("60020001"));
    HW_VERIFY_CLOSED_SILENTLY(publisher);
}

void tst_ConformanceErrors::protocolViolationClosesOnlyThatConnection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("mosquittoDeviation");
    // Mosquitto shares its packet handlers with its bridge client, which
    // receives these packets legitimately.
    const QByteArray bridge = "Mosquitto 2.0.11 ignores server-to-client packets sent by a client";
    QTest::newRow("MQTT-4.8.0-1 CONNACK from a client") << it::hex("20020000") << QByteArray();
    QTest::newRow("MQTT-4.8.0-1 reserved type 0") << it::hex("0000") << QByteArray();
    QTest::newRow("MQTT-4.8.0-1 reserved type 15") << it::hex("f000") << QByteArray();
    QTest::newRow("MQTT-4.8.0-1 SUBACK from a client") << it::hex("9003000100") << bridge;
    QTest::newRow("MQTT-4.8.0-1 UNSUBACK from a client") << it::hex("b0020001") << bridge;
    QTest::newRow("MQTT-4.8.0-1 PINGRESP from a client") << it::hex("d000") << bridge;
}

void tst_ConformanceErrors::protocolViolationClosesOnlyThatConnection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, mosquittoDeviation);
    if (m_broker.isMosquitto() && !mosquittoDeviation.isEmpty())
        QSKIP(mosquittoDeviation.constData());
    const QByteArray topic = it::topicPrefix() + "/t";
    RawClient bystander(port());
    HW_VERIFY_CONNECTED(bystander, it::clientId("by"));
    QVERIFY(bystander.subscribe(topic, QoS::AtLeastOnce));

    RawClient client(port());
    HW_VERIFY_CONNECTED(client, it::clientId("bad"));
    client.sendBytes(bytes);
    HW_VERIFY_CLOSED_SILENTLY(client);

    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(topic, "still here", QoS::AtLeastOnce));
    const auto message = bystander.receivePublish();
    QVERIFY(message);
    QCOMPARE(message->payload, QByteArray("still here"));
    QVERIFY(bystander.ping());
}

void tst_ConformanceErrors::packetTooLargeClosesOnlyThatConnection()
{
    // MQTT-4.8.0-2: a packet over the broker's maximum packet size closes that
    // connection only.
    BrokerProcess broker(m_broker.kind());
    broker.setExtraConfig("max_packet_size 1024\n");
    HW_START_BROKER(broker);
    const QByteArray topic = "big/t";
    RawClient bystander(broker.port());
    HW_VERIFY_CONNECTED(bystander, it::clientId("by"));
    QVERIFY(bystander.subscribe("big/#", QoS::AtLeastOnce));

    RawClient client(broker.port());
    HW_VERIFY_CONNECTED(client, it::clientId("big"));
    client.publish(topic, QByteArray(2000, 'x'), QoS::AtLeastOnce, false, RawClient::Flow::SendOnly);
    HW_VERIFY_CLOSED_SILENTLY(client);

    RawClient publisher(broker.port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(topic, QByteArray(900, 's'), QoS::AtLeastOnce));
    const auto message = bystander.receivePublish();
    QVERIFY(message);
    QCOMPARE(message->payload, QByteArray(900, 's'));
    QVERIFY(bystander.expectNoPublish(100));
    HW_STOP_BROKER(broker);
}

QTEST_GUILESS_MAIN(tst_ConformanceErrors)
#include "tst_conformance_errors.moc"
