#include "devicestore.h"

#include <QDir>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace homewire::store {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

using devices::Device;
using devices::Entity;
using devices::EntityKind;

namespace {

// Forward only: a released version's statements never change; a new schema
// is a new version appended here, and tests/core/store/tst_devicestore.cpp
// then keeps a frozen copy of the one before to migrate from.
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        // Version 1: rooms, devices, their entities, and where the tiles sit.
        {1,
         {QStringLiteral("CREATE TABLE rooms (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                         "position INTEGER NOT NULL)"),
          // seq keeps the order first seen; first_seen_ms alone can tie.
          QStringLiteral("CREATE TABLE devices (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
                         "convention TEXT NOT NULL, manufacturer TEXT NOT NULL, model TEXT NOT NULL, "
                         "suggested_room TEXT NOT NULL, status TEXT NOT NULL, room_id INTEGER NOT NULL, "
                         "first_seen_ms INTEGER NOT NULL, seq INTEGER NOT NULL)"),
          // Topics and payloads are BLOBs: MQTT allows any bytes in a payload,
          // and a topic is compared byte for byte.
          QStringLiteral("CREATE TABLE entities (device_id TEXT NOT NULL, key TEXT NOT NULL, "
                         "position INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, "
                         "device_class TEXT NOT NULL, command_topic BLOB NOT NULL, payload_on BLOB NOT NULL, "
                         "payload_off BLOB NOT NULL, brightness_command_topic BLOB NOT NULL, "
                         "brightness_template BLOB NOT NULL, brightness_max INTEGER NOT NULL, "
                         "state_topic BLOB NOT NULL, state_field TEXT NOT NULL, state_on BLOB NOT NULL, "
                         "state_off BLOB NOT NULL, brightness_state_topic BLOB NOT NULL, "
                         "brightness_field TEXT NOT NULL, unit TEXT NOT NULL, "
                         "availability_topic BLOB NOT NULL, availability_field TEXT NOT NULL, "
                         "payload_available BLOB NOT NULL, payload_not_available BLOB NOT NULL, "
                         "PRIMARY KEY (device_id, key)) WITHOUT ROWID"),
          QStringLiteral("CREATE TABLE tiles (device_id TEXT NOT NULL, entity_key TEXT NOT NULL, "
                         "room_id INTEGER NOT NULL, position INTEGER NOT NULL, "
                         "PRIMARY KEY (device_id, entity_key)) WITHOUT ROWID")}},
    };
    return list;
}

// Kept as words, not enum values: readable in the file and independent of
// the enums' order.
QString statusKey(DeviceStatus status)
{
    switch (status) {
    case DeviceStatus::New:
        return QStringLiteral("new");
    case DeviceStatus::Accepted:
        return QStringLiteral("accepted");
    case DeviceStatus::Ignored:
        return QStringLiteral("ignored");
    }
    return QStringLiteral("new");
}

DeviceStatus statusFromKey(const QString &key)
{
    for (DeviceStatus s : {DeviceStatus::New, DeviceStatus::Accepted, DeviceStatus::Ignored}) {
        if (key == statusKey(s))
            return s;
    }
    qCWarning(lcStore).noquote() << "unknown device status" << key << "; treating the device as new";
    return DeviceStatus::New;
}

QString kindKey(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Switch:
        return QStringLiteral("switch");
    case EntityKind::Light:
        return QStringLiteral("light");
    case EntityKind::Sensor:
        return QStringLiteral("sensor");
    case EntityKind::BinarySensor:
        return QStringLiteral("binary_sensor");
    }
    return QStringLiteral("switch");
}

EntityKind kindFromKey(const QString &key)
{
    for (EntityKind k :
         {EntityKind::Switch, EntityKind::Light, EntityKind::Sensor, EntityKind::BinarySensor}) {
        if (key == kindKey(k))
            return k;
    }
    qCWarning(lcStore).noquote() << "unknown entity kind" << key << "; reading it as a sensor";
    return EntityKind::Sensor; // read-only: never sends a command it does not understand
}

void bind(QSqlQuery &query, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &value : values)
        query.bindValue(i++, value);
}

