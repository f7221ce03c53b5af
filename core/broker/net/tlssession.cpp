#include "tlssession.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace homewire::broker::net {

namespace {

constexpr int ReadChunk = 16 * 1024; // one TLS record at most

} // namespace

TlsSession::TlsSession(std::shared_ptr<const TlsContext> context)
    : m_context(std::move(context))
    , m_ssl(SSL_new(m_context->sslContext()))
{
    if (!m_ssl) {
        m_state = State::Failed;
        m_failure = QStringLiteral("TLS handshake failed: no memory for a TLS session");
        ERR_clear_error();
        return;
    }
    m_in = BIO_new(BIO_s_mem());
    m_out = BIO_new(BIO_s_mem());
    // An empty input buffer means "wait for more", not the end of the stream.
    BIO_set_mem_eof_return(m_in, -1);
    BIO_set_mem_eof_return(m_out, -1);
    SSL_set_bio(m_ssl, m_in, m_out);
    SSL_set_app_data(m_ssl, this);
    SSL_set_verify(m_ssl, SSL_get_verify_mode(m_ssl), &TlsSession::verifyCallback);
    SSL_set_accept_state(m_ssl);
}

TlsSession::~TlsSession()
{
    SSL_free(m_ssl); // and both BIOs
}

bool TlsSession::feed(QByteArrayView ciphertext, QByteArray &plaintext)
{
    if (m_state == State::Failed)
        return false;
    if (!ciphertext.isEmpty() &&
        BIO_write(m_in, ciphertext.data(), int(ciphertext.size())) != ciphertext.size()) {
        fail();
        return false;
    }
    if (m_state == State::Handshaking && !handshake())
        return false;
    return m_state != State::Established || readPlaintext(plaintext);
}

bool TlsSession::handshake()
{
    ERR_clear_error();
    const int result = SSL_do_handshake(m_ssl);
    if (result == 1) {
        m_state = State::Established;
        if (m_context->clientCertificates() != ClientCertificates::Off)
            m_identity = certificateIdentity(SSL_get0_peer_certificate(m_ssl), m_context->identityField());
        return true;
    }
    const int error = SSL_get_error(m_ssl, result);
    if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
        return true;
    fail();
    return false;
}

bool TlsSession::readPlaintext(QByteArray &plaintext)
{
    for (;;) {
        const qsizetype before = plaintext.size();
        plaintext.resize(before + ReadChunk);
        ERR_clear_error();
        const int n = SSL_read(m_ssl, plaintext.data() + before, ReadChunk);
        plaintext.resize(before + qMax(0, n));
        if (n > 0)
            continue;
        const int error = SSL_get_error(m_ssl, n);
        if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_ZERO_RETURN)
            return true; // all read, or the peer's close_notify (its socket closes next)
        fail();
        return false;
    }
}

bool TlsSession::encrypt(QByteArrayView plaintext)
{
    if (m_state != State::Established)
        return false;
    while (!plaintext.isEmpty()) {
        ERR_clear_error();
        size_t written = 0;
        if (SSL_write_ex(m_ssl, plaintext.data(), size_t(plaintext.size()), &written) != 1) {
            fail();
            return false;
        }
        plaintext = plaintext.sliced(qsizetype(written));
    }
    return true;
}

QByteArray TlsSession::takeCiphertext()
{
    if (!m_out)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(m_out, &data);
    if (size <= 0)
        return {};
    QByteArray bytes(data, qsizetype(size));
    (void)BIO_reset(m_out);
    return bytes;
}

QString TlsSession::peerSubject() const
{
    if (!m_refusedSubject.isEmpty())
        return m_refusedSubject;
    return subjectText(m_ssl ? SSL_get0_peer_certificate(m_ssl) : nullptr);
}

void TlsSession::fail()
{
    const bool handshaking = m_state == State::Handshaking;
    m_state = State::Failed;
    const unsigned long error = ERR_peek_last_error();
    ERR_clear_error();
    if (m_verifyError != X509_V_OK) {
        m_failure = verifyFailureText(m_verifyError);
    } else if (ERR_GET_LIB(error) == ERR_LIB_SSL &&
               ERR_GET_REASON(error) == SSL_R_PEER_DID_NOT_RETURN_A_CERTIFICATE) {
        m_failure = QStringLiteral("no client certificate (missing; this listener requires one)");
    } else {
        const char *reason = ERR_reason_error_string(error);
        m_failure =
            (handshaking ? QStringLiteral("TLS handshake failed: %1") : QStringLiteral("TLS error: %1"))
                .arg(reason ? QString::fromLatin1(reason) : QStringLiteral("unknown error"));
    }
}

int TlsSession::verifyCallback(int ok, X509_STORE_CTX *store)
{
    auto *ssl = static_cast<SSL *>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto *session = ssl ? static_cast<TlsSession *>(SSL_get_app_data(ssl)) : nullptr;
    return session && session->verify(ok != 0, store) ? 1 : 0;
}

bool TlsSession::verify(bool ok, X509_STORE_CTX *store)
{
    // Called for each certificate of the chain, the client's own last
    // (depth 0). The first failure ends the handshake with an alert.
    const X509 *leaf = X509_STORE_CTX_get0_cert(store);
    if (ok && X509_STORE_CTX_get_error_depth(store) == 0 && m_context->isRevoked(leaf, &m_staleNotice)) {
        X509_STORE_CTX_set_error(store, X509_V_ERR_CERT_REVOKED);
        ok = false;
    }
    if (!ok && m_verifyError == X509_V_OK) {
        m_verifyError = X509_STORE_CTX_get_error(store);
        m_refusedSubject = subjectText(leaf);
    }
    return ok;
}

} // namespace homewire::broker::net
