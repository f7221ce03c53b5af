// DeviceRuntime (core/devices) against real brokers on loopback: homewire-broker
// and Mosquitto, each started by the test on an ephemeral port, with the
// device side played by a second MqttClient.
//
// Covers recognition through a convention (and a convention that throws or
// reports errors), switch and brightness commands with their confirmation,
// timeout and optimistic outcomes, states read from JSON members,
// availability from a real will message, lastSeenMs (live reports only) and
// the sensor history with a manual clock, batching of statesChanged, Failed
// when not connected, the recent messages an entity starts from (bounded by
// bytes; also read again for a redefined entity), a start on another broker,
// and announcing a recognized device again.
#include "devices/deviceruntime.h"
#include "devicetest.h"

#include <QTcpServer>

using namespace homewire;
using namespace homewire::devices;
using namespace devicetest;
using homewire::mqtt::QoS;

Q_DECLARE_METATYPE(homewire::devices::Sample)

namespace {

constexpr int WaitMs = mqttclienttest::WaitMs;

Entity switchEntity(const QByteArray &root, bool withStateTopic)
{
    Entity e;
    e.key = QStringLiteral("power");
    e.name = QStringLiteral("Lamp");
    e.commandTopic = root + "/set";
    e.payloadOn = "ON";
    e.payloadOff = "OFF";
    if (withStateTopic)
        e.stateTopic = root + "/state";
    e.stateOn = "ON";
    e.stateOff = "OFF";
    return e;
}

// A switch reading a topic the fake convention's filter covers
// ("<root>/<name>/config"), so the runtime keeps its recent message.
Entity coveredSwitch(const QByteArray &root, const QByteArray &name, const QString &jsonField = {})
{
    Entity e = switchEntity(root, true);
    e.stateTopic = root + "/" + name + "/config";
    e.state = ValuePath{jsonField};
    return e;
}

Device deviceWith(const QByteArray &root, const Entity &entity)
{
    Device d;
    d.id = QStringLiteral("test/") + QString::fromUtf8(root);
    d.name = QStringLiteral("Test device");
    d.convention = QStringLiteral("test");
    d.entities = {entity};
    return d;
}

bool wasRecognized(const QSignalSpy &found, const QString &id)
{
    return std::any_of(found.cbegin(), found.cend(), [&id](const QList<QVariant> &args) {
        const QList<Device> devices = args.at(0).value<QList<Device>>();
        return std::any_of(devices.cbegin(), devices.cend(), [&id](const Device &d) { return d.id == id; });
    });
}

EntityRef refOf(const Device &device)
{
    return EntityRef{device.id, device.entities.constFirst().key};
}

} // namespace

class tst_DeviceRuntime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HW_START_BROKER(m_broker); }
    void cleanup() { HW_VERIFY_BROKER_ALIVE(m_broker); }
    void cleanupTestCase() { HW_STOP_BROKER(m_broker); }

    void recognition_data();
    void recognition();
    void conventionThatCannotStartIsLeftOut();
    void switchCommand_data();
    void switchCommand();
    void jsonStatesAndBrightness();
    void brightnessTemplate_data();
    void brightnessTemplate();
    void availabilityFromWill_data();
    void availabilityFromWill();
    void sensorHistory_data();
    void sensorHistory();
    void statesChangedAreBatched();
    void failedWhenNotConnected_data();
    void failedWhenNotConnected();
    void watchFollowsTheDeviceList();
    void stateSeenBeforeWatchIsApplied_data();
    void stateSeenBeforeWatchIsApplied();
    void recentMessagesKeepToTheirBudget();
    void redefinedEntityReadsTheRecentMessagesAgain();
    void anotherBrokerStartsTheStatesAfresh();
    void reannounceRepeatsTheLastRecognition();

private:
    // Starts `runtime` on the broker and waits for the connection.
    [[nodiscard]] bool startRuntime(DeviceRuntime &runtime, Recorder &recorder)
    {
        runtime.start(mqttclienttest::profileFor(m_broker.port()));
        return QTest::qWaitFor([&] { return recorder.connected && runtime.isConnected(); }, WaitMs);
    }

    BrokerProcess m_broker;
};

void tst_DeviceRuntime::recognition_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QStringList>("recognized");
    QTest::addColumn<QStringList>("withdrawn");
    QTest::addColumn<int>("failures");

    const QStringList lamp{QStringLiteral("fake/lamp")};
    QTest::newRow("announcement recognized") << QByteArray("Office lamp") << lamp << QStringList() << 0;
    QTest::newRow("empty config withdraws the device") << QByteArray() << QStringList() << lamp << 0;
    QTest::newRow("error with devices: logged, devices still used")
        << QByteArray("partial") << lamp << QStringList() << 1;
    QTest::newRow("error without devices") << QByteArray("garbage") << QStringList() << QStringList() << 1;
    QTest::newRow("recognizer throws std::exception")
        << QByteArray("throw") << QStringList() << QStringList() << 1;
    QTest::newRow("recognizer throws something else")
        << QByteArray("throw-int") << QStringList() << QStringList() << 1;
}

