// ConnectionProfile: everything needed to open one client connection to a
// broker, as the user edits it and as the profile store keeps it (less the
// password, which lives in the OS keychain). Plain value; no I/O.
//
// parseConnectionUrl() reads the command line's --connect URL:
//   mqtt://[user[:password]@]host[:port]      TCP, default port 1883
//   mqtts://...                               TLS, default port 8883
//   ws://host[:port][/path]                   WebSocket, default port 80, path /mqtt
//   wss://host[:port][/path]                  secure WebSocket, default port 443
// IPv6 literals go in brackets: mqtt://[::1]:1883.
#pragma once

#include "common/result.h"
#include "mqtt/protocol.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace homewire::client {

enum class Transport : quint8
{
    Tcp,
    Tls,
    WebSocket,
    SecureWebSocket,
};

struct DefaultSubscription
{
    QString filter;
    mqtt::QoS qos = mqtt::QoS::AtMostOnce;

    friend bool operator==(const DefaultSubscription &, const DefaultSubscription &) = default;
};

struct ConnectionProfile
{
    qint64 id = 0; // row id in the profile store; 0 until stored
    QString name;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 1883;
    Transport transport = Transport::Tcp;
    QString webSocketPath = QStringLiteral("/mqtt");
    mqtt::ProtocolVersion protocolVersion = mqtt::ProtocolVersion::V311;
    QString clientId; // empty: a random "homewire-xxxxxxxx" is chosen per connection
    QString username; // empty: none
    QString password; // never stored in the database (see SecretStore)
    bool cleanSession = true;
    int keepAliveSeconds = 60;
    QString caFile;          // PEM; empty: the system's trust store
    QString certificateFile; // client certificate (PEM), optional
    QString keyFile;         // its private key (PEM), optional
    bool skipVerify = false; // accept any server certificate (the UI warns)
    QList<DefaultSubscription> subscriptions{{QStringLiteral("#"), mqtt::QoS::AtMostOnce}};
    // Will message (MQTT-3.1.2-8): none when willTopic is empty. Used by
    // devices (the demo home's virtual devices), not edited in the UI yet.
    QString willTopic;
    QByteArray willPayload;
    mqtt::QoS willQos = mqtt::QoS::AtMostOnce;
    bool willRetain = false;
    bool builtIn = false; // the "Embedded broker" profile: not deletable

    bool usesTls() const { return transport == Transport::Tls || transport == Transport::SecureWebSocket; }
    bool usesWebSocket() const
    {
        return transport == Transport::WebSocket || transport == Transport::SecureWebSocket;
    }
    // "mqtt://host:port", "wss://host:port/path": for display and for Paho.
    QString url() const;
    // "host:port", "[::1]:1883": how error messages name the server.
    QString hostAndPort() const;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

enum class ProfileError : quint8
{
    InvalidUrl,
};

// Parses a --connect URL into a profile named after it.
Result<ConnectionProfile, ProfileError> parseConnectionUrl(const QString &url);

QString transportName(Transport transport);

} // namespace homewire::client

Q_DECLARE_METATYPE(homewire::client::ConnectionProfile)
