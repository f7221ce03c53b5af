// DeviceService (core/devices) against real brokers on loopback, with an
// in-memory DeviceRegistry: devices a convention recognizes show up as new in
// the registry, accepted ones are watched and commanded through the service,
// states arrive on the GUI thread, a removed discovered device comes back as
// new, a start on another broker forgets the new devices and the states, and
// the service is destroyed cleanly in every connection state (its worker
// thread joined, nothing leaked under ASan).
#include "devices/deviceregistry.h"
#include "devices/deviceservice.h"
#include "devicetest.h"

#include <QStandardPaths>
#include <QThread>

using namespace homewire;
using namespace homewire::devices;
using namespace devicetest;

namespace {

constexpr int WaitMs = mqttclienttest::WaitMs;

bool hasDevice(const QList<Device> &devices, const QString &id)
{
    return std::any_of(devices.cbegin(), devices.cend(), [&](const Device &d) { return d.id == id; });
}

} // namespace

class tst_DeviceService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        // The registry keeps a preference in QSettings: not the user's.
        QStandardPaths::setTestModeEnabled(true);
        // Settings of this process only: the same test runs against the other
        // broker at the same time and must not read what this one writes.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        HW_START_BROKER(m_broker);
    }
    void cleanup() { HW_VERIFY_BROKER_ALIVE(m_broker); }
    void cleanupTestCase() { HW_STOP_BROKER(m_broker); }

    void recognizedDeviceIsAcceptedAndCommanded();
    void acceptedDevicesAreWatchedFromTheStart();
    void removedDeviceComesBackAsNew();
    void anotherBrokerForgetsWhatTheLastOneHad();
    void unknownEntityHasADefaultState();
    void stopDisconnects();
    void destruction_data();
    void destruction();

private:
    BrokerProcess m_broker;
};

