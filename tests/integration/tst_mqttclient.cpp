// MqttClient (core/client) against real brokers on loopback: homewire-broker
// and Mosquitto, each started by the test on an ephemeral port.
//
// Covers the connection states, messages at QoS 0/1/2 and retained ones,
// batching of a burst into few messagesReceived() signals, validation before
// sending, the sentences for refused and failed connections, reconnecting with
// backoff after the broker goes away and comes back (subscriptions made
// again), the will on request, and prompt destruction in every state.
// TLS and WebSocket: tst_mqttclienttransports.cpp.
#include "mqttclienttest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <memory>

using namespace homewire;
using namespace homewire::client;
using namespace mqttclienttest;
using homewire::mqtt::QoS;

namespace {

// A TCP relay on a loopback port that stays the same while the broker behind
// it restarts: homewire-broker gets a new ephemeral port on every start, and
// a client must find its broker again at the address it knows. pause()
// closes the port (new connections are refused, as with a stopped broker)
// and drops what it relays.
class PortForwarder : public QObject
{
public:
    PortForwarder() { connect(&m_server, &QTcpServer::newConnection, this, &PortForwarder::accept); }

    bool listen(quint16 target)
    {
        m_target = target;
        if (!m_server.listen(QHostAddress::LocalHost, m_port))
            return false;
        m_port = m_server.serverPort();
        return true;
    }
    quint16 port() const { return m_port; }
    // Listens on the same port again, now relaying to `target`.
    bool resume(quint16 target) { return listen(target); }
    void pause()
    {
        m_server.close();
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        m_sockets.clear();
    }

private:
    void accept()
    {
        while (QTcpSocket *down = m_server.nextPendingConnection()) {
            auto *up = new QTcpSocket(this);
            down->setParent(this);
            m_sockets << down << up;
            // Bytes written before `up` is connected wait in its buffer.
            connect(down, &QTcpSocket::readyRead, up, [down, up] { up->write(down->readAll()); });
            connect(up, &QTcpSocket::readyRead, down, [down, up] { down->write(up->readAll()); });
            const auto close = [down = QPointer<QTcpSocket>(down), up = QPointer<QTcpSocket>(up)] {
                for (QTcpSocket *s : {down.data(), up.data()}) {
                    if (s) {
                        s->disconnectFromHost();
                        s->deleteLater();
                    }
                }
            };
            connect(down, &QTcpSocket::disconnected, this, close);
            connect(up, &QTcpSocket::disconnected, this, close);
            connect(up, &QTcpSocket::errorOccurred, this, close);
            up->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QTcpServer m_server;
    quint16 m_port = 0;
    quint16 m_target = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace

class tst_MqttClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { HW_VERIFY_BROKER_ALIVE(m_broker); }
    void cleanupTestCase() { HW_STOP_BROKER(m_broker); }

    void connectAndDisconnect_data();
    void connectAndDisconnect();
    void receivesEveryQoS_data();
    void receivesEveryQoS();
    void retainedMessageArrivesRetained();
    void burstArrivesInFewBatches_data();
    void burstArrivesInFewBatches();
    void invalidTopicNameIsNotSent();
    void invalidTopicFilterIsNotSent();
    void publishWhileDisconnectedFails();
    void subscriptionRefused_data();
    void subscriptionRefused();
    void unsubscribeStopsMessages();
    void connectionRefusedRetriesWithBackoff();
    void badCredentials_data();
    void badCredentials();
    void reconnectsAfterBrokerRestart_data();
    void reconnectsAfterBrokerRestart();
    void disconnectWithWill_data();
    void disconnectWithWill();
    void destructionIsPrompt_data();
    void destructionIsPrompt();

private:
    quint16 port() const { return m_broker.port(); }

    BrokerProcess m_broker;
};

void tst_MqttClient::initTestCase()
{
    HW_START_BROKER(m_broker);
}

void tst_MqttClient::connectAndDisconnect_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("MQTT 3.1.1") << ProtocolVersion::V311;
    QTest::newRow("MQTT 5.0") << ProtocolVersion::V5;
    QTest::newRow("MQTT 3.1") << ProtocolVersion::V31;
}

void tst_MqttClient::connectAndDisconnect()
{
    QFETCH(ProtocolVersion, version);
    MqttClient client;
    Recorder recorder(client);
    QCOMPARE(client.state(), State::Disconnected);

    client.connectToBroker(profileFor(port(), version));
    QCOMPARE(client.state(), State::Connecting);
    QVERIFY2(waitForState(client, State::Connected), why(client, recorder));
    QCOMPARE(recorder.stateList(), (QList<State>{State::Connecting, State::Connected}));
    QCOMPARE(recorder.errors.count(), 0);
    QCOMPARE(client.lastError(), QString());
    QCOMPARE(client.nextAttemptInMs(), -1);
    // An empty client identifier in the profile: "homewire-" and 8 hex digits,
    // short enough for MQTT 3.1's 23 characters.
    QVERIFY2(QRegularExpression(QStringLiteral("^homewire-[0-9a-f]{8}$")).match(client.clientId()).hasMatch(),
             qPrintable(client.clientId()));

    client.disconnectFromBroker();
    QCOMPARE(client.state(), State::Disconnected);
    QCOMPARE(recorder.stateList(), (QList<State>{State::Connecting, State::Connected, State::Disconnected}));
    QCOMPARE(client.nextAttemptInMs(), -1);
    QCOMPARE(recorder.errors.count(), 0);
}

void tst_MqttClient::receivesEveryQoS_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QoS>("qos");
    for (const auto &[name, version] :
         {std::pair{"3.1.1", ProtocolVersion::V311}, std::pair{"5.0", ProtocolVersion::V5}}) {
        QTest::addRow("%s QoS 0", name) << version << QoS::AtMostOnce;
        QTest::addRow("%s QoS 1", name) << version << QoS::AtLeastOnce;
        QTest::addRow("%s QoS 2", name) << version << QoS::ExactlyOnce;
    }
}

void tst_MqttClient::receivesEveryQoS()
{
    // A subscriber on "#" at QoS 2 gets what a second client publishes, with
    // the publisher's QoS (the lesser of the two, MQTT-3.8.4-6), topic and
    // payload byte for byte, and RETAIN 0 for a live message (MQTT-3.3.1-9).
    QFETCH(ProtocolVersion, version);
    QFETCH(QoS, qos);
    ConnectionProfile subscriberProfile = profileFor(port(), version);
    subscriberProfile.subscriptions = {{QStringLiteral("#"), QoS::ExactlyOnce}};
    MqttClient subscriber;
    Recorder received(subscriber);
    subscriber.connectToBroker(subscriberProfile);
    MqttClient publisher;
    Recorder sent(publisher);
    publisher.connectToBroker(profileFor(port(), version));
    QVERIFY2(waitForState(subscriber, State::Connected), why(subscriber, received));
    QVERIFY2(waitForState(publisher, State::Connected), why(publisher, sent));
    QTRY_COMPARE_WITH_TIMEOUT(received.subscribedOk(QStringLiteral("#")), 1, WaitMs);

    const QByteArray topic = "qos/" + QByteArray(QTest::currentDataTag()).replace(' ', '_');
    static const char bytes[] = "binary\0payload \xff\xfe end";
    const QByteArray payload(bytes, sizeof bytes - 1); // with the NUL inside
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const quint64 id = publisher.publish(topic, payload, qos, false);
    QTRY_COMPARE_WITH_TIMEOUT(received.countUnder(topic), 1, WaitMs);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    const ApplicationMessage message = received.messagesUnder(topic).first();
    QCOMPARE(message.topic, topic);
    QCOMPARE(message.payload, payload);
    QCOMPARE(message.qos, qos);
    QCOMPARE(message.retained, false);
    QVERIFY(message.receivedMs >= before && message.receivedMs <= after);

    QTRY_VERIFY_WITH_TIMEOUT(!sent.publishResult(id).isEmpty(), WaitMs);
    QCOMPARE(sent.publishResult(id).at(1).toBool(), true);
    QCOMPARE(sent.publishResult(id).at(2).toString(), QString());
    QCOMPARE(publisher.publishedCount(), quint64(1));
    QCOMPARE(subscriber.receivedCount(), quint64(received.messages.size()));
}

void tst_MqttClient::retainedMessageArrivesRetained()
{
    // A retained message reaches a later subscriber with RETAIN 1
    // (MQTT-3.3.1-8); a live one after it has RETAIN 0 (MQTT-3.3.1-9).
    MqttClient publisher;
    Recorder sent(publisher);
    publisher.connectToBroker(profileFor(port()));
    QVERIFY2(waitForState(publisher, State::Connected), why(publisher, sent));
    const quint64 id = publisher.publish("retain/lamp", "on", QoS::AtLeastOnce, true);
    QTRY_VERIFY_WITH_TIMEOUT(!sent.publishResult(id).isEmpty(), WaitMs);
    QVERIFY(sent.publishResult(id).at(1).toBool());

    MqttClient subscriber;
    Recorder received(subscriber);
    ConnectionProfile profile = profileFor(port());
    profile.subscriptions = {{QStringLiteral("retain/#"), QoS::AtLeastOnce}};
    subscriber.connectToBroker(profile);
    QTRY_COMPARE_WITH_TIMEOUT(received.countUnder("retain/lamp"), 1, WaitMs);
    ApplicationMessage message = received.messagesUnder("retain/lamp").first();
    QCOMPARE(message.payload, QByteArray("on"));
    QCOMPARE(message.retained, true);
    QCOMPARE(message.qos, QoS::AtLeastOnce);

    publisher.publish("retain/lamp", "off", QoS::AtLeastOnce, false);
    QTRY_COMPARE_WITH_TIMEOUT(received.countUnder("retain/lamp"), 2, WaitMs);
    message = received.messagesUnder("retain/lamp").last();
    QCOMPARE(message.payload, QByteArray("off"));
    QCOMPARE(message.retained, false);

    // An empty retained message removes it (MQTT-3.3.1-10) for later tests.
    const quint64 cleared = publisher.publish("retain/lamp", QByteArray(), QoS::AtLeastOnce, true);
    QTRY_VERIFY_WITH_TIMEOUT(!sent.publishResult(cleared).isEmpty(), WaitMs);
}

void tst_MqttClient::burstArrivesInFewBatches_data()
{
    QTest::addColumn<QoS>("qos");
    QTest::addColumn<int>("count");
    QTest::newRow("20000 at QoS 0") << QoS::AtMostOnce << 20'000;
    QTest::newRow("5000 at QoS 1, none lost") << QoS::AtLeastOnce << 5'000;
}

void tst_MqttClient::burstArrivesInFewBatches()
{
    // Paho delivers one message at a time on its own thread; the client
    // hands them over in batches, one messagesReceived() per event-loop
    // turn, so a burst costs far fewer signals than messages. All arrive,
    // in the order they were published.
    QFETCH(QoS, qos);
    QFETCH(int, count);
    const QByteArray prefix = "burst/" + QByteArray::number(int(qos)) + '/';
    ConnectionProfile subscriberProfile = profileFor(port());
    subscriberProfile.subscriptions = {{QString::fromLatin1(prefix + '#'), QoS::AtLeastOnce}};
    MqttClient subscriber;
    Recorder received(subscriber);
    subscriber.connectToBroker(subscriberProfile);
    MqttClient publisher;
    Recorder sent(publisher);
    publisher.connectToBroker(profileFor(port()));
    QVERIFY2(waitForState(subscriber, State::Connected), why(subscriber, received));
    QVERIFY2(waitForState(publisher, State::Connected), why(publisher, sent));
    QTRY_COMPARE_WITH_TIMEOUT(received.subscribedOk(QString::fromLatin1(prefix + '#')), 1, WaitMs);

    for (int i = 0; i < count; ++i)
        publisher.publish(prefix + "n", QByteArray::number(i), qos, false);
    QTRY_COMPARE_WITH_TIMEOUT(sent.published.count(), count, 60'000);
    for (const QList<QVariant> &result : std::as_const(sent.published))
        QVERIFY2(result.at(1).toBool(), qPrintable(result.at(2).toString()));
    QCOMPARE(publisher.publishedCount(), quint64(count));
    QTRY_COMPARE_WITH_TIMEOUT(received.countUnder(prefix), count, 60'000);

    const QList<ApplicationMessage> messages = received.messagesUnder(prefix);
    for (int i = 0; i < count; ++i)
        QCOMPARE(messages.at(i).payload, QByteArray::number(i));
    qInfo("%d messages arrived in %d messagesReceived() signals", count, received.batches);
    QVERIFY2(received.batches <= count / 10, qPrintable(QString::number(received.batches)));
    QCOMPARE(subscriber.receivedCount(), quint64(received.messages.size()));
    QCOMPARE(sent.errors.count(), 0);
}

void tst_MqttClient::invalidTopicNameIsNotSent()
{
    // A topic name with a wildcard or none at all fails in publishFinished()
    // without reaching the broker, which would close the connection over it
    // (MQTT-3.3.2-2): the publisher stays connected, and a subscriber on "#"
    // sees the next valid message only.
    ConnectionProfile subscriberProfile = profileFor(port());
    subscriberProfile.subscriptions = {{QStringLiteral("#"), QoS::AtLeastOnce}};
    MqttClient subscriber;
    Recorder received(subscriber);
    subscriber.connectToBroker(subscriberProfile);
    MqttClient publisher;
    Recorder sent(publisher);
    publisher.connectToBroker(profileFor(port()));
    QVERIFY2(waitForState(publisher, State::Connected), why(publisher, sent));
    QTRY_COMPARE_WITH_TIMEOUT(received.subscribedOk(QStringLiteral("#")), 1, WaitMs);

    const QList<QByteArray> invalid = {"invalid/+/name", "invalid/#", QByteArray()};
    QList<quint64> ids;
    for (const QByteArray &topic : invalid)
        ids << publisher.publish(topic, "x", QoS::AtLeastOnce, false);
    QCOMPARE(sent.published.count(), 0); // reported later, never from inside publish()
    const quint64 marker = publisher.publish("invalid/marker", "after", QoS::AtLeastOnce, false);
    QTRY_COMPARE_WITH_TIMEOUT(received.countUnder("invalid/"), 1, WaitMs);
    QCOMPARE(received.messagesUnder("invalid/").first().topic, QByteArray("invalid/marker"));

    for (int i = 0; i < invalid.size(); ++i) {
        const QList<QVariant> result = sent.publishResult(ids.at(i));
        QVERIFY2(!result.isEmpty(), invalid.at(i).constData());
        QCOMPARE(result.at(1).toBool(), false);
        QVERIFY2(result.at(2).toString().startsWith(
                     QStringLiteral("invalid topic name “%1”: ").arg(QString::fromUtf8(invalid.at(i)))),
                 qPrintable(result.at(2).toString()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!sent.publishResult(marker).isEmpty(), WaitMs);
    QCOMPARE(publisher.publishedCount(), quint64(1));
    QCOMPARE(publisher.state(), State::Connected);
}

void tst_MqttClient::invalidTopicFilterIsNotSent()
{
    MqttClient client;
    Recorder recorder(client);
    client.connectToBroker(profileFor(port()));
    QVERIFY2(waitForState(client, State::Connected), why(client, recorder));

    for (const QString &filter : {QStringLiteral("a/#/b"), QStringLiteral("sport+"), QString()}) {
        recorder.subscribed.clear();
        client.subscribe(filter, QoS::AtLeastOnce);
        // At once, from inside subscribe().
        QCOMPARE(recorder.subscribed.count(), 1);
        QCOMPARE(recorder.subscribed.at(0).at(0).toString(), filter);
        QCOMPARE(recorder.subscribed.at(0).at(1).toBool(), false);
        QVERIFY2(recorder.subscribed.at(0).at(2).toString().startsWith(
                     QStringLiteral("invalid topic filter “%1”: ").arg(filter)),
                 qPrintable(recorder.subscribed.at(0).at(2).toString()));
    }
    QVERIFY(client.subscriptions().isEmpty());
    // The broker would have closed the connection over any of them.
    client.subscribe(QStringLiteral("valid/+"), QoS::AtMostOnce);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.subscribedOk(QStringLiteral("valid/+")), 1, WaitMs);
    QCOMPARE(client.state(), State::Connected);
    QCOMPARE(client.subscriptions(),
             (QList<DefaultSubscription>{{QStringLiteral("valid/+"), QoS::AtMostOnce}}));
}

void tst_MqttClient::publishWhileDisconnectedFails()
{
    MqttClient client;
    Recorder recorder(client);
    const quint64 first = client.publish("a/b", "x", QoS::AtMostOnce, false);
    const quint64 second = client.publish("a/b", "x", QoS::AtLeastOnce, false);
    QVERIFY(second != first);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.published.count(), 2, WaitMs);
    QCOMPARE(recorder.publishResult(first).at(1).toBool(), false);
    QCOMPARE(recorder.publishResult(first).at(2).toString(), QStringLiteral("not connected to a broker"));
    QCOMPARE(recorder.publishResult(second).at(2).toString(), QStringLiteral("not connected to a broker"));
    QCOMPARE(client.publishedCount(), quint64(0));
}

void tst_MqttClient::subscriptionRefused_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QString>("error");
    QTest::newRow("3.1.1 SUBACK 0x80 (MQTT-3.9.3)")
        << ProtocolVersion::V311 << QStringLiteral("subscription to “deep/a/b/c” refused by the broker");
    QTest::newRow("5.0 SUBACK 0x8F") << ProtocolVersion::V5
                                     << QStringLiteral(
                                            "subscription to “deep/a/b/c” refused: topic filter invalid");
}

void tst_MqttClient::subscriptionRefused()
{
    // homewire-broker refuses filters deeper than max_topic_levels; the
    // other subscription of the same client is granted (MQTT-3.9.3-1).
    if (m_broker.isMosquitto())
        QSKIP("Mosquitto 2.0 grants every subscription (its ACLs filter deliveries instead)");
    QFETCH(ProtocolVersion, version);
    QFETCH(QString, error);
    BrokerProcess broker(m_broker.kind());
    broker.setExtraConfig("max_topic_levels 3\n");
    HW_START_BROKER(broker);

    ConnectionProfile profile = profileFor(broker.port(), version);
    profile.subscriptions = {{QStringLiteral("deep/a/b/c"), QoS::AtLeastOnce},
                             {QStringLiteral("flat/#"), QoS::AtMostOnce}};
    MqttClient client;
    Recorder recorder(client);
    client.connectToBroker(profile);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.subscribed.count(), 2, WaitMs);
    const QList<QList<QVariant>> refused = recorder.subscribeResults(QStringLiteral("deep/a/b/c"));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(1).toBool(), false);
    QCOMPARE(refused.first().at(2).toString(), error);
    QCOMPARE(recorder.subscribedOk(QStringLiteral("flat/#")), 1);
    QCOMPARE(client.state(), State::Connected);
    HW_STOP_BROKER(broker);
}

