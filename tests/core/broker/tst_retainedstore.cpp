// RetainedStore: the last retained message per topic, and which of them a new
// subscription's filter selects.
//
// The matching rows are the examples of MQTT 3.1.1 section 4.7, each also
// checked against mqtt::topicMatches, the reference. Storing and deleting
// follow MQTT 3.1.1 section 3.3.1.3 (MQTT-3.3.1-5, -7, -10, -11).

#include "broker/retainedstore.h"
#include "heapusage.h"
#include "mqtt/topic.h"
#include "randomtopic.h"
#include "specmatchrows.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <algorithm>

using namespace homewire;
using namespace homewire::broker;

namespace {

Message retained(const QByteArray &topic, const QByteArray &payload, mqtt::QoS qos = mqtt::QoS::AtMostOnce)
{
    Message message;
    message.topic = topic;
    message.payload = payload;
    message.qos = qos;
    message.retain = true;
    return message;
}

// The topics `filter` selects, sorted; fails the test if match() miscounts.
QByteArrayList matchTopics(const RetainedStore &store, QByteArrayView filter)
{
    QByteArrayList topics;
    const qsizetype count =
        store.match(filter, [&](const RetainedMessage &r) { topics.append(r.message.topic); });
    if (count != topics.size())
        qWarning("match() returned %lld but visited %lld", qlonglong(count), qlonglong(topics.size()));
    std::sort(topics.begin(), topics.end());
    return topics;
}

QByteArrayList referenceMatches(const QByteArrayList &topics, QByteArrayView filter)
{
    QByteArrayList out;
    for (const QByteArray &topic : topics) {
        if (mqtt::topicMatches(filter, topic))
            out.append(topic);
    }
    std::sort(out.begin(), out.end());
    return out;
}

const QByteArrayList exampleTopics{"sport",
                                   "sport/tennis",
                                   "sport/tennis/player1",
                                   "sport/tennis/player1/ranking",
                                   "sport/",
                                   "/finance",
                                   "finance",
                                   "$SYS/monitor/Clients",
                                   "$SYS",
                                   "a//b",
                                   "/"};

} // namespace

class TestRetainedStore : public QObject
{
    Q_OBJECT

private slots:
    void specExamples_data();
    void specExamples();
    void filtersOverExampleTopics_data();
    void filtersOverExampleTopics();
    void storeReplaces();
    void emptyPayloadDeletes_data();
    void emptyPayloadDeletes();
    void removeIsExact();
    void hashOverManyTopics();
    void payloadBytesAccounting();
    void forEachVisitsAll();
    void wideLevel();
    void deepTopic();
    void pruningReturnsMemory();
    void deleteJoinsChains_data();
    void deleteJoinsChains();
    void matchesReference();
    void churnMatchesReference();
    void memoryPerTopic();
};

void TestRetainedStore::specExamples_data()
{
    addSpecMatchRows();
}

void TestRetainedStore::specExamples()
{
    QFETCH(QByteArray, filter);
    QFETCH(QByteArray, topic);
    QFETCH(bool, matches);

    QCOMPARE(mqtt::topicMatches(filter, topic), matches); // the reference agrees with the row
    RetainedStore store;
    store.store(retained(topic, "payload"), 1);
    store.store(retained("$decoy/topic", "payload"), 1); // matched by none of the filters
    const QByteArrayList expected = matches ? QByteArrayList{topic} : QByteArrayList{};
    QCOMPARE(matchTopics(store, filter), expected);
}

