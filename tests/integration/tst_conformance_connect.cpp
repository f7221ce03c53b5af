// MQTT 3.1.1 server conformance over real sockets: CONNECT validation, client
// identifiers, CONNACK and PINGREQ (checklist sections 3.1, 3.2 and 3.12;
// sessions, wills, keep-alive and DISCONNECT are in tst_conformance_session).
// Each test or data row names the statement it checks.
#include "integrationtest.h"

namespace mqtt = homewire::mqtt;
using mqtt::QoS;

class tst_ConformanceConnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // One user, for the refused-login cases; anonymous clients still get in.
        m_broker.addUser("alice", "right-password");
        HW_START_BROKER(m_broker);
    }
    void cleanup() { HW_VERIFY_BROKER_ALIVE(m_broker); }
    void cleanupTestCase() { HW_STOP_BROKER(m_broker); }

    void firstPacketMustBeConnect_data();
    void firstPacketMustBeConnect();
    void secondConnectCloses();
    void protocolName_data();
    void protocolName();
    void unsupportedProtocolLevel_data();
    void unsupportedProtocolLevel();
    void malformedConnect_data();
    void malformedConnect();
    void clientIdentifierAccepted_data();
    void clientIdentifierAccepted();
    void emptyClientIdAssigned();
    void emptyClientIdWithPersistentSession();
    void connackAccepted();
    void refusedConnectIgnoresRest_data();
    void refusedConnectIgnoresRest();
    void connackIsFirst();
    void refusedConnackHasNoSessionPresent();
    void refusedLoginIgnoresRest();
    void refusedLoginKeepsStoredSession();
    void pingresp();

private:
    quint16 port() const { return m_broker.port(); }

    BrokerProcess m_broker;
};

void tst_ConformanceConnect::firstPacketMustBeConnect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("MQTT-3.1.0-1 PINGREQ first") << it::hex("c000");
    QTest::newRow("MQTT-3.1.0-1 SUBSCRIBE first") << it::subscribeBytes(0x82, 1, "a", 0);
    QTest::newRow("MQTT-3.1.0-1 PUBLISH first") << it::publishBytes(0x30, "a", "x");
}

void tst_ConformanceConnect::firstPacketMustBeConnect()
{
    QFETCH(QByteArray, bytes);
    RawClient client(port());
    QVERIFY(client.open());
    client.sendBytes(bytes);
    HW_VERIFY_CLOSED_SILENTLY(client);
}

void tst_ConformanceConnect::secondConnectCloses()
{
    // MQTT-3.1.0-2: a second CONNECT is a protocol violation; no second CONNACK.
    RawClient client(port());
    QVERIFY(client.open());
    const QByteArray connect = it::connectBytes(0x02, it::str(it::clientId("twice")));
    client.sendBytes(connect);
    QCOMPARE(client.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("20020000"));
    client.sendBytes(connect);
    HW_VERIFY_CLOSED_SILENTLY(client);
}

void tst_ConformanceConnect::protocolName_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("MQTT-3.1.2-1 MQTX") << QByteArray("MQTX");
    QTest::newRow("MQTT-3.1.2-1 lower-case mqtt") << QByteArray("mqtt");
}

void tst_ConformanceConnect::protocolName()
{
    // The server may close or answer as another protocol, but never accept it as 3.1.1.
    QFETCH(QByteArray, name);
    RawClient client(port());
    QVERIFY(client.open());
    client.sendBytes(it::connectBytes(0x02, it::str(it::clientId("name")), 4, name));
    QVERIFY2(client.waitClosed(), it::fail("not closed", client).constData());
    const QByteArray reply = client.receivedLog();
    QVERIFY2(reply.isEmpty() || (reply.startsWith(it::hex("2002")) && reply.size() >= 4 && reply.at(3) != 0),
             it::fail("accepted as MQTT 3.1.1", client).constData());
}

void tst_ConformanceConnect::unsupportedProtocolLevel_data()
{
    QTest::addColumn<int>("level");
    QTest::newRow("MQTT-3.1.2-2 level 0x7F") << 0x7f;
    QTest::newRow("MQTT-3.1.2-2 level 6") << 6;
    QTest::newRow("MQTT-3.1.2-2 level 0") << 0;
}