void tst_MqttClient::unsubscribeStopsMessages()
{
    MqttClient subscriber;
    Recorder received(subscriber);
    ConnectionProfile profile = profileFor(port());
    profile.subscriptions = {{QStringLiteral("unsub/a"), QoS::AtLeastOnce},
                             {QStringLiteral("unsub/b"), QoS::AtLeastOnce}};
    subscriber.connectToBroker(profile);
    QTRY_COMPARE_WITH_TIMEOUT(received.subscribed.count(), 2, WaitMs);
    subscriber.unsubscribe(QStringLiteral("unsub/a"));
    QCOMPARE(subscriber.subscriptions(),
             (QList<DefaultSubscription>{{QStringLiteral("unsub/b"), QoS::AtLeastOnce}}));

    MqttClient publisher;
    Recorder sent(publisher);
    publisher.connectToBroker(profileFor(port()));
    QVERIFY2(waitForState(publisher, State::Connected), why(publisher, sent));
    // The UNSUBSCRIBE went out before these were published: the broker
    // handles one client's packets in order, and "unsub/b" comes last.
    const quint64 first = publisher.publish("unsub/a", "1", QoS::AtLeastOnce, false);
    QTRY_VERIFY_WITH_TIMEOUT(!sent.publishResult(first).isEmpty(), WaitMs);
    publisher.publish("unsub/b", "2", QoS::AtLeastOnce, false);
    QTRY_COMPARE_WITH_TIMEOUT(received.countUnder("unsub/b"), 1, WaitMs);
    QCOMPARE(received.countUnder("unsub/a"), 0);
}

