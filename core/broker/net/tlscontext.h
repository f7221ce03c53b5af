// TlsContext: what a TLS listener needs for every handshake, built once when
// the broker starts and shared, read-only, by all network threads:
//
// - the QSslConfiguration: the server's certificate chain and key (PEM, RSA
//   or EC), the lowest TLS version (1.2 or 1.3; OpenSSL prefers 1.3), the
//   ciphers, and how client certificates are asked for. With client
//   certificates the listener's CA bundle is the only trust anchor; the
//   system's CAs are never consulted.
// - the revocation list (revocationlist.h), checked once the handshake is done.
// - the decision on a client's certificate after the handshake (checkPeer),
//   with the reason in words for the log, and the identity it carries.
//
// ListenerContext pairs a listener's settings with its TlsContext (none for
// a plain listener); each accepted connection keeps a reference to it.
#pragma once

#include "broker/listenersettings.h"
#include "common/result.h"
#include "revocationlist.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <atomic>
#include <memory>
#include <optional>

namespace homewire::broker::net {

enum class TlsError : quint8
{
    UnreadableFile,
    InvalidCertificate,
    InvalidKey,
    KeyMismatch,
    InvalidCaFile,
    InvalidCrlFile,
    UnknownCipher,
    NotSupported,
};

class TlsContext
{
public:
    // Reads the listener's files. Errors name the listener, the file and why.
    static Result<std::shared_ptr<const TlsContext>, TlsError> create(const ListenerSettings &listener);

    const QSslConfiguration &configuration() const { return m_configuration; }
    ClientCertificates clientCertificates() const { return m_clientCertificates; }
    const RevocationList *revocationList() const { return m_crl ? &*m_crl : nullptr; }

    struct PeerCheck
    {
        bool accepted = true;
        QString reason;                   // refused: why, for the log
        QByteArray identity;              // accepted with a verified certificate: its CN or SAN
        bool staleRevocationList = false; // the first check against a CRL past its next update
    };
    // After the handshake: whether the client's certificate (possibly none)
    // is acceptable, given the verification errors the handshake reported.
    PeerCheck checkPeer(const QSslCertificate &certificate, const QList<QSslError> &verifyErrors) const;

private:
    TlsContext() = default;

    QSslConfiguration m_configuration;
    ClientCertificates m_clientCertificates = ClientCertificates::Off;
    CertificateIdentity m_identity = CertificateIdentity::CommonName;
    std::optional<RevocationList> m_crl;
    mutable std::atomic<bool> m_staleReported{false}; // said once per listener, not per client
};

struct ListenerContext
{
    ListenerSettings settings;
    std::shared_ptr<const TlsContext> tls; // null: plain TCP
};

// "CN=alice, O=Example": a certificate's subject for the log.
QString subjectText(const QSslCertificate &certificate);
// Why a client certificate failed verification, in words ("expired", ...).
QString verifyFailureText(const QList<QSslError> &errors);

} // namespace homewire::broker::net
