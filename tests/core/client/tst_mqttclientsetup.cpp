// MqttClient before and without a broker: profiles that cannot work are
// refused at once with a reason, and the API behaves while disconnected.
// (Everything with a broker: tests/integration/tst_mqttclient.cpp.)

#include "client/mqttclient.h"

#include <QSignalSpy>
#include <QTest>

using namespace homewire;
using namespace homewire::client;
using homewire::mqtt::QoS;
using State = MqttClient::State;

class TestMqttClientSetup : public QObject
{
    Q_OBJECT

private slots:
    void refusedProfiles_data();
    void refusedProfiles();
    void publishWhileDisconnected();
    void subscriptionsFollowTheProfile();
    void invalidFilterIsRefusedAtOnce();
    void disconnectWhenNeverConnected();
};

void TestMqttClientSetup::refusedProfiles_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("error");

    ConnectionProfile noHost;
    noHost.host.clear();
    QTest::newRow("no host") << noHost << QStringLiteral("no host name given");

    ConnectionProfile missingCa;
    missingCa.transport = Transport::Tls;
    missingCa.caFile = QStringLiteral("/nonexistent/ca.crt");
    QTest::newRow("CA file missing") << missingCa << QStringLiteral("TLS: cannot read /nonexistent/ca.crt");

    ConnectionProfile certificateWithoutKey;
    certificateWithoutKey.transport = Transport::SecureWebSocket;
    certificateWithoutKey.certificateFile = QCoreApplication::applicationFilePath(); // readable
    QTest::newRow("client certificate without key")
        << certificateWithoutKey
        << QStringLiteral("TLS: a client certificate needs both the certificate and its key file");

    ConnectionProfile badWill;
    badWill.willTopic = QStringLiteral("devices/+/status");
    QTest::newRow("will topic with a wildcard (MQTT-3.1.3-11: a topic name)")
        << badWill
        << QStringLiteral(
               "invalid will topic “devices/+/status”: topic name contains the wildcard '+' at byte 8 "
               "(MQTT-3.3.2-2, MQTT-4.7.1-1)");
}

void TestMqttClientSetup::refusedProfiles()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, error);
    MqttClient client;
    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    QSignalSpy states(&client, &MqttClient::stateChanged);
    client.connectToBroker(profile);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).toString(), error);
    QCOMPARE(client.lastError(), error);
    QCOMPARE(client.state(), State::Disconnected);
    QCOMPARE(states.count(), 0);
    QCOMPARE(client.nextAttemptInMs(), -1); // a profile like this will not work on a retry either
}

void TestMqttClientSetup::publishWhileDisconnected()
{
    MqttClient client;
    QSignalSpy finished(&client, &MqttClient::publishFinished);
    const quint64 valid = client.publish("a/b", "x", QoS::AtLeastOnce, false);
    const quint64 invalid = client.publish("a/#", "x", QoS::AtMostOnce, false);
    QVERIFY(valid != invalid);
    QCOMPARE(finished.count(), 0); // the caller has the id before the answer
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.at(0), (QList<QVariant>{valid, false, QStringLiteral("not connected to a broker")}));
    QCOMPARE(finished.at(1).at(0).toULongLong(), invalid);
    QVERIFY(finished.at(1).at(2).toString().startsWith(QStringLiteral("invalid topic name “a/#”: ")));
    QCOMPARE(client.publishedCount(), quint64(0));
}

void TestMqttClientSetup::subscriptionsFollowTheProfile()
{
    // subscribe() before connecting is kept until connectToBroker(), which
    // starts from the profile's default subscriptions.
    MqttClient client;
    client.subscribe(QStringLiteral("a/#"), QoS::AtLeastOnce);
    client.subscribe(QStringLiteral("a/#"), QoS::ExactlyOnce); // same filter: new QoS
    QCOMPARE(client.subscriptions(), (QList<DefaultSubscription>{{QStringLiteral("a/#"), QoS::ExactlyOnce}}));
    client.unsubscribe(QStringLiteral("a/#"));
    QVERIFY(client.subscriptions().isEmpty());

    ConnectionProfile profile;
    profile.host.clear(); // refused: nothing goes on the network
    profile.subscriptions = {{QStringLiteral("home/#"), QoS::AtLeastOnce}};
    client.connectToBroker(profile);
    QCOMPARE(client.subscriptions(), profile.subscriptions);
    QCOMPARE(client.profile(), profile);
}

void TestMqttClientSetup::invalidFilterIsRefusedAtOnce()
{
    MqttClient client;
    QSignalSpy finished(&client, &MqttClient::subscribeFinished);
    client.subscribe(QStringLiteral("sport/tennis#"), QoS::AtMostOnce);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("sport/tennis#"));
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QVERIFY(
        finished.at(0).at(2).toString().startsWith(QStringLiteral("invalid topic filter “sport/tennis#”: ")));
    QVERIFY(client.subscriptions().isEmpty());
}

void TestMqttClientSetup::disconnectWhenNeverConnected()
{
    MqttClient client;
    QSignalSpy states(&client, &MqttClient::stateChanged);
    client.disconnectFromBroker();
    client.disconnectFromBroker(MqttClient::Disconnect::WithWill);
    QCOMPARE(client.state(), State::Disconnected);
    QCOMPARE(states.count(), 0);
}

QTEST_GUILESS_MAIN(TestMqttClientSetup)
#include "tst_mqttclientsetup.moc"
