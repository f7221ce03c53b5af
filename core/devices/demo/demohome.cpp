#include "devices/demo/demohome.h"

#include "devices/demo/demodevices.h"

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

int DemoHome::onlineCount() const
{
    int online = 0;
    for (const VirtualDevice *device : m_devices)
        online += device->isOnline() ? 1 : 0;
    return online;
}

} // namespace homewire::devices::demo
