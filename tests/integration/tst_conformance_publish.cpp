// MQTT 3.1.1 server conformance over real sockets: PUBLISH and its QoS flows,
// packet identifiers, retained messages, redelivery and ordering (checklist
// sections 2.3.1, 3.3, 4.1 and 4.3 to 4.6; malformed PUBLISH and
// PUBREL are in tst_conformance_errors).
// Each test or data row names the statement it checks.
#include "integrationtest.h"

#include <QSet>

namespace mqtt = homewire::mqtt;
using mqtt::PacketType;
using mqtt::QoS;

class tst_ConformancePublish : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HW_START_BROKER(m_broker); }
    void cleanup() { HW_VERIFY_BROKER_ALIVE(m_broker); }
    void cleanupTestCase() { HW_STOP_BROKER(m_broker); }

    void outgoingPacketIdentifiers();
    void acknowledgementsEchoPacketIdentifiers();
    void dupNotCopied();
    void retainedKeepsQos();
    void retainedForNewSubscription();
    void retainedQos0Replaces();
    void liveDeliveryHasRetainZero();
    void emptyRetainedDeletes();
    void emptyRetainedNotStored();
    void nonRetainedLeavesRetained();
    void deliveredTopicMatchesFilter();
    void overlappingSubscriptions();
    void qos2StateSurvivesReconnect();
    void qos1SameIdentifierIsNewMessage();
    void qos2ResendsPubrelNotPublish();
    void qos2DuplicatesDeliveredOnce();
    void redeliveryOnReconnect();
    void messageReachesEverySession();
    void acknowledgementOrder_data();
    void acknowledgementOrder();
    void pubrelOrder();
    void orderedDelivery();

private:
    quint16 port() const { return m_broker.port(); }

    BrokerProcess m_broker;
};

void tst_ConformancePublish::outgoingPacketIdentifiers()
{
    // MQTT-2.3.1-4, MQTT-2.3.1-1, MQTT-4.3.2-1: unacknowledged outgoing
    // messages have distinct non-zero identifiers and DUP 0 on first send;
    // MQTT-3.3.1-1, MQTT-4.4.0-1, MQTT-4.6.0-1: after reconnecting they are
    // resent with DUP 1, the same identifiers, in the original order.
    const QByteArray topic = it::topicPrefix() + "/t";
    const QByteArray id = it::clientId("ids");
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QList<quint16> firstIds;
    {
        RawClient client(port());
        client.setAutoAck(false);
        HW_VERIFY_CONNECTED(client, id, false);
        QVERIFY(client.subscribe(topic, QoS::AtLeastOnce));
        for (int i = 0; i < 20; ++i)
            QVERIFY(publisher.publish(topic, QByteArray::number(i), QoS::AtLeastOnce));
        const auto messages = client.receivePublishes(20);
        QCOMPARE(messages.size(), 20);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(messages.at(i).payload, QByteArray::number(i));
            QCOMPARE(messages.at(i).qos, QoS::AtLeastOnce);
            QCOMPARE(messages.at(i).dup, false);
            QVERIFY(messages.at(i).packetId != 0);
            firstIds.append(messages.at(i).packetId);
        }
        QCOMPARE(QSet<quint16>(firstIds.cbegin(), firstIds.cend()).size(), 20);
        client.disconnect();
    }
    {
        RawClient client(port());
        client.setAutoAck(false);
        const auto connack = client.connectAs(id, false);
        QVERIFY(it::connected(connack));
        QCOMPARE(connack->sessionPresent, true);
        const auto resent = client.receivePublishes(20);
        QCOMPARE(resent.size(), 20);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(resent.at(i).payload, QByteArray::number(i));
            QCOMPARE(resent.at(i).packetId, firstIds.at(i));
            QCOMPARE(resent.at(i).dup, true);
        }
        for (quint16 packetId : firstIds)
            client.send(mqtt::AckPacket{PacketType::Puback, packetId, 0, {}});
        QVERIFY(client.ping()); // the acknowledgements were processed
        client.disconnect();
    }
    RawClient client(port());
    HW_VERIFY_CONNECTED(client, id, false);
    QVERIFY2(client.expectNoPublish(), "an acknowledged message was sent again");
}

