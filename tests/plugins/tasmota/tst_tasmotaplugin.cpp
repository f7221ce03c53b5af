// Tests of the Tasmota plugin, loaded the way the application loads it and
// fed the payloads of Tasmota's documentation (fixtures/README.md cites each
// one), the traffic of the demo home's Tasmota plug, and broken payloads.
#include "plugintest.h"

#include <QtTest>

using namespace homewire::devices;
using namespace homewire::tests;

namespace {

// What the demo home's TasmotaPlug publishes (core/devices/demo/demodevices.cpp).
Messages demoPlug()
{
    return {{"tele/tasmota_5A3F2C/LWT", "Online"},
            {"stat/tasmota_5A3F2C/POWER", "ON"},
            {"tele/tasmota_5A3F2C/STATE",
             R"({"Time":"2024-05-01T10:00:00","Uptime":"0T01:23:45","POWER":"ON",)"
             R"("Wifi":{"SSId":"home","RSSI":78,"Signal":-61}})"},
            {"tele/tasmota_5A3F2C/SENSOR", R"({"Time":"2024-05-01T10:00:00","ENERGY":)"
                                           R"({"Total":0.001,"Power":42,"Voltage":230,"Current":0.183}})"}};
}

} // namespace

class TestTasmotaPlugin : public QObject
{
    Q_OBJECT

private:
    PluginUnderTest m_plugin;

private slots:
    void initTestCase() { QVERIFY(m_plugin.load()); }

    void metadata() { verifyMetadata(m_plugin, {QStringLiteral("tasmota"), QStringLiteral("Tasmota"), {}}); }

    void topicFilters()
    {
        const QStringList filters = m_plugin.recognizer()->topicFilters();
        for (const char *filter :
             {"tele/+/LWT", "tele/+/STATE", "tele/+/SENSOR", "stat/+/+", "tasmota/discovery/+/config"})
            QVERIFY2(filters.contains(QLatin1String(filter)), filter);
    }

    void recognizes_data()
    {
        QTest::addColumn<Messages>("messages");
        QTest::addColumn<QString>("deviceId");
        QTest::addColumn<QStringList>("expectedKeys");

        QTest::newRow("demo plug: LWT, POWER, STATE, ENERGY")
            << demoPlug() << "tasmota/tasmota_5A3F2C"
            << strings({"power", "ENERGY.Power", "ENERGY.Voltage", "ENERGY.Current", "ENERGY.Total"});
        QTest::newRow("LWT alone announces a device")
            << Messages{{"tele/plug/LWT", "Offline"}} << "tasmota/plug" << QStringList{};
        QTest::newRow("stat POWER1 and POWER2")
            << Messages{{"stat/duo/POWER1", "ON"}, {"stat/duo/POWER2", "OFF"}} << "tasmota/duo"
            << strings({"power1", "power2"});
        QTest::newRow("STATE of a four-relay board")
            << Messages{{"tele/ch4/STATE", fixture("state_four_relays.json")}} << "tasmota/ch4"
            << strings({"power1", "power2", "power3", "power4"});
        QTest::newRow("STATE of a one-relay device")
            << Messages{{"tele/huzzah_1/STATE", fixture("state_single_relay.json")}} << "tasmota/huzzah_1"
            << strings({"power"});
        QTest::newRow("RESULT answering Power1")
            << Messages{{"stat/duo/RESULT", fixture("result_power1.json")}} << "tasmota/duo"
            << strings({"power1"});
        QTest::newRow("RESULT answering Power2")
            << Messages{{"stat/duo/RESULT", fixture("result_power2.json")}} << "tasmota/duo"
            << strings({"power2"});
        QTest::newRow("AM2301 after LWT")
            << Messages{{"tele/th/LWT", "Online"}, {"tele/th/SENSOR", fixture("sensor_am2301.json")}}
            << "tasmota/th" << strings({"AM2301.Temperature", "AM2301.Humidity"});
        QTest::newRow("BME280 after LWT")
            << Messages{{"tele/air/LWT", "Online"}, {"tele/air/SENSOR", fixture("sensor_bme280.json")}}
            << "tasmota/air"
            << strings({"BME280.Temperature", "BME280.Humidity", "BME280.DewPoint", "BME280.Pressure"});
        QTest::newRow("two DS18B20 probes")
            << Messages{{"tele/tank/LWT", "Online"}, {"tele/tank/SENSOR", fixture("sensor_ds18b20_two.json")}}
            << "tasmota/tank" << strings({"DS18B20-1.Temperature", "DS18B20-2.Temperature"});
        QTest::newRow("two-channel ENERGY arrays are left out")
            << Messages{{"tele/sh25/LWT", "Online"},
                        {"tele/sh25/SENSOR", fixture("sensor_energy_two_channels.json")}}
            << "tasmota/sh25"
            << strings({"ENERGY.Voltage", "ENERGY.Today", "ENERGY.Yesterday", "ENERGY.Total"});
        QTest::newRow("failed sensor read (null) adds nothing")
            << Messages{{"tele/th/LWT", "Online"},
                        {"tele/th/SENSOR", fixture("sensor_am2301_failed_read.json")}}
            << "tasmota/th" << QStringList{};
        QTest::newRow("discovery alone: one relay")
            << Messages{{"tasmota/discovery/A0B1C2D3E4F5/config", fixture("discovery_single_relay.json")}}
            << "tasmota/huzzah_1" << strings({"power"});
        QTest::newRow("discovery of four relays")
            << Messages{{"tasmota/discovery/A0B1C2D3E4F7/config", fixture("discovery_four_relays.json")}}
            << "tasmota/strip" << strings({"power1", "power2", "power3", "power4"});
        QTest::newRow("discovery then stat POWER of its one relay")
            << Messages{{"tasmota/discovery/A0B1C2D3E4F5/config", fixture("discovery_single_relay.json")},
                        {"stat/huzzah_1/POWER", "ON"}}
            << "tasmota/huzzah_1" << strings({"power"});
    }

