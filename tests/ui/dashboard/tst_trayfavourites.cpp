// Favourite lamps in the tray menu. TrayFavourites: the stored form of an
// entity reference, the set kept in QSettings (a temporary directory) across
// instances against a real devices.db, and dropped with the device. The
// tile menu's "Show in tray menu". TrayFavouritesMenu: entries in the
// dashboard's order and names, and against a real lamp (the embedded broker
// in this process, the fake lamp as its own process, the DeviceService on
// the broker): enabled only while connected and the lamp is there, a press
// reaches the lamp, and the check mark moves only when the lamp confirms.
#include "broker/net/brokerserver.h"
#include "devices/deviceregistry.h"
#include "devices/deviceservice.h"
#include "devices/manualdevice.h"
#include "fakelampprocess.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/tiles/entitytile.h"
#include "ui/trayfavourites.h"
#include "ui/trayfavouritesmenu.h"
#include "ui/trayicon.h"

#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace homewire;
using devices::CommandState;
using devices::EntityRef;
using testing::FakeLampProcess;
using ui::TrayFavourites;
using ui::TrayFavouritesMenu;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(homewire::devices::EntityRef)

namespace {

constexpr int Timeout = 20'000;
const QString FavouritesKey = QStringLiteral("tray/favourites");

QStringList storedFavourites()
{
    return QSettings().value(FavouritesKey).toStringList();
}

// A lamp on plain topics: <base>, <base>/state, <base>/status (the fake lamp's).
devices::Device lamp(const QString &name, const QByteArray &base = "home/office/lamp")
{
    return devices::makeManualDevice(
        name, {devices::makeSwitchEntity(name, base, base + "/state", base + "/status")});
}

devices::Device thermometer()
{
    devices::Entity temperature;
    temperature.name = QStringLiteral("Temperature");
    temperature.kind = devices::EntityKind::Sensor;
    temperature.stateTopic = "home/office/temperature";
    return devices::makeManualDevice(QStringLiteral("Thermometer"), {temperature});
}

EntityRef refOf(const devices::Device &device)
{
    return {device.id, device.entities.constFirst().key};
}

QStringList texts(const QList<QAction *> &actions)
{
    QStringList list;
    for (const QAction *action : actions)
        list << action->text();
    return list;
}

// A favourite in the menu of a tray of its own (the window it shows and hides included).
struct FavouriteInTray
{
    FavouriteInTray(devices::DeviceRegistry *registry, devices::DeviceService *service, const EntityRef &ref)
        : tray(&window)
        , favourites(registry)
        , added(favourites.setFavourite(ref, true))
        , menu(&favourites, service, &tray)
    {}

    QWidget window;
    ui::TrayIcon tray;
    TrayFavourites favourites;
    bool added;
    TrayFavouritesMenu menu;
};

} // namespace

