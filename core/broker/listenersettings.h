// ListenerSettings: one address and port the broker accepts clients on,
// plain or TLS, and who may log in through it. The broker runs several at
// once (e.g. 1883 on loopback in the clear, 8883 on the LAN with TLS).
#pragma once

#include <QHostAddress>
#include <QString>
#include <optional>

namespace homewire::broker {

enum class ClientCertificates : quint8
{
    Off,      // no client certificate is asked for
    Optional, // asked for; one that is sent must verify against the CA bundle
    Require,  // the handshake fails without a valid one
};

enum class CertificateIdentity : quint8
{
    CommonName,     // the subject's CN
    SubjectAltName, // the first DNS name or e-mail address among the SANs
};

enum class TlsMinimum : quint8
{
    Tls12, // TLS 1.2 or 1.3 (1.3 preferred)
    Tls13, // TLS 1.3 only
};

struct ListenerSettings
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 1883; // 0: any free port
    bool tls = false;
    QString certFile; // server certificate chain, PEM
    QString keyFile;  // its private key, PEM
    QString caFile;   // CA bundle that client certificates must chain to, PEM
    QString crlFile;  // revoked client certificates, PEM or DER; empty: none
    ClientCertificates clientCertificates = ClientCertificates::Off;
    bool identityAsUserName = false;
    CertificateIdentity identity = CertificateIdentity::CommonName;
    TlsMinimum tlsMinimum = TlsMinimum::Tls12;
    QString ciphers; // colon-separated OpenSSL cipher names; empty: Qt's secure defaults
    // Whether clients may log in without a user name (or certificate identity).
    // Unset: yes on a loopback address, no anywhere else.
    std::optional<bool> allowAnonymous;

    bool anonymousAllowed() const { return allowAnonymous.value_or(address.isLoopback()); }
    // "127.0.0.1:8883", "[::1]:8883": how logs and errors name the listener.
    QString name() const
    {
        const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                 : address.toString();
        return host + QLatin1Char(':') + QString::number(port);
    }
};

} // namespace homewire::broker
