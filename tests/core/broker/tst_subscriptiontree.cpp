// SubscriptionTree: who receives a message published to a topic name.
//
// The matching rows are the examples of MQTT 3.1.1 section 4.7 (5.0 4.7); each
// row is also checked against mqtt::topicMatches, the reference, so the table
// cannot drift from it. Shared subscriptions follow MQTT 5.0 section 4.8.2.
// Row names cite the spec statement where there is one.

#include "broker/subscriptiontree.h"
#include "heapusage.h"
#include "mqtt/topic.h"
#include "randomtopic.h"
#include "specmatchrows.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <map>

using namespace homewire;
using namespace homewire::broker;

namespace {

SubscriptionOptions withQos(mqtt::QoS qos, quint32 identifier = 0)
{
    SubscriptionOptions options;
    options.qos = qos;
    options.subscriptionIdentifier = identifier;
    return options;
}

SubscriptionOptions withId(quint32 identifier)
{
    return withQos(mqtt::QoS::AtMostOnce, identifier);
}

QList<SubscriptionMatch> matchesOf(SubscriptionTree &tree, QByteArrayView topic)
{
    QList<SubscriptionMatch> out;
    tree.match(topic, out);
    return out;
}

QList<SessionId> sessionsOf(const QList<SubscriptionMatch> &matches)
{
    QList<SessionId> sessions;
    for (const SubscriptionMatch &m : matches)
        sessions.append(m.session);
    std::sort(sessions.begin(), sessions.end());
    return sessions;
}

QList<quint32> identifiersOf(const QList<SubscriptionMatch> &matches)
{
    QList<quint32> ids;
    for (const SubscriptionMatch &m : matches)
        ids.append(m.options.subscriptionIdentifier);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestSubscriptionTree : public QObject
{
    Q_OBJECT

private slots:
    void specExamples_data();
    void specExamples();
    void overlappingSubscriptionsMatchOncePerFilter();
    void resubscribeReplacesOptions_data();
    void resubscribeReplacesOptions();
    void unsubscribeIsExact_data();
    void unsubscribeIsExact();
    void pruningReturnsMemory();
    void sharedRoundRobin_data();
    void sharedRoundRobin();
    void sharedTwoGroupsEachGetOne();
    void sharedLeaveKeepsRotation();
    void sharedCountedWithPlain();
    void popularTopicAndManyTopics();
    void deepFilter();
    void matchesReference();
    void memoryPerSubscription();
};

void TestSubscriptionTree::specExamples_data()
{
    addSpecMatchRows();
}

void TestSubscriptionTree::specExamples()
{
    QFETCH(QByteArray, filter);
    QFETCH(QByteArray, topic);
    QFETCH(bool, matches);

    QCOMPARE(mqtt::topicMatches(filter, topic), matches); // the reference agrees with the row

    SubscriptionTree tree;
    QVERIFY(tree.subscribe(1, filter, withId(1)));
    QVERIFY(tree.subscribe(2, "$share/group/" + filter, withId(2)));
    const QList<quint32> expected = matches ? QList<quint32>{1, 2} : QList<quint32>{};
    QCOMPARE(identifiersOf(matchesOf(tree, topic)), expected);
}

void TestSubscriptionTree::overlappingSubscriptionsMatchOncePerFilter()
{
    // MQTT-3.3.5-1: the server delivers to each matching subscription; the
    // tree reports each one and the caller merges per session.
    SubscriptionTree tree;
    const QByteArrayList filters{"a/b", "a/+", "a/#", "#", "+/b", "+/+"};
    for (int i = 0; i < filters.size(); ++i)
        QVERIFY(tree.subscribe(7, filters.at(i), withQos(mqtt::QoS(i % 3), quint32(i + 1))));
    QVERIFY(tree.subscribe(8, "a/c", withId(100)));
    QCOMPARE(tree.subscriptionCount(), 7);

    const QList<SubscriptionMatch> matches = matchesOf(tree, "a/b");
    QCOMPARE(sessionsOf(matches), QList<SessionId>(6, 7));
    QCOMPARE(identifiersOf(matches), (QList<quint32>{1, 2, 3, 4, 5, 6}));
    for (const SubscriptionMatch &m : matches)
        QCOMPARE(int(m.options.qos), int(m.options.subscriptionIdentifier - 1) % 3);
}

void TestSubscriptionTree::resubscribeReplacesOptions_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<QByteArray>("topic");
    QTest::newRow("plain [MQTT-3.8.4-3]")
        << QByteArray("home/+/temperature") << QByteArray("home/x/temperature");
    QTest::newRow("shared [MQTT-3.8.4-3]") << QByteArray("$share/g/home/#") << QByteArray("home/x");
}

void TestSubscriptionTree::resubscribeReplacesOptions()
{
    QFETCH(QByteArray, filter);
    QFETCH(QByteArray, topic);

    SubscriptionTree tree;
    QVERIFY(tree.subscribe(1, filter, withQos(mqtt::QoS::AtMostOnce, 5)));
    SubscriptionOptions replaced = withQos(mqtt::QoS::ExactlyOnce, 9);
    replaced.noLocal = true;
    replaced.retainAsPublished = true;
    replaced.retainHandling = mqtt::RetainHandling::DoNotSend;
    QVERIFY(!tree.subscribe(1, filter, replaced));
    QCOMPARE(tree.subscriptionCount(), 1);
    QVERIFY(tree.find(1, filter));
    QVERIFY(*tree.find(1, filter) == replaced);

    const QList<SubscriptionMatch> matches = matchesOf(tree, topic);
    QCOMPARE(matches.size(), 1);
    QVERIFY(matches.first().options == replaced);
}

void TestSubscriptionTree::unsubscribeIsExact_data()
{
    QTest::addColumn<QByteArray>("subscribed");
    QTest::addColumn<SessionId>("session");
    QTest::addColumn<QByteArray>("unsubscribed");
    QTest::addColumn<bool>("removed");

    const auto row = [](const char *name, const char *subscribed, SessionId session, const char *unsubscribed,
                        bool removed) {
        QTest::newRow(name) << QByteArray(subscribed) << session << QByteArray(unsubscribed) << removed;
    };
    row("same filter [MQTT-3.10.4-1]", "a/#", 1, "a/#", true);
    row("a/# not by a/b [MQTT-3.10.4-1]", "a/#", 1, "a/b", false);
    row("a/+ not by a/b [MQTT-3.10.4-1]", "a/+", 1, "a/b", false);
    row("a/b not by a/# [MQTT-3.10.4-1]", "a/b", 1, "a/#", false);
    row("a/b not by a [MQTT-3.10.4-1]", "a/b", 1, "a", false);
    row("a not by a/b [MQTT-3.10.4-1]", "a", 1, "a/b", false);
    row("case matters [MQTT-3.10.4-1]", "a/B", 1, "a/b", false);
    row("other session [MQTT-3.10.4-1]", "a/b", 2, "a/b", false);
    row("shared same [MQTT-3.10.4-1]", "$share/g/a", 1, "$share/g/a", true);
    row("shared not by plain [MQTT-3.10.4-1]", "$share/g/a", 1, "a", false);
    row("plain not by shared [MQTT-3.10.4-1]", "a", 1, "$share/g/a", false);
    row("shared other group [MQTT-3.10.4-1]", "$share/g/a", 1, "$share/h/a", false);
}

void TestSubscriptionTree::unsubscribeIsExact()
{
    QFETCH(QByteArray, subscribed);
    QFETCH(SessionId, session);
    QFETCH(QByteArray, unsubscribed);
    QFETCH(bool, removed);

    SubscriptionTree tree;
    QVERIFY(tree.subscribe(1, subscribed, withId(1)));
    QCOMPARE(tree.unsubscribe(session, unsubscribed), removed);
    QCOMPARE(tree.subscriptionCount(), removed ? 0 : 1);
    QCOMPARE(tree.find(1, subscribed) != nullptr, !removed);
    QCOMPARE(tree.unsubscribe(session, unsubscribed), false); // nothing left to remove
}

void TestSubscriptionTree::pruningReturnsMemory()
{
    const QByteArrayList filters{"a/b/c", "a/b/#", "a/+/c", "+/+/+", "#", "a", "a/b", "/", "//", "$SYS/#"};
    QList<QByteArray> all;
    for (const QByteArray &f : filters) {
        all.append(f);
        all.append("$share/g/" + f);
        all.append("$share/h/" + f);
    }
    for (int i = 0; i < 1000; ++i)
        all.append("clients/" + QByteArray::number(i) + "/cmd");

    const qint64 before = heapInUse();
    {
        SubscriptionTree tree;
        const qint64 empty = heapInUse();
        for (int round = 0; round < 2; ++round) {
            for (SessionId s = 1; s <= 3; ++s) {
                for (const QByteArray &f : all)
                    QVERIFY(tree.subscribe(s, f, withId(quint32(s))));
            }
            QCOMPARE(tree.subscriptionCount(), 3 * all.size());
            for (SessionId s = 1; s <= 3; ++s) {
                for (const QByteArray &f : all)
                    QVERIFY(tree.unsubscribe(s, f));
            }
            QCOMPARE(tree.subscriptionCount(), 0);
            QVERIFY(tree.isEmpty());
            QVERIFY(matchesOf(tree, "a/b/c").isEmpty());
            // Every node but the two roots is gone, with its hash buckets.
            if (empty >= 0)
                QCOMPARE_LE(heapInUse() - empty, heapSlack);
        }
        // A fresh subscription after everything was pruned.
        QVERIFY(tree.subscribe(9, "a/b/c", withId(9)));
        QCOMPARE(sessionsOf(matchesOf(tree, "a/b/c")), QList<SessionId>{9});
        QCOMPARE(tree.subscriptionCount(), 1);
    }
    if (before >= 0)
        QCOMPARE_LE(heapInUse() - before, heapSlack);
}

void TestSubscriptionTree::sharedRoundRobin_data()
{
    QTest::addColumn<int>("members");
    QTest::addColumn<QList<SessionId>>("expected");
    QTest::newRow("one member gets all [MQTT 5.0 4.8.2]") << 1 << QList<SessionId>{1, 1, 1, 1};
    QTest::newRow("two members alternate [MQTT 5.0 4.8.2]") << 2 << QList<SessionId>{1, 2, 1, 2};
    QTest::newRow("three members in turn [MQTT 5.0 4.8.2]") << 3 << QList<SessionId>{1, 2, 3, 1, 2, 3, 1};
}

void TestSubscriptionTree::sharedRoundRobin()
{
    QFETCH(int, members);
    QFETCH(QList<SessionId>, expected);

    SubscriptionTree tree;
    for (SessionId s = 1; s <= SessionId(members); ++s)
        QVERIFY(tree.subscribe(s, "$share/workers/jobs/+", withId(quint32(s))));
    QList<SessionId> received;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QList<SubscriptionMatch> matches = matchesOf(tree, "jobs/" + QByteArray::number(i));
        QCOMPARE(matches.size(), 1); // exactly one member per group
        received.append(matches.first().session);
    }
    QCOMPARE(received, expected);
    QVERIFY(matchesOf(tree, "jobs").isEmpty());
}