void TestRetainedStore::filtersOverExampleTopics_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<QByteArrayList>("expected");

    QTest::newRow("+/+ [MQTT-4.7.1-3]")
        << QByteArray("+/+") << QByteArrayList{"/", "/finance", "sport/", "sport/tennis"};
    QTest::newRow("+ skips $SYS [MQTT-4.7.2-1]") << QByteArray("+") << QByteArrayList{"finance", "sport"};
    QTest::newRow("/+ [MQTT-4.7.1-3]") << QByteArray("/+") << QByteArrayList{"/", "/finance"};
    QTest::newRow("+/+/+") << QByteArray("+/+/+") << QByteArrayList{"a//b", "sport/tennis/player1"};
    QTest::newRow("# skips $SYS [MQTT-4.7.2-1]") << QByteArray("#")
                                                 << QByteArrayList{"/",
                                                                   "/finance",
                                                                   "a//b",
                                                                   "finance",
                                                                   "sport",
                                                                   "sport/",
                                                                   "sport/tennis",
                                                                   "sport/tennis/player1",
                                                                   "sport/tennis/player1/ranking"};
    QTest::newRow("sport/# with parent [MQTT-4.7.1-2]")
        << QByteArray("sport/#")
        << QByteArrayList{"sport", "sport/", "sport/tennis", "sport/tennis/player1",
                          "sport/tennis/player1/ranking"};
    QTest::newRow("sport/+ [MQTT-4.7.1-3]")
        << QByteArray("sport/+") << QByteArrayList{"sport/", "sport/tennis"};
    QTest::newRow("$SYS/# [MQTT-4.7.2-1]")
        << QByteArray("$SYS/#") << QByteArrayList{"$SYS", "$SYS/monitor/Clients"};
    QTest::newRow("$SYS/+/+ [MQTT-4.7.2-1]")
        << QByteArray("$SYS/+/+") << QByteArrayList{"$SYS/monitor/Clients"};
    QTest::newRow("+/monitor/Clients [MQTT-4.7.2-1]") << QByteArray("+/monitor/Clients") << QByteArrayList{};
    QTest::newRow("+/# skips $SYS [MQTT-4.7.2-1]") << QByteArray("+/#")
                                                   << QByteArrayList{"/",
                                                                     "/finance",
                                                                     "a//b",
                                                                     "finance",
                                                                     "sport",
                                                                     "sport/",
                                                                     "sport/tennis",
                                                                     "sport/tennis/player1",
                                                                     "sport/tennis/player1/ranking"};
    QTest::newRow("sport/tennis/+/ranking")
        << QByteArray("sport/tennis/+/ranking") << QByteArrayList{"sport/tennis/player1/ranking"};
    QTest::newRow("a/+/b empty level") << QByteArray("a/+/b") << QByteArrayList{"a//b"};
    QTest::newRow("literal without message") << QByteArray("sport/tennis/player2") << QByteArrayList{};
    QTest::newRow("beyond the leaves") << QByteArray("sport/tennis/player1/ranking/+") << QByteArrayList{};
}

void TestRetainedStore::filtersOverExampleTopics()
{
    QFETCH(QByteArray, filter);
    QFETCH(QByteArrayList, expected);

    std::sort(expected.begin(), expected.end());
    QCOMPARE(referenceMatches(exampleTopics, filter), expected);
    RetainedStore store;
    for (const QByteArray &topic : exampleTopics)
        store.store(retained(topic, topic), 1);
    QCOMPARE(matchTopics(store, filter), expected);
}

void TestRetainedStore::storeReplaces()
{
    // MQTT-3.3.1-5: the new retained message replaces the old one.
    RetainedStore store;
    store.store(retained("a/b", "1", mqtt::QoS::AtLeastOnce), 100);
    Message second = retained("a/b", "22", mqtt::QoS::ExactlyOnce);
    second.retain = false; // a stored message is retained, whatever the caller passed
    store.store(second, 200);
    QCOMPARE(store.count(), 1);
    QCOMPARE(store.payloadBytes(), 3 + 2);
    const RetainedMessage *found = store.find("a/b");
    QVERIFY(found);
    QCOMPARE(found->message.payload, QByteArray("22"));
    QCOMPARE(found->message.qos, mqtt::QoS::ExactlyOnce);
    QVERIFY(found->message.retain);
    QCOMPARE(found->storedAtMs, 200);
    QCOMPARE(matchTopics(store, "a/+"), QByteArrayList{"a/b"});
}

void TestRetainedStore::emptyPayloadDeletes_data()
{
    QTest::addColumn<QByteArrayList>("stored");
    QTest::addColumn<QByteArray>("deleted");
    QTest::addColumn<QByteArrayList>("remaining");

    QTest::newRow("deletes the retained message [MQTT-3.3.1-10]")
        << QByteArrayList{"a/b"} << QByteArray("a/b") << QByteArrayList{};
    QTest::newRow("is not stored itself [MQTT-3.3.1-11]")
        << QByteArrayList{} << QByteArray("a/b") << QByteArrayList{};
    QTest::newRow("keeps parent and child [MQTT-3.3.1-10]")
        << QByteArrayList{"a", "a/b", "a/b/c"} << QByteArray("a/b") << QByteArrayList{"a", "a/b/c"};
    QTest::newRow("keeps siblings [MQTT-3.3.1-10]")
        << QByteArrayList{"a/b", "a/c", "$SYS/b"} << QByteArray("a/b") << QByteArrayList{"$SYS/b", "a/c"};
    QTest::newRow("no topic of that name [MQTT-3.3.1-11]")
        << QByteArrayList{"a/b/c"} << QByteArray("a/b") << QByteArrayList{"a/b/c"};
}