void tst_MqttClient::connectionRefusedRetriesWithBackoff()
{
    // Nothing listens on the port: the error names it, the client retries
    // after 1 s, then after 2 s; disconnectFromBroker() stops that.
    const quint16 closed = BrokerProcess::pickFreePort();
    QVERIFY(closed != 0);
    MqttClient client;
    Recorder recorder(client);
    client.connectToBroker(profileFor(closed));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.errors.count(), 1, WaitMs);
    const QString expected = QStringLiteral("cannot connect to 127.0.0.1:%1: connection refused").arg(closed);
    QCOMPARE(recorder.errors.at(0).at(0).toString(), expected);
    QCOMPARE(client.lastError(), expected);
    QCOMPARE(client.state(), State::Reconnecting);
    QCOMPARE(recorder.stateList(), (QList<State>{State::Connecting, State::Reconnecting}));
    // (A coarse timer may report a little more than its interval.)
    QVERIFY2(client.nextAttemptInMs() >= 0 && client.nextAttemptInMs() <= 1'050,
             qPrintable(QString::number(client.nextAttemptInMs())));

    // The second attempt fails the same way and waits twice as long.
    QTRY_COMPARE_WITH_TIMEOUT(recorder.errors.count(), 2, WaitMs);
    QCOMPARE(recorder.errors.at(1).at(0).toString(), expected);
    QVERIFY2(client.nextAttemptInMs() > 1'050 && client.nextAttemptInMs() <= 2'100,
             qPrintable(QString::number(client.nextAttemptInMs())));
    QCOMPARE(client.state(), State::Reconnecting);

    client.disconnectFromBroker();
    QCOMPARE(client.state(), State::Disconnected);
    QCOMPARE(client.nextAttemptInMs(), -1);
}

