// VirtualDevice: one simulated device of the demo home, with its own MQTT
// connection, as a real ESP32 or Zigbee bridge would have. It announces itself
// once connected (retained state, discovery configuration), obeys commands on
// its command topics, reports telemetry on a timer, and leaves a will message
// so that it goes offline for real when the simulator stops or dies.
//
// Not a device model: core/devices reads devices from traffic; this only
// produces traffic.
#pragma once

#include "client/connectionprofile.h"
#include "mqtt/applicationmessage.h"

#include <QObject>
#include <QTimer>

namespace homewire::client {
class MqttClient;
}

namespace homewire::devices::demo {

struct Will
{
    QByteArray topic;
    QByteArray payload;
};

class VirtualDevice : public QObject
{
    Q_OBJECT

public:
    // `id` names the device's client identifier ("demo-<id>").
    VirtualDevice(const QString &id, QObject *parent = nullptr);
    ~VirtualDevice() override;

    QString id() const { return m_id; }
    // Connects to the broker of `broker` (its host, port and credentials).
    void start(const client::ConnectionProfile &broker);
    // Leaves as a device that loses power does: the broker publishes its will.
    void stop();
    bool isOnline() const;

signals:
    void onlineChanged(bool online);

protected:
    // What the broker publishes when this device disappears.
    virtual Will will() const = 0;
    // Called after every (re)connect: publish retained state, subscribe.
    virtual void announce() = 0;
    virtual void handleCommand(const mqtt::ApplicationMessage &message);
    // Periodic telemetry; the interval is set with setTelemetryInterval().
    virtual void reportTelemetry() {}

    void setTelemetryInterval(int ms);
    void publish(const QByteArray &topic, const QByteArray &payload, bool retain = false,
                 mqtt::QoS qos = mqtt::QoS::AtMostOnce);
    void subscribe(const QByteArray &filter);
    // A value drifting randomly around `centre`, for sensors.
    static double drift(double current, double centre, double step, double spread);

private:
    QString m_id;
    client::MqttClient *m_client;
    QTimer m_telemetry;
};

} // namespace homewire::devices::demo
