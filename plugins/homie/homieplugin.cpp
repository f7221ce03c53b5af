#include "homieplugin.h"

#include "homierecognizer.h"

namespace homewire::plugins::homie {

QString HomiePlugin::id() const
{
    return QStringLiteral("homie");
}

QString HomiePlugin::displayName() const
{
    return QStringLiteral("Homie");
}

std::unique_ptr<devices::DeviceRecognizer> HomiePlugin::createRecognizer() const
{
    return std::make_unique<HomieRecognizer>();
}

} // namespace homewire::plugins::homie
