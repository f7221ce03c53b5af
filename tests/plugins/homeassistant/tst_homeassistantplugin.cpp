// The Home Assistant discovery plugin, loaded as the application loads it,
// fed the discovery configs of Home Assistant's documentation (fixtures/)
// and malformed ones.
#include "plugintest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace homewire;
using namespace homewire::tests;
using devices::Entity;
using devices::EntityKind;
using devices::Recognition;

namespace {

// Home Assistant's defaults: ON/OFF.
Entity entity(const QString &key, const QString &name, EntityKind kind)
{
    Entity e;
    e.key = key;
    e.name = name;
    e.kind = kind;
    e.payloadOn = "ON";
    e.payloadOff = "OFF";
    e.stateOn = "ON";
    e.stateOff = "OFF";
    return e;
}

// Sensors have no on/off: Entity's own defaults stay.
Entity plainEntity(const QString &key, const QString &name, EntityKind kind)
{
    Entity e;
    e.key = key;
    e.name = name;
    e.kind = kind;
    return e;
}

Entity sensor(const QString &key, const QString &name, const QByteArray &topic, const QString &field,
              const QString &unit, const QString &deviceClass)
{
    Entity e = plainEntity(key, name, EntityKind::Sensor);
    e.stateTopic = topic;
    e.state.field = field;
    e.unit = unit;
    e.deviceClass = deviceClass;
    return e;
}

const QByteArray IrrigationTopic = "homeassistant/switch/irrigation/config";

// Rows of recognizesDocumentedEntities(), by component.
void addSensorRows()
{
    Entity temperature = sensor(QStringLiteral("sensor.sensorBedroomT"), QStringLiteral("Temperature"),
                                "homeassistant/sensor/sensorBedroom/state", QStringLiteral("temperature"),
                                QStringLiteral("°C"), QStringLiteral("temperature"));
    QTest::newRow("sensor: bedroom temperature through value_json (discovery docs)")
        << QByteArray("homeassistant/sensor/sensorBedroomT/config") << "sensor_bedroom_temperature.json"
        << "homeassistant/sensor/sensorBedroomT"
        << "Temperature" << QString() << temperature << false;

    Entity power =
        sensor(QStringLiteral("plug01_power"), QStringLiteral("Power"), "esp/livingroom/tele/SENSOR",
               QStringLiteral("ENERGY.Power"), QStringLiteral("W"), QStringLiteral("power"));
    power.availabilityTopic = "esp/livingroom/tele/LWT";
    power.payloadAvailable = "Online";
    power.payloadNotAvailable = "Offline";
    QTest::newRow("sensor: abbreviated device block and availability list")
        << QByteArray("homeassistant/sensor/plug01/power/config") << "sensor_abbreviated_device.json"
        << "homeassistant/plug01"
        << "Living room plug"
        << "Living room" << power << false;

    Entity outside = sensor(QStringLiteral("outside_f"), QStringLiteral("Outside"), "weather/outside",
                            QString(), QStringLiteral("°F"), QString());
    QTest::newRow("sensor: a computed template reads the whole payload, with a note")
        << QByteArray("homeassistant/sensor/outside_f/config") << "sensor_computed_template.json"
        << "homeassistant/outside_f"
        << "Outside" << QString() << outside << true;
}

void addBinarySensorRows()
{
    Entity garden = plainEntity(QStringLiteral("binary_sensor.garden"), QStringLiteral("garden"),
                                EntityKind::BinarySensor);
    garden.stateOn = "ON";
    garden.stateOff = "OFF";
    garden.stateTopic = "homeassistant/binary_sensor/garden/state";
    garden.deviceClass = QStringLiteral("motion");
    QTest::newRow("binary sensor: motion in the garden (discovery docs)")
        << QByteArray("homeassistant/binary_sensor/garden/config") << "binary_sensor_garden.json"
        << "homeassistant/binary_sensor/garden"
        << "garden" << QString() << garden << false;

    Entity occupancy = plainEntity(QStringLiteral("0x00158d0001a2b3c4_occupancy"),
                                   QStringLiteral("Occupancy"), EntityKind::BinarySensor);
    occupancy.stateOn = "true";
    occupancy.stateOff = "false";
    occupancy.stateTopic = "zigbee2mqtt/hall_motion";
    occupancy.state.field = QStringLiteral("occupancy");
    occupancy.deviceClass = QStringLiteral("motion");
    occupancy.availabilityTopic = "zigbee2mqtt/bridge/state";
    occupancy.availability.field = QStringLiteral("state");
    QTest::newRow("binary sensor: JSON true/false payloads, templated availability")
        << QByteArray("homeassistant/binary_sensor/0x00158d0001a2b3c4/occupancy/config")
        << "binary_sensor_boolean_payloads.json"
        << "homeassistant/zigbee2mqtt_0x00158d0001a2b3c4"
        << "hall_motion" << QString() << occupancy << false;
}

void addSwitchRows()
{
    Entity irrigation =
        entity(QStringLiteral("switch.irrigation"), QStringLiteral("garden"), EntityKind::Switch);
    irrigation.commandTopic = "homeassistant/switch/irrigation/set";
    irrigation.stateTopic = "homeassistant/switch/irrigation/state";
    QTest::newRow("switch: irrigation with the default ON/OFF (discovery docs)")
        << IrrigationTopic << "switch_irrigation.json"
        << "homeassistant/switch/irrigation"
        << "garden" << QString() << irrigation << false;
    QTest::newRow("switch: the same with abbreviations and ~ (discovery docs)")
        << IrrigationTopic << "switch_irrigation_abbreviated.json"
        << "homeassistant/switch/irrigation"
        << "garden" << QString() << irrigation << false;

    Entity bedroom =
        entity(QStringLiteral("bedroom_switch"), QStringLiteral("Bedroom Switch"), EntityKind::Switch);
    bedroom.commandTopic = "home/bedroom/switch1/set";
    bedroom.stateTopic = "home/bedroom/switch1";
    bedroom.availabilityTopic = "home/bedroom/switch1/available";
    QTest::newRow("switch: availability list and state_on/state_off (MQTT switch docs)")
        << QByteArray("homeassistant/switch/bedroom/switch1/config") << "switch_bedroom_full.json"
        << "homeassistant/bedroom_switch"
        << "Bedroom Switch" << QString() << bedroom << false;

    Entity fan = entity(QStringLiteral("fan.bedroom_fan"), QStringLiteral("Bedroom Fan"), EntityKind::Switch);
    fan.deviceClass = QStringLiteral("fan");
    fan.commandTopic = "bedroom_fan/on/set";
    fan.stateTopic = "bedroom_fan/on/state";
    fan.payloadOn = fan.stateOn = "true";
    fan.payloadOff = fan.stateOff = "false";
    QTest::newRow("fan: an on/off switch with the fan class (MQTT fan docs)")
        << QByteArray("homeassistant/fan/bedroom_fan/config") << "fan_bedroom.json"
        << "homeassistant/fan/bedroom_fan"
        << "Bedroom Fan" << QString() << fan << false;

    Entity demoFan =
        entity(QStringLiteral("demo_bedroom_fan"), QStringLiteral("Bedroom fan"), EntityKind::Switch);
    demoFan.commandTopic = "demo/bedroom-fan/set";
    demoFan.stateTopic = "demo/bedroom-fan/state";
    demoFan.availabilityTopic = "demo/bedroom-fan/availability";
    QTest::newRow("switch: the demo home's bedroom fan, in the Bedroom")
        << QByteArray("homeassistant/switch/demo_bedroom_fan/config") << "demo_bedroom_fan.json"
        << "homeassistant/demo_bedroom_fan"
        << "Bedroom fan"
        << "Bedroom" << demoFan << false;
}

void addLightRows()
{
    Entity kitchen = entity(QStringLiteral("kitchen_light"), QStringLiteral("Kitchen"), EntityKind::Light);
    kitchen.deviceClass = QStringLiteral("lamp");
    kitchen.commandTopic = "homeassistant/light/kitchen/set";
    kitchen.stateTopic = "homeassistant/light/kitchen/state";
    kitchen.payloadOn = R"({"state":"ON"})";
    kitchen.payloadOff = R"({"state":"OFF"})";
    kitchen.state.field = QStringLiteral("state");
    kitchen.brightnessTemplate = R"({"state":"ON","brightness":{value}})";
    kitchen.brightnessMax = 255;
    kitchen.brightness.field = QStringLiteral("brightness");
    QTest::newRow("light: JSON schema with brightness (discovery docs)")
        << QByteArray("homeassistant/light/kitchen/config") << "light_kitchen_json.json"
        << "homeassistant/kitchen_light"
        << "Kitchen" << QString() << kitchen << false;

    Entity office =
        entity(QStringLiteral("light.office_rgb"), QStringLiteral("Office Light RGB"), EntityKind::Light);
    office.deviceClass = QStringLiteral("lamp");
    office.commandTopic = "office/rgb1/light/switch";
    office.stateTopic = "office/rgb1/light/status";
    office.state.field = QStringLiteral("state");
    office.brightnessCommandTopic = "office/rgb1/brightness/set";
    office.brightnessStateTopic = "office/rgb1/brightness/status";
    office.brightness.field = QStringLiteral("brightness");
    office.brightnessMax = 255;
    QTest::newRow("light: default schema with brightness topics (MQTT light docs)")
        << QByteArray("homeassistant/light/office_rgb/config") << "light_office_rgb.json"
        << "homeassistant/light/office_rgb"
        << "Office Light RGB" << QString() << office << false;
}

} // namespace

