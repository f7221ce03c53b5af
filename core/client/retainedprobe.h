// RetainedProbe: asks a broker which retained messages it holds at and under
// a topic, on a short-lived connection of its own.
//
// A client that was already subscribed when a retained message was published
// received it with RETAIN 0 (MQTT-3.3.1-9), so only the broker knows what is
// retained. The probe subscribes "<topic>/#" (which also matches <topic>
// itself, MQTT-4.7.1-2) at QoS 2, so each message comes back with the QoS it
// was stored with, then publishes a marker to a private topic: the broker
// sends the retained messages of a subscription before anything published
// after it, so once the marker is back the set is complete.
//
// Used before deleting retained messages, to delete exactly what is there and
// to be able to put it back.
#pragma once

#include "client/connectionprofile.h"
#include "mqtt/applicationmessage.h"

#include <QObject>
#include <QTimer>

namespace homewire::client {

class MqttClient;

class RetainedProbe : public QObject
{
    Q_OBJECT

public:
    RetainedProbe(const ConnectionProfile &profile, const QByteArray &topic, QObject *parent = nullptr);
    ~RetainedProbe() override;

    void start(int timeoutMs = 10'000);

signals:
    // The retained messages at and under the topic, or an error sentence.
    void finished(const QList<homewire::mqtt::ApplicationMessage> &retained, const QString &error);

private:
    void onSubscribed(const QString &filter, bool ok, const QString &error);
    void onMessages(const QList<mqtt::ApplicationMessage> &messages);
    void finish(const QString &error);

    ConnectionProfile m_profile;
    QByteArray m_topic;
    QByteArray m_marker;
    MqttClient *m_client;
    QTimer m_timeout;
    int m_subscribed = 0;
    bool m_done = false;
    QList<mqtt::ApplicationMessage> m_retained;
};

} // namespace homewire::client
