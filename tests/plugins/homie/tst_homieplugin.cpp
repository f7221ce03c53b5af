// Tests of the Homie plugin, loaded the way the application loads it and fed
// the example device of the Homie specification, the demo home's heater and
// other fixtures (fixtures/README.md), in order and shuffled, plus ids,
// datatypes and limits the specification forbids.
#include "plugintest.h"

#include <QRandomGenerator>
#include <QtTest>
#include <algorithm>

using namespace homewire::devices;
using namespace homewire::tests;

namespace {

// A device with `nodes` nodes of `perNode` float properties each.
Messages generatedDevice(int nodes, int perNode)
{
    Messages messages{{"homie/big/$homie", "4.0.0"}};
    QByteArrayList nodeIds;
    for (int n = 0; n < nodes; ++n) {
        const QByteArray node = "n" + QByteArray::number(n);
        nodeIds += node;
        QByteArrayList propertyIds;
        for (int p = 0; p < perNode; ++p) {
            const QByteArray property = "p" + QByteArray::number(p);
            propertyIds += property;
            messages.append({"homie/big/" + node + "/" + property + "/$datatype", "float"});
        }
        messages.append({"homie/big/" + node + "/$properties", propertyIds.join(',')});
    }
    messages.append({"homie/big/$nodes", nodeIds.join(',')});
    return messages;
}

} // namespace

class TestHomiePlugin : public QObject
{
    Q_OBJECT

private:
    PluginUnderTest m_plugin;

private slots:
    void initTestCase() { QVERIFY(m_plugin.load()); }

    void metadata()
    {
        verifyMetadata(m_plugin,
                       {QStringLiteral("homie"), QStringLiteral("Homie"), {QStringLiteral("homie/#")}});
    }

    void recognizes_data()
    {
        QTest::addColumn<Messages>("messages");
        QTest::addColumn<QString>("deviceId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expectedKeys");

        QTest::newRow("demo heater") << messagesOf("homie4_demo_heater.txt") << "homie/demo-heater"
                                     << "Bathroom heater" << strings({"heater/power", "heater/temperature"});
        QTest::newRow("super car of the specification")
            << messagesOf("homie4_super_car.txt") << "homie/super-car"
            << "Super car"
            << strings({"wheels/front-left-pressure", "engine/speed", "engine/direction",
                        "engine/temperature", "lights/power"});
        QTest::newRow("door sensor") << messagesOf("homie4_door_sensor.txt") << "homie/front-door"
                                     << "Front door"
                                     << strings(
                                            {"contact/open", "contact/last-event", "battery/battery-level"});
        QTest::newRow("Homie 3.0 plug") << messagesOf("homie3_legacy.txt") << "homie/legacy-plug"
                                        << "Legacy plug" << strings({"plug/on"});
    }

    void recognizes()
    {
        QFETCH(Messages, messages);
        QFETCH(QString, deviceId);
        QFETCH(QString, name);
        QFETCH(QStringList, expectedKeys);

        const QByteArray base = deviceId.toUtf8();
        const Outcome outcome = feedAll(*m_plugin.recognizer(), messages);
        verifyOnlyDevice(outcome, deviceId, QStringLiteral("homie"), expectedKeys,
                         {base + "/$state", "ready", "lost"});
        if (QTest::currentTestFailed())
            return;
        const Device device = outcome.devices.value(deviceId);
        QCOMPARE(device.name, name);
        for (const Entity &entity : device.entities)
            QCOMPARE(entity.stateTopic, base + '/' + entity.key.toUtf8());
    }