class tst_TrayFavourites : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<broker::net::BrokerServer> m_server;
    std::unique_ptr<devices::DeviceRegistry> m_registry;
    std::unique_ptr<devices::DeviceService> m_service;
    quint16 m_port = 0;

    QString newDatabase() { return m_dir.filePath(QStringLiteral("devices-%1.db").arg(++m_files)); }

    // A registry on a new devices.db, read.
    bool openRegistry(const QString &path)
    {
        m_registry = std::make_unique<devices::DeviceRegistry>();
        m_registry->open(path);
        QDeadlineTimer deadline(Timeout);
        while (!m_registry->isLoaded() && !deadline.hasExpired())
            QTest::qWait(10);
        return m_registry->isLoaded();
    }

    void makeService()
    {
        m_service = std::make_unique<devices::DeviceService>(m_registry.get(),
                                                             QList<devices::DeviceConventionPlugin *>{});
    }

    void startBroker()
    {
        broker::BrokerConfig config; // in memory: no data directory
        m_server = std::make_unique<broker::net::BrokerServer>(config);
        auto started = m_server->start(QHostAddress::LocalHost, 0);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        m_port = m_server->serverPort();
    }

    // A broker, a registry with the "Office lamp" in the "Office" and a
    // service on it; the lamp's entity, or an empty one on failure.
    EntityRef officeLampOnABroker()
    {
        startBroker();
        if (!m_server || !openRegistry(newDatabase()))
            return {};
        makeService();
        const devices::Device office = lamp(u"Office lamp"_s);
        if (!m_registry->addDevice(office, m_registry->addRoom(u"Office"_s)))
            return {};
        return refOf(office);
    }

    client::ConnectionProfile profile() const
    {
        client::ConnectionProfile p;
        p.name = QStringLiteral("Embedded broker");
        p.port = m_port;
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void init() { QSettings().remove(FavouritesKey); }

    void cleanup()
    {
        m_service.reset();
        m_registry.reset();
        if (m_server)
            m_server->stop();
        m_server.reset();
    }

    void storedForm_data()
    {
        QTest::addColumn<EntityRef>("ref");
        QTest::addColumn<QString>("text");
        QTest::newRow("hand-made lamp")
            << EntityRef{u"manual/desk-lamp-1a2b"_s, u"desk-lamp"_s} << u"manual/desk-lamp-1a2b#desk-lamp"_s;
        QTest::newRow("slashes in the key") << EntityRef{u"homie/bathroom-heater"_s, u"heater/power"_s}
                                            << u"homie/bathroom-heater#heater/power"_s;
        QTest::newRow("# and % in the id are encoded")
            << EntityRef{u"x#y%z"_s, u"k#"_s} << u"x%23y%25z#k%23"_s;
        QTest::newRow("non-ASCII as UTF-8")
            << EntityRef{u"manual/küche"_s, u"licht"_s} << u"manual/k%C3%BCche#licht"_s;
        QTest::newRow("spaces") << EntityRef{u"zigbee2mqtt/kitchen bulb"_s, u"state"_s}
                                << u"zigbee2mqtt/kitchen%20bulb#state"_s;
    }

    void storedForm()
    {
        QFETCH(EntityRef, ref);
        QFETCH(QString, text);
        QCOMPARE(TrayFavourites::toSetting(ref), text);
        const std::optional<EntityRef> back = TrayFavourites::fromSetting(text);
        QVERIFY(back);
        QCOMPARE(back->deviceId, ref.deviceId);
        QCOMPARE(back->entityKey, ref.entityKey);
    }

    void storedFormRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no separator") << u"manual/lamp"_s;
        QTest::newRow("no key") << u"manual/lamp#"_s;
        QTest::newRow("no device") << u"#power"_s;
        QTest::newRow("two separators") << u"a#b#c"_s;
        QTest::newRow("not as written: raw space") << u"a b#c"_s;
        QTest::newRow("not as written: needless escape") << u"%61#c"_s;
    }

    void storedFormRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!TrayFavourites::fromSetting(text));
    }

    void keptAcrossInstances()
    {
        const QString path = newDatabase();
        const devices::Device desk = lamp(u"Desk lamp"_s);
        const devices::Device sensor = thermometer();
        {
            QVERIFY(openRegistry(path));
            const qint64 office = m_registry->addRoom(u"Office"_s);
            QVERIFY(m_registry->addDevice(desk, office));
            QVERIFY(m_registry->addDevice(sensor, office));
            TrayFavourites favourites(m_registry.get());
            QSignalSpy changed(&favourites, &TrayFavourites::changed);
            // A sensor has nothing to switch.
            QVERIFY(!favourites.canBeFavourite(refOf(sensor)));
            QVERIFY(!favourites.setFavourite(refOf(sensor), true));
            QVERIFY(favourites.setFavourite(refOf(desk), true));
            QVERIFY(favourites.setFavourite(refOf(desk), true)); // already: no change
            QCOMPARE(changed.count(), 1);
            QCOMPARE(storedFavourites(), QStringList{TrayFavourites::toSetting(refOf(desk))});
            m_registry.reset(); // writes devices.db
        }

        // The next run, with a favourite whose device went meanwhile. As in
        // the application, the favourites are made while devices.db is read.
        const EntityRef gone{u"manual/gone-0000"_s, u"gone"_s};
        QSettings().setValue(FavouritesKey, QStringList{TrayFavourites::toSetting(refOf(desk)),
                                                        TrayFavourites::toSetting(gone)});
        m_registry = std::make_unique<devices::DeviceRegistry>();
        m_registry->open(path);
        TrayFavourites favourites(m_registry.get());
        QVERIFY(!m_registry->isLoaded()); // read on the registry's thread, reported by an event
        QCOMPARE(favourites.favourites(), (QList<EntityRef>{refOf(desk), gone}));
        QTRY_VERIFY_WITH_TIMEOUT(m_registry->isLoaded(), Timeout);
        QCOMPARE(favourites.favourites(), QList<EntityRef>{refOf(desk)});
        QCOMPARE(favourites.ordered(), QList<EntityRef>{refOf(desk)});
        QVERIFY(favourites.contains(refOf(desk)));
        QCOMPARE(storedFavourites(), QStringList{TrayFavourites::toSetting(refOf(desk))});
    }

    void tileMenuEntry()
    {
        QVERIFY(openRegistry(newDatabase()));
        makeService();
        const qint64 office = m_registry->addRoom(u"Office"_s);
        const devices::Device desk = lamp(u"Desk lamp"_s);
        const devices::Device sensor = thermometer();
        QVERIFY(m_registry->addDevice(desk, office));
        QVERIFY(m_registry->addDevice(sensor, office));
        ui::DashboardPage page(m_registry.get(), m_service.get());
        ui::EntityTile *deskTile = page.tile(refOf(desk));
        ui::EntityTile *sensorTile = page.tile(refOf(sensor));
        QVERIFY(deskTile && sensorTile);
        const auto entryIn = [](QMenu *menu) {
            return menu->findChild<QAction *>(u"trayFavourite"_s);
        };

        // Without favourites the menus are as they were.
        std::unique_ptr<QMenu> plain(page.createTileMenu(deskTile));
        QVERIFY(!entryIn(plain.get()));

        TrayFavourites favourites(m_registry.get());
        page.setTrayFavourites(&favourites);
        QWidget window;
        ui::TrayIcon tray(&window);
        TrayFavouritesMenu trayMenu(&favourites, m_service.get(), &tray);
        std::unique_ptr<QMenu> menu(page.createTileMenu(deskTile));
        QAction *add = entryIn(menu.get());
        QVERIFY(add);
        QVERIFY(add->isCheckable());
        QVERIFY(!add->isChecked());
        add->trigger();
        QVERIFY(favourites.contains(refOf(desk)));
        QCOMPARE(storedFavourites(), QStringList{TrayFavourites::toSetting(refOf(desk))});
        QCOMPARE(texts(trayMenu.entries()), QStringList{u"Desk lamp — Office"_s});
        QVERIFY(tray.menu()->actions().contains(trayMenu.entry(refOf(desk))));

        std::unique_ptr<QMenu> again(page.createTileMenu(deskTile));
        QAction *remove = entryIn(again.get());
        QVERIFY(remove && remove->isChecked());
        remove->trigger();
        QVERIFY(!favourites.contains(refOf(desk)));
        QCOMPARE(storedFavourites(), QStringList());
        QVERIFY(trayMenu.entries().isEmpty());
        QVERIFY(!trayMenu.header());

        // A sensor has nothing to switch; no favourites, no entry.
        std::unique_ptr<QMenu> sensorMenu(page.createTileMenu(sensorTile));
        QVERIFY(!entryIn(sensorMenu.get()));
        page.setTrayFavourites(nullptr);
        std::unique_ptr<QMenu> unset(page.createTileMenu(deskTile));
        QVERIFY(!entryIn(unset.get()));
    }

    void entriesInDashboardOrder()
    {
        QVERIFY(openRegistry(newDatabase()));
        makeService();
        const qint64 office = m_registry->addRoom(u"Office"_s);
        const qint64 kitchen = m_registry->addRoom(u"Kitchen"_s);
        const devices::Device desk = lamp(u"Desk lamp"_s, "home/desk");
        const devices::Device ceiling = lamp(u"Ceiling"_s, "home/ceiling");
        const devices::Device kettle = lamp(u"Kettle"_s, "home/kettle");
        devices::Device heater = devices::makeManualDevice(
            u"Bathroom heater"_s, {devices::makeSwitchEntity(u"Power"_s, "home/heater")});
        for (const auto &[device, room] :
             {std::pair{desk, office}, {ceiling, office}, {kettle, kitchen}, {heater, kitchen}})
            QVERIFY(m_registry->addDevice(device, room));
        QWidget window;
        ui::TrayIcon tray(&window);
        const QList<QAction *> before = tray.menu()->actions();
        TrayFavourites favourites(m_registry.get());
        TrayFavouritesMenu trayMenu(&favourites, m_service.get(), &tray);
        QCOMPARE(tray.menu()->actions(), before); // no favourites: nothing added
        QVERIFY(!trayMenu.header());

        for (const devices::Device &device : {heater, kettle, ceiling, desk}) // not in dashboard order
            QVERIFY(favourites.setFavourite(refOf(device), true));
        QCOMPARE(texts(trayMenu.entries()),
                 (QStringList{u"Desk lamp — Office"_s, u"Ceiling — Office"_s, u"Kettle — Kitchen"_s,
                              u"Power (Bathroom heater) — Kitchen"_s}));
        // The section sits above the broker's lines: heading, entries, separator.
        const QList<QAction *> actions = tray.menu()->actions();
        const qsizetype header = actions.indexOf(trayMenu.header());
        const qsizetype status = actions.indexOf(tray.menu()->findChild<QAction *>(u"trayBrokerStatus"_s));
        QCOMPARE(header, 0);
        QCOMPARE(actions.mid(1, 4), trayMenu.entries());
        QVERIFY(actions.at(5)->isSeparator());
        QCOMPARE(status, 6);
        QVERIFY(!trayMenu.header()->isEnabled());
        QCOMPARE(trayMenu.header()->text(), u"Favourites · not connected to the broker"_s);
        for (QAction *entry : trayMenu.entries()) {
            QVERIFY(entry->isCheckable());
            QVERIFY(!entry->isEnabled());
            QCOMPARE(entry->toolTip(), u"Not connected to the broker"_s);
        }

        // The dashboard rearranged and renamed: the menu follows.
        QVERIFY(m_registry->moveRoom(kitchen, 0));
        QVERIFY(m_registry->moveTile(refOf(ceiling), office, 0));
        QVERIFY(m_registry->renameRoom(office, u"Study"_s));
        QCOMPARE(texts(trayMenu.entries()),
                 (QStringList{u"Kettle — Kitchen"_s, u"Power (Bathroom heater) — Kitchen"_s,
                              u"Ceiling — Study"_s, u"Desk lamp — Study"_s}));
        QCOMPARE(tray.menu()->actions().mid(1, 4), trayMenu.entries());
    }

    void removedDeviceDropsOut_data()
    {
        QTest::addColumn<bool>("withFile");
        QTest::newRow("devices.db") << true;
        QTest::newRow("in memory (no file read)") << false;
    }

    void removedDeviceDropsOut()
    {
        QFETCH(bool, withFile);
        // A favourite of a device this registry never had: with devices.db
        // read it is gone for good; without, it may still come.
        const EntityRef elsewhere{u"manual/elsewhere-0000"_s, u"lamp"_s};
        QSettings().setValue(FavouritesKey, QStringList{TrayFavourites::toSetting(elsewhere)});
        if (withFile)
            QVERIFY(openRegistry(newDatabase()));
        else
            m_registry = std::make_unique<devices::DeviceRegistry>();
        makeService();
        const qint64 office = m_registry->addRoom(u"Office"_s);
        const devices::Device desk = lamp(u"Desk lamp"_s, "home/desk");
        const devices::Device ceiling = lamp(u"Ceiling"_s, "home/ceiling");
        QVERIFY(m_registry->addDevice(desk, office));
        QVERIFY(m_registry->addDevice(ceiling, office));
        QWidget window;
        ui::TrayIcon tray(&window);
        TrayFavourites favourites(m_registry.get());
        TrayFavouritesMenu trayMenu(&favourites, m_service.get(), &tray);
        QVERIFY(favourites.setFavourite(refOf(desk), true));
        QVERIFY(favourites.setFavourite(refOf(ceiling), true));
        QCOMPARE(trayMenu.entries().size(), 2);

        QSignalSpy changed(&favourites, &TrayFavourites::changed);
        QVERIFY(m_registry->removeDevice(desk.id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(texts(trayMenu.entries()), QStringList{u"Ceiling — Office"_s});
        QVERIFY(!trayMenu.entry(refOf(desk)));
        QVERIFY(!favourites.contains(refOf(desk)));
        QStringList expected{TrayFavourites::toSetting(refOf(ceiling))};
        if (!withFile)
            expected.prepend(TrayFavourites::toSetting(elsewhere));
        QCOMPARE(storedFavourites(), expected);

        // Removing the last one takes the section with it.
        QVERIFY(m_registry->removeDevice(ceiling.id));
        QVERIFY(trayMenu.entries().isEmpty());
        QVERIFY(!trayMenu.header());
        QCOMPARE(tray.menu()->actions().constFirst()->objectName(), u"trayBrokerStatus"_s);
    }

    void entryFollowsTheLamp()
    {
        const EntityRef ref = officeLampOnABroker();
        QVERIFY(!ref.deviceId.isEmpty());
        FavouriteInTray inTray(m_registry.get(), m_service.get(), ref);
        QVERIFY(inTray.added);
        TrayFavouritesMenu &trayMenu = inTray.menu;
        QAction *entry = trayMenu.entry(ref);
        QVERIFY(entry);
        QCOMPARE(entry->text(), u"Office lamp — Office"_s);
        QVERIFY(!entry->isEnabled());
        QCOMPARE(entry->toolTip(), u"Not connected to the broker"_s);

        // Connected, but the lamp has not said whether it is there.
        m_service->start(profile());
        QTRY_VERIFY_WITH_TIMEOUT(m_service->isConnected(), Timeout);
        QTRY_COMPARE(trayMenu.header()->text(), u"Favourites"_s);
        QVERIFY(!entry->isEnabled());
        QVERIFY2(entry->toolTip().startsWith(u"Not heard from yet"_s), qPrintable(entry->toolTip()));

        FakeLampProcess process(m_port);
        QVERIFY2(process.waitReady(Timeout), process.diagnostics().constData());
        QTRY_VERIFY_WITH_TIMEOUT(entry->isEnabled(), Timeout);
        QVERIFY(!entry->isChecked());
        QCOMPARE(entry->toolTip(), u"No report yet"_s);

        entry->trigger();
        // Asked for, not confirmed: the check mark waits for the lamp.
        QVERIFY(!entry->isChecked());
        QTRY_VERIFY2_WITH_TIMEOUT(process.printed("received on"), process.diagnostics().constData(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(entry->isChecked(), Timeout);
        QCOMPARE(m_service->state(ref).command, CommandState::Confirmed);
        QCOMPARE(entry->toolTip(), u"On"_s);

        entry->trigger();
        QVERIFY(entry->isChecked());
        QTRY_VERIFY2_WITH_TIMEOUT(process.printed("received off"), process.diagnostics().constData(),
                                  Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!entry->isChecked(), Timeout);
        QCOMPARE(entry->toolTip(), u"Off"_s);

        // The lamp loses power: its will says offline.
        process.process().kill();
        QVERIFY(process.process().waitForFinished(Timeout));
        QTRY_VERIFY_WITH_TIMEOUT(!entry->isEnabled(), Timeout);
        QCOMPARE(entry->toolTip(), u"Offline"_s);

        // The broker goes: no connection.
        m_server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!m_service->isConnected(), Timeout);
        QCOMPARE(entry->toolTip(), u"Not connected to the broker"_s);
        QCOMPARE(trayMenu.header()->text(), u"Favourites · not connected to the broker"_s);
    }

    void unconfirmedCommandLeavesTheCheckMark()
    {
        const EntityRef ref = officeLampOnABroker();
        QVERIFY(!ref.deviceId.isEmpty());
        m_service->setConfirmTimeoutMs(3000);
        FavouriteInTray inTray(m_registry.get(), m_service.get(), ref);
        QVERIFY(inTray.added);
        TrayFavouritesMenu &trayMenu = inTray.menu;
        FakeLampProcess process(m_port, {u"--no-answer"_s});
        QVERIFY2(process.waitReady(Timeout), process.diagnostics().constData());
        m_service->start(profile());
        QAction *entry = trayMenu.entry(ref);
        QVERIFY(entry);
        QTRY_VERIFY_WITH_TIMEOUT(entry->isEnabled(), Timeout);

        entry->trigger();
        QVERIFY(!entry->isChecked());
        QTRY_VERIFY2_WITH_TIMEOUT(process.printed("received on"), process.diagnostics().constData(), Timeout);
        // Sent and waiting for the lamp (the state follows the send): still unchecked.
        QTRY_COMPARE_WITH_TIMEOUT(m_service->state(ref).command, CommandState::Pending, Timeout);
        QVERIFY(!entry->isChecked());
        QCOMPARE(entry->toolTip(), u"Turning on…"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_service->state(ref).command, CommandState::TimedOut, Timeout);
        QVERIFY(!entry->isChecked());
        QCOMPARE(entry->toolTip(), u"No answer from the device"_s);
    }
};

QTEST_MAIN(tst_TrayFavourites)
#include "tst_trayfavourites.moc"
