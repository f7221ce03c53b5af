// The hand-made devices plugin, loaded as the application loads it, fed the
// demo home's traffic and other sketches following the convention of
// plugins/generic/README.md (fixtures/), and malformed messages.
#include "plugintest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace homewire;
using namespace homewire::tests;
using devices::Device;
using devices::Entity;
using devices::EntityKind;
using devices::Recognition;

class tst_GenericPlugin : public QObject
{
    Q_OBJECT

private:
    PluginUnderTest m_plugin;

private slots:
    void initTestCase() { QVERIFY(m_plugin.load()); }

    void metadata()
    {
        verifyMetadata(
            m_plugin,
            {QStringLiteral("generic"), QStringLiteral("Hand-made devices"), {QStringLiteral("home/#")}});
    }

    void demoOfficeLamp()
    {
        const auto recognizer = m_plugin.recognizer();
        const Outcome outcome = feedAll(*recognizer, messagesOf("demo_home.txt"));
        QVERIFY2(outcome.errors.isEmpty(), qPrintable(outcome.errors.join(QLatin1Char('\n'))));
        QCOMPARE(outcome.devices.size(), 6);
        const Device lamp = outcome.devices.value(QStringLiteral("generic/home/office/lamp"));
        QCOMPARE(lamp.name, QStringLiteral("Office lamp"));
        QCOMPARE(lamp.suggestedRoom, QStringLiteral("Office"));
        QCOMPARE(lamp.convention, QStringLiteral("generic"));
        Entity expected;
        expected.key = QStringLiteral("state");
        expected.name = QStringLiteral("Office lamp");
        expected.kind = EntityKind::Switch;
        expected.deviceClass = QStringLiteral("lamp");
        expected.commandTopic = "home/office/lamp";
        expected.stateTopic = "home/office/lamp/state";
        expected.availabilityTopic = "home/office/lamp/status";
        QCOMPARE(lamp.entities, QList<Entity>{expected});
    }

    void demoLivingRoomDimmer()
    {
        const auto recognizer = m_plugin.recognizer();
        const Outcome outcome = feedAll(*recognizer, messagesOf("demo_home.txt"));
        const Device dimmer = outcome.devices.value(QStringLiteral("generic/home/living-room/dimmer"));
        QCOMPARE(dimmer.name, QStringLiteral("Living room dimmer"));
        QCOMPARE(dimmer.suggestedRoom, QStringLiteral("Living room"));
        Entity expected;
        expected.key = QStringLiteral("state");
        expected.name = QStringLiteral("Living room dimmer");
        expected.kind = EntityKind::Light;
        expected.commandTopic = "home/living-room/dimmer/set";
        expected.stateTopic = "home/living-room/dimmer";
        expected.state.field = QStringLiteral("state");
        expected.brightness.field = QStringLiteral("brightness");
        expected.brightnessMax = 100;
        expected.availabilityTopic = "home/living-room/dimmer/status";
        QCOMPARE(dimmer.entities, QList<Entity>{expected});
    }

