#include "client/retainedprobe.h"

#include "client/mqttclient.h"

#include <QRandomGenerator>

namespace homewire::client {

RetainedProbe::RetainedProbe(const ConnectionProfile &profile, const QByteArray &topic, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_topic(topic)
    , m_marker("homewire/probe/" + QByteArray::number(QRandomGenerator::global()->generate64(), 16))
    , m_client(new MqttClient(this))
{
    m_profile.clientId.clear(); // a connection of its own, never the user's session
    m_profile.cleanSession = true;
    m_profile.willTopic.clear();
    m_profile.subscriptions = {{QString::fromUtf8(m_topic + "/#"), mqtt::QoS::ExactlyOnce},
                               {QString::fromUtf8(m_marker), mqtt::QoS::AtLeastOnce}};
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { finish(tr("the broker did not list its retained messages in time")); });
    connect(m_client, &MqttClient::subscribeFinished, this, &RetainedProbe::onSubscribed);
    connect(m_client, &MqttClient::messagesReceived, this, &RetainedProbe::onMessages);
    // A profile the client refuses at once (say, a TLS file gone since) ends
    // the probe with that reason rather than at the timeout.
    connect(m_client, &MqttClient::errorOccurred, this, [this](const QString &error) {
        if (m_client->state() == MqttClient::State::Disconnected)
            finish(error);
    });
    connect(m_client, &MqttClient::stateChanged, this, [this](MqttClient::State state) {
        if (state == MqttClient::State::Reconnecting)
            finish(m_client->lastError());
    });
}

RetainedProbe::~RetainedProbe() = default;

void RetainedProbe::start(int timeoutMs)
{
    m_timeout.start(timeoutMs);
    m_client->connectToBroker(m_profile);
}

void RetainedProbe::onSubscribed(const QString &, bool ok, const QString &error)
{
    if (!ok) {
        finish(error);
        return;
    }
    if (++m_subscribed == 2)
        m_client->publish(m_marker, "done", mqtt::QoS::AtLeastOnce, false);
}

void RetainedProbe::onMessages(const QList<mqtt::ApplicationMessage> &messages)
{
    for (const mqtt::ApplicationMessage &message : messages) {
        if (message.topic == m_marker) {
            finish({});
            return;
        }
        if (message.retained && !message.payload.isEmpty())
            m_retained.append(message);
    }
}

void RetainedProbe::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_client->disconnectFromBroker();
    emit finished(error.isEmpty() ? m_retained : QList<mqtt::ApplicationMessage>(), error);
}

} // namespace homewire::client