class tst_HomeAssistantPlugin : public QObject
{
    Q_OBJECT

private:
    PluginUnderTest m_plugin;

private slots:
    void initTestCase() { QVERIFY(m_plugin.load()); }

    void metadata()
    {
        verifyMetadata(m_plugin, {QStringLiteral("homeassistant"),
                                  QStringLiteral("Home Assistant discovery"),
                                  {QStringLiteral("homeassistant/#")}});
    }

    void recognizesDocumentedEntities_data()
    {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("deviceId");
        QTest::addColumn<QString>("deviceName");
        QTest::addColumn<QString>("room");
        QTest::addColumn<Entity>("expected");
        QTest::addColumn<bool>("note");

        addSensorRows();
        addBinarySensorRows();
        addSwitchRows();
        addLightRows();
    }

    void recognizesDocumentedEntities()
    {
        QFETCH(QByteArray, topic);
        QFETCH(QString, fixture);
        QFETCH(QString, deviceId);
        QFETCH(QString, deviceName);
        QFETCH(QString, room);
        QFETCH(Entity, expected);
        QFETCH(bool, note);

        const auto recognizer = m_plugin.recognizer();
        const Recognition result = feed(*recognizer, topic, tests::fixture(fixture));
        QCOMPARE(!result.error.isEmpty(), note);
        QCOMPARE(result.devices.size(), 1);
        const devices::Device &device = result.devices.constFirst();
        QCOMPARE(device.id, deviceId);
        QCOMPARE(device.name, deviceName);
        QCOMPARE(device.suggestedRoom, room);
        QCOMPARE(device.convention, QStringLiteral("homeassistant"));
        QCOMPARE(device.entities.size(), 1);
        QCOMPARE(device.entities.constFirst(), expected);
    }

