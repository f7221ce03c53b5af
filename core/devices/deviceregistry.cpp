// DeviceRegistry, the layout rules: rooms, tiles and what an announcement
// does. Reading and writing the file is in deviceregistrypersistence.cpp.
#include "devices/deviceregistry.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSet>
#include <algorithm>

Q_LOGGING_CATEGORY(lcRegistry, "homewire.devices.registry")

namespace homewire::devices {

using store::DeviceStatus;
using store::DeviceStore;
using store::Room;
using store::StoredDevice;
using store::TilePlacement;

qsizetype DeviceRegistry::roomIndex(qint64 id) const
{
    for (qsizetype i = 0; i < m_rooms.size(); ++i) {
        if (m_rooms[i].id == id)
            return i;
    }
    return -1;
}

std::optional<Room> DeviceRegistry::room(qint64 id) const
{
    const qsizetype index = roomIndex(id);
    return index < 0 ? std::nullopt : std::optional<Room>(m_rooms[index]);
}

std::optional<Room> DeviceRegistry::roomByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const Room &room : m_rooms) {
        if (room.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return room;
    }
    return std::nullopt;
}

QList<EntityRef> DeviceRegistry::tiles(qint64 roomId) const
{
    QList<const TilePlacement *> found;
    for (const QString &id : m_order) {
        const StoredDevice &stored = *m_devices.constFind(id);
        if (stored.status != DeviceStatus::Accepted)
            continue;
        for (const TilePlacement &tile : stored.tiles) {
            if (tile.roomId == roomId)
                found.append(&tile);
        }
    }
    // Stable: equal positions (a merge, an old file) keep the order first seen.
    std::stable_sort(found.begin(), found.end(), [](const TilePlacement *a, const TilePlacement *b) {
        return a->position < b->position;
    });
    QList<EntityRef> refs;
    refs.reserve(found.size());
    for (const TilePlacement *tile : std::as_const(found))
        refs.append(EntityRef{tile->deviceId, tile->entityKey});
    return refs;
}

const StoredDevice *DeviceRegistry::device(const QString &id) const
{
    const auto it = m_devices.constFind(id);
    return it == m_devices.cend() ? nullptr : &it.value();
}

const Entity *DeviceRegistry::entity(const EntityRef &ref) const
{
    const StoredDevice *stored = device(ref.deviceId);
    return stored ? stored->device.entity(ref.entityKey) : nullptr;
}

QList<Device> DeviceRegistry::acceptedDevices() const
{
    QList<Device> list;
    for (const QString &id : m_order) {
        if (const StoredDevice &stored = *m_devices.constFind(id); stored.status == DeviceStatus::Accepted)
            list.append(stored.device);
    }
    return list;
}

QList<Device> DeviceRegistry::newDevices() const
{
    QList<Device> list;
    for (const QString &id : m_order) {
        if (const StoredDevice &stored = *m_devices.constFind(id); stored.status == DeviceStatus::New)
            list.append(stored.device);
    }
    return list;
}

void DeviceRegistry::deviceAnnounced(const Device &device)
{
    devicesAnnounced({device});
}

void DeviceRegistry::devicesAnnounced(const QList<Device> &devices)
{
    if (m_loading) {
        for (const Device &device : devices)
            m_pending.append(Pending{device, QString()});
        return;
    }
    const Snapshot before = snapshot();
    Announcing batch;
    batch.newCount = newDeviceCount();
    for (const Device &device : devices)
        announce(device, &batch);
    reportDropped(batch);
    emitDifferences(before, batch.changed);
}

qsizetype DeviceRegistry::newDeviceCount() const
{
    return std::count_if(m_devices.cbegin(), m_devices.cend(),
                         [](const StoredDevice &stored) { return stored.status == DeviceStatus::New; });
}

void DeviceRegistry::reportDropped(const Announcing &batch) const
{
    if (batch.dropped > 0)
        qCWarning(lcRegistry).noquote()
            << "not offering" << batch.dropped << "more discovered devices (the first:" << batch.firstDropped
            << "):" << NewDevicesMax << "new devices wait already; accept or ignore some";
}

void DeviceRegistry::clearNewDevices()
{
    const Snapshot before = snapshot();
    m_order.removeIf(
        [this](const QString &id) { return m_devices.constFind(id)->status == DeviceStatus::New; });
    m_devices.removeIf(
        [](const QHash<QString, StoredDevice>::iterator &it) { return it->status == DeviceStatus::New; });
    emitDifferences(before);
}

