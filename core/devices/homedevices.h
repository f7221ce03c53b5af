// HomeDevices: the desktop application's devices wired together: the convention
// plugins, the registry (devices.db), the DeviceService on whichever broker
// the dashboard uses, and the demo home.
//
// It decides which broker that is: the embedded one (followed when it comes
// back on another port) unless the user chose a connection profile for the
// devices, which is kept in QSettings (devices/profileId). It runs the demo
// home on the first run (no devices.db yet) and until the user turns it off
// (devices/demo), and furnishes the demo's rooms while the devices are on
// the embedded broker.
//
// Not here: the widgets (DashboardPage), the broker itself (BrokerServer).
#pragma once

#include "client/connectionprofile.h"
#include "devices/conventioncatalog.h"
#include "devices/demo/demohome.h"
#include "devices/deviceregistry.h"

#include <QObject>
#include <memory>
#include <optional>

namespace homewire::store {
class ProfileStore;
class SecretStore;
} // namespace homewire::store

namespace homewire::devices {

class DeviceService;

class HomeDevices : public QObject
{
    Q_OBJECT

public:
    // `profiles` and `secrets` may be null (no profile database): the devices
    // then always live on the embedded broker.
    HomeDevices(const QString &dataDirectory, store::ProfileStore *profiles, store::SecretStore *secrets,
                QObject *parent = nullptr);
    ~HomeDevices() override; // the demo leaves, the service stops

    DeviceRegistry &registry() { return m_registry; }
    DeviceService &service() { return *m_service; }
    const ConventionCatalog &conventions() const { return m_conventions; }

    // The embedded broker is running at `embedded` (again, maybe on another
    // port): the devices (when they live there) and the demo follow it.
    void embeddedBrokerStarted(const client::ConnectionProfile &embedded);
    // The user's choice of broker for the devices; kept for the next start.
    void useBroker(const client::ConnectionProfile &profile);

    bool isDemoEnabled() const { return m_demoEnabled; }
    // Turns the demo on or off now and for the next starts.
    void setDemoEnabled(bool on);
    // For this run only (--demo, --demo-rate).
    void forceDemo(int loadRate);

private:
    void startDemo();
    bool onEmbedded() const;

    store::ProfileStore *m_profiles;
    store::SecretStore *m_secrets;
    ConventionCatalog m_conventions;
    DeviceRegistry m_registry;
    std::unique_ptr<DeviceService> m_service; // after the registry it uses
    demo::DemoHome m_demo;
    std::optional<client::ConnectionProfile> m_embedded;
    std::optional<client::ConnectionProfile> m_chosen; // a profile other than the embedded broker
    bool m_started = false;
    bool m_demoEnabled = false;
    int m_demoRate = 0;
};

} // namespace homewire::devices
