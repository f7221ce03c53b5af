// BrokerStore: broker events written to a real SQLite file and read back.
#include "store/brokerstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace homewire;
using namespace homewire::broker;
using namespace homewire::store;

namespace {

StoreEvent storeEvent(StoreEvent::Kind kind, const QByteArray &clientId = {})
{
    StoreEvent e;
    e.kind = kind;
    e.clientId = clientId;
    return e;
}

Message message(const QByteArray &topic, const QByteArray &payload, mqtt::QoS qos = mqtt::QoS::AtLeastOnce)
{
    Message m;
    m.topic = topic;
    m.payload = payload;
    m.qos = qos;
    return m;
}

} // namespace

class TestBrokerStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("durability");
        QTest::newRow("fast") << int(Durability::Fast);
        QTest::newRow("durable") << int(Durability::Durable);
    }

    void roundTrip()
    {
        QFETCH(int, durability);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broker.db"));
        quint64 committed = 0;
        {
            BrokerStore store(path, Durability(durability));
            QVERIFY(store.open().hasValue());
            store.setCommitCallback([&](quint64 ticket) { committed = ticket; });

            std::vector<StoreEvent> events;
            StoreEvent retained = storeEvent(StoreEvent::Kind::RetainedChanged);
            retained.message = message("home/lamp/state", "on");
            retained.message.retain = true;
            retained.message.properties.addUserProperty("unit", "none");
            retained.timeMs = 1234;
            events.push_back(retained);
            StoreEvent gone = retained;
            gone.message = message("home/old", "x");
            events.push_back(gone);
            gone.message.payload.clear(); // empty payload removes it again
            events.push_back(gone);

            events.push_back(storeEvent(StoreEvent::Kind::SessionStored, "dash"));
            StoreEvent sub = storeEvent(StoreEvent::Kind::SubscriptionStored, "dash");
            sub.key = "home/#";
            sub.options.qos = mqtt::QoS::ExactlyOnce;
            sub.options.subscriptionIdentifier = 7;
            events.push_back(sub);
            for (quint64 seq = 1; seq <= 3; ++seq) {
                StoreEvent m = storeEvent(StoreEvent::Kind::MessageStored, "dash");
                m.sequence = seq;
                m.message = message("home/t", "m" + QByteArray::number(seq), mqtt::QoS::ExactlyOnce);
                events.push_back(m);
            }
            StoreEvent inflight = storeEvent(StoreEvent::Kind::MessageStateChanged, "dash");
            inflight.sequence = 2;
            inflight.packetId = 99;
            inflight.state = InflightMessage::State::AwaitingPubcomp;
            events.push_back(inflight);
            StoreEvent acked = storeEvent(StoreEvent::Kind::MessageDeleted, "dash");
            acked.sequence = 1;
            events.push_back(acked);
            StoreEvent qos2 = storeEvent(StoreEvent::Kind::IncomingQos2Stored, "dash");
            qos2.packetId = 5;
            events.push_back(qos2);
            events.push_back(storeEvent(StoreEvent::Kind::SessionStored, "gone"));
            events.push_back(storeEvent(StoreEvent::Kind::SessionDeleted, "gone"));
            StoreEvent barrier = storeEvent(StoreEvent::Kind::Barrier);
            barrier.sequence = 17;
            events.push_back(barrier);

            store.inbox().postAll(events);
            store.drain();
            if (Durability(durability) == Durability::Durable)
                QCOMPARE(committed, quint64(17)); // committed before the barrier is reported
            else
                QTRY_COMPARE(committed, quint64(17)); // the commit timer
        }

        BrokerStore reopened(path, Durability::Fast);
        QVERIFY(reopened.open().hasValue());
        auto state = reopened.load();
        QVERIFY(state.hasValue());
        QCOMPARE(state->retained.size(), 1);
        QCOMPARE(state->retained[0].message.topic, QByteArray("home/lamp/state"));
        QCOMPARE(state->retained[0].message.payload, QByteArray("on"));
        QCOMPARE(state->retained[0].message.properties.userProperties().size(), 1);
        QCOMPARE(state->retained[0].storedAtMs, qint64(1234));
        QCOMPARE(state->sessions.size(), 1);
        const StoredSession &s = state->sessions[0];
        QCOMPARE(s.clientId, QByteArray("dash"));
        QCOMPARE(s.subscriptions.size(), 1);
        QCOMPARE(s.subscriptions[0].first, QByteArray("home/#"));
        QCOMPARE(s.subscriptions[0].second.qos, mqtt::QoS::ExactlyOnce);
        QCOMPARE(s.subscriptions[0].second.subscriptionIdentifier, quint32(7));
        QCOMPARE(s.messages.size(), 2);
        QCOMPARE(s.messages[0].sequence, quint64(2));
        QCOMPARE(s.messages[0].packetId, quint16(99));
        QCOMPARE(s.messages[0].state, InflightMessage::State::AwaitingPubcomp);
        QCOMPARE(s.messages[1].message.payload, QByteArray("m3"));
        QCOMPARE(s.messages[1].packetId, quint16(0));
        QCOMPARE(s.incomingQos2, QList<quint16>{5});
    }

    void failedWriteIsRetriedAndNotReported()
    {
        // A write that fails (here: the table vanished under us, as good as a
        // full disk for the store) is not reported as committed, so durable
        // mode keeps the acknowledgements; once writing works again the same
        // changes are written and reported.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broker.db"));
        BrokerStore store(path, Durability::Durable);
        QVERIFY(store.open().hasValue());
        quint64 committed = 0;
        store.setCommitCallback([&](quint64 ticket) { committed = ticket; });

        QSqlDatabase saboteur =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        saboteur.setDatabaseName(path);
        QVERIFY(saboteur.open());
        QSqlQuery q(saboteur);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE retained RENAME TO retained_away")));

        std::vector<StoreEvent> events;
        StoreEvent retained = storeEvent(StoreEvent::Kind::RetainedChanged);
        retained.message = message("home/door", "closed");
        retained.message.retain = true;
        events.push_back(retained);
        StoreEvent barrier = storeEvent(StoreEvent::Kind::Barrier);
        barrier.sequence = 5;
        events.push_back(barrier);
        store.inbox().postAll(events);
        store.drain();
        QCOMPARE(committed, quint64(0));
        QVERIFY(store.failures() > 0);

        QVERIFY(q.exec(QStringLiteral("ALTER TABLE retained_away RENAME TO retained")));
        QTRY_COMPARE_WITH_TIMEOUT(committed, quint64(5), 5000); // the retry
        auto state = store.load();
        QVERIFY(state.hasValue());
        QCOMPARE(state->retained.size(), 1);
        QCOMPARE(state->retained[0].message.payload, QByteArray("closed"));
        q = QSqlQuery();
        saboteur.close();
        saboteur = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
    }
};

QTEST_GUILESS_MAIN(TestBrokerStore)
#include "tst_brokerstore.moc"