void DeviceRegistry::deviceWithdrawn(const QString &deviceId)
{
    if (m_loading) {
        m_pending.append(Pending{Device(), deviceId});
        return;
    }
    const Snapshot before = snapshot();
    withdraw(deviceId);
    emitDifferences(before);
}

void DeviceRegistry::announce(const Device &device, Announcing *batch)
{
    if (device.id.isEmpty()) {
        qCWarning(lcRegistry).noquote() << "ignoring a device without an id from" << device.convention;
        return;
    }
    const auto known = m_devices.find(device.id);
    if (known != m_devices.end()) {
        if (known->device == device)
            return;
        known->device = device;
        if (known->status == DeviceStatus::Accepted) {
            const qint64 roomId = room(known->roomId) ? known->roomId : fallbackRoom();
            placeTiles(*known, roomId);
        }
        saveDevice(device.id);
        batch->changed.append(device.id);
        return;
    }
    if (isCovered(device)) {
        qCDebug(lcRegistry).noquote()
            << "not offering" << device.id << "; its topics belong to devices already on the dashboard";
        return;
    }
    // Bounded: a broker full of devices (or one that makes them up) must not
    // grow the list, and the panel that shows it, without end.
    if (!m_autoAdd && batch->newCount >= NewDevicesMax) {
        if (batch->dropped++ == 0)
            batch->firstDropped = device.id;
        return;
    }
    StoredDevice stored;
    stored.device = device;
    stored.firstSeenMs = QDateTime::currentMSecsSinceEpoch();
    m_order.append(device.id);
    m_devices.insert(device.id, stored);
    if (!m_autoAdd) {
        ++batch->newCount;
        return;
    }
    const QString suggested = device.suggestedRoom.trimmed();
    const qint64 roomId = ensureRoom(suggested.isEmpty() ? tr("Home") : suggested);
    StoredDevice &added = m_devices[device.id];
    added.status = DeviceStatus::Accepted;
    placeTiles(added, roomId);
    saveDevice(device.id);
}

bool DeviceRegistry::withdraw(const QString &deviceId)
{
    const auto it = m_devices.constFind(deviceId);
    // Accepted and ignored devices stay: the user has decided about them.
    if (it == m_devices.cend() || it->status != DeviceStatus::New)
        return false;
    m_devices.erase(it);
    m_order.removeOne(deviceId);
    return true;
}

bool DeviceRegistry::isCovered(const Device &device) const
{
    QSet<QByteArray> used;
    for (const StoredDevice &stored : m_devices) {
        if (stored.status != DeviceStatus::Accepted)
            continue;
        for (const Entity &entity : stored.device.entities) {
            if (!entity.stateTopic.isEmpty())
                used.insert(entity.stateTopic);
            if (!entity.commandTopic.isEmpty())
                used.insert(entity.commandTopic);
        }
    }
    if (used.isEmpty() || device.entities.isEmpty())
        return false;
    return std::all_of(device.entities.cbegin(), device.entities.cend(), [&used](const Entity &entity) {
        const QByteArray &topic = entity.stateTopic.isEmpty() ? entity.commandTopic : entity.stateTopic;
        return !topic.isEmpty() && used.contains(topic);
    });
}

DeviceRegistry::Snapshot DeviceRegistry::snapshot() const
{
    Snapshot s;
    s.rooms = m_rooms;
    for (const QString &id : m_order) {
        const StoredDevice &stored = *m_devices.constFind(id);
        if (stored.status == DeviceStatus::Accepted) {
            s.tiles += stored.tiles;
            s.accepted.append(stored.device);
        } else if (stored.status == DeviceStatus::New) {
            s.fresh.append(stored.device);
        }
    }
    return s;
}

void DeviceRegistry::emitDifferences(const Snapshot &before, const QStringList &changed)
{
    // Decided before the first emit: a slot may change the registry again
    // (accept a device the moment it is announced) and send its own signals.
    const Snapshot after = snapshot();
    const bool layout = after.rooms != before.rooms || after.tiles != before.tiles;
    const bool fresh = after.fresh != before.fresh;
    const bool accepted = after.accepted != before.accepted;
    QSet<QString> sent;
    for (const QString &id : changed) {
        if (!sent.contains(id) && m_devices.contains(id)) {
            sent.insert(id);
            emit deviceChanged(id);
        }
    }
    if (layout)
        emit layoutChanged();
    if (fresh)
        emit newDevicesChanged();
    // Read now, not from `after`: what the last signal carries is current.
    if (accepted)
        emit acceptedDevicesChanged(acceptedDevices());
}

