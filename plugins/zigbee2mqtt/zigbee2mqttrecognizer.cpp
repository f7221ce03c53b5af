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
                                                         "the device list of %1 is too large (%2 bytes)")
                                 .arg(QString::fromUtf8(base.left(80)))
                                 .arg(payload.size());
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
    m_bridges[base].devices = document.array();
    apply(base, recognition);
}

// Zigbee2MQTT before 2.0 publishes "online"/"offline" unless
// legacy_availability_payload is off; 2.0 and later {"state":"online"}.
void Zigbee2MqttRecognizer::inspectState(const QByteArray &base, const QByteArray &payload,
                                         devices::Recognition *recognition)
{
    const bool legacy = !payload.trimmed().startsWith('{');
    Bridge &bridge = m_bridges[base];
    if (bridge.legacy == legacy)
        return;
    bridge.legacy = legacy;
    // Every entity of this bridge reads its availability differently now.
    if (!bridge.devices.isEmpty())
        apply(base, recognition);
}

void Zigbee2MqttRecognizer::apply(const QByteArray &base, devices::Recognition *recognition)
{
    Bridge &bridge = m_bridges[base];
    const BridgeAvailability availability{base + "/bridge/state", bridge.legacy};
    QStringList listed;
    for (const QJsonValue &value : std::as_const(bridge.devices)) {
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
        if (listed.contains(device.id))
            continue;
        listed += device.id;
        const auto reported = m_reported.constFind(device.id);
        if (reported == m_reported.constEnd() || *reported != device) {
            m_reported.insert(device.id, device);
            recognition->devices += device;
        }
    }
    for (const QString &id : std::as_const(bridge.reported)) {
        if (!listed.contains(id) && m_reported.remove(id))
            recognition->removedIds += id;
    }
    bridge.reported = listed;
}

} // namespace homewire::plugins::zigbee2mqtt
