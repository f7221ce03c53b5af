// Latency at a fixed rate: one publisher paced by the clock, one subscriber
// that subtracts the send time carried in each payload from its arrival time.
#include "endpoints.h"
#include "loads.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace homewire::bench {

using namespace mqtt;
using namespace std::chrono_literals;

namespace {

constexpr auto SetupTimeout = 10s;
constexpr auto DrainTimeout = 10s; // after the last publish
constexpr auto QuietPeriod = 3s;

struct PacedPublisher
{
    Connection connection;
    qint64 sent = 0;
    qint64 violations = 0;
    std::atomic<bool> finished{false};
};

void publishPaced(PacedPublisher &run, const LatencyLoad &load, int count, const std::atomic<bool> &stop)
{
    Connection &connection = run.connection;
    PublisherWindow window(load.qos, PublishWindow);
    const auto onPacket = [&](const Packet &packet) {
        window.onPacket(connection, packet);
    };
    PublishPacket message;
    message.topic = QByteArrayLiteral("bench/latency");
    message.qos = load.qos;
    const auto period = std::chrono::nanoseconds(1'000'000'000LL / load.messagesPerSecond);
    const auto start = Clock::now();
    bool ok = true;
    for (int i = 0; ok && i < count && !stop.load(std::memory_order_relaxed); ++i) {
        const auto due = start + i * period;
        while (ok && (Clock::now() < due || !window.canSend()) && !stop.load(std::memory_order_relaxed))
            ok = connection.pump(window.canSend() ? due - Clock::now() : Clock::duration(5ms), onPacket);
        message.payload = makePayload({nowNanoseconds(), 0, quint32(i)}, PayloadBytes);
        message.packetId = load.qos == QoS::AtMostOnce ? 0 : window.take();
        connection.send(message);
        ok = ok && connection.pump(0ns, onPacket);
        ++run.sent;
    }
    const auto drainDeadline = Clock::now() + DrainTimeout;
    while (ok && (window.inflight() > 0 || connection.pendingOutput() > 0) && Clock::now() < drainDeadline &&
           !stop.load(std::memory_order_relaxed))
        ok = connection.pump(20ms, onPacket);
    run.violations = window.violations();
    run.finished = true;
}

double percentileMicroseconds(const std::vector<qint64> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    const size_t index = std::min(sorted.size() - 1, size_t(q * double(sorted.size())));
    return double(sorted[index]) / 1000.0;
}

// Everything worth a remark after the run, in one note.
std::string describeRun(const Receiver &receiver, const PacedPublisher &publisher,
                        const std::string &subscriberError, const DeliveryWait &wait, int count)
{
    std::string note;
    if (!subscriberError.empty())
        addNote(note, "subscriber: " + subscriberError);
    if (!publisher.connection.error().empty())
        addNote(note, "publisher: " + publisher.connection.error());
    if (receiver.duplicates() > 0)
        addNote(note, std::to_string(receiver.duplicates()) + " duplicate deliveries");
    if (receiver.reordered() > 0)
        addNote(note, std::to_string(receiver.reordered()) + " deliveries out of publish order");
    if (receiver.largestUnansweredBurst() > PublishWindow)
        addNote(note, std::to_string(receiver.largestUnansweredBurst()) +
                          " messages in flight to the subscriber at once (max_inflight_messages " +
                          std::to_string(PublishWindow) + ")");
    if (publisher.violations > 0)
        addNote(note, std::to_string(publisher.violations) + " unexpected acknowledgements");
    if (auto pause = describePause(wait))
        addNote(note, *pause);
    if (wait.timedOut)
        addNote(note, "sent " + std::to_string(publisher.sent) + " of " + std::to_string(count));
    return note;
}

} // namespace

std::vector<Measurement> runLatency(quint16 port, const LatencyLoad &load)
{
    std::vector<Measurement> result(2); // p50, p99
    const int count = int(load.messagesPerSecond * std::chrono::duration<double>(load.duration).count());
    const auto setupDeadline = Clock::now() + SetupTimeout;
    Connection subscriber;
    PacedPublisher publisher;
    if (!subscriber.open(port, QByteArrayLiteral("bench-latency-sub"), setupDeadline) ||
        !subscriber.subscribe(QByteArrayLiteral("bench/latency"), load.qos, setupDeadline)) {
        result[0].note = "subscriber: " + subscriber.error();
        return result;
    }
    if (!publisher.connection.open(port, QByteArrayLiteral("bench-latency-pub"), setupDeadline)) {
        result[0].note = "publisher: " + publisher.connection.error();
        return result;
    }

    Receiver receiver(1, count);
    std::vector<qint64> latencies;
    latencies.reserve(size_t(count));
    receiver.recordLatencies(&latencies);
    std::atomic<bool> stop{false};
    std::atomic<qint64> received{0};
    std::string subscriberError;
    std::thread receiving([&] {
        const auto onPacket = [&](const Packet &packet) {
            receiver.onPacket(subscriber, packet);
        };
        while (!stop.load(std::memory_order_relaxed)) {
            if (!subscriber.pump(20ms, onPacket)) {
                subscriberError = subscriber.error();
                break;
            }
            receiver.answered();
            received.store(receiver.distinct(), std::memory_order_relaxed);
        }
    });
    std::thread publishing(publishPaced, std::ref(publisher), std::cref(load), count, std::cref(stop));

    const DeliveryWait wait = awaitDeliveries(
        count, [&] { return received.load(std::memory_order_relaxed); },
        [&] { return publisher.finished.load(); }, Clock::now() + load.duration + DrainTimeout, QuietPeriod);
    stop = true;
    publishing.join();
    receiving.join();

    std::sort(latencies.begin(), latencies.end());
    const double quantiles[] = {0.50, 0.99};
    for (size_t i = 0; i < result.size(); ++i) {
        result[i].value = percentileMicroseconds(latencies, quantiles[i]);
        result[i].lost = count - receiver.distinct();
        result[i].timedOut = wait.timedOut;
    }
    result[0].note = describeRun(receiver, publisher, subscriberError, wait, count); // for both rows
    return result;
}

} // namespace homewire::bench