void tst_MqttClient::badCredentials_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("error"); // empty: connects
    // Mosquitto answers a wrong password with "not authorized" (3.1.1 code 5,
    // 5.0 reason code 0x87), not "bad user name or password".
    const QString notAuthorized = QStringLiteral("connection refused: not authorized");
    QTest::newRow("3.1.1 right password")
        << ProtocolVersion::V311 << QStringLiteral("alice") << QStringLiteral("s3cret") << QString();
    QTest::newRow("5.0 right password")
        << ProtocolVersion::V5 << QStringLiteral("alice") << QStringLiteral("s3cret") << QString();
    QTest::newRow("3.1.1 wrong password")
        << ProtocolVersion::V311 << QStringLiteral("alice") << QStringLiteral("wrong") << notAuthorized;
    QTest::newRow("3.1.1 anonymous") << ProtocolVersion::V311 << QString() << QString() << notAuthorized;
    QTest::newRow("5.0 wrong password")
        << ProtocolVersion::V5 << QStringLiteral("alice") << QStringLiteral("wrong") << notAuthorized;
}

void tst_MqttClient::badCredentials()
{
    if (m_broker.isHomewire())
        QSKIP("homewire-broker does not authenticate clients yet");
    QFETCH(ProtocolVersion, version);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QString, error);

    // Mosquitto reads the password file after dropping root to its own user:
    // the directory and file must be readable by others.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::ReadOther | QFile::ExeOther |
                                          QFile::ReadGroup | QFile::ExeGroup);
    const QString passwordFile = dir.filePath(QStringLiteral("passwd"));
    QByteArray diagnostics;
    QVERIFY2(run(QStringLiteral("/usr/bin/mosquitto_passwd"),
                 {QStringLiteral("-c"), QStringLiteral("-b"), passwordFile, QStringLiteral("alice"),
                  QStringLiteral("s3cret")},
                 dir.path(), &diagnostics),
             diagnostics.constData());
    QFile::setPermissions(passwordFile,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup);

    BrokerProcess broker(BrokerProcess::Kind::Mosquitto);
    broker.setExtraConfig("allow_anonymous false\npassword_file " + passwordFile.toUtf8() + '\n');
    HW_START_BROKER(broker);
    ConnectionProfile profile = profileFor(broker.port(), version);
    profile.username = username;
    profile.password = password;
    MqttClient client;
    Recorder recorder(client);
    client.connectToBroker(profile);
    if (error.isEmpty()) {
        QVERIFY2(waitForState(client, State::Connected), why(client, recorder));
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(recorder.errors.count(), 1, WaitMs);
        QCOMPARE(recorder.errors.at(0).at(0).toString(), error);
        QCOMPARE(client.state(), State::Reconnecting); // refused, tried again later
    }
}