    void recognizes()
    {
        QFETCH(Messages, messages);
        QFETCH(QString, deviceId);
        QFETCH(QStringList, expectedKeys);

        const QByteArray topic = deviceId.section(QLatin1Char('/'), 1).toUtf8();
        verifyOnlyDevice(feedAll(*m_plugin.recognizer(), messages), deviceId, QStringLiteral("tasmota"),
                         expectedKeys, {"tele/" + topic + "/LWT", "Online", "Offline"});
    }

    void demoPlugEntities()
    {
        const auto recognizer = m_plugin.recognizer();
        const Device device =
            feedAll(*recognizer, demoPlug()).devices.value(QStringLiteral("tasmota/tasmota_5A3F2C"));
        QCOMPARE(device.name, QStringLiteral("tasmota_5A3F2C"));

        const Entity *power = device.entity(QStringLiteral("power"));
        QVERIFY(power);
        verifySwitch(*power, {"cmnd/tasmota_5A3F2C/POWER", "ON", "OFF", "stat/tasmota_5A3F2C/POWER",
                              QString(), "ON", "OFF"});

        const Entity *watts = device.entity(QStringLiteral("ENERGY.Power"));
        QVERIFY(watts);
        QCOMPARE(watts->kind, EntityKind::Sensor);
        QCOMPARE(watts->stateTopic, QByteArray("tele/tasmota_5A3F2C/SENSOR"));
        QCOMPARE(watts->state.field, QStringLiteral("ENERGY.Power"));
        QCOMPARE(watts->unit, QStringLiteral("W"));
        QCOMPARE(watts->deviceClass, QStringLiteral("power"));
        QVERIFY(!watts->isCommandable());
    }

    void sensorDescriptions_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("deviceClass");

