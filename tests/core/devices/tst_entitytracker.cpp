// EntityTracker (core/devices): which topics an entity reads, and the fate of
// a command as the reports come in: Pending, Confirmed (also late),
// TimedOut with what was reported, Optimistic with the state assumed, and
// Failed undoing an assumption; which messages count as the device being seen
// (lastSeenMs), and which changes of definition call for reading again. No
// broker: the tests feed payloads and say when time is up, as DeviceRuntime
// does.
#include "devices/entitytracker.h"

#include <QtTest>

using namespace homewire::devices;

Q_DECLARE_METATYPE(homewire::devices::CommandState)
Q_DECLARE_METATYPE(homewire::devices::Availability)

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
    if (name.endsWith(QLatin1String("with availability")))
        e.availabilityTopic = "dev/status";
    return e;
}

// "topic=payload" to a read of that topic with the roles the entity gives it.
void report(EntityTracker &tracker, const QByteArray &message, qint64 nowMs, bool retained = false,
            bool replayed = false)
{
    const qsizetype equals = message.indexOf('=');
    const QByteArray topic = message.left(equals);
    const QByteArray payload = message.mid(equals + 1);
    for (const auto &[known, roles] : tracker.topics()) {
        if (known == topic)
            tracker.read({roles, payload, nowMs, retained, replayed}, 3'600'000);
    }
}

// "[retained] [replayed] topic=payload@ms"
void deliver(EntityTracker &tracker, QByteArray line)
{
    const auto flag = [&line](const QByteArray &word) {
        if (!line.startsWith(word + ' '))
            return false;
        line.remove(0, word.size() + 1);
        return true;
    };
    const bool retained = flag("retained");
    const bool replayed = flag("replayed");
    const qsizetype at = line.lastIndexOf('@');
    report(tracker, line.left(at), line.mid(at + 1).toLongLong(), retained, replayed);
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
    void lastSeen_data();
    void lastSeen();
    void replayedReportConfirmsNothing();
    void redefine_data();
    void redefine();
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

void tst_EntityTracker::lastSeen_data()
{
    QTest::addColumn<QByteArrayList>("messages");
    QTest::addColumn<qint64>("lastSeenMs");
    QTest::addColumn<int>("on"); // -1: unknown
    QTest::addColumn<Availability>("availability");

    const auto U = Availability::Unknown;
    QTest::newRow("a live state: seen then") << QByteArrayList{"dev/state=ON@1000"} << qint64(1000) << 1 << U;
    QTest::newRow("a live state that reads as nothing: still seen")
        << QByteArrayList{"dev/state=garbage@1000"} << qint64(1000) << -1 << U;
    QTest::newRow("a retained state: read, not seen (the broker kept it from before)")
        << QByteArrayList{"retained dev/state=ON@1000"} << qint64(0) << 1 << U;
    QTest::newRow("a live availability alone: not seen")
        << QByteArrayList{"dev/status=online@1000"} << qint64(0) << -1 << Availability::Online;
    QTest::newRow("a retained will at connect: offline, not seen")
        << QByteArrayList{"retained dev/state=ON@1000", "retained dev/status=offline@1000"} << qint64(0) << 1
        << Availability::Offline;
    QTest::newRow("a will after a live state: last seen stays at the state")
        << QByteArrayList{"dev/state=ON@1000", "dev/status=offline@60000"} << qint64(1000) << 1
        << Availability::Offline;
    QTest::newRow("a replayed live state: seen when it came")
        << QByteArrayList{"replayed dev/state=ON@3000"} << qint64(3000) << 1 << U;
    QTest::newRow("a replayed older state does not move it back")
        << QByteArrayList{"dev/state=OFF@5000", "replayed dev/state=OFF@3000"} << qint64(5000) << 0 << U;
    QTest::newRow("a replayed retained state: not seen")
        << QByteArrayList{"retained replayed dev/state=ON@3000"} << qint64(0) << 1 << U;
}

void tst_EntityTracker::lastSeen()
{
    QFETCH(QByteArrayList, messages);
    QFETCH(qint64, lastSeenMs);
    QFETCH(int, on);
    QFETCH(Availability, availability);
    EntityTracker tracker({QStringLiteral("d"), QStringLiteral("e")},
                          entityNamed(QStringLiteral("switch with availability")));
    for (const QByteArray &message : std::as_const(messages))
        deliver(tracker, message);
    QCOMPARE(tracker.state().lastSeenMs, lastSeenMs);
    QCOMPARE(tracker.state().on, on < 0 ? std::optional<bool>() : std::optional<bool>(on == 1));
    QCOMPARE(tracker.state().availability, availability);
}

void tst_EntityTracker::replayedReportConfirmsNothing()
{
    // A message kept from before the command cannot be the device's answer.
    EntityTracker tracker({QStringLiteral("d"), QStringLiteral("e")}, entityNamed(QStringLiteral("switch")));
    report(tracker, "dev/state=OFF", 1000);
    tracker.commandSent(1, tracker.switchCommand(true), true, std::nullopt, 2000);
    deliver(tracker, "replayed dev/state=ON@1500");
    QCOMPARE(tracker.state().command, CommandState::Pending);
    report(tracker, "dev/state=ON", 3000);
    QCOMPARE(tracker.state().command, CommandState::Confirmed);
}

void tst_EntityTracker::redefine_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("readsOtherwise");
    QTest::newRow("nothing") << QStringLiteral("nothing") << false;
    QTest::newRow("name") << QStringLiteral("name") << false;
    QTest::newRow("command payload") << QStringLiteral("command payload") << false;
    QTest::newRow("unit") << QStringLiteral("unit") << false;
    QTest::newRow("state topic") << QStringLiteral("state topic") << true;
    QTest::newRow("state value path") << QStringLiteral("state path") << true;
    QTest::newRow("state on word") << QStringLiteral("state on") << true;
    QTest::newRow("brightness read from a topic of its own") << QStringLiteral("brightness topic") << true;
    QTest::newRow("brightness value path") << QStringLiteral("brightness path") << true;
    QTest::newRow("brightness maximum") << QStringLiteral("brightness max") << true;
    QTest::newRow("availability topic") << QStringLiteral("availability topic") << true;
    QTest::newRow("availability read from the whole payload") << QStringLiteral("availability path") << true;
    QTest::newRow("availability word") << QStringLiteral("availability word") << true;
    QTest::newRow("kind") << QStringLiteral("kind") << true;
}

