// MQTT 3.1.1 server conformance over real sockets: SUBSCRIBE, SUBACK,
// UNSUBSCRIBE, topic filters and topic matching (checklist sections 1.5.3-3,
// 2.3.1-7, 3.8 to 3.10 and 4.7; malformed SUBSCRIBE and UNSUBSCRIBE flags are
// in tst_conformance_errors). Each test or data row names the statement it checks.
#include "integrationtest.h"

#include <QElapsedTimer>

namespace mqtt = homewire::mqtt;
using mqtt::PacketType;
using mqtt::QoS;

namespace {

// MQTT-3.9.3-2: only 0x00, 0x01, 0x02 and 0x80 are SUBACK return codes.
bool validReturnCodes(const mqtt::SubackPacket &suback)
{
    for (quint8 code : suback.reasonCodes) {
        if (code > 2 && code != mqtt::SubackFailure)
            return false;
    }
    return true;
}

} // namespace

#define HW_VERIFY_SUBACK(suback, count)                                                                      \
    do {                                                                                                     \
        QVERIFY2((suback).has_value(), "no SUBACK");                                                         \
        QCOMPARE((suback)->reasonCodes.size(), qsizetype(count));                                            \
        QVERIFY2(validReturnCodes(*(suback)), describe(mqtt::Packet(*(suback))).constData());                \
    } while (false)

class tst_ConformanceSubscribe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { HW_VERIFY_BROKER_ALIVE(m_broker); }
    void cleanupTestCase() { HW_STOP_BROKER(m_broker); }

    void acknowledgementsEchoPacketIdentifiers();
    void malformedSubscribe_data();
    void malformedSubscribe();
    void invalidFilter_data();
    void invalidFilter();
    void validFilters();
    void matching_data();
    void matching();
    void byteOrderMarkKept();
    void longestTopicName();
    void sysTopicsAndWildcards();
    void severalFiltersOneSuback();
    void refusedFilterDoesNotFailOthers();
    void duplicateFiltersAnswered();
    void resubscribeReplaces();
    void grantedQosCapsDelivery();
    void unsubscribeMatchesExactly();
    void unsubackWithoutSubscription();
    void unsubscribeSeveral();
    void unsubscribeStopsQueueing();
    void unsubscribeFinishesInflight();

private:
    quint16 port() const { return m_broker.port(); }

    BrokerProcess m_broker;
};

void tst_ConformanceSubscribe::initTestCase()
{
    // $SYS every second, so sysTopicsAndWildcards sees live $SYS messages.
    m_broker.setExtraConfig("sys_interval 1\n");
    HW_START_BROKER(m_broker);
}

void tst_ConformanceSubscribe::acknowledgementsEchoPacketIdentifiers()
{
    // MQTT-2.3.1-7, MQTT-3.8.4-2, MQTT-3.10.4-4: SUBACK and UNSUBACK carry the
    // identifier of the packet they answer.
    const QByteArray prefix = it::topicPrefix();
    RawClient client(port());
    HW_VERIFY_CONNECTED(client, it::clientId("ids"));
    const auto suback = client.subscribe(prefix + "/a", QoS::AtLeastOnce, 0xbeef);
    HW_VERIFY_SUBACK(suback, 1);
    QCOMPARE(suback->packetId, quint16(0xbeef));

    QList<mqtt::Packet> batch;
    for (quint16 id : {5, 6, 7})
        batch.append(
            mqtt::SubscribePacket{id, {mqtt::Subscription{prefix + "/" + QByteArray::number(id)}}, {}});
    client.sendBatch(batch);
    for (quint16 id : {5, 6, 7}) {
        const auto packet = client.receive();
        const auto *ack = packet ? std::get_if<mqtt::SubackPacket>(&*packet) : nullptr;
        QVERIFY2(ack && ack->packetId == id, describe(packet).constData());
    }
    client.send(mqtt::UnsubscribePacket{0x0007, {prefix + "/7"}, {}});
    QCOMPARE(client.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("b0020007"));
    client.send(mqtt::UnsubscribePacket{0x0a0b, {prefix + "/a"}, {}});
    QCOMPARE(client.rawRead(RawClient::DefaultTimeoutMs, 4), it::hex("b0020a0b"));
}

