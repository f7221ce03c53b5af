// DeviceService: the GUI thread's handle on a DeviceRuntime running on a
// worker thread; see deviceservice.h.
//
// Threading: the runtime lives on m_thread and is only ever touched there.
// Calls go to it as queued lambdas that capture values (`this` only as the
// target of an answer posted back), and its signals come back through
// AutoConnection to lambdas whose context is this object, so they run on the
// GUI thread.
#include "devices/deviceservice.h"

#include "devices/deviceregistry.h"
#include "devices/deviceruntime.h"

namespace homewire::devices {

namespace {

QSet<EntityRef> entitiesOf(const QList<Device> &devices)
{
    QSet<EntityRef> refs;
    for (const Device &device : devices) {
        for (const Entity &entity : device.entities)
            refs.insert(EntityRef{device.id, entity.key});
    }
    return refs;
}

} // namespace

DeviceService::DeviceService(DeviceRegistry *registry, const QList<DeviceConventionPlugin *> &conventions,
                             QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
    qRegisterMetaType<QList<Device>>();
    qRegisterMetaType<QList<EntityState>>();

    m_runtime = new DeviceRuntime();
    m_runtime->setConventions(conventions);
    m_runtime->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("homewire-devices"));

    connect(m_runtime, &DeviceRuntime::connectionChanged, this, [this](bool connected, const QString &error) {
        m_connected = connected;
        if (!connected && !error.isEmpty())
            m_lastError = error;
        else if (connected)
            m_lastError.clear();
        emit connectionChanged(connected, error);
    });
    connect(m_runtime, &DeviceRuntime::statesChanged, this, [this](const QList<EntityState> &states) {
        QList<EntityState> watched;
        watched.reserve(states.size());
        for (const EntityState &state : states) {
            if (!m_watched.contains(state.ref))
                continue;
            m_states.insert(state.ref, state);
            watched.append(state);
        }
        if (!watched.isEmpty())
            emit statesChanged(watched);
    });
    connect(m_runtime, &DeviceRuntime::recognitionFailed, this, &DeviceService::recognitionFailed);
    connect(m_runtime, &DeviceRuntime::devicesRecognized, this,
            [this](const QList<Device> &devices) { m_registry->devicesAnnounced(devices); });
    connect(m_runtime, &DeviceRuntime::devicesWithdrawn, this, [this](const QStringList &ids) {
        for (const QString &id : ids)
            m_registry->deviceWithdrawn(id);
    });
    connect(m_registry, &DeviceRegistry::acceptedDevicesChanged, this, [this](const QList<Device> &devices) {
        m_watched = entitiesOf(devices);
        // Entities no longer accepted have no state to keep.
        m_states.removeIf([this](const QHash<EntityRef, EntityState>::iterator &it) {
            return !m_watched.contains(it.key());
        });
        DeviceRuntime *runtime = m_runtime;
        QMetaObject::invokeMethod(runtime, [runtime, devices] { runtime->watch(devices); });
    });
    // Its convention reported it while this connection lasts and will not
    // again until it changes: the runtime announces it once more, as new.
    // Not with autoAdd on, which would put it straight back on the dashboard
    // the user just took it off; the next connection announces it again.
    connect(m_registry, &DeviceRegistry::deviceRemoved, this, [this](const QString &id) {
        if (m_registry->autoAdd())
            return;
        DeviceRuntime *runtime = m_runtime;
        QMetaObject::invokeMethod(
            runtime, [runtime, id] { runtime->reannounce(id); }, Qt::QueuedConnection);
    });
    m_thread.start();
}

DeviceService::~DeviceService()
{
    // The runtime and its client are deleted on their own thread (Paho's
    // connection and the client's timers belong to it), then the thread ends.
    DeviceRuntime *runtime = m_runtime;
    m_runtime = nullptr;
    disconnect(runtime, nullptr, this, nullptr);
    QMetaObject::invokeMethod(
        runtime,
        [runtime] {
            runtime->stop();
            delete runtime;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DeviceService::start(const client::ConnectionProfile &profile)
{
    // What the last broker's conventions found is not on this one.
    const bool otherBroker = m_started && !DeviceRuntime::sameBroker(m_profile, profile);
    if (otherBroker)
        m_registry->clearNewDevices();
    m_started = true;
    m_profile = profile;
    m_lastError.clear();
    // Until the new connection says otherwise: what the page shows must not
    // be the last connection's.
    if (otherBroker)
        m_states.clear();
    if (m_connected) {
        m_connected = false;
        emit connectionChanged(false, QString());
    }
    const QList<Device> devices = m_registry->acceptedDevices();
    m_watched = entitiesOf(devices);
    DeviceRuntime *runtime = m_runtime;
    // Watch first, so the accepted devices' topics are among the first
    // subscriptions of the new connection.
    QMetaObject::invokeMethod(runtime, [this, runtime, profile, devices, otherBroker] {
        runtime->watch(devices);
        runtime->start(profile);
        // Announcements the old connection made just before may still be on
        // their way to the GUI thread; they get there before this does. (Only
        // posted to `this`, which the destructor's blocking call keeps alive
        // until this has run.)
        if (otherBroker)
            QMetaObject::invokeMethod(
                this, [this] { m_registry->clearNewDevices(); }, Qt::QueuedConnection);
    });
}

void DeviceService::stop()
{
    DeviceRuntime *runtime = m_runtime;
    QMetaObject::invokeMethod(runtime, [runtime] { runtime->stop(); });
}

void DeviceService::setSwitch(const EntityRef &entity, bool on)
{
    DeviceRuntime *runtime = m_runtime;
    QMetaObject::invokeMethod(runtime, [runtime, entity, on] { runtime->setSwitch(entity, on); });
}

void DeviceService::setBrightness(const EntityRef &entity, int level)
{
    DeviceRuntime *runtime = m_runtime;
    QMetaObject::invokeMethod(runtime, [runtime, entity, level] { runtime->setBrightness(entity, level); });
}

void DeviceService::setConfirmTimeoutMs(int ms)
{
    DeviceRuntime *runtime = m_runtime;
    QMetaObject::invokeMethod(runtime, [runtime, ms] { runtime->setConfirmTimeoutMs(ms); });
}

EntityState DeviceService::state(const EntityRef &entity) const
{
    if (auto it = m_states.constFind(entity); it != m_states.cend())
        return *it;
    EntityState state;
    state.ref = entity;
    return state;
}

} // namespace homewire::devices