void bindTile(QSqlQuery &query, const TilePlacement &tile)
{
    bind(query, {tile.deviceId, tile.entityKey, tile.roomId, tile.position, tile.deviceId, tile.entityKey});
}

Error<DeviceStoreError> queryError(const QString &what, const QSqlError &error)
{
    return makeError(DeviceStoreError::QueryFailed, queryFailure(what, error));
}

Error<DeviceStoreError> invalid(const QString &message)
{
    return makeError(DeviceStoreError::InvalidValue, message);
}

Result<void, DeviceStoreError> validate(const StoredDevice &stored)
{
    const Device &d = stored.device;
    if (d.id.isEmpty())
        return invalid(QStringLiteral("a device needs an id"));
    if (d.name.isEmpty())
        return invalid(QStringLiteral("device %1 has no name").arg(d.id));
    if (stored.roomId < 0)
        return invalid(QStringLiteral("device %1 has room id %2").arg(d.id).arg(stored.roomId));
    QSet<QString> keys;
    for (const Entity &e : d.entities) {
        if (e.key.isEmpty())
            return invalid(QStringLiteral("device %1 has an entity without a key").arg(d.id));
        if (keys.contains(e.key))
            return invalid(QStringLiteral("device %1 has two entities with the key %2").arg(d.id, e.key));
        keys.insert(e.key);
    }
    for (const TilePlacement &t : stored.tiles) {
        if (t.deviceId != d.id || !keys.contains(t.entityKey) || t.roomId < 0)
            return invalid(QStringLiteral("device %1 has a tile for %2/%3 in room %4")
                               .arg(d.id, t.deviceId, t.entityKey)
                               .arg(t.roomId));
    }
    return {};
}

} // namespace

// Prepared once when the file opens: every save reuses them.
struct DeviceStore::Statements
{
    explicit Statements(QSqlDatabase &db)
        : updateDevice(db)
        , insertDevice(db)
        , deleteDevice(db)
        , deleteEntities(db)
        , insertEntity(db)
        , deleteTiles(db)
        , saveTile(db)
        , deleteRooms(db)
        , insertRoom(db)
        , unplaceDevices(db)
        , unplaceTiles(db)
    {}
    bool prepare();
    QString failed; // the statement that did not prepare

    QSqlQuery updateDevice;
    QSqlQuery insertDevice;
    QSqlQuery deleteDevice;
    QSqlQuery deleteEntities;
    QSqlQuery insertEntity;
    QSqlQuery deleteTiles;
    QSqlQuery saveTile;
    QSqlQuery deleteRooms;
    QSqlQuery insertRoom;
    QSqlQuery unplaceDevices;
    QSqlQuery unplaceTiles;
};

