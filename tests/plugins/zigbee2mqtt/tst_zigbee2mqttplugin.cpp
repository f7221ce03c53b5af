// The Zigbee2MQTT plugin, loaded as the application loads it, fed
// bridge/devices lists written from Zigbee2MQTT's documentation
// (fixtures/), the demo home's list, and malformed ones.
#include "plugintest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace homewire;
using namespace homewire::tests;
using devices::Device;
using devices::Entity;
using devices::EntityKind;
using devices::Recognition;

namespace {

const QByteArray DevicesTopic = "zigbee2mqtt/bridge/devices";
const QByteArray StateTopic = "zigbee2mqtt/bridge/state";

// An entity of a device at zigbee2mqtt/<friendlyName>, online with the bridge.
Entity entity(const QString &key, const QString &name, EntityKind kind, const QByteArray &friendlyName)
{
    Entity e;
    e.key = key;
    e.name = name;
    e.kind = kind;
    e.stateTopic = "zigbee2mqtt/" + friendlyName;
    e.availabilityTopic = StateTopic;
    e.availability.field = QStringLiteral("state");
    return e;
}

Entity sensor(const QString &property, const QString &name, const QString &unit, const QString &deviceClass,
              const QByteArray &friendlyName)
{
    Entity e = entity(property, name, EntityKind::Sensor, friendlyName);
    e.state.field = property;
    e.unit = unit;
    e.deviceClass = deviceClass;
    return e;
}

Entity onOff(const QString &key, const QString &name, const QString &property, const QByteArray &friendlyName)
{
    Entity e = entity(key, name, EntityKind::Switch, friendlyName);
    e.commandTopic = "zigbee2mqtt/" + friendlyName + "/set";
    e.payloadOn = R"({")" + property.toUtf8() + R"(":"ON"})";
    e.payloadOff = R"({")" + property.toUtf8() + R"(":"OFF"})";
    e.state.field = property;
    e.stateOn = "ON";
    e.stateOff = "OFF";
    return e;
}

Entity light(const QString &name, const QByteArray &friendlyName)
{
    Entity e = onOff(QStringLiteral("light"), name, QStringLiteral("state"), friendlyName);
    e.kind = EntityKind::Light;
    e.deviceClass = QStringLiteral("lamp");
    e.brightnessTemplate = R"({"brightness":{value}})";
    e.brightnessMax = 254;
    e.brightness.field = QStringLiteral("brightness");
    return e;
}

// A bridge/devices list of `count` routers with readable definitions, the
// i-th at ieee_address first + i.
QByteArray routerList(int count, int first = 0)
{
    QJsonArray list;
    for (int i = first; i < first + count; ++i) {
        const QString ieee = QStringLiteral("0x%1").arg(i, 16, 16, QLatin1Char('0'));
        list.append(QJsonObject{
            {QStringLiteral("ieee_address"), ieee},
            {QStringLiteral("friendly_name"), QStringLiteral("plug_%1").arg(i)},
            {QStringLiteral("type"), QStringLiteral("Router")},
            {QStringLiteral("definition"), QJsonObject{{QStringLiteral("vendor"), QStringLiteral("Xiaomi")},
                                                       {QStringLiteral("model"), QStringLiteral("ZNCZ02LM")},
                                                       {QStringLiteral("exposes"), QJsonArray{}}}}});
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QString routerId(int i)
{
    return QStringLiteral("zigbee2mqtt/0x%1").arg(i, 16, 16, QLatin1Char('0'));
}

const Device *findDevice(const QList<Device> &devices, const QString &id)
{
    for (const Device &device : devices) {
        if (device.id == id)
            return &device;
    }
    return nullptr;
}

} // namespace

class tst_Zigbee2MqttPlugin : public QObject
{
    Q_OBJECT

private:
    PluginUnderTest m_plugin;

private slots:
    void initTestCase() { QVERIFY(m_plugin.load()); }

    void metadata()
    {
        verifyMetadata(m_plugin, {QStringLiteral("zigbee2mqtt"),
                                  QStringLiteral("Zigbee2MQTT"),
                                  {QStringLiteral("+/bridge/devices"), QStringLiteral("+/bridge/state")}});
    }

    void demoHomeBridge()
    {
        const auto recognizer = m_plugin.recognizer();
        QVERIFY(feed(*recognizer, StateTopic, fixture("bridge_state_json.txt")).devices.isEmpty());
        const Recognition result = feed(*recognizer, DevicesTopic, fixture("demo_bridge_devices.json"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.devices.size(), 2); // the coordinator is not a device to show

        const Device *motion = findDevice(result.devices, QStringLiteral("zigbee2mqtt/0x00158d0001a2b3c4"));
        QVERIFY(motion);
        QCOMPARE(motion->name, QStringLiteral("hall_motion"));
        QCOMPARE(motion->convention, QStringLiteral("zigbee2mqtt"));
        QCOMPARE(motion->manufacturer, QStringLiteral("Aqara"));
        QCOMPARE(motion->model, QStringLiteral("RTCGQ11LM"));
        Entity occupancy = entity(QStringLiteral("occupancy"), QStringLiteral("Occupancy"),
                                  EntityKind::BinarySensor, "hall_motion");
        occupancy.state.field = QStringLiteral("occupancy");
        occupancy.stateOn = "true";
        occupancy.stateOff = "false";
        occupancy.deviceClass = QStringLiteral("motion");
        const QList<Entity> motionEntities{
            sensor(QStringLiteral("battery"), QStringLiteral("Battery"), QStringLiteral("%"),
                   QStringLiteral("battery"), "hall_motion"),
            occupancy,
            sensor(QStringLiteral("illuminance"), QStringLiteral("Illuminance"), QStringLiteral("lx"),
                   QStringLiteral("illuminance"), "hall_motion")};
        QCOMPARE(motion->entities, motionEntities);

        const Device *bulb = findDevice(result.devices, QStringLiteral("zigbee2mqtt/0x0017880104e5f6a7"));
        QVERIFY(bulb);
        QCOMPARE(bulb->name, QStringLiteral("kitchen_bulb"));
        QCOMPARE(bulb->manufacturer, QStringLiteral("Philips"));
        QCOMPARE(bulb->model, QStringLiteral("9290022166"));
        QCOMPARE(bulb->entities, QList<Entity>{light(QStringLiteral("kitchen_bulb"), "kitchen_bulb")});
    }

    void documentedListSkipsCoordinatorAndUnsupported()
    {
        const auto recognizer = m_plugin.recognizer();
        const Recognition result = feed(*recognizer, DevicesTopic, fixture("bridge_devices_docs.json"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QStringList ids;
        for (const Device &device : result.devices)
            ids += device.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("zigbee2mqtt/0x00158d00018255df"),
                                   QStringLiteral("zigbee2mqtt/0x90fd9ffffe6494fc")}));
        const Device &plug = result.devices.constFirst();
        QCOMPARE(plug.manufacturer, QStringLiteral("Xiaomi"));
        // power_outage_memory is a setting (category config), linkquality radio diagnostics.
        QCOMPARE(keys(plug), (QStringList{QStringLiteral("switch"), QStringLiteral("power"),
                                          QStringLiteral("energy"), QStringLiteral("device_temperature")}));
        QCOMPARE(plug.entity(QStringLiteral("device_temperature"))->deviceClass,
                 QStringLiteral("temperature"));
    }

    void exposesBecomeEntities_data()
    {
        QTest::addColumn<QString>("ieee");
        QTest::addColumn<Entity>("expected");

        QTest::newRow("light with brightness, color features ignored (exposes docs)")
            << "0x0017880100000001" << light(QStringLiteral("living/hue_go"), "living/hue_go");
        QTest::newRow("switch on endpoint left: property state_left")
            << "0x00158d0000000002"
            << onOff(QStringLiteral("switch_left"), QStringLiteral("double_relay left"),
                     QStringLiteral("state_left"), "double_relay");
        QTest::newRow("switch on endpoint right: property state_right")
            << "0x00158d0000000002"
            << onOff(QStringLiteral("switch_right"), QStringLiteral("double_relay right"),
                     QStringLiteral("state_right"), "double_relay");
        QTest::newRow("numeric power next to the switches")
            << "0x00158d0000000002"
            << sensor(QStringLiteral("power"), QStringLiteral("Power"), QStringLiteral("W"),
                      QStringLiteral("power"), "double_relay");
        Entity fan = onOff(QStringLiteral("fan"), QStringLiteral("ceiling_fan"), QStringLiteral("fan_state"),
                           "ceiling_fan");
        fan.deviceClass = QStringLiteral("fan");
        QTest::newRow("fan: its state feature is fan_state (exposes docs)") << "0x0000000000000003" << fan;
        QTest::newRow("numeric temperature (exposes docs)")
            << "0x00158d0000000004"
            << sensor(QStringLiteral("temperature"), QStringLiteral("Temperature"), QStringLiteral("°C"),
                      QStringLiteral("temperature"), "bedroom_climate");
        Entity contact = entity(QStringLiteral("contact"), QStringLiteral("Contact"),
                                EntityKind::BinarySensor, "garage_door");
        contact.state.field = QStringLiteral("contact");
        contact.stateOn = "true";
        contact.stateOff = "false";
        QTest::newRow("binary contact, read-only") << "0x0000000000000005" << contact;
        Entity childLock = entity(QStringLiteral("child_lock"), QStringLiteral("Child lock"),
                                  EntityKind::Switch, "garage_door");
        childLock.commandTopic = "zigbee2mqtt/garage_door/set";
        childLock.payloadOn = R"({"child_lock":"LOCK"})";
        childLock.payloadOff = R"({"child_lock":"UNLOCK"})";
        childLock.state.field = QStringLiteral("child_lock");
        childLock.stateOn = "LOCK";
        childLock.stateOff = "UNLOCK";
        QTest::newRow("settable binary becomes a switch") << "0x0000000000000005" << childLock;
    }

    void exposesBecomeEntities()
    {
        QFETCH(QString, ieee);
        QFETCH(Entity, expected);
        const auto recognizer = m_plugin.recognizer();
        const Recognition result = feed(*recognizer, DevicesTopic, fixture("bridge_devices_exposes.json"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const Device *device = findDevice(result.devices, QStringLiteral("zigbee2mqtt/") + ieee);
        QVERIFY(device);
        const Entity *actual = device->entity(expected.key);
        QVERIFY2(actual, qPrintable(expected.key));
        QCOMPARE(*actual, expected);
    }

    void unreadableAndUnmappedExposesAreSkipped_data()
    {
        QTest::addColumn<QString>("ieee");
        QTest::addColumn<int>("entities");
        QTest::newRow("light: enum effect skipped") << "0x0017880100000001" << 1;
        QTest::newRow("climate sensor: set-only color_temp_startup skipped") << "0x00158d0000000004" << 2;
        QTest::newRow("cover and lock skipped") << "0x0000000000000005" << 2;
    }

    void unreadableAndUnmappedExposesAreSkipped()
    {
        QFETCH(QString, ieee);
        QFETCH(int, entities);
        const auto recognizer = m_plugin.recognizer();
        const Recognition result = feed(*recognizer, DevicesTopic, fixture("bridge_devices_exposes.json"));
        const Device *device = findDevice(result.devices, QStringLiteral("zigbee2mqtt/") + ieee);
        QVERIFY(device);
        QCOMPARE(device->entities.size(), entities);
    }

    void onlyChangesAreReported()
    {
        const auto recognizer = m_plugin.recognizer();
        QByteArray list = fixture("bridge_devices_docs.json");
        QCOMPARE(feed(*recognizer, DevicesTopic, list).devices.size(), 2);
        Recognition again = feed(*recognizer, DevicesTopic, list);
        QVERIFY(again.devices.isEmpty());
        QVERIFY(again.removedIds.isEmpty());

        // Renaming moves the device's topics: it is reported again.
        list.replace(R"("friendly_name": "my_bulb")", R"("friendly_name": "desk_lamp")");
        again = feed(*recognizer, DevicesTopic, list);
        QCOMPARE(again.devices.size(), 1);
        QCOMPARE(again.devices.constFirst().entities.constFirst().commandTopic,
                 QByteArray("zigbee2mqtt/desk_lamp/set"));

        // A device that left the network leaves the list.
        const Recognition left = feed(*recognizer, DevicesTopic, fixture("demo_bridge_devices.json"));
        QCOMPARE(left.devices.size(), 2);
        QCOMPARE(left.removedIds, (QStringList{QStringLiteral("zigbee2mqtt/0x00158d00018255df"),
                                               QStringLiteral("zigbee2mqtt/0x90fd9ffffe6494fc")}));
    }

    void legacyBridgeStateChangesAvailability_data()
    {
        QTest::addColumn<bool>("stateFirst");
        QTest::newRow("bridge/state before the device list") << true;
        QTest::newRow("bridge/state after the device list") << false;
    }

    void legacyBridgeStateChangesAvailability()
    {
        QFETCH(bool, stateFirst);
        const auto recognizer = m_plugin.recognizer();
        const QByteArray list = fixture("demo_bridge_devices.json");
        if (stateFirst)
            QVERIFY(feed(*recognizer, StateTopic, "online").devices.isEmpty());
        Recognition result = feed(*recognizer, DevicesTopic, list);
        if (!stateFirst) {
            QCOMPARE(result.devices.constFirst().entities.constFirst().availability.field,
                     QStringLiteral("state"));
            result = feed(*recognizer, StateTopic, fixture("bridge_state_legacy.txt"));
        }
        QCOMPARE(result.devices.size(), 2);
        for (const Device &device : std::as_const(result.devices)) {
            for (const Entity &e : device.entities)
                QCOMPARE(e.availability.field, QString());
        }
        // The same form again changes nothing; the JSON form switches back.
        QVERIFY(feed(*recognizer, StateTopic, "offline").devices.isEmpty());
        result = feed(*recognizer, StateTopic, R"({"state":"offline"})");
        QCOMPARE(result.devices.size(), 2);
        QCOMPARE(result.devices.constFirst().entities.constFirst().availability.field,
                 QStringLiteral("state"));
    }

    void anyBaseTopic()
    {
        const auto recognizer = m_plugin.recognizer();
        const Recognition result =
            feed(*recognizer, "z2m_garage/bridge/devices", fixture("demo_bridge_devices.json"));
        QCOMPARE(result.devices.size(), 2);
        const Entity &bulb = result.devices.constLast().entities.constFirst();
        QCOMPARE(bulb.commandTopic, QByteArray("z2m_garage/kitchen_bulb/set"));
        QCOMPARE(bulb.stateTopic, QByteArray("z2m_garage/kitchen_bulb"));
        QCOMPARE(bulb.availabilityTopic, QByteArray("z2m_garage/bridge/state"));
    }

    void oneBadEntryDoesNotHideTheOthers()
    {
        const auto recognizer = m_plugin.recognizer();
        const Recognition result = feed(*recognizer, DevicesTopic, fixture("one_entry_not_an_object.json"));
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.devices.size(), 1);
        QCOMPARE(result.devices.constFirst().name, QStringLiteral("porch_motion"));
    }

    void ignoresOtherMessages_data()
    {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("a cleared retained device list") << DevicesTopic << QByteArray();
        QTest::newRow("a device's state")
            << QByteArray("zigbee2mqtt/hall_motion") << QByteArray(R"({"occupancy":true})");
        QTest::newRow("bridge/state in the default JSON form")
            << StateTopic << QByteArray(R"({"state":"online"})");
        QTest::newRow("deeper topic") << QByteArray("zigbee2mqtt/bridge/devices/extra") << QByteArray("[]");
        QTest::newRow("empty base topic") << QByteArray("/bridge/devices") << QByteArray("[]");
    }

    void ignoresOtherMessages()
    {
        QFETCH(QByteArray, topic);
        QFETCH(QByteArray, payload);
        verifyIgnored(*m_plugin.recognizer(), topic, payload);
    }

    void rejectsMalformedLists_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("truncated list") << fixture("truncated_list.json");
        QTest::newRow("an object (bridge/info), not a list") << fixture("bridge_info_object.json");
        QTest::newRow("a list of numbers") << fixture("list_of_numbers.json");
        QTest::newRow("a list of something else's devices") << fixture("not_zigbee2mqtt_devices.json");
        QTest::newRow("a friendly name with a wildcard") << fixture("wildcard_friendly_name.json");
        QTest::newRow("plain text") << QByteArray("online");
        QTest::newRow("binary garbage") << QByteArray("\x00\xff[\x01\"", 5);
        QTest::newRow("deeply nested JSON") << QByteArray(10000, '[') + QByteArray(10000, ']');
    }

    void rejectsMalformedLists()
    {
        QFETCH(QByteArray, payload);
        verifyRejected(*m_plugin.recognizer(), DevicesTopic, payload);
    }

    void malformedListKeepsTheKnownDevices()
    {
        const auto recognizer = m_plugin.recognizer();
        feed(*recognizer, DevicesTopic, fixture("demo_bridge_devices.json"));
        const Recognition broken = feed(*recognizer, DevicesTopic, fixture("truncated_list.json"));
        QVERIFY(!broken.error.isEmpty());
        QVERIFY(broken.removedIds.isEmpty());
    }

    // Limits: MaxDevicesPerBridge 1000, MaxBridges 16, MaxListSize 4 MiB
    // (zigbee2mqttrecognizer.h).
    void hugeListIsCappedWithAnErrorNamingTheCap()
    {
        const auto recognizer = m_plugin.recognizer();
        const QByteArray list = routerList(20000);
        QVERIFY(list.size() < 4 * 1024 * 1024);
        const Recognition result = feed(*recognizer, DevicesTopic, list);
        QCOMPARE(result.devices.size(), 1000);
        QCOMPARE(result.devices.constFirst().id, routerId(0));
        QCOMPARE(result.devices.constLast().id, routerId(999));
        QVERIFY2(result.error.contains(QLatin1String("1000")), qPrintable(result.error));

        // The same list again: the same thousand, nothing new, nothing gone.
        const Recognition again = feed(*recognizer, DevicesTopic, list);
        QVERIFY(again.devices.isEmpty());
        QVERIFY(again.removedIds.isEmpty());
        QVERIFY(!again.error.isEmpty());
    }

    void listOverTheSizeLimitIsRefused()
    {
        // A well-formed list, one device with a 4 MiB model name.
        QByteArray list = fixture("demo_bridge_devices.json");
        QVERIFY(list.contains(R"("RTCGQ11LM")"));
        list.replace(R"("RTCGQ11LM")", '"' + QByteArray(4 * 1024 * 1024, 'x') + '"');
        const auto recognizer = m_plugin.recognizer();
        verifyRejected(*recognizer, DevicesTopic, list);
        if (QTest::currentTestFailed())
            return;
        const QString error = feed(*recognizer, DevicesTopic, list).error;
        QVERIFY2(error.contains(QLatin1String("4 MiB")), qPrintable(error));
    }

    void bridgesAreBounded()
    {
        const auto recognizer = m_plugin.recognizer();
        for (int bridge = 0; bridge < 16; ++bridge) {
            const Recognition result =
                feed(*recognizer, "z2m_" + QByteArray::number(bridge) + "/bridge/devices",
                     routerList(2, bridge * 2));
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.devices.size(), 2);
        }
        Recognition extra = feed(*recognizer, "z2m_extra/bridge/devices", routerList(2, 100));
        QVERIFY(extra.devices.isEmpty());
        QVERIFY2(extra.error.contains(QLatin1String("16")), qPrintable(extra.error));

        // A bridge whose list empties gives its place up.
        const Recognition emptied = feed(*recognizer, "z2m_0/bridge/devices", "[]");
        QCOMPARE(emptied.removedIds, (QStringList{routerId(0), routerId(1)}));
        extra = feed(*recognizer, "z2m_extra/bridge/devices", routerList(2, 100));
        QVERIFY2(extra.error.isEmpty(), qPrintable(extra.error));
        QCOMPARE(extra.devices.size(), 2);
    }

    void bridgeStatesAloneTakeNoBridgePlace()
    {
        const auto recognizer = m_plugin.recognizer();
        for (int i = 0; i < 1000; ++i)
            feed(*recognizer, "junk_" + QByteArray::number(i) + "/bridge/state", "online");
        for (int bridge = 0; bridge < 16; ++bridge) {
            const Recognition result = feed(
                *recognizer, "z2m_" + QByteArray::number(bridge) + "/bridge/devices", routerList(1, bridge));
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.devices.size(), 1);
        }
    }

    void survivesRandomBytes()
    {
        verifyCorruptionSurvived(
            *m_plugin.recognizer(), {DevicesTopic}, fixture("demo_bridge_devices.json"), 20240602, 1000,
            [](const QString &id) { return id.startsWith(QLatin1String("zigbee2mqtt/")); });
    }
};

QTEST_GUILESS_MAIN(tst_Zigbee2MqttPlugin)
#include "tst_zigbee2mqttplugin.moc"
