// DeviceRegistry: the devices the user has, the rooms they are in, and the
// order of the tiles on the dashboard; plus the "New devices" that
// conventions discovered and the user has not accepted or ignored yet.
//
// It lives on the GUI thread and answers from memory; every change is written
// behind to a DeviceStore that runs on the registry's own thread (the GUI
// thread never touches SQLite). Discovered devices (from DeviceRuntime) come
// in through deviceAnnounced(): a known device gets its new definition and
// keeps its room and tile order; an unknown one waits in newDevices(), or is
// accepted into its suggested room at once when autoAdd() is on.
//
// Not here: live state and commands (DeviceRuntime), recognizing devices
// (plugins), drawing (ui/dashboard).
//
// Implemented in deviceregistry.cpp (the layout rules) and
// deviceregistrypersistence.cpp (the store thread and the write-behind).
#pragma once

#include "devices/entitystate.h"
#include "store/devicestore.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <functional>
#include <homewire/device.h>
#include <optional>

namespace homewire::devices {

class DeviceRegistry : public QObject
{
    Q_OBJECT

public:
    explicit DeviceRegistry(QObject *parent = nullptr);
    ~DeviceRegistry() override; // waits for pending writes

    // Opens <path> on the registry's thread and loads it; loaded() or
    // storeFailed() follows. Without open() the registry keeps everything in
    // memory only (tests, a broken database).
    //
    // A damaged file is moved aside (Database rules): storeFailed() says where
    // to, then loaded() follows with a fresh, empty file so what the user
    // does next is kept. A file that cannot be opened at all (or one from a
    // newer Homewire) is left alone: storeFailed() only, and the registry
    // carries on in memory. Announcements that arrive while the file is read
    // wait and are applied after it; rooms and hand-made devices added
    // meanwhile are kept on top of what the file holds.
    void open(const QString &path);
    bool isLoaded() const { return m_loaded; }

    // Layout, from memory.
    QList<store::Room> rooms() const { return m_rooms; }
    std::optional<store::Room> room(qint64 id) const;
    std::optional<store::Room> roomByName(const QString &name) const;
    // The tiles of a room, in order.
    QList<EntityRef> tiles(qint64 roomId) const;
    // Valid until the registry next changes.
    const store::StoredDevice *device(const QString &id) const;
    const Entity *entity(const EntityRef &ref) const;
    QList<Device> acceptedDevices() const;
    // In the order discovered. Kept in memory only: after a restart the
    // conventions announce again what is still there, so a device that went
    // away while Homewire was closed does not linger here. At most
    // NewDevicesMax wait here: announcements of further unknown devices are
    // dropped (with a log line) until some are accepted, ignored or
    // withdrawn; a convention announces a device again when it changes, and
    // every new connection announces everything again.
    QList<Device> newDevices() const;
    static constexpr qsizetype NewDevicesMax = 500;
    // Forgets every new device (accepted and ignored ones stay): they were
    // found on a broker no longer used. Emits newDevicesChanged if any went.
    void clearNewDevices();

    // When on, discovered devices are accepted into their suggested room (made
    // if missing; "Home" when they suggest none). Kept in QSettings
    // (devices/autoAdd), off by default. Turning it on accepts what is
    // discovered from then on, not what already waits in newDevices().
    bool autoAdd() const { return m_autoAdd; }
    void setAutoAdd(bool on);

    // From the conventions. An unknown device whose every entity's state
    // topic (command topic when it has none) is already a topic of an
    // accepted device is not offered: a hand-made lamp must not come back as
    // a new device when a plugin also recognizes its topics. An ignored
    // device gets its new definition and stays ignored.
    void deviceAnnounced(const Device &device);
    void devicesAnnounced(const QList<Device> &devices); // one set of signals for all
    // A new device leaves newDevices(); an accepted or ignored one stays as it
    // is, because the user decided about it (a plug that is unplugged for a
    // while keeps its tile).
    void deviceWithdrawn(const QString &deviceId);

    // User actions. Room names are trimmed, non-empty and unique
    // (case-insensitively); the calls return false and do nothing otherwise.
    qint64 addRoom(const QString &name); // 0 when refused
    bool renameRoom(qint64 id, const QString &name);
    // Tiles of a removed room go to the first remaining room (or a new "Home").
    bool removeRoom(qint64 id);
    bool moveRoom(qint64 id, int toIndex);
    // A new device goes into `roomId` with a tile per entity; a hand-made
    // device (convention "manual") is accepted the same way. accept() takes a
    // new or an ignored device; addDevice() a device with an id not yet known,
    // a name and unique, non-empty entity keys.
    bool accept(const QString &deviceId, qint64 roomId);
    // accept() into the room the device suggests (made if missing; "Home"
    // when it suggests none), as autoAdd() does.
    bool acceptIntoSuggestedRoom(const QString &deviceId);
    bool addDevice(const Device &device, qint64 roomId);
    // Not offered again, across restarts; an accepted device loses its tiles.
    bool ignore(const QString &deviceId);
    // Gone from the dashboard and the store; a discovered one can come back
    // as new (deviceRemoved asks for it to be announced again).
    bool removeDevice(const QString &deviceId);
    // Puts a tile at `toIndex` among the tiles of `roomId` (another room or
    // the same one); only the tiles whose place changed are written.
    bool moveTile(const EntityRef &tile, qint64 roomId, int toIndex);

