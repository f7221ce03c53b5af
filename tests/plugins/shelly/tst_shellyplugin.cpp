// Tests of the Shelly plugin, loaded the way the application loads it and
// fed the payloads of Shelly's API documentation (fixtures/README.md cites
// each one), the traffic of the demo home's Shelly devices, broken payloads,
// and look-alike topics that must stay unclaimed.
#include "devices/payloadreader.h"
#include "plugintest.h"

#include <QtTest>

using namespace homewire::devices;
using namespace homewire::tests;

namespace {

// What the demo home's ShellyGen1Relay and ShellyGen2Switch publish
// (core/devices/demo/demodevices.cpp).
Messages demoGen1()
{
    return {{"shellies/shelly1-8CAAB5/online", "true"}, {"shellies/shelly1-8CAAB5/relay/0", "on"}};
}

Messages demoGen2()
{
    return {
        {"shellyplus1pm-441793/online", "true"},
        {"shellyplus1pm-441793/status/switch:0",
         R"({"id":0,"source":"MQTT","output":true,"apower":8.5,"voltage":231.2,"temperature":{"tC":41.3}})"}};
}

const QStringList meterReadings{QStringLiteral("apower"), QStringLiteral("voltage"),
                                QStringLiteral("current"), QStringLiteral("aenergy.total"),
                                QStringLiteral("temperature.tC")};

QStringList withReadings(const QString &component, const QStringList &readings)
{
    QStringList list{component};
    for (const QString &reading : readings)
        list += component + QLatin1Char('.') + reading;
    return list;
}

} // namespace

class TestShellyPlugin : public QObject
{
    Q_OBJECT

private:
    PluginUnderTest m_plugin;

private slots:
    void initTestCase() { QVERIFY(m_plugin.load()); }

    void metadata() { verifyMetadata(m_plugin, {QStringLiteral("shelly"), QStringLiteral("Shelly"), {}}); }

    void topicFilters()
    {
        const QStringList filters = m_plugin.recognizer()->topicFilters();
        for (const char *filter : {"shellies/announce", "shellies/+/relay/+", "shellies/+/relay/+/power",
                                   "shellies/+/temperature", "+/status/+", "+/events/rpc"})
            QVERIFY2(filters.contains(QLatin1String(filter)), filter);
    }

