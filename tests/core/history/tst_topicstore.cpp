// TopicStore: the tree by level, counts, bounded histories, the listener's
// call sequences, removal, pausing, and memory per topic.
#include "../broker/heapusage.h"
#include "history/topicstore.h"

#include <QTest>

using namespace homewire;
using namespace homewire::history;
using mqtt::ApplicationMessage;
using mqtt::QoS;

namespace {

ApplicationMessage msg(const QByteArray &topic, const QByteArray &payload = "v", bool retained = false,
                       qint64 receivedMs = 1000, QoS qos = QoS::AtMostOnce)
{
    return ApplicationMessage{topic, payload, qos, retained, receivedMs};
}

QList<ApplicationMessage> batch(const QByteArrayList &topics)
{
    QList<ApplicationMessage> out;
    for (const QByteArray &t : topics)
        out.append(msg(t));
    return out;
}

QString nameOf(const TopicNode *node)
{
    return node->isRoot() ? QStringLiteral("<root>") : QString::fromUtf8(node->topicView());
}

// The tree as indented lines "name [own messages]", children in row order.
QStringList dump(const TopicNode *node, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < node->childCount(); ++row) {
        const TopicNode *child = node->child(row);
        lines.append(QString(depth * 2, QLatin1Char(' ')) + QLatin1Char('"') +
                     QString::fromUtf8(child->name()) + QLatin1Char('"') +
                     (child->hasMessage() ? QStringLiteral(" [%1]").arg(child->messageCount()) : QString()));
        lines += dump(child, depth + 1);
    }
    return lines;
}

// Records the listener's calls as text and checks, as they happen, that a
// model would see a consistent tree.
class Recorder : public TopicStoreListener
{
public:
    QStringList events;
    QStringList violations;

    void beginInsertChildren(const TopicNode *parent, int first, int last) override
    {
        events.append(QStringLiteral("insert %1 %2..%3").arg(nameOf(parent)).arg(first).arg(last));
        if (parent->childCount() != first)
            violations.append(
                QStringLiteral("children of %1 visible before their insert").arg(nameOf(parent)));
        if (!parent->isRoot() && parent->row() >= parent->parent()->childCount())
            violations.append(QStringLiteral("%1 gets children before it was inserted").arg(nameOf(parent)));
        m_open = {parent, last + 1};
    }
    void endInsertChildren() override
    {
        if (m_open.first->childCount() != m_open.second)
            violations.append(
                QStringLiteral("insert into %1 did not publish its rows").arg(nameOf(m_open.first)));
    }
    void childrenChanged(const TopicNode *parent, int first, int last) override
    {
        events.append(QStringLiteral("changed %1 %2..%3").arg(nameOf(parent)).arg(first).arg(last));
        if (last >= parent->childCount())
            violations.append(QStringLiteral("change beyond the published rows of %1").arg(nameOf(parent)));
    }
    void beginRemoveChildren(const TopicNode *parent, int first, int last) override
    {
        events.append(QStringLiteral("remove %1 %2..%3").arg(nameOf(parent)).arg(first).arg(last));
    }
    void endRemoveChildren() override { events.append(QStringLiteral("removed")); }
    void beginReset() override { events.append(QStringLiteral("reset")); }
    void endReset() override { events.append(QStringLiteral("reset done")); }
    void batchApplied() override { ++batches; }

    int batches = 0;

    QStringList take()
    {
        QStringList out = events;
        events.clear();
        return out;
    }

private:
    std::pair<const TopicNode *, int> m_open{nullptr, 0};
};

// QStringList from plain literals (QT_NO_CAST_FROM_ASCII is on).
QStringList lines(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *text : texts)
        out.append(QString::fromUtf8(text));
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestTopicStore : public QObject
{
    Q_OBJECT

private slots:
    void treeByLevel_data();
    void treeByLevel();
    void countsAggregateUpTheTree();
    void lastMessageAndFullTopic();
    void innerNodeGetsItsOwnMessage();
    void findsNodesWithAndWithoutMessages();
    void skipsMessagesThatAreNotTopics();
    void sharesTopicBuffersButNotSpareCapacity();
    void stampsMessagesWithoutTimeFromClock();
    void manyChildrenAreFoundThroughTheirIndex();
    void historyBoundedByCount();
    void historyBoundedByBytes();
    void oversizedMessageKeptAsLatest();
    void largePayloadStreamDoesNotAccumulate();
    void historyBudgetSharedByAllTopics();
    void newLimitsTrimKeptHistory();
    void oneInsertPerParentPerBatch();
    void changedRangesPerParent();
    void newAndChangedInOneBatch();
    void removeSubtreeTakesEmptyAncestors();
    void removeSubtreeKeepsAncestorWithMessage();
    void removedTopicsComeBackAsNew();
    void clearForgetsEverything();
    void retainedMessagesUnder();
    void forEachTopicInTreeOrder();
    void pauseBuffersAndResumeApplies();
    void pauseDropsOldestBeyondMessageLimit();
    void pauseDropsOldestBeyondByteLimit();
    void backlogAppliedInChunksKeepsOrder();
    void deepTopicDoesNotRecurse();
    void largeBatchSmoke();
    void memoryPerTopic();
};

