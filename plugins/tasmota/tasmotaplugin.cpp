#include "tasmotaplugin.h"

#include "tasmotarecognizer.h"

namespace homewire::plugins::tasmota {

QString TasmotaPlugin::id() const
{
    return QStringLiteral("tasmota");
}

QString TasmotaPlugin::displayName() const
{
    return QStringLiteral("Tasmota");
}

std::unique_ptr<devices::DeviceRecognizer> TasmotaPlugin::createRecognizer() const
{
    return std::make_unique<TasmotaRecognizer>();
}

} // namespace homewire::plugins::tasmota
