// DeviceRegistry, the half that talks to its file: the store thread and its
// worker, opening and loading (with the corrupt-file report), merging what
// was done before the file answered, and the write-behind of every change.
// Kept apart from deviceregistry.cpp (the layout rules) for size only; both
// are one class.
#include "devices/deviceregistry.h"

#include <QLoggingCategory>
#include <QSettings>

Q_DECLARE_LOGGING_CATEGORY(lcRegistry)

namespace homewire::devices {

using store::DeviceStatus;
using store::DeviceStore;
using store::Room;
using store::StoredDevice;
using store::TilePlacement;

namespace {

const QString AutoAddKey = QStringLiteral("devices/autoAdd");

using Write = std::function<Result<void, store::DeviceStoreError>(DeviceStore &)>;

} // namespace

// What the store thread found when it opened the file.
struct DeviceRegistry::OpenOutcome
{
    QString problem;                           // empty: the file opened cleanly
    bool startedAfresh = false;                // the file was damaged, moved aside, and a new one opened
    std::optional<store::DeviceLayout> layout; // none: no file to write to
};

// Owns the DeviceStore on the registry's thread. Every request arrives as a
// queued call carrying copies, so the GUI thread never waits for SQLite.
class DeviceRegistry::StoreWorker : public QObject
{
public:
    explicit StoreWorker(DeviceRegistry *registry)
        : m_registry(registry)
    {}

    void open(const QString &path)
    {
        OpenOutcome outcome;
        auto opened = DeviceStore::open(path);
        if (!opened && opened.errorCode() == store::StoreError::Corrupt) {
            // Database has moved the damaged file aside (or refused to, and
            // then this second open fails the same way): start a new one.
            outcome.problem = opened.error().message;
            outcome.startedAfresh = true;
            opened = DeviceStore::open(path);
        }
        if (opened) {
            auto layout = opened.value()->load();
            if (layout) {
                m_store = std::move(opened).value();
                outcome.layout = std::move(layout).value();
            } else {
                outcome.problem = layout.error().message;
                outcome.startedAfresh = false;
            }
        } else {
            outcome.problem = opened.error().message;
            outcome.startedAfresh = false;
        }
        DeviceRegistry *registry = m_registry; // only a target to answer to; used on its own thread
        QMetaObject::invokeMethod(
            registry, [registry, outcome] { registry->onOpened(outcome); }, Qt::QueuedConnection);
    }

    void write(const Write &write)
    {
        if (!m_store)
            return;
        const auto ok = write(*m_store);
        if (ok || m_failed)
            return;
        m_failed = true;
        DeviceRegistry *registry = m_registry;
        QMetaObject::invokeMethod(
            registry, [registry, message = ok.error().message] { registry->onWriteFailed(message); },
            Qt::QueuedConnection);
    }

    // Last in the queue: every write before it has reached the file.
    void close()
    {
        m_store.reset(); // QtSql connections close on the thread that made them
        QThread::currentThread()->quit();
    }

private:
    DeviceRegistry *m_registry;
    std::unique_ptr<DeviceStore> m_store;
    bool m_failed = false;
};

DeviceRegistry::DeviceRegistry(QObject *parent)
    : QObject(parent)
    , m_worker(new StoreWorker(this))
    , m_autoAdd(QSettings().value(AutoAddKey, false).toBool())
{
    m_thread.setObjectName(QStringLiteral("DeviceStore"));
    m_worker->moveToThread(&m_thread);
}

DeviceRegistry::~DeviceRegistry()
{
    if (m_thread.isRunning()) {
        StoreWorker *worker = m_worker;
        QMetaObject::invokeMethod(
            m_worker, [worker] { worker->close(); }, Qt::QueuedConnection);
        m_thread.wait();
    }
    delete m_worker;
}

void DeviceRegistry::open(const QString &path)
{
    if (m_loading || m_writing) {
        qCWarning(lcRegistry).noquote() << "the device database is already open; not opening" << path;
        return;
    }
    m_loading = true;
    if (!m_thread.isRunning())
        m_thread.start();
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, path] { worker->open(path); }, Qt::QueuedConnection);
}

