// A Qt plugin of some other kind (another IID) in the plugin directory.
#include <QObject>

namespace homewire::tests::fake {

class OtherIidPlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.example.SomethingElse/1" FILE "otheriid.json")
};

} // namespace homewire::tests::fake

#include "otheriidplugin.moc"