    void recognizes_data()
    {
        QTest::addColumn<Messages>("messages");
        QTest::addColumn<QString>("deviceId");
        QTest::addColumn<QStringList>("expectedKeys");

        QTest::newRow("demo Gen1 relay") << demoGen1() << "shelly/shelly1-8CAAB5" << strings({"relay0"});
        QTest::newRow("demo Gen2 Plus 1PM")
            << demoGen2() << "shelly/shellyplus1pm-441793"
            << strings({"switch:0", "switch:0.apower", "switch:0.voltage", "switch:0.temperature.tC"});
        QTest::newRow("Gen1 1PM: relay, power, device temperature")
            << Messages{{"shellies/shelly1pm-A4CF12F45B1C/relay/0", "off"},
                        {"shellies/shelly1pm-A4CF12F45B1C/relay/0/power", "0.00"},
                        {"shellies/shelly1pm-A4CF12F45B1C/temperature", "41.2"}}
            << "shelly/shelly1pm-A4CF12F45B1C" << strings({"relay0", "relay0.power", "temperature"});
        QTest::newRow("Gen1 2.5: two relays, one metered")
            << Messages{{"shellies/shellyswitch25-C45BBE6B0F2A/relay/0", "on"},
                        {"shellies/shellyswitch25-C45BBE6B0F2A/relay/1", "overpower"},
                        {"shellies/shellyswitch25-C45BBE6B0F2A/relay/1/power", "12.5"}}
            << "shelly/shellyswitch25-C45BBE6B0F2A" << strings({"relay0", "relay1", "relay1.power"});
        QTest::newRow("Gen1 power before the relay state")
            << Messages{{"shellies/shellyplug-s-7A1B2C/relay/0/power", "5"}} << "shelly/shellyplug-s-7A1B2C"
            << strings({"relay0", "relay0.power"});
        QTest::newRow("Gen2 Switch status of the docs")
            << Messages{{"shellyplus1pm-a8032abe54dc/status/switch:0",
                         fixture("gen2_status_switch0_plus1pm.json")}}
            << "shelly/shellyplus1pm-a8032abe54dc" << withReadings(QStringLiteral("switch:0"), meterReadings);
        QTest::newRow("Gen2 Plus 1 without a meter")
            << Messages{{"shellyplus1-a8032abe54dc/status/switch:0",
                         fixture("gen2_status_switch0_plus1.json")}}
            << "shelly/shellyplus1-a8032abe54dc" << strings({"switch:0", "switch:0.temperature.tC"});
        QTest::newRow("Gen2 temperature null is no reading")
            << Messages{{"shellyplus1-a8032abe54dc/status/switch:0",
                         fixture("gen2_status_switch0_no_temperature.json")}}
            << "shelly/shellyplus1-a8032abe54dc" << strings({"switch:0"});
        QTest::newRow("Gen2 dimmer light")
            << Messages{{"shellyprodm1pm-34987a4a1b2c/status/light:0",
                         fixture("gen2_status_light0_dimmer.json")}}
            << "shelly/shellyprodm1pm-34987a4a1b2c" << withReadings(QStringLiteral("light:0"), meterReadings);
        QTest::newRow("NotifyStatus of the docs (example 1)")
            << Messages{{"shellypro4pm-f008d1d8b8b8/events/rpc", fixture("gen2_notifystatus_switch0.json")}}
            << "shelly/shellypro4pm-f008d1d8b8b8" << strings({"switch:0"});
        QTest::newRow("NotifyFullStatus of a Pro 2PM")
            << Messages{{"shellypro2pm-ec62608a2d9c/events/rpc",
                         fixture("gen2_notifyfullstatus_pro2pm.json")}}
            << "shelly/shellypro2pm-ec62608a2d9c"
            << withReadings(QStringLiteral("switch:0"), meterReadings) +
                   withReadings(QStringLiteral("switch:1"), meterReadings);
        QTest::newRow("a custom topic prefix with a Shelly status")
            << Messages{{"kitchen/status/switch:0", fixture("gen2_status_switch0_plus1.json")}}
            << "shelly/kitchen" << strings({"switch:0", "switch:0.temperature.tC"});
    }

    void recognizes()
    {
        QFETCH(Messages, messages);
        QFETCH(QString, deviceId);
        QFETCH(QStringList, expectedKeys);

        // Gen1 devices publish under shellies/<id>, Gen2 under their own prefix.
        const QByteArray id = deviceId.section(QLatin1Char('/'), 1).toUtf8();
        const QByteArray base = messages.constFirst().topic.startsWith("shellies/") ? "shellies/" + id : id;
        const Outcome outcome = feedAll(*m_plugin.recognizer(), messages);
        verifyOnlyDevice(outcome, deviceId, QStringLiteral("shelly"), expectedKeys,
                         {base + "/online", "true", "false"});
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(outcome.devices.value(deviceId).manufacturer, QStringLiteral("Shelly"));
    }

    void gen1RelayEntity()
    {
        const auto recognizer = m_plugin.recognizer();
        const Device device =
            feedAll(*recognizer, demoGen1()).devices.value(QStringLiteral("shelly/shelly1-8CAAB5"));
        QCOMPARE(device.name, QStringLiteral("shelly1-8CAAB5"));
        const Entity *relay = device.entity(QStringLiteral("relay0"));
        QVERIFY(relay);
        QCOMPARE(relay->name, QStringLiteral("Relay"));
        QCOMPARE(relay->availabilityTopic, QByteArray("shellies/shelly1-8CAAB5/online"));
        verifySwitch(*relay, {"shellies/shelly1-8CAAB5/relay/0/command", "on", "off",
                              "shellies/shelly1-8CAAB5/relay/0", QString(), "on", "off"});
    }

