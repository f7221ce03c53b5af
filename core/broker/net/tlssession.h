// TlsSession: the server side of one TLS connection, over memory buffers.
//
// The socket stays a plain QTcpSocket: what it reads is fed in, and the
// session hands back the plaintext and the ciphertext to send (handshake
// messages, alerts, encrypted output). The expensive, shared part (keys,
// trust store, ciphers) is the listener's TlsContext; a session is one SSL
// object. The client's certificate is judged during the handshake: verified
// against the listener's CA bundle and looked up in its CRL, so a refusal
// reaches the client as a TLS alert and the log as one reason in words.
//
// Not thread-safe: a session belongs to the thread that owns its socket.
#pragma once

#include "tlscontext.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

typedef struct ssl_st SSL;
typedef struct bio_st BIO;
typedef struct x509_store_ctx_st X509_STORE_CTX;

namespace homewire::broker::net {

class TlsSession
{
public:
    explicit TlsSession(std::shared_ptr<const TlsContext> context);
    ~TlsSession();
    TlsSession(const TlsSession &) = delete;
    TlsSession &operator=(const TlsSession &) = delete;

    // Ciphertext from the peer: runs the handshake, then appends what it
    // decrypts to `plaintext`. False once the session has failed (failure()
    // says why); ciphertext may still wait to be sent (an alert).
    bool feed(QByteArrayView ciphertext, QByteArray &plaintext);
    // Encrypts `plaintext` for the peer (after the handshake). False on failure.
    bool encrypt(QByteArrayView plaintext);
    // What to write to the socket, in order.
    QByteArray takeCiphertext();

    bool isEstablished() const { return m_state == State::Established; }
    bool hasFailed() const { return m_state == State::Failed; }
    // Why the session failed, for the log ("certificate expired", "TLS
    // handshake failed: unsupported protocol", ...).
    QString failure() const { return m_failure; }
    // The subject of the client's certificate ("none" when it sent none).
    QString peerSubject() const;
    // Established with a verified client certificate: the identity it carries.
    QByteArray peerIdentity() const { return m_identity; }
    // Set once per listener: the CRL consulted for this client is past its next update.
    bool staleRevocationNotice() const { return m_staleNotice; }

    // OpenSSL's verify callback (internal).
    static int verifyCallback(int ok, X509_STORE_CTX *store);

private:
    enum class State : quint8
    {
        Handshaking,
        Established,
        Failed,
    };

    bool handshake();
    bool readPlaintext(QByteArray &plaintext);
    void fail();
    bool verify(bool ok, X509_STORE_CTX *store);

    std::shared_ptr<const TlsContext> m_context;
    SSL *m_ssl = nullptr;
    BIO *m_in = nullptr;  // owned by m_ssl
    BIO *m_out = nullptr; // owned by m_ssl
    State m_state = State::Handshaking;
    long m_verifyError = 0; // X509_V_OK
    QString m_refusedSubject;
    QString m_failure;
    QByteArray m_identity;
    bool m_staleNotice = false;
};

} // namespace homewire::broker::net
