// DeviceRegistry and its file: what one registry writes is what the next one
// reads (even when destroyed at once), tile moves reach the file, what comes
// while the file is read waits or is merged, and a damaged or unopenable file
// is reported once everything is applied.
#include "devices/deviceregistry.h"
#include "devices/manualdevice.h"
#include "registryfixtures.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace homewire;
using namespace homewire::devices;
using namespace homewire::devices::test;
using namespace homewire::store;

class TestDeviceRegistryFile : public QObject
{
    Q_OBJECT

private:
    TemporarySettings m_settings;

private slots:
    void initTestCase() { QVERIFY(m_settings.install()); }

    void moveTile_data()
    {
        QTest::addColumn<QString>("tile");
        QTest::addColumn<int>("toRoom"); // index in rooms()
        QTest::addColumn<int>("toIndex");
        QTest::addColumn<QStringList>("first");
        QTest::addColumn<QStringList>("second");
        QTest::addColumn<int>("layoutSignals");
        const QString a = QStringLiteral("a:relay"), b = QStringLiteral("b:relay"),
                      c = QStringLiteral("c:relay"), d = QStringLiteral("d:relay");
        QTest::newRow("to the front of its room")
            << c << 0 << 0 << QStringList{c, a, b} << QStringList{d} << 1;
        QTest::newRow("to the end of its room") << a << 0 << 2 << QStringList{b, c, a} << QStringList{d} << 1;
        QTest::newRow("past the end is the end")
            << a << 0 << 99 << QStringList{b, c, a} << QStringList{d} << 1;
        QTest::newRow("where it already is") << b << 0 << 1 << QStringList{a, b, c} << QStringList{d} << 0;
        QTest::newRow("into another room, first")
            << b << 1 << 0 << QStringList{a, c} << QStringList{b, d} << 1;
        QTest::newRow("into another room, last")
            << a << 1 << 1 << QStringList{b, c} << QStringList{d, a} << 1;
    }

