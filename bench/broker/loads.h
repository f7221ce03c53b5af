// The loads bench_broker runs against each broker. Every load talks to one
// broker on 127.0.0.1 through Connection, is bounded by a timeout (a stalled
// run reports what it got and says so, it never hangs), and returns one
// Measurement per figure it produces.
#pragma once

#include "connection.h"
#include "mqtt/protocol.h"

#include <functional>
#include <string>
#include <vector>

namespace homewire::bench {

struct Measurement
{
    double value = 0; // in the unit of the figure; 0 when nothing was measured
    qint64 lost = -1; // expected minus received (or failed attempts); -1: not applicable
    bool timedOut = false;
    std::string note; // errors and protocol violations seen during the run
};

// Adds a remark to a "; "-separated note.
inline void addNote(std::string &note, const std::string &text)
{
    if (!note.empty())
        note += "; ";
    note += text;
}

// Payload bytes of the throughput and latency messages (a small sensor reading).
inline constexpr int PayloadBytes = 32;
// Unacknowledged QoS 1/2 messages a publisher keeps in flight.
inline constexpr int PublishWindow = 64;

// N publishers -> M subscribers on one topic (fan-in: each publisher its own
// topic under a '+' filter). Figure: delivered messages per second, from the
// first publish to the last delivery.
struct ThroughputLoad
{
    int publishers = 1;
    int subscribers = 1;
    int messagesPerPublisher = 1000;
    mqtt::QoS qos = mqtt::QoS::AtMostOnce;
    int subscriberThreads = 1;
    Clock::duration timeout = std::chrono::seconds(20);
    const Transport *transport = nullptr; // e.g. TLS (tls.h); null: plain TCP
};
Measurement runThroughput(quint16 port, const ThroughputLoad &load);

// One publisher at a fixed rate -> one subscriber; send time in the payload.
// Figures: p50 and p99 of publish-to-delivery time, in microseconds.
struct LatencyLoad
{
    mqtt::QoS qos = mqtt::QoS::AtMostOnce;
    int messagesPerSecond = 5000;
    Clock::duration duration = std::chrono::seconds(5);
};
std::vector<Measurement> runLatency(quint16 port, const LatencyLoad &load);

// connect, CONNACK, DISCONNECT, wait for the close; from several threads.
// Figure: completed connections per second; lost counts failed attempts.
struct ConnectionLoad
{
    int threads = 4;
    Clock::duration duration = std::chrono::seconds(3);
};
Measurement runConnectionRate(quint16 port, const ConnectionLoad &load);

class TlsClient;

// `connections` times: TCP, a full TLS handshake, CONNECT, CONNACK 0,
// DISCONNECT, the broker closes; `inFlight` at once, driven by `threads`
// threads. Figures: completed connections per second (lost counts failed
// ones, which the note breaks down: handshake, refused, timeout, other), and
// the broker's CPU time per completed connection in microseconds (read
// through `brokerCpuSeconds`), which the load generator's share of the cores
// does not blur.
struct TlsConnectLoad
{
    int connections = 5000;
    int inFlight = 32;
    int threads = 2; // one would cap Mosquitto: the client's half of a handshake costs more
    Clock::duration attemptTimeout = std::chrono::seconds(5);
    Clock::duration timeout = std::chrono::seconds(30);
};
std::vector<Measurement> runTlsConnects(quint16 port, const TlsClient &tls, const TlsConnectLoad &load,
                                        const std::function<double()> &brokerCpuSeconds);

// Publishes `topics` retained messages on home/room{i%500}/sensor{i}/state,
// then subscribes '#' with a fresh client. Figures: seconds to load them
// (until the PUBACK of the last one, sent at QoS 1), broker VmRSS after loading
// in MiB (read through `residentKiB`), seconds until all arrive on '#'.
struct RetainedLoad
{
    int topics = 100'000;
    Clock::duration timeout = std::chrono::seconds(30);
};
std::vector<Measurement> runRetained(quint16 port, const RetainedLoad &load,
                                     const std::function<long()> &residentKiB);

} // namespace homewire::bench
