// DeviceService: the GUI thread's handle on a DeviceRuntime running on a
// worker thread; see deviceservice.h.
//
// Threading: the runtime lives on m_thread and is only ever touched there.
// Calls go to it as queued lambdas that capture values (never `this`), and
// its signals come back through AutoConnection to lambdas whose context is
// this object, so they run on the GUI thread.
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
    m_profile = profile;
    m_lastError.clear();
    const QList<Device> devices = m_registry->acceptedDevices();
    m_watched = entitiesOf(devices);
    DeviceRuntime *runtime = m_runtime;
    // Watch first, so the accepted devices' topics are among the first
    // subscriptions of the new connection.
    QMetaObject::invokeMethod(runtime, [runtime, profile, devices] {
        runtime->watch(devices);
        runtime->start(profile);
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
