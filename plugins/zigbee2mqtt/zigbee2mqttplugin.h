// The Zigbee2MQTT convention as a Homewire device plugin: metadata
// (zigbee2mqtt.json) and a factory for Zigbee2MqttRecognizer.
//
// Not here: any recognition logic (zigbee2mqttrecognizer.h).
#pragma once

#include <QObject>
#include <homewire/deviceconvention.h>

namespace homewire::plugins::zigbee2mqtt {

class Zigbee2MqttPlugin final : public QObject, public devices::DeviceConventionPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID HomewireDeviceConvention_iid FILE "zigbee2mqtt.json")
    Q_INTERFACES(homewire::devices::DeviceConventionPlugin)

public:
    QString id() const override;
    QString displayName() const override;
    std::unique_ptr<devices::DeviceRecognizer> createRecognizer() const override;
};

} // namespace homewire::plugins::zigbee2mqtt