void TestSubscriptionTree::sharedTwoGroupsEachGetOne()
{
    SubscriptionTree tree;
    for (SessionId s : {1, 2, 3})
        QVERIFY(tree.subscribe(s, "$share/g1/sensors/+", withId(1)));
    for (SessionId s : {4, 5})
        QVERIFY(tree.subscribe(s, "$share/g2/sensors/+", withId(2)));
    QVERIFY(tree.subscribe(9, "sensors/#", withId(3)));           // plain: every message
    QVERIFY(tree.subscribe(1, "$share/g1/sensors/#", withId(4))); // another filter: its own group

    QList<SessionId> g1, g2;
    for (int i = 0; i < 6; ++i) {
        const QList<SubscriptionMatch> matches = matchesOf(tree, "sensors/t");
        QCOMPARE(identifiersOf(matches), (QList<quint32>{1, 2, 3, 4}));
        for (const SubscriptionMatch &m : matches) {
            if (m.options.subscriptionIdentifier == 1)
                g1.append(m.session);
            else if (m.options.subscriptionIdentifier == 2)
                g2.append(m.session);
            else if (m.options.subscriptionIdentifier == 4)
                QCOMPARE(m.session, SessionId(1));
        }
    }
    QCOMPARE(g1, (QList<SessionId>{1, 2, 3, 1, 2, 3}));
    QCOMPARE(g2, (QList<SessionId>{4, 5, 4, 5, 4, 5}));
}

