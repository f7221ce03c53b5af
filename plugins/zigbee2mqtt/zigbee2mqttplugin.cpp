// The Zigbee2MQTT plugin; see zigbee2mqttplugin.h.
#include "zigbee2mqttplugin.h"

#include "zigbee2mqttrecognizer.h"

namespace homewire::plugins::zigbee2mqtt {

QString Zigbee2MqttPlugin::id() const
{
    return QStringLiteral("zigbee2mqtt");
}

QString Zigbee2MqttPlugin::displayName() const
{
    return tr("Zigbee2MQTT");
}

std::unique_ptr<devices::DeviceRecognizer> Zigbee2MqttPlugin::createRecognizer() const
{
    return std::make_unique<Zigbee2MqttRecognizer>();
}

} // namespace homewire::plugins::zigbee2mqtt