void tst_DeviceRuntime::recognition()
{
    QFETCH(QByteArray, payload);
    QFETCH(QStringList, recognized);
    QFETCH(QStringList, withdrawn);
    QFETCH(int, failures);

    const QByteArray root = topicRoot();
    FakeConvention convention(root);
    DeviceRuntime runtime;
    runtime.setConventions({&convention});
    Recorder recorder(runtime);
    QSignalSpy found(&runtime, &DeviceRuntime::devicesRecognized);
    QSignalSpy gone(&runtime, &DeviceRuntime::devicesWithdrawn);
    QVERIFY2(startRuntime(runtime, recorder), qPrintable(recorder.lastError));
    FakeDevice device(m_broker.port());
    QVERIFY(device.waitReady());

    device.publish(root + "/lamp/config", payload, true);
    // A second device after it: the runtime keeps working whatever the first did.
    device.publish(root + "/fan/config", "Fan", true);
    QTRY_VERIFY_WITH_TIMEOUT(!found.isEmpty() &&
                                 found.constLast().at(0).value<QList<Device>>().constLast().id ==
                                     QStringLiteral("fake/fan"),
                             WaitMs);

    QStringList ids;
    QList<Device> devices;
    for (const QList<QVariant> &args : std::as_const(found))
        devices += args.at(0).value<QList<Device>>();
    for (const Device &d : std::as_const(devices))
        ids.append(d.id);
    QCOMPARE(ids, recognized + QStringList{QStringLiteral("fake/fan")});
    QCOMPARE(devices.constFirst().convention, QStringLiteral("fake")); // filled in for the convention
    QStringList withdrawnIds;
    for (const QList<QVariant> &args : std::as_const(gone))
        withdrawnIds += args.at(0).toStringList();
    QCOMPARE(withdrawnIds, withdrawn);
    QCOMPARE(recorder.failures.size(), failures);
    for (const QStringList &failure : std::as_const(recorder.failures)) {
        QCOMPARE(failure.at(0), QStringLiteral("fake"));
        QCOMPARE(failure.at(1), QString::fromUtf8(root + "/lamp/config"));
        QVERIFY(!failure.at(2).isEmpty());
    }
}

void tst_DeviceRuntime::conventionThatCannotStartIsLeftOut()
{
    const QByteArray root = topicRoot();
    FakeConvention broken(root, true);
    FakeConvention working(root);
    DeviceRuntime runtime;
    runtime.setConventions({&broken, &working});
    Recorder recorder(runtime);
    QSignalSpy found(&runtime, &DeviceRuntime::devicesRecognized);
    QVERIFY2(startRuntime(runtime, recorder), qPrintable(recorder.lastError));
    QCOMPARE(recorder.failures.size(), 1);
    QCOMPARE(recorder.failures.constFirst().at(0), QStringLiteral("broken"));

    FakeDevice device(m_broker.port());
    QVERIFY(device.waitReady());
    device.publish(root + "/plug/config", "Plug", true);
    QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, WaitMs);
    QCOMPARE(found.constFirst().at(0).value<QList<Device>>().constFirst().id, QStringLiteral("fake/plug"));
}

void tst_DeviceRuntime::switchCommand_data()
{
    QTest::addColumn<bool>("withStateTopic");
    QTest::addColumn<QByteArray>("initial"); // the state the device retained before; empty: none
    QTest::addColumn<QByteArray>("answer");  // what the device reports; empty: nothing
    QTest::addColumn<bool>("late");          // the answer comes after the timeout
    QTest::addColumn<CommandState>("outcome");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("on"); // -1: unknown

    QTest::newRow("device reports the target: Confirmed")
        << true << QByteArray("OFF") << QByteArray("ON") << false << CommandState::Confirmed << QString()
        << 1;
    QTest::newRow("device reports it in other case: Confirmed")
        << true << QByteArray("OFF") << QByteArray("on") << false << CommandState::Confirmed << QString()
        << 1;
    QTest::newRow("answer after the timeout: Confirmed late")
        << true << QByteArray("OFF") << QByteArray("ON") << true << CommandState::Confirmed << QString() << 1;
    QTest::newRow("no answer, never reported: TimedOut")
        << true << QByteArray() << QByteArray() << false << CommandState::TimedOut
        << QStringLiteral("no answer from the device") << -1;
    QTest::newRow("no answer: TimedOut naming the last report")
        << true << QByteArray("OFF") << QByteArray() << false << CommandState::TimedOut
        << QStringLiteral("no answer from the device; it last reported “OFF”") << 0;
    QTest::newRow("device stays off: TimedOut with what it said")
        << true << QByteArray("OFF") << QByteArray("OFF") << false << CommandState::TimedOut
        << QStringLiteral("the device reported “OFF” instead") << 0;
    QTest::newRow("no state topic: Optimistic, assumed on")
        << false << QByteArray() << QByteArray() << false << CommandState::Optimistic << QString() << 1;
}

