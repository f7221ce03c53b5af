// Fan-in and fan-out throughput: publishers send as fast as their window and
// the socket allow; subscribers answer and count. One thread per publisher;
// subscribers are shared among a few threads, each polling its connections.
#include "endpoints.h"
#include "loads.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

namespace homewire::bench {

using namespace mqtt;
using namespace std::chrono_literals;

namespace {

constexpr qsizetype BatchBytes = 16 * 1024; // a publisher queues this much, then writes
constexpr auto QuietPeriod = 5s;            // after the publishers finished: the rest is lost
constexpr auto SetupTimeout = 10s;

struct PublisherRun
{
    Connection connection;
    QByteArray topic;
    qint64 sent = 0;
    qint64 violations = 0;
    bool acknowledged = false; // everything sent and, at QoS 1/2, acknowledged
    std::atomic<bool> finished{false};
};

struct SubscriberGroup
{
    std::vector<std::unique_ptr<Connection>> connections;
    std::vector<Receiver> receivers;
    std::atomic<qint64> distinct{0};
    std::string error;
};

void publish(PublisherRun &run, quint32 index, int count, QoS qos, const std::atomic<bool> &stop,
             Clock::time_point deadline)
{
    Connection &connection = run.connection;
    PublisherWindow window(qos, PublishWindow);
    const auto onPacket = [&](const Packet &packet) {
        window.onPacket(connection, packet);
    };
    PublishPacket message;
    message.topic = run.topic;
    message.qos = qos;
    const auto canQueue = [&] {
        return run.sent < count && window.canSend() && connection.pendingOutput() < BatchBytes;
    };
    bool ok = true;
    while (ok && !stop.load(std::memory_order_relaxed) && Clock::now() < deadline &&
           (run.sent < count || window.inflight() > 0 || connection.pendingOutput() > 0)) {
        while (canQueue()) {
            message.payload = makePayload({nowNanoseconds(), index, quint32(run.sent)}, PayloadBytes);
            message.packetId = qos == QoS::AtMostOnce ? 0 : window.take();
            connection.send(message);
            ++run.sent;
        }
        ok = connection.pump(0ns, onPacket);
        if (ok && !canQueue()) // wait for acknowledgements or room in the socket
            ok = connection.pump(20ms, onPacket);
    }
    run.acknowledged = ok && run.sent == count && window.inflight() == 0 && connection.pendingOutput() == 0;
    run.violations = window.violations();
    run.finished = true;
}

void receive(SubscriberGroup &group, const std::atomic<bool> &stop)
{
    std::vector<pollfd> descriptors(group.connections.size());
    std::vector<bool> failed(group.connections.size(), false);
    while (!stop.load(std::memory_order_relaxed)) {
        for (size_t i = 0; i < descriptors.size(); ++i) {
            descriptors[i] = group.connections[i]->pollDescriptor();
            if (failed[i])
                descriptors[i].fd = -1; // poll() ignores it
        }
        if (!Connection::waitFor(descriptors, 20ms))
            break;
        qint64 distinct = 0;
        for (size_t i = 0; i < descriptors.size(); ++i) {
            Connection &connection = *group.connections[i];
            Receiver &receiver = group.receivers[i];
            if (!failed[i] && !connection.handle(descriptors[i].revents, [&](const Packet &packet) {
                    receiver.onPacket(connection, packet);
                })) {
                failed[i] = true;
                addNote(group.error, "subscriber " + std::to_string(i) + ": " + connection.error());
            }
            receiver.answered();
            distinct += receiver.distinct();
        }
        group.distinct.store(distinct, std::memory_order_relaxed);
    }
}

struct Clients
{
    std::vector<std::unique_ptr<SubscriberGroup>> groups;
    std::vector<std::unique_ptr<PublisherRun>> publishers;
};

// Connects and subscribes everyone before the clock starts. Returns an error.
std::string connectClients(quint16 port, const ThroughputLoad &load, Clients &clients)
{
    const bool fanIn = load.publishers > 1;
    const QByteArray filter = fanIn ? QByteArrayLiteral("bench/fanin/+") : QByteArrayLiteral("bench/fanout");
    const auto deadline = Clock::now() + SetupTimeout;
    for (int g = 0; g < load.subscriberThreads; ++g)
        clients.groups.push_back(std::make_unique<SubscriberGroup>());
    for (int s = 0; s < load.subscribers; ++s) {
        auto connection = std::make_unique<Connection>();
        connection->setTransport(load.transport);
        if (!connection->open(port, "bench-sub-" + QByteArray::number(s), deadline) ||
            !connection->subscribe(filter, load.qos, deadline))
            return "subscriber " + std::to_string(s) + ": " + connection->error();
        SubscriberGroup &group = *clients.groups[size_t(s % load.subscriberThreads)];
        group.connections.push_back(std::move(connection));
        group.receivers.emplace_back(load.publishers, load.messagesPerPublisher);
    }
    for (int p = 0; p < load.publishers; ++p) {
        auto run = std::make_unique<PublisherRun>();
        run->topic = fanIn ? "bench/fanin/" + QByteArray::number(p) : filter;
        run->connection.setTransport(load.transport);
        if (!run->connection.open(port, "bench-pub-" + QByteArray::number(p), deadline))
            return "publisher " + std::to_string(p) + ": " + run->connection.error();
        clients.publishers.push_back(std::move(run));
    }
    return {};
}

// Figures and remarks once every thread has been joined.
void summarize(const ThroughputLoad &load, const Clients &clients, quint64 startNs, Measurement &result)
{
    qint64 received = 0, duplicates = 0, reordered = 0, unexpected = 0, burst = 0;
    quint64 lastNs = startNs;
    for (const auto &group : clients.groups) {
        for (const Receiver &receiver : group->receivers) {
            received += receiver.distinct();
            duplicates += receiver.duplicates();
            reordered += receiver.reordered();
            unexpected += receiver.unexpected();
            burst = std::max(burst, receiver.largestUnansweredBurst());
            lastNs = std::max(lastNs, receiver.lastDeliveryNs());
        }
        if (!group->error.empty())
            addNote(result.note, group->error);
    }
    qint64 sent = 0, violations = 0, unacknowledged = 0;
    for (const auto &run : clients.publishers) {
        sent += run->sent;
        violations += run->violations;
        unacknowledged += run->acknowledged ? 0 : 1;
        if (!run->connection.error().empty())
            addNote(result.note, "publisher: " + run->connection.error());
    }
    const qint64 published = qint64(load.publishers) * load.messagesPerPublisher;
    const double seconds = double(lastNs - startNs) / 1e9;
    result.value = seconds > 0 ? double(received) / seconds : 0;
    result.lost = published * load.subscribers - received;
    const auto count = [&](qint64 n, const std::string &what) {
        if (n > 0)
            addNote(result.note, std::to_string(n) + " " + what);
    };
    count(duplicates, "duplicate deliveries");
    count(reordered, "deliveries out of publish order");
    count(unexpected, "unexpected packets at subscribers");
    if (burst > PublishWindow)
        count(burst, "QoS " + std::to_string(int(load.qos)) +
                         " messages in flight to one subscriber at once (max_inflight_messages " +
                         std::to_string(PublishWindow) + ")");
    count(violations, "unexpected acknowledgements at publishers");
    if (result.lost > 0 && !result.timedOut)
        count(unacknowledged, "publishers without all acknowledgements");
    if (result.timedOut)
        addNote(result.note, "sent " + std::to_string(sent) + " of " + std::to_string(published));
}

} // namespace

Measurement runThroughput(quint16 port, const ThroughputLoad &load)
{
    Measurement result;
    Clients clients;
    if (std::string error = connectClients(port, load, clients); !error.empty()) {
        result.note = error;
        return result;
    }

    std::atomic<bool> stop{false};
    const quint64 startNs = nowNanoseconds();
    const auto deadline = Clock::now() + load.timeout;
    std::vector<std::thread> threads;
    for (auto &group : clients.groups)
        threads.emplace_back(receive, std::ref(*group), std::cref(stop));
    for (size_t p = 0; p < clients.publishers.size(); ++p)
        threads.emplace_back(publish, std::ref(*clients.publishers[p]), quint32(p), load.messagesPerPublisher,
                             load.qos, std::cref(stop), deadline);

    const auto delivered = [&] {
        qint64 sum = 0;
        for (const auto &group : clients.groups)
            sum += group->distinct.load(std::memory_order_relaxed);
        return sum;
    };
    const auto publishersFinished = [&] {
        return std::all_of(clients.publishers.begin(), clients.publishers.end(),
                           [](const auto &run) { return run->finished.load(); });
    };
    const qint64 expected = qint64(load.publishers) * load.messagesPerPublisher * load.subscribers;
    const DeliveryWait wait = awaitDeliveries(expected, delivered, publishersFinished, deadline, QuietPeriod);
    stop = true;
    for (std::thread &thread : threads)
        thread.join();
    result.timedOut = wait.timedOut;
    summarize(load, clients, startNs, result);
    if (auto pause = describePause(wait))
        addNote(result.note, *pause);
    return result;
}

} // namespace homewire::bench
