// A million retained topics: how long the explorer takes to load them from
// a fresh subscription to '#', how much memory it then holds, and whether
// the tree stays usable (expanding, scrolling, searching) at that size.
#include "broker/retainedpublisher.h"
#include "eventloop.h"
#include "explorer.h"
#include "explorerloads.h"
#include "history/topicmatcher.h"
#include "process.h"

#include <QScrollBar>
#include <cstdio>

namespace homewire::bench {

using namespace mqtt;
using namespace std::chrono_literals;

namespace {

constexpr qsizetype BatchBytes = 64 * 1024;
constexpr auto QuietPeriod = 15s; // no new topic for this long: the rest is missing
constexpr double SlowTickMs = 50;
constexpr int ExpandAfterSearch = 500; // ConnectionView's limit

double secondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

double millisecondsSince(Clock::time_point from)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - from).count();
}

QByteArray topicOf(int i, int perParent)
{
    return "retained/" + QByteArray::number(i / perParent) + '/' + QByteArray::number(i % perParent);
}

// All at QoS 0 but the last, at QoS 1: its PUBACK says the broker has
// processed everything before it on this connection.
void publishRetained(quint16 port, const RetainedMillionLoad &load, Measurement &result)
{
    const auto deadline = Clock::now() + load.publishTimeout;
    Connection publisher;
    if (!publisher.open(port, QByteArrayLiteral("bench-explorer-retained"), Clock::now() + 5s)) {
        result.note = "publisher: " + publisher.error();
        return;
    }
    const auto topic = [perParent = load.perParent](int i) {
        return topicOf(i, perParent);
    };
    if (!publishRetainedMessages(publisher, load.topics, topic, BatchBytes, deadline, result))
        return;
    publisher.disconnect(Clock::now() + 2s);
}

void explain(const char *phase, const EventTracer &tracer)
{
    if (explainGuiTime)
        std::fprintf(stderr, "1M retained, GUI thread %s:\n%s", phase, tracer.report().c_str());
}

// Subscribes a fresh explorer to '#' and waits until it has every topic.
void loadExplorer(Explorer &explorer, quint16 port, const RetainedMillionLoad &load,
                  std::vector<Measurement> &result)
{
    EventTracer &tracer = TracingApplication::instance()->tracer();
    quint64 topics = 0;
    auto lastGrowth = Clock::now();
    const QMetaObject::Connection counting =
        QObject::connect(&explorer.model(), &ui::TopicTreeModel::messagesApplied, &explorer.view(), [&] {
            const quint64 now = explorer.topicsUnder("retained");
            if (now > topics) {
                topics = now;
                lastGrowth = Clock::now();
            }
        });
    GapMeter gaps;
    const ThreadTimes threadsBefore = threadTimes();
    tracer.reset();
    gaps.start();
    const auto start = Clock::now();
    lastGrowth = start;
    std::string error;
    if (!explorer.connectTo(port, 10s, error)) {
        result[RetainedExplorerLoad].note = error;
        return;
    }
    const bool all =
        runUntil([&] { return topics >= quint64(load.topics) || Clock::now() - lastGrowth >= QuietPeriod; },
                 load.loadTimeout);
    gaps.stop();
    QObject::disconnect(counting);

    Measurement &loaded = result[RetainedExplorerLoad];
    loaded.value = secondsBetween(start, lastGrowth);
    loaded.lost = qint64(load.topics) - qint64(topics);
    loaded.timedOut = !all;
    result[RetainedResident].value = double(ownStatusKiB("VmRSS")) / 1024.0;
    result[RetainedPeak].value = double(ownStatusKiB("VmHWM")) / 1024.0;
    result[RetainedLoadMaxGap].value = gaps.maxGapMs();
    if (gaps.maxGapMs() > SlowTickMs) {
        result[RetainedLoadMaxGap].note =
            std::to_string(gaps.gapsOver(SlowTickMs)) + " ticks over 50 ms; " + tracer.describeLongest();
    }
    explain("from connecting until all topics are in the store", tracer);
    if (explainGuiTime)
        std::fprintf(stderr, "  CPU by thread: %s\n",
                     describeThreadTimes(threadsBefore, threadTimes()).c_str());
}