    void moveTile()
    {
        QFETCH(QString, tile);
        QFETCH(int, toRoom);
        QFETCH(int, toIndex);
        QFETCH(QStringList, first);
        QFETCH(QStringList, second);
        QFETCH(int, layoutSignals);
        QTemporaryDir dir;
        const QString path = DeviceStore::pathIn(dir.path());
        {
            DeviceRegistry registry;
            QVERIFY(openAndWait(registry, path));
            const qint64 one = registry.addRoom(QStringLiteral("One"));
            const qint64 two = registry.addRoom(QStringLiteral("Two"));
            for (const QString &id : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
                QVERIFY(registry.addDevice(plug(id), one));
            QVERIFY(registry.addDevice(plug(QStringLiteral("d")), two));
            Spies spies(&registry);
            const QString device = QStringLiteral("tasmota/") + tile.section(QLatin1Char(':'), 0, 0);
            QVERIFY(registry.moveTile(EntityRef{device, QStringLiteral("relay")}, registry.rooms()[toRoom].id,
                                      toIndex));
            QCOMPARE(keys(registry.tiles(one)), first);
            QCOMPARE(keys(registry.tiles(two)), second);
            QCOMPARE(spies.layout.size(), layoutSignals);
            QCOMPARE(spies.accepted.size(), 0);
            QVERIFY(!registry.moveTile(EntityRef{device, QStringLiteral("nope")}, one, 0));
            QVERIFY(!registry.moveTile(EntityRef{device, QStringLiteral("relay")}, 999, 0));
        }
        DeviceRegistry reopened;
        QVERIFY(openAndWait(reopened, path));
        QCOMPARE(keys(reopened.tiles(reopened.rooms()[0].id)), first);
        QCOMPARE(keys(reopened.tiles(reopened.rooms()[1].id)), second);
    }

    void everythingSurvivesDestroyAndReopen()
    {
        QTemporaryDir dir;
        const QString path = DeviceStore::pathIn(dir.path());
        const Device a =
            plug(QStringLiteral("a"), {QStringLiteral("r1"), QStringLiteral("r2")}, QStringLiteral("Hall"));
        const Device ignored = plug(QStringLiteral("ignored"));
        const Device lamp =
            makeManualDevice(QStringLiteral("Office lamp"),
                             {makeSwitchEntity(QStringLiteral("Office lamp"), "home/office/lamp")});
        QList<Room> rooms;
        {
            DeviceRegistry registry;
            QVERIFY(openAndWait(registry, path));
            const qint64 hall = registry.addRoom(QStringLiteral("Hall"));
            const qint64 office = registry.addRoom(QStringLiteral("Office"));
            registry.addRoom(QStringLiteral("Gone"));
            QVERIFY(registry.removeRoom(registry.roomByName(QStringLiteral("gone"))->id));
            QVERIFY(registry.renameRoom(office, QStringLiteral("Study")));
            registry.devicesAnnounced({a, ignored, plug(QStringLiteral("still-new"))});
            QVERIFY(registry.accept(a.id, hall));
            QVERIFY(registry.ignore(ignored.id));
            QVERIFY(registry.addDevice(lamp, office));
            QVERIFY(registry.moveTile(ref(a, QStringLiteral("r2")), office, 0));
            QVERIFY(registry.moveRoom(office, 0));
            rooms = registry.rooms();
            // Destroyed at once: the destructor waits for every write.
        }
        DeviceRegistry registry;
        Spies spies(&registry);
        QVERIFY(openAndWait(registry, path));
        QCOMPARE(registry.rooms(), rooms);
        QCOMPARE(ids(registry.acceptedDevices()), (QStringList{a.id, lamp.id}));
        QVERIFY(registry.acceptedDevices()[1] == lamp);
        QVERIFY(registry.newDevices().isEmpty()); // new devices are not kept: they are announced again
        QCOMPARE(keys(registry.tiles(rooms[0].id)),
                 (QStringList{QStringLiteral("a:r2"),
                              lamp.id.section(QLatin1Char('/'), -1) + QStringLiteral(":office-lamp")}));
        QCOMPARE(keys(registry.tiles(rooms[1].id)), QStringList{QStringLiteral("a:r1")});
        QCOMPARE(spies.counts(), (Counts{1, 0, 1, 0}));
        QCOMPARE(spies.loaded.size(), 1);
        QCOMPARE(spies.failed.size(), 0);
        registry.deviceAnnounced(ignored); // ignored across restarts
        QVERIFY(registry.newDevices().isEmpty());
        QCOMPARE(registry.device(ignored.id)->status, DeviceStatus::Ignored);
        // A room made after reloading gets an id of its own.
        const qint64 fresh = registry.addRoom(QStringLiteral("Cellar"));
        for (const Room &room : rooms)
            QVERIFY(room.id != fresh);
    }

    void announcementsBeforeLoadingWait()
    {
        QTemporaryDir dir;
        const QString path = DeviceStore::pathIn(dir.path());
        const Device known = plug(QStringLiteral("known"));
        {
            DeviceRegistry registry;
            QVERIFY(openAndWait(registry, path));
            registry.deviceAnnounced(known);
            QVERIFY(registry.accept(known.id, registry.addRoom(QStringLiteral("Attic"))));
        }
        DeviceRegistry registry;
        Spies spies(&registry);
        registry.open(path);
        QVERIFY(!registry.isLoaded());
        Device renamed = known;
        renamed.name = QStringLiteral("Known, renamed");
        registry.devicesAnnounced({renamed, plug(QStringLiteral("new")), plug(QStringLiteral("brief"))});
        registry.deviceWithdrawn(QStringLiteral("tasmota/brief"));
        QVERIFY(registry.newDevices().isEmpty()); // waiting for the file
        QCOMPARE(spies.counts(), (Counts{0, 0, 0, 0}));
        QTRY_VERIFY(registry.isLoaded());
        QCOMPARE(ids(registry.newDevices()), QStringList{QStringLiteral("tasmota/new")});
        QCOMPARE(registry.device(known.id)->device.name, renamed.name);
        QCOMPARE(registry.device(known.id)->status, DeviceStatus::Accepted); // kept its room and tiles
        QCOMPARE(keys(registry.tiles(registry.roomByName(QStringLiteral("Attic"))->id)),
                 QStringList{QStringLiteral("known:relay")});
        QCOMPARE(spies.counts(), (Counts{1, 1, 1, 1}));
        QCOMPARE(spies.loaded.size(), 1);
    }

    void roomsMadeBeforeLoadingAreKept()
    {
        QTemporaryDir dir;
        const QString path = DeviceStore::pathIn(dir.path());
        {
            DeviceRegistry registry;
            QVERIFY(openAndWait(registry, path));
            registry.addRoom(QStringLiteral("Hall"));
        }
        {
            DeviceRegistry registry;
            registry.open(path);
            registry.addRoom(QStringLiteral("hall")); // the file has it already
            const qint64 porch = registry.addRoom(QStringLiteral("Porch"));
            const Device lamp = makeManualDevice(QStringLiteral("Porch lamp"),
                                                 {makeSwitchEntity(QStringLiteral("Lamp"), "home/porch")});
            QVERIFY(registry.addDevice(lamp, porch));
            QTRY_VERIFY(registry.isLoaded());
            QCOMPARE(roomNames(registry), (QStringList{QStringLiteral("Hall"), QStringLiteral("Porch")}));
            QCOMPARE(registry.tiles(registry.roomByName(QStringLiteral("Porch"))->id).size(), 1);
        }
        DeviceRegistry registry;
        QVERIFY(openAndWait(registry, path));
        QCOMPARE(roomNames(registry), (QStringList{QStringLiteral("Hall"), QStringLiteral("Porch")}));
        QCOMPARE(registry.acceptedDevices().size(), 1);
        QCOMPARE(registry.tiles(registry.roomByName(QStringLiteral("Porch"))->id).size(), 1);
    }

    void corruptDatabaseIsReportedAndAFreshOneKept()
    {
        QTemporaryDir dir;
        const QString path = DeviceStore::pathIn(dir.path());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, '\x5a'));
        }
        {
            DeviceRegistry registry;
            Spies spies(&registry);
            registry.open(path);
            QTRY_COMPARE(spies.loaded.size(), 1);
            QCOMPARE(spies.failed.size(), 1);
            const QString message = spies.failed.first().first().toString();
            const QStringList backups =
                QDir(dir.path()).entryList({QStringLiteral("devices.db.corrupt-*")}, QDir::Files);
            QCOMPARE(backups.size(), 1);
            QVERIFY2(message.contains(backups.first()), qPrintable(message));
            QVERIFY(registry.isLoaded());
            registry.addRoom(QStringLiteral("After the damage"));
        }
        DeviceRegistry registry;
        Spies spies(&registry);
        QVERIFY(openAndWait(registry, path));
        QCOMPARE(spies.failed.size(), 0);
        QCOMPARE(roomNames(registry), QStringList{QStringLiteral("After the damage")});
    }

    void storeFailedComesWhenAllIsApplied_data()
    {
        QTest::addColumn<bool>("corrupt"); // else: a directory, which cannot be opened at all
        QTest::newRow("damaged file: a fresh one, loaded") << true;
        QTest::newRow("unopenable file: in memory") << false;
    }
    void storeFailedComesWhenAllIsApplied()
    {
        // What a slot showing a message box (with its own event loop) finds.
        QFETCH(bool, corrupt);
        QTemporaryDir dir;
        QString path = dir.path();
        if (corrupt) {
            path = DeviceStore::pathIn(dir.path());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, '\x5a'));
        }
        DeviceRegistry registry;
        registry.addRoom(QStringLiteral("Hall"));
        bool loaded = false;
        QStringList waiting;
        QStringList rooms;
        int failures = 0;
        connect(&registry, &DeviceRegistry::storeFailed, this, [&] {
            ++failures;
            loaded = registry.isLoaded();
            waiting = ids(registry.newDevices());
            rooms = roomNames(registry);
        });
        registry.open(path);
        registry.deviceAnnounced(plug(QStringLiteral("early")));
        QTRY_COMPARE(failures, 1);
        QCOMPARE(loaded, corrupt);
        QCOMPARE(waiting, QStringList{QStringLiteral("tasmota/early")});
        QCOMPARE(rooms, QStringList{QStringLiteral("Hall")});
    }

    void unopenableDatabaseLeavesTheRegistryInMemory()
    {
        QTemporaryDir dir;
        DeviceRegistry registry;
        Spies spies(&registry);
        registry.open(dir.path()); // a directory, not a file
        QTRY_COMPARE(spies.failed.size(), 1);
        QCOMPARE(spies.loaded.size(), 0);
        QVERIFY(!registry.isLoaded());
        QVERIFY(registry.addRoom(QStringLiteral("Hall")) > 0);
        registry.deviceAnnounced(plug(QStringLiteral("a")));
        QCOMPARE(registry.newDevices().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDeviceRegistryFile)
#include "tst_deviceregistryfile.moc"
