// Hand-made devices: the one-call lamp, ids and keys, and the checks a
// dialog shows the user (topic names as MQTT-4.7.3 allows them, a command
// topic for what is switched, a state topic for what is read).
#include "devices/manualdevice.h"

#include <QtTest>

using namespace homewire::devices;

namespace {

Entity sensor(const QByteArray &stateTopic)
{
    Entity e;
    e.key = QStringLiteral("temperature");
    e.name = QStringLiteral("Temperature");
    e.kind = EntityKind::Sensor;
    e.stateTopic = stateTopic;
    e.unit = QStringLiteral("°C");
    return e;
}

Entity light()
{
    Entity e = makeSwitchEntity(QStringLiteral("Desk light"), "home/desk/set", "home/desk/state");
    e.kind = EntityKind::Light;
    return e;
}

} // namespace

class TestManualDevice : public QObject
{
    Q_OBJECT

private slots:
    void officeLampIsOneCall()
    {
        const Entity lamp = makeSwitchEntity(QStringLiteral("Office lamp"), "home/office/lamp");
        QCOMPARE(lamp.name, QStringLiteral("Office lamp"));
        QCOMPARE(lamp.key, QStringLiteral("office-lamp"));
        QCOMPARE(lamp.kind, EntityKind::Switch);
        QCOMPARE(lamp.commandTopic, QByteArray("home/office/lamp"));
        QCOMPARE(lamp.payloadOn, QByteArray("on"));
        QCOMPARE(lamp.payloadOff, QByteArray("off"));
        QVERIFY(lamp.stateTopic.isEmpty()); // optimistic
        QVERIFY(lamp.state.field.isEmpty());
        QVERIFY(lamp.isCommandable());
        QCOMPARE(validateEntity(lamp), QString());

        const Device device = makeManualDevice(QStringLiteral("Office lamp"), {lamp});
        QCOMPARE(device.convention, QStringLiteral("manual"));
        QCOMPARE(device.name, QStringLiteral("Office lamp"));
        QVERIFY2(device.id.startsWith(QLatin1String("manual/office-lamp-")), qPrintable(device.id));
        QCOMPARE(device.entities.size(), 1);
        QVERIFY(device.entities.first() == lamp);
        QCOMPARE(validateDevice(device), QString());
    }

    void switchWithStateAndAvailability()
    {
        const Entity e =
            makeSwitchEntity(QStringLiteral("Fan"), "home/fan/set", "home/fan/state", "home/fan/status");
        QCOMPARE(e.stateTopic, QByteArray("home/fan/state"));
        QCOMPARE(e.stateOn, QByteArray("on"));
        QCOMPARE(e.stateOff, QByteArray("off"));
        QCOMPARE(e.availabilityTopic, QByteArray("home/fan/status"));
        QCOMPARE(e.payloadAvailable, QByteArray("online"));
        QCOMPARE(validateEntity(e), QString());
    }

    void idsDifferForTheSameName()
    {
        const Entity lamp = makeSwitchEntity(QStringLiteral("Lamp"), "a/b");
        const Device first = makeManualDevice(QStringLiteral("Lamp"), {lamp});
        const Device second = makeManualDevice(QStringLiteral("Lamp"), {lamp});
        QVERIFY(first.id != second.id);
    }