// Expands the middle row of the first level (a parent of perParent topics)
// at the top of the view, so that its rows fill the view whatever order the
// broker sent them in; then scrolls to the bottom and back, painting after
// each step as the window would.
void expandAndScroll(Explorer &explorer, std::vector<Measurement> &result)
{
    const history::TopicNode *top = explorer.store().find("retained");
    const history::TopicNode *node =
        top && top->childCount() > 0 ? top->child(top->childCount() / 2) : nullptr;
    const QModelIndex index =
        node ? explorer.proxy().mapFromSource(explorer.model().indexForNode(node)) : QModelIndex();
    if (!index.isValid()) {
        result[RetainedExpand].note = "no row to expand under 'retained'";
        return;
    }
    QTreeView &view = explorer.view();
    view.scrollTo(index, QAbstractItemView::PositionAtTop);
    explorer.paintNow();
    auto start = Clock::now();
    view.expand(index);
    explorer.paintNow();
    result[RetainedExpand].value = millisecondsSince(start);
    result[RetainedExpand].note =
        node->topic().toStdString() + ", " + std::to_string(node->childCount()) + " rows";

    QScrollBar *bar = view.verticalScrollBar();
    start = Clock::now();
    view.scrollToBottom();
    explorer.paintNow();
    const bool atBottom = bar->value() == bar->maximum() && bar->maximum() > 0;
    view.scrollToTop();
    explorer.paintNow();
    result[RetainedScroll].value = millisecondsSince(start);
    if (!atBottom || bar->value() != 0)
        result[RetainedScroll].note = "the view did not reach the bottom and the top";
}

// The expected count, by matching the generated topics the same way.
qsizetype expectedMatches(const RetainedMillionLoad &load)
{
    const QByteArray needle = load.search.toUtf8();
    qsizetype matches = 0;
    for (int i = 0; i < load.topics; ++i)
        matches += topicOf(i, load.perParent).contains(needle) ? 1 : 0;
    return matches;
}

void search(Explorer &explorer, const RetainedMillionLoad &load, std::vector<Measurement> &result)
{
    auto matcher = history::TopicMatcher::create(load.search, history::MatchMode::Substring);
    if (!matcher) {
        result[RetainedSearch].note = "cannot search for " + load.search.toStdString();
        return;
    }
    const qsizetype expected = expectedMatches(load);
    // As in ConnectionView: a finished search expands the results at once,
    // in the same event.
    std::optional<Clock::time_point> finishedAt;
    qsizetype matches = -1;
    double expandMs = 0;
    int expanded = 0;
    QObject::connect(&explorer.proxy(), &ui::TopicFilterProxy::filterFinished, &explorer.view(),
                     [&](qsizetype count) {
                         finishedAt = Clock::now();
                         matches = count;
                         expanded = explorer.expandAll(ExpandAfterSearch);
                         expandMs = millisecondsSince(*finishedAt);
                     });
    EventTracer &tracer = TracingApplication::instance()->tracer();
    GapMeter gaps;
    tracer.reset();
    gaps.start();
    const auto start = Clock::now();
    explorer.proxy().setMatcher(*matcher);
    const bool finished = runUntil([&] { return finishedAt.has_value(); }, load.searchTimeout);
    runFor(250ms); // the view lays out and paints the results
    explorer.paintNow();
    gaps.stop();

    Measurement &searched = result[RetainedSearch];
    if (finished)
        searched.value = std::chrono::duration<double, std::milli>(*finishedAt - start).count();
    searched.timedOut = !finished;
    searched.note = std::string("'") + load.search.toStdString() + "': " + std::to_string(matches) +
                    " matches (" + std::to_string(expected) + " expected)";
    result[RetainedSearchExpand].value = expandMs;
    result[RetainedSearchExpand].note =
        std::to_string(expanded) + " rows expanded, " +
        std::to_string(explorer.proxy().rowCount(explorer.proxy().index(0, 0))) + " second-level rows shown";
    result[RetainedSearchMaxGap].value = gaps.maxGapMs();
    if (gaps.maxGapMs() > SlowTickMs)
        result[RetainedSearchMaxGap].note = tracer.describeLongest();
    explain("during the search", tracer);
}

} // namespace

std::vector<Measurement> runRetainedMillion(const BrokerUnderTest &broker, const RetainedMillionLoad &load)
{
    std::vector<Measurement> result(RetainedFigureCount);
    publishRetained(broker.port, load, result[RetainedBrokerLoad]);
    if (result[RetainedBrokerLoad].value <= 0)
        return result;

    Explorer explorer;
    explorer.show();
    loadExplorer(explorer, broker.port, load, result);
    if (result[RetainedExplorerLoad].value <= 0)
        return result;
    runFor(1500ms); // the change highlight fades out: the window is idle
    expandAndScroll(explorer, result);
    search(explorer, load, result);
    return result;
}

} // namespace homewire::bench