bool DeviceStore::Statements::prepare()
{
    const QList<std::pair<QSqlQuery *, QString>> list = {
        {&updateDevice,
         QStringLiteral("UPDATE devices SET name = ?, convention = ?, manufacturer = ?, model = ?, "
                        "suggested_room = ?, status = ?, room_id = ?, first_seen_ms = ? "
                        "WHERE id = ?")},
        {&insertDevice,
         QStringLiteral("INSERT INTO devices (name, convention, manufacturer, model, suggested_room, status, "
                        "room_id, first_seen_ms, id, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        "(SELECT COALESCE(MAX(seq), 0) + 1 FROM devices))")},
        {&deleteDevice, QStringLiteral("DELETE FROM devices WHERE id = ?")},
        {&deleteEntities, QStringLiteral("DELETE FROM entities WHERE device_id = ?")},
        {&insertEntity,
         QStringLiteral(
             "INSERT INTO entities (device_id, key, position, name, kind, device_class, "
             "command_topic, payload_on, payload_off, brightness_command_topic, brightness_template, "
             "brightness_max, state_topic, state_field, state_on, state_off, brightness_state_topic, "
             "brightness_field, unit, availability_topic, availability_field, payload_available, "
             "payload_not_available) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&deleteTiles, QStringLiteral("DELETE FROM tiles WHERE device_id = ?")},
        // A tile only for an entity that exists: a late move of a removed
        // device leaves no orphan row.
        {&saveTile, QStringLiteral("INSERT OR REPLACE INTO tiles (device_id, entity_key, room_id, position) "
                                   "SELECT ?, ?, ?, ? WHERE EXISTS "
                                   "(SELECT 1 FROM entities WHERE device_id = ? AND key = ?)")},
        {&deleteRooms, QStringLiteral("DELETE FROM rooms")},
        {&insertRoom, QStringLiteral("INSERT INTO rooms (id, name, position) VALUES (?, ?, ?)")},
        {&unplaceDevices, QStringLiteral("UPDATE devices SET room_id = 0 "
                                         "WHERE room_id <> 0 AND room_id NOT IN (SELECT id FROM rooms)")},
        {&unplaceTiles, QStringLiteral("UPDATE tiles SET room_id = 0 "
                                       "WHERE room_id <> 0 AND room_id NOT IN (SELECT id FROM rooms)")},
    };
    for (const auto &[query, statement] : list) {
        if (!query->prepare(statement)) {
            failed = statement + QStringLiteral(": ") + query->lastError().text();
            return false;
        }
    }
    return true;
}

DeviceStore::DeviceStore(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_statements(std::make_unique<Statements>(m_database->sql()))
{}

DeviceStore::~DeviceStore() = default;

Result<std::unique_ptr<DeviceStore>, StoreError> DeviceStore::open(const QString &path)
{
    auto db = Database::open(path, migrations());
    if (!db)
        return db.error();
    std::unique_ptr<DeviceStore> store(new DeviceStore(std::move(db).value()));
    if (!store->m_statements->prepare())
        return makeError(StoreError::QueryFailed,
                         QStringLiteral("%1: preparing %2").arg(path, store->m_statements->failed));
    return store;
}

QString DeviceStore::pathIn(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("devices.db"));
}

const QString &DeviceStore::path() const
{
    return m_database->path();
}

int DeviceStore::schemaVersion() const
{
    return m_database->schemaVersion();
}

Result<DeviceLayout, DeviceStoreError> DeviceStore::load() const
{
    DeviceLayout layout;
    QSqlQuery q(m_database->sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM rooms ORDER BY position, id")))
        return queryError(QStringLiteral("reading rooms"), q.lastError());
    while (q.next())
        layout.rooms.append(Room{q.value(0).toLongLong(), q.value(1).toString()});

    if (!q.exec(QStringLiteral("SELECT id, name, convention, manufacturer, model, suggested_room, status, "
                               "room_id, first_seen_ms FROM devices ORDER BY seq")))
        return queryError(QStringLiteral("reading devices"), q.lastError());
    QHash<QString, qsizetype> index;
    while (q.next()) {
        StoredDevice s;
        s.device.id = q.value(0).toString();
        s.device.name = q.value(1).toString();
        s.device.convention = q.value(2).toString();
        s.device.manufacturer = q.value(3).toString();
        s.device.model = q.value(4).toString();
        s.device.suggestedRoom = q.value(5).toString();
        s.status = statusFromKey(q.value(6).toString());
        s.roomId = q.value(7).toLongLong();
        s.firstSeenMs = q.value(8).toLongLong();
        index.insert(s.device.id, layout.devices.size());
        layout.devices.append(std::move(s));
    }
    if (auto ok = loadEntities(layout, index); !ok)
        return ok.error();
    // In entity order, the order saveDevice is given them in.
    if (!q.exec(QStringLiteral("SELECT t.device_id, t.entity_key, t.room_id, t.position FROM tiles t "
                               "JOIN entities e ON e.device_id = t.device_id AND e.key = t.entity_key "
                               "ORDER BY e.device_id, e.position")))
        return queryError(QStringLiteral("reading tiles"), q.lastError());
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toString());
        if (at == index.cend())
            continue;
        layout.devices[*at].tiles.append(TilePlacement{q.value(0).toString(), q.value(1).toString(),
                                                       q.value(2).toLongLong(), q.value(3).toInt()});
    }
    return layout;
}

Result<void, DeviceStoreError> DeviceStore::loadEntities(DeviceLayout &layout,
                                                         const QHash<QString, qsizetype> &index) const
{
    QSqlQuery q(m_database->sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT device_id, key, name, kind, device_class, command_topic, payload_on, "
                               "payload_off, brightness_command_topic, brightness_template, brightness_max, "
                               "state_topic, state_field, state_on, state_off, brightness_state_topic, "
                               "brightness_field, unit, availability_topic, availability_field, "
                               "payload_available, payload_not_available FROM entities "
                               "ORDER BY device_id, position")))
        return queryError(QStringLiteral("reading entities"), q.lastError());
    while (q.next()) {
        const auto at = index.constFind(q.value(0).toString());
        if (at == index.cend())
            continue;
        Entity e;
        e.key = q.value(1).toString();
        e.name = q.value(2).toString();
        e.kind = kindFromKey(q.value(3).toString());
        e.deviceClass = q.value(4).toString();
        e.commandTopic = q.value(5).toByteArray();
        e.payloadOn = q.value(6).toByteArray();
        e.payloadOff = q.value(7).toByteArray();
        e.brightnessCommandTopic = q.value(8).toByteArray();
        e.brightnessTemplate = q.value(9).toByteArray();
        e.brightnessMax = q.value(10).toInt();
        e.stateTopic = q.value(11).toByteArray();
        e.state.field = q.value(12).toString();
        e.stateOn = q.value(13).toByteArray();
        e.stateOff = q.value(14).toByteArray();
        e.brightnessStateTopic = q.value(15).toByteArray();
        e.brightness.field = q.value(16).toString();
        e.unit = q.value(17).toString();
        e.availabilityTopic = q.value(18).toByteArray();
        e.availability.field = q.value(19).toString();
        e.payloadAvailable = q.value(20).toByteArray();
        e.payloadNotAvailable = q.value(21).toByteArray();
        layout.devices[*at].device.entities.append(std::move(e));
    }
    return {};
}

