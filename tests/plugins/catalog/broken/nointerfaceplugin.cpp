// A plugin that declares the convention IID but does not implement the
// interface.
#include <QObject>
#include <homewire/deviceconvention.h>

namespace homewire::tests::fake {

class NoInterfacePlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID HomewireDeviceConvention_iid FILE "nointerface.json")
};

} // namespace homewire::tests::fake

#include "nointerfaceplugin.moc"
