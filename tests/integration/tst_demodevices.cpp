// The demo home through the real device stack: the convention plugins loaded
// from the build tree recognize every virtual device from its real traffic,
// the registry takes them into their rooms (as a first run does), every
// switch and light shows the state its device reported, obeys a command
// (confirmed by the device's own state topic), and goes offline through the
// device's will when the demo stops. This ties each plugin's mapping to
// payloads a device really sends, not only to fixtures.
// Runs against homewire-broker and Mosquitto.
#include "brokertest.h"
#include "devices/conventioncatalog.h"
#include "devices/demo/demohome.h"
#include "devices/deviceregistry.h"
#include "devices/deviceservice.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace homewire;
using namespace homewire::devices;

namespace {

constexpr int Timeout = 20'000;

// Device id, its convention, and an entity key with the kind it must have.
struct Expected
{
    const char *id;
    const char *convention;
    const char *entity;
    EntityKind kind;
};

const Expected expected[] = {
    {"generic/home/office/lamp", "generic", nullptr, EntityKind::Switch},
    {"generic/home/living-room/dimmer", "generic", nullptr, EntityKind::Light},
    {"generic/home/kitchen/climate", "generic", nullptr, EntityKind::Sensor},
    {"homeassistant/demo_bedroom_fan", "homeassistant", nullptr, EntityKind::Switch},
    {"tasmota/tasmota_5A3F2C", "tasmota", "power", EntityKind::Switch},
    {"zigbee2mqtt/0x0017880104e5f6a7", "zigbee2mqtt", nullptr, EntityKind::Light},
    {"zigbee2mqtt/0x00158d0001a2b3c4", "zigbee2mqtt", nullptr, EntityKind::BinarySensor},
    {"shelly/shelly1-8CAAB5", "shelly", nullptr, EntityKind::Switch},
    {"shelly/shellyplus1pm-441793", "shelly", "switch:0", EntityKind::Switch},
    {"homie/demo-heater", "homie", nullptr, EntityKind::Switch},
};

const Entity *entityOfKind(const Device &device, EntityKind kind, const char *key)
{
    for (const Entity &entity : device.entities) {
        if (key ? entity.key == QLatin1String(key) : entity.kind == kind)
            return entity.kind == kind ? &entity : nullptr;
    }
    return nullptr;
}

} // namespace

class tst_DemoDevices : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Settings of this process only: the same test runs against the other
        // broker at the same time and must not read what this one writes.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QVERIFY2(m_catalog.load(ConventionCatalog::defaultDirectories()) >= 6,
                 qPrintable(m_catalog.errors().join(QLatin1Char('\n'))));
        for (const ConventionInfo &info : m_catalog.conventions())
            m_plugins.append(info.plugin);
    }

    void everyDemoDeviceIsRecognizedShownAndCommanded()
    {
        BrokerProcess broker(BrokerProcess::kindFromEnvironment());
        HW_START_BROKER(broker);
        client::ConnectionProfile profile;
        profile.port = broker.port();

        DeviceRegistry registry;
        DeviceService service(&registry, m_plugins);
        service.setConfirmTimeoutMs(Timeout);
        service.start(profile);
        demo::DemoHome demo;
        connect(&registry, &DeviceRegistry::newDevicesChanged, this,
                [&registry] { demo::DemoHome::furnish(&registry); });
        demo.start(profile);

        // Recognized by the right convention, with the right kind of entity,
        // and placed in a room.
        QList<EntityRef> commandable;
        for (const Expected &e : expected) {
            const QString id = QLatin1String(e.id);
            QTRY_VERIFY2_WITH_TIMEOUT(registry.device(id), e.id, Timeout);
            const store::StoredDevice *stored = registry.device(id);
            QCOMPARE(stored->device.convention, QLatin1String(e.convention));
            QCOMPARE(stored->status, store::DeviceStatus::Accepted);
            QVERIFY2(registry.room(stored->roomId), e.id);
            const Entity *entity = entityOfKind(stored->device, e.kind, e.entity);
            QVERIFY2(entity, e.id);
            if (entity->isCommandable())
                commandable.append(EntityRef{id, entity->key});
        }
        QCOMPARE(registry.device(QStringLiteral("tasmota/tasmota_5A3F2C"))->device.name,
                 QStringLiteral("Coffee machine"));
        QVERIFY(registry.newDevices().isEmpty());

        // Each switch and light shows what its device reported, including the
        // retained state that came before the device was accepted.
        for (const EntityRef &ref : std::as_const(commandable))
            QTRY_VERIFY2_WITH_TIMEOUT(service.state(ref).on.has_value(), qPrintable(ref.deviceId), Timeout);

        // Each obeys, and its own state topic confirms.
        for (const EntityRef &ref : std::as_const(commandable)) {
            const bool target = !*service.state(ref).on;
            service.setSwitch(ref, target);
            QTRY_VERIFY2_WITH_TIMEOUT(
                service.state(ref).command == CommandState::Confirmed,
                qPrintable(ref.deviceId + QLatin1Char(' ') + service.state(ref).commandError), Timeout);
            QCOMPARE(service.state(ref).on, std::optional<bool>(target));
        }

        // The demo stops: each device's will says it is offline.
        demo.stop();
        for (const EntityRef &ref : std::as_const(commandable)) {
            if (registry.entity(ref)->availabilityTopic.isEmpty())
                continue;
            QTRY_VERIFY2_WITH_TIMEOUT(service.state(ref).availability == Availability::Offline,
                                      qPrintable(ref.deviceId), Timeout);
        }
        service.stop();
    }

private:
    ConventionCatalog m_catalog;
    QList<DeviceConventionPlugin *> m_plugins;
};

QTEST_MAIN(tst_DemoDevices)
#include "tst_demodevices.moc"