void tst_ConformancePublish::acknowledgementsEchoPacketIdentifiers()
{
    // MQTT-2.3.1-6: PUBACK, PUBREC, PUBREL and PUBCOMP carry the identifier
    // of the PUBLISH they answer.
    const QByteArray topic = it::topicPrefix() + "/t";
    RawClient subscriber(port());
    subscriber.setAutoAck(false);
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    QVERIFY(subscriber.subscribe(topic, QoS::ExactlyOnce));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));

    publisher.sendBytes(it::publishBytes(0x32, topic, "q1", 0x1234));
    QCOMPARE(publisher.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("40021234"));
    publisher.sendBytes(it::publishBytes(0x34, topic, "q2", 0x0102));
    QCOMPARE(publisher.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("50020102"));
    publisher.sendBytes(it::hex("62020102"));
    QCOMPARE(publisher.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("70020102"));

    const auto messages = subscriber.receivePublishes(2);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(1).qos, QoS::ExactlyOnce);
    subscriber.send(mqtt::AckPacket{PacketType::Puback, messages.at(0).packetId, 0, {}});
    const quint16 id = messages.at(1).packetId;
    subscriber.send(mqtt::AckPacket{PacketType::Pubrec, id, 0, {}});
    // The broker's PUBREL uses the identifier of its own PUBLISH; flags 0010 (MQTT-2.2.2-1).
    QCOMPARE(subscriber.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("6202") + it::u16(id));
    subscriber.send(mqtt::AckPacket{PacketType::Pubcomp, id, 0, {}});
    QVERIFY(subscriber.ping());
}

void tst_ConformancePublish::dupNotCopied()
{
    // MQTT-3.3.1-2: QoS 0 deliveries have DUP 0; MQTT-3.3.1-3: the outgoing
    // DUP flag does not copy the incoming one.
    const QByteArray topic = it::topicPrefix() + "/t";
    RawClient qos0(port());
    RawClient qos1(port());
    HW_VERIFY_CONNECTED(qos0, it::clientId("q0"));
    HW_VERIFY_CONNECTED(qos1, it::clientId("q1"));
    QVERIFY(qos0.subscribe(topic, QoS::AtMostOnce));
    QVERIFY(qos1.subscribe(topic, QoS::AtLeastOnce));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    publisher.sendBytes(it::publishBytes(0x3a, topic, "dup", 7)); // QoS 1, DUP 1, first send
    QVERIFY(publisher.receiveAck(PacketType::Puback, 7));
    const auto at0 = qos0.receivePublish();
    const auto at1 = qos1.receivePublish();
    QVERIFY(at0 && at1);
    QCOMPARE(at0->qos, QoS::AtMostOnce);
    QCOMPARE(at0->dup, false);
    QCOMPARE(at1->qos, QoS::AtLeastOnce);
    QCOMPARE(at1->dup, false);
}

void tst_ConformancePublish::retainedKeepsQos()
{
    // MQTT-3.3.1-5: a retained message is stored with its QoS; MQTT-3.3.1-8:
    // sent to a new subscription with RETAIN 1.
    const QByteArray topic = it::topicPrefix() + "/r";
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(topic, "retained", QoS::AtLeastOnce, true));
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    QVERIFY(subscriber.subscribe(topic, QoS::ExactlyOnce));
    const auto message = subscriber.receivePublish();
    QVERIFY(message);
    QCOMPARE(message->payload, QByteArray("retained"));
    QCOMPARE(message->qos, QoS::AtLeastOnce);
    QCOMPARE(message->retain, true);
}

