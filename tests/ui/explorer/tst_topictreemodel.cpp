// TopicTreeModel, its delegate and TopicFilterProxy: both models under
// QAbstractItemModelTester (Fatal) while topics arrive, change, are removed
// and cleared; signal counts that prove one insert per parent per batch and
// no reset for new messages; display text; the fading highlight with an
// injected clock; searches over 200k topics through the event loop.
#include "ui/explorer/topicfilterproxy.h"
#include "ui/explorer/topictreedelegate.h"
#include "ui/explorer/topictreemodel.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <functional>

using namespace homewire;
using namespace homewire::ui;
using history::TopicMatcher;
using history::TopicNode;
using history::TopicStore;
using mqtt::ApplicationMessage;
using mqtt::QoS;

namespace {

constexpr qint64 Now = 1'700'000'000'000;

// QAbstractItemModelTester in Fatal mode, without fetching: Qt 6.4's tester
// calls fetchMore() from its rowsInserted handler before it has recorded
// that insert, and then reports the fetch's own insert as nested. The tests
// fetch explicitly instead (visibleTopics, sameAsStore), outside any signal,
// and the tester checks every fetched row on every change.
class Tester : public QAbstractItemModelTester
{
public:
    explicit Tester(QAbstractItemModel *model)
        : QAbstractItemModelTester(model, FailureReportingMode::Fatal)
    {
        setUseFetchMore(false);
    }
};

ApplicationMessage msg(const QByteArray &topic, const QByteArray &payload = "v", qint64 receivedMs = Now,
                       QoS qos = QoS::AtMostOnce, bool retained = false)
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

// Every row's full topic, depth first, fetching collapsed children like a
// view that expands everything.
QByteArrayList visibleTopics(QAbstractItemModel &model, const QModelIndex &parent = {})
{
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    QByteArrayList out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        out.append(index.data(TopicTreeModel::TopicRole).toByteArray());
        out += visibleTopics(model, index);
    }
    return out;
}

QByteArrayList sorted(QByteArrayList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

// What the proxy should show: matching nodes and their ancestors.
QByteArrayList expectedVisible(const TopicStore &store, const TopicMatcher &matcher, bool hideSystem = false)
{
    QSet<QByteArray> shown;
    std::function<void(const TopicNode *)> walk = [&](const TopicNode *node) {
        for (int row = 0; row < node->childCount(); ++row) {
            const TopicNode *child = node->child(row);
            if (hideSystem && node->isRoot() && child->name().startsWith('$'))
                continue;
            if (matcher.matches(*child)) {
                for (const TopicNode *n = child; !n->isRoot(); n = n->parent())
                    shown.insert(n->topic());
            }
            walk(child);
        }
    };
    walk(store.root());
    return sorted(QByteArrayList(shown.cbegin(), shown.cend()));
}

TopicMatcher matcher(const QString &pattern, history::MatchMode mode = history::MatchMode::Substring,
                     history::MatchScopes scopes = history::MatchScope::Topic)
{
    auto result = TopicMatcher::create(pattern, mode, scopes);
    Q_ASSERT(result.hasValue());
    return result.value();
}

// The model shows exactly the store's published tree, once fetched.
bool sameAsStore(TopicTreeModel &model, const QModelIndex &parent = {})
{
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    const TopicNode *node = model.nodeForIndex(parent);
    if (model.rowCount(parent) != node->childCount())
        return false;
    for (int row = 0; row < node->childCount(); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (model.nodeForIndex(index) != node->child(row) || !sameAsStore(model, index))
            return false;
    }
    return true;
}

// rowsInserted parents (as topics), one entry per signal.
QByteArrayList insertParents(const QSignalSpy &spy)
{
    QByteArrayList out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).toModelIndex().data(TopicTreeModel::TopicRole).toByteArray());
    return out;
}

// 200 lines of 1000 sensors: "plant/line<L>/sensor<S>".
void fillPlant(TopicStore &store)
{
    QList<ApplicationMessage> messages;
    messages.reserve(200'000);
    for (int i = 0; i < 200'000; ++i) {
        messages.append(
            msg("plant/line" + QByteArray::number(i / 1000) + "/sensor" + QByteArray::number(i % 1000),
                QByteArray::number(i % 97)));
    }
    store.ingest(messages);
}

} // namespace

class TestTopicTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void modelUnderTesterThroughRandomWorkload();
    void oneInsertPerParentPerBatchAndNoReset();
    void appendOnlyQueuesAndTimerCoalesces();
    void dataOfEachColumn();
    void previewText_data();
    void previewText();
    void flashDecaysWithTheClock();
    void delegateAnimatesOnlyWhileFlashing();
    void delegatePaintsTheHighlight();
    void resumeAppliesBacklogInSlices();
    void removeAndClear();
    void flatParentWithManyChildrenInView();

    void proxyUnderTesterThroughRandomWorkload();
    void proxyHidesSystemTopics();
    void proxyQuerySetBeforeModel();
    void proxyMatchesNewTopicsWhileFiltered();
    void proxyFollowsPayloadChanges();
    void proxySortsByColumnValues();
    void proxyFiltersLargeTreeThroughEventLoop();
    void proxyNewQueryCancelsRunningOne();
};

void TestTopicTreeModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestTopicTreeModel::modelUnderTesterThroughRandomWorkload()
{
    TopicStore store;
    TopicTreeModel model(&store);
    Tester tester(&model);
    QRandomGenerator rng(7);
    auto randomTopic = [&rng] {
        QByteArray t = "r/" + QByteArray::number(rng.bounded(5));
        if (rng.bounded(3) > 0)
            t += "/" + QByteArray::number(rng.bounded(12));
        if (rng.bounded(4) == 0)
            t += "//x"; // an empty level
        return rng.bounded(10) == 0 ? "$SYS/" + t : t;
    };
    for (int round = 0; round < 40; ++round) {
        QList<ApplicationMessage> messages;
        for (int i = 0; i < 30; ++i)
            messages.append(msg(randomTopic(), QByteArray::number(round), Now + round));
        model.appendMessages(messages);
        model.flush();
        if (round % 4 == 3) {
            if (const TopicNode *victim = store.find(randomTopic()))
                store.removeSubtree(victim);
        }
        if (round == 25)
            model.clear();
        QVERIFY(sameAsStore(model));
    }
    QVERIFY(store.topicCount() > 10);
}

void TestTopicTreeModel::oneInsertPerParentPerBatchAndNoReset()
{
    TopicStore store;
    TopicTreeModel model(&store);
    Tester tester(&model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.appendMessages(batch({"a/1", "b/1", "a/2", "a/3", "b/2", "c"}));
    model.appendMessages(batch({"a/4"}));
    model.flush();
    // One insert for the root (a, b, c); the children of a and b wait until
    // fetched, and a and b repaint once, for their expand arrows.
    QCOMPARE(insertParents(inserted), QByteArrayList{""});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().data().toString(), QStringLiteral("a"));
    QCOMPARE(changed.at(0).at(1).toModelIndex().data().toString(), QStringLiteral("b"));
    QVERIFY(model.hasChildren(model.index(0, 0)));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QVERIFY(!model.hasChildren(model.index(2, 0))); // c
    visibleTopics(model);                           // expand everything
    QCOMPARE(insertParents(inserted), (QByteArrayList{"", "a", "b"}));
    QCOMPARE(model.rowCount(model.index(0, 0)), 4); // a/1..a/4 in one range
    inserted.clear();
    changed.clear();

    // New children of fetched parents: one insert per parent, all rows at once.
    model.appendMessages(batch({"a/5", "b/3", "a/6", "b/4", "a/2", "a/4", "b/1", "a/1"}));
    model.flush();
    QCOMPARE(insertParents(inserted), (QByteArrayList{"a", "b"}));
    QCOMPARE(std::pair(inserted.at(0).at(1).toInt(), inserted.at(0).at(2).toInt()), std::pair(4, 5));
    QCOMPARE(std::pair(inserted.at(1).at(1).toInt(), inserted.at(1).at(2).toInt()), std::pair(2, 3));
    QCOMPARE(reset.count(), 0);
    // a's rows 0..3 in one range, b's row 0, and the root's rows a and b.
    QCOMPARE(changed.count(), 3);
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex topLeft = args.at(0).toModelIndex();
        const QModelIndex bottomRight = args.at(1).toModelIndex();
        QCOMPARE(topLeft.parent(), bottomRight.parent());
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), TopicTreeModel::ColumnCount - 1);
        const QByteArray parent = topLeft.parent().data(TopicTreeModel::TopicRole).toByteArray();
        if (parent == "a")
            QCOMPARE(std::pair(topLeft.row(), bottomRight.row()), std::pair(0, 3));
        else if (parent == "b")
            QCOMPARE(std::pair(topLeft.row(), bottomRight.row()), std::pair(0, 0));
        else
            QCOMPARE(std::pair(topLeft.row(), bottomRight.row()), std::pair(0, 1));
    }
}