void tst_ConformanceConnect::unsupportedProtocolLevel()
{
    QFETCH(int, level);
    RawClient client(port());
    QVERIFY(client.open());
    client.sendBytes(it::connectBytes(0x02, it::str(it::clientId("level")), quint8(level)));
    QCOMPARE(client.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("20020001"));
    HW_VERIFY_CLOSED_SILENTLY(client); // MQTT-3.2.2-5
}

void tst_ConformanceConnect::malformedConnect_data()
{
    // MQTT-3.1.4-1: an invalid CONNECT is closed without any CONNACK.
    QTest::addColumn<int>("flags");
    QTest::addColumn<QByteArray>("payload");
    const QByteArray id = it::str("malformed");
    QTest::newRow("MQTT-3.1.2-3 reserved flag bit") << 0x03 << id;
    QTest::newRow("MQTT-3.1.2-13 will QoS 1 without will flag") << 0x0a << id;
    QTest::newRow("MQTT-3.1.2-14 will QoS 3") << 0x1e << id + it::str("w") + it::str("m");
    QTest::newRow("MQTT-3.1.2-15 will retain without will flag") << 0x22 << id;
    QTest::newRow("MQTT-3.1.2-22 password without user name") << 0x42 << id + it::str("pw");
    QTest::newRow("MQTT-3.1.3-3 no client identifier") << 0x02 << QByteArray();
    QTest::newRow("MQTT-3.1.2-9 will flag without will fields") << 0x06 << id;
    QTest::newRow("MQTT-3.1.2-19 user name flag without user name") << 0x82 << id;
    QTest::newRow("MQTT-3.1.2-21 password flag without password") << 0xc2 << id + it::str("user");
    QTest::newRow("MQTT-3.1.2-11 will fields without will flag") << 0x02 << id + it::str("w") + it::str("m");
    QTest::newRow("MQTT-3.1.2-18 user name without user name flag") << 0x02 << id + it::str("user");
    QTest::newRow("MQTT-3.1.3-4 client identifier FF FE") << 0x02 << it::str(it::hex("fffe"));
    QTest::newRow("MQTT-3.1.3-10 will topic with a surrogate")
        << 0x06 << id + it::str(it::hex("61eda080")) + it::str("m");
    QTest::newRow("MQTT-3.1.3-11 user name C0 80") << 0x82 << id + it::str(it::hex("c080"));
}

void tst_ConformanceConnect::malformedConnect()
{
    QFETCH(int, flags);
    QFETCH(QByteArray, payload);
    RawClient client(port());
    QVERIFY(client.open());
    client.sendBytes(it::connectBytes(quint8(flags), payload));
    HW_VERIFY_CLOSED_SILENTLY(client);
}

void tst_ConformanceConnect::clientIdentifierAccepted_data()
{
    QTest::addColumn<QByteArray>("clientId");
    QTest::newRow("MQTT-3.1.3-5 23 alphanumerics") << QByteArray("0123456789abcdefghijKLM");
    QTest::newRow("MQTT-3.1.3-5 one character") << QByteArray("a");
}

void tst_ConformanceConnect::clientIdentifierAccepted()
{
    QFETCH(QByteArray, clientId);
    RawClient client(port());
    QVERIFY(client.open());
    client.sendBytes(it::connectBytes(0x02, it::str(clientId)));
    QCOMPARE(client.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("20020000"));
}

