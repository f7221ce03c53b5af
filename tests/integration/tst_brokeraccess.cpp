// Users and ACL rules end to end: `homewire-broker user|acl ...` writes
// <dataDir>/access.db while a real homewire-broker process runs on that
// directory, and real clients (mosquitto_pub/sub, the raw client) see the
// change within about a second, without a restart. Also the command line's
// own errors and listings, and a damaged access.db that keeps the broker from
// starting. Homewire only: Mosquitto manages its users differently.
#include "accesstest.h"
#include "integrationtest.h"
#include "store/accessstore.h"
#include "toolprocess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace homewire;
using namespace tooltest;
using mqtt::QoS;

namespace {

// How long a change may take to reach the broker: the watcher polls every
// second; the rest is slack for a loaded machine and the sanitizers.
constexpr int ApplyTimeoutMs = 15'000;

// Low on purpose: the sanitizers make key derivation slow. The count is part
// of each stored hash, so the broker verifies with the count a hash was made with.
const QByteArray LowIterations = "password_iterations 1000\n";

mqtt::ConnectPacket login(const QByteArray &clientId, const QByteArray &user, const QByteArray &password)
{
    mqtt::ConnectPacket connect;
    connect.clientId = clientId;
    connect.userName = user;
    connect.password = password;
    return connect;
}

quint8 connackCode(const std::optional<mqtt::ConnackPacket> &connack)
{
    return connack ? connack->reasonCode : 0xff;
}

} // namespace

// The broker has loaded every change made so far: each bumps the revision by
// one, from 0 when the broker made the file.
#define HW_WAIT_UNTIL_APPLIED()                                                                              \
    QTRY_COMPARE_WITH_TIMEOUT(loadedAccessRevision(m_broker), m_changes, ApplyTimeoutMs)

class tst_BrokerAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { HW_VERIFY_BROKER_ALIVE(m_broker); }
    void cleanupTestCase() { HW_STOP_BROKER(m_broker); }

    void passwordsAreChecked();
    void publishIsFilteredByRules();
    void subscribeIsFilteredByRules();
    void userNamePatternInRule();
    void ruleChangeAppliesWithoutRestart();
    void changedPasswordLogsOutAndAppliesAtOnce();
    void removedUserIsDisconnectedAndRefused();
    void anonymousRefusedWhereTheListenerSaysSo();
    void failedLoginsBackOffAndOnlyAProvenSecretClearsThem();
    void damagedAccessDatabaseKeepsTheBrokerDown();

    void commandLineErrors_data();
    void commandLineErrors();
    void listsAndHashSettings();

private:
    static QString program() { return BrokerProcess::programPath(BrokerProcess::Kind::Homewire); }
    // `homewire-broker <arguments> --data-dir <dir>`.
    static Outcome manage(const QString &dataDir, QStringList arguments, const QByteArray &input = {})
    {
        arguments << arg("--data-dir") << dataDir;
        return runTool(program(), arguments, input);
    }
    // A change on the running broker's directory, which the broker must pick up.
    bool change(const QStringList &arguments, const QByteArray &input = {});
    bool addUser(const QByteArray &name, const QByteArray &password);
    bool addRule(const QStringList &subject, const QByteArray &filter, const char *access);
    QStringList clientArguments(const BrokerProcess &broker, const char *user, const char *password) const;
    Outcome publish(const char *user, const char *password, const char *topic, const char *payload);

    BrokerProcess m_broker{BrokerProcess::Kind::Homewire};
    QString m_config; // a configuration file the command line reads password_iterations from
    QTemporaryDir m_configDir;
    quint64 m_changes = 0;
};

void tst_BrokerAccess::initTestCase()
{
    if (!mosquittoToolsInstalled())
        QSKIP("the mosquitto client tools (or coreutils' stdbuf) are not installed");
    m_config = m_configDir.filePath(QStringLiteral("broker.conf"));
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(LowIterations);
    file.close();

    m_broker.setExtraConfig(LowIterations);
    HW_START_BROKER(m_broker);
    QVERIFY(!m_broker.dataDirectory().isEmpty());
    // The broker created access.db at start (revision 0) and logged it.
    QTRY_VERIFY_WITH_TIMEOUT(m_broker.log().contains("access.db revision 0 loaded"), ApplyTimeoutMs);
    // A user who may read and write everything, to watch what others do.
    QVERIFY(addUser("admin", "admin-pw"));
    QVERIFY(addRule({arg("--user"), arg("admin")}, "#", "readwrite"));
    HW_WAIT_UNTIL_APPLIED();
}