void TestTopicStore::treeByLevel_data()
{
    QTest::addColumn<QByteArrayList>("topics");
    QTest::addColumn<QStringList>("tree");

    QTest::newRow("levels in arrival order")
        << QByteArrayList{"home/kitchen/temp", "home/attic", "home/kitchen/hum", "garden"}
        << lines({"\"home\"", "  \"kitchen\"", "    \"temp\" [1]", "    \"hum\" [1]", "  \"attic\" [1]",
                  "\"garden\" [1]"});
    QTest::newRow("empty level in the middle [MQTT-4.7.1-3 '+/+' matches '/finance']")
        << QByteArrayList{"a//b"} << lines({"\"a\"", "  \"\"", "    \"b\" [1]"});
    QTest::newRow("leading slash is an empty first level")
        << QByteArrayList{"/finance"} << lines({"\"\"", "  \"finance\" [1]"});
    QTest::newRow("trailing slash is an empty last level")
        << QByteArrayList{"sport/"} << lines({"\"sport\"", "  \"\" [1]"});
    QTest::newRow("a lone slash is two empty levels") << QByteArrayList{"/"} << lines({"\"\"", "  \"\" [1]"});
    QTest::newRow("$SYS topics are ordinary levels")
        << QByteArrayList{"$SYS/broker/uptime", "$SYS/broker/clients/total"}
        << lines(
               {"\"$SYS\"", "  \"broker\"", "    \"uptime\" [1]", "    \"clients\"", "      \"total\" [1]"});
    QTest::newRow("same topic twice counts twice")
        << QByteArrayList{"a/b", "a/b"} << lines({"\"a\"", "  \"b\" [2]"});
    QTest::newRow("parent and child both topics")
        << QByteArrayList{"a/b", "a"} << lines({"\"a\" [1]", "  \"b\" [1]"});
    QTest::newRow("topics are case sensitive")
        << QByteArrayList{"A", "a"} << lines({"\"A\" [1]", "\"a\" [1]"});
}

void TestTopicStore::treeByLevel()
{
    QFETCH(QByteArrayList, topics);
    QFETCH(QStringList, tree);

    TopicStore store;
    store.ingest(batch(topics));
    QCOMPARE(dump(store.root()), tree);

    // The same topics one message per batch build the same tree.
    TopicStore oneByOne;
    for (const QByteArray &topic : topics)
        oneByOne.ingest({msg(topic)});
    QCOMPARE(dump(oneByOne.root()), tree);
}

void TestTopicStore::countsAggregateUpTheTree()
{
    TopicStore store;
    store.ingest(
        batch({"home/kitchen/temp", "home/kitchen/temp", "home/kitchen/hum", "home/attic", "garden"}));
    store.ingest(batch({"home/kitchen/temp", "home"}));

    const TopicNode *home = store.find("home");
    const TopicNode *kitchen = store.find("home/kitchen");
    QVERIFY(home && kitchen);
    QCOMPARE(store.find("home/kitchen/temp")->messageCount(), 3u);
    QCOMPARE(kitchen->messageCount(), 0u);
    QCOMPARE(kitchen->subtreeTopicCount(), 2u);
    QCOMPARE(kitchen->subtreeMessageCount(), 4u);
    QCOMPARE(home->subtreeTopicCount(), 4u); // temp, hum, attic and home itself
    QCOMPARE(home->subtreeMessageCount(), 6u);
    QCOMPARE(store.topicCount(), 5);
    QCOMPARE(store.messageCount(), 7u);
    QCOMPARE(store.nodeCount(), 6); // home, kitchen, temp, hum, attic, garden
}