void DeviceRegistry::onOpened(const OpenOutcome &outcome)
{
    m_loading = false;
    const Snapshot before = snapshot();
    if (outcome.layout) {
        m_writing = true;
        applyLoaded(*outcome.layout);
        m_loaded = true;
    }
    Announcing batch;
    batch.newCount = newDeviceCount();
    for (const Pending &pending : std::exchange(m_pending, {})) {
        if (pending.withdrawnId.isEmpty())
            announce(pending.device, &batch);
        else if (withdraw(pending.withdrawnId))
            --batch.newCount;
    }
    reportDropped(batch);
    if (m_loaded)
        emit loaded();
    emitDifferences(before, batch.changed);
    // Last: a slot may show a message box, whose event loop must find the
    // registry whole, with the file and the waiting announcements applied.
    if (outcome.startedAfresh && outcome.layout) {
        emit storeFailed(tr("The list of rooms and devices was damaged and could not be read (%1). "
                            "Homewire started a new, empty list; what you add from now on is kept.")
                             .arg(outcome.problem));
    } else if (!outcome.problem.isEmpty()) {
        emit storeFailed(tr("The list of rooms and devices could not be opened (%1). Changes to rooms and "
                            "devices are kept only until Homewire quits.")
                             .arg(outcome.problem));
    }
}

void DeviceRegistry::onWriteFailed(const QString &message)
{
    if (std::exchange(m_writeFailureReported, true))
        return;
    emit storeFailed(
        tr("Saving rooms and devices failed (%1). Changes are kept only until Homewire quits.").arg(message));
}

void DeviceRegistry::applyLoaded(const store::DeviceLayout &layout)
{
    const QList<Room> earlierRooms = std::exchange(m_rooms, layout.rooms);
    const QHash<QString, StoredDevice> earlierDevices = std::exchange(m_devices, {});
    const QList<QString> earlierOrder = std::exchange(m_order, {});
    m_nextRoomId = 1;
    for (const Room &room : std::as_const(m_rooms))
        m_nextRoomId = std::max(m_nextRoomId, room.id + 1);
    for (const StoredDevice &stored : layout.devices) {
        m_order.append(stored.device.id);
        m_devices.insert(stored.device.id, stored);
    }
    mergeEarlier(earlierRooms, earlierDevices, earlierOrder);
}

// Rooms and hand-made devices added while the file was being read: kept on
// top of it (by name for rooms, by id for devices; the file wins a tie).
void DeviceRegistry::mergeEarlier(const QList<Room> &rooms, const QHash<QString, StoredDevice> &devices,
                                  const QList<QString> &order)
{
    QHash<qint64, qint64> roomIds;
    const qsizetype roomCount = m_rooms.size();
    for (const Room &room : rooms) {
        const std::optional<Room> same = roomByName(room.name);
        roomIds.insert(room.id, same ? same->id : createRoom(room.name));
    }
    if (m_rooms.size() != roomCount)
        saveRooms();
    for (const QString &id : order) {
        if (m_devices.contains(id))
            continue;
        StoredDevice stored = devices.value(id);
        const QList<TilePlacement> tiles = std::exchange(stored.tiles, {});
        stored.roomId = roomIds.value(stored.roomId);
        m_order.append(id);
        StoredDevice &merged = m_devices.insert(id, stored).value();
        for (TilePlacement tile : tiles) {
            tile.roomId = roomIds.value(tile.roomId);
            tile.position = endOf(tile.roomId);
            merged.tiles.append(tile);
        }
        saveDevice(id);
    }
}

void DeviceRegistry::setAutoAdd(bool on)
{
    if (on == m_autoAdd)
        return;
    m_autoAdd = on;
    QSettings().setValue(AutoAddKey, on);
}

void DeviceRegistry::post(Write write)
{
    if (!m_writing)
        return;
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, write = std::move(write)] { worker->write(write); }, Qt::QueuedConnection);
}

void DeviceRegistry::saveRooms()
{
    post([rooms = m_rooms](DeviceStore &store) { return store.saveRooms(rooms); });
}

void DeviceRegistry::saveDevice(const QString &deviceId)
{
    const auto it = m_devices.constFind(deviceId);
    // New devices live in memory only (see newDevices()).
    if (it == m_devices.cend() || it->status == DeviceStatus::New)
        return;
    post([stored = it.value()](DeviceStore &store) { return store.saveDevice(stored); });
}

void DeviceRegistry::saveTiles(const QList<TilePlacement> &tiles)
{
    if (tiles.isEmpty())
        return;
    post([tiles](DeviceStore &store) { return store.saveTiles(tiles); });
}

void DeviceRegistry::removeStored(const QString &deviceId)
{
    post([deviceId](DeviceStore &store) { return store.removeDevice(deviceId); });
}

} // namespace homewire::devices