bool tst_BrokerAccess::change(const QStringList &arguments, const QByteArray &input)
{
    const Outcome outcome =
        manage(m_broker.dataDirectory(), arguments + QStringList{arg("-c"), m_config}, input);
    if (outcome.exitCode != 0) {
        qWarning().noquote() << arguments.join(QLatin1Char(' ')) << "failed:" << outcome.describe();
        return false;
    }
    ++m_changes;
    return true;
}

bool tst_BrokerAccess::addUser(const QByteArray &name, const QByteArray &password)
{
    return change({arg("user"), arg("add"), QString::fromUtf8(name), arg("--password-stdin")},
                  password + '\n');
}

bool tst_BrokerAccess::addRule(const QStringList &subject, const QByteArray &filter, const char *access)
{
    return change(QStringList{arg("acl"), arg("add")} + subject +
                  QStringList{arg("--topic"), QString::fromUtf8(filter), arg("--access"), arg(access)});
}

QStringList tst_BrokerAccess::clientArguments(const BrokerProcess &broker, const char *user,
                                              const char *password) const
{
    QStringList arguments = hostArguments(broker.port());
    if (user)
        arguments << arg("-u") << arg(user);
    if (password)
        arguments << arg("-P") << arg(password);
    return arguments;
}

Outcome tst_BrokerAccess::publish(const char *user, const char *password, const char *topic,
                                  const char *payload)
{
    return runMosquittoPub(clientArguments(m_broker, user, password) +
                           QStringList{arg("-t"), arg(topic), arg("-m"), arg(payload), arg("-q"), arg("1")});
}

void tst_BrokerAccess::passwordsAreChecked()
{
    QVERIFY(addUser("alice", "alice-pw"));
    HW_WAIT_UNTIL_APPLIED();

    const Outcome accepted = publish("alice", "alice-pw", "acc/pw/x", "hello");
    QVERIFY2(accepted.exitCode == 0, accepted.describe().constData());

    // MQTT-3.2.2 table 3.1: 0x04 "bad user name or password" for a wrong
    // password and for a user name nobody has (the two look alike, so user
    // names cannot be probed); MQTT-3.2.2-5: the connection is then closed.
    const Outcome wrong = publish("alice", "not-her-password", "acc/pw/x", "hello");
    QVERIFY2(wrong.exitCode != 0, wrong.describe().constData());
    QVERIFY2(wrong.err.contains("bad user name or password"), wrong.describe().constData());
    const Outcome unknown = publish("mallory", "alice-pw", "acc/pw/x", "hello");
    QVERIFY2(unknown.exitCode != 0, unknown.describe().constData());

    for (const auto &[user, password] : {std::pair<QByteArray, QByteArray>{"alice", "wrong"},
                                         std::pair<QByteArray, QByteArray>{"mallory", "alice-pw"}}) {
        RawClient client(m_broker.port());
        const auto connack = client.connectWith(login(it::clientId("pw"), user, password));
        QCOMPARE(connackCode(connack), quint8(0x04));
        HW_VERIFY_CLOSED_SILENTLY(client);
    }
    RawClient right(m_broker.port());
    QVERIFY(it::connected(right.connectWith(login(it::clientId("pw"), "alice", "alice-pw"))));
}

void tst_BrokerAccess::publishIsFilteredByRules()
{
    QVERIFY(addUser("writer", "writer-pw"));
    QVERIFY(addRule({arg("--user"), arg("writer")}, "acc/pub/allowed/#", "write"));
    HW_WAIT_UNTIL_APPLIED();

    Subscriber admin(clientArguments(m_broker, "admin", "admin-pw") +
                     QStringList{arg("-t"), arg("acc/pub/#"), arg("-q"), arg("1")});
    QVERIFY2(admin.waitForOutput("received SUBACK"), admin.diagnostics().constData());
    // MQTT-3.3.5-2: a publish the server does not authorize is acknowledged
    // as usual (or the connection closed), so only a subscriber can tell.
    // The denied one goes first: were it delivered, it would arrive first.
    publish("writer", "writer-pw", "acc/pub/denied", "denied-payload");
    const Outcome allowed = publish("writer", "writer-pw", "acc/pub/allowed/x", "allowed-payload");
    QVERIFY2(allowed.exitCode == 0, allowed.describe().constData());
    QVERIFY2(admin.waitForOutput("acc/pub/allowed/x allowed-payload"), admin.diagnostics().constData());
    QVERIFY2(!admin.output().contains("denied-payload"), admin.diagnostics().constData());
    QVERIFY2(m_broker.log().contains("denied publish to acc/pub/denied"), m_broker.logTail().constData());
}

