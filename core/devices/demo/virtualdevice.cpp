#include "devices/demo/virtualdevice.h"

#include "client/mqttclient.h"

#include <QRandomGenerator>

namespace homewire::devices::demo {

using client::MqttClient;

VirtualDevice::VirtualDevice(const QString &id, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_client(new MqttClient(this))
{
    connect(&m_telemetry, &QTimer::timeout, this, &VirtualDevice::reportTelemetry);
    connect(m_client, &MqttClient::stateChanged, this, [this](MqttClient::State state) {
        if (state == MqttClient::State::Connected) {
            announce();
            if (m_telemetry.interval() > 0)
                m_telemetry.start();
        } else {
            m_telemetry.stop();
        }
        emit onlineChanged(state == MqttClient::State::Connected);
    });
    connect(m_client, &MqttClient::messagesReceived, this,
            [this](const QList<mqtt::ApplicationMessage> &messages) {
                for (const mqtt::ApplicationMessage &message : messages)
                    handleCommand(message);
            });
}

VirtualDevice::~VirtualDevice() = default;

void VirtualDevice::start(const client::ConnectionProfile &broker)
{
    client::ConnectionProfile profile = broker;
    profile.name = m_id;
    profile.clientId = QStringLiteral("demo-") + m_id;
    profile.cleanSession = true;
    profile.subscriptions.clear();
    // MQTT 5.0: stop() can then ask the broker for the will (DISCONNECT 0x04).
    profile.protocolVersion = mqtt::ProtocolVersion::V5;
    const Will w = will();
    profile.willTopic = QString::fromUtf8(w.topic);
    profile.willPayload = w.payload;
    profile.willQos = mqtt::QoS::AtLeastOnce;
    profile.willRetain = true;
    m_client->connectToBroker(profile);
}

void VirtualDevice::stop()
{
    m_telemetry.stop();
    m_client->disconnectFromBroker(MqttClient::Disconnect::WithWill);
}

bool VirtualDevice::isOnline() const
{
    return m_client->state() == MqttClient::State::Connected;
}

void VirtualDevice::handleCommand(const mqtt::ApplicationMessage &) {}

void VirtualDevice::setTelemetryInterval(int ms)
{
    m_telemetry.setInterval(ms);
}

void VirtualDevice::publish(const QByteArray &topic, const QByteArray &payload, bool retain, mqtt::QoS qos)
{
    m_client->publish(topic, payload, qos, retain);
}

void VirtualDevice::subscribe(const QByteArray &filter)
{
    // The client keeps its subscriptions across reconnects.
    for (const client::DefaultSubscription &existing : m_client->subscriptions()) {
        if (existing.filter.toUtf8() == filter)
            return;
    }
    m_client->subscribe(QString::fromUtf8(filter), mqtt::QoS::AtLeastOnce);
}

double VirtualDevice::drift(double current, double centre, double step, double spread)
{
    const double change = (QRandomGenerator::global()->generateDouble() * 2 - 1) * step;
    // Pulled back towards the centre so that values stay plausible.
    const double pulled = current + change + (centre - current) * 0.1;
    return qBound(centre - spread, pulled, centre + spread);
}

} // namespace homewire::devices::demo
