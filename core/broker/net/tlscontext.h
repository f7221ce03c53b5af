// TlsContext: what a TLS listener needs for every handshake, built once when
// the broker starts and shared, read-only, by all network threads:
//
// - one OpenSSL SSL_CTX: the server's certificate chain and key (PEM, RSA or
//   EC), the lowest TLS version (1.2 or 1.3), the ciphers, and how client
//   certificates are asked for. With client certificates the listener's CA
//   bundle is the only trust anchor; the system's CAs are never consulted.
//   Building it once per listener, rather than per connection, is what keeps
//   a TLS connect cheap.
// - the revocation list (revocationlist.h), consulted while the client's
//   certificate is verified.
//
// The handshake itself, per connection, is TlsSession's. ListenerContext
// pairs a listener's settings with its TlsContext (none for a plain
// listener); each accepted connection keeps a reference to it.
#pragma once

#include "broker/listenersettings.h"
#include "common/result.h"
#include "revocationlist.h"

#include <atomic>
#include <memory>
#include <optional>

typedef struct ssl_ctx_st SSL_CTX;
typedef struct x509_st X509;

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
    ~TlsContext();
    TlsContext(const TlsContext &) = delete;
    TlsContext &operator=(const TlsContext &) = delete;

    // Shared by every connection of the listener (OpenSSL locks what it changes).
    SSL_CTX *sslContext() const { return m_context; }
    ClientCertificates clientCertificates() const { return m_clientCertificates; }
    CertificateIdentity identityField() const { return m_identity; }
    const RevocationList *revocationList() const { return m_crl ? &*m_crl : nullptr; }

    // Whether the CRL lists `certificate`. `staleNotice` is set on the first
    // check against a CRL past its next update: said once per listener, not
    // per client.
    bool isRevoked(const X509 *certificate, bool *staleNotice) const;

private:
    TlsContext() = default;

    SSL_CTX *m_context = nullptr;
    ClientCertificates m_clientCertificates = ClientCertificates::Off;
    CertificateIdentity m_identity = CertificateIdentity::CommonName;
    std::optional<RevocationList> m_crl;
    mutable std::atomic<bool> m_staleReported{false};
};

struct ListenerContext
{
    ListenerSettings settings;
    std::shared_ptr<const TlsContext> tls; // null: plain TCP
};

// "CN=alice, O=Example": a certificate's subject for the log ("none": null).
QString subjectText(const X509 *certificate);
// The identity a client certificate carries: its CN, or its first DNS name
// (else e-mail address) among the subject alternative names.
QByteArray certificateIdentity(const X509 *certificate, CertificateIdentity field);
// Why a client certificate failed verification, in words ("certificate
// expired", ...), from an X509_V_ERR_* code.
QString verifyFailureText(long verifyError);

} // namespace homewire::broker::net
