// The sentences MqttClient shows the user when a connection, a subscription or
// a publication fails ("connection refused: not authorized", "cannot connect
// to 127.0.0.1:1883: connection refused", "TLS: certificate not trusted for
// host broker.local (...)"). One place, so the wording stays consistent and
// is unit-tested without a broker.
//
// Not here: deciding which of these applies (MqttClient, ConnectProbe) or
// anything Paho-specific (pahoconnection.cpp turns Paho's codes into the
// protocol codes these functions take).
#pragma once

#include "mqtt/protocol.h"

#include <QAbstractSocket>
#include <QList>
#include <QSslError>
#include <QString>

namespace homewire::client {

// What an MQTT 5.0 reason code (section 2.4) means, as a short lower-case
// phrase: 0x87 -> "not authorized". Unknown codes read "reason code 0xNN".
QString reasonCodeText(quint8 reasonCode);

// A refused CONNECT: "connection refused: not authorized". `code` is the
// CONNACK return code of MQTT 3.1/3.1.1 (1..5) or the reason code of 5.0.
QString connackErrorText(mqtt::ProtocolVersion version, int code);

// A refused subscription: "subscription to “a/#” refused: not authorized".
// `code` is 0x80 (3.1.1) or a 5.0 reason code.
QString subackErrorText(mqtt::ProtocolVersion version, const QString &filter, int code);

// A PUBLISH the broker refused in its PUBACK/PUBREC (5.0 only).
QString pubackErrorText(int reasonCode);

// The broker ended the connection with a 5.0 DISCONNECT.
QString serverDisconnectText(int reasonCode);

// The connection dropped without a word from the broker. `cause` is whatever
// the transport reported, possibly nothing.
QString connectionLostText(const QString &cause);

// A transport failure before any MQTT packet: "cannot connect to
// 127.0.0.1:1883: connection refused". `hostPort` is "host:port" as shown to
// the user, `errorString` the socket's own description.
QString socketErrorText(QAbstractSocket::SocketError error, const QString &hostPort,
                        const QString &errorString);

// A TLS handshake that failed over the server's certificate, from the
// errors the certificate check reported: "TLS: certificate not trusted for
// host broker.local (The root certificate ... is self-signed, and untrusted)".
// Empty when `errors` holds nothing about the certificate.
QString certificateErrorText(const QString &host, const QList<QSslError> &errors);

// Any other failed TLS handshake: "TLS handshake failed: <detail>".
QString tlsHandshakeErrorText(const QString &detail);

// The broker accepted the connection but sent no CONNACK in time.
QString connectTimeoutText(const QString &hostPort, int seconds);

} // namespace homewire::client