Result<void, DeviceStoreError> DeviceStore::saveRooms(const QList<Room> &rooms)
{
    QSet<qint64> ids;
    for (const Room &room : rooms) {
        if (room.id <= 0)
            return invalid(QStringLiteral("room %1 has id %2").arg(room.name).arg(room.id));
        if (room.name.isEmpty())
            return invalid(QStringLiteral("room %1 has no name").arg(room.id));
        if (ids.contains(room.id))
            return invalid(QStringLiteral("two rooms have id %1").arg(room.id));
        ids.insert(room.id);
    }
    Transaction transaction(m_database->sql());
    if (!transaction.isOpen())
        return queryError(QStringLiteral("begin"), m_database->sql().lastError());
    Statements &s = *m_statements;
    if (!s.deleteRooms.exec())
        return queryError(QStringLiteral("replacing rooms"), s.deleteRooms.lastError());
    for (qsizetype i = 0; i < rooms.size(); ++i) {
        bind(s.insertRoom, {rooms[i].id, rooms[i].name, qint64(i)});
        if (!s.insertRoom.exec())
            return queryError(QStringLiteral("saving room %1").arg(rooms[i].name), s.insertRoom.lastError());
    }
    if (!s.unplaceDevices.exec())
        return queryError(QStringLiteral("unplacing devices"), s.unplaceDevices.lastError());
    if (!s.unplaceTiles.exec())
        return queryError(QStringLiteral("unplacing tiles"), s.unplaceTiles.lastError());
    if (!transaction.commit())
        return queryError(QStringLiteral("commit"), m_database->sql().lastError());
    return {};
}

