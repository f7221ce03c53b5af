// DeviceStore: the device registry's SQLite file (<dataDir>/devices.db):
// rooms in order, devices (accepted, new or ignored) with their entities
// (topics, payloads, how to read the state, availability) and where each
// entity's tile sits (room and position).
//
// Synchronous and single-threaded like every Database user; DeviceRegistry
// runs it on a thread of its own so the GUI thread never touches SQLite.
// Ids of rooms are chosen by the caller (the registry owns the layout in
// memory and writes behind), so a save never needs an answer back.
//
// Not here: deciding what a device is (plugins), the layout logic
// (DeviceRegistry), live state (DeviceRuntime).
#pragma once

#include "common/result.h"
#include "database.h"

#include <QHash>
#include <QList>
#include <QString>
#include <homewire/device.h>
#include <memory>

namespace homewire::store {

struct Room
{
    qint64 id = 0; // > 0, chosen by the caller
    QString name;
    friend bool operator==(const Room &, const Room &) = default;
};

enum class DeviceStatus : quint8
{
    New,      // discovered, waiting in "New devices"
    Accepted, // on the dashboard
    Ignored,  // the user declined it; not offered again
};

// Where one entity's tile sits: a room and a position among that room's tiles
// (positions need only be increasing within a room).
struct TilePlacement
{
    QString deviceId;
    QString entityKey;
    qint64 roomId = 0; // 0: not on the dashboard (hidden)
    int position = 0;
    friend bool operator==(const TilePlacement &, const TilePlacement &) = default;
};

struct StoredDevice
{
    devices::Device device;
    DeviceStatus status = DeviceStatus::New;
    qint64 roomId = 0; // the device's room (new entities go there); 0: none yet
    qint64 firstSeenMs = 0;
    QList<TilePlacement> tiles; // one per entity that has a tile
    friend bool operator==(const StoredDevice &, const StoredDevice &) = default;
};

struct DeviceLayout
{
    QList<Room> rooms; // in order
    QList<StoredDevice> devices;
};

enum class DeviceStoreError : quint8
{
    QueryFailed,
    InvalidValue, // an empty id or name, a room id <= 0
};

class DeviceStore
{
public:
    ~DeviceStore();
    DeviceStore(const DeviceStore &) = delete;
    DeviceStore &operator=(const DeviceStore &) = delete;

    // Opens (creating and migrating) the file. A damaged file is moved aside
    // (Database rules) and reported as StoreError::Corrupt.
    static Result<std::unique_ptr<DeviceStore>, StoreError> open(const QString &path);
    // "<dataDirectory>/devices.db"
    static QString pathIn(const QString &dataDirectory);

    // Everything, rooms in order; devices in the order first seen (first
    // saved), their entities in order, their tiles in entity order.
    Result<DeviceLayout, DeviceStoreError> load() const;

    // Replaces the rooms with `rooms`, in this order. Devices and tiles in a
    // room that is gone keep their rows with room 0.
    Result<void, DeviceStoreError> saveRooms(const QList<Room> &rooms);
    // Inserts or replaces a device, its entities and its tiles (which must
    // be for its own entities). A replaced device keeps its place in the
    // order first seen.
    Result<void, DeviceStoreError> saveDevice(const StoredDevice &device);
    Result<void, DeviceStoreError> removeDevice(const QString &deviceId);
    // Moves tiles (for a drag and drop: every tile whose place changed).
    // Tiles of entities that are not stored are skipped.
    Result<void, DeviceStoreError> saveTiles(const QList<TilePlacement> &tiles);

    const QString &path() const;
    int schemaVersion() const;

private:
    struct Statements;
    explicit DeviceStore(std::unique_ptr<Database> database);
    Result<void, DeviceStoreError> loadEntities(DeviceLayout &layout,
                                                const QHash<QString, qsizetype> &index) const;
    Result<void, DeviceStoreError> insertEntity(const QString &deviceId, qsizetype position,
                                                const devices::Entity &entity);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Statements> m_statements; // declared after the database: destroyed before it
};

} // namespace homewire::store
