// The two ends of a load: the publisher's window of unacknowledged QoS 1/2
// messages, and the subscriber's answers and bookkeeping of what arrived.
//
// Each message carries its send time, publisher index and sequence number,
// so the subscriber counts distinct deliveries (duplicates and reordering are
// reported, not counted twice) and measures latency without a second clock.
#pragma once

#include "connection.h"
#include "mqtt/packets.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace homewire::bench {

struct PayloadHeader
{
    quint64 sentNs = 0;
    quint32 publisher = 0;
    quint32 sequence = 0;
};

QByteArray makePayload(const PayloadHeader &header, int size);
std::optional<PayloadHeader> readPayload(const QByteArray &payload);

// QoS 1: PUBLISH -> PUBACK. QoS 2: PUBLISH -> PUBREC, PUBREL -> PUBCOMP. A
// message leaves the window with its PUBACK or PUBCOMP.
class PublisherWindow
{
public:
    PublisherWindow(mqtt::QoS qos, int size);

    bool canSend() const { return m_qos == mqtt::QoS::AtMostOnce || m_inflight < m_size; }
    int inflight() const { return m_inflight; }
    // Packet identifier for the next QoS 1/2 PUBLISH, now in flight.
    quint16 take();
    // Acknowledgements from the broker; answers PUBREC with PUBREL.
    void onPacket(Connection &connection, const mqtt::Packet &packet);
    // Acknowledgements of the wrong kind or for identifiers not in flight.
    qint64 violations() const { return m_violations; }

private:
    enum State : quint8
    {
        Free,
        AwaitingPuback,
        AwaitingPubrec,
        AwaitingPubcomp
    };

    mqtt::QoS m_qos;
    int m_size;
    int m_inflight = 0;
    quint16 m_nextId = 1;
    qint64 m_violations = 0;
    std::vector<State> m_state;
};

// One subscriber connection's view of a load.
class Receiver
{
public:
    Receiver(int publishers, int messagesPerPublisher);

    // Answers PUBLISH QoS 1 with PUBACK, QoS 2 with PUBREC, PUBREL with PUBCOMP.
    void onPacket(Connection &connection, const mqtt::Packet &packet);
    // Call after each Connection::handle()/pump(): its answers are written then.
    // Every QoS 1/2 PUBLISH that arrived since the previous call was in flight
    // at the broker at once, so their number may not exceed its window.
    void answered();
    qint64 largestUnansweredBurst() const { return m_largestBurst; }
    // Records publish-to-delivery times (ns) of distinct deliveries.
    void recordLatencies(std::vector<qint64> *latencies) { m_latencies = latencies; }

    qint64 distinct() const { return m_distinct; }
    qint64 duplicates() const { return m_duplicates; }
    qint64 reordered() const { return m_reordered; }
    qint64 unexpected() const { return m_unexpected; }
    bool complete() const { return m_distinct >= m_expected; }
    quint64 lastDeliveryNs() const { return m_lastDeliveryNs; }

private:
    void deliver(const mqtt::PublishPacket &publish);

    int m_messagesPerPublisher;
    qint64 m_expected;
    std::vector<bool> m_seen;           // [publisher * messagesPerPublisher + sequence]
    std::vector<qint64> m_lastSequence; // per publisher, for the order check (MQTT 4.6)
    std::vector<qint64> *m_latencies = nullptr;
    qint64 m_distinct = 0;
    qint64 m_duplicates = 0;
    qint64 m_reordered = 0;
    qint64 m_unexpected = 0;
    qint64 m_burst = 0;
    qint64 m_largestBurst = 0;
    quint64 m_lastDeliveryNs = 0;
};

// An acknowledgement packet (PUBACK, PUBREC, PUBREL or PUBCOMP).
mqtt::AckPacket ackPacket(mqtt::PacketType type, quint16 packetId);

struct DeliveryWait
{
    bool timedOut = false;
    Clock::duration longestPause{}; // without a delivery, before they resumed
};

// Waits until `delivered()` reaches `expected`, the deadline passes (timed
// out), or the publishers have `finished()` and nothing more has arrived for
// `quiet` (the rest is lost). Pauses that end are measured: a broker that
// stalls for a while and then catches up loses nothing but should be noticed.
DeliveryWait awaitDeliveries(qint64 expected, const std::function<qint64()> &delivered,
                             const std::function<bool()> &finished, Clock::time_point deadline,
                             Clock::duration quiet);

// "deliveries paused for 1.5 s" when a pause was long enough to matter.
std::optional<std::string> describePause(const DeliveryWait &wait);

} // namespace homewire::bench