void TestTopicStore::lastMessageAndFullTopic()
{
    TopicStore store;
    store.ingest({msg("a/b/c", "first", false, 10, QoS::AtLeastOnce)});
    store.ingest({msg("a/b/c", "second", true, 20, QoS::ExactlyOnce)});

    const TopicNode *c = store.find("a/b/c");
    QVERIFY(c);
    QCOMPARE(c->name(), QByteArrayView("c"));
    QCOMPARE(c->topic(), QByteArray("a/b/c"));
    QCOMPARE(c->lastMessage(), (ApplicationMessage{"a/b/c", "second", QoS::ExactlyOnce, true, 20}));
    QCOMPARE(c->qos(), QoS::ExactlyOnce);
    QVERIFY(c->isRetained());
    QCOMPARE(c->updatedMs(), 20);
    QCOMPARE(store.latestUpdateMs(), 20);

    const TopicNode *b = store.find("a/b");
    QCOMPARE(b->topic(), QByteArray("a/b")); // cut out of the buffer "a/b/c"
    QCOMPARE(b->name(), QByteArrayView("b"));
    QVERIFY(!b->hasMessage());
    QCOMPARE(b->lastMessage(), ApplicationMessage());
    QCOMPARE(b->parent()->topic(), QByteArray("a"));
    QVERIFY(b->parent()->parent()->isRoot());
}

void TestTopicStore::innerNodeGetsItsOwnMessage()
{
    TopicStore store;
    store.ingest(batch({"a/b/c"}));
    store.ingest({msg("a/b", "mine")});
    store.ingest({msg("a/b", "again")});

    const TopicNode *b = store.find("a/b");
    QCOMPARE(b->messageCount(), 2u);
    QCOMPARE(b->lastMessage().topic, QByteArray("a/b"));
    QCOMPARE(store.history(b).size(), 2);
    QCOMPARE(store.history(b).first().payload, QByteArray("mine"));
    QCOMPARE(store.find("a")->subtreeMessageCount(), 3u);
}

void TestTopicStore::findsNodesWithAndWithoutMessages()
{
    TopicStore store;
    store.ingest(batch({"a//b", "x/y"}));
    QVERIFY(store.find("a//b"));
    QCOMPARE(store.find("a/"), store.find("a//b")->parent());
    QVERIFY(store.find("a"));
    QVERIFY(!store.find("a/b"));
    QVERIFY(!store.find("x/y/z"));
    QVERIFY(!store.find(""));
    QVERIFY(!store.find("q"));
}

void TestTopicStore::skipsMessagesThatAreNotTopics()
{
    TopicStore store;
    Recorder recorder;
    store.setListener(&recorder);
    store.ingest({msg(""), msg(QByteArray(TopicStore::MaxTopicLength + 1, 'x')), msg("ok")});
    QCOMPARE(store.ignoredCount(), 2u);
    QCOMPARE(store.topicCount(), 1);
    QCOMPARE(recorder.take(), QStringList{QStringLiteral("insert <root> 0..0")});

    store.ingest({msg(QByteArray(TopicStore::MaxTopicLength, 'y'))}); // the longest legal topic
    QCOMPARE(store.topicCount(), 2);
}

void TestTopicStore::sharesTopicBuffersButNotSpareCapacity()
{
    TopicStore store;
    const QByteArray exact("a/b/c");
    QByteArray roomy("x/y");
    roomy.reserve(4096);
    store.ingest({msg(exact), msg(roomy)});
    // The nodes of "a/b/c" all point into the message's own buffer.
    QCOMPARE(store.find("a/b/c")->topicView().data(), exact.constData());
    QCOMPARE(store.find("a")->topicView().data(), exact.constData());
    // A buffer with kilobytes to spare is copied rather than kept alive.
    QVERIFY(store.find("x/y")->topicView().data() != roomy.constData());
    QCOMPARE(store.find("x/y")->topic(), QByteArray("x/y"));
}

void TestTopicStore::stampsMessagesWithoutTimeFromClock()
{
    ManualClock clock(5000);
    TopicStore store(&clock);
    store.ingest({msg("a", "v", false, 0), msg("b", "v", false, 42)});
    QCOMPARE(store.find("a")->updatedMs(), 5000);
    QCOMPARE(store.find("b")->updatedMs(), 42);
    QCOMPARE(store.latestUpdateMs(), 5000);
}