void tst_ConformancePublish::retainedForNewSubscription()
{
    // MQTT-3.3.1-6: a new subscription gets the retained message of every matching topic.
    const QByteArray prefix = it::topicPrefix();
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(prefix + "/1", "one", QoS::AtLeastOnce, true));
    QVERIFY(publisher.publish(prefix + "/2", "two", QoS::AtLeastOnce, true));
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    QVERIFY(subscriber.subscribe(prefix + "/+", QoS::AtLeastOnce));
    const auto messages = subscriber.receivePublishes(2);
    QCOMPARE(messages.size(), 2);
    QSet<QByteArray> payloads;
    for (const auto &message : messages) {
        QCOMPARE(message.retain, true);
        payloads.insert(message.payload);
    }
    QCOMPARE(payloads, (QSet<QByteArray>{"one", "two"}));
}

void tst_ConformancePublish::retainedQos0Replaces()
{
    // MQTT-3.3.1-7: a retained QoS 0 message replaces the retained message.
    const QByteArray topic = it::topicPrefix() + "/r";
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(topic, "old", QoS::AtLeastOnce, true));
    QVERIFY(publisher.publish(topic, "new", QoS::AtMostOnce, true));
    QVERIFY(publisher.ping()); // the QoS 0 PUBLISH was processed
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    QVERIFY(subscriber.subscribe(topic, QoS::AtLeastOnce));
    const auto message = subscriber.receivePublish(RawClient::QuietWindowMs * 2);
    if (message)
        QCOMPARE(message->payload, QByteArray("new"));
}

void tst_ConformancePublish::liveDeliveryHasRetainZero()
{
    // MQTT-3.3.1-9: deliveries to existing subscriptions carry RETAIN 0.
    const QByteArray topic = it::topicPrefix() + "/r";
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    QVERIFY(subscriber.subscribe(topic, QoS::AtLeastOnce));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(topic, "live", QoS::AtLeastOnce, true));
    const auto message = subscriber.receivePublish();
    QVERIFY(message);
    QCOMPARE(message->payload, QByteArray("live"));
    QCOMPARE(message->retain, false);
}

void tst_ConformancePublish::emptyRetainedDeletes()
{
    // MQTT-3.3.1-10: a retained empty message is delivered and deletes the retained message.
    const QByteArray topic = it::topicPrefix() + "/r";
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(topic, "x", QoS::AtLeastOnce, true));
    RawClient live(port());
    HW_VERIFY_CONNECTED(live, it::clientId("live"));
    QVERIFY(live.subscribe(topic, QoS::AtLeastOnce));
    QVERIFY(live.receivePublish()); // the retained "x"
    QVERIFY(publisher.publish(topic, QByteArray(), QoS::AtLeastOnce, true));
    const auto message = live.receivePublish();
    QVERIFY2(message, "the empty retained message was not delivered");
    QCOMPARE(message->payload, QByteArray());
    RawClient late(port());
    HW_VERIFY_CONNECTED(late, it::clientId("late"));
    QVERIFY(late.subscribe(topic, QoS::AtLeastOnce));
    QVERIFY2(late.expectNoPublish(), "the retained message was not deleted");
}

void tst_ConformancePublish::emptyRetainedNotStored()
{
    // MQTT-3.3.1-11: an empty retained message is never stored.
    const QByteArray topic = it::topicPrefix() + "/r";
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(topic, QByteArray(), QoS::AtLeastOnce, true));
    RawClient late(port());
    HW_VERIFY_CONNECTED(late, it::clientId("late"));
    QVERIFY(late.subscribe(topic, QoS::AtLeastOnce));
    QVERIFY2(late.expectNoPublish(), "an empty retained message was stored");
}

void tst_ConformancePublish::nonRetainedLeavesRetained()
{
    // MQTT-3.3.1-12: RETAIN 0 neither stores nor replaces the retained message.
    const QByteArray topic = it::topicPrefix() + "/r";
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(topic, "x", QoS::AtLeastOnce, true));
    QVERIFY(publisher.publish(topic, "y", QoS::AtLeastOnce, false));
    RawClient late(port());
    HW_VERIFY_CONNECTED(late, it::clientId("late"));
    QVERIFY(late.subscribe(topic, QoS::AtLeastOnce));
    const auto message = late.receivePublish();
    QVERIFY(message);
    QCOMPARE(message->payload, QByteArray("x"));
    QCOMPARE(message->retain, true);
    QVERIFY(late.expectNoPublish());
}