void tst_BrokerAccess::subscribeIsFilteredByRules()
{
    QVERIFY(addUser("reader", "reader-pw"));
    QVERIFY(addRule({arg("--user"), arg("reader")}, "acc/sub/open/#", "read"));
    HW_WAIT_UNTIL_APPLIED();

    RawClient reader(m_broker.port());
    QVERIFY(it::connected(reader.connectWith(login(it::clientId("reader"), "reader", "reader-pw"))));
    // MQTT-3.8.4-5, MQTT-3.9.3-1: one return code per filter, in order; a
    // refused filter gets 0x80 (Failure) in its place (MQTT-3.9.3-2 allows
    // only 0x00, 0x01, 0x02 and 0x80). A filter is refused unless a read
    // rule covers every topic it can match.
    const auto suback = reader.subscribe(QList<mqtt::Subscription>{{"acc/sub/open/#", QoS::AtLeastOnce},
                                                                   {"acc/sub/closed/#", QoS::AtLeastOnce},
                                                                   {"acc/sub/#", QoS::AtLeastOnce},
                                                                   {"acc/sub/open/+/x", QoS::AtLeastOnce},
                                                                   {"#", QoS::AtLeastOnce}});
    QVERIFY2(suback, it::fail("no SUBACK", reader).constData());
    QCOMPARE(suback->reasonCodes, (QList<quint8>{0x01, 0x80, 0x80, 0x01, 0x80}));

    // A write-only rule does not let its user read.
    RawClient writer(m_broker.port());
    QVERIFY(it::connected(writer.connectWith(login(it::clientId("writer"), "writer", "writer-pw"))));
    const auto refused = writer.subscribe("acc/pub/allowed/#", QoS::AtLeastOnce);
    QVERIFY(refused);
    QCOMPARE(refused->reasonCodes, QList<quint8>{0x80});

    // What the reader may read reaches it; the refused filters deliver nothing.
    RawClient admin(m_broker.port());
    QVERIFY(it::connected(admin.connectWith(login(it::clientId("admin"), "admin", "admin-pw"))));
    QVERIFY(admin.publish("acc/sub/closed/a", "secret", QoS::AtLeastOnce));
    QVERIFY(admin.publish("acc/sub/open/a", "news", QoS::AtLeastOnce));
    const auto received = reader.receivePublish();
    QVERIFY2(received, it::fail("nothing delivered", reader).constData());
    QCOMPARE(received->topic, QByteArray("acc/sub/open/a"));
    QVERIFY(reader.expectNoPublish());
}

void tst_BrokerAccess::userNamePatternInRule()
{
    QVERIFY(addRule({arg("--everyone")}, "acc/home/%u/#", "readwrite"));
    QVERIFY(addUser("carol", "carol-pw"));
    HW_WAIT_UNTIL_APPLIED();

    RawClient carol(m_broker.port());
    QVERIFY(it::connected(carol.connectWith(login(it::clientId("carol"), "carol", "carol-pw"))));
    const auto own = carol.subscribe("acc/home/carol/#", QoS::AtLeastOnce);
    QVERIFY(own);
    QCOMPARE(own->reasonCodes, QList<quint8>{0x01});
    const auto other = carol.subscribe("acc/home/dave/#", QoS::AtLeastOnce);
    QVERIFY(other);
    QCOMPARE(other->reasonCodes, QList<quint8>{0x80});

    RawClient admin(m_broker.port());
    QVERIFY(it::connected(admin.connectWith(login(it::clientId("admin"), "admin", "admin-pw"))));
    QVERIFY(admin.subscribe("acc/home/#", QoS::AtLeastOnce));
    QVERIFY(carol.publish("acc/home/dave/lamp", "not-hers", QoS::AtLeastOnce));
    QVERIFY(carol.publish("acc/home/carol/lamp", "hers", QoS::AtLeastOnce));
    const auto received = admin.receivePublish();
    QVERIFY2(received, it::fail("nothing delivered", admin).constData());
    QCOMPARE(received->topic, QByteArray("acc/home/carol/lamp"));
    QCOMPARE(received->payload, QByteArray("hers"));
    QVERIFY(admin.expectNoPublish());
}

