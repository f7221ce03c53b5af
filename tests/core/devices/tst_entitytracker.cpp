// EntityTracker (core/devices): which topics an entity reads, and the fate of
// a command as the reports come in: Pending, Confirmed (also late),
// TimedOut with what was reported, Optimistic with the state assumed, and
// Failed undoing an assumption. No broker: the tests feed payloads and say
// when time is up, as DeviceRuntime does.
#include "devices/entitytracker.h"

#include <QtTest>

using namespace homewire::devices;

Q_DECLARE_METATYPE(homewire::devices::CommandState)

namespace {

// The entities of the table, by name.
Entity entityNamed(const QString &name)
{
    Entity e;
    e.key = QStringLiteral("e");
    e.commandTopic = "dev/set";
    e.payloadOn = "ON";
    e.payloadOff = "OFF";
    e.stateOn = "ON";
    e.stateOff = "OFF";
    if (name != QLatin1String("switch without state topic"))
        e.stateTopic = "dev/state";
    if (name.startsWith(QLatin1String("light"))) {
        e.kind = EntityKind::Light;
        e.brightnessMax = 254;
    }
    if (name == QLatin1String("light with JSON state")) {
        e.state = ValuePath{QStringLiteral("state")};
        e.brightness = ValuePath{QStringLiteral("brightness")};
    }
    if (name == QLatin1String("light with brightness topic"))
        e.brightnessStateTopic = "dev/brightness";
    if (name == QLatin1String("light without state topic"))
        e.stateTopic.clear();
    return e;
}

// "topic=payload" to a read of that topic with the roles the entity gives it.
void report(EntityTracker &tracker, const QByteArray &message, qint64 nowMs)
{
    const qsizetype equals = message.indexOf('=');
    const QByteArray topic = message.left(equals);
    const QByteArray payload = message.mid(equals + 1);
    for (const auto &[known, roles] : tracker.topics()) {
        if (known == topic)
            tracker.read(roles, payload, nowMs, 3'600'000);
    }
}

} // namespace

class tst_EntityTracker : public QObject
{
    Q_OBJECT

private slots:
    void topics_data();
    void topics();
    void command_data();
    void command();
    void failureUndoesTheAssumption();
    void laterCommandIgnoresAnEarlierTimeout();
};

void tst_EntityTracker::topics_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QStringList>("expected"); // "topic:roles"

    QTest::newRow("switch reads its state topic")
        << QStringLiteral("switch") << QStringList{QStringLiteral("dev/state:1")};
    QTest::newRow("switch without state topic reads nothing")
        << QStringLiteral("switch without state topic") << QStringList();
    QTest::newRow("light with JSON state reads both from one topic")
        << QStringLiteral("light with JSON state") << QStringList{QStringLiteral("dev/state:3")};
    QTest::newRow("light with brightness topic reads two topics")
        << QStringLiteral("light with brightness topic")
        << QStringList{QStringLiteral("dev/state:1"), QStringLiteral("dev/brightness:2")};
    QTest::newRow("light reporting on/off only")
        << QStringLiteral("light on/off only") << QStringList{QStringLiteral("dev/state:1")};
}

void tst_EntityTracker::topics()
{
    QFETCH(QString, entity);
    QFETCH(QStringList, expected);
    const EntityTracker tracker({QStringLiteral("d"), QStringLiteral("e")}, entityNamed(entity));
    QStringList actual;
    for (const auto &[topic, roles] : tracker.topics())
        actual.append(QString::fromUtf8(topic) + QLatin1Char(':') + QString::number(roles));
    QCOMPARE(actual, expected);
}

void tst_EntityTracker::command_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QByteArrayList>("before"); // reports before the command
    QTest::addColumn<int>("level");             // -1: switch on; else a brightness command
    QTest::addColumn<QByteArray>("payload");    // what is published
    QTest::addColumn<CommandState>("sent");     // right after sending
    QTest::addColumn<QByteArrayList>("after");  // reports after it
    QTest::addColumn<bool>("timeUp");           // the timer fires after the reports
    QTest::addColumn<CommandState>("outcome");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("brightness"); // -1: unknown

    const auto P = CommandState::Pending;
    const QByteArrayList off{"dev/state=OFF"};
    QTest::newRow("switch confirmed by its state")
        << "switch" << off << -1 << QByteArray("ON") << P << QByteArrayList{"dev/state=ON"} << false
        << CommandState::Confirmed << QString() << -1;
    QTest::newRow("switch: a report of something else keeps it pending")
        << "switch" << off << -1 << QByteArray("ON") << P << QByteArrayList{"dev/state=toggling"} << false
        << P << QString() << -1;
    QTest::newRow("switch: no answer in time, then confirmed late")
        << "switch" << off << -1 << QByteArray("ON") << P << QByteArrayList{} << true
        << CommandState::TimedOut << "no answer from the device; it last reported “OFF”" << -1;
    QTest::newRow("switch without state topic is optimistic")
        << "switch without state topic" << QByteArrayList{} << -1 << QByteArray("ON")
        << CommandState::Optimistic << QByteArrayList{} << true << CommandState::Optimistic << QString()
        << -1;
    QTest::newRow("JSON light: brightness report confirms the level")
        << "light with JSON state" << QByteArrayList{R"(dev/state={"state":"ON","brightness":10})"} << 200
        << QByteArray("200") << P << QByteArrayList{R"(dev/state={"state":"ON","brightness":200})"} << false
        << CommandState::Confirmed << QString() << 200;
    QTest::newRow("JSON light: on/off alone does not confirm a level")
        << "light with JSON state" << QByteArrayList{} << 200 << QByteArray("200") << P
        << QByteArrayList{R"(dev/state={"state":"ON"})"} << true << CommandState::TimedOut
        << "the device reported “ON” instead" << -1;
    QTest::newRow("JSON light: level 0 confirmed by off")
        << "light with JSON state" << QByteArrayList{R"(dev/state={"state":"ON","brightness":10})"} << 0
        << QByteArray("0") << P << QByteArrayList{R"(dev/state={"state":"OFF"})"} << false
        << CommandState::Confirmed << QString() << 10;
    QTest::newRow("light with brightness topic: confirmed there")
        << "light with brightness topic" << QByteArrayList{} << 80 << QByteArray("80") << P
        << QByteArrayList{"dev/state=ON", "dev/brightness=80"} << false << CommandState::Confirmed
        << QString() << 80;
    QTest::newRow("brightness clamped to the maximum")
        << "light with brightness topic" << QByteArrayList{} << 999 << QByteArray("254") << P
        << QByteArrayList{"dev/brightness=254"} << false << CommandState::Confirmed << QString() << 254;
    QTest::newRow("on/off-only light turned on by a level: confirmed by on, level assumed")
        << "light on/off only" << off << 60 << QByteArray("60") << P << QByteArrayList{"dev/state=ON"}
        << false << CommandState::Confirmed << QString() << 60;
    QTest::newRow("on/off-only light already on: a new level is optimistic")
        << "light on/off only" << QByteArrayList{"dev/state=ON"} << 60 << QByteArray("60")
        << CommandState::Optimistic << QByteArrayList{} << true << CommandState::Optimistic << QString()
        << 60;
    QTest::newRow("light without state topic: optimistic, level assumed")
        << "light without state topic" << QByteArrayList{} << 30 << QByteArray("30")
        << CommandState::Optimistic << QByteArrayList{} << true << CommandState::Optimistic << QString()
        << 30;
}

