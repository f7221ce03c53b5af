// HomeDevices, the application's wiring of devices, against real brokers:
// the first run starts the demo home and furnishes only the demo's devices
// (another device waits under New devices); when the embedded broker comes
// back on another port the devices and the demo follow it; turning the demo
// off stops it (its devices go offline through their wills) and is kept for
// the next start. Runs against homewire-broker and Mosquitto.
#include "brokertest.h"
#include "client/mqttclient.h"
#include "devices/deviceservice.h"
#include "devices/homedevices.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace homewire;
using namespace homewire::devices;

namespace {

constexpr int Timeout = 20'000;
const EntityRef OfficeLamp{QStringLiteral("generic/home/office/lamp"), QStringLiteral("state")};

client::ConnectionProfile profileFor(quint16 port)
{
    client::ConnectionProfile profile;
    profile.name = QStringLiteral("Embedded broker");
    profile.port = port;
    return profile;
}

bool allDemoDevicesAccepted(DeviceRegistry &registry)
{
    for (const QString &id : demo::DemoHome::deviceIds()) {
        const store::StoredDevice *device = registry.device(id);
        if (!device || device->status != store::DeviceStatus::Accepted)
            return false;
    }
    return true;
}

} // namespace

class tst_HomeDevices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HomewireTest"));
        // Settings of this process only: the same test runs against the other
        // broker at the same time and must not read what this one writes.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setApplicationName(QStringLiteral("tst_homedevices"));
        QSettings().clear();
    }

    void demoFurnishesFollowsTheBrokerAndStops()
    {
        QTemporaryDir data;
        BrokerProcess first(BrokerProcess::kindFromEnvironment());
        HW_START_BROKER(first);

        // Somebody's own device, already on the broker: not the demo's to place.
        client::MqttClient garage;
        client::ConnectionProfile garageProfile = profileFor(first.port());
        garageProfile.willTopic = QStringLiteral("home/garage/door/status");
        garage.connectToBroker(garageProfile);
        QTRY_COMPARE_WITH_TIMEOUT(garage.state(), client::MqttClient::State::Connected, Timeout);
        garage.publish("home/garage/door/state", "off", mqtt::QoS::AtLeastOnce, true);

        auto home = std::make_unique<HomeDevices>(data.path(), nullptr, nullptr);
        QVERIFY(home->isDemoEnabled()); // the first run
        home->embeddedBrokerStarted(profileFor(first.port()));
        QTRY_VERIFY_WITH_TIMEOUT(allDemoDevicesAccepted(home->registry()), Timeout);
        const QString garageId = QStringLiteral("generic/home/garage/door");
        QTRY_VERIFY_WITH_TIMEOUT(home->registry().device(garageId), Timeout);
        QCOMPARE(home->registry().device(garageId)->status, store::DeviceStatus::New);
        QTRY_COMPARE_WITH_TIMEOUT(home->service().state(OfficeLamp).availability, Availability::Online,
                                  Timeout);

        // The embedded broker comes back on another port.
        BrokerProcess second(BrokerProcess::kindFromEnvironment());
        HW_START_BROKER(second);
        HW_STOP_BROKER(first);
        home->embeddedBrokerStarted(profileFor(second.port()));
        QCOMPARE(home->service().profile().port, second.port());
        QVERIFY(!home->service().isConnected()); // not the first broker's connection any more
        QCOMPARE(home->service().state(OfficeLamp).availability, Availability::Unknown);
        QTRY_VERIFY_WITH_TIMEOUT(home->service().isConnected(), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(home->service().state(OfficeLamp).availability, Availability::Online,
                                  Timeout);

        // Off: the demo's wills mark its devices offline; the choice is kept.
        home->setDemoEnabled(false);
        QTRY_COMPARE_WITH_TIMEOUT(home->service().state(OfficeLamp).availability, Availability::Offline,
                                  Timeout);
        home.reset();
        HomeDevices again(data.path(), nullptr, nullptr);
        QVERIFY(!again.isDemoEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(again.registry().isLoaded(), Timeout);
        QVERIFY(allDemoDevicesAccepted(again.registry())); // the rooms stay furnished
        HW_STOP_BROKER(second);
    }
};

QTEST_GUILESS_MAIN(tst_HomeDevices)
#include "tst_homedevices.moc"
