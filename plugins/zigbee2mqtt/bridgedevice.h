// Reads one device object of Zigbee2MQTT's retained <base>/bridge/devices
// list into a Homewire Device, its entities taken from definition.exposes
// (https://www.zigbee2mqtt.io/guide/usage/exposes.html).
//
// Not here: the list itself, the bridge's availability form, or remembering
// what was reported (Zigbee2MqttRecognizer).
#pragma once

#include <QJsonObject>
#include <homewire/device.h>
#include <optional>

namespace homewire::plugins::zigbee2mqtt {

// Where the bridge says it is online, and in which form.
struct BridgeAvailability
{
    QByteArray topic;    // <base>/bridge/state
    bool legacy = false; // plain "online"/"offline" instead of {"state":"online"}
};

// Makes `entity` follow the bridge's availability in the form it has.
void setBridgeAvailability(devices::Entity &entity, const BridgeAvailability &availability);

struct BridgeDeviceReading
{
    std::optional<devices::Device> device; // nothing: skipped (see error)
    QString error;                         // empty when skipped on purpose (coordinator, unsupported)
};

// `base` is the base topic ("zigbee2mqtt"). Skips the coordinator, disabled
// devices and devices without a definition (unsupported or interviewing)
// silently; a malformed object gives an error.
BridgeDeviceReading readBridgeDevice(const QJsonObject &object, const QByteArray &base,
                                     const BridgeAvailability &availability);

} // namespace homewire::plugins::zigbee2mqtt