void tst_EntityTracker::command()
{
    QFETCH(QString, entity);
    QFETCH(QByteArrayList, before);
    QFETCH(int, level);
    QFETCH(QByteArray, payload);
    QFETCH(CommandState, sent);
    QFETCH(QByteArrayList, after);
    QFETCH(bool, timeUp);
    QFETCH(CommandState, outcome);
    QFETCH(QString, error);
    QFETCH(int, brightness);

    EntityTracker tracker({QStringLiteral("d"), QStringLiteral("e")}, entityNamed(entity));
    for (const QByteArray &message : std::as_const(before))
        report(tracker, message, 1000);
    const EntityTracker::Command command =
        level < 0 ? tracker.switchCommand(true) : tracker.brightnessCommand(level);
    QCOMPARE(command.payload, payload);
    QCOMPARE(command.topic, QByteArray("dev/set"));
    tracker.commandSent(7, command, level != 0, level < 0 ? std::nullopt : std::optional<int>(level), 2000);
    QCOMPARE(tracker.state().command, sent);
    QCOMPARE(tracker.state().commandSentMs, qint64(2000));
    for (const QByteArray &message : std::as_const(after))
        report(tracker, message, 3000);
    if (timeUp)
        QCOMPARE(tracker.commandTimedOut(7), sent == CommandState::Pending && outcome != sent);
    QCOMPARE(tracker.state().command, outcome);
    QCOMPARE(tracker.state().commandError, error);
    QCOMPARE(tracker.state().brightness,
             brightness < 0 ? std::optional<int>() : std::optional<int>(brightness));

    // A late report of the target still confirms a timed-out command.
    if (outcome == CommandState::TimedOut && level < 0) {
        report(tracker, "dev/state=ON", 4000);
        QCOMPARE(tracker.state().command, CommandState::Confirmed);
        QCOMPARE(tracker.state().commandError, QString());
    }
}

void tst_EntityTracker::failureUndoesTheAssumption()
{
    EntityTracker tracker({QStringLiteral("d"), QStringLiteral("e")},
                          entityNamed(QStringLiteral("light without state topic")));
    tracker.commandSent(1, tracker.brightnessCommand(40), true, 40, 1000);
    QCOMPARE(tracker.state().brightness, std::optional<int>(40));
    QCOMPARE(tracker.state().on, std::optional<bool>(true));
    tracker.commandFailed(1, QStringLiteral("not authorized"));
    QCOMPARE(tracker.state().command, CommandState::Failed);
    QCOMPARE(tracker.state().commandError, QStringLiteral("not authorized"));
    QCOMPARE(tracker.state().brightness, std::optional<int>());
    QCOMPARE(tracker.state().on, std::optional<bool>());
}

void tst_EntityTracker::laterCommandIgnoresAnEarlierTimeout()
{
    EntityTracker tracker({QStringLiteral("d"), QStringLiteral("e")}, entityNamed(QStringLiteral("switch")));
    tracker.commandSent(1, tracker.switchCommand(true), true, std::nullopt, 1000);
    tracker.commandSent(2, tracker.switchCommand(false), false, std::nullopt, 1100);
    QVERIFY(!tracker.commandTimedOut(1));
    tracker.commandFailed(1, QStringLiteral("stale"));
    QCOMPARE(tracker.state().command, CommandState::Pending);
    QCOMPARE(tracker.state().commandTarget, false);
    QVERIFY(tracker.commandTimedOut(2));
    QCOMPARE(tracker.state().command, CommandState::TimedOut);
}

QTEST_GUILESS_MAIN(tst_EntityTracker)
#include "tst_entitytracker.moc"