void TestTopicStore::manyChildrenAreFoundThroughTheirIndex()
{
    TopicStore store;
    QList<ApplicationMessage> messages;
    for (int i = 0; i < 100; ++i)
        messages.append(msg("dev/" + QByteArray::number(i) + "/state"));
    store.ingest(messages);
    const TopicNode *dev = store.find("dev");
    QCOMPARE(dev->childCount(), 100);
    for (int i = 0; i < 100; ++i) {
        const TopicNode *n = store.find("dev/" + QByteArray::number(i));
        QVERIFY(n);
        QCOMPARE(n->row(), i);
    }
    // Removal from the middle renumbers the rows and keeps lookups right.
    store.removeSubtree(store.find("dev/50"));
    QCOMPARE(dev->childCount(), 99);
    QVERIFY(!store.find("dev/50"));
    QCOMPARE(store.find("dev/51")->row(), 50);
    QCOMPARE(store.find("dev/99")->row(), 98);
    // A new child after the removal is found too, by walking (no message yet on "dev/50").
    store.ingest({msg("dev/50/state/x")});
    QCOMPARE(store.find("dev/50")->row(), 99);
    QCOMPARE(dev->subtreeTopicCount(), 100u);
}

void TestTopicStore::historyBoundedByCount()
{
    TopicStore store;
    store.setHistoryLimits(3, 1 << 20);
    for (int i = 0; i < 10; ++i)
        store.ingest({msg("t", QByteArray::number(i), false, i)});
    const QList<ApplicationMessage> history = store.history(store.find("t"));
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).payload, QByteArray("7"));
    QCOMPARE(history.at(1).payload, QByteArray("8"));
    QCOMPARE(history.at(2), (ApplicationMessage{"t", "9", QoS::AtMostOnce, false, 9}));
    QCOMPARE(store.find("t")->messageCount(), 10u); // counts are not bounded
}

void TestTopicStore::historyBoundedByBytes()
{
    TopicStore store;
    store.setHistoryLimits(100, 25);
    for (int i = 0; i < 10; ++i)
        store.ingest({msg("t", QByteArray(10, char('a' + i)))});
    // 10 bytes each, the last included: only two fit in 25 bytes.
    const QList<ApplicationMessage> history = store.history(store.find("t"));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).payload, QByteArray(10, 'i'));
    QCOMPARE(history.at(1).payload, QByteArray(10, 'j'));
}

void TestTopicStore::oversizedMessageKeptAsLatest()
{
    TopicStore store;
    store.setHistoryLimits(100, 100);
    store.ingest({msg("t", "small-1"), msg("t", "small-2")});
    QCOMPARE(store.history(store.find("t")).size(), 2);
    store.ingest({msg("t", QByteArray(1000, 'x'))});
    const QList<ApplicationMessage> history = store.history(store.find("t"));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).payload.size(), 1000);
    QCOMPARE(store.historyBytes(), 0);
    // The next small message keeps the big one as history only if both fit: they do not.
    store.ingest({msg("t", "small-3")});
    QCOMPARE(store.history(store.find("t")).size(), 1);
}

void TestTopicStore::largePayloadStreamDoesNotAccumulate()
{
    TopicStore store; // default limits: 100 messages, 4 MiB per topic
    QCOMPARE(store.historyMaxMessages(), 100);
    QCOMPARE(store.historyMaxBytes(), 4 * 1024 * 1024);
    for (int i = 0; i < 8; ++i) {
        QByteArray payload(16 * 1024 * 1024, char('0' + i)); // a fresh 16 MB buffer each time
        store.ingest({msg("camera/frame", payload, false, i)});
        QCOMPARE(store.history(store.find("camera/frame")).size(), 1);
        QCOMPARE(store.historyBytes(), 0);
    }
    QCOMPARE(store.find("camera/frame")->payload().front(), '7');
}

void TestTopicStore::historyBudgetSharedByAllTopics()
{
    TopicStore store;
    const qint64 budget = 50 * (100 + 64); // about 50 entries of 100 bytes
    store.setHistoryBudget(budget);
    QCOMPARE(store.historyBudget(), budget);
    for (int round = 0; round < 20; ++round) {
        QList<ApplicationMessage> messages;
        for (int t = 0; t < 10; ++t)
            messages.append(msg("t/" + QByteArray::number(t), QByteArray(100, char('a' + round))));
        store.ingest(messages);
        QVERIFY2(store.historyBytes() <= budget, qPrintable(QString::number(store.historyBytes())));
    }
    // Every topic keeps its last message and a fair share of the budget.
    for (int t = 0; t < 10; ++t) {
        const QList<ApplicationMessage> history = store.history(store.find("t/" + QByteArray::number(t)));
        QCOMPARE(history.constLast().payload, QByteArray(100, 'a' + 19));
        QVERIFY2(history.size() >= 4 && history.size() <= 7, qPrintable(QString::number(history.size())));
    }
}