void TestSubscriptionTree::sharedLeaveKeepsRotation()
{
    SubscriptionTree tree;
    for (SessionId s : {1, 2, 3, 4})
        QVERIFY(tree.subscribe(s, "$share/g/t", {}));
    const auto next = [&tree] {
        return matchesOf(tree, "t").value(0).session;
    };
    QCOMPARE(next(), SessionId(1));
    QCOMPARE(next(), SessionId(2));
    QVERIFY(tree.unsubscribe(1, "$share/g/t")); // before the cursor
    QCOMPARE(next(), SessionId(3));
    QVERIFY(tree.unsubscribe(4, "$share/g/t")); // the member due next
    QCOMPARE(next(), SessionId(2));
    QVERIFY(tree.subscribe(5, "$share/g/t", {})); // joins at the end
    QCOMPARE(next(), SessionId(3));
    QCOMPARE(next(), SessionId(5));
    QCOMPARE(next(), SessionId(2));
}

void TestSubscriptionTree::sharedCountedWithPlain()
{
    SubscriptionTree tree;
    QVERIFY(tree.subscribe(1, "a/b", {}));
    QVERIFY(tree.subscribe(1, "$share/g/a/b", {}));
    QVERIFY(tree.subscribe(2, "$share/g/a/b", {}));
    QVERIFY(tree.subscribe(2, "$share/h/a/b", {}));
    QVERIFY(!tree.subscribe(2, "$share/h/a/b", {}));
    QCOMPARE(tree.subscriptionCount(), 4);
    QVERIFY(tree.find(1, "a/b"));
    QVERIFY(tree.find(1, "$share/g/a/b"));
    QVERIFY(!tree.find(1, "$share/h/a/b"));
    QVERIFY(!tree.find(2, "a/b"));
    QVERIFY(tree.unsubscribe(1, "$share/g/a/b"));
    QCOMPARE(tree.subscriptionCount(), 3);
    QVERIFY(tree.find(1, "a/b")); // the plain subscription is a different one
}