Result<void, DeviceStoreError> DeviceStore::saveDevice(const StoredDevice &stored)
{
    if (auto ok = validate(stored); !ok)
        return ok;
    Transaction transaction(m_database->sql());
    if (!transaction.isOpen())
        return queryError(QStringLiteral("begin"), m_database->sql().lastError());
    Statements &s = *m_statements;
    const Device &d = stored.device;
    const std::initializer_list<QVariant> row = {
        notNull(d.name),  notNull(d.convention),    notNull(d.manufacturer),
        notNull(d.model), notNull(d.suggestedRoom), statusKey(stored.status),
        stored.roomId,    stored.firstSeenMs,       d.id};
    // An update keeps the row's seq, the device's place in the order first seen.
    bind(s.updateDevice, row);
    if (!s.updateDevice.exec())
        return queryError(QStringLiteral("saving device %1").arg(d.id), s.updateDevice.lastError());
    if (s.updateDevice.numRowsAffected() == 0) {
        bind(s.insertDevice, row);
        if (!s.insertDevice.exec())
            return queryError(QStringLiteral("adding device %1").arg(d.id), s.insertDevice.lastError());
    }
    for (QSqlQuery *clear : {&s.deleteEntities, &s.deleteTiles}) {
        bind(*clear, {d.id});
        if (!clear->exec())
            return queryError(QStringLiteral("replacing entities of %1").arg(d.id), clear->lastError());
    }
    for (qsizetype i = 0; i < d.entities.size(); ++i) {
        if (auto ok = insertEntity(d.id, i, d.entities[i]); !ok)
            return ok;
    }
    for (const TilePlacement &tile : stored.tiles) {
        bindTile(s.saveTile, tile);
        if (!s.saveTile.exec())
            return queryError(QStringLiteral("saving tiles of %1").arg(d.id), s.saveTile.lastError());
    }
    if (!transaction.commit())
        return queryError(QStringLiteral("commit"), m_database->sql().lastError());
    return {};
}

Result<void, DeviceStoreError> DeviceStore::insertEntity(const QString &deviceId, qsizetype position,
                                                         const Entity &e)
{
    QSqlQuery &q = m_statements->insertEntity;
    bind(q, {deviceId,
             e.key,
             qint64(position),
             notNull(e.name),
             kindKey(e.kind),
             notNull(e.deviceClass),
             notNull(e.commandTopic),
             notNull(e.payloadOn),
             notNull(e.payloadOff),
             notNull(e.brightnessCommandTopic),
             notNull(e.brightnessTemplate),
             e.brightnessMax,
             notNull(e.stateTopic),
             notNull(e.state.field),
             notNull(e.stateOn),
             notNull(e.stateOff),
             notNull(e.brightnessStateTopic),
             notNull(e.brightness.field),
             notNull(e.unit),
             notNull(e.availabilityTopic),
             notNull(e.availability.field),
             notNull(e.payloadAvailable),
             notNull(e.payloadNotAvailable)});
    if (!q.exec())
        return queryError(QStringLiteral("saving entity %1 of %2").arg(e.key, deviceId), q.lastError());
    return {};
}

Result<void, DeviceStoreError> DeviceStore::removeDevice(const QString &deviceId)
{
    if (deviceId.isEmpty())
        return invalid(QStringLiteral("a device needs an id"));
    Transaction transaction(m_database->sql());
    if (!transaction.isOpen())
        return queryError(QStringLiteral("begin"), m_database->sql().lastError());
    Statements &s = *m_statements;
    for (QSqlQuery *remove : {&s.deleteTiles, &s.deleteEntities, &s.deleteDevice}) {
        bind(*remove, {deviceId});
        if (!remove->exec())
            return queryError(QStringLiteral("removing device %1").arg(deviceId), remove->lastError());
    }
    if (!transaction.commit())
        return queryError(QStringLiteral("commit"), m_database->sql().lastError());
    return {};
}

Result<void, DeviceStoreError> DeviceStore::saveTiles(const QList<TilePlacement> &tiles)
{
    for (const TilePlacement &tile : tiles) {
        if (tile.deviceId.isEmpty() || tile.entityKey.isEmpty() || tile.roomId < 0)
            return invalid(QStringLiteral("a tile for %1/%2 in room %3")
                               .arg(tile.deviceId, tile.entityKey)
                               .arg(tile.roomId));
    }
    Transaction transaction(m_database->sql());
    if (!transaction.isOpen())
        return queryError(QStringLiteral("begin"), m_database->sql().lastError());
    QSqlQuery &q = m_statements->saveTile;
    for (const TilePlacement &tile : tiles) {
        bindTile(q, tile);
        if (!q.exec())
            return queryError(QStringLiteral("moving tile %1/%2").arg(tile.deviceId, tile.entityKey),
                              q.lastError());
    }
    if (!transaction.commit())
        return queryError(QStringLiteral("commit"), m_database->sql().lastError());
    return {};
}

} // namespace homewire::store