void tst_DeviceRuntime::switchCommand()
{
    QFETCH(bool, withStateTopic);
    QFETCH(QByteArray, initial);
    QFETCH(QByteArray, answer);
    QFETCH(bool, late);
    QFETCH(CommandState, outcome);
    QFETCH(QString, error);
    QFETCH(int, on);

    const QByteArray root = topicRoot();
    const Device lamp = deviceWith(root, switchEntity(root, withStateTopic));
    const EntityRef ref = refOf(lamp);
    ManualClock clock;
    DeviceRuntime runtime(&clock);
    runtime.setConfirmTimeoutMs(300);
    runtime.watch({lamp});
    Recorder recorder(runtime);
    FakeDevice device(m_broker.port(), QString::fromUtf8(root + "/set"));
    QVERIFY(device.waitReady());
    if (!initial.isEmpty())
        device.publish(root + "/state", initial, true);
    QVERIFY2(startRuntime(runtime, recorder), qPrintable(recorder.lastError));
    if (!initial.isEmpty())
        QTRY_COMPARE_WITH_TIMEOUT(runtime.state(ref)->on, std::optional<bool>(false), WaitMs);

    clock.advance(1000);
    runtime.setSwitch(ref, true);
    QCOMPARE(runtime.state(ref)->command, withStateTopic ? CommandState::Pending : CommandState::Optimistic);
    QCOMPARE(runtime.state(ref)->commandTarget, true);
    QCOMPARE(runtime.state(ref)->commandSentMs, clock.nowMs());
    // The command: the payload exactly, QoS 1, not retained.
    QTRY_COMPARE_WITH_TIMEOUT(device.received(root + "/set").size(), 1, WaitMs);
    const mqtt::ApplicationMessage command = device.received(root + "/set").constFirst();
    QCOMPARE(command.payload, QByteArray("ON"));
    QCOMPARE(command.qos, QoS::AtLeastOnce);
    QCOMPARE(command.retained, false);
    // Not retained either: a new subscription would get it with RETAIN set
    // (MQTT-3.3.1-8), before the marker published after it.
    const QString wider = QString::fromUtf8(root + "/+");
    device.client.subscribe(wider, QoS::AtLeastOnce);
    QTRY_COMPARE_WITH_TIMEOUT(device.recorder.subscribedOk(wider), 1, WaitMs);
    device.publish(root + "/set", "marker");
    const auto markerArrived = [&] {
        const QList<mqtt::ApplicationMessage> set = device.received(root + "/set");
        return std::any_of(set.cbegin(), set.cend(), [](const auto &m) { return m.payload == "marker"; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(markerArrived(), WaitMs);
    for (const mqtt::ApplicationMessage &m : device.received(root + "/set"))
        QVERIFY2(!m.retained, m.payload.constData());

    if (late)
        QTRY_COMPARE_WITH_TIMEOUT(runtime.state(ref)->command, CommandState::TimedOut, WaitMs);
    else
        QCOMPARE(runtime.state(ref)->command,
                 withStateTopic ? CommandState::Pending : CommandState::Optimistic);
    if (!answer.isEmpty())
        device.publish(root + "/state", answer);
    QTRY_COMPARE_WITH_TIMEOUT(runtime.state(ref)->command, outcome, WaitMs);
    QCOMPARE(runtime.state(ref)->commandError, error);
    QCOMPARE(runtime.state(ref)->on, on < 0 ? std::optional<bool>() : std::optional<bool>(on == 1));
    // The same reaches the dashboard through statesChanged.
    QTRY_COMPARE_WITH_TIMEOUT(recorder.command(ref), outcome, WaitMs);
    QCOMPARE(recorder.latest.value(ref), *runtime.state(ref));
}

void tst_DeviceRuntime::jsonStatesAndBrightness()
{
    // A Zigbee2MQTT light: one JSON state message with "state" and
    // "brightness", commands as JSON to ".../set".
    const QByteArray root = topicRoot();
    Entity light;
    light.key = QStringLiteral("light");
    light.kind = EntityKind::Light;
    light.commandTopic = root + "/set";
    light.payloadOn = R"({"state":"ON"})";
    light.payloadOff = R"({"state":"OFF"})";
    light.brightnessTemplate = R"({"brightness":{value}})";
    light.brightnessMax = 254;
    light.stateTopic = root;
    light.state = ValuePath{QStringLiteral("state")};
    light.stateOn = "ON";
    light.stateOff = "OFF";
    light.brightness = ValuePath{QStringLiteral("brightness")};
    const Device bulb = deviceWith(root, light);
    const EntityRef ref = refOf(bulb);

    DeviceRuntime runtime;
    runtime.setConfirmTimeoutMs(WaitMs);
    runtime.watch({bulb});
    Recorder recorder(runtime);
    FakeDevice device(m_broker.port(), QString::fromUtf8(root + "/set"));
    QVERIFY(device.waitReady());
    device.publish(root, R"({"state":"ON","brightness":120,"linkquality":87})", true);
    QVERIFY2(startRuntime(runtime, recorder), qPrintable(recorder.lastError));
    QTRY_COMPARE_WITH_TIMEOUT(runtime.state(ref)->brightness, std::optional<int>(120), WaitMs);
    QCOMPARE(runtime.state(ref)->on, std::optional<bool>(true));

    runtime.setBrightness(ref, 200);
    QCOMPARE(runtime.state(ref)->command, CommandState::Pending);
    QTRY_COMPARE_WITH_TIMEOUT(device.received(root + "/set").size(), 1, WaitMs);
    QCOMPARE(device.received(root + "/set").constFirst().payload, QByteArray(R"({"brightness":200})"));
    // Only the on/off in the answer: still waiting for the level.
    device.publish(root, R"({"state":"ON"})");
    device.publish(root, R"({"state":"ON","brightness":200})");
    QTRY_COMPARE_WITH_TIMEOUT(runtime.state(ref)->command, CommandState::Confirmed, WaitMs);
    QCOMPARE(runtime.state(ref)->brightness, std::optional<int>(200));

    runtime.setSwitch(ref, false);
    QTRY_COMPARE_WITH_TIMEOUT(device.received(root + "/set").size(), 2, WaitMs);
    QCOMPARE(device.received(root + "/set").constLast().payload, QByteArray(R"({"state":"OFF"})"));
    device.publish(root, R"({"state":"OFF","brightness":200})");
    QTRY_COMPARE_WITH_TIMEOUT(runtime.state(ref)->command, CommandState::Confirmed, WaitMs);
    QCOMPARE(runtime.state(ref)->on, std::optional<bool>(false));
}

void tst_DeviceRuntime::brightnessTemplate_data()
{
    QTest::addColumn<QByteArray>("brightnessTopic"); // under the root; empty: the command topic
    QTest::addColumn<QByteArray>("brightnessTemplate");
    QTest::addColumn<int>("level");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("Tasmota Dimmer: the plain value")
        << QByteArray("/Dimmer") << QByteArray("{value}") << 42 << QByteArray("42");
    QTest::newRow("JSON template on the command topic")
        << QByteArray() << QByteArray(R"({"brightness":{value}})") << 7 << QByteArray(R"({"brightness":7})");
    QTest::newRow("value used twice")
        << QByteArray("/level") << QByteArray("{value}/{value}") << 50 << QByteArray("50/50");
    QTest::newRow("level above the maximum is clamped")
        << QByteArray("/level") << QByteArray("{value}") << 300 << QByteArray("100");
    QTest::newRow("negative level is clamped to 0")
        << QByteArray("/level") << QByteArray("{value}") << -5 << QByteArray("0");
}

void tst_DeviceRuntime::brightnessTemplate()
{
    QFETCH(QByteArray, brightnessTopic);
    QFETCH(QByteArray, brightnessTemplate);
    QFETCH(int, level);
    QFETCH(QByteArray, expected);

    const QByteArray root = topicRoot();
    Entity light = switchEntity(root, false);
    light.kind = EntityKind::Light;
    light.brightnessCommandTopic = brightnessTopic.isEmpty() ? QByteArray() : root + brightnessTopic;
    light.brightnessTemplate = brightnessTemplate;
    const Device dimmer = deviceWith(root, light);
    const EntityRef ref = refOf(dimmer);
    DeviceRuntime runtime;
    runtime.watch({dimmer});
    Recorder recorder(runtime);
    FakeDevice device(m_broker.port(), QString::fromUtf8(root + "/#"));
    QVERIFY(device.waitReady());
    QVERIFY2(startRuntime(runtime, recorder), qPrintable(recorder.lastError));

    runtime.setBrightness(ref, level);
    const QByteArray topic = brightnessTopic.isEmpty() ? root + "/set" : root + brightnessTopic;
    QTRY_COMPARE_WITH_TIMEOUT(device.received(topic).size(), 1, WaitMs);
    QCOMPARE(device.received(topic).constFirst().payload, expected);
    // Nothing reports the level of this light: it is assumed.
    QCOMPARE(runtime.state(ref)->command, CommandState::Optimistic);
    const int assumed = qBound(0, level, light.brightnessMax);
    QCOMPARE(runtime.state(ref)->brightness, std::optional<int>(assumed));
    QCOMPARE(runtime.state(ref)->on, std::optional<bool>(assumed > 0));
}

void tst_DeviceRuntime::availabilityFromWill_data()
{
    QTest::addColumn<mqtt::ProtocolVersion>("version");
    // 5.0: DISCONNECT with reason 0x04; 3.1.1: the connection is dropped.
    QTest::newRow("MQTT 5.0 disconnect with will") << mqtt::ProtocolVersion::V5;
    QTest::newRow("MQTT 3.1.1 connection dropped") << mqtt::ProtocolVersion::V311;
}

void tst_DeviceRuntime::availabilityFromWill()
{
    QFETCH(mqtt::ProtocolVersion, version);
    const QByteArray root = topicRoot();
    Entity plug = switchEntity(root, true);
    plug.availabilityTopic = root + "/status";
    const Device device = deviceWith(root, plug);
    const EntityRef ref = refOf(device);
    ManualClock clock;
    DeviceRuntime runtime(&clock);
    runtime.watch({device});
    Recorder recorder(runtime);
    QVERIFY2(startRuntime(runtime, recorder), qPrintable(recorder.lastError));
    QCOMPARE(runtime.state(ref)->availability, Availability::Unknown);
    QCOMPARE(runtime.state(ref)->lastSeenMs, qint64(0));

    FakeDevice side(m_broker.port(), QString::fromUtf8(root + "/set"), QString::fromUtf8(root + "/status"),
                    version);
    QVERIFY(side.waitReady());
    side.publish(root + "/status", "Online", true);
    QTRY_COMPARE_WITH_TIMEOUT(runtime.state(ref)->availability, Availability::Online, WaitMs);
    // An availability message alone is not the device reporting.
    QCOMPARE(runtime.state(ref)->lastSeenMs, qint64(0));
    clock.advance(1000);
    const qint64 reportedMs = clock.nowMs();
    side.publish(root + "/state", "ON");
    QTRY_COMPARE_WITH_TIMEOUT(runtime.state(ref)->lastSeenMs, reportedMs, WaitMs);

    clock.advance(60'000);
    side.client.disconnectFromBroker(client::MqttClient::Disconnect::WithWill);
    QTRY_COMPARE_WITH_TIMEOUT(runtime.state(ref)->availability, Availability::Offline, WaitMs);
    // The will is the broker speaking: "last seen" stays at the report.
    QCOMPARE(runtime.state(ref)->lastSeenMs, reportedMs);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.latest.value(ref).availability, Availability::Offline, WaitMs);

    // A retained will, on a new connection: offline, still not seen.
    FakeDevice broker(m_broker.port(), QString::fromUtf8(root + "/nothing"));
    QVERIFY(broker.waitReady());
    broker.publish(root + "/status", "offline", true);
    QTRY_COMPARE_WITH_TIMEOUT(broker.recorder.published.size(), 1, WaitMs);
    DeviceRuntime later(&clock);
    later.watch({device});
    Recorder laterRecorder(later);
    QVERIFY2(startRuntime(later, laterRecorder), qPrintable(laterRecorder.lastError));
    QTRY_COMPARE_WITH_TIMEOUT(later.state(ref)->availability, Availability::Offline, WaitMs);
    QCOMPARE(later.state(ref)->lastSeenMs, qint64(0));
}

void tst_DeviceRuntime::sensorHistory_data()
{
    // Each step: advance the manual clock by so many ms, then publish.
    QTest::addColumn<QList<qint64>>("advances");
    QTest::addColumn<QByteArrayList>("payloads");
    QTest::addColumn<qint64>("spanMs");
    QTest::addColumn<QList<Sample>>("expected"); // ms relative to the start
    QTest::addColumn<QString>("value");

    QTest::newRow("one reading, one sample")
        << QList<qint64>{0} << QByteArrayList{"21.5"} << qint64(3'600'000) << QList<Sample>{{0, 21.5}}
        << QStringLiteral("21.5");
    QTest::newRow("within 5 s the latest reading stands")
        << QList<qint64>{0, 1000, 3000} << QByteArrayList{"21", "21.5", "22"} << qint64(3'600'000)
        << QList<Sample>{{0, 22}} << QStringLiteral("22");
    QTest::newRow("a new sample every 5 s")
        << QList<qint64>{0, 5000, 4999, 1} << QByteArrayList{"1", "2", "3", "4"} << qint64(3'600'000)
        << QList<Sample>{{0, 1}, {5000, 3}, {10000, 4}} << QStringLiteral("4");
    QTest::newRow("samples older than the span are dropped")
        << QList<qint64>{0, 6000, 6000, 6000} << QByteArrayList{"1", "2", "3", "4"} << qint64(10'000)
        << QList<Sample>{{12000, 3}, {18000, 4}} << QStringLiteral("4");
    QTest::newRow("a reading that is not a number adds no sample")
        << QList<qint64>{0, 6000} << QByteArrayList{"5", "unavailable"} << qint64(3'600'000)
        << QList<Sample>{{0, 5}} << QStringLiteral("unavailable");
}

void tst_DeviceRuntime::sensorHistory()
{
    QFETCH(QList<qint64>, advances);
    QFETCH(QByteArrayList, payloads);
    QFETCH(qint64, spanMs);
    QFETCH(QList<Sample>, expected);
    QFETCH(QString, value);

    const QByteArray root = topicRoot();
    Entity sensor;
    sensor.key = QStringLiteral("temperature");
    sensor.kind = EntityKind::Sensor;
    sensor.stateTopic = root + "/tele";
    sensor.state = ValuePath{QStringLiteral("t")};
    const Device device = deviceWith(root, sensor);
    const EntityRef ref = refOf(device);
    ManualClock clock;
    const qint64 start = clock.nowMs();
    DeviceRuntime runtime(&clock);
    runtime.setHistorySpanMs(spanMs);
    runtime.watch({device});
    Recorder recorder(runtime);
    QVERIFY2(startRuntime(runtime, recorder), qPrintable(recorder.lastError));
    FakeDevice side(m_broker.port(), QString::fromUtf8(root + "/set"));
    QVERIFY(side.waitReady());

    for (qsizetype i = 0; i < payloads.size(); ++i) {
        clock.advance(advances.at(i));
        // Retained: the first one arrives even if the subscription is not
        // through yet; the next wait is on the reading itself.
        side.publish(root + "/tele", R"({"t":")" + payloads.at(i) + R"("})", true);
        QTRY_COMPARE_WITH_TIMEOUT(runtime.state(ref)->value, QString::fromUtf8(payloads.at(i)), WaitMs);
    }
    QList<Sample> history = runtime.state(ref)->history;
    for (Sample &sample : history)
        sample.ms -= start;
    QCOMPARE(history, expected);
    QCOMPARE(runtime.state(ref)->value, value);
    QCOMPARE(runtime.state(ref)->number.has_value(), value != QStringLiteral("unavailable"));
}

void tst_DeviceRuntime::statesChangedAreBatched()
{
    // 30 readings, each waited for, take far longer than 100 ms: statesChanged
    // comes at most every 100 ms with the latest state, never once a reading.
    const QByteArray root = topicRoot();
    Entity sensor;
    sensor.key = QStringLiteral("power");
    sensor.kind = EntityKind::Sensor;
    sensor.stateTopic = root + "/power";
    const Device device = deviceWith(root, sensor);
    const EntityRef ref = refOf(device);
    DeviceRuntime runtime;
    runtime.watch({device});
    Recorder recorder(runtime);
    QVERIFY2(startRuntime(runtime, recorder), qPrintable(recorder.lastError));
    FakeDevice side(m_broker.port(), QString::fromUtf8(root + "/set"));
    QVERIFY(side.waitReady());

    constexpr int Readings = 30;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 1; i <= Readings; ++i) {
        side.publish(root + "/power", QByteArray::number(i), true);
        QVERIFY(QTest::qWaitFor([&] { return runtime.state(ref)->value == QString::number(i); }, WaitMs));
    }
    QTRY_COMPARE_WITH_TIMEOUT(recorder.latest.value(ref).value, QString::number(Readings), WaitMs);
    QVERIFY2(recorder.stateSignals < Readings, QByteArray::number(recorder.stateSignals));
    QVERIFY2(recorder.stateSignals <= 2 + elapsed.elapsed() / 90, QByteArray::number(recorder.stateSignals));
    // A coarse 100 ms timer may fire up to 5 % early.
    for (qsizetype i = 1; i < recorder.signalTimesMs.size(); ++i)
        QVERIFY2(recorder.signalTimesMs.at(i) - recorder.signalTimesMs.at(i - 1) >= 90,
                 QByteArray::number(recorder.signalTimesMs.at(i) - recorder.signalTimesMs.at(i - 1)));
}

void tst_DeviceRuntime::failedWhenNotConnected_data()
{
    QTest::addColumn<bool>("started"); // against a port nobody listens on
    QTest::addColumn<bool>("withStateTopic");
    QTest::newRow("never started, state topic") << false << true;
    QTest::newRow("never started, optimistic entity: nothing assumed") << false << false;
    QTest::newRow("broker unreachable") << true << true;
}

void tst_DeviceRuntime::failedWhenNotConnected()
{
    QFETCH(bool, started);
    QFETCH(bool, withStateTopic);
    const QByteArray root = topicRoot();
    const Device lamp = deviceWith(root, switchEntity(root, withStateTopic));
    const EntityRef ref = refOf(lamp);
    DeviceRuntime runtime;
    runtime.watch({lamp});
    Recorder recorder(runtime);
    if (started) {
        runtime.start(mqttclienttest::profileFor(BrokerProcess::pickFreePort()));
        QTRY_VERIFY_WITH_TIMEOUT(!recorder.lastError.isEmpty(), WaitMs);
        QVERIFY(!runtime.isConnected());
    }
    runtime.setSwitch(ref, true);
    QCOMPARE(runtime.state(ref)->command, CommandState::Failed);
    QCOMPARE(runtime.state(ref)->commandError, QStringLiteral("not connected to a broker"));
    QCOMPARE(runtime.state(ref)->on, std::optional<bool>());
    runtime.setBrightness(ref, 10); // not a light: ignored
    QTRY_COMPARE_WITH_TIMEOUT(recorder.command(ref), CommandState::Failed, WaitMs);
    QCOMPARE(recorder.reported.value(ref), QList<CommandState>{CommandState::Failed});
}

void tst_DeviceRuntime::watchFollowsTheDeviceList()
{
    // A convention's filter covers the first device's state topic; the second
    // device's topic needs a subscription of its own once it is watched.
    const QByteArray root = topicRoot();
    FakeConvention convention(root);
    const Device first = deviceWith(root + "/a", switchEntity(root + "/a", true));
    const Device second = deviceWith(root + "/b", switchEntity(root + "/b", true));
    Entity coveredEntity = switchEntity(root, true);
    coveredEntity.stateTopic = root + "/covered/config";
    const Device covered = deviceWith(root + "/c", coveredEntity);
    DeviceRuntime runtime;
    runtime.setConventions({&convention});
    runtime.watch({first, covered});
    Recorder recorder(runtime);
    FakeDevice side(m_broker.port(), QString::fromUtf8(root + "/nothing"));
    QVERIFY(side.waitReady());
    side.publish(root + "/a/state", "ON", true);
    side.publish(root + "/b/state", "ON", true);
    QVERIFY2(startRuntime(runtime, recorder), qPrintable(recorder.lastError));
    QTRY_COMPARE_WITH_TIMEOUT(runtime.state(refOf(first))->on, std::optional<bool>(true), WaitMs);
    side.publish(root + "/covered/config", "ON");
    QTRY_COMPARE_WITH_TIMEOUT(runtime.state(refOf(covered))->on, std::optional<bool>(true), WaitMs);
    QVERIFY(!runtime.state(refOf(second)));

    // The second one joins: its retained state arrives; the first keeps its state.
    runtime.watch({first, second});
    QTRY_COMPARE_WITH_TIMEOUT(runtime.state(refOf(second))->on, std::optional<bool>(true), WaitMs);
    QCOMPARE(runtime.state(refOf(first))->on, std::optional<bool>(true));
    QVERIFY(!runtime.state(refOf(covered)));
    runtime.setSwitch(refOf(covered), true); // no longer watched: ignored
    QVERIFY(!runtime.state(refOf(covered)));
}

void tst_DeviceRuntime::stateSeenBeforeWatchIsApplied_data()
{
    QTest::addColumn<bool>("retained");
    QTest::newRow("retained before the start: read, but not seen") << true;
    QTest::newRow("live after the start: seen when it came, not when watched") << false;
}

void tst_DeviceRuntime::stateSeenBeforeWatchIsApplied()
{
    // A device's retained state arrives with its discovery, on a topic the
    // convention's own filter covers, before the device is accepted. Watching
    // it later must not wait for the next change: the broker will not send
    // the retained message again (no new subscription is made for it).
    QFETCH(bool, retained);
    const QByteArray root = topicRoot();
    FakeConvention convention(root);
    const Device late = deviceWith(root + "/late", coveredSwitch(root, "late"));
    ManualClock clock;
    DeviceRuntime runtime(&clock);
    runtime.setConventions({&convention});
    Recorder recorder(runtime);
    QSignalSpy found(&runtime, &DeviceRuntime::devicesRecognized);
    FakeDevice side(m_broker.port(), QString::fromUtf8(root + "/nothing"));
    QVERIFY(side.waitReady());
    if (retained)
        side.publish(root + "/late/config", "ON", true);
    // A retained marker the broker hands over only once the runtime's
    // subscription is in place: a live message sent before that is lost.
    side.publish(root + "/ready/config", "Ready", true);
    QVERIFY2(startRuntime(runtime, recorder), qPrintable(recorder.lastError));
    const auto recognized = [&found](const QString &id) {
        for (const QList<QVariant> &args : std::as_const(found)) {
            for (const Device &device : args.at(0).value<QList<Device>>()) {
                if (device.id == id)
                    return true;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(recognized(QStringLiteral("fake/ready")), WaitMs);
    const qint64 cameMs = clock.nowMs();
    if (!retained)
        side.publish(root + "/late/config", "ON");
    QTRY_VERIFY_WITH_TIMEOUT(recognized(QStringLiteral("fake/late")), WaitMs);

    clock.advance(10 * 60'000);
    runtime.watch({late});
    const std::optional<EntityState> state = runtime.state(refOf(late));
    QVERIFY(state);
    QCOMPARE(state->on, std::optional<bool>(true));
    QCOMPARE(state->lastSeenMs, retained ? qint64(0) : cameMs);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.latest.contains(refOf(late)), WaitMs);
}

void tst_DeviceRuntime::recentMessagesKeepToTheirBudget()
{
    // Far more topics than the budget holds: the least recently updated make
    // room, and a topic seen last is still there when its entity is watched.
    const QByteArray root = topicRoot();
    FakeConvention convention(root);
    DeviceRuntime runtime;
    runtime.setConventions({&convention});
    runtime.setRecentBudgetBytes(4096);
    Recorder recorder(runtime);
    QSignalSpy found(&runtime, &DeviceRuntime::devicesRecognized);
    QVERIFY2(startRuntime(runtime, recorder), qPrintable(recorder.lastError));
    FakeDevice side(m_broker.port(), QString::fromUtf8(root + "/nothing"));
    QVERIFY(side.waitReady());

    const QByteArray on = R"({"state":"ON","padding":")" + QByteArray(300, 'x') + R"("})";
    constexpr int Old = 30; // about 11 KiB
    for (int i = 0; i < Old; ++i)
        side.publish(root + "/old" + QByteArray::number(i) + "/config", on);
    side.publish(root + "/old0/config", on); // updated again: among the newest now
    side.publish(root + "/late/config", on);
    QTRY_VERIFY_WITH_TIMEOUT(wasRecognized(found, QStringLiteral("fake/late")), WaitMs);

    const Device late = deviceWith(root + "/late", coveredSwitch(root, "late", QStringLiteral("state")));
    const Device updated = deviceWith(root + "/old0", coveredSwitch(root, "old0", QStringLiteral("state")));
    const Device evicted = deviceWith(root + "/old1", coveredSwitch(root, "old1", QStringLiteral("state")));
    runtime.watch({late, updated, evicted});
    QCOMPARE(runtime.state(refOf(late))->on, std::optional<bool>(true));
    QCOMPARE(runtime.state(refOf(updated))->on, std::optional<bool>(true));
    QCOMPARE(runtime.state(refOf(evicted))->on, std::optional<bool>());
}

void tst_DeviceRuntime::redefinedEntityReadsTheRecentMessagesAgain()
{
    // A Tasmota light gains a Dimmer read from its RESULT message, then its
    // availability is read from the whole payload instead of a JSON member
    // (as Zigbee2MQTT's does when its availability setting changes). Both
    // messages came before: the redefined entity reads them again.
    const QByteArray root = topicRoot();
    FakeConvention convention(root);
    DeviceRuntime runtime;
    runtime.setConventions({&convention});
    Recorder recorder(runtime);
    QSignalSpy found(&runtime, &DeviceRuntime::devicesRecognized);
    FakeDevice side(m_broker.port(), QString::fromUtf8(root + "/nothing"));
    QVERIFY(side.waitReady());
    side.publish(root + "/power/config", "ON", true);
    side.publish(root + "/result/config", R"({"POWER":"ON","Dimmer":40})", true);
    side.publish(root + "/status/config", "online", true);
    QVERIFY2(startRuntime(runtime, recorder), qPrintable(recorder.lastError));
    QTRY_VERIFY_WITH_TIMEOUT(wasRecognized(found, QStringLiteral("fake/status")), WaitMs);

    Entity light = coveredSwitch(root, "power");
    light.kind = EntityKind::Light;
    light.availabilityTopic = root + "/status/config";
    light.availability = ValuePath{QStringLiteral("state")};
    const Device before = deviceWith(root, light);
    const EntityRef ref = refOf(before);
    runtime.watch({before});
    QCOMPARE(runtime.state(ref)->on, std::optional<bool>(true));
    QCOMPARE(runtime.state(ref)->brightness, std::optional<int>());
    QCOMPARE(runtime.state(ref)->availability, Availability::Unknown); // "online" is no JSON

    light.brightnessStateTopic = root + "/result/config";
    light.brightness = ValuePath{QStringLiteral("Dimmer")};
    runtime.watch({deviceWith(root, light)});
    QCOMPARE(runtime.state(ref)->brightness, std::optional<int>(40));

    light.availability = ValuePath{};
    runtime.watch({deviceWith(root, light)});
    QCOMPARE(runtime.state(ref)->availability, Availability::Online);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.latest.value(ref).availability, Availability::Online, WaitMs);
    QCOMPARE(recorder.latest.value(ref).brightness, std::optional<int>(40));
}

void tst_DeviceRuntime::anotherBrokerStartsTheStatesAfresh()
{
    const QByteArray root = topicRoot();
    const Device lamp = deviceWith(root, switchEntity(root, true));
    const EntityRef ref = refOf(lamp);
    DeviceRuntime runtime;
    runtime.setConfirmTimeoutMs(WaitMs);
    runtime.watch({lamp});
    Recorder recorder(runtime);
    FakeDevice side(m_broker.port(), QString::fromUtf8(root + "/nothing"));
    QVERIFY(side.waitReady());
    side.publish(root + "/state", "OFF", true);
    QVERIFY2(startRuntime(runtime, recorder), qPrintable(recorder.lastError));
    QTRY_COMPARE_WITH_TIMEOUT(runtime.state(ref)->on, std::optional<bool>(false), WaitMs);

    // The same broker again (a reconnect): what is known stays.
    QVERIFY2(startRuntime(runtime, recorder), qPrintable(recorder.lastError));
    QCOMPARE(runtime.state(ref)->on, std::optional<bool>(false));
    runtime.setSwitch(ref, true);
    QCOMPARE(runtime.state(ref)->command, CommandState::Pending);

    // Another broker: nothing of the old one holds; the entity stays watched.
    client::ConnectionProfile other = mqttclienttest::profileFor(BrokerProcess::pickFreePort());
    QVERIFY(!DeviceRuntime::sameBroker(other, mqttclienttest::profileFor(m_broker.port())));
    runtime.start(other);
    EntityState fresh;
    fresh.ref = ref;
    QVERIFY(runtime.state(ref));
    QCOMPARE(*runtime.state(ref), fresh);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.latest.value(ref), fresh, WaitMs);
    QCOMPARE(recorder.latest.value(ref).command, CommandState::Idle);
}

void tst_DeviceRuntime::reannounceRepeatsTheLastRecognition()
{
    const QByteArray root = topicRoot();
    FakeConvention convention(root);
    DeviceRuntime runtime;
    runtime.setConventions({&convention});
    Recorder recorder(runtime);
    QSignalSpy found(&runtime, &DeviceRuntime::devicesRecognized);
    QVERIFY2(startRuntime(runtime, recorder), qPrintable(recorder.lastError));
    FakeDevice side(m_broker.port(), QString::fromUtf8(root + "/nothing"));
    QVERIFY(side.waitReady());
    QSignalSpy gone(&runtime, &DeviceRuntime::devicesWithdrawn);
    side.publish(root + "/lamp/config", "Lamp");
    side.publish(root + "/fan/config", "Fan");
    side.publish(root + "/fan/config", QByteArray()); // withdrawn
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, WaitMs);
    found.clear();

    runtime.reannounce(QStringLiteral("fake/lamp"));
    QCOMPARE(found.size(), 1);
    Device lamp = FakeRecognizer::device(root, "lamp", QStringLiteral("Lamp"));
    lamp.convention = QStringLiteral("fake");
    QCOMPARE(found.constFirst().at(0).value<QList<Device>>(), QList<Device>{lamp});
    runtime.reannounce(QStringLiteral("fake/fan"));   // withdrawn
    runtime.reannounce(QStringLiteral("fake/never")); // never recognized
    QCOMPARE(found.size(), 1);
}

QTEST_GUILESS_MAIN(tst_DeviceRuntime)
#include "tst_deviceruntime.moc"