void TestTopicTreeModel::appendOnlyQueuesAndTimerCoalesces()
{
    TopicStore store;
    TopicTreeModel model(&store);
    QCOMPARE(model.applyInterval(), 100);
    model.setApplyInterval(10);
    QSignalSpy applied(&model, &TopicTreeModel::messagesApplied);

    model.appendMessages(batch({"x/1", "x/2"}));
    model.appendMessages(batch({"y"}));
    QCOMPARE(model.rowCount(), 0); // only queued
    QCOMPARE(model.queuedCount(), 3);
    QCOMPARE(store.topicCount(), 0);

    QVERIFY(applied.wait());
    QCOMPARE(applied.count(), 1); // both appends in one ingest
    QCOMPARE(applied.at(0).at(0).toInt(), 3);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.queuedCount(), 0);
}

void TestTopicTreeModel::dataOfEachColumn()
{
    ManualClock clock(Now);
    TopicStore store;
    TopicTreeModel model(&store);
    model.setClock(&clock);
    Tester tester(&model);
    model.appendMessages({msg("home/kitchen/temp", "21.5", Now - 5000, QoS::AtLeastOnce, true),
                          msg("home/kitchen/hum", "40", Now - 4000),
                          msg("home/kitchen/temp", "22.0", Now - 1000),
                          msg("home/old", "x", Now - 3 * 24 * 3600 * 1000LL)});
    model.flush();
    visibleTopics(model);

    const QModelIndex home = model.index(0, 0);
    const QModelIndex kitchen = model.index(0, 0, home);
    const QModelIndex temp = model.index(0, 0, kitchen);
    auto cell = [&model](const QModelIndex &row, int column, int role = Qt::DisplayRole) {
        return model.index(row.row(), column, row.parent()).data(role);
    };

    QCOMPARE(cell(temp, TopicTreeModel::TopicColumn).toString(), QStringLiteral("temp"));
    QCOMPARE(cell(temp, TopicTreeModel::ValueColumn).toString(), QStringLiteral("22.0"));
    QCOMPARE(cell(temp, TopicTreeModel::MessagesColumn).toULongLong(), 2u);
    QCOMPARE(cell(temp, TopicTreeModel::QosColumn).toInt(), 0); // the last message's
    QCOMPARE(cell(temp, TopicTreeModel::RetainedColumn).toString(), QString());
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(Now - 1000);
    QCOMPARE(cell(temp, TopicTreeModel::UpdatedColumn).toString(), when.toString(QStringLiteral("HH:mm:ss")));
    QVERIFY(
        cell(temp, TopicTreeModel::TopicColumn, Qt::ToolTipRole).toString().contains(u"home/kitchen/temp"));
    QVERIFY(cell(temp, TopicTreeModel::ValueColumn, Qt::ToolTipRole).toString().contains(u"22.0"));

    QCOMPARE(temp.data(TopicTreeModel::NodeRole).value<const TopicNode *>(), store.find("home/kitchen/temp"));
    QCOMPARE(temp.data(TopicTreeModel::TopicRole).toByteArray(), QByteArray("home/kitchen/temp"));
    QCOMPARE(temp.data(TopicTreeModel::MessageRole).value<ApplicationMessage>(),
             msg("home/kitchen/temp", "22.0", Now - 1000));
    QCOMPARE(temp.data(TopicTreeModel::UpdatedMsRole).toLongLong(), Now - 1000);
    QCOMPARE(cell(temp, TopicTreeModel::UpdatedColumn, TopicTreeModel::SortRole).toLongLong(), Now - 1000);
    QCOMPARE(cell(temp, TopicTreeModel::MessagesColumn, TopicTreeModel::SortRole).toULongLong(), 2u);

    // A parent without a message of its own shows what is below it.
    QCOMPARE(cell(kitchen, TopicTreeModel::ValueColumn).toString(), QStringLiteral("(2 topics, 3 messages)"));
    QCOMPARE(cell(home, TopicTreeModel::ValueColumn).toString(), QStringLiteral("(3 topics, 4 messages)"));
    QVERIFY(cell(kitchen, TopicTreeModel::ValueColumn, Qt::ForegroundRole).isValid());
    QCOMPARE(cell(kitchen, TopicTreeModel::MessagesColumn).toULongLong(), 3u);
    QVERIFY(!cell(kitchen, TopicTreeModel::QosColumn).isValid());
    QVERIFY(!cell(kitchen, TopicTreeModel::UpdatedColumn).isValid());
    QVERIFY(!kitchen.data(TopicTreeModel::MessageRole).isValid());
    QVERIFY(cell(kitchen, TopicTreeModel::TopicColumn, Qt::ToolTipRole).toString().contains(u"2 topics"));

    // Retained, QoS 1, and a date for older updates.
    store.ingest({msg("home/kitchen/hum", "41", Now - 500, QoS::AtLeastOnce, true)});
    const QModelIndex hum = model.index(1, 0, kitchen);
    QCOMPARE(cell(hum, TopicTreeModel::RetainedColumn).toString(), QStringLiteral("Yes"));
    QCOMPARE(cell(hum, TopicTreeModel::QosColumn).toInt(), 1);
    const QModelIndex old = model.index(1, 0, home);
    QCOMPARE(cell(old, TopicTreeModel::UpdatedColumn).toString(),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(Now - 3 * 24 * 3600 * 1000LL),
                                QLocale::ShortFormat));

    QCOMPARE(model.headerData(TopicTreeModel::TopicColumn, Qt::Horizontal).toString(),
             QStringLiteral("Topic"));
    QCOMPARE(model.headerData(TopicTreeModel::UpdatedColumn, Qt::Horizontal).toString(),
             QStringLiteral("Updated"));
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.rowCount(model.index(0, 1)), 0); // only the first column has children
}

