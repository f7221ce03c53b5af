// DeviceRegistry in memory: rooms, tiles, new/accepted/ignored devices (at
// most NewDevicesMax new ones, all forgotten on request), auto-add, the topics
// a hand-made device already claims, and which removals ask for a device to
// be announced again, with the count of every signal. The file behind it:
// tst_deviceregistryfile.
#include "devices/deviceregistry.h"
#include "devices/manualdevice.h"
#include "registryfixtures.h"

#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace homewire;
using namespace homewire::devices;
using namespace homewire::devices::test;
using namespace homewire::store;

class TestDeviceRegistry : public QObject
{
    Q_OBJECT

private:
    TemporarySettings m_settings;

private slots:
    void initTestCase() { QVERIFY(m_settings.install()); }

    void init() { QSettings().remove(QStringLiteral("devices/autoAdd")); }

    void roomNamesAreTrimmedAndUnique_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a new name") << QStringLiteral("Hall") << true;
        QTest::newRow("a new name, trimmed") << QStringLiteral("  Attic ") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("only spaces") << QStringLiteral("   ") << false;
        QTest::newRow("same name, other case") << QStringLiteral("KITCHEN") << false;
        QTest::newRow("same name with spaces around") << QStringLiteral(" Kitchen ") << false;
        QTest::newRow("same non-ASCII name, other case") << QStringLiteral("KÜCHE") << false;
    }

    void roomNamesAreTrimmedAndUnique()
    {
        QFETCH(QString, name);
        QFETCH(bool, accepted);
        DeviceRegistry registry;
        QVERIFY(registry.addRoom(QStringLiteral("Kitchen")) > 0);
        QVERIFY(registry.addRoom(QStringLiteral("Küche")) > 0);
        Spies spies(&registry);
        QCOMPARE(registry.isRoomNameAvailable(name), accepted);
        const qint64 id = registry.addRoom(name);
        QCOMPARE(id > 0, accepted);
        QCOMPARE(registry.rooms().size(), accepted ? 3 : 2);
        QCOMPARE(spies.layout.size(), accepted ? 1 : 0);
        if (accepted) {
            QCOMPARE(registry.room(id)->name, name.trimmed());
            QCOMPARE(registry.roomByName(name.toUpper())->id, id);
        }
    }

    void renameAndMoveRooms()
    {
        DeviceRegistry registry;
        const qint64 a = registry.addRoom(QStringLiteral("A"));
        const qint64 b = registry.addRoom(QStringLiteral("B"));
        const qint64 c = registry.addRoom(QStringLiteral("C"));
        Spies spies(&registry);
        QVERIFY(registry.renameRoom(a, QStringLiteral("a"))); // its own name in another case
        QVERIFY(registry.renameRoom(a, QStringLiteral("a"))); // unchanged: no signal
        QVERIFY(!registry.renameRoom(a, QStringLiteral("b")));
        QVERIFY(!registry.renameRoom(99, QStringLiteral("Z")));
        QCOMPARE(spies.layout.size(), 1);
        QVERIFY(registry.moveRoom(c, 0));
        QCOMPARE(roomNames(registry),
                 (QStringList{QStringLiteral("C"), QStringLiteral("a"), QStringLiteral("B")}));
        QVERIFY(registry.moveRoom(c, 100)); // clamped to the end
        QCOMPARE(roomNames(registry),
                 (QStringList{QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("C")}));
        QVERIFY(registry.moveRoom(b, 1)); // already there: no signal
        QVERIFY(!registry.moveRoom(99, 0));
        QCOMPARE(spies.layout.size(), 3);
    }

    void newDevicesAreAcceptedOrIgnored()
    {
        DeviceRegistry registry;
        const qint64 hall = registry.addRoom(QStringLiteral("Hall"));
        Spies spies(&registry);
        const Device a = plug(QStringLiteral("a"), {QStringLiteral("r1"), QStringLiteral("r2")});
        const Device b = plug(QStringLiteral("b"));
        registry.deviceAnnounced(a);
        registry.deviceAnnounced(b);
        QCOMPARE(ids(registry.newDevices()), (QStringList{a.id, b.id}));
        QCOMPARE(spies.counts(), (Counts{0, 2, 0, 0}));
        registry.deviceAnnounced(b); // the same again: nothing changed
        QCOMPARE(spies.counts(), (Counts{0, 2, 0, 0}));

        QVERIFY(!registry.accept(a.id, 999));
        QVERIFY(!registry.accept(QStringLiteral("tasmota/none"), hall));
        QVERIFY(registry.accept(a.id, hall));
        QVERIFY(!registry.accept(a.id, hall)); // already accepted
        QCOMPARE(ids(registry.newDevices()), QStringList{b.id});
        QCOMPARE(ids(registry.acceptedDevices()), QStringList{a.id});
        QCOMPARE(keys(registry.tiles(hall)), (QStringList{QStringLiteral("a:r1"), QStringLiteral("a:r2")}));
        QCOMPARE(registry.device(a.id)->status, DeviceStatus::Accepted);
        QCOMPARE(registry.device(a.id)->roomId, hall);
        QCOMPARE(spies.counts(), (Counts{1, 3, 1, 0}));
        QCOMPARE(spies.accepted.last().first().value<QList<Device>>().size(), 1);

        QVERIFY(registry.ignore(b.id));
        QVERIFY(!registry.ignore(b.id));
        QVERIFY(registry.newDevices().isEmpty());
        QCOMPARE(registry.device(b.id)->status, DeviceStatus::Ignored);
        QCOMPARE(spies.counts(), (Counts{1, 4, 1, 0}));
        registry.deviceAnnounced(plug(QStringLiteral("b"), {QStringLiteral("other")})); // stays ignored
        QVERIFY(registry.newDevices().isEmpty());
        QCOMPARE(registry.device(b.id)->device.entities.first().key, QStringLiteral("other"));

        QVERIFY(registry.entity(ref(a, QStringLiteral("r2"))));
        QCOMPARE(registry.entity(ref(a, QStringLiteral("r2")))->stateTopic, QByteArray("stat/a/r2"));
        QVERIFY(!registry.entity(ref(a, QStringLiteral("nope"))));
        QVERIFY(!registry.device(QStringLiteral("nope")));
    }

    void acceptIntoSuggestedRoomMakesTheRoomOnce()
    {
        DeviceRegistry registry;
        const Device kitchen =
            plug(QStringLiteral("k"), {QStringLiteral("relay")}, QStringLiteral("Kitchen"));
        const Device kettle =
            plug(QStringLiteral("kettle"), {QStringLiteral("relay")}, QStringLiteral("kitchen "));
        const Device nowhere = plug(QStringLiteral("n"));
        registry.devicesAnnounced({kitchen, kettle, nowhere});
        QVERIFY(!registry.acceptIntoSuggestedRoom(QStringLiteral("tasmota/none")));
        QVERIFY(registry.acceptIntoSuggestedRoom(kitchen.id));
        QVERIFY(registry.acceptIntoSuggestedRoom(kettle.id)); // same room, other spelling
        QVERIFY(registry.acceptIntoSuggestedRoom(nowhere.id));
        QCOMPARE(registry.rooms().size(), 2);
        QCOMPARE(registry.rooms().at(0).name, QStringLiteral("Kitchen"));
        QCOMPARE(registry.rooms().at(1).name, QStringLiteral("Home"));
        QCOMPARE(keys(registry.tiles(registry.rooms().at(0).id)),
                 (QStringList{QStringLiteral("k:relay"), QStringLiteral("kettle:relay")}));
        QVERIFY(registry.newDevices().isEmpty());
    }

    void acceptedTilesGoToTheEndOfTheRoom()
    {
        DeviceRegistry registry;
        const qint64 hall = registry.addRoom(QStringLiteral("Hall"));
        const Device a = plug(QStringLiteral("a"));
        const Device b = plug(QStringLiteral("b"), {QStringLiteral("x"), QStringLiteral("y")});
        registry.devicesAnnounced({a, b});
        QVERIFY(registry.accept(b.id, hall));
        QVERIFY(registry.accept(a.id, hall));
        QCOMPARE(keys(registry.tiles(hall)),
                 (QStringList{QStringLiteral("b:x"), QStringLiteral("b:y"), QStringLiteral("a:relay")}));
    }

    void addDeviceRefusesWhatItCannotKeep_data()
    {
        QTest::addColumn<Device>("device");
        QTest::addColumn<bool>("room");
        QTest::addColumn<bool>("added");
        const Device lamp =
            makeManualDevice(QStringLiteral("Office lamp"),
                             {makeSwitchEntity(QStringLiteral("Office lamp"), "home/office/lamp")});
        QTest::newRow("a hand-made lamp") << lamp << true << true;
        QTest::newRow("unknown room") << lamp << false << false;
        Device noId = lamp;
        noId.id.clear();
        QTest::newRow("no id") << noId << true << false;
        Device noName = lamp;
        noName.name = QStringLiteral("  ");
        QTest::newRow("no name") << noName << true << false;
        Device twoKeys = makeManualDevice(QStringLiteral("Two"), {});
        twoKeys.entities = {switchEntity(QStringLiteral("k"), "a"), switchEntity(QStringLiteral("k"), "b")};
        QTest::newRow("two entities with one key") << twoKeys << true << false;
        Device known = plug(QStringLiteral("known"));
        QTest::newRow("a device already known") << known << true << false;
    }

    void addDeviceRefusesWhatItCannotKeep()
    {
        QFETCH(Device, device);
        QFETCH(bool, room);
        QFETCH(bool, added);
        DeviceRegistry registry;
        const qint64 hall = registry.addRoom(QStringLiteral("Hall"));
        registry.deviceAnnounced(plug(QStringLiteral("known")));
        Spies spies(&registry);
        QCOMPARE(registry.addDevice(device, room ? hall : hall + 1), added);
        QCOMPARE(spies.counts(), added ? (Counts{1, 0, 1, 0}) : (Counts{0, 0, 0, 0}));
        if (added) {
            QCOMPARE(ids(registry.acceptedDevices()), QStringList{device.id});
            QCOMPARE(registry.tiles(hall).size(), device.entities.size());
        }
    }

    void removeRoomMovesItsTiles()
    {
        DeviceRegistry registry;
        const qint64 one = registry.addRoom(QStringLiteral("One"));
        const qint64 two = registry.addRoom(QStringLiteral("Two"));
        QVERIFY(registry.addDevice(plug(QStringLiteral("a")), one));
        QVERIFY(registry.addDevice(plug(QStringLiteral("b")), two));
        QVERIFY(registry.addDevice(plug(QStringLiteral("c")), two));
        Spies spies(&registry);
        QVERIFY(registry.removeRoom(two));
        QVERIFY(!registry.removeRoom(two));
        QCOMPARE(roomNames(registry), QStringList{QStringLiteral("One")});
        QCOMPARE(keys(registry.tiles(one)), (QStringList{QStringLiteral("a:relay"), QStringLiteral("b:relay"),
                                                         QStringLiteral("c:relay")}));
        QCOMPARE(registry.device(QStringLiteral("tasmota/b"))->roomId, one); // new entities follow
        QCOMPARE(spies.counts(), (Counts{1, 0, 0, 0}));

        QVERIFY(registry.removeRoom(one)); // the last room: its tiles need a home
        QCOMPARE(roomNames(registry), QStringList{QStringLiteral("Home")});
        QCOMPARE(registry.tiles(registry.rooms().first().id).size(), 3);
        QCOMPARE(spies.counts(), (Counts{2, 0, 0, 0}));

        QVERIFY(registry.removeDevice(QStringLiteral("tasmota/a")));
        QVERIFY(registry.removeDevice(QStringLiteral("tasmota/b")));
        QVERIFY(registry.removeDevice(QStringLiteral("tasmota/c")));
        QVERIFY(registry.removeRoom(registry.rooms().first().id)); // empty: no new "Home"
        QVERIFY(registry.rooms().isEmpty());
    }

    void knownDeviceGetsItsNewDefinition()
    {
        DeviceRegistry registry;
        const qint64 hall = registry.addRoom(QStringLiteral("Hall"));
        const qint64 attic = registry.addRoom(QStringLiteral("Attic"));
        QVERIFY(registry.addDevice(plug(QStringLiteral("other")), hall));
        const Device before = plug(QStringLiteral("a"), {QStringLiteral("r1"), QStringLiteral("r2")});
        registry.deviceAnnounced(before);
        QVERIFY(registry.accept(before.id, hall));
        QVERIFY(registry.moveTile(ref(before, QStringLiteral("r2")), attic, 0));
        Spies spies(&registry);
        Device after = plug(QStringLiteral("a"), {QStringLiteral("r2"), QStringLiteral("r3")});
        after.name = QStringLiteral("Renamed by its plugin");
        registry.deviceAnnounced(after);
        QCOMPARE(registry.device(before.id)->device.name, after.name);
        QCOMPARE(registry.device(before.id)->status, DeviceStatus::Accepted);
        // r1 is gone, r2 stays where the user put it, r3 joins the device's room.
        QCOMPARE(keys(registry.tiles(hall)),
                 (QStringList{QStringLiteral("other:relay"), QStringLiteral("a:r3")}));
        QCOMPARE(keys(registry.tiles(attic)), QStringList{QStringLiteral("a:r2")});
        QCOMPARE(spies.counts(), (Counts{1, 0, 1, 1}));
        QCOMPARE(spies.changed.first().first().toString(), before.id);
        registry.deviceAnnounced(after);
        QCOMPARE(spies.counts(), (Counts{1, 0, 1, 1}));
    }

    void autoAdd_data()
    {
        QTest::addColumn<bool>("autoAdd");
        QTest::addColumn<QString>("suggested");
        QTest::addColumn<QStringList>("rooms");
        QTest::addColumn<int>("tileRoom"); // -1: not accepted
        QTest::newRow("off: waits in new devices")
            << false << QStringLiteral("Kitchen")
            << QStringList{QStringLiteral("Hall"), QStringLiteral("Kitchen")} << -1;
        QTest::newRow("on: into the suggested room, matched case-insensitively")
            << true << QStringLiteral("kitchen ")
            << QStringList{QStringLiteral("Hall"), QStringLiteral("Kitchen")} << 1;
        QTest::newRow("on: the suggested room is made")
            << true << QStringLiteral("Garage")
            << QStringList{QStringLiteral("Hall"), QStringLiteral("Kitchen"), QStringLiteral("Garage")} << 2;
        QTest::newRow("on: no suggestion goes to Home")
            << true << QString()
            << QStringList{QStringLiteral("Hall"), QStringLiteral("Kitchen"), QStringLiteral("Home")} << 2;
    }

    void autoAdd()
    {
        QFETCH(bool, autoAdd);
        QFETCH(QString, suggested);
        QFETCH(QStringList, rooms);
        QFETCH(int, tileRoom);
        {
            DeviceRegistry first;
            QCOMPARE(first.autoAdd(), false); // off by default
            first.setAutoAdd(autoAdd);
        }
        QCOMPARE(QSettings().value(QStringLiteral("devices/autoAdd")).toBool(), autoAdd);
        DeviceRegistry registry; // reads the setting
        QCOMPARE(registry.autoAdd(), autoAdd);
        registry.addRoom(QStringLiteral("Hall"));
        registry.addRoom(QStringLiteral("Kitchen"));
        Spies spies(&registry);
        const Device d = plug(QStringLiteral("a"), {QStringLiteral("relay")}, suggested);
        registry.deviceAnnounced(d);
        QCOMPARE(roomNames(registry), rooms);
        if (tileRoom < 0) {
            QCOMPARE(ids(registry.newDevices()), QStringList{d.id});
            QCOMPARE(spies.counts(), (Counts{0, 1, 0, 0}));
        } else {
            QVERIFY(registry.newDevices().isEmpty());
            QCOMPARE(ids(registry.acceptedDevices()), QStringList{d.id});
            QCOMPARE(keys(registry.tiles(registry.rooms()[tileRoom].id)),
                     QStringList{QStringLiteral("a:relay")});
            QCOMPARE(spies.counts(), (Counts{1, 0, 1, 0}));
        }
    }

    void devicesWhoseTopicsAreTakenAreNotOffered_data()
    {
        QTest::addColumn<Device>("discovered");
        QTest::addColumn<bool>("lampAccepted");
        QTest::addColumn<bool>("offered");
        Device same = plug(QStringLiteral("office"), {QStringLiteral("POWER")});
        QTest::newRow("every state topic taken by the hand-made lamp") << same << true << false;
        QTest::newRow("the lamp only waits in new devices") << same << false << true;
        Device commandOnly = same;
        commandOnly.entities[0].stateTopic.clear();
        QTest::newRow("no state topic, command topic taken") << commandOnly << true << false;
        Device more = plug(QStringLiteral("office"), {QStringLiteral("POWER"), QStringLiteral("Energy")});
        QTest::newRow("one entity with a topic of its own") << more << true << true;
        Device other = plug(QStringLiteral("kitchen"), {QStringLiteral("POWER")});
        QTest::newRow("a different device") << other << true << true;
    }

    void devicesWhoseTopicsAreTakenAreNotOffered()
    {
        QFETCH(Device, discovered);
        QFETCH(bool, lampAccepted);
        QFETCH(bool, offered);
        DeviceRegistry registry;
        const qint64 office = registry.addRoom(QStringLiteral("Office"));
        const Device lamp = makeManualDevice(
            QStringLiteral("Office lamp"),
            {makeSwitchEntity(QStringLiteral("Office lamp"), "cmnd/office/POWER", "stat/office/POWER")});
        if (lampAccepted) {
            QVERIFY(registry.addDevice(lamp, office));
        } else {
            registry.deviceAnnounced(lamp);
        }
        Spies spies(&registry);
        registry.deviceAnnounced(discovered);
        QCOMPARE(ids(registry.newDevices()).contains(discovered.id), offered);
        QCOMPARE(spies.fresh.size(), offered ? 1 : 0);
    }

    void withdrawnNewDeviceLeavesAcceptedStays()
    {
        DeviceRegistry registry;
        const qint64 hall = registry.addRoom(QStringLiteral("Hall"));
        const Device a = plug(QStringLiteral("a")), b = plug(QStringLiteral("b"));
        registry.devicesAnnounced({a, b});
        QVERIFY(registry.accept(a.id, hall));
        Spies spies(&registry);
        registry.deviceWithdrawn(b.id);
        registry.deviceWithdrawn(a.id);
        registry.deviceWithdrawn(QStringLiteral("tasmota/never"));
        QVERIFY(registry.newDevices().isEmpty());
        QCOMPARE(ids(registry.acceptedDevices()), QStringList{a.id});
        QCOMPARE(registry.tiles(hall).size(), 1);
        QCOMPARE(spies.counts(), (Counts{0, 1, 0, 0}));
    }

    void removedDeviceCanComeBackAsNew()
    {
        DeviceRegistry registry;
        const qint64 hall = registry.addRoom(QStringLiteral("Hall"));
        const Device a = plug(QStringLiteral("a"));
        registry.deviceAnnounced(a);
        QVERIFY(registry.accept(a.id, hall));
        Spies spies(&registry);
        QVERIFY(registry.removeDevice(a.id));
        QVERIFY(!registry.removeDevice(a.id));
        QVERIFY(!registry.device(a.id));
        QVERIFY(registry.tiles(hall).isEmpty());
        QCOMPARE(spies.counts(), (Counts{1, 0, 1, 0}));
        registry.deviceAnnounced(a);
        QCOMPARE(ids(registry.newDevices()), QStringList{a.id});
    }

    void removingADiscoveredDeviceAsksForItAgain()
    {
        DeviceRegistry registry;
        const qint64 hall = registry.addRoom(QStringLiteral("Hall"));
        const Device a = plug(QStringLiteral("a")), b = plug(QStringLiteral("b"));
        const Device lamp =
            makeManualDevice(QStringLiteral("Lamp"), {makeSwitchEntity(QStringLiteral("Lamp"), "home/lamp")});
        registry.devicesAnnounced({a, b});
        QVERIFY(registry.accept(a.id, hall));
        QVERIFY(registry.ignore(b.id));
        QVERIFY(registry.addDevice(lamp, hall));
        QSignalSpy removed(&registry, &DeviceRegistry::deviceRemoved);
        QVERIFY(registry.removeDevice(a.id));
        QVERIFY(registry.removeDevice(b.id));
        QVERIFY(registry.removeDevice(lamp.id)); // hand-made: nothing announces it
        QVERIFY(!registry.removeDevice(a.id));
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.at(0).at(0).toString(), a.id);
        QCOMPARE(removed.at(1).at(0).toString(), b.id);
    }

    void clearNewDevicesKeepsWhatTheUserDecided()
    {
        DeviceRegistry registry;
        const qint64 hall = registry.addRoom(QStringLiteral("Hall"));
        const Device a = plug(QStringLiteral("a")), b = plug(QStringLiteral("b")),
                     c = plug(QStringLiteral("c"));
        registry.devicesAnnounced({a, b, c, plug(QStringLiteral("d"))});
        QVERIFY(registry.accept(a.id, hall));
        QVERIFY(registry.ignore(b.id));
        Spies spies(&registry);
        registry.clearNewDevices();
        QVERIFY(registry.newDevices().isEmpty());
        QVERIFY(!registry.device(c.id));
        QCOMPARE(ids(registry.acceptedDevices()), QStringList{a.id});
        QCOMPARE(registry.device(b.id)->status, DeviceStatus::Ignored);
        QCOMPARE(spies.counts(), (Counts{0, 1, 0, 0}));
        registry.clearNewDevices(); // nothing left: no signal
        QCOMPARE(spies.counts(), (Counts{0, 1, 0, 0}));
        registry.deviceAnnounced(c); // it may come back
        QCOMPARE(ids(registry.newDevices()), QStringList{c.id});
    }

    void newDevicesAreCapped()
    {
        DeviceRegistry registry;
        const qint64 hall = registry.addRoom(QStringLiteral("Hall"));
        QList<Device> flood;
        for (qsizetype i = 0; i < DeviceRegistry::NewDevicesMax + 5; ++i)
            flood.append(plug(QStringLiteral("p%1").arg(i)));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^not offering 5 more discovered devices")));
        registry.devicesAnnounced(flood);
        QCOMPARE(registry.newDevices().size(), DeviceRegistry::NewDevicesMax);
        QVERIFY(!registry.device(flood.constLast().id));

        // Known devices still get their new definitions; a place freed is taken.
        Device renamed = flood.constFirst();
        renamed.name = QStringLiteral("Renamed");
        registry.deviceAnnounced(renamed);
        QCOMPARE(registry.device(renamed.id)->device.name, renamed.name);
        QVERIFY(registry.accept(renamed.id, hall));
        registry.deviceAnnounced(flood.constLast());
        QCOMPARE(registry.newDevices().size(), DeviceRegistry::NewDevicesMax);
        QVERIFY(registry.device(flood.constLast().id));

        // Accepted at once, they do not wait: no cap.
        registry.setAutoAdd(true);
        registry.deviceAnnounced(flood.at(flood.size() - 2));
        QCOMPARE(registry.device(flood.at(flood.size() - 2).id)->status, DeviceStatus::Accepted);
    }

    void acceptingFromANewDevicesSlotLeavesTheLastSignalCurrent()
    {
        // What the demo home does: accept every device as soon as it is new.
        DeviceRegistry registry;
        const qint64 hall = registry.addRoom(QStringLiteral("Hall"));
        connect(&registry, &DeviceRegistry::newDevicesChanged, &registry, [&registry, hall] {
            for (const Device &device : registry.newDevices())
                registry.accept(device.id, hall);
        });
        Spies spies(&registry);
        const Device a = plug(QStringLiteral("a"));
        registry.deviceAnnounced(a);
        QVERIFY(registry.newDevices().isEmpty());
        QCOMPARE(ids(registry.acceptedDevices()), QStringList{a.id});
        QVERIFY(!spies.accepted.isEmpty());
        QCOMPARE(ids(spies.accepted.last().first().value<QList<Device>>()), QStringList{a.id});
    }

    void batchOfAnnouncementsSignalsOnce()
    {
        DeviceRegistry registry;
        Spies spies(&registry);
        registry.devicesAnnounced(
            {plug(QStringLiteral("a")), plug(QStringLiteral("b")), plug(QStringLiteral("c"))});
        QCOMPARE(registry.newDevices().size(), 3);
        QCOMPARE(spies.counts(), (Counts{0, 1, 0, 0}));
    }
};

QTEST_GUILESS_MAIN(TestDeviceRegistry)
#include "tst_deviceregistry.moc"
