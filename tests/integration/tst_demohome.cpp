// The demo home against a real broker: every virtual device announces itself
// in its own convention, obeys its commands, and goes offline through its
// will message (MQTT 5.0 DISCONNECT 0x04, MQTT-3.14.2.1 in 5.0) when the
// simulator stops. Runs against homewire-broker and Mosquitto.
#include "brokertest.h"
#include "client/mqttclient.h"
#include "devices/demo/demohome.h"

#include <QHash>
#include <QtTest>

using namespace homewire;
using client::MqttClient;
using devices::demo::DemoHome;

namespace {

// Remembers the last payload of every topic a `#` subscription delivers.
class Watcher : public QObject
{
public:
    explicit Watcher(quint16 port)
    {
        client::ConnectionProfile profile;
        profile.name = QStringLiteral("watcher");
        profile.port = port;
        profile.subscriptions = {{QStringLiteral("#"), mqtt::QoS::AtLeastOnce}};
        QObject::connect(&m_client, &MqttClient::messagesReceived, this,
                         [this](const QList<mqtt::ApplicationMessage> &messages) {
                             for (const auto &message : messages) {
                                 m_last.insert(message.topic, message.payload);
                                 ++m_count[message.topic];
                             }
                         });
        m_client.connectToBroker(profile);
    }
    QByteArray last(const QByteArray &topic) const { return m_last.value(topic); }
    int countUnder(const QByteArray &prefix) const
    {
        int total = 0;
        for (auto it = m_count.cbegin(); it != m_count.cend(); ++it)
            total += it.key().startsWith(prefix) ? it.value() : 0;
        return total;
    }
    MqttClient &client() { return m_client; }

private:
    MqttClient m_client;
    QHash<QByteArray, QByteArray> m_last;
    QHash<QByteArray, int> m_count;
};

constexpr int Timeout = 15'000;

} // namespace

class tst_DemoHome : public QObject
{
    Q_OBJECT

private slots:
    void devicesAnnounceObeyAndLeaveThroughTheirWills()
    {
        BrokerProcess broker(BrokerProcess::kindFromEnvironment());
        HW_START_BROKER(broker);
        Watcher watcher(broker.port());
        QTRY_COMPARE_WITH_TIMEOUT(watcher.client().state(), MqttClient::State::Connected, Timeout);

        client::ConnectionProfile profile;
        profile.port = broker.port();
        DemoHome demo;
        demo.start(profile);
        QTRY_COMPARE_WITH_TIMEOUT(demo.onlineCount(), int(demo.devices().size()), Timeout);

        // Each convention announces itself.
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("home/office/lamp/status"), QByteArray("online"), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("home/office/lamp/state"), QByteArray("off"), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.last("home/kitchen/climate").contains("\"temperature\""), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(
            watcher.last("homeassistant/switch/demo_bedroom_fan/config").contains("\"command_topic\""),
            Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("tele/tasmota_5A3F2C/LWT"), QByteArray("Online"), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.last("tele/tasmota_5A3F2C/SENSOR").contains("\"ENERGY\""), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("zigbee2mqtt/bridge/state"),
                                  QByteArray(R"({"state":"online"})"), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.last("zigbee2mqtt/bridge/devices").contains("hall_motion"), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("shellies/shelly1-8CAAB5/online"), QByteArray("true"),
                                  Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(
            watcher.last("shellyplus1pm-441793/status/switch:0").contains("\"output\":true"), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("homie/demo-heater/$state"), QByteArray("ready"), Timeout);

        // Commands are obeyed and confirmed on the state topics.
        MqttClient &commander = watcher.client();
        commander.publish("home/office/lamp", "on", mqtt::QoS::AtLeastOnce, false);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("home/office/lamp/state"), QByteArray("on"), Timeout);
        commander.publish("home/office/lamp", "off", mqtt::QoS::AtLeastOnce, false);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("home/office/lamp/state"), QByteArray("off"), Timeout);
        commander.publish("home/living-room/dimmer/set", "30", mqtt::QoS::AtLeastOnce, false);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.last("home/living-room/dimmer").contains("\"brightness\":30"),
                                 Timeout);
        commander.publish("cmnd/tasmota_5A3F2C/POWER", "OFF", mqtt::QoS::AtLeastOnce, false);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("stat/tasmota_5A3F2C/POWER"), QByteArray("OFF"), Timeout);
        commander.publish("zigbee2mqtt/kitchen_bulb/set", R"({"state":"ON","brightness":99})",
                          mqtt::QoS::AtLeastOnce, false);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.last("zigbee2mqtt/kitchen_bulb").contains("\"brightness\":99"),
                                 Timeout);
        commander.publish("shellies/shelly1-8CAAB5/relay/0/command", "on", mqtt::QoS::AtLeastOnce, false);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("shellies/shelly1-8CAAB5/relay/0"), QByteArray("on"), Timeout);
        commander.publish(
            "shellyplus1pm-441793/rpc",
            R"({"id":7,"src":"homewire-test","method":"Switch.Set","params":{"id":0,"on":false}})",
            mqtt::QoS::AtLeastOnce, false);
        QTRY_VERIFY_WITH_TIMEOUT(
            watcher.last("shellyplus1pm-441793/status/switch:0").contains("\"output\":false"), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.last("homewire-test/rpc").contains("\"was_on\":true"), Timeout);
        commander.publish("homie/demo-heater/heater/power/set", "true", mqtt::QoS::AtLeastOnce, false);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("homie/demo-heater/heater/power"), QByteArray("true"),
                                  Timeout);
        commander.publish("demo/bedroom-fan/set", "ON", mqtt::QoS::AtLeastOnce, false);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("demo/bedroom-fan/state"), QByteArray("ON"), Timeout);

        // Stopping the simulator: the broker publishes each device's will.
        demo.stop();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("home/office/lamp/status"), QByteArray("offline"), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("tele/tasmota_5A3F2C/LWT"), QByteArray("Offline"), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("zigbee2mqtt/bridge/state"),
                                  QByteArray(R"({"state":"offline"})"), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("shellies/shelly1-8CAAB5/online"), QByteArray("false"),
                                  Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.last("homie/demo-heater/$state"), QByteArray("lost"), Timeout);
        HW_VERIFY_BROKER_ALIVE(broker);
        HW_STOP_BROKER(broker);
    }

    void loadGeneratorKeepsTopicsBusy()
    {
        BrokerProcess broker(BrokerProcess::kindFromEnvironment());
        HW_START_BROKER(broker);
        Watcher watcher(broker.port());
        QTRY_COMPARE_WITH_TIMEOUT(watcher.client().state(), MqttClient::State::Connected, Timeout);
        client::ConnectionProfile profile;
        profile.port = broker.port();
        DemoHome demo;
        demo.start(profile, 2000, 100);
        // A second of load at 2,000 messages a second.
        QTRY_VERIFY_WITH_TIMEOUT(watcher.countUnder("demo/load/sensor-") >= 2000, Timeout);
        QVERIFY(!watcher.last("demo/load/sensor-99/value").isEmpty());
        demo.stop();
        HW_STOP_BROKER(broker);
    }
};

QTEST_GUILESS_MAIN(tst_DemoHome)
#include "tst_demohome.moc"
