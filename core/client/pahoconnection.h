// PahoConnection: one Paho MQTT C++ async_client behind an interface of Qt
// and standard types only, for MqttClient.
//
// This header must not include Paho or Homewire's mqtt/ headers: it is compiled
// in homewire_client_paho, whose include path has no core/ (Paho's headers
// include each other as "mqtt/topic.h", which would find Homewire's codec),
// and in homewire_client, which must not see Paho. Paho throws; everything
// here returns or reports failures as values.
//
// Paho calls back on its own threads; those calls go to a PahoListener, which
// must be thread-safe and must not block. Once the PahoConnection is
// destroyed no callback runs any more, so the listener may go away after it.
//
// Not here: thread hops, reconnecting, subscriptions to restore, the
// sentences the user sees (MqttClient and clienterrors.h do that).
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace homewire::client::detail {

struct PahoOptions
{
    QString serverUri; // "mqtt://host:port", "mqtts://...", "ws://host:port/path", "wss://..."
    QString clientId;
    int mqttVersion = 4; // 3 (3.1), 4 (3.1.1) or 5
    bool cleanSession = true;
    int keepAliveSeconds = 60;
    int connectTimeoutSeconds = 10;
    QString username; // empty: none
    QString password; // empty: none
    bool tls = false;
    QString caFile;          // empty: the system's trust store
    QString certificateFile; // client certificate, optional
    QString keyFile;
    bool skipVerify = false;
    QByteArray willTopic; // empty: no will message
    QByteArray willPayload;
    int willQos = 0;
    bool willRetain = false;
};

// Why an operation failed, in protocol terms where there are some.
struct PahoFailure
{
    enum class Kind : quint8
    {
        Refused, // the broker said no: `code` is a CONNACK/SUBACK return code (3.1.1) or a reason code (5.0)
        Transport, // no MQTT session came about: TCP, TLS or WebSocket failed, Paho does not say which
        Timeout,   // the transport is up but the broker did not answer in time
        Client,    // Paho refused or abandoned the request (not connected, interrupted...)
    };
    Kind kind = Kind::Client;
    int code = 0;
    QString text; // Paho's own description (English), for logs and when nothing better is known
};

class PahoListener
{
public:
    virtual ~PahoListener() = default;

    // The attempt number given to PahoConnection::connect().
    virtual void connectSucceeded(quint64 attempt) = 0;
    virtual void connectFailed(quint64 attempt, const PahoFailure &failure) = 0;
    // An established connection dropped.
    virtual void connectionLost(const QString &cause) = 0;
    // The broker sent DISCONNECT (MQTT 5.0).
    virtual void disconnectedByServer(int reasonCode) = 0;
    virtual void messageArrived(QByteArray topic, QByteArray payload, int qos, bool retained) = 0;
    virtual void publishFinished(quint64 requestId, const std::optional<PahoFailure> &failure) = 0;
    virtual void subscribeFinished(const QString &filter, int grantedQos,
                                   const std::optional<PahoFailure> &failure) = 0;
    virtual void unsubscribeFinished(const QString &filter, const std::optional<PahoFailure> &failure) = 0;
};

class PahoConnection
{
public:
    // Creates the client (nothing is sent yet) with no file persistence.
    // Returns null with `error` set when Paho refuses the options.
    static std::unique_ptr<PahoConnection> create(const PahoOptions &options,
                                                  std::shared_ptr<PahoListener> listener, QString *error);
    // Sends DISCONNECT when connected (waiting at most a moment for it to go
    // out), then destroys the Paho client. No listener call follows.
    ~PahoConnection();
    PahoConnection(const PahoConnection &) = delete;
    PahoConnection &operator=(const PahoConnection &) = delete;

    // Starts a connection attempt; the listener hears how it ends. A failure
    // returned here means the attempt never started (and is not reported again).
    std::optional<PahoFailure> connect(quint64 attempt);
    // Ends the connection; false when there is none. Normally a DISCONNECT,
    // after which the broker discards the will message. `withWill` asks the
    // broker to publish it: MQTT 5.0 sends DISCONNECT with reason code 0x04;
    // 3.1.1 has no such packet and Paho cannot drop a connection without
    // DISCONNECT, so the connection is made to end in a protocol error (a
    // PUBLISH to "#"), one of the cases in which the server publishes the
    // will (MQTT-3.1.2-8) and closes the connection (MQTT-3.3.2-2).
    bool disconnect(bool withWill = false);
    bool isConnected() const;

    std::optional<PahoFailure> publish(quint64 requestId, const QByteArray &topic, const QByteArray &payload,
                                       int qos, bool retain);
    std::optional<PahoFailure> subscribe(const QString &filter, int qos);
    std::optional<PahoFailure> unsubscribe(const QString &filter);

private:
    struct Impl;
    explicit PahoConnection(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace homewire::client::detail