void tst_ConformanceConnect::emptyClientIdAssigned()
{
    // MQTT-3.1.3-6: an accepted empty client identifier gets a unique one.
    const QByteArray prefix = it::topicPrefix();
    RawClient first(port());
    RawClient second(port());
    HW_VERIFY_CONNECTED(first, QByteArray(), true);
    HW_VERIFY_CONNECTED(second, QByteArray(), true);
    QVERIFY2(first.ping(), "the second empty client identifier took over the first session");
    QVERIFY(first.subscribe(prefix + "/1", QoS::AtLeastOnce));
    QVERIFY(second.subscribe(prefix + "/2", QoS::AtLeastOnce));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(prefix + "/1", "one", QoS::AtLeastOnce));
    QVERIFY(publisher.publish(prefix + "/2", "two", QoS::AtLeastOnce));
    const auto one = first.receivePublish();
    const auto two = second.receivePublish();
    QVERIFY(one && two);
    QCOMPARE(one->payload, QByteArray("one"));
    QCOMPARE(two->payload, QByteArray("two"));
    QVERIFY(first.expectNoPublish(100) && second.expectNoPublish(100));
}

void tst_ConformanceConnect::emptyClientIdWithPersistentSession()
{
    // MQTT-3.1.3-8: empty client identifier with CleanSession 0 gets 0x02 and a close.
    RawClient client(port());
    QVERIFY(client.open());
    client.sendBytes(it::connectBytes(0x00, it::str(QByteArray())));
    QCOMPARE(client.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("20020002"));
    HW_VERIFY_CLOSED_SILENTLY(client);
}

void tst_ConformanceConnect::connackAccepted()
{
    // MQTT-3.1.4-4: a valid CONNECT is answered with return code 0.
    RawClient client(port());
    QVERIFY(client.open());
    client.sendBytes(it::connectBytes(0x02, it::str(it::clientId("min"))));
    QCOMPARE(client.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("20020000"));
    QVERIFY(client.expectSilence());
}

void tst_ConformanceConnect::refusedConnectIgnoresRest_data()
{
    QTest::addColumn<int>("flags");
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("emptyId");
    QTest::addColumn<QByteArray>("connack");
    QTest::newRow("MQTT-3.1.4-5 unsupported level") << 0x02 << 0x7f << false << it::hex("20020001");
    QTest::newRow("MQTT-3.1.4-5 empty id with CleanSession 0") << 0x00 << 4 << true << it::hex("20020002");
}

void tst_ConformanceConnect::refusedConnectIgnoresRest()
{
    QFETCH(int, flags);
    QFETCH(int, level);
    QFETCH(bool, emptyId);
    QFETCH(QByteArray, connack);
    const QByteArray topic = it::topicPrefix() + "/z";
    RawClient client(port());
    QVERIFY(client.open());
    const QByteArray id = emptyId ? QByteArray() : it::clientId("refused");
    client.sendBytes(it::connectBytes(quint8(flags), it::str(id), quint8(level)) +
                     it::publishBytes(0x31, topic, "must not be stored"));
    QCOMPARE(client.rawRead(RawClient::DefaultTimeoutMs, 4), connack);
    HW_VERIFY_CLOSED_SILENTLY(client);

    RawClient late(port());
    HW_VERIFY_CONNECTED(late, it::clientId("late"));
    QVERIFY(late.subscribe(topic, QoS::AtLeastOnce));
    QVERIFY2(late.expectNoPublish(), "the PUBLISH after a refused CONNECT was processed");
}

void tst_ConformanceConnect::connackIsFirst()
{
    // MQTT-3.2.0-1: CONNACK comes first, even when more packets were pipelined.
    RawClient client(port());
    QVERIFY(client.open());
    client.sendBytes(it::connectBytes(0x02, it::str(it::clientId("first"))) +
                     it::subscribeBytes(0x82, 1, it::topicPrefix() + "/a", 0));
    QCOMPARE(client.rawRead(RawClient::DefaultTimeoutMs, 9), it::hex("20020000"
                                                                     "9003000100"));
}

void tst_ConformanceConnect::refusedConnackHasNoSessionPresent()
{
    // MQTT-3.2.2-4: a non-zero return code comes with Session Present 0, even
    // when the client identifier has a stored session; MQTT-3.2.2-5: then closed.
    const QByteArray id = it::clientId("stored");
    {
        RawClient client(port());
        HW_VERIFY_CONNECTED(client, id, false);
        QVERIFY(client.subscribe(it::topicPrefix() + "/t", QoS::AtLeastOnce));
        client.disconnect();
    }
    RawClient refused(port());
    QVERIFY(refused.open());
    refused.sendBytes(it::connectBytes(0x00, it::str(id), 0x7f));
    QCOMPARE(refused.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("20020001"));
    HW_VERIFY_CLOSED_SILENTLY(refused);

    RawClient client(port());
    const auto connack = client.connectAs(id, false);
    QVERIFY(it::connected(connack));
    QCOMPARE(connack->sessionPresent, true);
}

