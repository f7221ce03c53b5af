// Interoperability with real third-party clients against the broker under
// test: mosquitto_pub and mosquitto_sub (Mosquitto's command-line clients)
// and the Paho MQTT C++ library, all speaking MQTT 3.1.1 over loopback.
//
// Paho's headers are mqtt/*.h like Homewire's codec headers, and its namespace
// is `mqtt`: this file includes no Homewire mqtt/ header and its raw socket
// client writes its few bytes by hand.
#include "brokertest.h"
#include "toolprocess.h"

#include <QTcpSocket>
#include <chrono>
#include <memory>
#include <mqtt/async_client.h>

namespace {

using namespace std::chrono_literals;
using namespace tooltest;

QByteArray mqttString(const QByteArray &bytes)
{
    return QByteArray(1, char(bytes.size() >> 8)) + char(bytes.size() & 0xff) + bytes;
}

// CONNECT (3.1.1, CleanSession 1, keep-alive 60) with a QoS 1 will; every
// field is short, so the Remaining Length fits in one byte.
QByteArray connectWithWill(const QByteArray &clientId, const QByteArray &willTopic,
                           const QByteArray &willMessage)
{
    const QByteArray body = mqttString("MQTT") + char(4) + char(0x0e) + char(0) + char(60) +
                            mqttString(clientId) + mqttString(willTopic) + mqttString(willMessage);
    Q_ASSERT(body.size() < 128);
    return QByteArray(1, char(0x10)) + char(body.size()) + body;
}

} // namespace

class tst_Clients : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { HW_VERIFY_BROKER_ALIVE(m_broker); }
    void cleanupTestCase() { HW_STOP_BROKER(m_broker); }

    void mosquittoSubReceivesAllQos();
    void mosquittoRetained();
    void mosquittoPersistentSession();
    void pahoRoundTrip();
    void pahoReceivesWill();

private:
    QStringList hostArguments() const { return tooltest::hostArguments(m_broker.port()); }
    std::string serverUri() const { return "tcp://127.0.0.1:" + std::to_string(m_broker.port()); }
    // Runs mosquitto_pub to completion.
    Outcome publish(const QStringList &arguments) const
    {
        return runMosquittoPub(hostArguments() + arguments);
    }

    BrokerProcess m_broker;
};

void tst_Clients::initTestCase()
{
    if (!mosquittoToolsInstalled())
        QSKIP("the mosquitto client tools (or coreutils' stdbuf) are not installed");
    HW_START_BROKER(m_broker);
}

void tst_Clients::mosquittoSubReceivesAllQos()
{
    // mosquitto_sub on home/# gets three messages published by mosquitto_pub
    // at QoS 0, 1 and 2, in order.
    // The test must see "received SUBACK" before it publishes.
    Subscriber sub(hostArguments() + QStringList{arg("-t"), arg("home/#"), arg("-C"), arg("3"), arg("-q"),
                                                 arg("2"), arg("-W"), arg("10")});
    QVERIFY(sub.started());
    QVERIFY2(sub.waitForOutput("received SUBACK"), sub.diagnostics().constData());
    const char *payloads[] = {"zero", "one", "two"};
    for (int qos = 0; qos < 3; ++qos) {
        const Outcome published = publish({arg("-t"), QStringLiteral("home/qos%1").arg(qos), arg("-m"),
                                           arg(payloads[qos]), arg("-q"), QString::number(qos)});
        QVERIFY2(published.exitCode == 0, published.describe().constData());
    }
    QVERIFY2(sub.finish(), sub.diagnostics().constData());
    QCOMPARE(sub.messageLines("home/"),
             (QList<QByteArray>{"home/qos0 zero", "home/qos1 one", "home/qos2 two"}));
}

void tst_Clients::mosquittoRetained()
{
    // A retained message from mosquitto_pub -r reaches a later mosquitto_sub.
    const Outcome published =
        publish({arg("-t"), arg("retained/lamp"), arg("-m"), arg("on"), arg("-q"), arg("1"), arg("-r")});
    QVERIFY2(published.exitCode == 0, published.describe().constData());
    ToolProcess sub(arg("/usr/bin/mosquitto_sub"),
                    hostArguments() + QStringList{arg("-t"), arg("retained/#"), arg("-C"), arg("1"),
                                                  arg("-v"), arg("-W"), arg("10")});
    QVERIFY(sub.started());
    QVERIFY2(sub.finish(), sub.diagnostics().constData());
    QCOMPARE(sub.messageLines("retained/"), QList<QByteArray>{"retained/lamp on"});
}