        QTest::newRow("ENERGY.Power in W") << fixture("sensor_energy.json") << "ENERGY.Power"
                                           << "Power"
                                           << "W"
                                           << "power";
        QTest::newRow("ENERGY.Voltage in V") << fixture("sensor_energy.json") << "ENERGY.Voltage"
                                             << "Voltage"
                                             << "V"
                                             << "voltage";
        QTest::newRow("ENERGY.Current in A") << fixture("sensor_energy.json") << "ENERGY.Current"
                                             << "Current"
                                             << "A"
                                             << "current";
        QTest::newRow("ENERGY.Total in kWh") << fixture("sensor_energy.json") << "ENERGY.Total"
                                             << "Energy total"
                                             << "kWh"
                                             << "energy";
        QTest::newRow("ENERGY.Today in kWh") << fixture("sensor_energy.json") << "ENERGY.Today"
                                             << "Energy today"
                                             << "kWh"
                                             << "energy";
        QTest::newRow("TempUnit C is °C") << fixture("sensor_am2301.json") << "AM2301.Temperature"
                                          << "Temperature"
                                          << "°C"
                                          << "temperature";
        QTest::newRow("Humidity in %") << fixture("sensor_am2301.json") << "AM2301.Humidity"
                                       << "Humidity"
                                       << "%"
                                       << "humidity";
        QTest::newRow("PressureUnit hPa") << fixture("sensor_bme280.json") << "BME280.Pressure"
                                          << "Pressure"
                                          << "hPa"
                                          << "pressure";
        QTest::newRow("TempUnit F is °F (SetOption8)")
            << fixture("sensor_dht11_fahrenheit.json") << "DHT11.Temperature"
            << "Temperature"
            << "°F"
            << "temperature";
        QTest::newRow("dew point follows TempUnit")
            << fixture("sensor_dht11_fahrenheit.json") << "DHT11.DewPoint"
            << "Dew point"
            << "°F"
            << "temperature";
        QTest::newRow("two probes are told apart by name")
            << fixture("sensor_ds18b20_two.json") << "DS18B20-2.Temperature"
            << "Temperature (DS18B20-2)"
            << "°C"
            << "temperature";
    }

    void sensorDescriptions()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, key);
        QFETCH(QString, name);
        QFETCH(QString, unit);
        QFETCH(QString, deviceClass);

        const auto recognizer = m_plugin.recognizer();
        const Outcome outcome =
            feedAll(*recognizer, {{"tele/dev/LWT", "Online"}, {"tele/dev/SENSOR", payload}});
        QVERIFY(outcome.errors.isEmpty());
        const Entity *entity = outcome.devices.value(QStringLiteral("tasmota/dev")).entity(key);
        QVERIFY2(entity, qPrintable(key));
        QCOMPARE(entity->kind, EntityKind::Sensor);
        QCOMPARE(entity->name, name);
        QCOMPARE(entity->unit, unit);
        QCOMPARE(entity->deviceClass, deviceClass);
        QCOMPARE(entity->stateTopic, QByteArray("tele/dev/SENSOR"));
        QCOMPARE(entity->state.field, key);
    }

    void dimmableLight_data()
    {
        QTest::addColumn<Messages>("messages");
        QTest::addColumn<QString>("deviceId");
        QTest::addColumn<QString>("key");

        QTest::newRow("STATE with Dimmer")
            << Messages{{"tele/bulb/STATE", fixture("state_dimmer.json")}} << "tasmota/bulb"
            << "power";
        QTest::newRow("RESULT answering Dimmer")
            << Messages{{"stat/bulb/RESULT", fixture("result_dimmer.json")}} << "tasmota/bulb"
            << "power";
        QTest::newRow("discovery: relay type 2, light subtype 1")
            << Messages{{"tasmota/discovery/A0B1C2D3E4F6/config", fixture("discovery_dimmer.json")}}
            << "tasmota/huzzah_2"
            << "power";
        QTest::newRow("Dimmer on a two-relay board is the last relay")
            << Messages{{"tele/combo/STATE", R"({"POWER1":"ON","POWER2":"OFF","Dimmer":40})"}}
            << "tasmota/combo"
            << "power2";
    }

    void dimmableLight()
    {
        QFETCH(Messages, messages);
        QFETCH(QString, deviceId);
        QFETCH(QString, key);

        const auto recognizer = m_plugin.recognizer();
        const Outcome outcome = feedAll(*recognizer, messages);
        QVERIFY(outcome.errors.isEmpty());
        const Device device = outcome.devices.value(deviceId);
        const QByteArray topic = deviceId.section(QLatin1Char('/'), 1).toUtf8();
        const Entity *light = device.entity(key);
        QVERIFY(light);
        QCOMPARE(light->kind, EntityKind::Light);
        QCOMPARE(light->deviceClass, QStringLiteral("lamp"));
        QCOMPARE(light->commandTopic, "cmnd/" + topic + "/" + key.toUpper().toUtf8());
        QCOMPARE(light->brightnessCommandTopic, "cmnd/" + topic + "/Dimmer");
        QCOMPARE(light->brightnessTemplate, QByteArray("{value}"));
        QCOMPARE(light->brightnessMax, 100);
        QCOMPARE(light->brightnessStateTopic, "stat/" + topic + "/RESULT");
        QCOMPARE(light->brightness.field, QStringLiteral("Dimmer"));
        for (const Entity &other : device.entities) {
            if (other.key != key)
                QCOMPARE(other.kind, EntityKind::Switch);
        }
    }

    void discoveryNamesTheDevice()
    {
        const auto recognizer = m_plugin.recognizer();
        Outcome outcome = feedAll(
            *recognizer, {{"tasmota/discovery/A0B1C2D3E4F7/config", fixture("discovery_four_relays.json")}});
        const Device strip = outcome.devices.value(QStringLiteral("tasmota/strip"));
        QCOMPARE(strip.name, QStringLiteral("Workshop strip"));
        QCOMPARE(strip.model, QStringLiteral("Sonoff 4CH"));
        QCOMPARE(entityOf(strip, QStringLiteral("power1")).name, QStringLiteral("Saw"));
        QCOMPARE(entityOf(strip, QStringLiteral("power3")).name, QStringLiteral("Radio"));
        // "Tasmota4" is the factory name: a generic one reads better.
        QCOMPARE(entityOf(strip, QStringLiteral("power4")).name, QStringLiteral("Power 4"));

        outcome = feedAll(
            *recognizer, {{"tasmota/discovery/A0B1C2D3E4F5/config", fixture("discovery_single_relay.json")}});
        const Device huzzah = outcome.devices.value(QStringLiteral("tasmota/huzzah_1"));
        QCOMPARE(huzzah.name, QStringLiteral("huzzah_1")); // dn is the factory "Tasmota"
        QCOMPARE(entityOf(huzzah, QStringLiteral("power")).name, QStringLiteral("Power"));
    }

    void discoveryArrivingLateRenamesAndWithdrawalKeepsDevice()
    {
        const auto recognizer = m_plugin.recognizer();
        Outcome outcome = feedAll(*recognizer, {{"stat/huzzah_2/POWER", "OFF"}});
        QCOMPARE(outcome.devices.value(QStringLiteral("tasmota/huzzah_2")).name, QStringLiteral("huzzah_2"));

        outcome = feedAll(*recognizer,
                          {{"tasmota/discovery/A0B1C2D3E4F6/config", fixture("discovery_dimmer.json")}});
        QCOMPARE(outcome.reports, 1);
        QCOMPARE(outcome.devices.value(QStringLiteral("tasmota/huzzah_2")).name, QStringLiteral("Huzzah 1"));

        // SetOption19 1 clears the retained config: the device stays, unnamed.
        const Recognition withdrawn = feed(*recognizer, "tasmota/discovery/A0B1C2D3E4F6/config", {});
        QVERIFY(withdrawn.error.isEmpty());
        QVERIFY(withdrawn.removedIds.isEmpty());
        QCOMPARE(withdrawn.devices.size(), 1);
        QCOMPARE(withdrawn.devices.first().name, QStringLiteral("huzzah_2"));
    }

    void replacedDeviceKeepsItsDiscovery_data()
    {
        QTest::addColumn<int>("macs"); // sent discovery for one topic in turn; the last is there now
        QTest::newRow("hardware replaced once") << 2;
        QTest::newRow("5000 MACs on one topic") << 5000;
    }

    void replacedDeviceKeepsItsDiscovery()
    {
        QFETCH(int, macs);
        const auto recognizer = m_plugin.recognizer();
        const QByteArray config = fixture("discovery_dimmer.json");
        QVERIFY(config.contains(R"("dn":"Huzzah 1")"));
        const auto discoveryTopic = [](int i) {
            return "tasmota/discovery/" + QByteArray::number(0xA0B1C2000000LL + i, 16).toUpper() + "/config";
        };
        Recognition last;
        for (int i = 0; i < macs; ++i) {
            QByteArray named = config;
            named.replace("\"dn\":\"Huzzah 1\"", "\"dn\":\"Huzzah " + QByteArray::number(i + 1) + '"');
            last = feed(*recognizer, discoveryTopic(i), named);
            QVERIFY2(last.error.isEmpty(), qPrintable(last.error));
        }
        QCOMPARE(last.devices.size(), 1);
        QCOMPARE(last.devices.first().name, QStringLiteral("Huzzah %1").arg(macs));

        // The replaced devices' retained configs are cleared: nothing changes.
        for (int i = 0; i < macs - 1; ++i) {
            const Recognition cleared = feed(*recognizer, discoveryTopic(i), {});
            QVERIFY(cleared.error.isEmpty());
            QCOMPARE(cleared.devices.size(), 0);
        }
        // The device there now switches discovery off: its names go.
        const Recognition withdrawn = feed(*recognizer, discoveryTopic(macs - 1), {});
        QCOMPARE(withdrawn.devices.size(), 1);
        QCOMPARE(withdrawn.devices.first().name, QStringLiteral("huzzah_2"));
    }

    void reportsOnlyWhenTheDescriptionChanges()
    {
        const auto recognizer = m_plugin.recognizer();
        QCOMPARE(feedAll(*recognizer, demoPlug()).reports, 3); // LWT, POWER, SENSOR
        // Telemetry keeps coming; nothing new is learned.
        const Outcome again = feedAll(*recognizer, demoPlug());
        QCOMPARE(again.reports, 0);
        QVERIFY(again.errors.isEmpty());
    }

    void sensorsWaitForTheDeviceToAnnounceItself()
    {
        const auto recognizer = m_plugin.recognizer();
        QCOMPARE(feedAll(*recognizer, {{"tele/th/SENSOR", fixture("sensor_am2301.json")}}).reports, 0);
        const Outcome outcome = feedAll(*recognizer, {{"tele/th/LWT", "Online"}});
        QCOMPARE(outcome.reports, 1);
        QCOMPARE(keys(outcome.devices.value(QStringLiteral("tasmota/th"))),
                 strings({"AM2301.Temperature", "AM2301.Humidity"}));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<QByteArray>("payload");

        QTest::newRow("STATE truncated")
            << QByteArray("tele/dev/STATE") << fixture("malformed_state_truncated.json");
        QTest::newRow("STATE is an array")
            << QByteArray("tele/dev/STATE") << fixture("malformed_state_array.json");
        QTest::newRow("STATE POWER is a number")
            << QByteArray("tele/dev/STATE") << fixture("malformed_state_power_number.json");
        QTest::newRow("STATE Dimmer is text")
            << QByteArray("tele/dev/STATE") << fixture("malformed_state_dimmer_text.json");
        QTest::newRow("STATE random bytes")
            << QByteArray("tele/dev/STATE") << fixture("malformed_binary.bin");
        QTest::newRow("RESULT truncated")
            << QByteArray("stat/dev/RESULT") << fixture("malformed_state_truncated.json");
        QTest::newRow("SENSOR reading is text")
            << QByteArray("tele/dev/SENSOR") << fixture("malformed_sensor_text_reading.json");
        QTest::newRow("SENSOR TempUnit is a number")
            << QByteArray("tele/dev/SENSOR") << fixture("malformed_sensor_unit_number.json");
        QTest::newRow("SENSOR truncated")
            << QByteArray("tele/dev/SENSOR") << fixture("malformed_sensor_truncated.json");
        QTest::newRow("SENSOR random bytes")
            << QByteArray("tele/dev/SENSOR") << fixture("malformed_binary.bin");
        QTest::newRow("LWT neither Online nor Offline") << QByteArray("tele/dev/LWT") << QByteArray("maybe");
        QTest::newRow("LWT random bytes") << QByteArray("tele/dev/LWT") << fixture("malformed_binary.bin");
        QTest::newRow("POWER neither ON nor OFF") << QByteArray("stat/dev/POWER") << QByteArray("50%");
        QTest::newRow("POWER number beyond Tasmota's relays")
            << QByteArray("stat/dev/POWER99") << QByteArray("ON");
        QTest::newRow("empty device topic") << QByteArray("tele//LWT") << QByteArray("Online");
        QTest::newRow("discovery topic is a number") << QByteArray("tasmota/discovery/A0B1C2D3E4F9/config")
                                                     << fixture("malformed_discovery_topic_number.json");
        QTest::newRow("discovery relays are text") << QByteArray("tasmota/discovery/A0B1C2D3E4F9/config")
                                                   << fixture("malformed_discovery_relays_text.json");
        QTest::newRow("discovery is not JSON") << QByteArray("tasmota/discovery/A0B1C2D3E4F9/config")
                                               << fixture("malformed_discovery_not_json.txt");
        QTest::newRow("discovery with a custom FullTopic")
            << QByteArray("tasmota/discovery/A0B1C2D3E4F8/config")
            << fixture("discovery_custom_fulltopic.json");
        QTest::newRow("payload over the size limit")
            << QByteArray("tele/dev/STATE") << QByteArray(70 * 1024, '{');
    }

    void malformed()
    {
        QFETCH(QByteArray, topic);
        QFETCH(QByteArray, payload);

        const auto recognizer = m_plugin.recognizer();
        verifyRejected(*recognizer, topic, payload);
        if (QTest::currentTestFailed())
            return;
        // The same message about a device already known changes nothing either.
        QCOMPARE(feed(*recognizer, "tele/dev/LWT", "Online").devices.size(), 1);
        verifyRejected(*recognizer, topic, payload);
        if (QTest::currentTestFailed())
            return;
        // And the recognizer carries on.
        QCOMPARE(feed(*recognizer, "stat/other/POWER", "ON").devices.size(), 1);
    }

    void ignoresWhatDescribesNothing_data()
    {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<QByteArray>("payload");

        QTest::newRow("RESULT answering PowerOnState")
            << QByteArray("stat/dev/RESULT") << fixture("result_poweronstate.json");
        QTest::newRow("stat STATUS") << QByteArray("stat/dev/STATUS")
                                     << QByteArray(R"({"Status":{"Module":1}})");
        QTest::newRow("stat POWERONSTATE is no relay")
            << QByteArray("stat/dev/POWERONSTATE") << QByteArray("3");
        QTest::newRow("SENSOR with only a switch input")
            << QByteArray("tele/dev/SENSOR") << fixture("sensor_switch_only.json");
        QTest::newRow("discovery sensors topic")
            << QByteArray("tasmota/discovery/A0B1C2D3E4F5/sensors")
            << QByteArray(R"({"sn":{"Time":"2021-02-23T18:44:24"},"ver":1})");
        QTest::newRow("tele INFO1") << QByteArray("tele/dev/INFO1")
                                    << QByteArray(R"({"Info1":{"Module":"Generic"}})");
        QTest::newRow("withdrawing an unknown discovery")
            << QByteArray("tasmota/discovery/A0B1C2D3E4FA/config") << QByteArray();
    }

    void ignoresWhatDescribesNothing()
    {
        QFETCH(QByteArray, topic);
        QFETCH(QByteArray, payload);

        verifyIgnored(*m_plugin.recognizer(), topic, payload);
    }

    void randomBytesOnEveryTopicNeverCrash()
    {
        verifyRandomBytesDescribeNothing(*m_plugin.recognizer(),
                                         {"tele/r/LWT", "tele/r/STATE", "tele/r/SENSOR", "stat/r/RESULT",
                                          "stat/r/POWER", "stat/r/POWER1", "stat/r/POWER0x",
                                          "tasmota/discovery/r/config"},
                                         4242);
    }

    void boundsTheNumberOfDevices()
    {
        verifyDeviceLimit(*m_plugin.recognizer(), 1024, [](int i) {
            return Message{"tele/dev" + QByteArray::number(i) + "/LWT", "Online"};
        });
    }
};

QTEST_GUILESS_MAIN(TestTasmotaPlugin)
#include "tst_tasmotaplugin.moc"
