// Retained messages: load many retained topics, then time how long a fresh
// '#' subscriber takes to receive them all.
#include "endpoints.h"
#include "loads.h"
#include "retainedpublisher.h"

namespace homewire::bench {

using namespace mqtt;
using namespace std::chrono_literals;

namespace {

constexpr qsizetype BatchBytes = 16 * 1024;
constexpr auto QuietPeriod = 3s; // nothing more arrives on '#': the rest is missing

double secondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

// Publishes the retained messages; all at QoS 0 except the last, at QoS 1:
// its PUBACK says the broker has processed everything before it on this
// connection. Sets the load time, or a note.
void loadRetained(quint16 port, const RetainedLoad &load, Measurement &result)
{
    const auto deadline = Clock::now() + load.timeout;
    Connection publisher;
    if (!publisher.open(port, QByteArrayLiteral("bench-retained-pub"), deadline)) {
        result.note = "publisher: " + publisher.error();
        return;
    }
    const auto topicOf = [](int i) {
        return "home/room" + QByteArray::number(i % 500) + "/sensor" + QByteArray::number(i) + "/state";
    };
    if (!publishRetainedMessages(publisher, load.topics, topicOf, BatchBytes, deadline, result))
        return;
    publisher.disconnect(Clock::now() + 1s);
}

// Subscribes '#' with a fresh client and times the retained messages' arrival.
void receiveRetained(quint16 port, const RetainedLoad &load, Measurement &result)
{
    const auto deadline = Clock::now() + load.timeout;
    Connection subscriber;
    if (!subscriber.open(port, QByteArrayLiteral("bench-retained-sub"), deadline)) {
        result.note = "subscriber: " + subscriber.error();
        return;
    }
    SubscribePacket subscribe;
    subscribe.packetId = 1;
    subscribe.subscriptions.append(Subscription{QByteArrayLiteral("#"), QoS::AtMostOnce});
    const auto subscribed = Clock::now();
    subscriber.send(subscribe);
    qint64 retained = 0, live = 0;
    auto lastArrival = subscribed;
    const auto onPacket = [&](const Packet &packet) {
        if (const auto *publish = std::get_if<PublishPacket>(&packet)) {
            ++(publish->retain ? retained : live);
            lastArrival = Clock::now();
        }
    };
    while (retained < load.topics && Clock::now() < deadline && Clock::now() - lastArrival < QuietPeriod) {
        if (!subscriber.pump(20ms, onPacket)) {
            result.note = "subscriber: " + subscriber.error();
            break;
        }
    }
    result.value = secondsBetween(subscribed, lastArrival);
    result.lost = load.topics - retained;
    result.timedOut = retained < load.topics && Clock::now() >= deadline;
    if (live > 0)
        addNote(result.note, std::to_string(live) + " messages without the retain flag");
    subscriber.disconnect(Clock::now() + 1s);
}

} // namespace

std::vector<Measurement> runRetained(quint16 port, const RetainedLoad &load,
                                     const std::function<long()> &residentKiB)
{
    std::vector<Measurement> result(3); // load time, RSS after loading, delivery time
    loadRetained(port, load, result[0]);
    if (result[0].value <= 0)
        return result;
    result[1].value = double(residentKiB()) / 1024.0;
    receiveRetained(port, load, result[2]);
    return result;
}

} // namespace homewire::bench
