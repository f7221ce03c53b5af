// The Home Assistant discovery plugin; see homeassistantplugin.h.
#include "homeassistantplugin.h"

#include "homeassistantrecognizer.h"

namespace homewire::plugins::homeassistant {

QString HomeAssistantPlugin::id() const
{
    return QStringLiteral("homeassistant");
}

QString HomeAssistantPlugin::displayName() const
{
    return tr("Home Assistant discovery");
}

std::unique_ptr<devices::DeviceRecognizer> HomeAssistantPlugin::createRecognizer() const
{
    return std::make_unique<HomeAssistantRecognizer>();
}

} // namespace homewire::plugins::homeassistant