void tst_ConformancePublish::deliveredTopicMatchesFilter()
{
    // MQTT-3.3.2-3: the topic sent matches the filter and is the published name.
    const QByteArray prefix = it::topicPrefix();
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    QVERIFY(subscriber.subscribe(prefix + "/s/+/t", QoS::AtLeastOnce));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(prefix + "/s/x/y", "no", QoS::AtLeastOnce));
    QVERIFY(publisher.publish(prefix + "/s/x/t", "yes", QoS::AtLeastOnce));
    const auto message = subscriber.receivePublish();
    QVERIFY(message);
    QCOMPARE(message->topic, prefix + "/s/x/t");
    QCOMPARE(message->payload, QByteArray("yes"));
    QVERIFY(subscriber.expectNoPublish());
}

void tst_ConformancePublish::overlappingSubscriptions()
{
    // MQTT-3.3.5-1: at least one copy at the highest QoS of the matching
    // filters; extra copies are allowed, each at its own filter's QoS.
    const QByteArray prefix = it::topicPrefix();
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    QVERIFY(subscriber.subscribe(prefix + "/a/#", QoS::AtMostOnce));
    QVERIFY(subscriber.subscribe(prefix + "/a/b", QoS::ExactlyOnce));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(prefix + "/a/b", "both", QoS::ExactlyOnce));
    const auto copies = subscriber.receivePublishes(2, 1000);
    QVERIFY(!copies.isEmpty());
    QVERIFY(copies.size() <= 2);
    QList<QoS> qos;
    for (const auto &copy : copies)
        qos.append(copy.qos);
    QVERIFY2(qos.contains(QoS::ExactlyOnce), "no copy at QoS 2");
    if (copies.size() == 2)
        QVERIFY(qos.contains(QoS::AtMostOnce));
}

void tst_ConformancePublish::qos2StateSurvivesReconnect()
{
    // MQTT-4.1.0-1: an incoming QoS 2 flow outlives the connection in a
    // CleanSession 0 session: PUBREL after reconnecting gets PUBCOMP, and the
    // message is delivered exactly once.
    const QByteArray topic = it::topicPrefix() + "/t";
    const QByteArray id = it::clientId("pub");
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    QVERIFY(subscriber.subscribe(topic, QoS::ExactlyOnce));
    {
        RawClient publisher(port());
        HW_VERIFY_CONNECTED(publisher, id, false);
        publisher.sendBytes(it::publishBytes(0x34, topic, "once", 3));
        QCOMPARE(publisher.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("50020003"));
        publisher.disconnect();
    }
    RawClient publisher(port());
    const auto connack = publisher.connectAs(id, false);
    QVERIFY(it::connected(connack));
    QCOMPARE(connack->sessionPresent, true);
    publisher.sendBytes(it::hex("62020003"));
    QCOMPARE(publisher.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("70020003"));
    const auto message = subscriber.receivePublish();
    QVERIFY(message);
    QCOMPARE(message->payload, QByteArray("once"));
    QVERIFY2(subscriber.expectNoPublish(), "delivered more than once");
}

void tst_ConformancePublish::qos1SameIdentifierIsNewMessage()
{
    // MQTT-4.3.2-2: after PUBACK, the same identifier (even with DUP 1) is a new message.
    const QByteArray topic = it::topicPrefix() + "/t";
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    QVERIFY(subscriber.subscribe(topic, QoS::AtLeastOnce));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    publisher.sendBytes(it::publishBytes(0x32, topic, "first", 9));
    QCOMPARE(publisher.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("40020009"));
    publisher.sendBytes(it::publishBytes(0x3a, topic, "second", 9));
    QCOMPARE(publisher.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("40020009"));
    const auto messages = subscriber.receivePublishes(2);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).payload, QByteArray("first"));
    QCOMPARE(messages.at(1).payload, QByteArray("second"));
}