    void entityKinds_data()
    {
        QTest::addColumn<QString>("fixtureName");
        QTest::addColumn<QString>("deviceId");
        QTest::addColumn<QString>("key");
        QTest::addColumn<EntityKind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("deviceClass");

        QTest::newRow("settable boolean is a Switch") << "homie4_demo_heater.txt"
                                                      << "homie/demo-heater"
                                                      << "heater/power" << EntityKind::Switch << "Power"
                                                      << ""
                                                      << "heater";
        QTest::newRow("float with a unit is a Sensor")
            << "homie4_demo_heater.txt"
            << "homie/demo-heater"
            << "heater/temperature" << EntityKind::Sensor << "Temperature"
            << "°C"
            << "temperature";
        QTest::newRow("several nodes: node and property name")
            << "homie4_super_car.txt"
            << "homie/super-car"
            << "engine/temperature" << EntityKind::Sensor << "Car engine: Engine temperature"
            << "°C"
            << "temperature";
        QTest::newRow("enum is a Sensor showing text")
            << "homie4_super_car.txt"
            << "homie/super-car"
            << "engine/direction" << EntityKind::Sensor << "Car engine: Direction"
            << ""
            << "";
        QTest::newRow("boolean and 0:100 intensity make a Light")
            << "homie4_super_car.txt"
            << "homie/super-car"
            << "lights/power" << EntityKind::Light << "Lights: Power"
            << ""
            << "lamp";
        QTest::newRow("read-only boolean is a BinarySensor")
            << "homie4_door_sensor.txt"
            << "homie/front-door"
            << "contact/open" << EntityKind::BinarySensor << "Contact: Open"
            << ""
            << "";
        QTest::newRow("string is a Sensor showing text")
            << "homie4_door_sensor.txt"
            << "homie/front-door"
            << "contact/last-event" << EntityKind::Sensor << "Contact: Last event"
            << ""
            << "";
        QTest::newRow("percentage named battery")
            << "homie4_door_sensor.txt"
            << "homie/front-door"
            << "battery/battery-level" << EntityKind::Sensor << "Battery: Level"
            << "%"
            << "battery";
        QTest::newRow("Homie 3.0 socket") << "homie3_legacy.txt"
                                          << "homie/legacy-plug"
                                          << "plug/on" << EntityKind::Switch << "On"
                                          << ""
                                          << "plug";
    }

    void entityKinds()
    {
        QFETCH(QString, fixtureName);
        QFETCH(QString, deviceId);
        QFETCH(QString, key);
        QFETCH(EntityKind, kind);
        QFETCH(QString, name);
        QFETCH(QString, unit);
        QFETCH(QString, deviceClass);

        const auto recognizer = m_plugin.recognizer();
        const Outcome outcome = feedAll(*recognizer, messagesOf(qPrintable(fixtureName)));
        const Entity *entity = outcome.devices.value(deviceId).entity(key);
        QVERIFY2(entity, qPrintable(key));
        QCOMPARE(entity->kind, kind);
        QCOMPARE(entity->name, name);
        QCOMPARE(entity->unit, unit);
        QCOMPARE(entity->deviceClass, deviceClass);
        const QByteArray state = deviceId.toUtf8() + '/' + key.toUtf8();
        if (kind == EntityKind::Switch || kind == EntityKind::Light) {
            QCOMPARE(entity->commandTopic, state + "/set");
            QCOMPARE(entity->payloadOn, QByteArray("true"));
            QCOMPARE(entity->payloadOff, QByteArray("false"));
        } else {
            QVERIFY(entity->commandTopic.isEmpty());
            QVERIFY(!entity->isCommandable());
        }
        if (kind != EntityKind::Sensor) {
            QCOMPARE(entity->stateOn, QByteArray("true"));
            QCOMPARE(entity->stateOff, QByteArray("false"));
        }
    }

    void lightBrightness()
    {
        const auto recognizer = m_plugin.recognizer();
        const Device car = feedAll(*recognizer, messagesOf("homie4_super_car.txt"))
                               .devices.value(QStringLiteral("homie/super-car"));
        const Entity *light = car.entity(QStringLiteral("lights/power"));
        QVERIFY(light);
        QCOMPARE(light->brightnessCommandTopic, QByteArray("homie/super-car/lights/intensity/set"));
        QCOMPARE(light->brightnessTemplate, QByteArray("{value}"));
        QCOMPARE(light->brightnessMax, 100);
        QCOMPARE(light->brightnessStateTopic, QByteArray("homie/super-car/lights/intensity"));
        QCOMPARE(light->brightness.field, QString());
        QVERIFY2(!car.entity(QStringLiteral("lights/intensity")), "the level is part of the light");
    }