    void gen1Readings()
    {
        const auto recognizer = m_plugin.recognizer();
        const Device device =
            feedAll(*recognizer, {{"shellies/shellyswitch25-C45BBE6B0F2A/relay/0", "on"},
                                  {"shellies/shellyswitch25-C45BBE6B0F2A/relay/1/power", "12.5"},
                                  {"shellies/shellyswitch25-C45BBE6B0F2A/temperature", "48.7"}})
                .devices.value(QStringLiteral("shelly/shellyswitch25-C45BBE6B0F2A"));
        QCOMPARE(entityOf(device, QStringLiteral("relay0")).name, QStringLiteral("Relay 1"));
        const Entity *power = device.entity(QStringLiteral("relay1.power"));
        QVERIFY(power);
        QCOMPARE(power->kind, EntityKind::Sensor);
        QCOMPARE(power->name, QStringLiteral("Relay 2 power"));
        QCOMPARE(power->unit, QStringLiteral("W"));
        QCOMPARE(power->deviceClass, QStringLiteral("power"));
        QCOMPARE(power->stateTopic, QByteArray("shellies/shellyswitch25-C45BBE6B0F2A/relay/1/power"));
        const Entity *temperature = device.entity(QStringLiteral("temperature"));
        QVERIFY(temperature);
        QCOMPARE(temperature->unit, QStringLiteral("°C"));
        QCOMPARE(temperature->deviceClass, QStringLiteral("temperature"));
        QCOMPARE(temperature->stateTopic, QByteArray("shellies/shellyswitch25-C45BBE6B0F2A/temperature"));
    }

    void gen2SwitchEntity()
    {
        const auto recognizer = m_plugin.recognizer();
        const Device device =
            feedAll(*recognizer, demoGen2()).devices.value(QStringLiteral("shelly/shellyplus1pm-441793"));
        const Entity *output = device.entity(QStringLiteral("switch:0"));
        QVERIFY(output);
        verifySwitch(*output,
                     {"shellyplus1pm-441793/rpc",
                      R"({"id":1,"src":"homewire","method":"Switch.Set","params":{"id":0,"on":true}})",
                      R"({"id":1,"src":"homewire","method":"Switch.Set","params":{"id":0,"on":false}})",
                      "shellyplus1pm-441793/status/switch:0", QStringLiteral("output"), "true", "false"});
        QCOMPARE(output->availabilityTopic, QByteArray("shellyplus1pm-441793/online"));

        const Entity *temperature = device.entity(QStringLiteral("switch:0.temperature.tC"));
        QVERIFY(temperature);
        QCOMPARE(temperature->kind, EntityKind::Sensor);
        QCOMPARE(temperature->stateTopic, QByteArray("shellyplus1pm-441793/status/switch:0"));
        QCOMPARE(temperature->state.field, QStringLiteral("temperature.tC"));
        QCOMPARE(temperature->unit, QStringLiteral("°C"));
        const Entity *power = device.entity(QStringLiteral("switch:0.apower"));
        QVERIFY(power);
        QCOMPARE(power->unit, QStringLiteral("W"));
        QCOMPARE(power->state.field, QStringLiteral("apower"));
    }

    void gen2LightEntity()
    {
        const auto recognizer = m_plugin.recognizer();
        const Device device = feedAll(*recognizer, {{"shellyprodm1pm-34987a4a1b2c/status/light:0",
                                                     fixture("gen2_status_light0_dimmer.json")}})
                                  .devices.value(QStringLiteral("shelly/shellyprodm1pm-34987a4a1b2c"));
        const Entity *light = device.entity(QStringLiteral("light:0"));
        QVERIFY(light);
        QCOMPARE(light->kind, EntityKind::Light);
        QCOMPARE(light->deviceClass, QStringLiteral("lamp"));
        QCOMPARE(light->payloadOn,
                 QByteArray(R"({"id":1,"src":"homewire","method":"Light.Set","params":{"id":0,"on":true}})"));
        QCOMPARE(light->brightnessCommandTopic, QByteArray("shellyprodm1pm-34987a4a1b2c/rpc"));
        QCOMPARE(
            light->brightnessTemplate,
            QByteArray(
                R"({"id":1,"src":"homewire","method":"Light.Set","params":{"id":0,"brightness":{value}}})"));
        QCOMPARE(light->brightnessMax, 100);
        QCOMPARE(light->brightnessStateTopic, QByteArray("shellyprodm1pm-34987a4a1b2c/status/light:0"));
        QCOMPARE(light->brightness.field, QStringLiteral("brightness"));
    }