void tst_DeviceService::recognizedDeviceIsAcceptedAndCommanded()
{
    const QByteArray root = topicRoot();
    FakeConvention convention(root);
    DeviceRegistry registry;
    DeviceService service(&registry, {&convention});
    service.setConfirmTimeoutMs(WaitMs);
    Recorder recorder(service);
    // Direct: the slot runs in whichever thread emits, which must be this one.
    QList<QThread *> emittingThreads;
    connect(
        &service, &DeviceService::statesChanged, &service,
        [&emittingThreads] { emittingThreads.append(QThread::currentThread()); }, Qt::DirectConnection);
    service.start(mqttclienttest::profileFor(m_broker.port()));
    QTRY_VERIFY_WITH_TIMEOUT(service.isConnected(), WaitMs);
    QVERIFY(recorder.connected);
    QCOMPARE(service.lastError(), QString());

    FakeDevice device(m_broker.port(), QString::fromUtf8(root + "/#"));
    QVERIFY(device.waitReady());
    device.publish(root + "/lamp/config", "Lamp", true);
    device.publish(root + "/fan/config", "Fan", true);
    QTRY_VERIFY_WITH_TIMEOUT(hasDevice(registry.newDevices(), QStringLiteral("fake/fan")), WaitMs);
    QVERIFY(hasDevice(registry.newDevices(), QStringLiteral("fake/lamp")));

    // A withdrawn new device leaves the registry's new devices.
    device.publish(root + "/fan/config", QByteArray(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!hasDevice(registry.newDevices(), QStringLiteral("fake/fan")), WaitMs);

    const qint64 room = registry.addRoom(QStringLiteral("Office"));
    QVERIFY(room != 0);
    QVERIFY(registry.accept(QStringLiteral("fake/lamp"), room));
    const EntityRef ref{QStringLiteral("fake/lamp"), QStringLiteral("relay")};
    // Retained: it reaches the runtime once it subscribes for the accepted lamp.
    device.publish(root + "/lamp/state", "off", true);
    QTRY_COMPARE_WITH_TIMEOUT(service.state(ref).on, std::optional<bool>(false), WaitMs);

    service.setSwitch(ref, true);
    QTRY_COMPARE_WITH_TIMEOUT(device.received(root + "/lamp/set").size(), 1, WaitMs);
    QCOMPARE(device.received(root + "/lamp/set").constFirst().payload, QByteArray("on"));
    QTRY_COMPARE_WITH_TIMEOUT(service.state(ref).commandTarget, true, WaitMs);
    device.publish(root + "/lamp/state", "on", true);
    QTRY_COMPARE_WITH_TIMEOUT(service.state(ref).command, CommandState::Confirmed, WaitMs);
    QCOMPARE(service.state(ref).on, std::optional<bool>(true));
    QCOMPARE(recorder.latest.value(ref), service.state(ref));
    QVERIFY(recorder.reported.value(ref).contains(CommandState::Confirmed));
    QVERIFY(!emittingThreads.isEmpty());
    for (QThread *thread : std::as_const(emittingThreads))
        QCOMPARE(thread, QThread::currentThread());
}

void tst_DeviceService::acceptedDevicesAreWatchedFromTheStart()
{
    const QByteArray root = topicRoot();
    DeviceRegistry registry;
    const qint64 room = registry.addRoom(QStringLiteral("Kitchen"));
    Device kettle = FakeRecognizer::device(root, "kettle", QStringLiteral("Kettle"));
    kettle.id = QStringLiteral("manual/kettle");
    kettle.convention = QStringLiteral("manual");
    QVERIFY(registry.addDevice(kettle, room));
    FakeDevice device(m_broker.port(), QString::fromUtf8(root + "/#"));
    QVERIFY(device.waitReady());
    device.publish(root + "/kettle/state", "on", true);

    DeviceService service(&registry, {});
    Recorder recorder(service);
    service.start(mqttclienttest::profileFor(m_broker.port()));
    const EntityRef ref{kettle.id, QStringLiteral("relay")};
    QTRY_COMPARE_WITH_TIMEOUT(service.state(ref).on, std::optional<bool>(true), WaitMs);
    QVERIFY(recorder.stateSignals >= 1);

    // Gone from the registry: its state goes too.
    QVERIFY(registry.removeDevice(kettle.id));
    QTRY_COMPARE_WITH_TIMEOUT(service.state(ref).on, std::optional<bool>(), WaitMs);
}

void tst_DeviceService::removedDeviceComesBackAsNew()
{
    // Its config came once and does not change: only the runtime's memory of
    // it can offer it again while the connection lasts.
    const QByteArray root = topicRoot();
    FakeConvention convention(root);
    DeviceRegistry registry;
    DeviceService service(&registry, {&convention});
    service.start(mqttclienttest::profileFor(m_broker.port()));
    QTRY_VERIFY_WITH_TIMEOUT(service.isConnected(), WaitMs);
    FakeDevice device(m_broker.port(), QString::fromUtf8(root + "/nothing"));
    QVERIFY(device.waitReady());
    device.publish(root + "/lamp/config", "Lamp", true);
    const QString id = QStringLiteral("fake/lamp");
    QTRY_VERIFY_WITH_TIMEOUT(hasDevice(registry.newDevices(), id), WaitMs);

    QVERIFY(registry.accept(id, registry.addRoom(QStringLiteral("Office"))));
    QVERIFY(!hasDevice(registry.newDevices(), id));
    QSignalSpy removed(&registry, &DeviceRegistry::deviceRemoved);
    QVERIFY(registry.removeDevice(id));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!registry.device(id));
    QTRY_VERIFY_WITH_TIMEOUT(hasDevice(registry.newDevices(), id), WaitMs);
    QCOMPARE(registry.device(id)->device.name, QStringLiteral("Lamp"));
    QCOMPARE(registry.device(id)->device.convention, QStringLiteral("fake"));
}

