// The hand-made devices plugin; see genericplugin.h.
#include "genericplugin.h"

#include "genericrecognizer.h"

namespace homewire::plugins::generic {

QString GenericPlugin::id() const
{
    return QStringLiteral("generic");
}

QString GenericPlugin::displayName() const
{
    return tr("Hand-made devices");
}

std::unique_ptr<devices::DeviceRecognizer> GenericPlugin::createRecognizer() const
{
    return std::make_unique<GenericRecognizer>();
}

} // namespace homewire::plugins::generic