    void severalComponentsAreNamedApart()
    {
        const auto recognizer = m_plugin.recognizer();
        const Device device =
            feedAll(*recognizer,
                    {{"shellypro2pm-ec62608a2d9c/events/rpc", fixture("gen2_notifyfullstatus_pro2pm.json")}})
                .devices.value(QStringLiteral("shelly/shellypro2pm-ec62608a2d9c"));
        QCOMPARE(entityOf(device, QStringLiteral("switch:0")).name, QStringLiteral("Switch 1"));
        QCOMPARE(entityOf(device, QStringLiteral("switch:1")).name, QStringLiteral("Switch 2"));
        QCOMPARE(entityOf(device, QStringLiteral("switch:1.apower")).name, QStringLiteral("Switch 2: Power"));
        QCOMPARE(entityOf(device, QStringLiteral("switch:1.apower")).stateTopic,
                 QByteArray("shellypro2pm-ec62608a2d9c/events/rpc"));
    }

    // status_ntf is off by default: a device seen only through RPC
    // notifications is read from them. Each row reads `frame` the way the
    // runtime does, through the entity's ValuePath; a null `expected` means
    // the frame leaves the entity as it is.
    void notificationsOnlyDeviceReadsTheNotifications_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("announce");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("expected");

        const QByteArray pro4 = "shellypro4pm-f008d1d8b8b8";
        const QByteArray pro2 = "shellypro2pm-ec62608a2d9c";
        const QByteArray switch0 = fixture("gen2_notifystatus_switch0.json");
        const QByteArray full = fixture("gen2_notifyfullstatus_pro2pm.json");
        const QByteArray power0 = fixture("gen2_notifystatus_switch0_apower.json");
        QTest::newRow("output of NotifyStatus (docs example 1)")
            << pro4 << switch0 << "switch:0"
            << "params.switch:0.output" << switch0 << "true";
        QTest::newRow("output of NotifyFullStatus") << pro2 << full << "switch:1"
                                                    << "params.switch:1.output" << full << "true";
        QTest::newRow("power of NotifyFullStatus") << pro2 << full << "switch:1.apower"
                                                   << "params.switch:1.apower" << full << "48.3";
        QTest::newRow("energy of NotifyFullStatus") << pro2 << full << "switch:1.aenergy.total"
                                                    << "params.switch:1.aenergy.total" << full << "122.884";
        QTest::newRow("temperature of NotifyFullStatus")
            << pro2 << full << "switch:0.temperature.tC"
            << "params.switch:0.temperature.tC" << full << "41.5";
        QTest::newRow("power of a NotifyStatus about the power alone")
            << pro2 << full << "switch:0.apower"
            << "params.switch:0.apower" << power0 << "12.3";
        QTest::newRow("output of a NotifyStatus about the power alone: nothing")
            << pro2 << full << "switch:0"
            << "params.switch:0.output" << power0 << QString();
        QTest::newRow("output of another switch's NotifyStatus: nothing")
            << pro2 << full << "switch:1"
            << "params.switch:1.output" << switch0 << QString();
        QTest::newRow("output of a NotifyEvent: nothing")
            << pro4 << switch0 << "switch:0"
            << "params.switch:0.output" << fixture("gen2_notifyevent_single_push.json") << QString();
        QTest::newRow("output of the cloud's NotifyStatus: nothing")
            << pro4 << switch0 << "switch:0"
            << "params.switch:0.output" << fixture("gen2_notifystatus_cloud.json") << QString();
    }

    void notificationsOnlyDeviceReadsTheNotifications()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, announce);
        QFETCH(QString, key);
        QFETCH(QString, field);
        QFETCH(QByteArray, frame);
        QFETCH(QString, expected);

        const Outcome outcome = feedAll(*m_plugin.recognizer(), {{prefix + "/events/rpc", announce}});
        QVERIFY2(outcome.errors.isEmpty(), qPrintable(outcome.errors.join(QLatin1Char('\n'))));
        const Entity &entity =
            entityOf(outcome.devices.value(QStringLiteral("shelly/") + QString::fromUtf8(prefix)), key);
        QCOMPARE(entity.stateTopic, prefix + "/events/rpc");
        QCOMPARE(entity.state.field, field);
        QCOMPARE(entity.availabilityTopic, prefix + "/online");
        const std::optional<QString> value = readValue(frame, entity.state);
        if (expected.isNull())
            QCOMPARE(value, std::nullopt);
        else
            QCOMPARE(value, std::optional<QString>(expected));
    }

    void notificationsOnlyLight()
    {
        const QByteArray frame = fixture("gen2_notifystatus_light0.json");
        const Device device =
            feedAll(*m_plugin.recognizer(), {{"shellyprodm1pm-34987a4a1b2c/events/rpc", frame}})
                .devices.value(QStringLiteral("shelly/shellyprodm1pm-34987a4a1b2c"));
        const Entity &light = entityOf(device, QStringLiteral("light:0"));
        QCOMPARE(light.kind, EntityKind::Light);
        QCOMPARE(light.stateTopic, QByteArray("shellyprodm1pm-34987a4a1b2c/events/rpc"));
        QCOMPARE(light.state.field, QStringLiteral("params.light:0.output"));
        QCOMPARE(light.brightnessStateTopic, QByteArray("shellyprodm1pm-34987a4a1b2c/events/rpc"));
        QCOMPARE(light.brightness.field, QStringLiteral("params.light:0.brightness"));
        QCOMPARE(readValue(frame, light.state), std::optional<QString>(QStringLiteral("true")));
        QCOMPARE(readValue(frame, light.brightness), std::optional<QString>(QStringLiteral("40")));
    }

    void statusTopicSeenLaterTakesOver()
    {
        const auto recognizer = m_plugin.recognizer();
        const QByteArray prefix = "shellypro2pm-ec62608a2d9c";
        const QByteArray full = fixture("gen2_notifyfullstatus_pro2pm.json");
        QCOMPARE(feedAll(*recognizer, {{prefix + "/events/rpc", full}}).reports, 1);

        // status_ntf switched on: the device is reported again, every
        // component read from its own status topic.
        const Outcome switched = feedAll(
            *recognizer, {{prefix + "/status/switch:0", fixture("gen2_status_switch0_plus1pm.json")}});
        QVERIFY2(switched.errors.isEmpty(), qPrintable(switched.errors.join(QLatin1Char('\n'))));
        QCOMPARE(switched.reports, 1);
        const Device device = switched.devices.value(QStringLiteral("shelly/") + QString::fromUtf8(prefix));
        QCOMPARE(entityOf(device, QStringLiteral("switch:0")).stateTopic, prefix + "/status/switch:0");
        QCOMPARE(entityOf(device, QStringLiteral("switch:0")).state.field, QStringLiteral("output"));
        QCOMPARE(entityOf(device, QStringLiteral("switch:1")).stateTopic, prefix + "/status/switch:1");
        QCOMPARE(entityOf(device, QStringLiteral("switch:1.apower")).stateTopic, prefix + "/status/switch:1");
        QCOMPARE(entityOf(device, QStringLiteral("switch:1.apower")).state.field, QStringLiteral("apower"));

        // Notifications keep coming; the status topics stay.
        const Outcome again = feedAll(*recognizer, {{prefix + "/events/rpc", full}});
        QCOMPARE(again.reports, 0);
    }

    void announcementGivesTheModel_data()
    {
        QTest::addColumn<bool>("announceFirst");
        QTest::newRow("announce before the relay") << true;
        QTest::newRow("announce after the relay") << false;
    }

    void announcementGivesTheModel()
    {
        QFETCH(bool, announceFirst);
        const auto recognizer = m_plugin.recognizer();
        const Message announce{"shellies/announce", fixture("gen1_announce_shelly1pm.json")};
        const Message relay{"shellies/shelly1pm-A4CF12F45B1C/relay/0", "on"};
        const Outcome outcome =
            feedAll(*recognizer, announceFirst ? Messages{announce, relay} : Messages{relay, announce});
        QVERIFY(outcome.errors.isEmpty());
        QCOMPARE(outcome.reports, announceFirst ? 1 : 2);
        QCOMPARE(outcome.devices.value(QStringLiteral("shelly/shelly1pm-A4CF12F45B1C")).model,
                 QStringLiteral("SHSW-PM"));
        // An announcement alone has no relay to show.
        QCOMPARE(
            feed(*recognizer, "shellies/announce", fixture("gen1_announce_shelly25.json")).devices.size(), 0);
    }

    void reportsOnlyWhenTheDescriptionChanges()
    {
        const auto recognizer = m_plugin.recognizer();
        QCOMPARE(feedAll(*recognizer, demoGen1() + demoGen2()).reports, 2);
        const Outcome again = feedAll(
            *recognizer,
            {{"shellies/shelly1-8CAAB5/relay/0", "off"},
             {"shellyplus1pm-441793/status/switch:0",
              R"({"id":0,"source":"button","output":false,"apower":0,"voltage":229.9,"temperature":{"tC":40.1}})"}});
        QCOMPARE(again.reports, 0);
        QVERIFY(again.errors.isEmpty());
    }

    void partialNotificationsKeepTheReadings()
    {
        const auto recognizer = m_plugin.recognizer();
        feedAll(*recognizer,
                {{"shellypro4pm-f008d1d8b8b8/status/switch:0", fixture("gen2_status_switch0_plus1pm.json")}});
        // NotifyStatus carries only what changed: no reading disappears.
        const Outcome outcome =
            feedAll(*recognizer,
                    {{"shellypro4pm-f008d1d8b8b8/events/rpc", fixture("gen2_notifystatus_switch0.json")}});
        QCOMPARE(outcome.reports, 0);
        QVERIFY(outcome.errors.isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<QByteArray>("payload");

        const QByteArray status = "shellyplus1-a8032abe54dc/status/switch:0";
        const QByteArray events = "shellyplus1-a8032abe54dc/events/rpc";
        QTest::newRow("Gen1 relay neither on nor off")
            << QByteArray("shellies/shelly1-B929CC/relay/0") << QByteArray("maybe");
        QTest::newRow("Gen1 relay index beyond any Shelly")
            << QByteArray("shellies/shelly1-B929CC/relay/16") << QByteArray("on");
        QTest::newRow("Gen1 relay index not a number")
            << QByteArray("shellies/shelly1-B929CC/relay/x") << QByteArray("on");
        QTest::newRow("Gen1 power not a number")
            << QByteArray("shellies/shelly1-B929CC/relay/0/power") << QByteArray("n/a");
        QTest::newRow("Gen1 temperature not a number")
            << QByteArray("shellies/shelly1-B929CC/temperature") << QByteArray("hot");
        QTest::newRow("Gen1 relay random bytes")
            << QByteArray("shellies/shelly1-B929CC/relay/0") << fixture("malformed_binary.bin");
        QTest::newRow("Gen1 empty device id") << QByteArray("shellies//relay/0") << QByteArray("on");
        QTest::newRow("Gen1 announce truncated")
            << QByteArray("shellies/announce") << fixture("malformed_gen1_announce_truncated.json");
        QTest::newRow("Gen1 announce id is a number")
            << QByteArray("shellies/announce") << fixture("malformed_gen1_announce_id_number.json");
        QTest::newRow("Gen2 status truncated") << status << fixture("malformed_gen2_status_truncated.json");
        QTest::newRow("Gen2 output is text") << status << fixture("malformed_gen2_status_output_text.json");
        QTest::newRow("Gen2 status of another id")
            << status << fixture("malformed_gen2_status_other_id.json");
        QTest::newRow("Gen2 temperature is a number, not an object")
            << status << fixture("malformed_gen2_status_temperature_number.json");
        QTest::newRow("Gen2 apower is text") << status << fixture("malformed_gen2_status_apower_text.json");
        QTest::newRow("Gen2 light brightness is text")
            << QByteArray("shellyplus1-a8032abe54dc/status/light:0")
            << fixture("malformed_gen2_status_brightness_text.json");
        QTest::newRow("Gen2 status random bytes") << status << fixture("malformed_binary.bin");
        QTest::newRow("NotifyStatus params is an array")
            << events << fixture("malformed_gen2_notifystatus_params_array.json");
        QTest::newRow("NotifyStatus component is text")
            << events << fixture("malformed_gen2_notifystatus_component_text.json");
        QTest::newRow("events random bytes") << events << fixture("malformed_binary.bin");
        QTest::newRow("payload over the size limit") << status << QByteArray(70 * 1024, '{');
    }

    void malformed()
    {
        QFETCH(QByteArray, topic);
        QFETCH(QByteArray, payload);

        const auto recognizer = m_plugin.recognizer();
        verifyRejected(*recognizer, topic, payload);
        if (QTest::currentTestFailed())
            return;
        // The recognizer carries on.
        QCOMPARE(feedAll(*recognizer, demoGen1()).reports, 1);
    }

    void quietOnLookalikeTopics_data()
    {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<QByteArray>("payload");

        QTest::newRow("another system's status/switch:0")
            << QByteArray("home/status/switch:0") << fixture("malformed_gen2_status_truncated.json");
        QTest::newRow("another system's status/light:1")
            << QByteArray("zigbee2mqtt/status/light:1") << fixture("malformed_binary.bin");
        QTest::newRow("another system's events/rpc")
            << QByteArray("garage/events/rpc") << QByteArray("not json");
        QTest::newRow("a status that is no component")
            << QByteArray("home/status/temperature") << QByteArray("21.5");
        QTest::newRow("Gen2 sys status")
            << QByteArray("shellyplus1-a8032abe54dc/status/sys") << fixture("gen2_status_sys.json");
        QTest::newRow("Gen2 cover (not read)")
            << QByteArray("shellyplus2pm-a8032abe54dc/status/cover:0") << fixture("gen2_status_cover0.json");
        QTest::newRow("Gen2 component id with a leading zero")
            << QByteArray("shellyplus1-a8032abe54dc/status/switch:01")
            << fixture("gen2_status_switch0_plus1.json");
        QTest::newRow("NotifyEvent describes no component")
            << QByteArray("shellypro4pm-f008d1d8b8b8/events/rpc")
            << fixture("gen2_notifyevent_single_push.json");
        QTest::newRow("NotifyStatus of the cloud (example 2)")
            << QByteArray("shellypro4pm-f008d1d8b8b8/events/rpc") << fixture("gen2_notifystatus_cloud.json");
        QTest::newRow("Gen1 online alone")
            << QByteArray("shellies/shelly1-B929CC/online") << QByteArray("true");
        QTest::newRow("Gen1 energy counter (not read)")
            << QByteArray("shellies/shelly1pm-B929CC/relay/0/energy") << QByteArray("1234");
    }

    void quietOnLookalikeTopics()
    {
        QFETCH(QByteArray, topic);
        QFETCH(QByteArray, payload);

        verifyIgnored(*m_plugin.recognizer(), topic, payload);
    }

    void customPrefixOnceKnownReportsErrors()
    {
        const auto recognizer = m_plugin.recognizer();
        QCOMPARE(feed(*recognizer, "kitchen/status/switch:0", fixture("gen2_status_switch0_plus1.json"))
                     .devices.size(),
                 1);
        const Recognition broken =
            feed(*recognizer, "kitchen/status/switch:0", fixture("malformed_gen2_status_output_text.json"));
        QVERIFY(!broken.error.isEmpty());
        QVERIFY(broken.devices.isEmpty());
    }

    void randomBytesOnEveryTopicNeverCrash()
    {
        verifyRandomBytesDescribeNothing(*m_plugin.recognizer(),
                                         {"shellies/announce", "shellies/r/relay/0",
                                          "shellies/r/relay/0/power", "shellies/r/temperature",
                                          "shellyr/status/switch:0", "shellyr/status/light:0",
                                          "shellyr/events/rpc", "other/status/switch:0"},
                                         777);
    }

    void boundsTheNumberOfDevices()
    {
        verifyDeviceLimit(*m_plugin.recognizer(), 1024, [](int i) {
            return Message{"shellyplus1-" + QByteArray::number(i) + "/status/switch:0",
                           R"({"id":0,"output":true})"};
        });
    }
};

QTEST_GUILESS_MAIN(TestShellyPlugin)
#include "tst_shellyplugin.moc"