bool DeviceRegistry::isRoomNameAvailable(const QString &name, qint64 exceptId) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return false;
    return std::none_of(m_rooms.cbegin(), m_rooms.cend(), [&](const Room &room) {
        return room.id != exceptId && room.name.compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

qint64 DeviceRegistry::addRoom(const QString &name)
{
    if (!isRoomNameAvailable(name))
        return 0;
    const Snapshot before = snapshot();
    const qint64 id = createRoom(name.trimmed());
    saveRooms();
    emitDifferences(before);
    return id;
}

bool DeviceRegistry::renameRoom(qint64 id, const QString &name)
{
    const qsizetype index = roomIndex(id);
    if (index < 0 || !isRoomNameAvailable(name, id))
        return false;
    if (m_rooms[index].name == name.trimmed())
        return true;
    const Snapshot before = snapshot();
    m_rooms[index].name = name.trimmed(); // after the snapshot: it shares the list until written
    saveRooms();
    emitDifferences(before);
    return true;
}

bool DeviceRegistry::removeRoom(qint64 id)
{
    const qsizetype index = roomIndex(id);
    if (index < 0)
        return false;
    const Snapshot before = snapshot();
    const QList<EntityRef> moving = tiles(id);
    m_rooms.removeAt(index);
    QStringList homeless; // devices whose new entities would have gone to the removed room
    for (const QString &deviceId : std::as_const(m_order)) {
        if (m_devices.constFind(deviceId)->roomId == id)
            homeless.append(deviceId);
    }
    QList<TilePlacement> moved;
    if (!moving.isEmpty() || !homeless.isEmpty()) {
        // Where they go: the room the user sees first, or a new one.
        const qint64 target = m_rooms.isEmpty() ? createRoom(tr("Home")) : m_rooms.first().id;
        for (const QString &deviceId : std::as_const(homeless))
            m_devices[deviceId].roomId = target;
        setOrder(target, tiles(target) + moving, &moved);
    }
    saveRooms();
    for (const QString &deviceId : std::as_const(homeless))
        saveDevice(deviceId);
    saveTiles(moved);
    emitDifferences(before);
    return true;
}

bool DeviceRegistry::moveRoom(qint64 id, int toIndex)
{
    const qsizetype fromIndex = roomIndex(id);
    if (fromIndex < 0)
        return false;
    const qsizetype to = std::clamp<qsizetype>(toIndex, 0, m_rooms.size() - 1);
    if (to == fromIndex)
        return true;
    const Snapshot before = snapshot();
    m_rooms.move(fromIndex, to);
    saveRooms();
    emitDifferences(before);
    return true;
}

bool DeviceRegistry::accept(const QString &deviceId, qint64 roomId)
{
    const auto it = m_devices.find(deviceId);
    if (it == m_devices.end() || it->status == DeviceStatus::Accepted || !room(roomId))
        return false;
    const Snapshot before = snapshot();
    it->status = DeviceStatus::Accepted;
    it->tiles.clear();
    placeTiles(*it, roomId);
    saveDevice(deviceId);
    emitDifferences(before);
    return true;
}

bool DeviceRegistry::addDevice(const Device &device, qint64 roomId)
{
    if (device.id.isEmpty() || device.name.trimmed().isEmpty() || m_devices.contains(device.id) ||
        !room(roomId))
        return false;
    QSet<QString> keys;
    for (const Entity &entity : device.entities) {
        if (entity.key.isEmpty() || keys.contains(entity.key))
            return false;
        keys.insert(entity.key);
    }
    const Snapshot before = snapshot();
    StoredDevice stored;
    stored.device = device;
    stored.status = DeviceStatus::Accepted;
    stored.firstSeenMs = QDateTime::currentMSecsSinceEpoch();
    m_order.append(device.id);
    placeTiles(m_devices.insert(device.id, stored).value(), roomId);
    saveDevice(device.id);
    emitDifferences(before);
    return true;
}

bool DeviceRegistry::ignore(const QString &deviceId)
{
    const auto it = m_devices.find(deviceId);
    if (it == m_devices.end() || it->status == DeviceStatus::Ignored)
        return false;
    const Snapshot before = snapshot();
    it->status = DeviceStatus::Ignored;
    it->roomId = 0;
    it->tiles.clear();
    saveDevice(deviceId);
    emitDifferences(before);
    return true;
}

bool DeviceRegistry::removeDevice(const QString &deviceId)
{
    const auto it = m_devices.constFind(deviceId);
    if (it == m_devices.cend())
        return false;
    const Snapshot before = snapshot();
    const bool stored = it->status != DeviceStatus::New;
    const bool discovered = it->device.convention != QLatin1String("manual");
    m_devices.erase(it);
    m_order.removeOne(deviceId);
    if (stored)
        removeStored(deviceId);
    emitDifferences(before);
    if (discovered)
        emit deviceRemoved(deviceId);
    return true;
}

bool DeviceRegistry::moveTile(const EntityRef &ref, qint64 roomId, int toIndex)
{
    TilePlacement *tile = findTile(ref);
    if (!tile || !room(roomId))
        return false;
    const qint64 from = tile->roomId;
    QList<EntityRef> order = tiles(roomId);
    order.removeOne(ref);
    order.insert(std::clamp<qsizetype>(toIndex, 0, order.size()), ref);
    const Snapshot before = snapshot();
    QList<TilePlacement> changed;
    setOrder(roomId, order, &changed);
    if (from != roomId)
        setOrder(from, tiles(from), &changed);
    if (changed.isEmpty())
        return true;
    saveTiles(changed);
    emitDifferences(before);
    return true;
}

TilePlacement *DeviceRegistry::findTile(const EntityRef &ref)
{
    const auto it = m_devices.find(ref.deviceId);
    if (it == m_devices.end() || it->status != DeviceStatus::Accepted)
        return nullptr;
    for (TilePlacement &tile : it->tiles) {
        if (tile.entityKey == ref.entityKey)
            return &tile;
    }
    return nullptr;
}

int DeviceRegistry::endOf(qint64 roomId) const
{
    int end = 0;
    for (const StoredDevice &stored : m_devices) {
        for (const TilePlacement &tile : stored.tiles) {
            if (tile.roomId == roomId)
                end = std::max(end, tile.position + 1);
        }
    }
    return end;
}

void DeviceRegistry::placeTiles(StoredDevice &device, qint64 roomId)
{
    device.roomId = roomId;
    int next = endOf(roomId);
    QList<TilePlacement> placed;
    for (const Entity &entity : device.device.entities) {
        const auto kept =
            std::find_if(device.tiles.cbegin(), device.tiles.cend(),
                         [&entity](const TilePlacement &tile) { return tile.entityKey == entity.key; });
        if (kept != device.tiles.cend())
            placed.append(*kept);
        else
            placed.append(TilePlacement{device.device.id, entity.key, roomId, next++});
    }
    device.tiles = placed;
}

void DeviceRegistry::setOrder(qint64 roomId, const QList<EntityRef> &order, QList<TilePlacement> *changed)
{
    for (qsizetype i = 0; i < order.size(); ++i) {
        TilePlacement *tile = findTile(order[i]);
        if (!tile || (tile->roomId == roomId && tile->position == i))
            continue;
        tile->roomId = roomId;
        tile->position = int(i);
        changed->append(*tile);
    }
}

qint64 DeviceRegistry::createRoom(const QString &name)
{
    const qint64 id = m_nextRoomId++;
    m_rooms.append(Room{id, name});
    return id;
}

bool DeviceRegistry::acceptIntoSuggestedRoom(const QString &deviceId)
{
    const auto it = m_devices.constFind(deviceId);
    if (it == m_devices.cend())
        return false;
    const QString suggested = it->device.suggestedRoom.trimmed();
    return accept(deviceId, ensureRoom(suggested.isEmpty() ? tr("Home") : suggested));
}

qint64 DeviceRegistry::ensureRoom(const QString &name)
{
    if (const std::optional<Room> existing = roomByName(name))
        return existing->id;
    const qint64 id = createRoom(name.trimmed());
    saveRooms();
    return id;
}

qint64 DeviceRegistry::fallbackRoom()
{
    return m_rooms.isEmpty() ? ensureRoom(tr("Home")) : m_rooms.first().id;
}

} // namespace homewire::devices