    void demoHeaterReportsOnceCompleteAndOnChange()
    {
        const auto recognizer = m_plugin.recognizer();
        const Messages messages = messagesOf("homie4_demo_heater.txt");
        int firstReport = -1;
        int reports = 0;
        for (int i = 0; i < messages.size(); ++i) {
            const int found = int(feed(*recognizer, messages[i].topic, messages[i].payload).devices.size());
            if (found && firstReport < 0)
                firstReport = i;
            reports += found;
        }
        // Complete once the temperature's $datatype is known; the $unit after
        // it changes the description once more; values and $state do not.
        QCOMPARE(messages[firstReport].topic, QByteArray("homie/demo-heater/heater/temperature/$datatype"));
        QCOMPARE(reports, 2);
    }

    void anyArrivalOrder_data()
    {
        QTest::addColumn<QString>("fixtureName");
        QTest::addColumn<int>("seed");

        for (const char *name :
             {"homie4_super_car.txt", "homie4_demo_heater.txt", "homie4_door_sensor.txt"}) {
            QTest::addRow("%s reversed", name) << QString::fromLatin1(name) << -1;
            for (int seed : {1, 2, 3, 4, 5})
                QTest::addRow("%s shuffled, seed %d", name, seed) << QString::fromLatin1(name) << seed;
        }
    }

    void anyArrivalOrder()
    {
        QFETCH(QString, fixtureName);
        QFETCH(int, seed);

        const Messages inOrder = messagesOf(qPrintable(fixtureName));
        const auto reference = m_plugin.recognizer();
        const QMap<QString, Device> expected = feedAll(*reference, inOrder).devices;
        QCOMPARE(expected.size(), 1);

        Messages shuffled = inOrder;
        if (seed < 0) {
            std::reverse(shuffled.begin(), shuffled.end());
        } else {
            QRandomGenerator random{quint32(seed)};
            std::shuffle(shuffled.begin(), shuffled.end(), random);
        }
        const auto recognizer = m_plugin.recognizer();
        const Outcome outcome = feedAll(*recognizer, shuffled);
        QVERIFY(outcome.errors.isEmpty());
        QVERIFY(outcome.reports >= 1);
        QCOMPARE(outcome.devices, expected);
    }

    void incompleteDescriptionIsNotReported()
    {
        const auto recognizer = m_plugin.recognizer();
        Messages messages = messagesOf("homie4_demo_heater.txt");
        messages.removeIf(
            [](const Message &m) { return m.topic == "homie/demo-heater/heater/temperature/$datatype"; });
        const Outcome outcome = feedAll(*recognizer, messages);
        QCOMPARE(outcome.reports, 0);
        QVERIFY(outcome.errors.isEmpty());
    }

    void descriptionChangesAreReportedAgain()
    {
        const auto recognizer = m_plugin.recognizer();
        feedAll(*recognizer, messagesOf("homie4_demo_heater.txt"));
        Outcome outcome = feedAll(*recognizer, {{"homie/demo-heater/$name", "Guest bathroom heater"}});
        QCOMPARE(outcome.reports, 1);
        QCOMPARE(outcome.devices.first().name, QStringLiteral("Guest bathroom heater"));

        // A new node is reported once it is described.
        outcome = feedAll(*recognizer, {{"homie/demo-heater/$nodes", "heater,fan"},
                                        {"homie/demo-heater/fan/$properties", "on"},
                                        {"homie/demo-heater/fan/on/$settable", "true"},
                                        {"homie/demo-heater/fan/on/$datatype", "boolean"}});
        QCOMPARE(outcome.reports, 1);
        QCOMPARE(keys(outcome.devices.first()), strings({"heater/power", "heater/temperature", "fan/on"}));
        QCOMPARE(entityOf(outcome.devices.first(), QStringLiteral("fan/on")).deviceClass,
                 QStringLiteral("fan"));
    }