void tst_ConformancePublish::qos2ResendsPubrelNotPublish()
{
    // MQTT-4.3.3-1: once PUBREC arrived, the broker resends PUBREL (same
    // identifier), never the PUBLISH.
    const QByteArray topic = it::topicPrefix() + "/t";
    const QByteArray id = it::clientId("sub");
    quint16 packetId = 0;
    {
        RawClient subscriber(port());
        subscriber.setAutoAck(false);
        HW_VERIFY_CONNECTED(subscriber, id, false);
        QVERIFY(subscriber.subscribe(topic, QoS::ExactlyOnce));
        RawClient publisher(port());
        HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
        QVERIFY(publisher.publish(topic, "x", QoS::ExactlyOnce));
        const auto message = subscriber.receivePublish();
        QVERIFY(message);
        QCOMPARE(message->dup, false);
        packetId = message->packetId;
        subscriber.send(mqtt::AckPacket{PacketType::Pubrec, packetId, 0, {}});
        QVERIFY(subscriber.receiveAck(PacketType::Pubrel, packetId));
        subscriber.abort();
    }
    RawClient subscriber(port());
    subscriber.setAutoAck(false);
    HW_VERIFY_CONNECTED(subscriber, id, false);
    QVERIFY2(subscriber.receiveAck(PacketType::Pubrel, packetId), "PUBREL was not resent");
    QVERIFY2(subscriber.expectNoPublish(), "the PUBLISH was resent after PUBREC");
    subscriber.send(mqtt::AckPacket{PacketType::Pubcomp, packetId, 0, {}});
    QVERIFY(subscriber.ping());
}

void tst_ConformancePublish::qos2DuplicatesDeliveredOnce()
{
    // MQTT-4.3.3-2: repeats before PUBREL get PUBREC again and are not
    // delivered again; after PUBCOMP the identifier is free for a new message.
    const QByteArray topic = it::topicPrefix() + "/t";
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    QVERIFY(subscriber.subscribe(topic, QoS::ExactlyOnce));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    publisher.sendBytes(it::publishBytes(0x34, topic, "first", 4));
    QCOMPARE(publisher.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("50020004"));
    // Mosquitto 2.0.11 closes the connection on a second DUP resend of the
    // same QoS 2 message ("protocol error"), so it gets one resend only.
    const int resends = m_broker.isMosquitto() ? 1 : 2;
    publisher.sendBytes(it::publishBytes(0x3c, topic, "first", 4).repeated(resends));
    QCOMPARE(publisher.rawRead(RawClient::DefaultTimeoutMs, 4 * resends),
             it::hex("50020004").repeated(resends));
    publisher.sendBytes(it::hex("62020004"));
    QCOMPARE(publisher.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("70020004"));
    const auto first = subscriber.receivePublish();
    QVERIFY(first);
    QCOMPARE(first->payload, QByteArray("first"));
    QVERIFY2(subscriber.expectNoPublish(), "a duplicate QoS 2 PUBLISH was delivered again");

    QVERIFY(publisher.publish(topic, "second", QoS::ExactlyOnce, false, RawClient::Flow::Complete, 4));
    const auto second = subscriber.receivePublish();
    QVERIFY2(second, "a new message reusing a completed identifier was not delivered");
    QCOMPARE(second->payload, QByteArray("second"));
}

