// The protocol engine without sockets: an in-memory BrokerSink records what
// the broker sends, a ManualClock drives time. Wire-level behaviour over real
// sockets is covered by tests/integration.
#include "broker/broker.h"
#include "enginetest.h"

#include <QtTest>

using namespace homewire;
using namespace homewire::broker;
using namespace homewire::mqtt;
using namespace homewire::broker::test;

class TestBroker : public QObject
{
    Q_OBJECT

private:
    RecordingSink sink;
    ManualClock clock;
    std::unique_ptr<Broker> broker;
    ConnectionId nextId = 1;

    ConnectionId open(const QByteArray &clientId, bool clean = true,
                      ProtocolVersion v = ProtocolVersion::V311)
    {
        const ConnectionId id = nextId++;
        broker->connectionOpened(id, QStringLiteral("test:%1").arg(id));
        broker->packetReceived(id, connectPacket(clientId, clean, v));
        return id;
    }
    ConnackPacket connack(ConnectionId id)
    {
        const auto packets = sink.sent.value(id);
        return packets.isEmpty() ? ConnackPacket{false, 0xFF, {}} : std::get<ConnackPacket>(packets.first());
    }

private slots:
    void init()
    {
        sink = RecordingSink{};
        BrokerConfig config;
        config.maxInflightMessages = 4;
        config.maxQueuedMessages = 10;
        broker = std::make_unique<Broker>(config, sink, clock);
        nextId = 1;
    }

    void connectGetsConnackFirst()
    {
        const auto c = open("a");
        QCOMPARE(sink.sent[c].size(), 1);
        QCOMPARE(connack(c).reasonCode, quint8(0)); // MQTT-3.1.4-4, MQTT-3.2.0-1
        QCOMPARE(connack(c).sessionPresent, false);
    }

    void firstPacketMustBeConnect()
    {
        broker->connectionOpened(9, QStringLiteral("x"));
        broker->packetReceived(9, PingreqPacket{});
        QVERIFY(sink.closed.contains(9)); // MQTT-3.1.0-1
        QVERIFY(sink.sent.value(9).isEmpty());
    }

    void secondConnectCloses()
    {
        const auto c = open("a");
        broker->packetReceived(c, connectPacket("a"));
        QVERIFY(sink.closed.contains(c)); // MQTT-3.1.0-2
        QCOMPARE(sink.sent[c].size(), 1);
    }

    void emptyClientIdWithoutCleanSessionIsRejected()
    {
        const auto c = open("", false);
        QCOMPARE(connack(c).reasonCode, quint8(ConnectReturnCode::IdentifierRejected)); // MQTT-3.1.3-8
        QVERIFY(sink.closed.contains(c));
    }

    void emptyClientIdsGetUniqueIdentifiers()
    {
        const auto a = open("");
        const auto b = open("");
        QCOMPARE(connack(a).reasonCode, quint8(0)); // MQTT-3.1.3-6
        QCOMPARE(connack(b).reasonCode, quint8(0));
        QVERIFY(!sink.closed.contains(a));
        QCOMPARE(broker->connectedClientCount(), 2);
    }

    void takeoverClosesOldConnection()
    {
        const auto a = open("x");
        const auto b = open("x");
        QVERIFY(sink.closed.contains(a)); // MQTT-3.1.4-2
        QVERIFY(!sink.closed.contains(b));
        QCOMPARE(broker->connectedClientCount(), 1);
    }

    void persistentSessionQueuesWhileOffline()
    {
        auto s = open("sub", false);
        broker->packetReceived(s, subscribe(1, "t", QoS::ExactlyOnce));
        broker->packetReceived(s, DisconnectPacket{});
        const auto p = open("pub");
        broker->packetReceived(p, publish("t", "one", QoS::AtLeastOnce, 1));
        broker->packetReceived(p, publish("t", "two", QoS::ExactlyOnce, 2));
        broker->packetReceived(p, publish("t", "zero", QoS::AtMostOnce));
        s = open("sub", false);
        QCOMPARE(connack(s).sessionPresent, true); // MQTT-3.2.2-2
        const auto got = sink.publishes(s);
        QCOMPARE(got.size(), 2); // MQTT-3.1.2-5: QoS 1 and 2 queued, QoS 0 not
        QCOMPARE(got[0].payload, QByteArray("one"));
        QCOMPARE(got[1].payload, QByteArray("two"));
    }

