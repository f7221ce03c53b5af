// The good fake plugin: metadata and id agree, interface version 1.
#include "fakerecognizer.h"

#include <QObject>

namespace homewire::tests::fake {

class FakePlugin : public QObject, public FakeConvention
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID HomewireDeviceConvention_iid FILE "fake.json")
    Q_INTERFACES(homewire::devices::DeviceConventionPlugin)
};

} // namespace homewire::tests::fake

#include "fakeplugin.moc"
