// libFuzzer target: the stream decoder fed hostile bytes in hostile chunkings.
//
// Input layout: byte 0 chooses the protocol level (bits 0-1), the direction
// (bits 2-3) and the read size (bits 4-7); the rest is the byte stream.
// Invariants checked beyond "no crash, no leak, no undefined behaviour":
//  - every packet the decoder accepts encodes again, and decoding that encoding
//    gives the same value (the codec agrees with itself);
//  - the buffered bytes never exceed the maximum packet size plus one read;
//  - after an error the decoder stays failed.
#include "mqtt/streamdecoder.h"
#include "mqtt/topic.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace homewire::mqtt;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

ProtocolVersion encodingVersion(const Packet &packet, ProtocolVersion current)
{
    if (const auto *connect = std::get_if<ConnectPacket>(&packet))
        return connect->protocolVersion;
    return current;
}

void exerciseTopics(const Packet &packet)
{
    // Filters and names the decoder accepted are valid and match consistently.
    if (const auto *sub = std::get_if<SubscribePacket>(&packet)) {
        for (const Subscription &s : sub->subscriptions) {
            const TopicFilter filter(s.filter);
            check(filter.isValid(), "decoded filter is valid");
            (void)filter.matches(QByteArrayView("home/office/lamp"));
            (void)filter.matches(QByteArrayView("$SYS/broker/uptime"));
            (void)filter.matches(filter.plainFilter().bytes());
        }
    } else if (const auto *pub = std::get_if<PublishPacket>(&packet)) {
        if (!pub->topic.isEmpty()) {
            const TopicName name(pub->topic);
            check(name.isValid(), "decoded topic name is valid");
            check(topicMatches("#", pub->topic) == !name.isSystemTopic(), "'#' matches all but $ topics");
            check(topicMatches(pub->topic, pub->topic), "a topic name matches itself as a filter");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = data[0];
    static constexpr ProtocolVersion versions[] = {ProtocolVersion::V31, ProtocolVersion::V311,
                                                   ProtocolVersion::V5, ProtocolVersion::V5};
    static constexpr Direction directions[] = {Direction::Any, Direction::ClientToServer,
                                               Direction::ServerToClient, Direction::Any};
    DecodeOptions options{versions[control & 0x03], directions[(control >> 2) & 0x03]};
    const qsizetype readSize = qsizetype(1) << ((control >> 4) & 0x0F); // 1 byte .. 32 KiB
    constexpr quint32 maxPacketSize = 64 * 1024;

    StreamDecoder decoder(options, maxPacketSize);
    const char *stream = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);
    for (qsizetype pos = 0; pos < length; pos += readSize) {
        decoder.feed(stream + pos, qMin(readSize, length - pos));
        check(decoder.bufferedBytes() <= qsizetype(maxPacketSize) + readSize, "buffer stays bounded");
        for (;;) {
            const ProtocolVersion version = decoder.protocolVersion();
            auto next = decoder.next();
            if (!next) {
                check(!next.error().message.isEmpty(), "errors explain themselves");
                check(!decoder.next().hasValue(), "errors are final");
                return 0;
            }
            if (!next.value())
                break;
            const Packet &packet = *next.value();
            exerciseTopics(packet);
            const ProtocolVersion encodeAs = encodingVersion(packet, version);
            auto encoded = encodePacket(packet, encodeAs);
            check(encoded.hasValue(), "a decoded packet encodes");
            auto again = decodePacket(encoded.value(), DecodeOptions{encodeAs, options.direction});
            check(again.hasValue(), "an encoded packet decodes");
            check(again.value() == packet, "decode(encode(p)) == p");
        }
    }
    return 0;
}
