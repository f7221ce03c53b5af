// ClientInbox: Paho's threads post, the client's thread drains. A burst from
// another thread costs one wake-up; messages and events keep their order; a
// detached inbox or a destroyed client gets no call.

#include "client/clientinbox.h"

#include <QDateTime>
#include <QTest>
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
};

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