void TestTopicStore::newLimitsTrimKeptHistory()
{
    TopicStore store;
    for (int i = 0; i < 10; ++i)
        store.ingest({msg("a", QByteArray::number(i)), msg("b", QByteArray::number(i))});
    QCOMPARE(store.history(store.find("a")).size(), 10);
    store.setHistoryLimits(4, 1 << 20);
    QCOMPARE(store.history(store.find("a")).size(), 4);
    QCOMPARE(store.history(store.find("b")).first().payload, QByteArray("6"));
    store.setHistoryLimits(1, 1 << 20); // no history at all
    QCOMPARE(store.history(store.find("b")).size(), 1);
    QCOMPARE(store.historyBytes(), 0);
    store.ingest({msg("b", "x")});
    QCOMPARE(store.history(store.find("b")).size(), 1);
}

void TestTopicStore::oneInsertPerParentPerBatch()
{
    TopicStore store;
    Recorder recorder;
    store.setListener(&recorder);
    store.ingest(
        batch({"home/kitchen/temp", "home/attic/temp", "garden/pond", "home/kitchen/hum", "garden/lawn"}));
    // Parents before children; each parent once, with all its new children.
    QCOMPARE(recorder.take(), (QStringList{
                                  QStringLiteral("insert <root> 0..1"),
                                  QStringLiteral("insert home 0..1"),
                                  QStringLiteral("insert home/kitchen 0..1"),
                                  QStringLiteral("insert home/attic 0..0"),
                                  QStringLiteral("insert garden 0..1"),
                              }));
    QCOMPARE(recorder.violations, QStringList());

    // New children of existing parents are appended after the rows already there.
    store.ingest(batch({"home/cellar/temp", "home/kitchen/co2", "home/kitchen/light", "zoo"}));
    const QStringList events = recorder.take();
    QCOMPARE(events.filter(QStringLiteral("insert")), (QStringList{
                                                          QStringLiteral("insert home 2..2"),
                                                          QStringLiteral("insert home/cellar 0..0"),
                                                          QStringLiteral("insert home/kitchen 2..3"),
                                                          QStringLiteral("insert <root> 2..2"),
                                                      }));
    // Their ancestors' counts changed: home (row 0 of the root), kitchen (row 0 of home).
    QCOMPARE(sorted(events.filter(QStringLiteral("changed"))),
             (QStringList{QStringLiteral("changed <root> 0..0"), QStringLiteral("changed home 0..0")}));
    QCOMPARE(recorder.violations, QStringList());
}

void TestTopicStore::changedRangesPerParent()
{
    TopicStore store;
    Recorder recorder;
    store.ingest(batch({"s/0", "s/1", "s/2", "s/3", "s/4", "s/5", "t/x/a", "t/x/b"}));
    store.setListener(&recorder);
    store.ingest(batch({"s/4", "s/1", "s/2", "s/1", "t/x/b"}));
    QCOMPARE(sorted(recorder.take()), (QStringList{
                                          QStringLiteral("changed <root> 0..1"),
                                          QStringLiteral("changed s 1..4"),
                                          QStringLiteral("changed t 0..0"),
                                          QStringLiteral("changed t/x 1..1"),
                                      }));
    QCOMPARE(recorder.batches, 1);
    store.ingest({}); // an empty batch reports nothing
    QCOMPARE(recorder.take(), QStringList());
    QCOMPARE(recorder.batches, 1);
}

void TestTopicStore::newAndChangedInOneBatch()
{
    TopicStore store;
    Recorder recorder;
    store.ingest(batch({"p/a", "p/b"}));
    store.setListener(&recorder);
    store.ingest(batch({"p/b", "p/c", "p/c/d", "p/a"}));
    const QStringList events = recorder.take();
    // Inserts first, then the changes of rows that existed before the batch:
    // the new row 2 is not reported as changed.
    QCOMPARE(events.mid(0, 2),
             (QStringList{QStringLiteral("insert p 2..2"), QStringLiteral("insert p/c 0..0")}));
    QCOMPARE(sorted(events.mid(2)),
             (QStringList{QStringLiteral("changed <root> 0..0"), QStringLiteral("changed p 0..1")}));
    QCOMPARE(recorder.violations, QStringList());
}