void tst_Clients::mosquittoPersistentSession()
{
    // mosquitto_sub -c (CleanSession 0) subscribes at QoS 1 and leaves; a QoS 1
    // message published while it is away arrives when it comes back.
    const QStringList session = {arg("-c"), arg("-i"), arg("hwPersistent1"), arg("-q"),
                                 arg("1"),  arg("-t"), arg("persist/t")};
    {
        ToolProcess sub(arg("/usr/bin/mosquitto_sub"), hostArguments() + session + QStringList{arg("-E")});
        QVERIFY(sub.started());
        QVERIFY2(sub.finish(), sub.diagnostics().constData());
    }
    const Outcome published =
        publish({arg("-t"), arg("persist/t"), arg("-m"), arg("while away"), arg("-q"), arg("1")});
    QVERIFY2(published.exitCode == 0, published.describe().constData());
    ToolProcess sub(arg("/usr/bin/mosquitto_sub"),
                    hostArguments() + session +
                        QStringList{arg("-C"), arg("1"), arg("-v"), arg("-W"), arg("10")});
    QVERIFY(sub.started());
    QVERIFY2(sub.finish(), sub.diagnostics().constData());
    QCOMPARE(sub.messageLines("persist/"), QList<QByteArray>{"persist/t while away"});
}

void tst_Clients::pahoRoundTrip()
{
    // Paho C++ connects, subscribes at QoS 2 and gets its own messages back
    // at QoS 0, 1 and 2.
    try {
        ::mqtt::async_client client(serverUri(), "pahoRoundTrip");
        ::mqtt::connect_options options;
        options.set_mqtt_version(MQTTVERSION_3_1_1);
        options.set_clean_session(true);
        options.set_keep_alive_interval(20);
        options.set_connect_timeout(5);
        client.start_consuming();
        QVERIFY(client.connect(options)->wait_for(5s));
        QVERIFY(client.subscribe("paho/rt/#", 2)->wait_for(5s));
        for (int qos = 0; qos < 3; ++qos) {
            const std::string topic = "paho/rt/" + std::to_string(qos);
            QVERIFY(client.publish(topic, "payload " + std::to_string(qos), qos, false)->wait_for(5s));
        }
        for (int qos = 0; qos < 3; ++qos) {
            const ::mqtt::const_message_ptr message = client.try_consume_message_for(5s);
            QVERIFY2(message, "Paho received nothing");
            QCOMPARE(QByteArray::fromStdString(message->get_topic()), "paho/rt/" + QByteArray::number(qos));
            QCOMPARE(QByteArray::fromStdString(message->get_payload_str()),
                     "payload " + QByteArray::number(qos));
            QCOMPARE(message->get_qos(), qos);
            QCOMPARE(message->is_retained(), false);
        }
        QVERIFY(client.disconnect()->wait_for(5s));
        client.stop_consuming();
    } catch (const ::mqtt::exception &e) {
        QFAIL(e.what());
    }
}

void tst_Clients::pahoReceivesWill()
{
    // A raw client with a will is aborted; Paho, subscribed to the will topic,
    // receives the will message.
    try {
        ::mqtt::async_client client(serverUri(), "pahoWill");
        ::mqtt::connect_options options;
        options.set_mqtt_version(MQTTVERSION_3_1_1);
        options.set_connect_timeout(5);
        client.start_consuming();
        QVERIFY(client.connect(options)->wait_for(5s));
        QVERIFY(client.subscribe("paho/will", 1)->wait_for(5s));

        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, m_broker.port());
        QVERIFY(raw.waitForConnected(ToolTimeoutMs));
        raw.write(connectWithWill("rawWill", "paho/will", "raw client gone"));
        QVERIFY(raw.waitForBytesWritten(ToolTimeoutMs));
        while (raw.bytesAvailable() < 4 && raw.waitForReadyRead(ToolTimeoutMs)) {
        }
        QCOMPARE(raw.readAll(), QByteArray::fromHex("20020000"));
        raw.abort(); // no DISCONNECT: the broker must publish the will

        const ::mqtt::const_message_ptr message = client.try_consume_message_for(5s);
        QVERIFY2(message, "Paho did not receive the will");
        QCOMPARE(QByteArray::fromStdString(message->get_topic()), QByteArray("paho/will"));
        QCOMPARE(QByteArray::fromStdString(message->get_payload_str()), QByteArray("raw client gone"));
        QCOMPARE(message->get_qos(), 1);
        QVERIFY(client.disconnect()->wait_for(5s));
        client.stop_consuming();
    } catch (const ::mqtt::exception &e) {
        QFAIL(e.what());
    }
}

QTEST_GUILESS_MAIN(tst_Clients)
#include "tst_clients.moc"
