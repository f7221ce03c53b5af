// ClientInbox: Paho's threads post, the client's thread drains. A burst from
// another thread costs one wake-up; messages and events keep their order; a
// detached inbox or a destroyed client gets no call.

#include "client/clientinbox.h"

#include <QDateTime>
#include <QTest>
#include <atomic>
#include <thread>

using namespace homewire;
using namespace homewire::client;

namespace {

// Counts the drains of one inbox and keeps what they took.
struct Drains
{
    int calls = 0;
    std::vector<Inbound> items;

    std::function<void(ClientInbox *)> callback()
    {
        return [this](ClientInbox *inbox) {
            ++calls;
            std::vector<Inbound> taken;
            inbox->takeAll(taken);
            for (Inbound &item : taken)
                items.push_back(std::move(item));
        };
    }
};

} // namespace

class TestClientInbox : public QObject
{
    Q_OBJECT

private slots:
    void burstFromAnotherThreadWakesOnce();
    void messagesAndEventsKeepTheirOrder();
    void stampsArrivalTime();
    void noWakeUpAfterDetach();
    void destroyedContextGetsNoCall();
    void pendingLimitHoldsThePoster();
    void detachLetsAHeldPosterGo();
};

// Past the limit Paho's thread waits for the client's thread (backpressure),
// and goes on once the messages were taken.
void TestClientInbox::pendingLimitHoldsThePoster()
{
    QObject context;
    Drains drains;
    auto inbox = std::make_shared<ClientInbox>(&context, drains.callback());
    inbox->setPendingLimit(10 * 1024);
    constexpr int Count = 100;
    std::atomic<int> posted{0};
    std::thread paho([&] {
        for (int i = 0; i < Count; ++i) {
            inbox->messageArrived("t", QByteArray(1024, 'x'), 0, false);
            ++posted;
        }
    });
    // Without a drain (no event processing here) the poster stops near the limit.
    for (int waited = 0; posted.load() < 5 && waited < 5000; waited += 10)
        QTest::qSleep(10);
    QTest::qSleep(200);
    const int held = posted.load();
    QVERIFY2(held < Count, "the poster was not held back");
    QVERIFY(inbox->pendingBytes() > 10 * 1024);
    // Draining lets it finish; everything arrives, in order.
    QTRY_COMPARE(int(drains.items.size()), Count);
    paho.join();
    for (int i = 0; i < Count; ++i)
        QCOMPARE(std::get<mqtt::ApplicationMessage>(drains.items[size_t(i)]).payload.size(), 1024);
    QCOMPARE(inbox->pendingBytes(), 0);
}

// A client that goes away must not leave Paho's thread waiting for it.
void TestClientInbox::detachLetsAHeldPosterGo()
{
    QObject context;
    Drains drains;
    auto inbox = std::make_shared<ClientInbox>(&context, drains.callback());
    inbox->setPendingLimit(1024);
    std::atomic<bool> done{false};
    std::thread paho([&] {
        for (int i = 0; i < 10; ++i)
            inbox->messageArrived("t", QByteArray(1024, 'x'), 0, false);
        done = true;
    });
    QTest::qSleep(200);
    QVERIFY(!done.load());
    inbox->detach();
    paho.join();
    QVERIFY(done.load());
}

void TestClientInbox::burstFromAnotherThreadWakesOnce()
{
    QObject context;
    Drains drains;
    auto inbox = std::make_shared<ClientInbox>(&context, drains.callback());
    constexpr int Count = 10'000;
    std::thread paho([&] {
        for (int i = 0; i < Count; ++i)
            inbox->messageArrived("t", QByteArray::number(i), 1, false);
    });
    paho.join(); // the poster never waited for this thread
    QCOMPARE(drains.calls, 0);

    QCoreApplication::processEvents();
    QCOMPARE(drains.calls, 1);
    QCOMPARE(int(drains.items.size()), Count);
    for (int i = 0; i < Count; ++i)
        QCOMPARE(std::get<mqtt::ApplicationMessage>(drains.items[size_t(i)]).payload, QByteArray::number(i));

    // Empty again: the next item wakes the client again.
    inbox->messageArrived("t", "again", 0, false);
    QCoreApplication::processEvents();
    QCOMPARE(drains.calls, 2);
}

void TestClientInbox::messagesAndEventsKeepTheirOrder()
{
    QObject context;
    Drains drains;
    auto inbox = std::make_shared<ClientInbox>(&context, drains.callback());
    inbox->connectSucceeded(7);
    inbox->messageArrived("a", "1", 0, true);
    inbox->messageArrived("b", "2", 2, false);
    inbox->subscribeFinished(QStringLiteral("a/#"), 1, std::nullopt);
    inbox->connectionLost(QStringLiteral("gone"));
    QCoreApplication::processEvents();

    QCOMPARE(drains.calls, 1);
    QCOMPARE(drains.items.size(), size_t(5));
    QCOMPARE(std::get<ClientEvent>(drains.items[0]).kind, ClientEvent::Kind::ConnectSucceeded);
    QCOMPARE(std::get<ClientEvent>(drains.items[0]).id, quint64(7));
    const auto &first = std::get<mqtt::ApplicationMessage>(drains.items[1]);
    QCOMPARE(first.topic, QByteArray("a"));
    QCOMPARE(first.retained, true);
    QCOMPARE(first.qos, mqtt::QoS::AtMostOnce);
    QCOMPARE(std::get<mqtt::ApplicationMessage>(drains.items[2]).qos, mqtt::QoS::ExactlyOnce);
    QCOMPARE(std::get<ClientEvent>(drains.items[3]).text, QStringLiteral("a/#"));
    QCOMPARE(std::get<ClientEvent>(drains.items[3]).code, 1);
    QCOMPARE(std::get<ClientEvent>(drains.items[4]).kind, ClientEvent::Kind::ConnectionLost);
    QCOMPARE(std::get<ClientEvent>(drains.items[4]).text, QStringLiteral("gone"));
}

void TestClientInbox::stampsArrivalTime()
{
    QObject context;
    Drains drains;
    auto inbox = std::make_shared<ClientInbox>(&context, drains.callback());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    inbox->messageArrived("t", "x", 0, false);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCoreApplication::processEvents();
    const qint64 stamp = std::get<mqtt::ApplicationMessage>(drains.items.at(0)).receivedMs;
    QVERIFY(stamp >= before && stamp <= after);
}

void TestClientInbox::noWakeUpAfterDetach()
{
    QObject context;
    Drains drains;
    auto inbox = std::make_shared<ClientInbox>(&context, drains.callback());
    inbox->detach();
    inbox->messageArrived("t", "late", 0, false); // Paho may still be mid-call
    QCoreApplication::processEvents();
    QCOMPARE(drains.calls, 0);
    std::vector<Inbound> left;
    inbox->takeAll(left);
    QCOMPARE(left.size(), size_t(1));
}

void TestClientInbox::destroyedContextGetsNoCall()
{
    Drains drains;
    auto context = std::make_unique<QObject>();
    auto inbox = std::make_shared<ClientInbox>(context.get(), drains.callback());
    inbox->messageArrived("t", "x", 0, false); // wake-up posted to the context
    context.reset();
    QCoreApplication::processEvents();
    QCOMPARE(drains.calls, 0);
}

QTEST_GUILESS_MAIN(TestClientInbox)
#include "tst_clientinbox.moc"