    void slugs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("slug");
        QTest::newRow("words") << QStringLiteral("Office Lamp") << QStringLiteral("office-lamp");
        QTest::newRow("punctuation collapses")
            << QStringLiteral("  Lamp #2 (left)! ") << QStringLiteral("lamp-2-left");
        QTest::newRow("non-ASCII letters become separators")
            << QStringLiteral("Küche") << QStringLiteral("k-che");
        QTest::newRow("nothing usable") << QStringLiteral("💡 ✓") << QString();
    }

    void slugs()
    {
        QFETCH(QString, text);
        QFETCH(QString, slug);
        QCOMPARE(slugOf(text), slug);
    }

    void entityKeysAreMadeUnique()
    {
        Entity a = makeSwitchEntity(QStringLiteral("Relay"), "r/1");
        Entity b = makeSwitchEntity(QStringLiteral("Relay"), "r/2");
        Entity c = sensor("r/t");
        c.key.clear();
        c.name = QStringLiteral("💡");
        const Device device = makeManualDevice(QStringLiteral("💡"), {a, b, c});
        QVERIFY2(device.id.startsWith(QLatin1String("manual/device-")), qPrintable(device.id));
        QCOMPARE(device.entities[0].key, QStringLiteral("relay"));
        QCOMPARE(device.entities[1].key, QStringLiteral("relay-2"));
        QCOMPARE(device.entities[2].key, QStringLiteral("entity"));
    }

    void validation_data()
    {
        QTest::addColumn<Entity>("entity");
        QTest::addColumn<QString>("mentions"); // empty: valid

        const Entity lamp = makeSwitchEntity(QStringLiteral("Lamp"), "home/lamp");
        QTest::newRow("plain lamp is valid") << lamp << QString();
        QTest::newRow("sensor with a state topic is valid") << sensor("home/t") << QString();
        QTest::newRow("light is valid") << light() << QString();
        QTest::newRow("unicode topic is valid (MQTT-4.7.3-2 allows any UTF-8 but NUL)")
            << makeSwitchEntity(QStringLiteral("Lamp"), QStringLiteral("home/küche/灯").toUtf8())
            << QString();
        QTest::newRow("topic of 65535 bytes is valid (MQTT-4.7.3-3)")
            << makeSwitchEntity(QStringLiteral("Lamp"), QByteArray(65535, 'a')) << QString();

        QTest::newRow("no name") << makeSwitchEntity(QStringLiteral("   "), "home/lamp")
                                 << QStringLiteral("name");
        QTest::newRow("switch without a command topic")
            << makeSwitchEntity(QStringLiteral("Lamp"), QByteArray(), "home/lamp/state")
            << QStringLiteral("command topic");
        Entity lightWithout = light();
        lightWithout.commandTopic.clear();
        QTest::newRow("light without a command topic") << lightWithout << QStringLiteral("command topic");
        QTest::newRow("sensor without a state topic")
            << sensor(QByteArray()) << QStringLiteral("state topic");
        Entity binary = sensor(QByteArray());
        binary.kind = EntityKind::BinarySensor;
        QTest::newRow("binary sensor without a state topic") << binary << QStringLiteral("state topic");

        QTest::newRow("'+' in a topic name (MQTT-4.7.1-1)")
            << makeSwitchEntity(QStringLiteral("Lamp"), "home/+/lamp") << QStringLiteral("wildcard");
        QTest::newRow("'#' in a state topic (MQTT-4.7.1-1)")
            << makeSwitchEntity(QStringLiteral("Lamp"), "home/lamp", "home/#") << QStringLiteral("wildcard");
        QTest::newRow("NUL in a topic (MQTT-4.7.3-2)")
            << makeSwitchEntity(QStringLiteral("Lamp"), QByteArray("home/\0lamp", 10))
            << QStringLiteral("NUL");
        QTest::newRow("ill-formed UTF-8 in an availability topic (MQTT-1.5.3-1)")
            << makeSwitchEntity(QStringLiteral("Lamp"), "home/lamp", {}, QByteArray("home/\xc3\x28", 7))
            << QStringLiteral("UTF-8");
        QTest::newRow("topic of 65536 bytes (MQTT-4.7.3-3)")
            << makeSwitchEntity(QStringLiteral("Lamp"), QByteArray(65536, 'a')) << QStringLiteral("65535");
        Entity badBrightness = light();
        badBrightness.brightnessCommandTopic = "home/desk/+";
        QTest::newRow("wildcard in a brightness command topic")
            << badBrightness << QStringLiteral("brightness command topic");

        Entity same = lamp;
        same.payloadOff = "on";
        QTest::newRow("on and off payloads equal") << same << QStringLiteral("payloads");
        Entity emptyOn = lamp;
        emptyOn.payloadOn.clear();
        QTest::newRow("empty on payload") << emptyOn << QStringLiteral("payload");
        Entity sameState = makeSwitchEntity(QStringLiteral("Lamp"), "home/lamp", "home/lamp/state");
        sameState.stateOff = "ON";
        QTest::newRow("on and off states equal but for case") << sameState << QStringLiteral("states");
        Entity noMax = light();
        noMax.brightnessMax = 0;
        QTest::newRow("light with highest brightness 0") << noMax << QStringLiteral("brightness");
        Entity noValue = light();
        noValue.brightnessTemplate = "50";
        QTest::newRow("brightness template without {value}") << noValue << QStringLiteral("{value}");
    }

    void validation()
    {
        QFETCH(Entity, entity);
        QFETCH(QString, mentions);
        const QString problem = validateEntity(entity);
        if (mentions.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else {
            QVERIFY(!problem.isEmpty());
            QVERIFY2(problem.contains(mentions, Qt::CaseInsensitive), qPrintable(problem));
        }
    }

    void deviceValidation_data()
    {
        QTest::addColumn<Device>("device");
        QTest::addColumn<QString>("mentions");
        const Entity lamp = makeSwitchEntity(QStringLiteral("Lamp"), "home/lamp");
        QTest::newRow("valid") << makeManualDevice(QStringLiteral("Hall"), {lamp}) << QString();
        QTest::newRow("no name") << makeManualDevice(QStringLiteral(" "), {lamp}) << QStringLiteral("name");
        QTest::newRow("no entities") << makeManualDevice(QStringLiteral("Hall"), {})
                                     << QStringLiteral("at least");
        Device twice = makeManualDevice(QStringLiteral("Hall"), {lamp, lamp});
        twice.entities[1].key = twice.entities[0].key;
        QTest::newRow("two entities with one key") << twice << QStringLiteral("share");
        QTest::newRow("an invalid entity")
            << makeManualDevice(QStringLiteral("Hall"), {lamp, sensor(QByteArray())})
            << QStringLiteral("state topic");
    }

    void deviceValidation()
    {
        QFETCH(Device, device);
        QFETCH(QString, mentions);
        const QString problem = validateDevice(device);
        if (mentions.isEmpty()) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        } else {
            QVERIFY2(problem.contains(mentions, Qt::CaseInsensitive), qPrintable(problem));
        }
    }
};

QTEST_GUILESS_MAIN(TestManualDevice)
#include "tst_manualdevice.moc"