void TestTopicTreeModel::previewText_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("expected");

    QTest::newRow("number") << QByteArray("21.5") << QStringLiteral("21.5");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("(empty)");
    QTest::newRow("UTF-8") << QByteArray("K\xc3\xbc"
                                         "che")
                           << QStringLiteral("K\u00fcche");
    QTest::newRow("line breaks and tabs made visible")
        << QByteArray("a\nb\tc\r") << QStringLiteral("a\u240ab\u2409c\u240d");
    QTest::newRow("long text cut after 200 bytes")
        << QByteArray(300, 'x') << QString(200, QLatin1Char('x')) + QChar(0x2026);
    QTest::newRow("no multi-byte character cut in half")
        << QByteArray(199, 'x') + "\xc3\xa9" << QString(199, QLatin1Char('x')) + QChar(0x2026);
    QTest::newRow("16 MB binary") << QByteArray(16 * 1024 * 1024, '\0') << QStringLiteral("(16.0 MB binary)");
    QTest::newRow("invalid UTF-8 is binary") << QByteArray("\xff\xfe") << QStringLiteral("(2 bytes binary)");
    QTest::newRow("NUL makes it binary") << QByteArray("ab\0cd", 5) << QStringLiteral("(5 bytes binary)");
}

void TestTopicTreeModel::previewText()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, expected);
    QCOMPARE(TopicTreeModel::previewText(payload), expected);
}

void TestTopicTreeModel::flashDecaysWithTheClock()
{
    ManualClock clock(Now);
    TopicStore store;
    TopicTreeModel model(&store);
    model.setClock(&clock);
    QCOMPARE(model.flashDuration(), 1000);
    QVERIFY(!model.isFlashing());
    store.ingest({msg("a/b", "1", Now)});
    const QModelIndex a = model.index(0, 0);
    model.fetchMore(a);
    const QModelIndex b = model.index(0, 0, a);

    QCOMPARE(b.data(TopicTreeModel::FlashRole).toReal(), 1.0);
    QCOMPARE(a.data(TopicTreeModel::FlashRole).toReal(), 0.0); // no message of its own
    QVERIFY(model.isFlashing());
    clock.advance(250);
    QCOMPARE(b.data(TopicTreeModel::FlashRole).toReal(), 0.75);
    clock.advance(500);
    QCOMPARE(b.data(TopicTreeModel::FlashRole).toReal(), 0.25);
    clock.advance(250);
    QCOMPARE(b.data(TopicTreeModel::FlashRole).toReal(), 0.0);
    QVERIFY(!model.isFlashing());
    // A new message lights it up again; a shorter duration fades faster.
    model.setFlashDuration(200);
    store.ingest({msg("a/b", "2", clock.nowMs())});
    clock.advance(100);
    QCOMPARE(b.data(TopicTreeModel::FlashRole).toReal(), 0.5);
}

