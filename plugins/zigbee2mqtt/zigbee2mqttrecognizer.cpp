// Zigbee2MQTT bridge device lists; see zigbee2mqttrecognizer.h.
#include "zigbee2mqttrecognizer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace homewire::plugins::zigbee2mqtt {

namespace {

// Z2M device objects always carry these; a list without them is someone
// else's "bridge/devices".
bool looksLikeDeviceList(const QJsonArray &list)
{
    for (const QJsonValue &value : list) {
        if (value.toObject().contains(QLatin1String("ieee_address")))
            return true;
    }
    return list.isEmpty();
}

} // namespace

QStringList Zigbee2MqttRecognizer::topicFilters() const
{
    return {QStringLiteral("+/bridge/devices"), QStringLiteral("+/bridge/state")};
}

devices::Recognition Zigbee2MqttRecognizer::inspect(const devices::ConventionMessage &message)
{
    devices::Recognition recognition;
    const QList<QByteArray> levels = message.topic.split('/');
    if (levels.size() != 3 || levels[0].isEmpty() || levels[1] != "bridge")
        return recognition;
    // An empty payload clears a retained message; it announces nothing.
    if (message.payload.trimmed().isEmpty())
        return recognition;
    if (levels[2] == "devices")
        inspectDevices(levels[0], message.payload, &recognition);
    else if (levels[2] == "state")
        inspectState(levels[0], message.payload, &recognition);
    return recognition;
}

void Zigbee2MqttRecognizer::inspectDevices(const QByteArray &base, const QByteArray &payload,
                                           devices::Recognition *recognition)
{
    if (payload.size() > MaxListSize) {
        recognition->error = QCoreApplication::translate("Zigbee2MqttRecognizer",
                                                         "the device list of %1 is too large (%2 bytes, at "
                                                         "most %3 MiB are read)")
                                 .arg(QString::fromUtf8(base.left(80)))
                                 .arg(payload.size())
                                 .arg(MaxListSize / (1024 * 1024));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() ||
        !looksLikeDeviceList(document.array())) {
        recognition->error =
            QCoreApplication::translate("Zigbee2MqttRecognizer",
                                        "%1/bridge/devices is not a Zigbee2MQTT device list%2")
                .arg(QString::fromUtf8(base.left(80)), parseError.error == QJsonParseError::NoError
                                                           ? QString()
                                                           : QStringLiteral(": ") + parseError.errorString());
        return;
    }
    auto bridge = m_bridges.find(base);
    if (bridge == m_bridges.end()) {
        if (m_bridges.size() >= MaxBridges) {
            recognition->error =
                QCoreApplication::translate("Zigbee2MqttRecognizer",
                                            "more than %1 Zigbee2MQTT bridges; %2 is ignored")
                    .arg(MaxBridges)
                    .arg(QString::fromUtf8(base.left(80)));
            return;
        }
        bridge = m_bridges.insert(base, Bridge{m_legacyWaiting.remove(base), {}});
    }
    apply(base, document.array(), &bridge.value(), recognition);
    // A list without devices holds no place among the bridges.
    if (bridge->reported.isEmpty()) {
        if (bridge->legacy && m_legacyWaiting.size() < MaxWaitingStates)
            m_legacyWaiting.insert(base);
        m_bridges.erase(bridge);
    }
}

// Zigbee2MQTT before 2.0 publishes "online"/"offline" unless
// legacy_availability_payload is off; 2.0 and later {"state":"online"}.
void Zigbee2MqttRecognizer::inspectState(const QByteArray &base, const QByteArray &payload,
                                         devices::Recognition *recognition)
{
    const bool legacy = !payload.trimmed().startsWith('{');
    const auto bridge = m_bridges.find(base);
    if (bridge == m_bridges.end()) {
        // Only the plain form needs remembering until the list comes: the
        // JSON form is what a list is read with anyway.
        if (!legacy)
            m_legacyWaiting.remove(base);
        else if (m_legacyWaiting.size() < MaxWaitingStates)
            m_legacyWaiting.insert(base);
        return;
    }
    if (bridge->legacy == legacy)
        return;
    bridge->legacy = legacy;
    // Every entity of this bridge reads its availability differently now.
    const BridgeAvailability availability{base + "/bridge/state", legacy};
    for (const QString &id : std::as_const(bridge->reported)) {
        const auto device = m_reported.find(id);
        if (device == m_reported.end())
            continue;
        bool changed = false;
        for (devices::Entity &entity : device->entities) {
            // Another bridge listing the same device last owns it now.
            if (entity.availabilityTopic != availability.topic)
                continue;
            setBridgeAvailability(entity, availability);
            changed = true;
        }
        if (changed)
            recognition->devices += *device;
    }
}

void Zigbee2MqttRecognizer::apply(const QByteArray &base, const QJsonArray &list, Bridge *bridge,
                                  devices::Recognition *recognition)
{
    const BridgeAvailability availability{base + "/bridge/state", bridge->legacy};
    QStringList listed;
    QSet<QString> seen;
    for (const QJsonValue &value : list) {
        if (!value.isObject()) {
            if (recognition->error.isEmpty())
                recognition->error =
                    QCoreApplication::translate("Zigbee2MqttRecognizer",
                                                "an entry of %1/bridge/devices is not an object")
                        .arg(QString::fromUtf8(base.left(80)));
            continue;
        }
        BridgeDeviceReading reading = readBridgeDevice(value.toObject(), base, availability);
        if (!reading.device) {
            if (recognition->error.isEmpty())
                recognition->error = reading.error;
            continue;
        }
        const devices::Device &device = *reading.device;
        if (seen.contains(device.id))
            continue;
        if (listed.size() >= MaxDevicesPerBridge) {
            // Says more than a bad entry before it would.
            recognition->error =
                QCoreApplication::translate("Zigbee2MqttRecognizer",
                                            "%1/bridge/devices lists more than %2 devices; the rest are "
                                            "left out")
                    .arg(QString::fromUtf8(base.left(80)))
                    .arg(MaxDevicesPerBridge);
            break;
        }
        seen.insert(device.id);
        listed += device.id;
        const auto reported = m_reported.constFind(device.id);
        if (reported == m_reported.constEnd() || *reported != device) {
            m_reported.insert(device.id, device);
            recognition->devices += device;
        }
    }
    for (const QString &id : std::as_const(bridge->reported)) {
        if (!seen.contains(id) && m_reported.remove(id))
            recognition->removedIds += id;
    }
    bridge->reported = listed;
}

} // namespace homewire::plugins::zigbee2mqtt