void tst_ConformancePublish::redeliveryOnReconnect()
{
    // MQTT-4.4.0-1: on reconnect (CleanSession 0) the unacknowledged PUBLISH
    // and the unanswered PUBREL are resent with their original identifiers.
    const QByteArray topic = it::topicPrefix() + "/t";
    const QByteArray id = it::clientId("sub");
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    quint16 qos1Id = 0;
    quint16 qos2Id = 0;
    {
        RawClient subscriber(port());
        subscriber.setAutoAck(false);
        HW_VERIFY_CONNECTED(subscriber, id, false);
        QVERIFY(subscriber.subscribe(topic, QoS::ExactlyOnce));
        QVERIFY(publisher.publish(topic, "qos1", QoS::AtLeastOnce));
        QVERIFY(publisher.publish(topic, "qos2", QoS::ExactlyOnce));
        const auto messages = subscriber.receivePublishes(2);
        QCOMPARE(messages.size(), 2);
        qos1Id = messages.at(0).packetId;
        qos2Id = messages.at(1).packetId;
        QVERIFY(qos1Id != qos2Id);
        subscriber.send(mqtt::AckPacket{PacketType::Pubrec, qos2Id, 0, {}});
        QVERIFY(subscriber.receiveAck(PacketType::Pubrel, qos2Id));
        subscriber.abort();
    }
    RawClient subscriber(port());
    subscriber.setAutoAck(false);
    HW_VERIFY_CONNECTED(subscriber, id, false);
    const auto resent = subscriber.receivePublish();
    QVERIFY2(resent, "the unacknowledged QoS 1 PUBLISH was not resent");
    QCOMPARE(resent->packetId, qos1Id);
    QCOMPARE(resent->payload, QByteArray("qos1"));
    QCOMPARE(resent->dup, true);
    QVERIFY2(subscriber.receiveAck(PacketType::Pubrel, qos2Id), "PUBREL was not resent");
    subscriber.send(mqtt::AckPacket{PacketType::Puback, qos1Id, 0, {}});
    subscriber.send(mqtt::AckPacket{PacketType::Pubcomp, qos2Id, 0, {}});
    QVERIFY(subscriber.ping());
    QVERIFY(subscriber.expectNoPublish());
}

void tst_ConformancePublish::messageReachesEverySession()
{
    // MQTT-4.5.0-1: a message goes to every matching session, online or not.
    const QByteArray prefix = it::topicPrefix();
    const QByteArray topic = prefix + "/t";
    const QByteArray offlineId = it::clientId("off");
    {
        RawClient offline(port());
        HW_VERIFY_CONNECTED(offline, offlineId, false);
        QVERIFY(offline.subscribe(topic, QoS::AtLeastOnce));
        offline.disconnect();
    }
    RawClient one(port());
    RawClient two(port());
    HW_VERIFY_CONNECTED(one, it::clientId("one"));
    HW_VERIFY_CONNECTED(two, it::clientId("two"));
    QVERIFY(one.subscribe(topic, QoS::AtLeastOnce));
    QVERIFY(two.subscribe(prefix + "/#", QoS::AtLeastOnce));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(topic, "all", QoS::AtLeastOnce));
    const auto atOne = one.receivePublish();
    QVERIFY(atOne && atOne->payload == "all");
    const auto atTwo = two.receivePublish();
    QVERIFY(atTwo && atTwo->payload == "all");
    RawClient offline(port());
    HW_VERIFY_CONNECTED(offline, offlineId, false);
    const auto queued = offline.receivePublish();
    QVERIFY(queued && queued->payload == "all");
}

void tst_ConformancePublish::acknowledgementOrder_data()
{
    QTest::addColumn<int>("qos");
    QTest::newRow("MQTT-4.6.0-2 PUBACKs in PUBLISH order") << 1;
    QTest::newRow("MQTT-4.6.0-3 PUBRECs in PUBLISH order") << 2;
}