void TestTopicTreeModel::delegateAnimatesOnlyWhileFlashing()
{
    ManualClock clock(Now);
    TopicStore store;
    TopicTreeModel model(&store);
    model.setClock(&clock);
    QTreeView view;
    view.setModel(&model);
    auto *delegate = new TopicTreeDelegate(&model, &view);
    view.setItemDelegate(delegate);
    QVERIFY(!delegate->isAnimating());

    model.appendMessages({msg("a", "1", Now)});
    model.flush();
    QVERIFY(delegate->isAnimating());
    clock.advance(2000); // everything has faded: the timer stops at its next tick
    QTRY_VERIFY(!delegate->isAnimating());

    // Old messages (e.g. a backlog applied after a pause) do not start it.
    model.appendMessages({msg("b", "1", Now - 60'000)});
    model.flush();
    QVERIFY(!delegate->isAnimating());
}

void TestTopicTreeModel::delegatePaintsTheHighlight()
{
    ManualClock clock(Now);
    TopicStore store;
    TopicTreeModel model(&store);
    model.setClock(&clock);
    QTreeView view;
    view.setModel(&model);
    TopicTreeDelegate delegate(&model, &view);
    store.ingest({msg("fresh", "1", Now), msg("stale", "1", Now - 10'000)});

    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0, 0, 255));
    auto paintedBackground = [&](const QModelIndex &index) {
        QImage image(60, 20, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.rect = image.rect();
        option.palette = palette;
        option.state = QStyle::State_Enabled;
        delegate.paint(&painter, option, index);
        painter.end();
        return image.pixelColor(55, 10); // the Retained column is empty: background only
    };
    const QColor fresh = paintedBackground(model.index(0, TopicTreeModel::RetainedColumn));
    const QColor stale = paintedBackground(model.index(1, TopicTreeModel::RetainedColumn));
    QCOMPARE(stale, QColor(Qt::white));
    QVERIFY2(fresh.blue() > fresh.red() + 50, qPrintable(fresh.name()));
    QCOMPARE(TopicTreeDelegate::flashColor(palette, 1.0).alphaF(), float(TopicTreeDelegate::MaxAlpha));
    QCOMPARE(TopicTreeDelegate::flashColor(palette, 0.5).rgb(), QColor(0, 0, 255).rgb());
}

void TestTopicTreeModel::resumeAppliesBacklogInSlices()
{
    TopicStore store;
    TopicTreeModel model(&store);
    model.setApplyInterval(0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setPaused(true);
    QVERIFY(model.isPaused());

    QList<ApplicationMessage> messages;
    const int count = 2 * int(TopicTreeModel::BacklogSlice) + 20'000;
    for (int i = 0; i < count; ++i)
        messages.append(msg("p/" + QByteArray::number(i)));
    model.appendMessages(messages);
    model.flush();
    QCOMPARE(model.rowCount(), 0); // paused: the store buffers
    QCOMPARE(store.pendingCount(), count);

    model.setPaused(false);
    QCOMPARE(store.pendingCount(), count - TopicTreeModel::BacklogSlice); // the first slice at once
    const QModelIndex p = model.index(0, 0);
    QVERIFY(model.canFetchMore(p));
    model.fetchMore(p); // as a view does when p is expanded
    QCOMPARE(model.rowCount(p), TopicTreeModel::BacklogSlice);
    QTRY_COMPARE(store.pendingCount(), 0);
    QCOMPARE(model.rowCount(p), count);
    // The root's insert of p, the fetch of the first slice, then one insert per slice.
    QCOMPARE(insertParents(inserted), (QByteArrayList{"", "p", "p", "p"}));
}

void TestTopicTreeModel::removeAndClear()
{
    TopicStore store;
    TopicTreeModel model(&store);
    Tester tester(&model);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.appendMessages(batch({"a/x/1", "a/y", "b"}));
    model.flush();
    visibleTopics(model);

    const QPersistentModelIndex b = model.index(1, 0);
    store.removeSubtree(store.find("a/x/1")); // takes the empty "a/x" along
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toModelIndex().data(TopicTreeModel::TopicRole).toByteArray(),
             QByteArray("a"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
    QCOMPARE(b.data().toString(), QStringLiteral("b")); // persistent indexes survive

    model.appendMessages(batch({"c"}));
    model.clear(); // also drops what was still queued
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!b.isValid());
    model.flush();
    QCOMPARE(model.rowCount(), 0);
}

void TestTopicTreeModel::flatParentWithManyChildrenInView()
{
    TopicStore store;
    TopicTreeModel model(&store);
    TopicFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&proxy);
    view.setItemDelegate(new TopicTreeDelegate(&model, &view));
    view.resize(600, 400);
    view.show();
    QList<ApplicationMessage> messages;
    for (int i = 0; i < 100'000; ++i)
        messages.append(msg("devices/" + QByteArray::number(i) + "/state"));
    model.appendMessages(messages);
    model.flush();

    const QModelIndex devices = proxy.index(0, 0);
    view.expand(devices);
    view.scrollToBottom();
    const QModelIndex last = proxy.index(99'999, 0, devices);
    QCOMPARE(last.data().toString(), QStringLiteral("99999"));
    QVERIFY(view.viewport()->rect().intersects(view.visualRect(last)));

    // Updating all of them: rows 0..99999 of "devices" and its row in the
    // root change. The "state" rows below each "devices/N" are not fetched
    // (nothing expanded them), so they cost no signal at all.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy nodesChanged(&model, &TopicTreeModel::nodesChanged);
    model.appendMessages(messages);
    model.flush();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(nodesChanged.count(), 100'000 + 2);
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
        return args.at(0).toModelIndex().row() == 0 && args.at(1).toModelIndex().row() == 99'999;
    }));
}

void TestTopicTreeModel::proxyUnderTesterThroughRandomWorkload()
{
    TopicStore store;
    TopicTreeModel model(&store);
    TopicFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester tester(&proxy);
    const TopicMatcher query = matcher(QStringLiteral("7"), history::MatchMode::Substring,
                                       history::MatchScope::Topic | history::MatchScope::Payload);
    proxy.setMatcher(query);
    QTRY_VERIFY(!proxy.isFiltering());
    proxy.setHideSystemTopics(true);
    QRandomGenerator rng(11);
    for (int round = 0; round < 40; ++round) {
        QList<ApplicationMessage> messages;
        for (int i = 0; i < 25; ++i) {
            QByteArray topic =
                "k/" + QByteArray::number(rng.bounded(6)) + "/" + QByteArray::number(rng.bounded(9));
            if (rng.bounded(8) == 0)
                topic.prepend("$SYS/");
            messages.append(msg(topic, QByteArray::number(rng.bounded(10))));
        }
        model.appendMessages(messages);
        model.flush();
        if (round % 5 == 4) {
            if (const TopicNode *victim = store.find("k/" + QByteArray::number(rng.bounded(6))))
                store.removeSubtree(victim);
        }
        if (round == 30)
            model.clear();
        if (round % 10 == 0) // a new query while topics keep coming
            proxy.setMatcher(
                round % 20 == 0 ? matcher(QStringLiteral("k/+/3"), history::MatchMode::TopicFilter) : query);
        QTRY_VERIFY(!proxy.isFiltering());
        QTRY_COMPARE(sorted(visibleTopics(proxy)), expectedVisible(store, proxy.appliedMatcher(), true));
    }
}

void TestTopicTreeModel::proxyHidesSystemTopics()
{
    TopicStore store;
    TopicTreeModel model(&store);
    TopicFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester tester(&proxy);
    store.ingest(batch({"$SYS/broker/uptime", "home/$x", "a"}));
    QCOMPARE(proxy.rowCount(), 3);

    proxy.setHideSystemTopics(true);
    QVERIFY(proxy.hidesSystemTopics());
    QCOMPARE(sorted(visibleTopics(proxy)),
             (QByteArrayList{"a", "home", "home/$x"})); // only the first level counts
    store.ingest(batch({"$SYS/broker/clients"}));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setHideSystemTopics(false);
    QCOMPARE(proxy.rowCount(), 3);
}

void TestTopicTreeModel::proxyQuerySetBeforeModel()
{
    TopicStore store;
    store.ingest(batch({"a/temp", "b/hum"}));
    TopicFilterProxy proxy;
    proxy.setMatcher(matcher(QStringLiteral("temp")));
    QVERIFY(!proxy.isFiltering()); // nothing to walk yet
    TopicTreeModel model(&store);
    proxy.setSourceModel(&model);
    Tester tester(&proxy);
    QVERIFY(proxy.isFiltering());
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(sorted(visibleTopics(proxy)), (QByteArrayList{"a", "a/temp"}));
}

void TestTopicTreeModel::proxyMatchesNewTopicsWhileFiltered()
{
    TopicStore store;
    TopicTreeModel model(&store);
    TopicFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester tester(&proxy);
    store.ingest(batch({"home/kitchen/temp", "home/attic/hum", "garden/temp"}));
    const TopicMatcher query = matcher(QStringLiteral("temp"));
    proxy.setMatcher(query);
    QVERIFY(proxy.isFiltering()); // always through the event loop
    QSignalSpy finished(&proxy, &TopicFilterProxy::filterFinished);
    QVERIFY(finished.wait());
    QCOMPARE(finished.at(0).at(0).value<qsizetype>(), 2);
    QCOMPARE(proxy.matchCount(), 2);
    QCOMPARE(sorted(visibleTopics(proxy)),
             (QByteArrayList{"garden", "garden/temp", "home", "home/kitchen", "home/kitchen/temp"}));

    // New matches in a visible parent show at once, in hidden or new parents
    // after the event loop turns.
    store.ingest(batch({"home/kitchen/temp2", "home/attic/temp", "cellar/deep/temperature", "cellar/other"}));
    QVERIFY(visibleTopics(proxy).contains("home/kitchen/temp2"));
    QTRY_COMPARE(sorted(visibleTopics(proxy)), expectedVisible(store, query));
    QVERIFY(visibleTopics(proxy).contains("cellar/deep/temperature"));
    QVERIFY(!visibleTopics(proxy).contains("cellar/other"));

    // Removing the only match under a parent hides the parent.
    store.removeSubtree(store.find("garden/temp"));
    QTRY_COMPARE(sorted(visibleTopics(proxy)), expectedVisible(store, query));
    store.removeSubtree(store.find("home/attic/temp"));
    QTRY_COMPARE(sorted(visibleTopics(proxy)), expectedVisible(store, query));
    QVERIFY(!visibleTopics(proxy).contains("home/attic"));

    // An empty query shows everything again, at once.
    proxy.setMatcher(TopicMatcher());
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(visibleTopics(proxy).size(), store.nodeCount());
}

void TestTopicTreeModel::proxyFollowsPayloadChanges()
{
    TopicStore store;
    TopicTreeModel model(&store);
    TopicFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester tester(&proxy);
    store.ingest({msg("dev/1/state", "OFF"), msg("dev/2/state", "OFF")});
    const TopicMatcher query =
        matcher(QStringLiteral("on"), history::MatchMode::Substring, history::MatchScope::Payload);
    proxy.setMatcher(query);
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), 0);

    store.ingest({msg("dev/2/state", "ON")});
    QTRY_COMPARE(sorted(visibleTopics(proxy)), (QByteArrayList{"dev", "dev/2", "dev/2/state"}));
    store.ingest({msg("dev/2/state", "OFF"), msg("dev/1/state", "on")});
    QTRY_COMPARE(sorted(visibleTopics(proxy)), (QByteArrayList{"dev", "dev/1", "dev/1/state"}));
    QCOMPARE(proxy.matchCount(), 1);
}

void TestTopicTreeModel::proxySortsByColumnValues()
{
    TopicStore store;
    TopicTreeModel model(&store);
    TopicFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester tester(&proxy);
    QList<ApplicationMessage> messages;
    for (int i = 0; i < 9; ++i)
        messages.append(msg("nine"));
    for (int i = 0; i < 10; ++i)
        messages.append(msg("ten"));
    messages.append(msg("one"));
    store.ingest(messages);

    proxy.sort(TopicTreeModel::MessagesColumn, Qt::DescendingOrder); // as numbers: 10 > 9 > 1
    QCOMPARE(visibleTopics(proxy), (QByteArrayList{"ten", "nine", "one"}));
    proxy.sort(TopicTreeModel::TopicColumn, Qt::AscendingOrder);
    QCOMPARE(visibleTopics(proxy), (QByteArrayList{"nine", "one", "ten"}));
}

void TestTopicTreeModel::proxyFiltersLargeTreeThroughEventLoop()
{
    TopicStore store;
    TopicTreeModel model(&store);
    TopicFilterProxy proxy;
    proxy.setSourceModel(&model);
    // Start narrow, so the tester (which walks the whole proxy on every
    // change) only ever sees a few hundred rows.
    proxy.setMatcher(matcher(QStringLiteral("plant/+/sensor999"), history::MatchMode::TopicFilter));
    QTRY_VERIFY(!proxy.isFiltering());
    Tester tester(&proxy);

    fillPlant(store); // 200k topics matched as they are inserted
    QCOMPARE(store.topicCount(), 200'000);
    QTRY_COMPARE(visibleTopics(proxy).size(), 1 + 200 + 200);

    QSignalSpy progress(&proxy, &TopicFilterProxy::filterProgress);
    QSignalSpy finished(&proxy, &TopicFilterProxy::filterFinished);
    const TopicMatcher query = matcher(QStringLiteral("LINE17/sensor12"));
    proxy.setMatcher(query);
    QVERIFY(proxy.isFiltering());
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isFiltering(), 120'000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<qsizetype>(), 11); // sensor12 and sensor120..129
    QCOMPARE(progress.constLast().at(0).value<qsizetype>(), store.nodeCount());
    QCOMPARE(sorted(visibleTopics(proxy)), expectedVisible(store, query));
    QCOMPARE(visibleTopics(proxy).size(), 1 + 1 + 11);
}

void TestTopicTreeModel::proxyNewQueryCancelsRunningOne()
{
    TopicStore store;
    TopicTreeModel model(&store);
    TopicFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setMatcher(matcher(QStringLiteral("nothing matches this")));
    QTRY_VERIFY(!proxy.isFiltering());
    Tester tester(&proxy);
    fillPlant(store);

    QSignalSpy progress(&proxy, &TopicFilterProxy::filterProgress);
    QSignalSpy finished(&proxy, &TopicFilterProxy::filterFinished);
    QSignalSpy running(&proxy, &TopicFilterProxy::filteringChanged);
    proxy.setSliceNodeLimit(1000); // 200 slices at least
    proxy.setMatcher(matcher(QStringLiteral("sensor5$"), history::MatchMode::RegularExpression));
    QTRY_VERIFY(progress.count() >= 1);
    QVERIFY(proxy.isFiltering());
    QCOMPARE(finished.count(), 0);

    const TopicMatcher second = matcher(QStringLiteral("plant/+/sensor3"), history::MatchMode::TopicFilter);
    proxy.setMatcher(second);
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isFiltering(), 120'000);
    QCOMPARE(finished.count(), 1); // the first query never finished
    QCOMPARE(proxy.appliedMatcher().pattern(), second.pattern());
    QCOMPARE(proxy.matchCount(), 200);
    QCOMPARE(sorted(visibleTopics(proxy)), expectedVisible(store, second));
    // One run, from the first query's start to the second one's end.
    QCOMPARE(running.count(), 2);
    QCOMPARE(running.at(0).at(0).toBool(), true);
    QCOMPARE(running.at(1).at(0).toBool(), false);

    // New topics match while the filter stands.
    store.ingest(batch({"plant/line500/sensor3", "plant/line500/sensor4"}));
    QTRY_VERIFY(visibleTopics(proxy).contains("plant/line500/sensor3"));
    QVERIFY(!visibleTopics(proxy).contains("plant/line500/sensor4"));
}

QTEST_MAIN(TestTopicTreeModel)
#include "tst_topictreemodel.moc"