    void demoClimateSensors_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("roomName");
        QTest::newRow("living room") << "living-room"
                                     << "Living room";
        QTest::newRow("bedroom") << "bedroom"
                                 << "Bedroom";
        QTest::newRow("office") << "office"
                                << "Office";
        QTest::newRow("kitchen") << "kitchen"
                                 << "Kitchen";
    }

    void demoClimateSensors()
    {
        QFETCH(QString, room);
        QFETCH(QString, roomName);
        const auto recognizer = m_plugin.recognizer();
        const Outcome outcome = feedAll(*recognizer, messagesOf("demo_home.txt"));
        const Device climate =
            outcome.devices.value(QStringLiteral("generic/home/") + room + QStringLiteral("/climate"));
        QCOMPARE(climate.name, roomName + QStringLiteral(" climate"));
        QCOMPARE(climate.suggestedRoom, roomName);
        QCOMPARE(climate.entities.size(), 2);
        const QByteArray topic = "home/" + room.toUtf8() + "/climate";
        for (const QString &key : {QStringLiteral("temperature"), QStringLiteral("humidity")}) {
            const Entity *e = climate.entity(key);
            QVERIFY2(e, qPrintable(key));
            QCOMPARE(e->kind, EntityKind::Sensor);
            QCOMPARE(e->deviceClass, key);
            QCOMPARE(e->stateTopic, topic);
            QCOMPARE(e->state.field, key);
            QCOMPARE(e->availabilityTopic, topic + "/status");
        }
        QCOMPARE(climate.entity(QStringLiteral("temperature"))->unit, QStringLiteral("°C"));
        QCOMPARE(climate.entity(QStringLiteral("humidity"))->unit, QStringLiteral("%"));
        QCOMPARE(climate.entity(QStringLiteral("temperature"))->name, QStringLiteral("Temperature"));
    }

    void statusBeforeOrAfter_data()
    {
        QTest::addColumn<QByteArray>("traffic");
        QTest::addColumn<int>("reports");
        QTest::newRow("status first: reported once, already available")
            << QByteArray("home/office/lamp/status online\nhome/office/lamp/state off\n") << 1;
        QTest::newRow("status after the state: reported again with its availability")
            << QByteArray("home/office/lamp/state off\nhome/office/lamp/status online\n") << 2;
        QTest::newRow("offline will first, then the state")
            << QByteArray("home/office/lamp/status offline\nhome/office/lamp/state on\n") << 1;
    }

    void statusBeforeOrAfter()
    {
        QFETCH(QByteArray, traffic);
        QFETCH(int, reports);
        const auto recognizer = m_plugin.recognizer();
        const Outcome outcome = feedAll(*recognizer, parseMessages(traffic));
        const QString id = QStringLiteral("generic/home/office/lamp");
        QCOMPARE(outcome.devices.keys(), QStringList{id});
        QCOMPARE(outcome.reports, reports);
        QCOMPARE(outcome.devices.value(id).entities.constFirst().availabilityTopic,
                 QByteArray("home/office/lamp/status"));
    }

    void commandsUseTheWordsOfTheState_data()
    {
        QTest::addColumn<QByteArray>("state");
        QTest::addColumn<QByteArray>("on");
        QTest::addColumn<QByteArray>("off");
        QTest::newRow("on/off") << QByteArray("off") << QByteArray("on") << QByteArray("off");
        QTest::newRow("ON/OFF") << QByteArray("ON") << QByteArray("ON") << QByteArray("OFF");
        QTest::newRow("true/false") << QByteArray("true") << QByteArray("true") << QByteArray("false");
        QTest::newRow("TRUE/FALSE") << QByteArray("FALSE") << QByteArray("TRUE") << QByteArray("FALSE");
        QTest::newRow("1/0") << QByteArray("1") << QByteArray("1") << QByteArray("0");
        QTest::newRow("capitalised On reads as on/off")
            << QByteArray(" On\n") << QByteArray("on") << QByteArray("off");
    }

    void commandsUseTheWordsOfTheState()
    {
        QFETCH(QByteArray, state);
        QFETCH(QByteArray, on);
        QFETCH(QByteArray, off);
        const auto recognizer = m_plugin.recognizer();
        const Recognition result = feed(*recognizer, "home/hall/light/state", state);
        QCOMPARE(result.devices.size(), 1);
        const Entity &e = result.devices.constFirst().entities.constFirst();
        QCOMPARE(e.payloadOn, on);
        QCOMPARE(e.payloadOff, off);
        QCOMPARE(e.stateOn, on);
        QCOMPARE(e.stateOff, off);
        QCOMPARE(e.commandTopic, QByteArray("home/hall/light"));
    }

    void otherSketches_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("deviceClass");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("field");
        const int sensor = int(EntityKind::Sensor);
        const int binary = int(EntityKind::BinarySensor);
        const int onOff = int(EntityKind::Switch);
        QTest::newRow("ON/OFF heater") << "bedroom/heater"
                                       << "state" << onOff << "heater"
                                       << ""
                                       << "";
        QTest::newRow("1/0 fan") << "bathroom/fan"
                                 << "state" << onOff << "fan"
                                 << ""
                                 << "";
        QTest::newRow("battery reading topic") << "garage/door"
                                               << "battery" << sensor << "battery"
                                               << "%"
                                               << "";
        QTest::newRow("temperature reading topic") << "garage/door"
                                                   << "temperature" << sensor << "temperature"
                                                   << "°C"
                                                   << "";
        QTest::newRow("boolean motion member") << "hall/sensor"
                                               << "motion" << binary << "motion"
                                               << ""
                                               << "motion";
        QTest::newRow("illuminance member") << "hall/sensor"
                                            << "illuminance" << sensor << "illuminance"
                                            << "lx"
                                            << "illuminance";
        QTest::newRow("unknown number member") << "hall/sensor"
                                               << "rssi" << sensor << ""
                                               << ""
                                               << "rssi";
        QTest::newRow("boolean state member: a plug") << "kitchen/plug"
                                                      << "state" << onOff << "plug"
                                                      << ""
                                                      << "state";
        QTest::newRow("energy member") << "kitchen/plug"
                                       << "energy" << sensor << "energy"
                                       << "kWh"
                                       << "energy";
        QTest::newRow("current member") << "kitchen/plug"
                                        << "current" << sensor << "current"
                                        << "A"
                                        << "current";
        QTest::newRow("pressure member") << "attic/weather"
                                         << "pressure" << sensor << "pressure"
                                         << "hPa"
                                         << "pressure";
        QTest::newRow("co2 member") << "attic/weather"
                                    << "co2" << sensor << "co2"
                                    << "ppm"
                                    << "co2";
    }

    void otherSketches()
    {
        QFETCH(QString, device);
        QFETCH(QString, key);
        QFETCH(int, kind);
        QFETCH(QString, deviceClass);
        QFETCH(QString, unit);
        QFETCH(QString, field);
        const auto recognizer = m_plugin.recognizer();
        const Outcome outcome = feedAll(*recognizer, messagesOf("sketches.txt"));
        QVERIFY2(outcome.errors.isEmpty(), qPrintable(outcome.errors.join(QLatin1Char('\n'))));
        const Entity *e = outcome.devices.value(QStringLiteral("generic/home/") + device).entity(key);
        QVERIFY2(e, qPrintable(key));
        QCOMPARE(int(e->kind), kind);
        QCOMPARE(e->deviceClass, deviceClass);
        QCOMPARE(e->unit, unit);
        QCOMPARE(e->state.field, field);
    }

    void membersThatAreNotReadingsAreSkipped()
    {
        const auto recognizer = m_plugin.recognizer();
        const Outcome outcome = feedAll(*recognizer, messagesOf("sketches.txt"));
        // "name" is text; "ENERGY.Power" would read as nesting.
        QVERIFY(!outcome.devices.value(QStringLiteral("generic/home/hall/sensor"))
                     .entity(QStringLiteral("name")));
        QCOMPARE(outcome.devices.value(QStringLiteral("generic/home/attic/weather")).entities.size(), 2);
        QCOMPARE(outcome.devices.value(QStringLiteral("generic/home/kitchen/plug"))
                     .entity(QStringLiteral("state"))
                     ->payloadOn,
                 QByteArray("true"));
    }

    void brightnessAbove100MeansAScaleOf255()
    {
        const auto recognizer = m_plugin.recognizer();
        const QByteArray topic = "home/studio/led_strip";
        Recognition result = feed(*recognizer, topic, R"({"state":"ON","brightness":40})");
        QCOMPARE(result.devices.constFirst().entities.constFirst().brightnessMax, 100);
        QCOMPARE(result.devices.constFirst().entities.constFirst().payloadOn, QByteArray("ON"));
        result = feed(*recognizer, topic, R"({"state":"ON","brightness":200})");
        QCOMPARE(result.devices.size(), 1);
        QCOMPARE(result.devices.constFirst().entities.constFirst().brightnessMax, 255);
        // Once seen, the wider scale stays: a dim level is no reason to report again.
        result = feed(*recognizer, topic, R"({"state":"ON","brightness":20})");
        QVERIFY(result.devices.isEmpty());
    }

    void stateChangesAreNotReportedAsNewDevices()
    {
        const auto recognizer = m_plugin.recognizer();
        QCOMPARE(feed(*recognizer, "home/office/lamp/state", "off").devices.size(), 1);
        QVERIFY(feed(*recognizer, "home/office/lamp/state", "on").devices.isEmpty());
        QVERIFY(feed(*recognizer, "home/kitchen/climate", R"({"temperature":20})").devices.size() == 1);
        QVERIFY(feed(*recognizer, "home/kitchen/climate", R"({"temperature":20.7})").devices.isEmpty());
    }

    void firstTopicKeepsAKey()
    {
        const auto recognizer = m_plugin.recognizer();
        feed(*recognizer, "home/garage/door", R"({"temperature":11})");
        const Recognition result = feed(*recognizer, "home/garage/door/temperature", "11.5");
        QVERIFY(result.devices.isEmpty());
        QVERIFY(result.error.isEmpty());
    }

    void ignoresWhatIsNotTheConvention_data()
    {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("too shallow") << QByteArray("home/office") << QByteArray(R"({"state":"on"})");
        QTest::newRow("too deep") << QByteArray("home/office/lamp/state/now") << QByteArray("on");
        QTest::newRow("$-prefixed level") << QByteArray("home/$sys/lamp/state") << QByteArray("on");
        QTest::newRow("a command to a /state device") << QByteArray("home/office/lamp") << QByteArray("on");
        QTest::newRow("a command on /set") << QByteArray("home/living-room/dimmer/set") << QByteArray("30");
        QTest::newRow("a reading that is not a number")
            << QByteArray("home/hall/ac/mode") << QByteArray("auto");
        QTest::newRow("a status that is not online/offline")
            << QByteArray("home/hall/ac/status") << QByteArray(R"({"uptime":12})");
        QTest::newRow("a JSON array state") << QByteArray("home/hall/ac") << QByteArray("[1,2]");
        QTest::newRow("a JSON object with nothing to show")
            << QByteArray("home/hall/ac") << QByteArray(R"({"mode":"auto"})");
        QTest::newRow("a cleared retained state") << QByteArray("home/office/lamp/state") << QByteArray();
    }

    void ignoresWhatIsNotTheConvention()
    {
        QFETCH(QByteArray, topic);
        QFETCH(QByteArray, payload);
        verifyIgnored(*m_plugin.recognizer(), topic, payload);
    }

    void rejectsMalformedMessages_data()
    {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("truncated JSON state")
            << QByteArray("home/living-room/dimmer") << fixture("truncated_state.json");
        QTest::newRow("invalid JSON state")
            << QByteArray("home/living-room/dimmer") << fixture("invalid_state.json");
        QTest::newRow("state that is not an on/off word")
            << QByteArray("home/office/lamp/state") << fixture("state_not_a_word.txt");
        QTest::newRow("empty room level") << QByteArray("home//lamp/state") << QByteArray("on");
        QTest::newRow("300-byte device level")
            << "home/office/" + QByteArray(300, 'x') + "/state" << QByteArray("on");
        QTest::newRow("level that is not UTF-8")
            << QByteArray("home/of\xff\xfe/lamp/state") << QByteArray("on");
        QTest::newRow("100 KiB JSON state")
            << QByteArray("home/hall/ac") << "{\"t\":\"" + QByteArray(100 * 1024, 'x') + "\"}";
        QTest::newRow("deeply nested JSON state") << QByteArray("home/hall/ac") << QByteArray(5000, '{');
    }

    void rejectsMalformedMessages()
    {
        QFETCH(QByteArray, topic);
        QFETCH(QByteArray, payload);
        verifyRejected(*m_plugin.recognizer(), topic, payload);
    }

    // MaxDevices and MaxEntitiesPerDevice of genericrecognizer.h.
    void boundsTheNumberOfDevices_data()
    {
        QTest::addColumn<QByteArray>("suffix");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("on/off states") << QByteArray("/state") << QByteArray("on");
        QTest::newRow("JSON states") << QByteArray() << QByteArray(R"({"temperature":21.5})");
        QTest::newRow("plain readings") << QByteArray("/power") << QByteArray("4.2");
    }

    void boundsTheNumberOfDevices()
    {
        QFETCH(QByteArray, suffix);
        QFETCH(QByteArray, payload);
        verifyDeviceLimit(
            *m_plugin.recognizer(), 1000,
            [&](int i) {
                return Message{"home/flood/device" + QByteArray::number(i) + suffix, payload};
            },
            4000);
    }

    void statusesCountTowardsTheDeviceLimit()
    {
        const auto recognizer = m_plugin.recognizer();
        for (int i = 0; i < 1000; ++i)
            QVERIFY(feed(*recognizer, "home/flood/device" + QByteArray::number(i) + "/status", "online")
                        .error.isEmpty());
        const Recognition refused = feed(*recognizer, "home/office/lamp/state", "on");
        QVERIFY(refused.devices.isEmpty());
        QVERIFY2(refused.error.contains(QLatin1String("1000")), qPrintable(refused.error));
        // A device already known still gets its entities.
        QCOMPARE(feed(*recognizer, "home/flood/device7/state", "on").devices.size(), 1);
    }

    void boundsTheEntitiesOfOneDevice_data()
    {
        QTest::addColumn<Messages>("messages");
        QJsonObject state;
        Messages readings;
        for (int i = 0; i < 1000; ++i) {
            const QString key = QStringLiteral("reading%1").arg(i, 4, 10, QLatin1Char('0'));
            state.insert(key, i);
            readings.append({"home/lab/logger/" + key.toUtf8(), QByteArray::number(i)});
        }
        QTest::newRow("1000 members of one JSON state")
            << Messages{{"home/lab/logger", QJsonDocument(state).toJson(QJsonDocument::Compact)}};
        QTest::newRow("1000 reading topics") << readings;
    }

    void boundsTheEntitiesOfOneDevice()
    {
        QFETCH(Messages, messages);
        const auto recognizer = m_plugin.recognizer();
        const Outcome outcome = feedAll(*recognizer, messages);
        const Device device = outcome.devices.value(QStringLiteral("generic/home/lab/logger"));
        QCOMPARE(device.entities.size(), 128);
        QCOMPARE(device.entities.constFirst().key, QStringLiteral("reading0000"));
        QCOMPARE(device.entities.constLast().key, QStringLiteral("reading0127"));
        QVERIFY(!outcome.errors.isEmpty());
        QVERIFY2(outcome.errors.constLast().contains(QLatin1String("128")),
                 qPrintable(outcome.errors.constLast()));
        // Entities it has still update in place.
        const Recognition update = feed(*recognizer, "home/lab/logger/reading0005", "7.5");
        QVERIFY2(update.error.isEmpty(), qPrintable(update.error));
    }

    void survivesRandomBytes()
    {
        verifyCorruptionSurvived(
            *m_plugin.recognizer(), {"home/a/b", "home/a/b/state", "home/a/b/status", "home/a/b/power"},
            R"({"state":"on","brightness":60,"power":4.5,"motion":true})", 20240603, 2000,
            [](const QString &id) { return id == QLatin1String("generic/home/a/b"); });
    }
};

QTEST_GUILESS_MAIN(tst_GenericPlugin)
#include "tst_genericplugin.moc"
