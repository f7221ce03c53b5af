// A plugin whose metadata has no id.
#include "../fake/fakerecognizer.h"

#include <QObject>

namespace homewire::tests::fake {

class NoIdPlugin : public QObject, public FakeConvention
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID HomewireDeviceConvention_iid FILE "noid.json")
    Q_INTERFACES(homewire::devices::DeviceConventionPlugin)

public:
    NoIdPlugin()
        : FakeConvention(QStringLiteral("fake-noid"))
    {}
};

} // namespace homewire::tests::fake

#include "noidplugin.moc"
