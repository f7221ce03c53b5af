// libFuzzer target: the broker's protocol engine driven by hostile clients.
//
// The input is cut into commands for up to eight connections: byte 0 picks
// the connection and the action (bytes to feed, close, congestion on/off,
// the clock moving), the following bytes are the payload. Bytes go through
// the real StreamDecoder into Broker::packetReceived, exactly as the network
// layer does it. Invariants: no crash, leak or undefined behaviour; a
// connection the engine closed is never sent to again; every packet the
// engine sends encodes at the connection's level.
#include "broker/broker.h"
#include "mqtt/streamdecoder.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

using namespace homewire;
using namespace homewire::broker;
using namespace homewire::mqtt;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

class Sink : public BrokerSink
{
public:
    std::set<ConnectionId> closed;
    std::map<ConnectionId, ProtocolVersion> versions;

    void send(ConnectionId c, ProtocolVersion v, Packet p) override
    {
        check(!closed.count(c), "no packet after close");
        const auto it = versions.find(c);
        check(it == versions.end() || it->second == v, "packets go out at the accepted level");
        check(encodePacket(p, v).hasValue(), "the engine sends encodable packets");
    }
    void close(ConnectionId c, const QString &) override { closed.insert(c); }
    void connectionAccepted(ConnectionId c, quint16, ProtocolVersion v) override { versions[c] = v; }
    void setReadPaused(ConnectionId, bool) override {}
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Sink sink;
    ManualClock clock;
    BrokerConfig config;
    config.maxInflightMessages = 3;
    config.maxQueuedMessages = 8;
    config.maxTopicLevels = 16;
    Broker broker(config, sink, clock);
    std::map<ConnectionId, StreamDecoder> decoders;
    std::map<ConnectionId, ConnectionId> current; // slot -> live connection id
    ConnectionId nextId = 1;

    size_t pos = 0;
    while (pos < size) {
        const uint8_t command = data[pos++];
        const ConnectionId slot = command & 0x07;
        const uint8_t action = command >> 5;
        size_t length = 0;
        if (pos < size) {
            length = data[pos];
            ++pos;
            length = std::min(length, size - pos);
        }
        const char *payload = reinterpret_cast<const char *>(data + pos);
        pos += length;

        if (!current.count(slot) || sink.closed.count(current[slot])) {
            const ConnectionId id = nextId++;
            current[slot] = id;
            decoders.emplace(
                id, StreamDecoder(DecodeOptions{ProtocolVersion::V311, Direction::ClientToServer}, 4096));
            broker.connectionOpened(id, QStringLiteral("fuzz"));
        }
        const ConnectionId id = current[slot];
        switch (action) {
        case 0:
        case 1:
        case 2:
        case 3: {
            StreamDecoder &decoder = decoders.at(id);
            decoder.feed(payload, qsizetype(length));
            for (;;) {
                auto next = decoder.next();
                if (!next) {
                    broker.connectionClosed(id, CloseReason::ProtocolError, next.error().message);
                    sink.closed.insert(id);
                    break;
                }
                if (!next.value() || sink.closed.count(id))
                    break;
                broker.packetReceived(id, std::move(*next.value()));
            }
            break;
        }
        case 4:
            broker.connectionClosed(id, CloseReason::PeerClosed);
            sink.closed.insert(id);
            break;
        case 5:
            broker.connectionCongested(id, length % 3 != 0, length % 3 == 2);
            break;
        case 6:
            clock.advance(qint64(length) * 1000);
            broker.checkSlowSubscribers();
            break;
        default:
            broker.publishSysTopics();
            break;
        }
    }
    broker.shutdown();
    return 0;
}