void tst_BrokerAccess::ruleChangeAppliesWithoutRestart()
{
    QVERIFY(addUser("dave", "dave-pw"));
    HW_WAIT_UNTIL_APPLIED();
    const qint64 pid = m_broker.pid();
    RawClient admin(m_broker.port());
    QVERIFY(it::connected(admin.connectWith(login(it::clientId("admin"), "admin", "admin-pw"))));
    QVERIFY(admin.subscribe("acc/late/#", QoS::AtLeastOnce));
    RawClient dave(m_broker.port());
    QVERIFY(it::connected(dave.connectWith(login(it::clientId("dave"), "dave", "dave-pw"))));
    QVERIFY(dave.publish("acc/late/x", "before", QoS::AtLeastOnce));
    QVERIFY(admin.expectNoPublish());

    // The rule arrives while dave stays connected; his next publish goes through.
    QVERIFY(addRule({arg("--user"), arg("dave")}, "acc/late/#", "write"));
    int attempts = 0;
    const auto goesThrough = [&] {
        ++attempts;
        if (!dave.publish("acc/late/x", "after", QoS::AtLeastOnce))
            return false;
        const auto received = admin.receivePublish(100);
        return received && received->payload == "after";
    };
    QTRY_VERIFY_WITH_TIMEOUT(goesThrough(), ApplyTimeoutMs);
    QVERIFY(dave.isOpen());
    QCOMPARE(m_broker.pid(), pid);
    qInfo() << "the rule applied after" << attempts << "publishes";
}

void tst_BrokerAccess::changedPasswordLogsOutAndAppliesAtOnce()
{
    QVERIFY(addUser("frank", "old-pw"));
    HW_WAIT_UNTIL_APPLIED();
    RawClient frank(m_broker.port());
    QVERIFY(it::connected(frank.connectWith(login(it::clientId("frank"), "frank", "old-pw"))));

    QVERIFY(change({arg("user"), arg("passwd"), arg("frank"), arg("--password-stdin")}, "new-pw\n"));
    QVERIFY2(frank.waitClosed(ApplyTimeoutMs), it::fail("still connected", frank).constData());
    RawClient old(m_broker.port());
    QCOMPARE(connackCode(old.connectWith(login(it::clientId("frank"), "frank", "old-pw"))), quint8(0x04));
    RawClient renewed(m_broker.port());
    QVERIFY(it::connected(renewed.connectWith(login(it::clientId("frank"), "frank", "new-pw"))));
}

void tst_BrokerAccess::removedUserIsDisconnectedAndRefused()
{
    QVERIFY(addUser("erin", "erin-pw"));
    QVERIFY(addRule({arg("--user"), arg("erin")}, "acc/erin/#", "readwrite"));
    HW_WAIT_UNTIL_APPLIED();
    RawClient erin(m_broker.port());
    QVERIFY(it::connected(erin.connectWith(login(it::clientId("erin"), "erin", "erin-pw"))));

    QVERIFY(change({arg("user"), arg("remove"), arg("erin")}));
    QVERIFY2(erin.waitClosed(ApplyTimeoutMs), it::fail("still connected", erin).constData());
    RawClient again(m_broker.port());
    QCOMPARE(connackCode(again.connectWith(login(it::clientId("erin"), "erin", "erin-pw"))), quint8(0x04));
    HW_VERIFY_CLOSED_SILENTLY(again);
    // Her rules went with her.
    const Outcome rules = manage(m_broker.dataDirectory(), {arg("acl"), arg("list")});
    QCOMPARE(rules.exitCode, 0);
    QVERIFY2(!rules.out.contains("acc/erin/#"), rules.describe().constData());
}

