// bench_codec: throughput of the MQTT codec on typical PUBLISH traffic.
//
// Prints packets/s and MB/s for encoding, decoding whole packets and cutting a
// stream into packets, for sensor-sized (60 B) and camera-sized (64 KiB)
// payloads at MQTT 3.1.1 and 5.0. The broker's budget per message is far
// above these costs; this program shows by how much.
#include "mqtt/codec.h"
#include "mqtt/streamdecoder.h"

#include <QElapsedTimer>
#include <QList>

#include <cstdio>

using namespace homewire::mqtt;

namespace {

constexpr qint64 RunNanoseconds = 700'000'000; // per measurement

struct Case
{
    const char *name;
    PublishPacket packet;
    ProtocolVersion version;
};

QList<Case> cases()
{
    PublishPacket sensor;
    sensor.topic = "home/livingroom/sensor/temperature";
    sensor.payload = R"({"temperature":21.5,"humidity":48,"battery":97,"linkquality":120})";
    sensor.qos = QoS::AtLeastOnce;
    sensor.packetId = 4242;

    PublishPacket sensorV5 = sensor;
    sensorV5.properties.setInteger(PropertyId::PayloadFormatIndicator, 1);
    sensorV5.properties.setString(PropertyId::ContentType, "application/json");
    sensorV5.properties.addUserProperty("source", "zigbee2mqtt");

    PublishPacket qos0 = sensor;
    qos0.qos = QoS::AtMostOnce;
    qos0.packetId = 0;

    PublishPacket large;
    large.topic = "home/frontdoor/camera/snapshot";
    large.payload = QByteArray(64 * 1024, '\xab');
    large.qos = QoS::AtLeastOnce;
    large.packetId = 1;

    return {{"PUBLISH QoS 0, 60 B, 3.1.1", qos0, ProtocolVersion::V311},
            {"PUBLISH QoS 1, 60 B, 3.1.1", sensor, ProtocolVersion::V311},
            {"PUBLISH QoS 1, 60 B, 5.0 + 3 props", sensorV5, ProtocolVersion::V5},
            {"PUBLISH QoS 1, 64 KiB, 3.1.1", large, ProtocolVersion::V311}};
}

template<typename Fn>
void measure(const char *operation, const char *name, qsizetype bytesPerPacket, int packetsPerCall, Fn fn)
{
    // Warm up, then run for a fixed time and report the rate.
    for (int i = 0; i < 1000; ++i)
        fn();
    QElapsedTimer timer;
    timer.start();
    qint64 packets = 0;
    while (timer.nsecsElapsed() < RunNanoseconds) {
        for (int i = 0; i < 256; ++i)
            fn();
        packets += 256LL * packetsPerCall;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double rate = double(packets) / seconds;
    std::printf("| %-8s | %-36s | %14.0f | %10.1f |\n", operation, name, rate,
                rate * double(bytesPerPacket) / (1024.0 * 1024.0));
    std::fflush(stdout);
}

} // namespace

int main()
{
    std::printf("| %-8s | %-36s | %14s | %10s |\n", "op", "packet", "packets/s", "MiB/s");
    std::printf("|----------|--------------------------------------|----------------|------------|\n");
    volatile qsizetype sink = 0;
    for (const Case &c : cases()) {
        const QByteArray wire = encodePacket(c.packet, c.version).value();
        QByteArray buffer;
        buffer.reserve(wire.size() * 2);
        measure("encode", c.name, wire.size(), 1, [&] {
            buffer.clear();
            if (!encodePacket(c.packet, c.version, buffer))
                std::abort();
            sink = sink + buffer.size();
        });
        const DecodeOptions options{c.version, Direction::ClientToServer};
        measure("decode", c.name, wire.size(), 1, [&] {
            auto decoded = decodePacket(wire, options);
            if (!decoded)
                std::abort();
            sink = sink + std::get<PublishPacket>(decoded.value()).payload.size();
        });

        // A stream of back-to-back packets arriving in 16 KiB reads.
        QByteArray stream;
        const int perStream = int(qMax<qsizetype>(1, (256 * 1024) / wire.size()));
        for (int i = 0; i < perStream; ++i)
            stream += wire;
        StreamDecoder decoder(options);
        measure("stream", c.name, wire.size(), perStream, [&] {
            for (qsizetype pos = 0; pos < stream.size(); pos += 16384) {
                decoder.feed(stream.constData() + pos, qMin<qsizetype>(16384, stream.size() - pos));
                while (auto next = decoder.next()) {
                    if (!next.value())
                        break;
                    sink = sink + 1;
                }
            }
        });
    }
    return sink == -1 ? 1 : 0;
}
