// libFuzzer target: the device-convention recognizers (Home Assistant
// discovery, Tasmota, Zigbee2MQTT, Shelly, Homie, generic), which read
// retained configuration and state that any client on the broker may publish.
//
// Input: messages separated by NUL bytes; in each, the topic runs up to the
// first newline and the payload is the rest. Every message is shown to a
// fresh set of recognizers, each only when one of its topic filters matches
// (as the runtime does), so state built up over several messages is fuzzed
// too.
// Invariants: no crash, no exception; every device reported has an id that
// starts with its convention's id and a '/', and unique entity keys; removed
// ids are never empty.
#include "mqtt/topic.h"

#include "generic/genericrecognizer.h"
#include "homeassistant/homeassistantrecognizer.h"
#include "homie/homierecognizer.h"
#include "shelly/shellyrecognizer.h"
#include "tasmota/tasmotarecognizer.h"
#include "zigbee2mqtt/zigbee2mqttrecognizer.h"

#include <QSet>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <utility>
#include <vector>

using namespace homewire;

namespace {

struct Convention
{
    QString id;
    std::unique_ptr<devices::DeviceRecognizer> recognizer;
    std::vector<mqtt::TopicFilter> filters;
};

std::vector<Convention> makeConventions()
{
    std::vector<std::pair<QString, std::unique_ptr<devices::DeviceRecognizer>>> made;
    made.emplace_back(QStringLiteral("generic"), std::make_unique<plugins::generic::GenericRecognizer>());
    made.emplace_back(QStringLiteral("homeassistant"),
                      std::make_unique<plugins::homeassistant::HomeAssistantRecognizer>());
    made.emplace_back(QStringLiteral("homie"), std::make_unique<plugins::homie::HomieRecognizer>());
    made.emplace_back(QStringLiteral("shelly"), std::make_unique<plugins::shelly::ShellyRecognizer>());
    made.emplace_back(QStringLiteral("tasmota"), std::make_unique<plugins::tasmota::TasmotaRecognizer>());
    made.emplace_back(QStringLiteral("zigbee2mqtt"),
                      std::make_unique<plugins::zigbee2mqtt::Zigbee2MqttRecognizer>());
    std::vector<Convention> conventions;
    for (auto &[id, recognizer] : made) {
        Convention convention{id, std::move(recognizer), {}};
        for (const QString &filter : convention.recognizer->topicFilters())
            convention.filters.emplace_back(filter.toUtf8());
        conventions.push_back(std::move(convention));
    }
    return conventions;
}

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(detail));
    std::abort();
}

void check(const Convention &convention, const devices::Recognition &recognition)
{
    for (const devices::Device &device : recognition.devices) {
        if (!device.id.startsWith(convention.id + QLatin1Char('/')) || device.id.size() <= convention.id.size() + 1)
            fail("device id without its convention", device.id);
        QSet<QString> keys;
        for (const devices::Entity &entity : device.entities) {
            if (entity.key.isEmpty() || keys.contains(entity.key))
                fail("empty or repeated entity key", device.id + QLatin1Char(' ') + entity.key);
            keys.insert(entity.key);
        }
    }
    for (const QString &id : recognition.removedIds) {
        if (id.isEmpty())
            fail("empty removed id", convention.id);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    std::vector<Convention> conventions = makeConventions();
    for (const QByteArray &message : input.split('\0')) {
        const qsizetype newline = message.indexOf('\n');
        const QByteArray topic = newline < 0 ? message : message.left(newline);
        const QByteArray payload = newline < 0 ? QByteArray() : message.mid(newline + 1);
        const mqtt::TopicName name(topic);
        if (!name.isValid())
            continue;
        for (Convention &convention : conventions) {
            bool matched = false;
            for (const mqtt::TopicFilter &filter : convention.filters)
                matched = matched || filter.matches(name);
            if (!matched)
                continue;
            try {
                check(convention, convention.recognizer->inspect(devices::ConventionMessage{topic, payload, true}));
            } catch (...) {
                fail("recognizer threw", convention.id);
            }
        }
    }
    return 0;
}
