// The Shelly device-convention plugin: the Qt plugin shell around
// ShellyRecognizer. All understanding of Shelly lives in the recognizer.
#pragma once

#include <QObject>
#include <homewire/deviceconvention.h>

namespace homewire::plugins::shelly {

class ShellyPlugin : public QObject, public devices::DeviceConventionPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID HomewireDeviceConvention_iid FILE "shelly.json")
    Q_INTERFACES(homewire::devices::DeviceConventionPlugin)

public:
    QString id() const override;
    QString displayName() const override;
    std::unique_ptr<devices::DeviceRecognizer> createRecognizer() const override;
};

} // namespace homewire::plugins::shelly