void TestTopicStore::removeSubtreeTakesEmptyAncestors()
{
    TopicStore store;
    store.ingest(batch({"home/kitchen/temp", "home/attic/sensor/temp", "home/attic/sensor/hum", "garden"}));
    Recorder recorder;
    store.setListener(&recorder);

    store.removeSubtree(store.find("home/attic/sensor/temp"));
    QCOMPARE(recorder.take(),
             (QStringList{QStringLiteral("remove home/attic/sensor 0..0"), QStringLiteral("removed"),
                          QStringLiteral("changed home/attic 0..0"), QStringLiteral("changed home 1..1"),
                          QStringLiteral("changed <root> 0..0")}));
    // "sensor" still holds "hum". Removing that takes "sensor" and "attic" along.
    store.removeSubtree(store.find("home/attic/sensor/hum"));
    QCOMPARE(recorder.take().first(), QStringLiteral("remove home 1..1"));
    QVERIFY(!store.find("home/attic"));
    QCOMPARE(dump(store.root()),
             (lines({"\"home\"", "  \"kitchen\"", "    \"temp\" [1]", "\"garden\" [1]"})));
    QCOMPARE(store.topicCount(), 2);
    QCOMPARE(store.messageCount(), 2u);
    QCOMPARE(store.nodeCount(), 4);

    // The root's first level goes too when nothing else is left in it.
    store.removeSubtree(store.find("home/kitchen"));
    QCOMPARE(recorder.take().first(), QStringLiteral("remove <root> 0..0"));
    QCOMPARE(store.find("garden")->row(), 0);
    QCOMPARE(store.nodeCount(), 1);
    QCOMPARE(recorder.violations, QStringList());
}

void TestTopicStore::removeSubtreeKeepsAncestorWithMessage()
{
    TopicStore store;
    store.ingest(batch({"a/b/c", "a/b"}));
    store.removeSubtree(store.find("a/b/c"));
    QVERIFY(store.find("a/b"));
    QCOMPARE(store.find("a/b")->childCount(), 0);
    QCOMPARE(store.find("a")->subtreeTopicCount(), 1u);
    QCOMPARE(store.find("a")->subtreeMessageCount(), 1u);
}

void TestTopicStore::removedTopicsComeBackAsNew()
{
    TopicStore store;
    for (int i = 0; i < 3; ++i)
        store.ingest(batch({"x/y", "x/z"}));
    const quint32 bound = store.nodeIdBound();
    store.removeSubtree(store.find("x/y"));
    QCOMPARE(store.history(store.find("x/z")).size(), 3);
    store.ingest(batch({"x/y"}));
    QCOMPARE(store.nodeIdBound(), bound); // the freed id was reused
    const TopicNode *y = store.find("x/y");
    QCOMPARE(y->messageCount(), 1u);
    QCOMPARE(store.history(y).size(), 1);
    QCOMPARE(y->row(), 1);
    QCOMPARE(store.find("x")->subtreeMessageCount(), 4u);
}

void TestTopicStore::clearForgetsEverything()
{
    TopicStore store;
    Recorder recorder;
    store.setListener(&recorder);
    store.ingest(batch({"a/b", "a/b", "c"}));
    store.setPaused(true);
    store.ingest(batch({"d"}));
    recorder.take();

    store.clear();
    QCOMPARE(recorder.take(), (QStringList{QStringLiteral("reset"), QStringLiteral("reset done")}));
    QCOMPARE(store.root()->childCount(), 0);
    QCOMPARE(store.topicCount(), 0);
    QCOMPARE(store.nodeCount(), 0);
    QCOMPARE(store.messageCount(), 0u);
    QCOMPARE(store.historyBytes(), 0);
    QCOMPARE(store.pendingCount(), 0);
    QVERIFY(!store.find("a/b"));
    QVERIFY(store.isPaused());

    store.setPaused(false);
    store.ingest(batch({"a/b"}));
    QCOMPARE(store.find("a/b")->messageCount(), 1u);
    QCOMPARE(recorder.take().first(), QStringLiteral("insert <root> 0..0"));
}

void TestTopicStore::retainedMessagesUnder()
{
    TopicStore store;
    store.ingest({
        msg("home/a", "ra", true, 1, QoS::AtLeastOnce),
        msg("home/b", "rb", true, 2),
        msg("home/b", "live", false, 3), // a live update after the retained one
        msg("home/c", "rc", true, 4),
        msg("home/c", "", true, 5), // cleared
        msg("home/d", "never retained", false, 6),
        msg("other", "ro", true, 7),
    });
    QCOMPARE(store.retainedMessagesUnder(store.find("home")),
             (QList<ApplicationMessage>{{"home/a", "ra", QoS::AtLeastOnce, true, 1},
                                        {"home/b", "rb", QoS::AtMostOnce, true, 2}}));
    QCOMPARE(store.retainedMessagesUnder(store.root()).size(), 3);
    QCOMPARE(store.retainedMessagesUnder(store.find("home/a")).size(), 1);
    QCOMPARE(store.retainedMessagesUnder(nullptr).size(), 0);

    // Once the retained message has left the history, it is no longer known.
    store.setHistoryLimits(1, 1 << 20);
    QCOMPARE(store.retainedMessagesUnder(store.find("home/b")).size(), 0);
}