void tst_ConformanceSubscribe::malformedSubscribe_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("MQTT-3.8.3-3 SUBSCRIBE without a filter") << it::hex("82020001");
    QTest::newRow("MQTT-3.8.3-4 requested QoS 3") << it::subscribeBytes(0x82, 1, "a", 0x03);
    QTest::newRow("MQTT-3.8.3-4 reserved bit 2 set") << it::subscribeBytes(0x82, 1, "a", 0x04);
    QTest::newRow("MQTT-3.8.3-4 reserved bit 7 set") << it::subscribeBytes(0x82, 1, "a", 0x81);
    QTest::newRow("MQTT-2.3.1-1 SUBSCRIBE packet identifier 0") << it::subscribeBytes(0x82, 0, "a", 0);
    QTest::newRow("MQTT-3.8.3-1 filter ED B0 80") << it::subscribeBytes(0x82, 1, it::hex("edb080"), 0);
    QTest::newRow("MQTT-1.5.3-2 filter with U+0000") << it::subscribeBytes(0x82, 1, QByteArray("a\0b", 3), 0);
    QTest::newRow("MQTT-3.10.3-2 UNSUBSCRIBE without a filter") << it::hex("a2020001");
    QTest::newRow("MQTT-3.10.3-1 UNSUBSCRIBE filter C3 28")
        << it::frame(0xa2, it::u16(1) + it::str(it::hex("c328")));
    QTest::newRow("MQTT-2.3.1-1 UNSUBSCRIBE packet identifier 0")
        << it::frame(0xa2, it::u16(0) + it::str("a"));
}

void tst_ConformanceSubscribe::malformedSubscribe()
{
    QFETCH(QByteArray, bytes);
    RawClient client(port());
    HW_VERIFY_CONNECTED(client, it::clientId("bad"));
    client.sendBytes(bytes);
    HW_VERIFY_CLOSED_SILENTLY(client);
}

void tst_ConformanceSubscribe::invalidFilter_data()
{
    // Closing (MQTT-4.8.0-1) and SUBACK 0x80 are both legal answers.
    QTest::addColumn<QByteArray>("filter");
    QTest::newRow("MQTT-4.7.1-2 a#") << QByteArray("a#");
    QTest::newRow("MQTT-4.7.1-2 a/#/b") << QByteArray("a/#/b");
    QTest::newRow("MQTT-4.7.1-2 #/") << QByteArray("#/");
    QTest::newRow("MQTT-4.7.1-3 a+") << QByteArray("a+");
    QTest::newRow("MQTT-4.7.1-3 a/b+") << QByteArray("a/b+");
    QTest::newRow("MQTT-4.7.1-3 +a/b") << QByteArray("+a/b");
    QTest::newRow("MQTT-4.7.3-1 empty filter") << QByteArray();
}

void tst_ConformanceSubscribe::invalidFilter()
{
    QFETCH(QByteArray, filter);
    RawClient client(port());
    HW_VERIFY_CONNECTED(client, it::clientId("inv"));
    client.sendBytes(it::subscribeBytes(0x82, 1, filter, 1));
    const auto packet = client.receive(RawClient::DefaultTimeoutMs);
    if (!packet) {
        HW_VERIFY_CLOSED_SILENTLY(client);
        return;
    }
    const auto *suback = std::get_if<mqtt::SubackPacket>(&*packet);
    QVERIFY2(suback && suback->packetId == 1 && suback->reasonCodes == QList<quint8>{mqtt::SubackFailure},
             describe(packet).constData());
}

void tst_ConformanceSubscribe::validFilters()
{
    // MQTT-4.7.1-2, MQTT-4.7.1-3: wildcards that fill whole levels are accepted.
    RawClient client(port());
    HW_VERIFY_CONNECTED(client, it::clientId("valid"));
    const QList<QByteArray> filters = {"#", "+", "+/+", "a/#", "a/+/c", "/+", "+/", "a//b"};
    for (const QByteArray &filter : filters) {
        const auto suback = client.subscribe(filter, QoS::AtLeastOnce);
        HW_VERIFY_SUBACK(suback, 1);
        QVERIFY2(suback->reasonCodes.first() == 1, filter.constData());
    }
}

