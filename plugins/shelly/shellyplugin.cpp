#include "shellyplugin.h"

#include "shellyrecognizer.h"

namespace homewire::plugins::shelly {

QString ShellyPlugin::id() const
{
    return QStringLiteral("shelly");
}

QString ShellyPlugin::displayName() const
{
    return QStringLiteral("Shelly");
}

std::unique_ptr<devices::DeviceRecognizer> ShellyPlugin::createRecognizer() const
{
    return std::make_unique<ShellyRecognizer>();
}

} // namespace homewire::plugins::shelly