    void demoFanCarriesItsDeviceBlock()
    {
        const auto recognizer = m_plugin.recognizer();
        const Recognition result = feed(*recognizer, "homeassistant/switch/demo_bedroom_fan/config",
                                        fixture("demo_bedroom_fan.json"));
        QCOMPARE(result.devices.size(), 1);
        QCOMPARE(result.devices.constFirst().manufacturer, QStringLiteral("Homewire demo"));
        QCOMPARE(result.devices.constFirst().model, QStringLiteral("Fan 1"));
    }

    void entitiesOfOneDeviceBecomeOneDevice()
    {
        const auto recognizer = m_plugin.recognizer();
        QCOMPARE(feed(*recognizer, "homeassistant/sensor/plug01/power/config",
                      fixture("sensor_abbreviated_device.json"))
                     .devices.size(),
                 1);
        const Recognition result = feed(*recognizer, "homeassistant/switch/plug01/relay/config",
                                        fixture("switch_abbreviated_same_device.json"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.devices.size(), 1);
        const devices::Device &plug = result.devices.constFirst();
        QCOMPARE(plug.id, QStringLiteral("homeassistant/plug01"));
        QCOMPARE(plug.name, QStringLiteral("Living room plug"));
        QCOMPARE(plug.manufacturer, QStringLiteral("Acme"));
        QCOMPARE(plug.suggestedRoom, QStringLiteral("Living room"));
        QCOMPARE(plug.entities.size(), 2);
        const Entity *relay = plug.entity(QStringLiteral("plug01_relay"));
        QVERIFY(relay);
        QCOMPARE(relay->deviceClass, QStringLiteral("plug"));
        QCOMPARE(relay->commandTopic, QByteArray("esp/livingroom/cmnd/POWER"));
        QCOMPARE(relay->availabilityTopic, QByteArray("esp/livingroom/tele/LWT"));
        QCOMPARE(relay->payloadAvailable, QByteArray("Online"));
    }

    void emptyConfigRemovesEntityThenDevice()
    {
        const auto recognizer = m_plugin.recognizer();
        feed(*recognizer, "homeassistant/sensor/plug01/power/config",
             fixture("sensor_abbreviated_device.json"));
        feed(*recognizer, "homeassistant/switch/plug01/relay/config",
             fixture("switch_abbreviated_same_device.json"));

        Recognition result = feed(*recognizer, "homeassistant/sensor/plug01/power/config", QByteArray());
        QCOMPARE(result.devices.size(), 1);
        QCOMPARE(result.devices.constFirst().entities.size(), 1);
        QVERIFY(result.removedIds.isEmpty());

        result = feed(*recognizer, "homeassistant/switch/plug01/relay/config", QByteArray());
        QVERIFY(result.devices.isEmpty());
        QCOMPARE(result.removedIds, QStringList{QStringLiteral("homeassistant/plug01")});

        result = feed(*recognizer, "homeassistant/switch/never_seen/config", QByteArray());
        QVERIFY(result.devices.isEmpty());
        QVERIFY(result.removedIds.isEmpty());
        QVERIFY(result.error.isEmpty());
    }

    void deviceBasedDiscovery()
    {
        const QByteArray topic = "homeassistant/device/0AFFD2/config";
        const auto recognizer = m_plugin.recognizer();
        Recognition result = feed(*recognizer, topic, fixture("device_kitchen.json"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.devices.size(), 1);
        const devices::Device kitchen = result.devices.constFirst();
        QCOMPARE(kitchen.id, QStringLiteral("homeassistant/ea334450945afc"));
        QCOMPARE(kitchen.name, QStringLiteral("Kitchen"));
        QCOMPARE(kitchen.manufacturer, QStringLiteral("Bla electronics"));
        QCOMPARE(kitchen.entities.size(), 2);
        const Entity *humidity = kitchen.entity(QStringLiteral("temp01ae_h"));
        QVERIFY(humidity);
        QCOMPARE(humidity->name, QStringLiteral("Humidity"));
        QCOMPARE(humidity->stateTopic, QByteArray("sensorBedroom/state"));
        QCOMPARE(humidity->state.field, QStringLiteral("humidity"));
        QCOMPARE(humidity->unit, QStringLiteral("%"));

        // A component reduced to its platform is withdrawn.
        result = feed(*recognizer, topic, fixture("device_kitchen_humidity_removed.json"));
        QCOMPARE(result.devices.size(), 1);
        QCOMPARE(result.devices.constFirst().entities.size(), 1);
        QVERIFY(result.devices.constFirst().entity(QStringLiteral("temp01ae_t")));

        result = feed(*recognizer, topic, QByteArray());
        QCOMPARE(result.removedIds, QStringList{kitchen.id});
    }

    void unchangedConfigIsNotReportedAgain()
    {
        const auto recognizer = m_plugin.recognizer();
        QCOMPARE(feed(*recognizer, IrrigationTopic, fixture("switch_irrigation.json")).devices.size(), 1);
        // Same description in abbreviated form: nothing new to report.
        const Recognition again =
            feed(*recognizer, IrrigationTopic, fixture("switch_irrigation_abbreviated.json"));
        QVERIFY(again.devices.isEmpty());
        QVERIFY(again.error.isEmpty());

        const Recognition renamed = feed(*recognizer, IrrigationTopic,
                                         R"({"name":"lawn","cmd_t":"homeassistant/switch/irrigation/set"})");
        QCOMPARE(renamed.devices.size(), 1);
        QCOMPARE(renamed.devices.constFirst().entities.constFirst().name, QStringLiteral("lawn"));
    }

    void entityMovingToAnotherDeviceLeavesTheFirst()
    {
        const QByteArray topic = "homeassistant/switch/relay/config";
        const auto recognizer = m_plugin.recognizer();
        feed(*recognizer, topic, R"({"uniq_id":"r1","cmd_t":"a/set","dev":{"ids":"box-a","name":"Box A"}})");
        const Recognition moved = feed(
            *recognizer, topic, R"({"uniq_id":"r1","cmd_t":"a/set","dev":{"ids":"box-b","name":"Box B"}})");
        QCOMPARE(moved.removedIds, QStringList{QStringLiteral("homeassistant/box-a")});
        QCOMPARE(moved.devices.size(), 1);
        QCOMPARE(moved.devices.constFirst().id, QStringLiteral("homeassistant/box-b"));
    }

    void secondConfigForTheSameEntityIsRejected()
    {
        const auto recognizer = m_plugin.recognizer();
        feed(*recognizer, "homeassistant/switch/one/config",
             R"({"uniq_id":"r1","cmd_t":"a/set","dev":{"ids":"box"}})");
        const Recognition second = feed(*recognizer, "homeassistant/switch/two/config",
                                        R"({"uniq_id":"r1","cmd_t":"b/set","dev":{"ids":"box"}})");
        QVERIFY(!second.error.isEmpty());
        QVERIFY(second.devices.isEmpty());
    }

    void keyFreedByARenameOrRemovalCanBeTakenAgain_data()
    {
        QTest::addColumn<QByteArray>("freeing");
        QTest::newRow("renamed") << QByteArray(R"({"uniq_id":"r2","cmd_t":"a/set","dev":{"ids":"box"}})");
        QTest::newRow("removed") << QByteArray();
    }

    void keyFreedByARenameOrRemovalCanBeTakenAgain()
    {
        QFETCH(QByteArray, freeing);
        const auto recognizer = m_plugin.recognizer();
        feed(*recognizer, "homeassistant/switch/one/config",
             R"({"uniq_id":"r1","cmd_t":"a/set","dev":{"ids":"box"}})");
        feed(*recognizer, "homeassistant/switch/one/config", freeing);
        const Recognition second = feed(*recognizer, "homeassistant/switch/two/config",
                                        R"({"uniq_id":"r1","cmd_t":"b/set","dev":{"ids":"box"}})");
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QCOMPARE(second.devices.size(), 1);
        QCOMPARE(entityOf(second.devices.constFirst(), QStringLiteral("r1")).commandTopic,
                 QByteArray("b/set"));
    }

    // MaxDevices and MaxEntitiesPerDevice of homeassistantrecognizer.h.
    void boundsTheNumberOfDevices()
    {
        verifyDeviceLimit(
            *m_plugin.recognizer(), 1000,
            [](int i) {
                const QByteArray id = "flood_" + QByteArray::number(i);
                return Message{"homeassistant/sensor/" + id + "/config",
                               R"({"stat_t":"flood/state","uniq_id":")" + id + R"("})"};
            },
            4000);
    }

    void boundsTheEntitiesOfOneDevice_data()
    {
        QTest::addColumn<Messages>("messages");
        Messages configs;
        QJsonObject components;
        for (int i = 0; i < 1000; ++i) {
            const QString id = QStringLiteral("s%1").arg(i, 4, 10, QLatin1Char('0'));
            configs.append(
                {"homeassistant/sensor/box/" + id.toUtf8() + "/config",
                 R"({"stat_t":"box/state","uniq_id":")" + id.toUtf8() + R"(","dev":{"ids":"box"}})"});
            components.insert(QStringLiteral("c") + id,
                              QJsonObject{{QStringLiteral("p"), QStringLiteral("sensor")},
                                          {QStringLiteral("uniq_id"), id}});
        }
        const QJsonObject deviceConfig{
            {QStringLiteral("dev"), QJsonObject{{QStringLiteral("ids"), QStringLiteral("box")}}},
            {QStringLiteral("stat_t"), QStringLiteral("box/state")},
            {QStringLiteral("cmps"), components}};
        QTest::newRow("1000 entity configs naming one device") << configs;
        QTest::newRow("a device config with 1000 components") << Messages{
            {"homeassistant/device/box/config", QJsonDocument(deviceConfig).toJson(QJsonDocument::Compact)}};
    }

    void boundsTheEntitiesOfOneDevice()
    {
        QFETCH(Messages, messages);
        const Outcome outcome = feedAll(*m_plugin.recognizer(), messages);
        const devices::Device box = outcome.devices.value(QStringLiteral("homeassistant/box"));
        QCOMPARE(box.entities.size(), 128);
        QCOMPARE(box.entities.constFirst().key, QStringLiteral("s0000"));
        QCOMPARE(box.entities.constLast().key, QStringLiteral("s0127"));
        QVERIFY(!outcome.errors.isEmpty());
        QVERIFY2(outcome.errors.constLast().contains(QLatin1String("128")),
                 qPrintable(outcome.errors.constLast()));
    }

    void valueTemplates_data()
    {
        QTest::addColumn<QString>("valueTemplate");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("note");
        QTest::newRow("{{ value }}: the whole payload") << "{{ value }}"
                                                        << "" << false;
        QTest::newRow("value_json member, no spaces") << "{{value_json.temperature}}"
                                                      << "temperature" << false;
        QTest::newRow("value_json nested members") << "{{ value_json.ENERGY.Power }}"
                                                   << "ENERGY.Power" << false;
        QTest::newRow("value_json subscript, single quotes") << "{{ value_json['temp'] }}"
                                                             << "temp" << false;
        QTest::newRow("value_json subscripts, double quotes") << R"({{ value_json["a"]["b"] }})"
                                                              << "a.b" << false;
        QTest::newRow("harmless filter | float") << "{{ value_json.t | float }}"
                                                 << "t" << false;
        QTest::newRow("harmless filter | round(1)") << "{{ value_json.t | round(1) }}"
                                                    << "t" << false;
        QTest::newRow("arithmetic: noted") << "{{ value_json.t * 10 }}"
                                           << "" << true;
        QTest::newRow("member with a dot: noted") << "{{ value_json['a.b'] }}"
                                                  << "" << true;
        QTest::newRow("statement: noted") << "{% if value %}on{% endif %}"
                                          << "" << true;
        QTest::newRow("list index: noted") << "{{ value_json.a[0] }}"
                                           << "" << true;
        QTest::newRow("unknown filter: noted") << "{{ value_json.a | join(',') }}"
                                               << "" << true;
        QTest::newRow("unclosed: noted") << "{{ value_json.a"
                                         << "" << true;
    }

    void valueTemplates()
    {
        QFETCH(QString, valueTemplate);
        QFETCH(QString, field);
        QFETCH(bool, note);
        QJsonObject config{{QStringLiteral("stat_t"), QStringLiteral("x/state")},
                           {QStringLiteral("val_tpl"), valueTemplate}};
        const auto recognizer = m_plugin.recognizer();
        const Recognition result = feed(*recognizer, "homeassistant/sensor/x/config",
                                        QJsonDocument(config).toJson(QJsonDocument::Compact));
        QCOMPARE(result.devices.size(), 1);
        QCOMPARE(result.devices.constFirst().entities.constFirst().state.field, field);
        QCOMPARE(!result.error.isEmpty(), note);
    }

    void ignoresWhatIsNotAConfig_data()
    {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("Home Assistant's birth message")
            << QByteArray("homeassistant/status") << QByteArray("online");
        QTest::newRow("a state topic under the prefix")
            << QByteArray("homeassistant/binary_sensor/garden/state") << QByteArray("ON");
        QTest::newRow("an unsupported component (cover)")
            << QByteArray("homeassistant/cover/garage/config") << QByteArray(R"({"cmd_t":"garage/set"})");
        QTest::newRow("too few levels") << QByteArray("homeassistant/switch/config") << QByteArray("{}");
        QTest::newRow("too many levels")
            << QByteArray("homeassistant/switch/a/b/c/config") << QByteArray("{}");
    }

    void ignoresWhatIsNotAConfig()
    {
        QFETCH(QByteArray, topic);
        QFETCH(QByteArray, payload);
        verifyIgnored(*m_plugin.recognizer(), topic, payload);
    }

    void rejectsMalformedConfigs_data()
    {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<QByteArray>("payload");
        const QByteArray sw = "homeassistant/switch/garden/config";
        QTest::newRow("truncated JSON") << sw << fixture("truncated.json");
        QTest::newRow("a JSON array, not an object") << sw << fixture("not_an_object.json");
        QTest::newRow("topics of the wrong type") << sw << fixture("wrong_types.json");
        QTest::newRow("switch without command_topic") << sw << fixture("switch_without_command_topic.json");
        QTest::newRow("light with the template schema")
            << QByteArray("homeassistant/light/bulb/config") << fixture("light_template_schema.json");
        QTest::newRow("availability that is not a list") << sw << fixture("availability_not_a_list.json");
        QTest::newRow("device that is not an object") << sw << fixture("device_not_an_object.json");
        QTest::newRow("wildcard in command_topic") << sw << fixture("wildcard_command_topic.json");
        QTest::newRow("device config without components")
            << QByteArray("homeassistant/device/0AFFD2/config") << fixture("device_without_components.json");
        QTest::newRow("object id with a space")
            << QByteArray("homeassistant/switch/bad id/config") << fixture("switch_irrigation.json");
        QTest::newRow("binary garbage") << sw << QByteArray("\x00\xff\xfe{\x01\"", 6);
        QTest::newRow("brightness_scale of zero")
            << QByteArray("homeassistant/light/l/config")
            << QByteArray(R"({"cmd_t":"l/set","bri_cmd_t":"l/bri","bri_scl":0})");
        QTest::newRow("deeply nested JSON") << sw << QByteArray(10000, '[') + QByteArray(10000, ']');
        QTest::newRow("two megabytes of config")
            << sw << QByteArray(R"({"name":")") + QByteArray(2 * 1024 * 1024, 'x') + QByteArray(R"("})");
    }

    void rejectsMalformedConfigs()
    {
        QFETCH(QByteArray, topic);
        QFETCH(QByteArray, payload);
        verifyRejected(*m_plugin.recognizer(), topic, payload);
    }

    void malformedUpdateKeepsTheLastGoodConfig()
    {
        const auto recognizer = m_plugin.recognizer();
        feed(*recognizer, IrrigationTopic, fixture("switch_irrigation.json"));
        const Recognition broken = feed(*recognizer, IrrigationTopic, fixture("truncated.json"));
        QVERIFY(!broken.error.isEmpty());
        QVERIFY(broken.removedIds.isEmpty());
        QVERIFY(feed(*recognizer, IrrigationTopic, fixture("switch_irrigation.json")).devices.isEmpty());
    }

    void survivesRandomBytes()
    {
        verifyCorruptionSurvived(*m_plugin.recognizer(), {"homeassistant/sensor/fuzz/config"},
                                 fixture("sensor_abbreviated_device.json"), 20240601, 2000,
                                 [](const QString &id) { return !id.isEmpty(); });
    }
};

QTEST_GUILESS_MAIN(tst_HomeAssistantPlugin)
#include "tst_homeassistantplugin.moc"