void tst_ConformanceSubscribe::matching_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<QByteArray>("topic");
    QTest::addColumn<bool>("matches");
    QTest::newRow("MQTT-4.7.1-2 a/# matches a") << QByteArray("a/#") << QByteArray("a") << true;
    QTest::newRow("MQTT-4.7.1-2 a/# matches a/b/c") << QByteArray("a/#") << QByteArray("a/b/c") << true;
    QTest::newRow("MQTT-4.7.1-2 a/# does not match ab") << QByteArray("a/#") << QByteArray("ab") << false;
    QTest::newRow("MQTT-4.7.1-3 a/+ matches a/") << QByteArray("a/+") << QByteArray("a/") << true;
    QTest::newRow("MQTT-4.7.1-3 a/+ does not match a") << QByteArray("a/+") << QByteArray("a") << false;
    QTest::newRow("MQTT-4.7.1-3 a/+ does not match a/b/c")
        << QByteArray("a/+") << QByteArray("a/b/c") << false;
    QTest::newRow("MQTT-4.7.1-3 +/c matches b/c") << QByteArray("+/c") << QByteArray("b/c") << true;
    QTest::newRow("MQTT-4.7.1-3 +/+ matches an empty level") << QByteArray("+/+") << QByteArray("/x") << true;
    QTest::newRow("MQTT-4.7.3-4 case is significant")
        << QByteArray("Accounts") << QByteArray("ACCOUNTS") << false;
    QTest::newRow("MQTT-4.7.3-4 no Unicode normalisation")
        << it::hex("c3a9") << it::hex("65cc81") << false; // NFC vs NFD e-acute
    QTest::newRow("MQTT-4.7.3-4 a/b is not a//b") << QByteArray("a/b") << QByteArray("a//b") << false;
    QTest::newRow("MQTT-4.7.3-4 a/b is not a/b/") << QByteArray("a/b") << QByteArray("a/b/") << false;
    QTest::newRow("MQTT-4.7.3-4 a//b is not a/b") << QByteArray("a//b") << QByteArray("a/b") << false;
    QTest::newRow("MQTT-4.7.3-4 spaces are characters") << QByteArray("a b") << QByteArray("ab") << false;
}

void tst_ConformanceSubscribe::matching()
{
    // Each filter and topic hangs below a unique prefix. After the topic under
    // test, a control message that does match is published, so a test that
    // expects nothing does not have to wait for a timeout to see it.
    QFETCH(QByteArray, filter);
    QFETCH(QByteArray, topic);
    QFETCH(bool, matches);
    const QByteArray prefix = it::topicPrefix() + "/";
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    const QList<mqtt::Subscription> subscriptions = {{prefix + filter, QoS::AtLeastOnce},
                                                     {prefix + "control", QoS::AtLeastOnce}};
    const auto suback = subscriber.subscribe(subscriptions);
    HW_VERIFY_SUBACK(suback, 2);
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(prefix + topic, "tested", QoS::AtLeastOnce));
    QVERIFY(publisher.publish(prefix + "control", "control", QoS::AtLeastOnce));
    const auto messages = subscriber.receivePublishes(matches ? 2 : 1);
    QCOMPARE(messages.size(), matches ? 2 : 1);
    QList<QByteArray> payloads;
    for (const auto &message : messages) {
        payloads.append(message.payload);
        if (message.payload == "tested")
            QCOMPARE(message.topic, prefix + topic); // MQTT-3.3.2-3: the name as published
    }
    if (matches) {
        QVERIFY(payloads.contains("tested") && payloads.contains("control"));
    } else {
        QCOMPARE(payloads, QList<QByteArray>{"control"});
        QVERIFY2(subscriber.expectNoPublish(100), "a non-matching topic was delivered");
    }
}

void tst_ConformanceSubscribe::byteOrderMarkKept()
{
    // MQTT-1.5.3-3: EF BB BF is U+FEFF and is neither stripped nor ignored.
    const QByteArray prefix = it::topicPrefix();
    const QByteArray withBom = prefix + "/a" + it::hex("efbbbf") + "b";
    RawClient bom(port());
    RawClient plain(port());
    HW_VERIFY_CONNECTED(bom, it::clientId("bom"));
    HW_VERIFY_CONNECTED(plain, it::clientId("plain"));
    QVERIFY(bom.subscribe(withBom, QoS::AtLeastOnce));
    QVERIFY(plain.subscribe(prefix + "/ab", QoS::AtLeastOnce));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(withBom, "x", QoS::AtLeastOnce));
    const auto message = bom.receivePublish();
    QVERIFY(message);
    QCOMPARE(message->topic, withBom);
    QVERIFY(plain.expectNoPublish());
}