void TestTopicStore::forEachTopicInTreeOrder()
{
    TopicStore store;
    store.ingest(batch({"b/2", "a", "b/1", "b", "b/1/x"}));
    QByteArrayList visited;
    store.forEachTopic(store.root(), [&visited](const TopicNode &n) { visited.append(n.topic()); });
    QCOMPARE(visited, (QByteArrayList{"b", "b/2", "b/1", "b/1/x", "a"}));
    visited.clear();
    store.forEachTopic(store.find("b/1"), [&visited](const TopicNode &n) { visited.append(n.topic()); });
    QCOMPARE(visited, (QByteArrayList{"b/1", "b/1/x"}));
}

void TestTopicStore::pauseBuffersAndResumeApplies()
{
    TopicStore store;
    Recorder recorder;
    store.setListener(&recorder);
    store.ingest(batch({"a"}));
    recorder.take();

    store.setPaused(true);
    QVERIFY(store.isPaused());
    store.ingest({msg("a", "1"), msg("b", "1")});
    store.ingest({msg("a", "2")});
    QCOMPARE(recorder.take(), QStringList()); // the tree stands still
    QCOMPARE(store.find("a")->messageCount(), 1u);
    QVERIFY(!store.find("b"));
    QCOMPARE(store.pendingCount(), 3);
    QCOMPARE(store.pendingBytes(), 3 + 3);
    QCOMPARE(store.applyBacklog(), 3); // paused: nothing applied

    store.setPaused(false);
    QCOMPARE(store.pendingCount(), 0);
    QCOMPARE(store.find("a")->messageCount(), 3u);
    QCOMPARE(store.find("a")->payload(), QByteArray("2"));
    QVERIFY(store.find("b"));
    // One batch for the whole backlog.
    QCOMPARE(recorder.take(),
             (QStringList{QStringLiteral("insert <root> 1..1"), QStringLiteral("changed <root> 0..0")}));
    QCOMPARE(store.droppedCount(), 0u);
}

void TestTopicStore::pauseDropsOldestBeyondMessageLimit()
{
    TopicStore store;
    store.setBacklogLimits(5, 1 << 20);
    QCOMPARE(store.backlogMaxMessages(), 5);
    store.setPaused(true);
    QList<ApplicationMessage> messages;
    for (int i = 0; i < 8; ++i)
        messages.append(msg("t", QByteArray::number(i)));
    store.ingest(messages.mid(0, 3));
    store.ingest(messages.mid(3));
    QCOMPARE(store.pendingCount(), 5);
    QCOMPARE(store.droppedCount(), 3u);
    store.ingest(messages); // more than the limit in one batch
    QCOMPARE(store.pendingCount(), 5);
    QCOMPARE(store.droppedCount(), 11u);
    store.setPaused(false);
    QCOMPARE(store.find("t")->messageCount(), 5u);
    QCOMPARE(store.history(store.find("t")).first().payload, QByteArray("3"));
    QCOMPARE(store.droppedCount(), 11u); // still reported after resuming
}

void TestTopicStore::pauseDropsOldestBeyondByteLimit()
{
    TopicStore store;
    store.setBacklogLimits(1000, 100);
    QCOMPARE(store.backlogMaxBytes(), 100);
    store.setPaused(true);
    for (int i = 0; i < 10; ++i)
        store.ingest({msg("t", QByteArray(29, char('a' + i)))}); // 30 bytes with the topic
    QCOMPARE(store.pendingCount(), 3);
    QCOMPARE(store.pendingBytes(), 90);
    QCOMPARE(store.droppedCount(), 7u);
    // One message larger than the limit is kept on its own, as the newest.
    store.ingest({msg("t", QByteArray(500, 'z'))});
    QCOMPARE(store.pendingCount(), 1);
    QCOMPARE(store.droppedCount(), 10u);
    store.setPaused(false);
    QCOMPARE(store.find("t")->payload(), QByteArray(500, 'z'));
}