    // Is `name` a usable room name for room `exceptId` (0: a new room)?
    bool isRoomNameAvailable(const QString &name, qint64 exceptId = 0) const;

signals:
    void loaded();
    // The database could not be opened (a corrupt one was backed up first;
    // the message says where), or a write failed (reported once per file).
    // The registry carries on in memory.
    void storeFailed(const QString &message);
    void layoutChanged();     // rooms, their order, or which tiles sit where
    void newDevicesChanged(); // newDevices() changed
    // The accepted devices (whose topics the runtime should watch) changed.
    void acceptedDevicesChanged(const QList<homewire::devices::Device> &devices);
    // A known device's definition changed (e.g. a new discovery config).
    void deviceChanged(const QString &deviceId);
    // removeDevice() removed a discovered device (not a hand-made one); its
    // convention may announce it again, as new.
    void deviceRemoved(const QString &deviceId);

private:
    class StoreWorker;
    struct OpenOutcome;
    // What the signals compare: a call emits for what differs afterwards.
    struct Snapshot
    {
        QList<store::Room> rooms;
        QList<store::TilePlacement> tiles; // of accepted devices, in the order first seen
        QList<Device> accepted;
        QList<Device> fresh;
    };
    // An announcement (device) or a withdrawal (withdrawnId) that came
    // before the file was read.
    struct Pending
    {
        Device device;
        QString withdrawnId;
    };

    void onOpened(const OpenOutcome &outcome);
    void onWriteFailed(const QString &message);
    void applyLoaded(const store::DeviceLayout &layout);
    void mergeEarlier(const QList<store::Room> &rooms, const QHash<QString, store::StoredDevice> &devices,
                      const QList<QString> &order);
    // What one batch of announcements did.
    struct Announcing
    {
        QStringList changed;    // known devices with a new definition
        qsizetype newCount = 0; // devices in newDevices() so far
        qsizetype dropped = 0;  // unknown devices not kept: too many new ones
        QString firstDropped;
    };
    void announce(const Device &device, Announcing *batch);
    void reportDropped(const Announcing &batch) const;
    qsizetype newDeviceCount() const;
    bool withdraw(const QString &deviceId); // true: a new device left
    bool isCovered(const Device &device) const;
    Snapshot snapshot() const;
    void emitDifferences(const Snapshot &before, const QStringList &changed = {});

    // Write-behind to the store thread; nothing is written before the file
    // has been read, nor without a file.
    void post(std::function<Result<void, store::DeviceStoreError>(store::DeviceStore &)> write);
    void saveRooms();
    void saveDevice(const QString &deviceId);
    void saveTiles(const QList<store::TilePlacement> &tiles);
    void removeStored(const QString &deviceId);

    qsizetype roomIndex(qint64 id) const; // -1: no such room
    // Points into the device's tile list: re-find it after a snapshot(), which
    // shares that list until it is written.
    store::TilePlacement *findTile(const EntityRef &ref);
    int endOf(qint64 roomId) const;
    // Gives every entity without a tile one at the end of `roomId` and drops
    // the tiles of entities that are gone.
    void placeTiles(store::StoredDevice &device, qint64 roomId);
    // Places the tiles `order` in `roomId` at positions 0, 1, ...; the ones
    // that moved are appended to `changed`.
    void setOrder(qint64 roomId, const QList<EntityRef> &order, QList<store::TilePlacement> *changed);
    qint64 createRoom(const QString &name); // no checks, no save
    qint64 ensureRoom(const QString &name);
    qint64 fallbackRoom();

    QThread m_thread;
    StoreWorker *m_worker = nullptr;
    bool m_loading = false; // open() asked; the file has not answered yet
    bool m_writing = false; // a file is open: changes are written behind
    bool m_loaded = false;
    bool m_writeFailureReported = false;
    bool m_autoAdd = false;
    QList<store::Room> m_rooms;
    QList<QString> m_order; // device ids in the order first seen
    QHash<QString, store::StoredDevice> m_devices;
    QList<Pending> m_pending;
    qint64 m_nextRoomId = 1;
};

} // namespace homewire::devices
