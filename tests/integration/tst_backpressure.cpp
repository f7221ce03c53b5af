// Slow subscribers over real sockets: one that stays stuck is disconnected
// while everyone else carries on. Homewire only: these are Homewire's own
// limits (congestion_bytes, slow_subscriber_timeout). Pausing publishers for
// a backlogged subscriber is covered at engine level in tst_broker.
#include "brokerprocess.h"
#include "rawclient.h"

#include <QtTest>

using namespace homewire;
using mqtt::QoS;

class tst_Backpressure : public QObject
{
    Q_OBJECT

private slots:
    void stuckSubscriberIsDisconnectedOthersCarryOn()
    {
        BrokerProcess broker(BrokerProcess::Kind::Homewire);
        broker.setExtraConfig("congestion_bytes 65536\nslow_subscriber_timeout 1\n");
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));

        RawClient stuck(broker.port());
        QVERIFY(stuck.connectAs("stuck").has_value());
        QVERIFY(stuck.subscribe("slow/#", QoS::AtMostOnce).has_value());
        RawClient healthy(broker.port());
        QVERIFY(healthy.connectAs("healthy").has_value());
        QVERIFY(healthy.subscribe("other/#", QoS::AtMostOnce).has_value());

        RawClient publisher(broker.port());
        QVERIFY(publisher.connectAs("firehose").has_value());
        const QByteArray payload(16 * 1024, 's');
        for (int i = 0; i < 2000; ++i) // 32 MB for a subscriber that reads nothing
            publisher.publish("slow/t", payload, QoS::AtMostOnce);
        QVERIFY(publisher.ping(10'000));

        QTRY_VERIFY_WITH_TIMEOUT(broker.log().contains("disconnecting stuck"), 15'000);
        QVERIFY(stuck.waitClosed(30'000));
        // Nobody else noticed.
        QVERIFY(publisher.ping());
        publisher.publish("other/x", "still here", QoS::AtLeastOnce);
        const auto message = healthy.receivePublish();
        QVERIFY(message.has_value());
        QCOMPARE(message->payload, QByteArray("still here"));
        QVERIFY(broker.stop());
    }
};

QTEST_GUILESS_MAIN(tst_Backpressure)
#include "tst_backpressure.moc"