void TestRetainedStore::emptyPayloadDeletes()
{
    QFETCH(QByteArrayList, stored);
    QFETCH(QByteArray, deleted);
    QFETCH(QByteArrayList, remaining);

    RetainedStore store;
    for (const QByteArray &topic : stored)
        store.store(retained(topic, "x"), 1);
    store.store(retained(deleted, QByteArray()), 2);
    QVERIFY(!store.find(deleted));
    QCOMPARE(store.count(), remaining.size());
    qsizetype bytes = 0;
    for (const QByteArray &topic : remaining) {
        QVERIFY(store.find(topic));
        bytes += topic.size() + 1;
    }
    QCOMPARE(store.payloadBytes(), bytes);
    QByteArrayList all;
    store.forEach([&all](const RetainedMessage &r) { all.append(r.message.topic); });
    std::sort(all.begin(), all.end());
    QCOMPARE(all, remaining);
}

void TestRetainedStore::removeIsExact()
{
    RetainedStore store;
    store.store(retained("a/b", "x"), 1);
    QVERIFY(!store.remove("a"));
    QVERIFY(!store.remove("a/b/c"));
    QVERIFY(!store.remove("a/+"));
    QVERIFY(!store.remove(""));
    QVERIFY(store.remove("a/b"));
    QVERIFY(!store.remove("a/b"));
    QCOMPARE(store.count(), 0);
}

void TestRetainedStore::hashOverManyTopics()
{
    RetainedStore store;
    QByteArrayList plain;
    for (int i = 0; i < 10000; ++i) {
        const QByteArray topic =
            (i % 10 == 0 ? "$SYS/" : "home/") + QByteArray::number(i % 37) + "/" + QByteArray::number(i);
        store.store(retained(topic, "v"), 1);
        if (i % 10 != 0)
            plain.append(topic);
    }
    QCOMPARE(store.count(), 10000);
    std::sort(plain.begin(), plain.end());
    QCOMPARE(matchTopics(store, "#"), plain); // each once; no '$' topic [MQTT-4.7.2-1]
    QCOMPARE(matchTopics(store, "$SYS/#").size(), 1000);
    QCOMPARE(matchTopics(store, "+/+/+").size(), 9000);
    QCOMPARE(matchTopics(store, "home/5/+").size(), referenceMatches(plain, "home/5/+").size());
}

void TestRetainedStore::payloadBytesAccounting()
{
    RetainedStore store;
    store.store(retained("t/1", "12345"), 1); // 3 + 5
    QCOMPARE(store.payloadBytes(), 8);
    store.store(retained("t/22", "1"), 1); // 4 + 1
    QCOMPARE(store.payloadBytes(), 13);
    store.store(retained("t/1", "123"), 1); // replaced: 3 + 3
    QCOMPARE(store.payloadBytes(), 11);
    store.store(retained("t/1", QByteArray()), 1); // deleted [MQTT-3.3.1-10]
    QCOMPARE(store.payloadBytes(), 5);
    QVERIFY(store.remove("t/22"));
    QCOMPARE(store.payloadBytes(), 0);
    QCOMPARE(store.count(), 0);
}

void TestRetainedStore::forEachVisitsAll()
{
    RetainedStore store;
    for (const QByteArray &topic : exampleTopics)
        store.store(retained(topic, "v"), 1);
    QByteArrayList visited;
    store.forEach([&visited](const RetainedMessage &r) { visited.append(r.message.topic); });
    std::sort(visited.begin(), visited.end());
    QByteArrayList expected = exampleTopics;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(visited, expected); // '$' topics too: forEach is not a subscription
}

// One level with thousands of children ("devices/<id>") is indexed; removing
// them in random order must keep every other one findable.
void TestRetainedStore::wideLevel()
{
    QRandomGenerator rng(99);
    RetainedStore store;
    QByteArrayList topics;
    for (int i = 0; i < 3000; ++i) {
        topics.append("devices/" + QByteArray::number(rng.generate(), 36) + QByteArray::number(i));
        store.store(retained(topics.last(), "on"), 1);
    }
    std::shuffle(topics.begin(), topics.end(), rng);
    while (!topics.isEmpty()) {
        QVERIFY(store.remove(topics.takeLast()));
        if (topics.size() % 97 == 0) {
            for (const QByteArray &topic : topics)
                QVERIFY2(store.find(topic), topic.constData());
            QCOMPARE(matchTopics(store, "devices/+").size(), topics.size());
        }
    }
    QCOMPARE(store.count(), 0);
    QVERIFY(matchTopics(store, "#").isEmpty());
}