void tst_EntityTracker::redefine()
{
    QFETCH(QString, change);
    QFETCH(bool, readsOtherwise);
    Entity before = entityNamed(QStringLiteral("light with availability"));
    before.state = ValuePath{QStringLiteral("state")};
    before.brightness = ValuePath{QStringLiteral("brightness")};
    before.availability = ValuePath{QStringLiteral("state")};
    EntityTracker tracker({QStringLiteral("d"), QStringLiteral("e")}, before);
    report(tracker, R"(dev/state={"state":"ON","brightness":10})", 1000);
    Entity after = before;
    if (change == QLatin1String("name"))
        after.name = QStringLiteral("Renamed");
    else if (change == QLatin1String("command payload"))
        after.payloadOn = "1";
    else if (change == QLatin1String("unit"))
        after.unit = QStringLiteral("%");
    else if (change == QLatin1String("state topic"))
        after.stateTopic = "dev/other";
    else if (change == QLatin1String("state path"))
        after.state = ValuePath{QStringLiteral("POWER")};
    else if (change == QLatin1String("state on"))
        after.stateOn = "1";
    else if (change == QLatin1String("brightness topic"))
        after.brightnessStateTopic = "dev/RESULT";
    else if (change == QLatin1String("brightness path"))
        after.brightness = ValuePath{QStringLiteral("Dimmer")};
    else if (change == QLatin1String("brightness max"))
        after.brightnessMax = 100;
    else if (change == QLatin1String("availability topic"))
        after.availabilityTopic = "dev/LWT";
    else if (change == QLatin1String("availability path"))
        after.availability = ValuePath{};
    else if (change == QLatin1String("availability word"))
        after.payloadAvailable = "Online";
    else if (change == QLatin1String("kind"))
        after.kind = EntityKind::Switch;
    QCOMPARE(tracker.redefine(after), readsOtherwise);
    QCOMPARE(tracker.entity(), after);
    // The state stays either way; reading again is the runtime's business.
    QCOMPARE(tracker.state().brightness, std::optional<int>(10));
}

QTEST_GUILESS_MAIN(tst_EntityTracker)
#include "tst_entitytracker.moc"
