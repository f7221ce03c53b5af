// DeviceService: runs a DeviceRuntime on a worker thread and wires it to a
// DeviceRegistry. The GUI talks to this object only: its methods are safe to
// call from the GUI thread (they post to the worker), and its signals arrive
// on the GUI thread. It keeps the latest EntityState of every entity so a
// tile can ask for it when it is made.
//
// Not here: recognizing (plugins), reading payloads (DeviceRuntime), layout
// (DeviceRegistry).
#pragma once

#include "client/connectionprofile.h"
#include "devices/entitystate.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThread>
#include <homewire/deviceconvention.h>

namespace homewire::devices {

class DeviceRegistry;
class DeviceRuntime;

class DeviceService : public QObject
{
    Q_OBJECT

public:
    // The registry must outlive the service. Discovered devices go to it,
    // and its accepted devices are watched.
    DeviceService(DeviceRegistry *registry, const QList<DeviceConventionPlugin *> &conventions,
                  QObject *parent = nullptr);
    ~DeviceService() override; // stops the runtime and its thread

    // On a broker other than the last start()'s, the registry's new devices
    // are forgotten and the states start afresh (DeviceRuntime::start()).
    void start(const client::ConnectionProfile &profile);
    void stop();
    bool isConnected() const { return m_connected; }
    QString lastError() const { return m_lastError; }
    const client::ConnectionProfile &profile() const { return m_profile; }

    void setSwitch(const EntityRef &entity, bool on);
    void setBrightness(const EntityRef &entity, int level);
    void setConfirmTimeoutMs(int ms);

    // The latest state; a default one (Unknown, nothing reported) when none yet.
    EntityState state(const EntityRef &entity) const;

signals:
    void connectionChanged(bool connected, const QString &error);
    void statesChanged(const QList<homewire::devices::EntityState> &states);
    void recognitionFailed(const QString &convention, const QString &topic, const QString &error);

private:
    DeviceRegistry *m_registry;
    QThread m_thread;
    DeviceRuntime *m_runtime = nullptr;
    QHash<EntityRef, EntityState> m_states;
    // The entities of the accepted devices: a batch of states the runtime sent
    // before it heard that a device was removed must not bring it back.
    QSet<EntityRef> m_watched;
    client::ConnectionProfile m_profile;
    bool m_started = false;
    bool m_connected = false;
    QString m_lastError;
};

} // namespace homewire::devices