void tst_BrokerAccess::anonymousRefusedWhereTheListenerSaysSo()
{
    // Loopback listeners allow anonymous logins unless told otherwise; others
    // refuse them. Tests stay on loopback, so this one is told.
    BrokerProcess closed(BrokerProcess::Kind::Homewire);
    closed.setExtraConfig(LowIterations + "allow_anonymous false\n");
    HW_START_BROKER(closed);

    // MQTT-3.2.2 table 3.1: 0x05 "not authorized"; MQTT-3.2.2-5: then closed.
    RawClient anonymous(closed.port());
    QCOMPARE(connackCode(anonymous.connectAs(it::clientId("anon"))), quint8(0x05));
    HW_VERIFY_CLOSED_SILENTLY(anonymous);
    const Outcome pub = runMosquittoPub(clientArguments(closed, nullptr, nullptr) +
                                        QStringList{arg("-t"), arg("acc/anon"), arg("-m"), arg("x")});
    QVERIFY2(pub.exitCode != 0, pub.describe().constData());

    // A user added while it runs gets in.
    QVERIFY(addUserWhileRunning(closed, "grace", "grace-pw"));
    RawClient grace(closed.port());
    QVERIFY(it::connected(grace.connectWith(login(it::clientId("grace"), "grace", "grace-pw"))));
    HW_STOP_BROKER(closed);
}

void tst_BrokerAccess::failedLoginsBackOffAndOnlyAProvenSecretClearsThem()
{
    // After auth_failures_before_backoff refused passwords in a row, an
    // address is refused without a check for a while. Only a login that
    // proves a secret clears the count: an anonymous MQTT 5 login that merely
    // carries a password (MQTT 5 allows one without a user name) does not.
    BrokerProcess broker(BrokerProcess::Kind::Homewire);
    // A first wait long enough for a loaded test machine to try the right
    // password inside it.
    broker.setExtraConfig(LowIterations +
                          "rate_limit_loopback true\nauth_failures_before_backoff 2\nauth_backoff_first 5\n");
    HW_START_BROKER(broker);
    QVERIFY(addUserWhileRunning(broker, "henry", "henry-pw"));

    const auto attempt = [&](const QByteArray &password) {
        RawClient client(broker.port());
        return connackCode(client.connectWith(login(it::clientId("henry"), "henry", password)));
    };
    QCOMPARE(attempt("guess-1"), quint8(0x04));
    {
        RawClient anonymous(broker.port(), mqtt::ProtocolVersion::V5);
        mqtt::ConnectPacket connect;
        connect.protocolVersion = mqtt::ProtocolVersion::V5;
        connect.clientId = it::clientId("anon");
        connect.password = "not-a-secret";
        QCOMPARE(connackCode(anonymous.connectWith(connect)), quint8(0x00)); // loopback lets anonymous in
    }
    QCOMPARE(attempt("guess-2"), quint8(0x04)); // the second in a row: refused for 5 s from here
    // MQTT-3.2.2 table 3.1: 0x05 (not authorized), even with the right password.
    QCOMPARE(attempt("henry-pw"), quint8(0x05));
    QVERIFY2(broker.log().contains("too many failed logins from 127.0.0.1"), broker.logTail().constData());
    // The wait over, the right password gets in again.
    QTRY_COMPARE_WITH_TIMEOUT(attempt("henry-pw"), quint8(0x00), ApplyTimeoutMs);
    HW_STOP_BROKER(broker);
}

void tst_BrokerAccess::damagedAccessDatabaseKeepsTheBrokerDown()
{
    BrokerProcess broker(BrokerProcess::Kind::Homewire);
    broker.setExtraConfig(LowIterations);
    HW_START_BROKER(broker);
    HW_STOP_BROKER(broker);
    const QString path = store::AccessStore::pathIn(broker.dataDirectory());
    QVERIFY(QFile::exists(path));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, '\x5a'));
    }
    // Starting without its users and rules would open the broker to everyone.
    QVERIFY(!broker.restart());
    const QByteArray log = broker.log();
    QVERIFY2(!broker.isRunning(), log.constData());
    QVERIFY2(log.contains("access.db.corrupt-") && log.contains("does not start"), log.constData());
    QVERIFY2(!log.contains("listening on"), log.constData());
    QVERIFY2(!broker.logHasSanitizerReport(), log.constData());
    const QStringList backups =
        QDir(broker.dataDirectory()).entryList({QStringLiteral("access.db.corrupt-*")});
    QCOMPARE(backups.size(), 1);
}