void tst_DeviceService::anotherBrokerForgetsWhatTheLastOneHad()
{
    const QByteArray root = topicRoot();
    FakeConvention convention(root);
    DeviceRegistry registry;
    const qint64 room = registry.addRoom(QStringLiteral("Hall"));
    Device plug = FakeRecognizer::device(root, "plug", QStringLiteral("Plug"));
    plug.id = QStringLiteral("manual/plug");
    plug.convention = QStringLiteral("manual");
    QVERIFY(registry.addDevice(plug, room));
    const EntityRef ref{plug.id, QStringLiteral("relay")};
    FakeDevice device(m_broker.port(), QString::fromUtf8(root + "/nothing"));
    QVERIFY(device.waitReady());
    device.publish(root + "/plug/state", "on", true);
    device.publish(root + "/lamp/config", "Lamp", true);

    DeviceService service(&registry, {&convention});
    Recorder recorder(service);
    const client::ConnectionProfile first = mqttclienttest::profileFor(m_broker.port());
    service.start(first);
    QTRY_COMPARE_WITH_TIMEOUT(service.state(ref).on, std::optional<bool>(true), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(hasDevice(registry.newDevices(), QStringLiteral("fake/lamp")), WaitMs);

    // The same broker again: the new devices stay.
    service.start(first);
    QVERIFY(hasDevice(registry.newDevices(), QStringLiteral("fake/lamp")));

    QSignalSpy fresh(&registry, &DeviceRegistry::newDevicesChanged);
    service.start(mqttclienttest::profileFor(BrokerProcess::pickFreePort()));
    QVERIFY(registry.newDevices().isEmpty());
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(registry.acceptedDevices().size(), 1);         // what the user decided stays
    QCOMPARE(service.state(ref).on, std::optional<bool>()); // forgotten at once
    QVERIFY(!service.isConnected());
    QTRY_COMPARE_WITH_TIMEOUT(recorder.latest.value(ref).on, std::optional<bool>(), WaitMs);
}

void tst_DeviceService::unknownEntityHasADefaultState()
{
    DeviceRegistry registry;
    DeviceService service(&registry, {});
    const EntityRef ref{QStringLiteral("nowhere/device"), QStringLiteral("switch")};
    EntityState expected;
    expected.ref = ref;
    QCOMPARE(service.state(ref), expected);
    QCOMPARE(service.state(ref).availability, Availability::Unknown);
    QVERIFY(!service.isConnected());
}

void tst_DeviceService::stopDisconnects()
{
    DeviceRegistry registry;
    DeviceService service(&registry, {});
    Recorder recorder(service);
    QSignalSpy changes(&service, &DeviceService::connectionChanged);
    const client::ConnectionProfile profile = mqttclienttest::profileFor(m_broker.port());
    service.start(profile);
    QCOMPARE(service.profile(), profile);
    QTRY_VERIFY_WITH_TIMEOUT(service.isConnected(), WaitMs);
    service.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!service.isConnected(), WaitMs);
    QCOMPARE(changes.constLast().at(0).toBool(), false);

    // A broker nobody listens on: not connected, with a reason.
    service.start(mqttclienttest::profileFor(BrokerProcess::pickFreePort()));
    QTRY_VERIFY_WITH_TIMEOUT(!service.lastError().isEmpty(), WaitMs);
    QVERIFY(!service.isConnected());
}

void tst_DeviceService::destruction_data()
{
    QTest::addColumn<int>("stage");
    QTest::newRow("never started") << 0;
    QTest::newRow("connecting to a port nobody listens on") << 1;
    QTest::newRow("connected") << 2;
    QTest::newRow("connected with a command waiting for its confirmation") << 3;
}

void tst_DeviceService::destruction()
{
    QFETCH(int, stage);
    const QByteArray root = topicRoot();
    FakeConvention convention(root);
    DeviceRegistry registry;
    const qint64 room = registry.addRoom(QStringLiteral("Hall"));
    Device plug = FakeRecognizer::device(root, "plug", QStringLiteral("Plug"));
    plug.id = QStringLiteral("manual/plug");
    QVERIFY(registry.addDevice(plug, room));

    auto service = std::make_unique<DeviceService>(&registry, QList<DeviceConventionPlugin *>{&convention});
    if (stage == 1) {
        service->start(mqttclienttest::profileFor(BrokerProcess::pickFreePort()));
        QTRY_VERIFY_WITH_TIMEOUT(!service->lastError().isEmpty(), WaitMs);
    } else if (stage >= 2) {
        service->start(mqttclienttest::profileFor(m_broker.port()));
        QTRY_VERIFY_WITH_TIMEOUT(service->isConnected(), WaitMs);
    }
    const EntityRef ref{plug.id, QStringLiteral("relay")};
    if (stage == 3) {
        service->setSwitch(ref, true);
        QTRY_COMPARE_WITH_TIMEOUT(service->state(ref).command, CommandState::Pending, WaitMs);
    }
    service.reset();
    // The registry outlives the service and is still whole.
    QCOMPARE(registry.acceptedDevices().size(), 1);
}

QTEST_GUILESS_MAIN(tst_DeviceService)
#include "tst_deviceservice.moc"