    void emptiedHomieWithdrawsTheDevice()
    {
        const auto recognizer = m_plugin.recognizer();
        feedAll(*recognizer, messagesOf("homie4_demo_heater.txt"));
        const Recognition withdrawn = feed(*recognizer, "homie/demo-heater/$homie", {});
        QCOMPARE(withdrawn.removedIds, QStringList{QStringLiteral("homie/demo-heater")});
        QVERIFY(withdrawn.devices.isEmpty());
        QVERIFY(withdrawn.error.isEmpty());
        // Clearing the rest of its retained topics changes nothing more.
        const Outcome rest =
            feedAll(*recognizer, {{"homie/demo-heater/$nodes", {}}, {"homie/demo-heater/$name", {}}});
        QCOMPARE(rest.reports, 0);
        QVERIFY(rest.removed.isEmpty());
        // Announced again, it is reported again.
        QCOMPARE(feedAll(*recognizer, messagesOf("homie4_demo_heater.txt")).devices.size(), 1);
        // A device never reported withdraws silently.
        QVERIFY(feed(*recognizer, "homie/unknown/$homie", {}).removedIds.isEmpty());
    }

    void violations_data()
    {
        QTest::addColumn<Messages>("messages");
        QTest::addColumn<bool>("deviceStillReported");

        const Messages heater = messagesOf("homie4_demo_heater.txt");
        QTest::newRow("device id with capitals") << Messages{{"homie/Demo-Heater/$homie", "4.0"}} << false;
        QTest::newRow("device id with an underscore")
            << Messages{{"homie/demo_heater/$name", "Heater"}} << false;
        QTest::newRow("node id starting with a hyphen")
            << Messages{{"homie/demo-heater/-heater/$name", "Heater"}} << false;
        QTest::newRow("property id with a space")
            << Messages{{"homie/demo-heater/heater/po wer/$datatype", "boolean"}} << false;
        QTest::newRow("Homie 5 version") << Messages{{"homie/demo-heater/$homie", "5.0"}} << false;
        QTest::newRow("attribute too long")
            << Messages{{"homie/demo-heater/$name", QByteArray(5000, 'x')}} << false;
        QTest::newRow("$nodes lists an invalid id; the others are used")
            << heater + Messages{{"homie/demo-heater/$nodes", "heater,Bad_Node"}} << true;
        QTest::newRow("unknown datatype; the property is left out")
            << heater + Messages{{"homie/demo-heater/heater/temperature/$datatype", "decimal"}} << true;
        QTest::newRow("$settable neither true nor false")
            << heater + Messages{{"homie/demo-heater/heater/power/$settable", "yes"}} << true;
    }

    void violations()
    {
        QFETCH(Messages, messages);
        QFETCH(bool, deviceStillReported);

        const auto recognizer = m_plugin.recognizer();
        const Outcome outcome = feedAll(*recognizer, messages);
        QVERIFY2(!outcome.errors.isEmpty(), "a violation must be reported");
        QCOMPARE(outcome.devices.size(), deviceStillReported ? 1 : 0);
    }

    void violationsChangeTheDeviceAsDocumented()
    {
        const auto recognizer = m_plugin.recognizer();
        feedAll(*recognizer, messagesOf("homie4_demo_heater.txt"));
        Recognition recognition =
            feed(*recognizer, "homie/demo-heater/heater/temperature/$datatype", "decimal");
        QVERIFY(!recognition.error.isEmpty());
        QCOMPARE(recognition.devices.size(), 1);
        QCOMPARE(keys(recognition.devices.first()), strings({"heater/power"}));

        recognition = feed(*recognizer, "homie/demo-heater/heater/power/$settable", "yes");
        QVERIFY(!recognition.error.isEmpty());
        QCOMPARE(recognition.devices.size(), 1);
        QCOMPARE(entityOf(recognition.devices.first(), QStringLiteral("heater/power")).kind,
                 EntityKind::BinarySensor);
    }

