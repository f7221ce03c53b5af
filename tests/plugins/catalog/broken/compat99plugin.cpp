// A plugin written for a future plugin interface (compatVersion 99).
#include "../fake/fakerecognizer.h"

#include <QObject>

namespace homewire::tests::fake {

class Compat99Plugin : public QObject, public FakeConvention
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID HomewireDeviceConvention_iid FILE "compat99.json")
    Q_INTERFACES(homewire::devices::DeviceConventionPlugin)

public:
    Compat99Plugin()
        : FakeConvention(QStringLiteral("fake-compat99"))
    {}
};

} // namespace homewire::tests::fake

#include "compat99plugin.moc"
