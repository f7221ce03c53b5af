// TLS connection rate: each thread keeps its share of the connections in
// flight opening at once (non-blocking, one poll() over them), each a full
// handshake, CONNECT, CONNACK, DISCONNECT and the broker's close, until the
// requested number has been tried. Handshakes dominate: the load generator
// does one ECDHE and verifies the broker's certificate chain per connection,
// on the same cores as the broker.
#include "brokerprocess.h"
#include "loads.h"
#include "tls.h"

#include <algorithm>
#include <cstdio>
#include <thread>
#include <unistd.h>

namespace homewire::bench {

using namespace mqtt;
using namespace std::chrono_literals;

namespace {

enum Outcome
{
    Completed,
    HandshakeFailed, // TLS refused or broken, or the connection reset during it
    Refused,         // CONNACK with a non-zero return code
    TimedOut,        // no CONNACK within the attempt timeout
    OtherFailure,    // TCP connect failed, closed before the CONNACK, a malformed packet
    OutcomeCount
};

const char *const OutcomeNames[OutcomeCount] = {"completed", "handshake errors", "CONNACK refusals",
                                                "timeouts", "other failures"};

struct Tally
{
    qint64 count[OutcomeCount] = {};
    std::string firstError[OutcomeCount];
    qint64 notClosed = 0; // the broker kept the connection open after DISCONNECT
    bool ranOut = false;  // the load's time ended first
    Clock::time_point lastDone{};

