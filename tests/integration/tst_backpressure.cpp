// Backpressure over real sockets: a subscriber that stops reading slows its
// publisher down instead of losing QoS 1 messages, and one that stays stuck
// is disconnected while everyone else carries on. Homewire only: these are
// Homewire's own limits (congestion_bytes, slow_subscriber_timeout).
#include "brokerprocess.h"
#include "rawclient.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace homewire;
using mqtt::QoS;

class tst_Backpressure : public QObject
{
    Q_OBJECT

private slots:
    void stalledSubscriberPausesPublisherWithoutLoss()
    {
        BrokerProcess broker(BrokerProcess::Kind::Homewire);
        broker.setExtraConfig("congestion_bytes 65536\nmax_inflight_messages 16\nlog_level debug\n");
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));

        RawClient subscriber(broker.port());
        QVERIFY(subscriber.connectAs("stalled").has_value());
        QVERIFY(subscriber.subscribe("bp/#", QoS::AtLeastOnce).has_value());
        subscriber.setAutoAck(false); // and it reads nothing for now

        // The publisher pipelines its messages from a thread of its own: once
        // the broker stops reading it, its writes block, as a real device's do.
        constexpr int Total = 4000;
        std::atomic<int> acknowledged{0};
        QString publisherError;
        const quint16 port = broker.port();
        std::unique_ptr<QThread> publisherThread(QThread::create([&] {
            RawClient publisher(port);
            if (!publisher.connectAs("flooder")) {
                publisherError = QStringLiteral("the publisher could not connect");
                return;
            }
            publisher.setAutoAck(false);
            const auto takeAcks = [&](int timeoutMs) {
                while (const auto packet = publisher.receive(timeoutMs)) {
                    if (std::holds_alternative<mqtt::AckPacket>(*packet))
                        ++acknowledged;
                }
            };
            const QByteArray payload(1024, 'p');
            for (int i = 1; i <= Total; ++i) {
                publisher.send(mqtt::PublishPacket{"bp/t",
                                                   QByteArray::number(i) + ':' + payload,
                                                   QoS::AtLeastOnce,
                                                   false,
                                                   false,
                                                   quint16(i),
                                                   {}});
                if (i % 50 == 0)
                    takeAcks(1);
            }
            const QDeadlineTimer deadline(90'000);
            while (acknowledged < Total && !deadline.hasExpired())
                takeAcks(1000);
            if (acknowledged < Total)
                publisherError = QStringLiteral("only %1 of %2 acknowledged").arg(int(acknowledged)).arg(Total);
        }));
        publisherThread->start();

        // While the subscriber is stalled the acknowledgements stop coming:
        // the broker no longer reads the publisher.
        int seen = -1;
        QElapsedTimer steady;
        const QDeadlineTimer limit(30'000);
        while (!limit.hasExpired()) {
            QThread::msleep(100);
            if (acknowledged != seen) {
                seen = acknowledged;
                steady.start();
            } else if (steady.elapsed() > 1500) {
                break;
            }
        }
        qInfo("publisher acknowledged %d of %d while the subscriber was stalled", seen, Total);
        QVERIFY2(seen < Total / 2, "the publisher was not slowed down");
        QVERIFY(broker.log().contains("pausing flooder for stalled"));

        // The subscriber wakes up: everything arrives, in order, and the
        // publisher gets every acknowledgement.
        subscriber.setAutoAck(true);
        const auto received = subscriber.receivePublishes(Total, 60'000);
        QCOMPARE(received.size(), Total);
        for (int i = 0; i < Total; ++i)
            QVERIFY(received[i].payload.startsWith(QByteArray::number(i + 1) + ':'));
        QVERIFY(publisherThread->wait(QDeadlineTimer(90'000)));
        QVERIFY2(publisherError.isEmpty(), qPrintable(publisherError));
        QCOMPARE(int(acknowledged), Total);
        QVERIFY(broker.log().contains("resuming flooder for stalled"));
        QVERIFY(broker.stop());
    }

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