void TestRetainedStore::deepTopic()
{
    // 32,768 levels, the most a 65,535-byte topic holds: nothing recurses.
    QByteArray topic = QByteArray("a/").repeated(32767) + "a";
    RetainedStore store;
    store.store(retained(topic, "deep"), 1);
    store.store(retained("a", "shallow"), 1);
    QVERIFY(store.find(topic));
    QCOMPARE(matchTopics(store, "#").size(), 2);
    QCOMPARE(matchTopics(store, "a/#").size(), 2);
    QCOMPARE(matchTopics(store, topic).size(), 1);
    QVERIFY(store.remove(topic));
    QCOMPARE(matchTopics(store, "#"), QByteArrayList{"a"});
}

void TestRetainedStore::pruningReturnsMemory()
{
    QByteArrayList topics;
    for (int i = 0; i < 2000; ++i)
        topics.append("home/room" + QByteArray::number(i % 40) + "/sensor" + QByteArray::number(i) + "/t");
    topics += QByteArrayList{"a", "a/b", "/", "$SYS/x"};
    const QByteArray payload("payload");
    RetainedStore store;
    const qint64 empty = heapInUse();
    for (int round = 0; round < 2; ++round) {
        for (const QByteArray &topic : topics)
            store.store(retained(topic, payload), 1);
        QCOMPARE(store.count(), topics.size());
        for (int i = 0; i < topics.size(); ++i) {
            if (i % 2 == 0)
                QVERIFY(store.remove(topics.at(i)));
            else
                store.store(retained(topics.at(i), QByteArray()), 2);
        }
        QCOMPARE(store.count(), 0);
        QCOMPARE(store.payloadBytes(), 0);
        if (empty >= 0)
            QCOMPARE_LE(heapInUse() - empty, heapSlack); // every node below the root is gone
    }
    store.store(retained("fresh", "x"), 1);
    QCOMPARE(matchTopics(store, "#"), QByteArrayList{"fresh"});
}

void TestRetainedStore::deleteJoinsChains_data()
{
    QTest::addColumn<QByteArrayList>("extra");
    QTest::newRow("branch") << QByteArrayList{"a/b/x"};
    QTest::newRow("message on the chain") << QByteArrayList{"a/b"};
    QTest::newRow("below the end") << QByteArrayList{"a/b/c/d/e"};
    QTest::newRow("all, deleted in order") << QByteArrayList{"a/b/x", "a/b", "a/b/c/d/e", "a/b/c"};
    QTest::newRow("all, deleted in reverse") << QByteArrayList{"a/b/c", "a/b/c/d/e", "a/b", "a/b/x"};
}

// A chain of levels split by other topics is one node again once they are
// deleted: the store is as big as one that never held them.
void TestRetainedStore::deleteJoinsChains()
{
    QFETCH(QByteArrayList, extra);
    const QByteArrayList kept{"a/b/c/d", "q"};
    const QByteArray payload("p");
    const qint64 base = heapInUse();
    if (base < 0)
        QSKIP("no heap counter on this platform");
    RetainedStore plain;
    for (const QByteArray &topic : kept)
        plain.store(retained(topic, payload), 1);
    const qint64 plainSize = heapInUse() - base;

    RetainedStore churned;
    for (const QByteArray &topic : kept + extra)
        churned.store(retained(topic, payload), 1);
    bool removed = true;
    for (const QByteArray &topic : std::as_const(extra)) // no detach: nothing but the store allocates
        removed = churned.remove(topic) && removed;
    const qint64 churnedSize = heapInUse() - base - plainSize;
    QVERIFY(removed);
    QCOMPARE_LE(qAbs(churnedSize - plainSize), heapSlack);
    QCOMPARE(matchTopics(churned, "#"), kept);
}