void TestSubscriptionTree::popularTopicAndManyTopics()
{
    SubscriptionTree tree;
    for (SessionId s = 1000; s >= 1; --s) // descending: inserts at the front of the sorted list
        QVERIFY(tree.subscribe(s, "broadcast", withId(quint32(s))));
    for (SessionId s = 1; s <= 10000; ++s)
        QVERIFY(tree.subscribe(s, "clients/" + QByteArray::number(s) + "/cmd", withId(quint32(s))));
    QCOMPARE(matchesOf(tree, "broadcast").size(), 1000);
    QCOMPARE(sessionsOf(matchesOf(tree, "clients/4242/cmd")), QList<SessionId>{4242});
    for (SessionId s = 1; s <= 1000; s += 2)
        QVERIFY(tree.unsubscribe(s, "broadcast"));
    QCOMPARE(matchesOf(tree, "broadcast").size(), 500);
    QVERIFY(!tree.find(1, "broadcast"));
    QVERIFY(tree.find(2, "broadcast"));
}

void TestSubscriptionTree::deepFilter()
{
    // 32,768 levels, the most a 65,535-byte filter holds: nothing recurses,
    // neither matching nor tearing the tree down.
    const QByteArray deep = QByteArray("a/").repeated(32767) + "a";
    SubscriptionTree tree;
    QVERIFY(tree.subscribe(1, deep, withId(1)));
    QVERIFY(tree.subscribe(2, QByteArray("+/").repeated(32767) + "#", withId(2)));
    QVERIFY(tree.subscribe(3, "$share/g/" + QByteArray("a/").repeated(30000) + "+", withId(3)));
    QCOMPARE(identifiersOf(matchesOf(tree, deep)), (QList<quint32>{1, 2}));
    QCOMPARE(identifiersOf(matchesOf(tree, QByteArray("a/").repeated(30000) + "b")), QList<quint32>{3});
    QVERIFY(tree.unsubscribe(1, deep));
    QVERIFY(matchesOf(tree, "a/a").isEmpty());
}

