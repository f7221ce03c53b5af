#include "devices/demo/demohome.h"

#include "devices/demo/demodevices.h"
#include "devices/deviceregistry.h"

#include <QCoreApplication>
#include <QHash>

namespace homewire::devices::demo {

DemoHome::DemoHome(QObject *parent)
    : QObject(parent)
{}

DemoHome::~DemoHome()
{
    stop();
}

void DemoHome::start(const client::ConnectionProfile &broker, int loadRate, int loadTopics)
{
    stop();
    m_devices = {new OfficeLamp(this),
                 new LivingRoomDimmer(this),
                 new ClimateSensor("living-room", 21.5, this),
                 new ClimateSensor("bedroom", 19.0, this),
                 new ClimateSensor("office", 22.0, this),
                 new ClimateSensor("kitchen", 20.5, this),
                 new DiscoveryFan(this),
                 new TasmotaPlug(this),
                 new ZigbeeBridge(this),
                 new ShellyGen1Relay(this),
                 new ShellyGen2Switch(this),
                 new HomieHeater(this)};
    if (loadRate > 0)
        m_devices.append(new LoadGenerator(loadRate, loadTopics, this));
    for (VirtualDevice *device : std::as_const(m_devices)) {
        connect(device, &VirtualDevice::onlineChanged, this,
                [this] { emit onlineCountChanged(onlineCount()); });
        device->start(broker);
    }
}

void DemoHome::stop()
{
    const QList<VirtualDevice *> devices = std::exchange(m_devices, {});
    for (VirtualDevice *device : devices) {
        device->disconnect(this);
        device->stop();
        delete device;
    }
    if (!devices.isEmpty())
        emit onlineCountChanged(0);
}

QString DemoHome::roomOf(const QString &deviceId)
{
    // Every demo device has its room here (not the one it suggests), so the
    // demo home's rooms are all in the user's language.
    static const QHash<QString, const char *> rooms{
        {QStringLiteral("generic/home/office/lamp"), QT_TRANSLATE_NOOP("DemoHome", "Office")},
        {QStringLiteral("generic/home/living-room/dimmer"), QT_TRANSLATE_NOOP("DemoHome", "Living room")},
        {QStringLiteral("generic/home/living-room/climate"), QT_TRANSLATE_NOOP("DemoHome", "Living room")},
        {QStringLiteral("generic/home/bedroom/climate"), QT_TRANSLATE_NOOP("DemoHome", "Bedroom")},
        {QStringLiteral("generic/home/office/climate"), QT_TRANSLATE_NOOP("DemoHome", "Office")},
        {QStringLiteral("generic/home/kitchen/climate"), QT_TRANSLATE_NOOP("DemoHome", "Kitchen")},
        {QStringLiteral("homeassistant/demo_bedroom_fan"), QT_TRANSLATE_NOOP("DemoHome", "Bedroom")},
        {QStringLiteral("tasmota/tasmota_5A3F2C"), QT_TRANSLATE_NOOP("DemoHome", "Kitchen")},
        {QStringLiteral("zigbee2mqtt/0x0017880104e5f6a7"), QT_TRANSLATE_NOOP("DemoHome", "Kitchen")},
        {QStringLiteral("zigbee2mqtt/0x00158d0001a2b3c4"), QT_TRANSLATE_NOOP("DemoHome", "Hall")},
        {QStringLiteral("shelly/shelly1-8CAAB5"), QT_TRANSLATE_NOOP("DemoHome", "Hall")},
        {QStringLiteral("shelly/shellyplus1pm-441793"), QT_TRANSLATE_NOOP("DemoHome", "Office")},
        {QStringLiteral("homie/demo-heater"), QT_TRANSLATE_NOOP("DemoHome", "Bathroom")},
    };
    const char *room = rooms.value(deviceId);
    return room ? QCoreApplication::translate("DemoHome", room) : QString();
}

const QStringList &DemoHome::deviceIds()
{
    static const QStringList ids{
        QStringLiteral("generic/home/office/lamp"),
        QStringLiteral("generic/home/living-room/dimmer"),
        QStringLiteral("generic/home/living-room/climate"),
        QStringLiteral("generic/home/bedroom/climate"),
        QStringLiteral("generic/home/office/climate"),
        QStringLiteral("generic/home/kitchen/climate"),
        QStringLiteral("homeassistant/demo_bedroom_fan"),
        QStringLiteral("tasmota/tasmota_5A3F2C"),
        QStringLiteral("zigbee2mqtt/0x0017880104e5f6a7"),
        QStringLiteral("zigbee2mqtt/0x00158d0001a2b3c4"),
        QStringLiteral("shelly/shelly1-8CAAB5"),
        QStringLiteral("shelly/shellyplus1pm-441793"),
        QStringLiteral("homie/demo-heater"),
    };
    return ids;
}

void DemoHome::furnish(DeviceRegistry *registry)
{
    for (const Device &device : registry->newDevices()) {
        if (!deviceIds().contains(device.id))
            continue;
        const QString room = roomOf(device.id);
        if (room.isEmpty()) {
            registry->acceptIntoSuggestedRoom(device.id);
            continue;
        }
        const auto existing = registry->roomByName(room);
        const qint64 roomId = existing ? existing->id : registry->addRoom(room);
        if (roomId > 0)
            registry->accept(device.id, roomId);
    }
}

int DemoHome::onlineCount() const
{
    int online = 0;
    for (const VirtualDevice *device : m_devices)
        online += device->isOnline() ? 1 : 0;
    return online;
}

} // namespace homewire::devices::demo