void tst_ConformancePublish::acknowledgementOrder()
{
    QFETCH(int, qos);
    const QByteArray topic = it::topicPrefix() + "/t";
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QList<mqtt::Packet> batch;
    for (quint16 id = 1; id <= 50; ++id)
        batch.append(mqtt::PublishPacket{topic, QByteArray::number(id), QoS(qos), false, false, id, {}});
    publisher.sendBatch(batch);
    const PacketType ackType = qos == 1 ? PacketType::Puback : PacketType::Pubrec;
    for (quint16 id = 1; id <= 50; ++id) {
        const auto packet = publisher.receive();
        const auto *ack = packet ? std::get_if<mqtt::AckPacket>(&*packet) : nullptr;
        QVERIFY2(ack && ack->type == ackType && ack->packetId == id, describe(packet).constData());
    }
    if (qos == 2) {
        batch.clear();
        for (quint16 id = 1; id <= 50; ++id)
            batch.append(mqtt::AckPacket{PacketType::Pubrel, id, 0, {}});
        publisher.sendBatch(batch);
        for (quint16 id = 1; id <= 50; ++id)
            QVERIFY(publisher.receiveAck(PacketType::Pubcomp, id));
    }
}

void tst_ConformancePublish::pubrelOrder()
{
    // MQTT-4.6.0-4: PUBRELs go out in the order the PUBRECs came.
    const QByteArray topic = it::topicPrefix() + "/t";
    RawClient subscriber(port());
    subscriber.setAutoAck(false);
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    QVERIFY(subscriber.subscribe(topic, QoS::ExactlyOnce));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    for (int i = 0; i < 10; ++i)
        QVERIFY(publisher.publish(topic, QByteArray::number(i), QoS::ExactlyOnce));
    const auto messages = subscriber.receivePublishes(10);
    QCOMPARE(messages.size(), 10);
    const int shuffled[] = {3, 0, 7, 1, 9, 2, 8, 4, 6, 5};
    QList<mqtt::Packet> pubrecs;
    for (int index : shuffled)
        pubrecs.append(mqtt::AckPacket{PacketType::Pubrec, messages.at(index).packetId, 0, {}});
    subscriber.sendBatch(pubrecs);
    for (int index : shuffled) {
        const auto packet = subscriber.receive();
        const auto *ack = packet ? std::get_if<mqtt::AckPacket>(&*packet) : nullptr;
        QVERIFY2(ack && ack->type == PacketType::Pubrel && ack->packetId == messages.at(index).packetId,
                 describe(packet).constData());
        subscriber.send(mqtt::AckPacket{PacketType::Pubcomp, ack->packetId, 0, {}});
    }
    QVERIFY(subscriber.ping());
}

void tst_ConformancePublish::orderedDelivery()
{
    // MQTT-4.6.0-6 (and -5, the default): 1000 QoS 1 messages from one client
    // to one topic reach each subscriber in order.
    const QByteArray topic = it::topicPrefix() + "/o";
    constexpr int Count = 1000;
    RawClient first(port());
    RawClient second(port());
    HW_VERIFY_CONNECTED(first, it::clientId("one"));
    HW_VERIFY_CONNECTED(second, it::clientId("two"));
    QVERIFY(first.subscribe(topic, QoS::AtLeastOnce));
    QVERIFY(second.subscribe(topic, QoS::AtLeastOnce));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QList<mqtt::Packet> batch;
    for (int i = 1; i <= Count; ++i)
        batch.append(mqtt::PublishPacket{
            topic, QByteArray::number(i), QoS::AtLeastOnce, false, false, quint16(i), {}});
    publisher.sendBatch(batch);
    for (RawClient *subscriber : {&first, &second}) {
        const auto messages = subscriber->receivePublishes(Count, 30'000);
        QCOMPARE(messages.size(), Count);
        for (int i = 0; i < Count; ++i) {
            QVERIFY2(messages.at(i).payload == QByteArray::number(i + 1),
                     qPrintable(QStringLiteral("message %1 was %2")
                                    .arg(i + 1)
                                    .arg(QString::fromUtf8(messages.at(i).payload))));
            QCOMPARE(messages.at(i).qos, QoS::AtLeastOnce);
        }
    }
    for (int i = 1; i <= Count; ++i)
        QVERIFY(publisher.receiveAck(PacketType::Puback, quint16(i)));
}

QTEST_GUILESS_MAIN(tst_ConformancePublish)
#include "tst_conformance_publish.moc"