// Property: for a few hundred random filters over a few hundred stored topics
// (with '$' and empty levels) match() selects exactly what the reference
// topicMatches accepts; also after deleting half of the topics.
void TestRetainedStore::matchesReference()
{
    QRandomGenerator rng(20240607);
    const QByteArrayList filterLevels{"a", "b", "c", "", "$SYS", "$x", "+", "+", "#"};
    const QByteArrayList topicLevels{"a", "b", "c", "", "$SYS", "$x"};

    RetainedStore store;
    QSet<QByteArray> stored;
    for (int i = 0; i < 300; ++i) {
        const QByteArray topic = randomTopic(rng, topicLevels, false);
        store.store(retained(topic, QByteArray::number(i)), i);
        stored.insert(topic);
    }
    QCOMPARE(store.count(), stored.size());
    QList<QByteArray> filters;
    for (int i = 0; i < 300; ++i)
        filters.append(randomTopic(rng, filterLevels, true));

    const auto check = [&] {
        const QByteArrayList topics(stored.begin(), stored.end());
        for (const QByteArray &filter : filters) {
            const QByteArrayList actual = matchTopics(store, filter);
            if (actual != referenceMatches(topics, filter))
                qWarning() << "filter" << filter;
            QCOMPARE(actual, referenceMatches(topics, filter));
        }
    };
    check();
    const QList<QByteArray> snapshot(stored.begin(), stored.end());
    for (const QByteArray &topic : snapshot) {
        if (rng.bounded(2) == 0) {
            store.store(retained(topic, QByteArray()), 0);
            stored.remove(topic);
        }
    }
    QCOMPARE(store.count(), stored.size());
    check();
}

// Stores, replaces and deletes at random, so that chains of levels are split
// and joined again in every order (some labels too long to be kept inline),
// checking the store against a plain map along the way.
void TestRetainedStore::churnMatchesReference()
{
    QRandomGenerator rng(7);
    const QByteArrayList levels{"a", "b", "", "$SYS", "level-longer-than-twenty-three-bytes"};
    const QByteArrayList filters{"#", "+/#", "a/#", "+", "+/+", "a/+/#", "$SYS/#", "+/b/+", "a/b/a", "/#"};
    RetainedStore store;
    QMap<QByteArray, QByteArray> expected; // topic -> payload
    for (int step = 0; step < 3000; ++step) {
        const QByteArray topic = randomTopic(rng, levels, false, 4);
        const QByteArray payload = rng.bounded(3) == 0 ? QByteArray() : QByteArray::number(step);
        store.store(retained(topic, payload), step);
        if (payload.isEmpty())
            expected.remove(topic);
        else
            expected.insert(topic, payload);
        QCOMPARE(store.count(), expected.size());
        if (step % 50 != 0)
            continue;
        qsizetype bytes = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const RetainedMessage *found = store.find(it.key());
            QVERIFY2(found, it.key().constData());
            QCOMPARE(found->message.payload, it.value());
            bytes += it.key().size() + it.value().size();
        }
        QCOMPARE(store.payloadBytes(), bytes);
        for (const QByteArray &filter : filters)
            QCOMPARE(matchTopics(store, filter), referenceMatches(expected.keys(), filter));
    }
}

// 100,000 topics like "home/room123/sensor45/temperature" with 20-byte
// payloads. Prints the cost; asserts nothing about it, since the figure
// depends on the allocator (and grows under the sanitizers).
void TestRetainedStore::memoryPerTopic()
{
    const int topics = 100000;
    const qint64 before = heapInUse();
    if (before < 0)
        QSKIP("no heap counter on this platform");
    qint64 total = 0;
    qsizetype stringBytes = 0;
    {
        RetainedStore store;
        QByteArray scratch;
        for (int i = 0; i < topics; ++i) {
            // Exact-size copies, like the topic and payload a decoded PUBLISH carries.
            scratch = "home/room" + QByteArray::number(i / 100) + "/sensor" + QByteArray::number(i % 100) +
                      "/temperature";
            const QByteArray topic(scratch.constData(), scratch.size());
            scratch = QByteArray::number(20.0 + i % 100 / 10.0, 'f', 1).rightJustified(20, ' ');
            const QByteArray payload(scratch.constData(), scratch.size());
            store.store(retained(topic, payload), i);
        }
        scratch = QByteArray();
        total = heapInUse() - before;
        stringBytes = store.payloadBytes();
        QCOMPARE(store.count(), topics);
        QCOMPARE(matchTopics(store, "home/room7/+/temperature").size(), 100);
    }
    QCOMPARE_LE(heapInUse() - before, heapSlack);
    qInfo("retained: %d topics, %.1f heap bytes per topic, of which %.1f are topic and payload text; "
          "overhead %.1f bytes per topic (%s)",
          topics, double(total) / topics, double(stringBytes) / topics, double(total - stringBytes) / topics,
          heapCounter);
}

QTEST_GUILESS_MAIN(TestRetainedStore)
#include "tst_retainedstore.moc"
