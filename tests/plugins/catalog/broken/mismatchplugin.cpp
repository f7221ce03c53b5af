// A plugin whose id() disagrees with the id in its metadata.
#include "../fake/fakerecognizer.h"

#include <QObject>

namespace homewire::tests::fake {

class MismatchPlugin : public QObject, public FakeConvention
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID HomewireDeviceConvention_iid FILE "mismatch.json")
    Q_INTERFACES(homewire::devices::DeviceConventionPlugin)

public:
    MismatchPlugin()
        : FakeConvention(QStringLiteral("fake-other"))
    {}
};

} // namespace homewire::tests::fake

#include "mismatchplugin.moc"
