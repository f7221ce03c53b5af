// The Home Assistant MQTT discovery convention as a Homewire device plugin:
// metadata (homeassistant.json) and a factory for HomeAssistantRecognizer.
//
// Not here: any recognition logic (homeassistantrecognizer.h).
#pragma once

#include <QObject>
#include <homewire/deviceconvention.h>

namespace homewire::plugins::homeassistant {

class HomeAssistantPlugin final : public QObject, public devices::DeviceConventionPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID HomewireDeviceConvention_iid FILE "homeassistant.json")
    Q_INTERFACES(homewire::devices::DeviceConventionPlugin)

public:
    QString id() const override;
    QString displayName() const override;
    std::unique_ptr<devices::DeviceRecognizer> createRecognizer() const override;
};

} // namespace homewire::plugins::homeassistant
