// DeviceStore: rooms, devices, entities and tiles in a real SQLite file, read
// back by a fresh store; every Entity field byte for byte; a damaged file is
// moved aside and reported.
#include "store/devicestore.h"
#include "storetest.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace homewire;
using namespace homewire::devices;
using namespace homewire::store;

namespace {

constexpr auto openStore = &storetest::openStore<DeviceStore>;

// Every field away from its default, so a field that is not stored shows.
Entity fullEntity(const QString &key)
{
    Entity e;
    e.key = key;
    e.name = QStringLiteral("Ceiling light %1").arg(key);
    e.kind = EntityKind::Light;
    e.deviceClass = QStringLiteral("lamp");
    e.commandTopic = "cmnd/" + key.toUtf8() + "/POWER";
    e.payloadOn = "ON";
    e.payloadOff = "OFF";
    e.brightnessCommandTopic = "cmnd/" + key.toUtf8() + "/Dimmer";
    e.brightnessTemplate = "{\"Dimmer\":{value}}";
    e.brightnessMax = 255;
    e.stateTopic = "stat/" + key.toUtf8() + "/RESULT";
    e.state.field = QStringLiteral("POWER");
    e.stateOn = "1";
    e.stateOff = "0";
    e.brightnessStateTopic = "stat/" + key.toUtf8() + "/DIMMER";
    e.brightness.field = QStringLiteral("Dimmer.level");
    e.unit = QStringLiteral("lx");
    e.availabilityTopic = "tele/" + key.toUtf8() + "/LWT";
    e.availability.field = QStringLiteral("status.online");
    e.payloadAvailable = "Online";
    e.payloadNotAvailable = "Offline";
    return e;
}

StoredDevice fullDevice(const QString &id, qint64 roomId = 1)
{
    StoredDevice s;
    s.device.id = id;
    s.device.name = QStringLiteral("Device %1").arg(id);
    s.device.convention = QStringLiteral("tasmota");
    s.device.manufacturer = QStringLiteral("Itead");
    s.device.model = QStringLiteral("Sonoff Basic R2");
    s.device.suggestedRoom = QStringLiteral("Hall");
    s.device.entities = {fullEntity(QStringLiteral("relay0")), fullEntity(QStringLiteral("relay1"))};
    s.status = DeviceStatus::Accepted;
    s.roomId = roomId;
    s.firstSeenMs = 1'700'000'000'123;
    s.tiles = {{id, QStringLiteral("relay0"), roomId, 4}, {id, QStringLiteral("relay1"), roomId, 9}};
    return s;
}

QVariant rawValue(const QString &path, const QString &statement)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return value;
}

} // namespace

class TestDeviceStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryField_data()
    {
        QTest::addColumn<StoredDevice>("device");

        QTest::newRow("every field away from its default") << fullDevice(QStringLiteral("tasmota/a1"));

        StoredDevice binary = fullDevice(QStringLiteral("tasmota/binary"));
        Entity &b = binary.device.entities[0];
        b.payloadOn = QByteArray("\x00\x01\xff\xfe", 4);
        b.payloadOff = QByteArray("\xff\x00", 2);
        b.stateOn = QByteArray("\x80\x81", 2);
        b.payloadAvailable = QByteArray("\x00", 1);
        b.brightnessTemplate = QByteArray("\xc3\x28{value}", 9); // not UTF-8: a payload may be any bytes
        QTest::newRow("binary payloads with NUL and non-UTF-8 bytes") << binary;

        StoredDevice unicode = fullDevice(QStringLiteral("homeassistant/küche_licht_💡"));
        unicode.device.name = QStringLiteral("Küchenlicht „Decke“ 💡");
        unicode.device.suggestedRoom = QStringLiteral("Küche");
        unicode.device.entities[0].name = QStringLiteral("温度 sensor");
        unicode.device.entities[0].unit = QStringLiteral("°C");
        unicode.device.entities[0].stateTopic = QStringLiteral("home/küche/温度").toUtf8();
        unicode.device.entities[1].key = QStringLiteral("ключ");
        unicode.tiles[1].entityKey = QStringLiteral("ключ");
        QTest::newRow("unicode names, keys and topics") << unicode;

        StoredDevice empty = fullDevice(QStringLiteral("manual/empty-fields"));
        empty.device.convention = QStringLiteral("manual");
        empty.device.manufacturer.clear();
        empty.device.model = QString();
        empty.device.suggestedRoom.clear();
        empty.device.entities[0].kind = EntityKind::Switch;
        empty.device.entities[0].stateTopic.clear();
        empty.device.entities[0].availabilityTopic = QByteArray();
        empty.device.entities[0].brightnessCommandTopic.clear();
        empty.device.entities[0].state.field.clear();
        QTest::newRow("empty and null optional fields") << empty;

        StoredDevice kinds = fullDevice(QStringLiteral("zigbee2mqtt/kinds"));
        kinds.device.entities[0].kind = EntityKind::Sensor;
        kinds.device.entities[1].kind = EntityKind::BinarySensor;
        kinds.status = DeviceStatus::Ignored;
        kinds.roomId = 0;
        kinds.tiles.clear();
        QTest::newRow("sensor and binary sensor, ignored, no tiles") << kinds;

        StoredDevice fresh = fullDevice(QStringLiteral("shelly/new"));
        fresh.status = DeviceStatus::New;
        fresh.tiles = {{fresh.device.id, QStringLiteral("relay1"), 0, 0}};
        QTest::newRow("new device with a hidden tile (room 0)") << fresh;
    }

    void roundTripsEveryField()
    {
        QFETCH(StoredDevice, device);
        QTemporaryDir dir;
        const QString path = DeviceStore::pathIn(dir.path());
        QCOMPARE(path, dir.filePath(QStringLiteral("devices.db")));
        {
            auto store = openStore(path);
            QVERIFY(store);
            auto saved = store->saveDevice(device);
            QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        }
        auto store = openStore(path);
        QVERIFY(store);
        auto layout = store->load();
        QVERIFY(layout);
        QCOMPARE(layout->devices.size(), 1);
        const StoredDevice &read = layout->devices.first();
        QCOMPARE(read.device.entities.size(), device.device.entities.size());
        for (qsizetype i = 0; i < read.device.entities.size(); ++i) {
            const Entity &got = read.device.entities[i];
            const Entity &want = device.device.entities[i];
            QCOMPARE(got.payloadOn, want.payloadOn);
            QCOMPARE(got.payloadOff, want.payloadOff);
            QCOMPARE(got.stateTopic, want.stateTopic);
            QCOMPARE(got.brightnessTemplate, want.brightnessTemplate);
            QVERIFY(got == want);
        }
        QCOMPARE(read.tiles, device.tiles);
        QVERIFY(read == device);
    }

    void replacingADeviceKeepsItsPlaceAndDropsOldEntities()
    {
        QTemporaryDir dir;
        auto store = openStore(DeviceStore::pathIn(dir.path()));
        QVERIFY(store);
        StoredDevice first = fullDevice(QStringLiteral("a"));
        QVERIFY(store->saveDevice(first));
        QVERIFY(store->saveDevice(fullDevice(QStringLiteral("b"))));
        first.device.name = QStringLiteral("Renamed");
        first.device.entities.removeLast();
        first.tiles.removeLast();
        QVERIFY(store->saveDevice(first));
        const auto layout = store->load();
        QVERIFY(layout);
        QCOMPARE(layout->devices.size(), 2);
        QCOMPARE(layout->devices[0].device.id, QStringLiteral("a")); // order first seen, not last saved
        QVERIFY(layout->devices[0] == first);
        QCOMPARE(layout->devices[1].device.id, QStringLiteral("b"));
    }

    void devicesComeBackInTheOrderFirstSeen()
    {
        QTemporaryDir dir;
        auto store = openStore(DeviceStore::pathIn(dir.path()));
        QVERIFY(store);
        const QStringList ids = {QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("m")};
        for (const QString &id : ids)
            QVERIFY(store->saveDevice(fullDevice(id)));
        const auto layout = store->load();
        QVERIFY(layout);
        QStringList read;
        for (const StoredDevice &d : layout->devices)
            read.append(d.device.id);
        QCOMPARE(read, ids);
    }

    void roomsKeepTheirOrder()
    {
        QTemporaryDir dir;
        const QString path = DeviceStore::pathIn(dir.path());
        const QList<Room> rooms = {
            {7, QStringLiteral("Living room")}, {2, QStringLiteral("Küche")}, {5, QStringLiteral("Bedroom")}};
        {
            auto store = openStore(path);
            QVERIFY(store);
            QVERIFY(store->saveRooms(rooms));
        }
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->load()->rooms, rooms);
        const QList<Room> reordered = {rooms[2], rooms[0], rooms[1]};
        QVERIFY(store->saveRooms(reordered));
        QCOMPARE(store->load()->rooms, reordered);
    }

    void removedRoomLeavesDevicesAndTilesInRoomZero()
    {
        QTemporaryDir dir;
        auto store = openStore(DeviceStore::pathIn(dir.path()));
        QVERIFY(store);
        QVERIFY(store->saveRooms({{1, QStringLiteral("Hall")}, {2, QStringLiteral("Attic")}}));
        StoredDevice inAttic = fullDevice(QStringLiteral("attic"), 2);
        StoredDevice inHall = fullDevice(QStringLiteral("hall"), 1);
        QVERIFY(store->saveDevice(inAttic));
        QVERIFY(store->saveDevice(inHall));
        QVERIFY(store->saveRooms({{1, QStringLiteral("Hall")}}));
        const auto layout = store->load();
        QVERIFY(layout);
        QCOMPARE(layout->devices.size(), 2);
        QCOMPARE(layout->devices[0].roomId, qint64(0));
        for (const TilePlacement &tile : layout->devices[0].tiles)
            QCOMPARE(tile.roomId, qint64(0));
        QVERIFY(layout->devices[1] == inHall);
    }

    void saveTilesMovesOnlyThoseGiven()
    {
        QTemporaryDir dir;
        const QString path = DeviceStore::pathIn(dir.path());
        StoredDevice a = fullDevice(QStringLiteral("a"));
        StoredDevice b = fullDevice(QStringLiteral("b"));
        {
            auto store = openStore(path);
            QVERIFY(store);
            QVERIFY(store->saveDevice(a));
            QVERIFY(store->saveDevice(b));
            const QList<TilePlacement> moved = {{QStringLiteral("a"), QStringLiteral("relay1"), 3, 0},
                                                {QStringLiteral("b"), QStringLiteral("relay0"), 3, 1}};
            QVERIFY(store->saveTiles(moved));
            // A tile of an entity that is not stored is skipped, not invented.
            QVERIFY(store->saveTiles({{QStringLiteral("gone"), QStringLiteral("relay0"), 3, 2},
                                      {QStringLiteral("a"), QStringLiteral("no-such-key"), 3, 3}}));
        }
        auto store = openStore(path);
        QVERIFY(store);
        const auto layout = store->load();
        QVERIFY(layout);
        a.tiles[1] = {QStringLiteral("a"), QStringLiteral("relay1"), 3, 0};
        b.tiles[0] = {QStringLiteral("b"), QStringLiteral("relay0"), 3, 1};
        QCOMPARE(layout->devices.size(), 2);
        QCOMPARE(layout->devices[0].tiles, a.tiles);
        QCOMPARE(layout->devices[1].tiles, b.tiles);
        QCOMPARE(rawValue(path, QStringLiteral("SELECT COUNT(*) FROM tiles")).toInt(), 4);
    }

    void removeDeviceTakesEntitiesAndTilesWithIt()
    {
        QTemporaryDir dir;
        const QString path = DeviceStore::pathIn(dir.path());
        {
            auto store = openStore(path);
            QVERIFY(store);
            QVERIFY(store->saveDevice(fullDevice(QStringLiteral("keep"))));
            QVERIFY(store->saveDevice(fullDevice(QStringLiteral("drop"))));
            QVERIFY(store->removeDevice(QStringLiteral("drop")));
            QVERIFY(store->removeDevice(QStringLiteral("never-there"))); // nothing to do is fine
        }
        for (const QString &table :
             {QStringLiteral("devices"), QStringLiteral("entities"), QStringLiteral("tiles")}) {
            const QString statement =
                QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = 'drop'")
                    .arg(table, table == QLatin1String("devices") ? QStringLiteral("id")
                                                                  : QStringLiteral("device_id"));
            QCOMPARE(rawValue(path, statement).toInt(), 0);
        }
        auto store = openStore(path);
        QVERIFY(store);
        QCOMPARE(store->load()->devices.size(), 1);
        QCOMPARE(store->load()->devices.first().device.entities.size(), 2);
    }

    void invalidValuesAreRefused_data()
    {
        QTest::addColumn<StoredDevice>("device");
        StoredDevice noId = fullDevice(QString());
        QTest::newRow("device without an id") << noId;
        StoredDevice noName = fullDevice(QStringLiteral("x"));
        noName.device.name.clear();
        QTest::newRow("device without a name") << noName;
        StoredDevice twoKeys = fullDevice(QStringLiteral("x"));
        twoKeys.device.entities[1].key = twoKeys.device.entities[0].key;
        twoKeys.tiles.removeLast();
        QTest::newRow("two entities with one key") << twoKeys;
        StoredDevice emptyKey = fullDevice(QStringLiteral("x"));
        emptyKey.device.entities[0].key.clear();
        emptyKey.tiles.removeFirst();
        QTest::newRow("entity without a key") << emptyKey;
        StoredDevice strayTile = fullDevice(QStringLiteral("x"));
        strayTile.tiles.append({QStringLiteral("x"), QStringLiteral("missing"), 1, 10});
        QTest::newRow("tile of an entity the device lacks") << strayTile;
        StoredDevice otherTile = fullDevice(QStringLiteral("x"));
        otherTile.tiles[0].deviceId = QStringLiteral("y");
        QTest::newRow("tile of another device") << otherTile;
    }

    void invalidValuesAreRefused()
    {
        QFETCH(StoredDevice, device);
        QTemporaryDir dir;
        auto store = openStore(DeviceStore::pathIn(dir.path()));
        QVERIFY(store);
        const auto saved = store->saveDevice(device);
        QVERIFY(!saved);
        QCOMPARE(saved.errorCode(), DeviceStoreError::InvalidValue);
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(store->load()->devices.size(), 0); // nothing half-written
    }

    void invalidRoomsAreRefused_data()
    {
        QTest::addColumn<QList<Room>>("rooms");
        QTest::newRow("room id 0") << QList<Room>{{0, QStringLiteral("Hall")}};
        QTest::newRow("negative room id") << QList<Room>{{-3, QStringLiteral("Hall")}};
        QTest::newRow("room without a name") << QList<Room>{{1, QString()}};
        QTest::newRow("two rooms with one id")
            << QList<Room>{{1, QStringLiteral("A")}, {1, QStringLiteral("B")}};
    }

    void invalidRoomsAreRefused()
    {
        QFETCH(QList<Room>, rooms);
        QTemporaryDir dir;
        auto store = openStore(DeviceStore::pathIn(dir.path()));
        QVERIFY(store);
        QVERIFY(store->saveRooms({{4, QStringLiteral("Kept")}}));
        const auto saved = store->saveRooms(rooms);
        QVERIFY(!saved);
        QCOMPARE(saved.errorCode(), DeviceStoreError::InvalidValue);
        QCOMPARE(store->load()->rooms, (QList<Room>{{4, QStringLiteral("Kept")}}));
    }

    void schemaVersionIsOne()
    {
        QTemporaryDir dir;
        const QString path = DeviceStore::pathIn(dir.path());
        {
            auto store = openStore(path);
            QVERIFY(store);
            QCOMPARE(store->schemaVersion(), 1);
            QCOMPARE(store->path(), path);
        }
        QCOMPARE(rawValue(path, QStringLiteral("SELECT version FROM schema_version")).toInt(), 1);
        QCOMPARE(rawValue(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        auto again = openStore(path);
        QVERIFY(again);
        QCOMPARE(again->schemaVersion(), 1);
    }

    void corruptFileIsMovedAsideAndReported()
    {
        QTemporaryDir dir;
        const QString path = DeviceStore::pathIn(dir.path());
        storetest::verifyCorruptFileIsMovedAside(path, &DeviceStore::open);
        if (QTest::currentTestFailed())
            return;
        // The next open starts a fresh, healthy file.
        auto fresh = openStore(path);
        QVERIFY(fresh);
        QCOMPARE(fresh->load()->devices.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeviceStore)
#include "tst_devicestore.moc"