void tst_ConformanceSubscribe::longestTopicName()
{
    // MQTT-4.7.3-3: a topic name of 65535 bytes is routed like any other, or
    // refused as a resource limit by closing the publisher (MQTT-4.8.0-2).
    const QByteArray prefix = it::topicPrefix();
    const QByteArray topic = prefix + "/" + QByteArray(65535 - prefix.size() - 1, 'x');
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    QVERIFY(subscriber.subscribe(prefix + "/#", QoS::AtLeastOnce));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    if (!publisher.publish(topic, "long", QoS::AtLeastOnce)) {
        HW_VERIFY_CLOSED_SILENTLY(publisher);
        return;
    }
    const auto message = subscriber.receivePublish();
    QVERIFY(message);
    QCOMPARE(message->topic.size(), qsizetype(65535));
    QCOMPARE(message->topic, topic);
}

void tst_ConformanceSubscribe::sysTopicsAndWildcards()
{
    // MQTT-4.7.2-1: filters starting with a wildcard never match topics
    // starting with '$'; "$SYS/#" does. MQTT-4.7.1-1: the broker's own topic
    // names hold no wildcard.
    RawClient hash(port());
    RawClient plus(port());
    RawClient sys(port());
    HW_VERIFY_CONNECTED(hash, it::clientId("hash"));
    HW_VERIFY_CONNECTED(plus, it::clientId("plus"));
    HW_VERIFY_CONNECTED(sys, it::clientId("sys"));
    QVERIFY(hash.subscribe("#", QoS::AtMostOnce));
    QVERIFY(plus.subscribe("+/broker/#", QoS::AtMostOnce));
    QVERIFY(sys.subscribe("$SYS/#", QoS::AtMostOnce));
    // Wait for a live (not retained) $SYS message: by then the broker has
    // published $SYS topics while the wildcard subscriptions existed.
    bool live = false;
    int sysMessages = 0;
    QElapsedTimer timer;
    timer.start();
    while (!live && timer.elapsed() < 5000) {
        const auto message = sys.receivePublish(5000);
        QVERIFY2(message, "no $SYS message reached a $SYS/# subscription");
        QVERIFY2(message->topic.startsWith("$SYS/"), message->topic.constData());
        QVERIFY2(!message->topic.contains('+') && !message->topic.contains('#'), message->topic.constData());
        live = !message->retain;
        ++sysMessages;
    }
    QVERIFY2(live, "no live $SYS message within 5 s although sys_interval is 1");
    QVERIFY(sysMessages > 0);
    for (RawClient *client : {&hash, &plus}) {
        while (const auto message = client->receivePublish(RawClient::QuietWindowMs))
            QVERIFY2(!message->topic.startsWith('$'), message->topic.constData());
    }
}

void tst_ConformanceSubscribe::severalFiltersOneSuback()
{
    // MQTT-3.8.4-4: several filters are handled like separate SUBSCRIBEs and
    // answered by one SUBACK; MQTT-3.8.4-5, MQTT-3.9.3-1: one code per filter,
    // in order; MQTT-3.8.4-6: delivered QoS is the lower of published and granted.
    const QByteArray prefix = it::topicPrefix();
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    const QList<mqtt::Subscription> subscriptions = {{prefix + "/a", QoS::AtMostOnce},
                                                     {prefix + "/b", QoS::AtLeastOnce},
                                                     {prefix + "/c", QoS::ExactlyOnce}};
    const auto suback = subscriber.subscribe(subscriptions);
    HW_VERIFY_SUBACK(suback, 3);
    QCOMPARE(suback->reasonCodes, (QList<quint8>{0, 1, 2}));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    for (const char *level : {"/a", "/b", "/c"})
        QVERIFY(publisher.publish(prefix + level, level, QoS::ExactlyOnce));
    const auto messages = subscriber.receivePublishes(3);
    QCOMPARE(messages.size(), 3);
    for (const auto &message : messages) {
        const int expected = message.topic.endsWith("/a") ? 0 : message.topic.endsWith("/b") ? 1 : 2;
        QCOMPARE(int(message.qos), expected);
    }
}

