// ConnectProbe: finds out why a connection attempt failed below MQTT.
//
// Paho reports "TCP/TLS connect failure" alike for a refused port, an unknown
// host, an untrusted certificate or a failed handshake. After such a failure
// MqttClient runs this probe: it opens the same transport with Qt's sockets
// (TCP, then TLS with the profile's CA file, client certificate and
// verification setting) and turns what goes wrong into the sentence the user
// sees, such as "cannot connect to 127.0.0.1:1883: connection refused" or
// "TLS: certificate not trusted for host broker.local (...)". It runs on the
// client's thread without blocking it (Qt resolves names on its own threads)
// and gives up after a timeout. After a TLS handshake it waits a moment for
// a late alert, which is how a TLS 1.3 broker refuses a missing client
// certificate.
//
// Not here: MQTT. A transport that works reports an empty problem; the
// caller then falls back to what Paho said.
#pragma once

#include "client/connectionprofile.h"

#include <QList>
#include <QObject>
#include <QSslError>
#include <QString>
#include <QTimer>

class QAbstractSocket;

namespace homewire::client {

class ConnectProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 5'000;

    explicit ConnectProbe(QObject *parent = nullptr);
    ~ConnectProbe() override;

    // Starts the probe; finished() follows exactly once, never from within start().
    void start(const ConnectionProfile &profile, int timeoutMs = DefaultTimeoutMs);

signals:
    // `problem` is the sentence for the user, empty when the transport works.
    void finished(const QString &problem);

private:
    void onSocketError();
    void finish(const QString &problem);

    QAbstractSocket *m_socket = nullptr;
    QTimer m_timeout;
    QList<QSslError> m_sslErrors;
    QString m_host;
    QString m_hostPort;
    bool m_tls = false;
    bool m_done = false;
};

} // namespace homewire::client