void tst_BrokerAccess::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");

    const QStringList stdinPassword = {arg("--password-stdin"), arg("--iterations"), arg("1000")};
    QTest::newRow("user exists") << QStringList{arg("user"), arg("add"), arg("alice")} + stdinPassword
                                 << QByteArray("pw\n") << 1 << QByteArray("user 'alice' already exists");
    QTest::newRow("passwd of nobody")
        << QStringList{arg("user"), arg("passwd"), arg("nobody")} + stdinPassword << QByteArray("pw\n") << 1
        << QByteArray("there is no user 'nobody'");
    QTest::newRow("remove nobody") << QStringList{arg("user"), arg("remove"), arg("nobody")} << QByteArray()
                                   << 1 << QByteArray("there is no user 'nobody'");
    QTest::newRow("empty password") << QStringList{arg("user"), arg("add"), arg("bob")} + stdinPassword
                                    << QByteArray("\n") << 1 << QByteArray("the password is empty");
    QTest::newRow("no password at all") << QStringList{arg("user"), arg("add"), arg("bob")} + stdinPassword
                                        << QByteArray() << 1 << QByteArray("no password on standard input");
    QTest::newRow("no terminal to ask on") << QStringList{arg("user"), arg("add"), arg("bob")}
                                           << QByteArray("pw\n") << 2 << QByteArray("--password-stdin");
    QTest::newRow("bad access") << QStringList{arg("acl"),     arg("add"), arg("--user"),   arg("alice"),
                                               arg("--topic"), arg("a/#"), arg("--access"), arg("sometimes")}
                                << QByteArray() << 2
                                << QByteArray("--access must be read, write or readwrite, not 'sometimes'");
    QTest::newRow("no subject") << QStringList{arg("acl"), arg("add"),      arg("--topic"),
                                               arg("a"),   arg("--access"), arg("read")}
                                << QByteArray() << 2 << QByteArray("exactly one of --user");
    QTest::newRow("two subjects") << QStringList{arg("acl"),         arg("add"),     arg("--everyone"),
                                                 arg("--anonymous"), arg("--topic"), arg("a"),
                                                 arg("--access"),    arg("read")}
                                  << QByteArray() << 2 << QByteArray("exactly one of --user");
    QTest::newRow("no topic") << QStringList{arg("acl"), arg("add"), arg("--everyone"), arg("--access"),
                                             arg("read")}
                              << QByteArray() << 2 << QByteArray("needs --topic");
    QTest::newRow("bad filter (MQTT-4.7.1-2)")
        << QStringList{arg("acl"),   arg("add"),      arg("--everyone"), arg("--topic"),
                       arg("a/#/b"), arg("--access"), arg("read")}
        << QByteArray() << 2 << QByteArray("not a valid topic filter");
    QTest::newRow("remove unknown rule") << QStringList{arg("acl"), arg("remove"), arg("999")} << QByteArray()
                                         << 1 << QByteArray("there is no ACL rule 999");
    QTest::newRow("rule id not a number") << QStringList{arg("acl"), arg("remove"), arg("first")}
                                          << QByteArray() << 2 << QByteArray("'first' is not a rule id");
    QTest::newRow("missing user name") << QStringList{arg("user"), arg("add")} << QByteArray() << 2
                                       << QByteArray("takes one argument, NAME");
    QTest::newRow("unknown command") << QStringList{arg("user"), arg("rename"), arg("a")} << QByteArray() << 2
                                     << QByteArray("unknown command 'user rename'");
    QTest::newRow("option of another command")
        << QStringList{arg("user"), arg("remove"), arg("alice"), arg("--topic"), arg("a")} << QByteArray()
        << 2 << QByteArray("--topic does not go with 'user remove'");
    QTest::newRow("unknown option") << QStringList{arg("user"), arg("list"), arg("--colour")} << QByteArray()
                                    << 2 << QByteArray("colour");
    QTest::newRow("too few iterations")
        << QStringList{arg("user"),         arg("add"), arg("bob"), arg("--password-stdin"),
                       arg("--iterations"), arg("5")}
        << QByteArray("pw\n") << 2 << QByteArray("--iterations takes a whole number from 1000");
    QTest::newRow("control character in name")
        << QStringList{arg("user"), arg("add"), QStringLiteral("bo\tb")} + stdinPassword << QByteArray("pw\n")
        << 2 << QByteArray("control character");
}