void tst_ConformanceSubscribe::refusedFilterDoesNotFailOthers()
{
    // MQTT-3.8.4-5, MQTT-3.9.3-1: a refused filter gets 0x80 in its place and
    // the others are granted. Closing over the invalid filter is also legal
    // (MQTT-4.8.0-1), and then nothing more is sent.
    const QByteArray prefix = it::topicPrefix();
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    const QList<mqtt::Subscription> subscriptions = {{prefix + "/a", QoS::ExactlyOnce},
                                                     {prefix + "/b#", QoS::AtLeastOnce},
                                                     {prefix + "/c", QoS::AtMostOnce}};
    subscriber.send(mqtt::SubscribePacket{9, subscriptions, {}});
    const auto packet = subscriber.receive();
    if (!packet) {
        HW_VERIFY_CLOSED_SILENTLY(subscriber);
        return;
    }
    const auto *suback = std::get_if<mqtt::SubackPacket>(&*packet);
    QVERIFY2(suback && suback->packetId == 9 && suback->reasonCodes.size() == 3,
             describe(packet).constData());
    QVERIFY(validReturnCodes(*suback));
    QVERIFY(suback->reasonCodes.at(0) <= 2);
    QCOMPARE(suback->reasonCodes.at(1), mqtt::SubackFailure);
    QCOMPARE(suback->reasonCodes.at(2), quint8(0));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(prefix + "/a", "a", QoS::AtLeastOnce));
    QVERIFY(publisher.publish(prefix + "/c", "c", QoS::AtLeastOnce));
    QCOMPARE(subscriber.receivePublishes(2).size(), 2);
}

void tst_ConformanceSubscribe::duplicateFiltersAnswered()
{
    // MQTT-3.8.4-1: every SUBSCRIBE gets a SUBACK, also one naming a filter twice.
    const QByteArray topic = it::topicPrefix() + "/t";
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    const QList<mqtt::Subscription> twice = {{topic, QoS::AtLeastOnce}, {topic, QoS::ExactlyOnce}};
    const auto suback = subscriber.subscribe(twice);
    HW_VERIFY_SUBACK(suback, 2);
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(topic, "x", QoS::ExactlyOnce));
    QVERIFY(subscriber.receivePublish());
}

void tst_ConformanceSubscribe::resubscribeReplaces()
{
    // MQTT-3.8.4-3: subscribing again to the same filter replaces the
    // subscription (new QoS), re-sends retained messages, and one copy is
    // delivered per message afterwards.
    const QByteArray topic = it::topicPrefix() + "/t";
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(topic, "retained", QoS::ExactlyOnce, true));
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    QVERIFY(subscriber.subscribe(topic, QoS::AtMostOnce));
    const auto first = subscriber.receivePublish();
    QVERIFY(first && first->retain && first->qos == QoS::AtMostOnce);
    const auto suback = subscriber.subscribe(topic, QoS::ExactlyOnce);
    HW_VERIFY_SUBACK(suback, 1);
    QCOMPARE(suback->reasonCodes.first(), quint8(2));
    const auto again = subscriber.receivePublish();
    QVERIFY2(again, "the retained message was not re-sent");
    QCOMPARE(again->retain, true);
    QCOMPARE(again->qos, QoS::ExactlyOnce);
    QVERIFY(publisher.publish(topic, "live", QoS::ExactlyOnce));
    const auto live = subscriber.receivePublish();
    QVERIFY(live);
    QCOMPARE(live->payload, QByteArray("live"));
    QCOMPARE(live->qos, QoS::ExactlyOnce);
    QVERIFY2(subscriber.expectNoPublish(), "more than one copy after re-subscribing");
}

void tst_ConformanceSubscribe::grantedQosCapsDelivery()
{
    // MQTT-3.8.4-6: delivered QoS = min(published QoS, granted QoS).
    const QByteArray topic = it::topicPrefix() + "/q";
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    const auto suback = subscriber.subscribe(topic, QoS::AtLeastOnce);
    HW_VERIFY_SUBACK(suback, 1);
    QCOMPARE(suback->reasonCodes.first(), quint8(1));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(topic, "two", QoS::ExactlyOnce));
    QVERIFY(publisher.publish(topic, "zero", QoS::AtMostOnce));
    const auto messages = subscriber.receivePublishes(2);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).qos, QoS::AtLeastOnce);
    QCOMPARE(messages.at(1).qos, QoS::AtMostOnce);
}

