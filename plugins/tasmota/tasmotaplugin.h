// The Tasmota device-convention plugin: the Qt plugin shell around
// TasmotaRecognizer. All understanding of Tasmota lives in the recognizer.
#pragma once

#include <QObject>
#include <homewire/deviceconvention.h>

namespace homewire::plugins::tasmota {

class TasmotaPlugin : public QObject, public devices::DeviceConventionPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID HomewireDeviceConvention_iid FILE "tasmota.json")
    Q_INTERFACES(homewire::devices::DeviceConventionPlugin)

public:
    QString id() const override;
    QString displayName() const override;
    std::unique_ptr<devices::DeviceRecognizer> createRecognizer() const override;
};

} // namespace homewire::plugins::tasmota
