// DemoHome: a working home for newcomers and screenshots. It runs one virtual
// device per convention against a broker (normally the embedded one), each
// on its own connection with a will message, plus optional busy telemetry.
#pragma once

#include "client/connectionprofile.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace homewire::devices {
class DeviceRegistry;
}

namespace homewire::devices::demo {

class VirtualDevice;

class DemoHome : public QObject
{
    Q_OBJECT

public:
    explicit DemoHome(QObject *parent = nullptr);
    ~DemoHome() override;

    // Starts the devices against `broker`; `loadRate` adds that many
    // messages a second over `loadTopics` topics under demo/load/.
    void start(const client::ConnectionProfile &broker, int loadRate = 0, int loadTopics = 1000);
    // The devices leave; the broker publishes their wills ("offline").
    void stop();
    bool isRunning() const { return !m_devices.isEmpty(); }
    const QList<VirtualDevice *> &devices() const { return m_devices; }
    int onlineCount() const;
    // The room the demo puts a device in on the dashboard, for the devices
    // whose convention has no way to say (Tasmota, Zigbee2MQTT, Shelly,
    // Homie); empty for devices that are not the demo's or suggest a room
    // themselves. Takes the id the convention plugin gives the device.
    static QString roomOf(const QString &deviceId);
    // The ids the convention plugins give the demo's devices.
    static const QStringList &deviceIds();
    // Accepts the demo's devices waiting in the registry's "New devices" into
    // roomOf() or the room they suggest, so a newcomer sees a furnished home.
    // Other devices are left for the user to decide on.
    static void furnish(DeviceRegistry *registry);

signals:
    void onlineCountChanged(int online);

private:
    QList<VirtualDevice *> m_devices;
};

} // namespace homewire::devices::demo