void tst_ConformanceSubscribe::unsubscribeMatchesExactly()
{
    // MQTT-3.10.4-1: UNSUBSCRIBE compares filters character by character.
    const QByteArray prefix = it::topicPrefix();
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    QVERIFY(subscriber.subscribe(prefix + "/a/#", QoS::AtLeastOnce));
    QVERIFY(subscriber.unsubscribe({prefix + "/a/b"}));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(prefix + "/a/b", "kept", QoS::AtLeastOnce));
    const auto message = subscriber.receivePublish();
    QVERIFY2(message, "UNSUBSCRIBE a/b removed the subscription a/#");
    QVERIFY(subscriber.unsubscribe({prefix + "/a/#"}));
    QVERIFY(publisher.publish(prefix + "/a/b", "gone", QoS::AtLeastOnce));
    QVERIFY2(subscriber.expectNoPublish(), "delivered after UNSUBSCRIBE");
}

void tst_ConformanceSubscribe::unsubackWithoutSubscription()
{
    // MQTT-3.10.4-5: UNSUBACK even when nothing was removed.
    RawClient client(port());
    HW_VERIFY_CONNECTED(client, it::clientId("none"));
    const auto unsuback = client.unsubscribe({it::topicPrefix() + "/never"}, 0x0a0b);
    QVERIFY(unsuback);
    QCOMPARE(unsuback->packetId, quint16(0x0a0b));
}

void tst_ConformanceSubscribe::unsubscribeSeveral()
{
    // MQTT-3.10.4-6: several filters are removed one by one, with one UNSUBACK.
    const QByteArray prefix = it::topicPrefix();
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    const QList<mqtt::Subscription> both = {{prefix + "/a", QoS::AtLeastOnce},
                                            {prefix + "/b", QoS::AtLeastOnce}};
    const auto suback = subscriber.subscribe(both);
    HW_VERIFY_SUBACK(suback, 2);
    QVERIFY(subscriber.unsubscribe({prefix + "/a", prefix + "/b", prefix + "/zz"}, 77));
    QVERIFY(subscriber.expectSilence(100)); // a single UNSUBACK
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(prefix + "/a", "a", QoS::AtLeastOnce));
    QVERIFY(publisher.publish(prefix + "/b", "b", QoS::AtLeastOnce));
    QVERIFY(subscriber.expectNoPublish());
}

void tst_ConformanceSubscribe::unsubscribeStopsQueueing()
{
    // MQTT-3.10.4-2: no new messages are queued for a removed subscription,
    // also while a CleanSession 0 client is offline.
    const QByteArray topic = it::topicPrefix() + "/t";
    const QByteArray id = it::clientId("sub");
    {
        RawClient subscriber(port());
        HW_VERIFY_CONNECTED(subscriber, id, false);
        QVERIFY(subscriber.subscribe(topic, QoS::AtLeastOnce));
        QVERIFY(subscriber.unsubscribe({topic}));
        subscriber.disconnect();
    }
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(topic, "x", QoS::AtLeastOnce));
    RawClient subscriber(port());
    HW_VERIFY_CONNECTED(subscriber, id, false);
    QVERIFY(subscriber.expectNoPublish());
}

void tst_ConformanceSubscribe::unsubscribeFinishesInflight()
{
    // MQTT-3.10.4-3: a QoS 2 delivery under way when the subscription is
    // removed is completed.
    const QByteArray topic = it::topicPrefix() + "/t";
    RawClient subscriber(port());
    subscriber.setAutoAck(false);
    HW_VERIFY_CONNECTED(subscriber, it::clientId("sub"));
    QVERIFY(subscriber.subscribe(topic, QoS::ExactlyOnce));
    RawClient publisher(port());
    HW_VERIFY_CONNECTED(publisher, it::clientId("pub"));
    QVERIFY(publisher.publish(topic, "x", QoS::ExactlyOnce));
    const auto message = subscriber.receivePublish();
    QVERIFY(message);
    subscriber.send(mqtt::AckPacket{PacketType::Pubrec, message->packetId, 0, {}});
    QVERIFY(subscriber.unsubscribe({topic}));
    QVERIFY2(subscriber.receiveAck(PacketType::Pubrel, message->packetId), "no PUBREL after UNSUBSCRIBE");
    subscriber.send(mqtt::AckPacket{PacketType::Pubcomp, message->packetId, 0, {}});
    QVERIFY(subscriber.ping());
}

QTEST_GUILESS_MAIN(tst_ConformanceSubscribe)
#include "tst_conformance_subscribe.moc"
