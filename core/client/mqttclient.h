// MqttClient: one client connection to a broker, for the user interface and
// the device layer. Paho MQTT C++ does the protocol on its own threads; this
// adapter turns its callbacks into batched, queued Qt signals on the thread
// that owns the MqttClient: messages are collected in a mailbox and handed
// over as one messagesReceived() per event-loop turn, never one signal per
// message, and Paho's threads never wait for the receiver.
//
// It reconnects by itself with backoff (1 s doubling to 30 s) after a lost
// connection, re-subscribing the filters it was asked for. Errors reach the
// user as sentences ("connection refused: not authorized").
//
// Every method is called on the thread that owns the MqttClient, and every
// signal is emitted there.
//
// Not here: Paho headers (they stay in the .cpp files of this folder), topic
// bookkeeping (core/history), profile storage (core/store).
#pragma once

#include "client/connectionprofile.h"
#include "mqtt/applicationmessage.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

namespace homewire::client {

class MqttClientPrivate;

class MqttClient : public QObject
{
    Q_OBJECT

public:
    enum class State : quint8
    {
        Disconnected, // not connected and not trying
        Connecting,   // first attempt under way
        Connected,
        Reconnecting, // lost or refused; the next attempt is scheduled
    };
    Q_ENUM(State)

    explicit MqttClient(QObject *parent = nullptr);
    ~MqttClient() override;

    // Starts connecting; progress is reported through stateChanged() and
    // errorOccurred(). The profile's default subscriptions are made once
    // connected, and again after every reconnect.
    void connectToBroker(const ConnectionProfile &profile);
    enum class Disconnect : quint8
    {
        Normal,   // DISCONNECT: the broker discards the will message
        WithWill, // MQTT 5.0 DISCONNECT with reason 0x04: the broker publishes the will;
                  // on 3.1.1 the connection is dropped without DISCONNECT instead (Paho
                  // cannot drop it, so the client sends a PUBLISH to "#", which the broker
                  // must close the connection over, MQTT-3.3.2-2, publishing the will)
    };
    // Ends the connection and stops reconnecting.
    void disconnectFromBroker(Disconnect how = Disconnect::Normal);

    State state() const;
    const ConnectionProfile &profile() const;
    QString clientId() const;  // the one in use, after connectToBroker()
    QString lastError() const; // the last errorOccurred() text; empty once connected
    // Milliseconds until the next connection attempt while Reconnecting;
    // -1 when none is scheduled (also while an attempt is under way).
    int nextAttemptInMs() const;

    // Adds a subscription, kept across reconnects. Results come back through
    // subscribeFinished() (also for each subscription made again after a
    // reconnect); an invalid filter fails at once with a reason.
    void subscribe(const QString &filter, mqtt::QoS qos);
    void unsubscribe(const QString &filter);
    QList<DefaultSubscription> subscriptions() const;

    // Publishes; returns a request id that publishFinished() reports on.
    // An invalid topic name fails through publishFinished() without sending.
    quint64 publish(const QByteArray &topic, const QByteArray &payload, mqtt::QoS qos, bool retain);

    // Counters since connectToBroker(): messages handed out by
    // messagesReceived(), and messages published successfully.
    quint64 receivedCount() const;
    quint64 publishedCount() const;

signals:
    void stateChanged(homewire::client::MqttClient::State state);
    void messagesReceived(const QList<homewire::mqtt::ApplicationMessage> &messages);
    void errorOccurred(const QString &message);
    void publishFinished(quint64 requestId, bool ok, const QString &error);
    void subscribeFinished(const QString &filter, bool ok, const QString &error);

private:
    friend class MqttClientPrivate;
    std::unique_ptr<MqttClientPrivate> d;
};

} // namespace homewire::client