    void cleanSessionDiscardsState()
    {
        auto s = open("sub", false);
        broker->packetReceived(s, subscribe(1, "t", QoS::AtLeastOnce));
        broker->packetReceived(s, DisconnectPacket{});
        s = open("sub", true);
        QCOMPARE(connack(s).sessionPresent, false); // MQTT-3.2.2-1
        broker->packetReceived(s, DisconnectPacket{});
        s = open("sub", false);
        QCOMPARE(connack(s).sessionPresent, false); // MQTT-3.1.2-6
    }

    void qos2IsDeliveredOnceDespiteResend()
    {
        const auto s = open("sub");
        broker->packetReceived(s, subscribe(1, "t", QoS::ExactlyOnce));
        const auto p = open("pub");
        auto first = publish("t", "x", QoS::ExactlyOnce, 7);
        broker->packetReceived(p, first);
        first.dup = true;
        broker->packetReceived(p, first);
        broker->packetReceived(p, first);
        QCOMPARE(sink.publishes(s).size(), 1); // MQTT-4.3.3-2
        int pubrecs = 0;
        for (const Packet &packet : sink.sent[p]) {
            if (const auto *a = std::get_if<AckPacket>(&packet);
                a && a->type == PacketType::Pubrec && a->packetId == 7)
                ++pubrecs;
        }
        QCOMPARE(pubrecs, 3);
        broker->packetReceived(p, AckPacket{PacketType::Pubrel, 7, 0, {}});
        QVERIFY(std::get<AckPacket>(sink.sent[p].last()).type == PacketType::Pubcomp);
        broker->packetReceived(p, publish("t", "y", QoS::ExactlyOnce, 7)); // id free again
        QCOMPARE(sink.publishes(s).size(), 2);
    }

    void overlappingSubscriptionsDeliverOnceAtHighestQoS()
    {
        const auto s = open("sub");
        broker->packetReceived(s, subscribe(1, "a/#", QoS::AtMostOnce));
        broker->packetReceived(s, subscribe(2, "a/b", QoS::ExactlyOnce));
        const auto p = open("pub");
        broker->packetReceived(p, publish("a/b", "x", QoS::ExactlyOnce, 1));
        const auto got = sink.publishes(s);
        QCOMPARE(got.size(), 1); // MQTT-3.3.5-1
        QCOMPARE(got[0].qos, QoS::ExactlyOnce);
    }