    void add(Outcome outcome, const std::string &error, Clock::time_point now)
    {
        ++count[outcome];
        if (firstError[outcome].empty())
            firstError[outcome] = error;
        lastDone = now;
    }
};

struct Slot
{
    Connection connection;
    Clock::time_point started{};
    bool active = false;
    bool disconnecting = false; // CONNACK 0 arrived, DISCONNECT sent
};

struct Worker
{
    quint16 port;
    const TlsConnectLoad &load;
    std::atomic<int> &next; // the next attempt's number, shared by the threads
    Tally tally;
};

// In TLS 1.3 the client's handshake ends before the broker has checked the
// client's certificate: a rejection arrives as an alert on the first read.
Outcome classify(const Connection &connection)
{
    if (connection.failedIn() == Connection::Phase::Handshaking)
        return HandshakeFailed;
    if (connection.stream() && !connection.stream()->error().empty())
        return HandshakeFailed;
    return OtherFailure;
}

std::string timeoutText(const Connection &connection)
{
    switch (connection.phase()) {
    case Connection::Phase::Connecting:
        return "timeout in TCP connect";
    case Connection::Phase::Handshaking:
        return "timeout in the TLS handshake";
    default:
        return "timeout waiting for CONNACK";
    }
}

// Starts the next attempt in `slot`; false when all have been started.
bool begin(Worker &worker, Slot &slot)
{
    const int index = worker.next.fetch_add(1);
    if (index >= worker.load.connections)
        return false;
    slot.started = Clock::now();
    slot.disconnecting = false;
    slot.active = slot.connection.start(worker.port, "bench-tls-" + QByteArray::number(index));
    if (!slot.active) {
        worker.tally.add(classify(slot.connection), slot.connection.error(), slot.started);
        slot.connection.close();
    }
    return true;
}

void step(Worker &worker, Slot &slot, short revents, Clock::time_point now)
{
    Connection &connection = slot.connection;
    std::string refusal;
    const bool ok = connection.handle(revents, [&](const Packet &packet) {
        const auto *connack = std::get_if<ConnackPacket>(&packet);
        if (!connack || slot.disconnecting || !refusal.empty())
            return;
        if (connack->reasonCode != 0) {
            refusal = "CONNACK return code " + std::to_string(connack->reasonCode);
            return;
        }
        connection.send(DisconnectPacket{});
        slot.disconnecting = true;
    });
    std::optional<Outcome> outcome;
    if (!refusal.empty())
        outcome = Refused;
    else if (!ok)
        outcome = slot.disconnecting ? Completed : classify(connection); // closed (or reset) after DISCONNECT
    else if (now - slot.started > worker.load.attemptTimeout)
        outcome = slot.disconnecting ? Completed : TimedOut;
    if (!outcome)
        return;
    if (*outcome == Completed && ok)
        ++worker.tally.notClosed;
    worker.tally.add(*outcome,
                     *outcome == Refused ? refusal
                     : ok                ? timeoutText(connection)
                                         : connection.error(),
                     now);
    connection.close();
    slot.active = false;
}

void connectLoop(Worker &worker, const TlsClient &tls, int inFlight, Clock::time_point end)
{
    std::vector<Slot> attempts(size_t(std::max(inFlight, 1)));
    for (Slot &slot : attempts)
        slot.connection.setTransport(&tls);
    std::vector<pollfd> descriptors(attempts.size());
    bool more = true;
    while (Clock::now() < end) {
        bool active = false;
        for (size_t i = 0; i < attempts.size(); ++i) {
            while (more && !attempts[i].active)
                more = begin(worker, attempts[i]);
            active = active || attempts[i].active;
            descriptors[i] = attempts[i].active ? attempts[i].connection.pollDescriptor() : pollfd{-1, 0, 0};
        }
        if (!active)
            return;
        if (!Connection::waitFor(descriptors, 10ms))
            break;
        const auto now = Clock::now();
        for (size_t i = 0; i < attempts.size(); ++i) {
            if (attempts[i].active)
                step(worker, attempts[i], descriptors[i].revents, now);
        }
    }
    worker.tally.ranOut = more;
    for (Slot &slot : attempts) { // the load's time is up
        if (slot.active)
            worker.tally.add(TimedOut, "the load's time ran out", Clock::now());
        worker.tally.ranOut = worker.tally.ranOut || slot.active;
    }
}

void describe(const Tally &tally, const TlsClient &tls, double clientCores, Measurement &result)
{
    for (int o = HandshakeFailed; o < OutcomeCount; ++o) {
        if (tally.count[o] > 0)
            addNote(result.note, std::to_string(tally.count[o]) + " " + OutcomeNames[o] +
                                     " (first: " + tally.firstError[o] + ")");
    }
    if (tally.notClosed > 0)
        addNote(result.note,
                std::to_string(tally.notClosed) + " connections not closed by the broker after DISCONNECT");
    if (tls.resumed() > 0)
        addNote(result.note, std::to_string(tls.resumed()) + " resumed sessions");
    char cores[64];
    std::snprintf(cores, sizeof cores, "load generator %.2f cores", clientCores);
    addNote(result.note, tls.negotiated() + ", " + cores);
}

} // namespace

std::vector<Measurement> runTlsConnects(quint16 port, const TlsClient &tls, const TlsConnectLoad &load,
                                        const std::function<double()> &brokerCpuSeconds)
{
    std::atomic<int> next{0};
    std::vector<std::unique_ptr<Worker>> workers;
    for (int t = 0; t < load.threads; ++t)
        workers.push_back(std::make_unique<Worker>(Worker{port, load, next, {}}));
    const double cpuBefore = processCpuSeconds(::getpid());
    const double brokerBefore = brokerCpuSeconds();
    const auto start = Clock::now();
    const auto end = start + load.timeout;
    std::vector<std::thread> threads;
    for (int t = 0; t < load.threads; ++t) {
        const int share = load.inFlight / load.threads + (t < load.inFlight % load.threads ? 1 : 0);
        threads.emplace_back(connectLoop, std::ref(*workers[size_t(t)]), std::cref(tls), share, end);
    }
    for (std::thread &thread : threads)
        thread.join();

    Tally total;
    total.lastDone = start;
    for (const auto &worker : workers) {
        for (int o = 0; o < OutcomeCount; ++o) {
            total.count[o] += worker->tally.count[o];
            if (total.firstError[o].empty())
                total.firstError[o] = worker->tally.firstError[o];
        }
        total.notClosed += worker->tally.notClosed;
        total.ranOut = total.ranOut || worker->tally.ranOut;
        total.lastDone = std::max(total.lastDone, worker->tally.lastDone);
    }
    const double seconds = std::chrono::duration<double>(total.lastDone - start).count();
    Measurement result;
    result.value = seconds > 0 ? double(total.count[Completed]) / seconds : 0;
    result.lost = std::min<qint64>(next.load(), load.connections) - total.count[Completed];
    result.timedOut = total.ranOut;
    describe(total, tls, (processCpuSeconds(::getpid()) - cpuBefore) / seconds, result);
    Measurement cpu;
    if (total.count[Completed] > 0)
        cpu.value = (brokerCpuSeconds() - brokerBefore) * 1e6 / double(total.count[Completed]);
    return {result, cpu};
}

} // namespace homewire::bench