void TestTopicStore::backlogAppliedInChunksKeepsOrder()
{
    TopicStore store;
    Recorder recorder;
    store.setListener(&recorder);
    store.setBacklogApplyLimit(4);
    store.setPaused(true);
    QList<ApplicationMessage> messages;
    for (int i = 0; i < 10; ++i)
        messages.append(msg("t", QByteArray::number(i)));
    store.ingest(messages);
    store.setPaused(false); // applies the first 4
    QCOMPARE(store.pendingCount(), 6);
    QCOMPARE(store.find("t")->payload(), QByteArray("3"));
    store.ingest({msg("t", "new")}); // queues behind the backlog, applies 4 more
    QCOMPARE(store.pendingCount(), 3);
    QCOMPARE(store.find("t")->payload(), QByteArray("7"));
    QCOMPARE(store.applyBacklog(), 0);
    QCOMPARE(store.find("t")->payload(), QByteArray("new"));
    QCOMPARE(store.find("t")->messageCount(), 11u);
    QCOMPARE(recorder.take().size(), 3); // one insert, then two changes: one per applied chunk
    QCOMPARE(recorder.batches, 3);
}

void TestTopicStore::deepTopicDoesNotRecurse()
{
    TopicStore store;
    QByteArray topic;
    for (int i = 0; i < 20000; ++i)
        topic += i ? "/l" : "l";
    store.ingest({msg(topic)});
    QCOMPARE(store.nodeCount(), 20000);
    QCOMPARE(store.find(topic)->topic(), topic);
    QCOMPARE(store.retainedMessagesUnder(store.root()).size(), 0);
    store.removeSubtree(store.find(topic));
    QCOMPARE(store.nodeCount(), 0);
    store.ingest({msg(topic)});
    store.clear(); // and the destructor of a deep tree after this
    store.ingest({msg(topic)});
}

void TestTopicStore::largeBatchSmoke()
{
    TopicStore store;
    Recorder recorder;
    store.setListener(&recorder);
    QList<ApplicationMessage> messages;
    messages.reserve(100000);
    for (int i = 0; i < 100000; ++i)
        messages.append(msg("site/" + QByteArray::number(i / 1000) + "/sensor" + QByteArray::number(i % 1000),
                            QByteArray::number(i)));
    store.ingest(messages);
    QCOMPARE(store.topicCount(), 100000);
    QCOMPARE(store.nodeCount(), 100000 + 100 + 1);
    // root, site, and each of the 100 groups: one insert each.
    QCOMPARE(recorder.events.size(), 102);
    QCOMPARE(recorder.violations, QStringList());
    QCOMPARE(store.find("site/57/sensor123")->payload(), QByteArray("57123"));
    QCOMPARE(store.find("site/99")->childCount(), 1000);
    recorder.take();

    store.ingest(messages); // all updated: one change range per parent
    QCOMPARE(recorder.events.size(), 102);
    QVERIFY(recorder.events.contains(QStringLiteral("changed site/42 0..999")));
    QCOMPARE(store.messageCount(), 200000u);
}

void TestTopicStore::memoryPerTopic()
{
    const int topics = 100000;
    const qint64 before = heapInUse();
    if (before < 0)
        QSKIP("no heap counter on this platform");
    qint64 total = 0;
    qint64 textBytes = 0;
    {
        TopicStore store;
        QList<ApplicationMessage> messages;
        QByteArray scratch;
        for (int i = 0; i < topics; ++i) {
            // Exact-size copies, like the topic and payload a client decodes.
            scratch = "home/room" + QByteArray::number(i / 100) + "/sensor" + QByteArray::number(i % 100) +
                      "/temperature";
            const QByteArray topic(scratch.constData(), scratch.size());
            scratch = QByteArray::number(20.0 + i % 100 / 10.0, 'f', 1).rightJustified(20, ' ');
            const QByteArray payload(scratch.constData(), scratch.size());
            textBytes += topic.size() + payload.size();
            messages.append(ApplicationMessage{topic, payload, QoS::AtLeastOnce, true, 1});
            if (messages.size() == 5000) {
                store.ingest(messages);
                messages.clear();
            }
        }
        scratch = QByteArray();
        messages = QList<ApplicationMessage>();
        total = heapInUse() - before;
        QCOMPARE(store.topicCount(), topics);
        QCOMPARE(store.historyBytes(), 0);
    }
    QCOMPARE_LE(heapInUse() - before, heapSlack);
    qInfo("topic store: %d retained topics, %.1f heap bytes per topic, of which %.1f are topic and payload "
          "text (%s)",
          topics, double(total) / topics, double(textBytes) / topics, heapCounter);
}

QTEST_GUILESS_MAIN(TestTopicStore)
#include "tst_topicstore.moc"