void tst_MqttClient::reconnectsAfterBrokerRestart_data()
{
    QTest::addColumn<bool>("kill");
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("SIGTERM, 3.1.1") << false << ProtocolVersion::V311;
    QTest::newRow("SIGKILL, 3.1.1") << true << ProtocolVersion::V311;
    QTest::newRow("SIGTERM, 5.0 (the broker may send DISCONNECT 0x8B)") << false << ProtocolVersion::V5;
}

void tst_MqttClient::reconnectsAfterBrokerRestart()
{
    // The broker goes away: the client goes to Reconnecting with a reason and
    // retries. It comes back (same address, fresh state): the client is
    // Connected again, has made its subscriptions again, and messages flow.
    QFETCH(bool, kill);
    QFETCH(ProtocolVersion, version);
    BrokerProcess broker(m_broker.kind());
    HW_START_BROKER(broker);
    PortForwarder forwarder;
    QVERIFY(forwarder.listen(broker.port()));

    ConnectionProfile profile = profileFor(forwarder.port(), version);
    profile.subscriptions = {{QStringLiteral("restart/#"), QoS::AtLeastOnce}};
    MqttClient subscriber;
    Recorder received(subscriber);
    subscriber.connectToBroker(profile);
    QVERIFY2(waitForState(subscriber, State::Connected), why(subscriber, received));
    QTRY_COMPARE_WITH_TIMEOUT(received.subscribedOk(QStringLiteral("restart/#")), 1, WaitMs);
    {
        MqttClient publisher;
        publisher.connectToBroker(profileFor(broker.port()));
        QVERIFY(waitForState(publisher, State::Connected));
        publisher.publish("restart/before", "1", QoS::AtLeastOnce, false);
        QTRY_COMPARE_WITH_TIMEOUT(received.countUnder("restart/before"), 1, WaitMs);
    }

    if (kill)
        broker.kill();
    else
        broker.stop();
    QVERIFY2(waitForState(subscriber, State::Reconnecting), why(subscriber, received));
    forwarder.pause();
    QVERIFY2(subscriber.lastError().startsWith(QLatin1String("connection lost")), why(subscriber, received));
    QVERIFY(subscriber.nextAttemptInMs() >= 0);

    QVERIFY2(broker.restart(), qPrintable(broker.errorString()));
    QVERIFY(forwarder.resume(broker.port()));
    QVERIFY2(waitForState(subscriber, State::Connected, ReconnectWaitMs), why(subscriber, received));
    QCOMPARE(subscriber.lastError(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(received.subscribedOk(QStringLiteral("restart/#")), 2, WaitMs);
    MqttClient publisher;
    publisher.connectToBroker(profileFor(broker.port()));
    QVERIFY(waitForState(publisher, State::Connected));
    publisher.publish("restart/after", "2", QoS::AtLeastOnce, false);
    QTRY_COMPARE_WITH_TIMEOUT(received.countUnder("restart/after"), 1, WaitMs);
    const QList<State> states = received.stateList();
    QCOMPARE(states.first(), State::Connecting);
    QCOMPARE(states.last(), State::Connected);
    QVERIFY(states.contains(State::Reconnecting));
    HW_STOP_BROKER(broker);
}

void tst_MqttClient::disconnectWithWill_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("3.1.1: the connection ends without DISCONNECT") << ProtocolVersion::V311;
    QTest::newRow("5.0: DISCONNECT with reason code 0x04") << ProtocolVersion::V5;
}

void tst_MqttClient::disconnectWithWill()
{
    // Disconnect::WithWill makes the broker publish the will message
    // (MQTT-3.1.2-8, MQTT 5.0 section 3.14.2.1).
    QFETCH(ProtocolVersion, version);
    const QByteArray willTopic = "will/" + QByteArray::number(int(version));
    ConnectionProfile watcherProfile = profileFor(port());
    watcherProfile.subscriptions = {{QString::fromLatin1(willTopic), QoS::AtLeastOnce}};
    MqttClient watcher;
    Recorder watched(watcher);
    watcher.connectToBroker(watcherProfile);
    QTRY_COMPARE_WITH_TIMEOUT(watched.subscribedOk(QString::fromLatin1(willTopic)), 1, WaitMs);

    ConnectionProfile profile = profileFor(port(), version);
    profile.willTopic = QString::fromLatin1(willTopic);
    profile.willPayload = "gone";
    profile.willQos = QoS::AtLeastOnce;
    MqttClient device;
    Recorder recorder(device);
    device.connectToBroker(profile);
    QVERIFY2(waitForState(device, State::Connected), why(device, recorder));
    device.disconnectFromBroker(MqttClient::Disconnect::WithWill);
    QCOMPARE(device.state(), State::Disconnected);
    QTRY_COMPARE_WITH_TIMEOUT(watched.countUnder(willTopic), 1, WaitMs);
    QCOMPARE(watched.messagesUnder(willTopic).first().payload, QByteArray("gone"));
    QCOMPARE(device.state(), State::Disconnected); // and stays so: no reconnect
    QCOMPARE(device.nextAttemptInMs(), -1);
}

void tst_MqttClient::destructionIsPrompt_data()
{
    QTest::addColumn<QString>("situation");
    QTest::newRow("connecting: TCP accepted, no CONNACK") << QStringLiteral("silent");
    QTest::newRow("reconnecting: port closed") << QStringLiteral("closed");
    QTest::newRow("connected") << QStringLiteral("connected");
}

void tst_MqttClient::destructionIsPrompt()
{
    // Destroying the client never waits for Paho's connect timeout (10 s) or
    // the next attempt. The bound is generous; what it guards against is a
    // wait of seconds.
    QFETCH(QString, situation);
    QTcpServer silent; // accepts, never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    quint16 target = port();
    if (situation == QLatin1String("silent"))
        target = silent.serverPort();
    else if (situation == QLatin1String("closed"))
        target = BrokerProcess::pickFreePort();

    auto client = std::make_unique<MqttClient>();
    Recorder recorder(*client);
    client->connectToBroker(profileFor(target));
    if (situation == QLatin1String("silent")) {
        QVERIFY(silent.waitForNewConnection(WaitMs));
        QCOMPARE(client->state(), State::Connecting);
    } else if (situation == QLatin1String("closed")) {
        QVERIFY(waitForState(*client, State::Reconnecting));
    } else {
        QVERIFY2(waitForState(*client, State::Connected), why(*client, recorder));
    }
    QElapsedTimer timer;
    timer.start();
    client.reset();
    QVERIFY2(timer.elapsed() < 3'000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(tst_MqttClient)
#include "tst_mqttclient.moc"
