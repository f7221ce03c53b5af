// Durable mode: no acknowledged QoS 1 message and no retained message is lost
// when the broker is killed with SIGKILL in the middle of a load.
//
// A persistent subscriber goes offline; a publisher pipelines QoS 1 retained
// messages; after part of them were acknowledged the broker is killed. After a
// restart on the same data directory, every message whose PUBACK reached the
// publisher must be in the subscriber's session and in the retained store.
// Homewire only: Mosquitto has no durable mode to compare with.
#include "brokerprocess.h"
#include "rawclient.h"

#include <QSet>
#include <QtTest>

using namespace homewire;
using mqtt::QoS;

class tst_Durability : public QObject
{
    Q_OBJECT

private slots:
    void killMidLoadLosesNothingAcknowledged()
    {
        BrokerProcess broker(BrokerProcess::Kind::Homewire);
        broker.setExtraConfig("durability durable\n");
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));

        {
            RawClient subscriber(broker.port());
            QVERIFY(subscriber.connectAs("durable-sub", false).has_value());
            QVERIFY(subscriber.subscribe("d/#", QoS::AtLeastOnce).has_value());
            subscriber.disconnect();
        }

        constexpr int Total = 3000;
        constexpr int KillAfter = 600; // acknowledgements seen before the kill
        RawClient publisher(broker.port());
        QVERIFY(publisher.connectAs("durable-pub").has_value());
        publisher.setAutoAck(false);
        QSet<quint16> acknowledged;
        int sent = 0;
        // Keep 200 in flight until enough are acknowledged, then kill.
        while (acknowledged.size() < KillAfter) {
            while (sent < Total && sent - acknowledged.size() < 200) {
                ++sent;
                mqtt::PublishPacket p{"d/" + QByteArray::number(sent),
                                      "m" + QByteArray::number(sent),
                                      QoS::AtLeastOnce,
                                      true,
                                      false,
                                      quint16(sent),
                                      {}};
                publisher.send(p);
            }
            const auto packet = publisher.receive(5000);
            QVERIFY2(packet.has_value(), "the broker stopped acknowledging");
            if (const auto *ack = std::get_if<mqtt::AckPacket>(&*packet);
                ack && ack->type == mqtt::PacketType::Puback)
                acknowledged.insert(ack->packetId);
        }
        broker.kill();
        // Acknowledgements already on their way count as acknowledged too.
        while (const auto packet = publisher.receive(300)) {
            if (const auto *ack = std::get_if<mqtt::AckPacket>(&*packet);
                ack && ack->type == mqtt::PacketType::Puback)
                acknowledged.insert(ack->packetId);
        }
        QVERIFY2(sent > acknowledged.size(), "the kill must land while messages are in flight");
        qInfo("sent %d, acknowledged %lld before SIGKILL", sent, qlonglong(acknowledged.size()));

        QVERIFY2(broker.restart(), qPrintable(broker.errorString()));

        // The persistent session kept every acknowledged message.
        RawClient subscriber(broker.port());
        const auto connack = subscriber.connectAs("durable-sub", false);
        QVERIFY(connack.has_value());
        QVERIFY(connack->sessionPresent);
        QSet<quint16> delivered;
        while (const auto publish = subscriber.receivePublish(1500))
            delivered.insert(quint16(publish->topic.mid(2).toInt()));
        for (quint16 id : std::as_const(acknowledged))
            QVERIFY2(delivered.contains(id),
                     qPrintable(QStringLiteral("acknowledged message %1 lost").arg(id)));

        // So did the retained store.
        RawClient fresh(broker.port());
        QVERIFY(fresh.connectAs("durable-check").has_value());
        QVERIFY(fresh.subscribe("d/#", QoS::AtMostOnce).has_value());
        QSet<quint16> retained;
        while (const auto publish = fresh.receivePublish(1500)) {
            QVERIFY(publish->retain);
            retained.insert(quint16(publish->topic.mid(2).toInt()));
        }
        for (quint16 id : std::as_const(acknowledged))
            QVERIFY2(retained.contains(id),
                     qPrintable(QStringLiteral("acknowledged retained %1 lost").arg(id)));
        QVERIFY(broker.stop());
    }
};

QTEST_GUILESS_MAIN(tst_Durability)
#include "tst_durability.moc"
