// Hand-made devices under "home/<room>/<device>" as a Homewire device
// plugin: metadata (generic.json) and a factory for GenericRecognizer.
//
// Not here: any recognition logic (genericrecognizer.h).
#pragma once

#include <QObject>
#include <homewire/deviceconvention.h>

namespace homewire::plugins::generic {

class GenericPlugin final : public QObject, public devices::DeviceConventionPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID HomewireDeviceConvention_iid FILE "generic.json")
    Q_INTERFACES(homewire::devices::DeviceConventionPlugin)

public:
    QString id() const override;
    QString displayName() const override;
    std::unique_ptr<devices::DeviceRecognizer> createRecognizer() const override;
};

} // namespace homewire::plugins::generic