    void limits_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("perNode");
        QTest::addColumn<int>("expectedEntities");
        QTest::addColumn<bool>("expectError");

        QTest::newRow("64 nodes are fine") << 64 << 1 << 64 << false;
        QTest::newRow("65 nodes: the 65th is left out") << 65 << 1 << 64 << true;
        QTest::newRow("256 properties are fine") << 4 << 64 << 256 << false;
        QTest::newRow("300 properties: 256 are kept") << 5 << 60 << 256 << true;
    }

    void limits()
    {
        QFETCH(int, nodes);
        QFETCH(int, perNode);
        QFETCH(int, expectedEntities);
        QFETCH(bool, expectError);

        const auto recognizer = m_plugin.recognizer();
        const Outcome outcome = feedAll(*recognizer, generatedDevice(nodes, perNode));
        QCOMPARE(outcome.devices.size(), 1);
        QCOMPARE(outcome.devices.first().entities.size(), expectedEntities);
        QCOMPARE(!outcome.errors.isEmpty(), expectError);
    }

    void boundsWhatUnlistedAttributesCanFill()
    {
        const auto recognizer = m_plugin.recognizer();
        QString lastError;
        for (int i = 0; i < 600; ++i) {
            const Recognition recognition =
                feed(*recognizer, "homie/junk/node/p" + QByteArray::number(i) + "/$datatype", "float");
            if (!recognition.error.isEmpty())
                lastError = recognition.error;
        }
        QVERIFY2(!lastError.isEmpty(), "storing unlisted properties must be bounded");
        for (int i = 0; i < 600; ++i) {
            const Recognition recognition =
                feed(*recognizer, "homie/d" + QByteArray::number(i) + "/$homie", "4.0");
            if (!recognition.error.isEmpty())
                lastError = recognition.error;
        }
        QVERIFY(lastError.contains(QLatin1String("512")));
    }

    void ignoresWhatDescribesNothing_data()
    {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<QByteArray>("payload");

        QTest::newRow("property value")
            << QByteArray("homie/demo-heater/heater/temperature") << QByteArray("21.5");
        QTest::newRow("set command") << QByteArray("homie/demo-heater/heater/power/set")
                                     << QByteArray("true");
        QTest::newRow("broadcast") << QByteArray("homie/$broadcast/alert") << QByteArray("Intruder");
        QTest::newRow("$state") << QByteArray("homie/demo-heater/$state") << QByteArray("lost");
        QTest::newRow("3.0 $stats group")
            << QByteArray("homie/demo-heater/$stats/uptime") << QByteArray("120");
        QTest::newRow("$retained") << QByteArray("homie/demo-heater/heater/power/$retained")
                                   << QByteArray("true");
        QTest::newRow("too deep") << QByteArray("homie/a/b/c/d/$name") << QByteArray("x");
        QTest::newRow("root only") << QByteArray("homie/$name") << QByteArray("x");
        QTest::newRow("Homie 5 description") << QByteArray("homie/5/dev/$description") << QByteArray("{}");
    }

    void ignoresWhatDescribesNothing()
    {
        QFETCH(QByteArray, topic);
        QFETCH(QByteArray, payload);

        verifyIgnored(*m_plugin.recognizer(), topic, payload);
    }

    void randomBytesOnEveryAttributeNeverCrash()
    {
        verifyRandomBytesDescribeNothing(
            *m_plugin.recognizer(),
            {"homie/r/$homie", "homie/r/$name", "homie/r/$nodes", "homie/r/n/$properties", "homie/r/n/$name",
             "homie/r/n/p/$datatype", "homie/r/n/p/$settable", "homie/r/n/p/$unit", "homie/r/n/p/$format"},
            99);
    }
};

QTEST_GUILESS_MAIN(TestHomiePlugin)
#include "tst_homieplugin.moc"