void tst_BrokerAccess::commandLineErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    QTemporaryDir dir;
    const Outcome setup = manage(
        dir.path(),
        {arg("user"), arg("add"), arg("alice"), arg("--password-stdin"), arg("--iterations"), arg("1000")},
        "alice-pw\n");
    QVERIFY2(setup.exitCode == 0, setup.describe().constData());
    const Outcome outcome = manage(dir.path(), arguments, input);
    QVERIFY2(outcome.exitCode == exitCode, outcome.describe().constData());
    QVERIFY2(outcome.err.contains(message), outcome.describe().constData());
    QVERIFY2(outcome.out.isEmpty(), outcome.describe().constData()); // errors go to stderr only
    // Nothing changed: alice alone, with her password.
    const Outcome users = manage(dir.path(), {arg("user"), arg("list")});
    QCOMPARE(users.out, QByteArray("alice\n"));
}

void tst_BrokerAccess::listsAndHashSettings()
{
    QTemporaryDir dir;
    const QString configPath = dir.filePath(QStringLiteral("broker.conf"));
    QFile config(configPath);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("password_iterations 1500\ndata_dir " +
                 dir.filePath(QStringLiteral("from-config")).toUtf8() + '\n');
    config.close();

    // -c: data_dir and password_iterations from the file; --iterations and --data-dir override.
    const QStringList viaConfig = {arg("-c"), configPath};
    Outcome outcome = runTool(
        program(), QStringList{arg("user"), arg("add"), arg("zoe"), arg("--password-stdin")} + viaConfig,
        "zoe-pw\n");
    QVERIFY2(outcome.exitCode == 0, outcome.describe().constData());
    QCOMPARE(outcome.out, QByteArray("Added user 'zoe'.\n"));
    outcome = runTool(program(),
                      QStringList{arg("user"), arg("add"), arg("adam"), arg("--password-stdin"),
                                  arg("--iterations"), arg("2000")} +
                          viaConfig,
                      "adam-pw\n");
    QVERIFY2(outcome.exitCode == 0, outcome.describe().constData());
    {
        auto store =
            store::AccessStore::open(store::AccessStore::pathIn(dir.filePath(QStringLiteral("from-config"))));
        QVERIFY(store);
        const auto policy = (*store)->loadPolicy();
        QVERIFY(policy);
        QVERIFY2(policy->users.value(QStringLiteral("zoe")).startsWith("$pbkdf2-sha512$1500$"),
                 policy->users.value(QStringLiteral("zoe")).constData());
        QVERIFY2(policy->users.value(QStringLiteral("adam")).startsWith("$pbkdf2-sha512$2000$"),
                 policy->users.value(QStringLiteral("adam")).constData());
    }
    outcome = runTool(program(), QStringList{arg("user"), arg("list")} + viaConfig);
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.out, QByteArray("adam\nzoe\n")); // sorted, one a line, nothing else on stdout

    const QString other = dir.filePath(QStringLiteral("other"));
    outcome = manage(other, {arg("user"), arg("list")});
    QCOMPARE(outcome.exitCode, 0);
    QVERIFY2(outcome.out.isEmpty() && outcome.err.contains("There are no users"),
             outcome.describe().constData());
    QVERIFY(!QFile::exists(store::AccessStore::pathIn(other))); // listing creates nothing

    for (const QStringList &rule :
         {QStringList{arg("--user"), arg("zoe"), arg("--topic"), arg("home/zoe/#"), arg("--access"),
                      arg("readwrite")},
          QStringList{arg("--everyone"), arg("--topic"), arg("home/%u/#"), arg("--access"), arg("read")},
          QStringList{arg("--clientid"), arg("lamp-1"), arg("--topic"), arg("lamps/%c"), arg("--access"),
                      arg("write")}}) {
        outcome = manage(other, QStringList{arg("acl"), arg("add")} + rule);
        QVERIFY2(outcome.exitCode == 0, outcome.describe().constData());
    }
    QVERIFY(manage(other, {arg("acl"), arg("remove"), arg("1")}).exitCode == 0);
    outcome = manage(other, {arg("acl"), arg("list")});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.out, QByteArray("id  subject   name    filter     access\n"
                                     "2   everyone  -       home/%u/#  read\n"
                                     "3   clientid  lamp-1  lamps/%c   write\n"));

    outcome = runTool(program(), {arg("user"), arg("--help")});
    QCOMPARE(outcome.exitCode, 0);
    for (const char *text : {"user add NAME", "acl add", "--password-stdin", "--data-dir", "--iterations"})
        QVERIFY2(outcome.out.contains(text), text);
}

QTEST_GUILESS_MAIN(tst_BrokerAccess)
#include "tst_brokeraccess.moc"