    void deliveredQoSIsTheMinimum()
    {
        const auto s = open("sub");
        broker->packetReceived(s, subscribe(1, "q", QoS::AtLeastOnce));
        const auto p = open("pub");
        broker->packetReceived(p, publish("q", "2", QoS::ExactlyOnce, 1));
        broker->packetReceived(p, publish("q", "0", QoS::AtMostOnce));
        const auto got = sink.publishes(s);
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0].qos, QoS::AtLeastOnce); // MQTT-3.8.4-6
        QCOMPARE(got[1].qos, QoS::AtMostOnce);
    }

    void inflightWindowQueuesAndPumps()
    {
        const auto s = open("sub");
        broker->packetReceived(s, subscribe(1, "t", QoS::AtLeastOnce));
        const auto p = open("pub");
        for (int i = 0; i < 6; ++i)
            broker->packetReceived(p, publish("t", QByteArray::number(i), QoS::AtLeastOnce, quint16(i + 1)));
        auto got = sink.publishes(s);
        QCOMPARE(got.size(), 4); // window of 4
        QSet<quint16> ids;
        for (const auto &g : got)
            ids.insert(g.packetId);
        QCOMPARE(ids.size(), 4); // MQTT-2.3.1-4: distinct while in flight
        broker->packetReceived(s, AckPacket{PacketType::Puback, got[0].packetId, 0, {}});
        got = sink.publishes(s);
        QCOMPARE(got.size(), 5);
        QCOMPARE(got[4].payload, QByteArray("4")); // order kept (MQTT-4.6.0-6)
    }

    void offlineQueueLimitIsCounted()
    {
        auto s = open("sub", false);
        broker->packetReceived(s, subscribe(1, "t", QoS::AtLeastOnce));
        broker->packetReceived(s, DisconnectPacket{});
        const auto p = open("pub");
        for (int i = 0; i < 15; ++i)
            broker->packetReceived(p, publish("t", "m", QoS::AtLeastOnce, quint16(i + 1)));
        QCOMPARE(broker->stats().droppedQueueFull, qint64(5));
        QCOMPARE(broker->findSession("sub")->queue.size(), size_t(10));
    }

    void unackedMessagesAreResentWithDup()
    {
        auto s = open("sub", false);
        broker->packetReceived(s, subscribe(1, "t", QoS::ExactlyOnce));
        const auto p = open("pub");
        broker->packetReceived(p, publish("t", "q1", QoS::AtLeastOnce, 1));
        broker->packetReceived(p, publish("t", "q2", QoS::ExactlyOnce, 2));
        const auto first = sink.publishes(s);
        QCOMPARE(first.size(), 2);
        broker->packetReceived(s,
                               AckPacket{PacketType::Pubrec, first[1].packetId, 0, {}}); // q2 at PUBREL stage
        broker->connectionClosed(s, CloseReason::PeerClosed);
        s = open("sub", false);
        const auto packets = sink.sent[s];
        // CONNACK, PUBLISH q1 with DUP and the same id, then PUBREL for q2 (MQTT-4.4.0-1, MQTT-4.3.3-1).
        QCOMPARE(packets.size(), 3);
        const auto resent = std::get<PublishPacket>(packets[1]);
        QVERIFY(resent.dup);
        QCOMPARE(resent.packetId, first[0].packetId);
        QCOMPARE(std::get<AckPacket>(packets[2]).type, PacketType::Pubrel);
        QCOMPARE(std::get<AckPacket>(packets[2]).packetId, first[1].packetId);
    }

    void willOnAbnormalCloseOnly()
    {
        const auto s = open("watcher");
        broker->packetReceived(s, subscribe(1, "w", QoS::AtMostOnce));
        auto connect = connectPacket("dev");
        connect.will = WillMessage{"w", "bye", QoS::AtMostOnce, false, {}};
        broker->connectionOpened(50, QStringLiteral("x"));
        broker->packetReceived(50, connect);
        broker->packetReceived(50, DisconnectPacket{});
        QCOMPARE(sink.publishes(s).size(), 0); // MQTT-3.14.4-3
        broker->connectionOpened(51, QStringLiteral("x"));
        broker->packetReceived(51, connect);
        broker->connectionClosed(51, CloseReason::KeepAliveTimeout);
        QCOMPARE(sink.publishes(s).size(), 1); // MQTT-3.1.2-8
        QCOMPARE(sink.publishes(s)[0].payload, QByteArray("bye"));
    }

    void retainedOnSubscribeAndEmptyDeletes()
    {
        const auto p = open("pub");
        broker->packetReceived(p, publish("r", "x", QoS::AtLeastOnce, 1, true));
        auto s = open("sub");
        broker->packetReceived(s, subscribe(1, "r", QoS::ExactlyOnce));
        auto got = sink.publishes(s);
        QCOMPARE(got.size(), 1);
        QVERIFY(got[0].retain); // MQTT-3.3.1-8
        QCOMPARE(got[0].qos, QoS::AtLeastOnce);
        broker->packetReceived(p, publish("r", "", QoS::AtMostOnce, 0, true));
        got = sink.publishes(s);
        QCOMPARE(got.size(), 2);
        QVERIFY(!got[1].retain);                 // live delivery: RETAIN 0 (MQTT-3.3.1-9)
        QCOMPARE(broker->retained().count(), 0); // MQTT-3.3.1-10
    }

    void sysTopicsArePublishedAndHiddenFromHash()
    {
        const auto all = open("all");
        broker->packetReceived(all, subscribe(1, "#", QoS::AtMostOnce));
        const auto sys = open("sys");
        broker->packetReceived(sys, subscribe(1, "$SYS/#", QoS::AtMostOnce));
        broker->publishSysTopics();
        QCOMPARE(sink.publishes(all).size(), 0); // MQTT-4.7.2-1
        QVERIFY(sink.publishes(sys).size() >= 10);
        bool sawClients = false;
        for (const auto &m : sink.publishes(sys))
            sawClients = sawClients || (m.topic == "$SYS/broker/clients/connected" && m.payload == "2");
        QVERIFY(sawClients);
    }

    void clientsCannotPublishToSys()
    {
        const auto s = open("sys");
        broker->packetReceived(s, subscribe(1, "$SYS/#", QoS::AtMostOnce));
        const auto p = open("pub");
        broker->packetReceived(p, publish("$SYS/broker/uptime", "forged", QoS::AtLeastOnce, 1));
        QCOMPARE(sink.publishes(s).size(), 0);
        QCOMPARE(broker->stats().droppedSysPublish, qint64(1));
        QCOMPARE(std::get<AckPacket>(sink.sent[p].last()).type, PacketType::Puback);
    }

    void willCannotFeedSys()
    {
        const auto s = open("sys");
        broker->packetReceived(s, subscribe(1, "$SYS/#", QoS::AtMostOnce));
        auto connect = connectPacket("forger");
        connect.will = WillMessage{"$SYS/broker/version", "forged", QoS::AtMostOnce, true, {}};
        broker->connectionOpened(60, QStringLiteral("x"));
        broker->packetReceived(60, connect);
        broker->connectionClosed(60, CloseReason::PeerClosed);
        QCOMPARE(sink.publishes(s).size(), 0);
        QVERIFY(!broker->retained().find("$SYS/broker/version"));
    }

    void v5DisconnectCannotExtendACleanSession()
    {
        const auto c = open("v5", true, ProtocolVersion::V5);
        DisconnectPacket disconnect;
        disconnect.properties.setInteger(PropertyId::SessionExpiryInterval, 3600);
        broker->packetReceived(c, disconnect);
        QVERIFY(sink.closed.contains(c));
        // Closed as a protocol error: DISCONNECT 0x82 before the close.
        const auto last = std::get<DisconnectPacket>(sink.sent[c].last());
        QCOMPARE(last.reasonCode, ReasonCode::ProtocolError);
        QVERIFY(!broker->findSession("v5"));
    }

    void congestedSubscriberPausesPublisher()
    {
        const auto s = open("slow");
        broker->packetReceived(s, subscribe(1, "t", QoS::AtLeastOnce));
        const auto p = open("fast");
        broker->connectionCongested(s, true);
        broker->packetReceived(p, publish("t", "x", QoS::AtLeastOnce, 1));
        QCOMPARE(sink.paused.value(p), true);
        broker->connectionCongested(s, false);
        QCOMPARE(sink.paused.value(p), false);
        // QoS 0 still reaches a congested subscriber; once overloaded it may be
        // dropped, and is counted.
        broker->connectionCongested(s, true);
        broker->packetReceived(p, publish("t", "y"));
        QCOMPARE(broker->stats().droppedQos0, qint64(0));
        broker->connectionCongested(s, true, true);
        broker->packetReceived(p, publish("t", "z"));
        QCOMPARE(broker->stats().droppedQos0, qint64(1));
        clock.advance(61'000);
        broker->checkSlowSubscribers();
        QVERIFY(sink.closed.contains(s));
        QCOMPARE(broker->stats().slowDisconnects, qint64(1));
        QCOMPARE(sink.paused.value(p), false);
    }
};

QTEST_APPLESS_MAIN(TestBroker)
#include "tst_broker.moc"
