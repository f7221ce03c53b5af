// Ingest: a steady stream of QoS 0 messages over many topics through the
// whole explorer path (broker -> MqttClient -> TopicTreeModel -> store,
// proxy and a shown view), timing the GUI thread's longest stall.
#include "broker/brokerprocess.h"
#include "eventloop.h"
#include "explorer.h"
#include "explorerloads.h"
#include "process.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <pthread.h>
#include <thread>

namespace homewire::bench {

using namespace mqtt;
using namespace std::chrono_literals;

namespace {

constexpr double SlowTickMs = 50;

double secondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

// Least-squares slope of (time, count) over the samples up to `until`, per second.
double sustainedRate(const std::vector<std::pair<Clock::time_point, quint64>> &samples,
                     Clock::time_point until)
{
    double n = 0, sumT = 0, sumC = 0, sumTT = 0, sumTC = 0;
    for (const auto &[time, count] : samples) {
        if (time > until)
            break;
        const double t = secondsBetween(samples.front().first, time);
        n += 1;
        sumT += t;
        sumC += double(count);
        sumTT += t * t;
        sumTC += t * double(count);
    }
    const double spread = n * sumTT - sumT * sumT;
    return n >= 3 && spread > 0 ? (n * sumTC - sumT * sumC) / spread : 0;
}

struct PublisherReport
{
    std::atomic<bool> done{false};
    // Written before `done`, read after it.
    qint64 published = 0;
    double seconds = 0;
    Clock::time_point finished; // the last message written to the socket
    double maxLagMs = 0;        // how far a burst started behind its schedule
    std::string error;
};

// Every burstInterval a burst of messages, round-robin over the topics; a
// late burst goes out at once, so a slow broker shows as lag, not as fewer
// messages.
void publishPaced(quint16 port, const IngestLoad &load, PublisherReport &report)
{
    ::pthread_setname_np(::pthread_self(), "bench-load"); // apart from the GUI thread in threadTimes()
    Connection connection;
    const auto deadline = Clock::now() + load.duration + load.drainTimeout + 10s;
    if (!connection.open(port, QByteArrayLiteral("bench-explorer-load"), Clock::now() + 5s)) {
        report.error = "load connection: " + connection.error();
        report.done.store(true, std::memory_order_release);
        return;
    }
    std::vector<QByteArray> topics;
    for (int a = 0; a < load.topicsA; ++a) {
        for (int b = 0; b < load.topicsB; ++b)
            topics.push_back("bench/" + QByteArray::number(a) + '/' + QByteArray::number(b) + "/value");
    }
    std::vector<QByteArray> payloads; // "15.0" to "34.9": a sensor reading
    for (int i = 0; i < 200; ++i)
        payloads.push_back(QByteArray::number(15.0 + i / 10.0, 'f', 1));

    const double intervalSeconds = std::chrono::duration<double>(load.burstInterval).count();
    const int burst = int(load.messagesPerSecond * intervalSeconds + 0.5);
    const auto bursts = load.duration / load.burstInterval;
    const auto ignore = [](const Packet &) {
    };
    PublishPacket message;
    message.qos = QoS::AtMostOnce;
    qint64 queued = 0;
    bool ok = true;
    const auto start = Clock::now();
    for (qint64 k = 0; ok && k < bursts; ++k) {
        const auto due = start + k * load.burstInterval;
        while (ok && Clock::now() < due)
            ok = connection.pump(due - Clock::now(), ignore);
        report.maxLagMs =
            std::max(report.maxLagMs, std::chrono::duration<double, std::milli>(Clock::now() - due).count());
        for (int i = 0; i < burst; ++i, ++queued) {
            message.topic = topics[size_t(queued) % topics.size()];
            // The value changes from one round over the topics to the next.
            message.payload = payloads[size_t(queued / qint64(topics.size()) + queued) % payloads.size()];
            connection.send(message);
        }
        ok = ok && connection.pump(0ns, ignore);
    }
    while (ok && connection.pendingOutput() > 0 && Clock::now() < deadline)
        ok = connection.pump(20ms, ignore);
    report.finished = Clock::now();
    report.seconds = secondsBetween(start, report.finished);
    report.published = queued;
    if (!ok)
        report.error = "load connection: " + connection.error();
    else if (connection.pendingOutput() > 0)
        report.error = "load connection: " + std::to_string(connection.pendingOutput()) +
                       " bytes still unsent at the deadline";
    connection.disconnect(Clock::now() + 2s);
    report.done.store(true, std::memory_order_release);
}

} // namespace

std::vector<Measurement> runIngest(const BrokerUnderTest &broker, const IngestLoad &load)
{
    std::vector<Measurement> result(IngestFigureCount);
    Explorer explorer;
    explorer.show();
    std::string error;
    if (!explorer.connectTo(broker.port, 10s, error)) {
        result[IngestPublished].note = error;
        return result;
    }
    explorer.paintNow();

    quint64 received = 0;
    QObject::connect(&explorer.client(), &client::MqttClient::messagesReceived, &explorer.view(),
                     [&received](const QList<mqtt::ApplicationMessage> &batch) {
                         for (const mqtt::ApplicationMessage &message : batch)
                             received += message.topic.startsWith("bench/") ? 1 : 0;
                     });
    // (time, messages in the store) after every applied batch that added some.
    std::vector<std::pair<Clock::time_point, quint64>> batches;
    QObject::connect(&explorer.model(), &ui::TopicTreeModel::messagesApplied, &explorer.view(), [&] {
        const quint64 applied = explorer.messagesUnder("bench");
        if (batches.empty() || applied > batches.back().second)
            batches.emplace_back(Clock::now(), applied);
    });

    EventTracer &tracer = TracingApplication::instance()->tracer();
    GapMeter gaps;
    const double brokerCpuBefore = processCpuSeconds(broker.pid);
    const double guiCpuBefore = threadCpuSeconds();
    const ThreadTimes threadsBefore = threadTimes();
    tracer.reset();
    gaps.start();
    PublisherReport report;
    std::thread publisher(publishPaced, broker.port, std::cref(load), std::ref(report));
    std::optional<Clock::time_point> publishedAt;
    runUntil(
        [&] {
            if (!report.done.load(std::memory_order_acquire))
                return false;
            if (!publishedAt)
                publishedAt = Clock::now();
            return explorer.messagesUnder("bench") >= quint64(report.published) ||
                   Clock::now() - *publishedAt >= load.drainTimeout;
        },
        load.duration + load.drainTimeout + 30s);
    gaps.stop();
    const double guiCpu = threadCpuSeconds() - guiCpuBefore;
    const double brokerCpu = processCpuSeconds(broker.pid) - brokerCpuBefore;
    publisher.join(); // it stops by its own deadline
    const quint64 applied = explorer.messagesUnder("bench");

    const qint64 published = report.published;
    result[IngestPublished].value = double(published);
    if (!report.error.empty())
        result[IngestPublished].note = report.error;
    if (report.maxLagMs > 100) {
        char text[128];
        std::snprintf(text, sizeof text, "the load ran up to %.0f ms behind its schedule (took %.1f s)",
                      report.maxLagMs, report.seconds);
        addNote(result[IngestPublished].note, text);
    }
    result[IngestReceived].value = double(received);
    result[IngestReceived].lost = published - qint64(received);
    result[IngestApplied].value = double(applied);
    result[IngestApplied].lost = published - qint64(applied);
    result[IngestApplied].timedOut = qint64(applied) < published;
    // The rate is the slope of messages in the store over time (least
    // squares) across the batches applied while the load ran: the rate the
    // explorer sustained, which cannot exceed the one offered. The batches
    // after the end only add the pipeline's delay, reported on its own: how
    // long after the last message was sent the store had them all.
    result[IngestRate].value = sustainedRate(batches, report.finished);
    if (!batches.empty() && qint64(applied) >= published)
        result[IngestDelay].value = std::max(
            0.0, std::chrono::duration<double, std::milli>(batches.back().first - report.finished).count());
    result[IngestMaxGap].value = gaps.maxGapMs();
    if (gaps.maxGapMs() > SlowTickMs)
        result[IngestMaxGap].note = tracer.describeLongest();
    result[IngestSlowTicks].value = gaps.gapsOver(SlowTickMs);
    result[IngestResident].value = double(ownStatusKiB("VmRSS")) / 1024.0;
    result[IngestGuiCpu].value = guiCpu;
    result[IngestBrokerCpu].value = brokerCpu;
    if (explainGuiTime) {
        std::fprintf(stderr, "ingest, GUI thread from the first publish until all applied:\n%s",
                     tracer.report().c_str());
        std::fprintf(stderr, "  CPU by thread: %s\n",
                     describeThreadTimes(threadsBefore, threadTimes()).c_str());
    }
    return result;
}

} // namespace homewire::bench