// Property: for a few hundred random filters and topics (with '+', '#', '$'
// levels and empty levels) the tree reports exactly the subscriptions that
// the reference topicMatches accepts; also after removing half of them.
void TestSubscriptionTree::matchesReference()
{
    QRandomGenerator rng(20240607);
    const QByteArrayList filterLevels{"a", "b", "c", "", "$SYS", "$x", "+", "+", "#"};
    const QByteArrayList topicLevels{"a", "b", "c", "", "$SYS", "$x"};

    // (session, filter as subscribed) -> subscription identifier; last one wins.
    std::map<std::pair<SessionId, QByteArray>, quint32> live;
    SubscriptionTree tree;
    for (quint32 id = 1; id <= 400; ++id) {
        const SessionId session = 1 + rng.bounded(150);
        QByteArray filter = randomTopic(rng, filterLevels, true);
        if (id % 5 == 0) // a shared group per session keeps round-robin deterministic
            filter = "$share/s" + QByteArray::number(session) + "/" + filter;
        const bool isNew = live.find({session, filter}) == live.end();
        QCOMPARE(tree.subscribe(session, filter, withId(id)), isNew);
        live[{session, filter}] = id;
    }
    QCOMPARE(tree.subscriptionCount(), qsizetype(live.size()));

    QList<QByteArray> topics;
    for (int i = 0; i < 300; ++i)
        topics.append(randomTopic(rng, topicLevels, false));

    const auto check = [&] {
        for (const QByteArray &topic : topics) {
            QList<quint32> expected;
            for (const auto &[key, id] : live) {
                if (mqtt::TopicFilter(key.second).matches(topic))
                    expected.append(id);
            }
            std::sort(expected.begin(), expected.end());
            const QList<quint32> actual = identifiersOf(matchesOf(tree, topic));
            if (actual != expected)
                qWarning() << "topic" << topic;
            QCOMPARE(actual, expected);
        }
    };
    check();

    for (auto it = live.begin(); it != live.end();) {
        if (rng.bounded(2) == 0) {
            QVERIFY(tree.unsubscribe(it->first.first, it->first.second));
            it = live.erase(it);
        } else {
            ++it;
        }
    }
    QCOMPARE(tree.subscriptionCount(), qsizetype(live.size()));
    check();

    for (const auto &[key, id] : live)
        QVERIFY(tree.unsubscribe(key.first, key.second));
    QVERIFY(tree.isEmpty());
    for (const QByteArray &topic : topics)
        QVERIFY(matchesOf(tree, topic).isEmpty());
}

// Prints what a subscription costs; asserts nothing about it, since the
// figure depends on the allocator (and doubles under the sanitizers).
void TestSubscriptionTree::memoryPerSubscription()
{
    const int clients = 10000;
    QList<QByteArray> filters;
    for (int i = 0; i < clients; ++i) {
        const QByteArray filter = "clients/client" + QByteArray::number(i) + "/cmd";
        filters.append(QByteArray(filter.constData(), filter.size()));
    }
    const qint64 before = heapInUse();
    if (before < 0)
        QSKIP("no heap counter on this platform");
    qint64 ownTopics = 0;
    qint64 popular = 0;
    {
        SubscriptionTree tree;
        for (int i = 0; i < clients; ++i)
            tree.subscribe(SessionId(i + 1), filters.at(i), withId(1));
        ownTopics = heapInUse() - before;
        for (int i = 0; i < clients; ++i)
            tree.subscribe(SessionId(i + 1), "home/livingroom/temperature", withId(2));
        popular = heapInUse() - before - ownTopics;
        QCOMPARE(tree.subscriptionCount(), 2 * clients);
    }
    QCOMPARE_LE(heapInUse() - before, heapSlack);
    qInfo("subscriptions: %.1f bytes each for %d clients on a topic of their own "
          "(\"clients/clientN/cmd\"), %.1f bytes each for the same clients on one topic (%s)",
          double(ownTopics) / clients, clients, double(popular) / clients, heapCounter);
}

QTEST_GUILESS_MAIN(TestSubscriptionTree)
#include "tst_subscriptiontree.moc"