namespace {

// CONNECT with CleanSession 1 (or 0), a user name and a password.
QByteArray loginBytes(const QByteArray &clientId, const QByteArray &password, bool clean = true)
{
    return it::connectBytes(clean ? 0xc2 : 0xc0, it::str(clientId) + it::str("alice") + it::str(password));
}

// A refusal for credentials: 0x04 (bad user name or password) or 0x05 (not
// authorized) -- both are allowed for a wrong password; Mosquitto answers 0x05.
bool isLoginRefusal(const QByteArray &connack)
{
    return connack == it::hex("20020004") || connack == it::hex("20020005");
}

} // namespace

void tst_ConformanceConnect::refusedLoginIgnoresRest()
{
    // MQTT-3.1.4-5: after a refused CONNECT (here: a wrong password) nothing
    // the client sent after it is processed, even in the same TCP write.
    const QByteArray topic = it::topicPrefix() + "/login";
    RawClient client(port());
    QVERIFY(client.open());
    client.sendBytes(loginBytes(it::clientId("guesser"), "wrong-password") +
                     it::publishBytes(0x31, topic, "must not be stored"));
    const QByteArray connack = client.rawRead(RawClient::DefaultTimeoutMs, 4);
    QVERIFY2(isLoginRefusal(connack), connack.toHex().constData());
    HW_VERIFY_CLOSED_SILENTLY(client); // MQTT-3.2.2-5

    // The right password in the same shape is accepted (MQTT-3.1.3-1: fields in order).
    RawClient right(port());
    QVERIFY(right.open());
    right.sendBytes(loginBytes(it::clientId("alice"), "right-password"));
    QCOMPARE(right.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("20020000"));

    RawClient late(port());
    HW_VERIFY_CONNECTED(late, it::clientId("late-login"));
    QVERIFY(late.subscribe(topic, QoS::AtLeastOnce));
    QVERIFY2(late.expectNoPublish(), "the PUBLISH after a refused login was processed");
}

void tst_ConformanceConnect::refusedLoginKeepsStoredSession()
{
    // MQTT-3.2.2-4: a wrong password for a client identifier with a stored
    // session gets Session Present 0; the stored session is not the
    // guesser's to destroy, so the owner still finds it.
    const QByteArray id = it::clientId("owner");
    {
        RawClient client(port());
        QVERIFY(client.open());
        client.sendBytes(loginBytes(id, "right-password", false));
        QCOMPARE(client.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("20020000"));
        QVERIFY(client.subscribe(it::topicPrefix() + "/owned", QoS::AtLeastOnce));
        client.disconnect();
    }
    RawClient refused(port());
    QVERIFY(refused.open());
    refused.sendBytes(loginBytes(id, "wrong-password", false));
    const QByteArray connack = refused.rawRead(RawClient::DefaultTimeoutMs, 4);
    QVERIFY2(isLoginRefusal(connack), connack.toHex().constData());
    HW_VERIFY_CLOSED_SILENTLY(refused);

    RawClient owner(port());
    QVERIFY(owner.open());
    owner.sendBytes(loginBytes(id, "right-password", false));
    QCOMPARE(owner.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("20020100")); // session present
}

void tst_ConformanceConnect::pingresp()
{
    // MQTT-3.12.4-1: every PINGREQ gets a PINGRESP.
    RawClient client(port());
    HW_VERIFY_CONNECTED(client, it::clientId("ping"));
    client.sendBytes(it::hex("c000").repeated(100));
    QCOMPARE(client.rawRead(RawClient::DefaultTimeoutMs, 200), it::hex("d000").repeated(100));
}

QTEST_GUILESS_MAIN(tst_ConformanceConnect)
#include "tst_conformance_connect.moc"
