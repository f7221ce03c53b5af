#include "tls.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace homewire::bench {

namespace {

// The queued OpenSSL errors, oldest first, or `fallback` when there are none.
std::string openSslErrors(const std::string &fallback)
{
    std::string text;
    while (const unsigned long code = ERR_get_error()) {
        char line[256];
        ERR_error_string_n(code, line, sizeof line);
        if (!text.empty())
            text += "; ";
        text += line;
    }
    return text.empty() ? fallback : text;
}

} // namespace

// One TLS session on a connected non-blocking socket.
class TlsStream final : public Stream
{
public:
    TlsStream(const TlsClient &client, SSL *ssl)
        : m_client(client)
        , m_ssl(ssl)
    {}
    ~TlsStream() override { SSL_free(m_ssl); }

    Progress handshake() override
    {
        ERR_clear_error();
        const int result = SSL_connect(m_ssl);
        if (result == 1) {
            if (m_client.recordHandshake(SSL_session_reused(m_ssl) == 1))
                m_client.setNegotiated(describeSession());
            return Progress::Done;
        }
        switch (SSL_get_error(m_ssl, result)) {
        case SSL_ERROR_WANT_READ:
            return Progress::WantRead;
        case SSL_ERROR_WANT_WRITE:
            return Progress::WantWrite;
        default:
            failed();
            if (const long verify = SSL_get_verify_result(m_ssl); verify != X509_V_OK)
                m_error += std::string(" (certificate: ") + X509_verify_cert_error_string(verify) + ")";
            return Progress::Failed;
        }
    }

    ssize_t read(char *data, size_t size) override
    {
        // Everything available, so that nothing waits in OpenSSL's buffer
        // while poll() reports an empty socket.
        size_t total = 0;
        while (total < size) {
            size_t n = 0;
            ERR_clear_error();
            if (SSL_read_ex(m_ssl, data + total, size - total, &n) == 1) {
                total += n;
                continue;
            }
            const int code = SSL_get_error(m_ssl, 0);
            if (code == SSL_ERROR_ZERO_RETURN) // close_notify, or EOF (SSL_OP_IGNORE_UNEXPECTED_EOF)
                return ssize_t(total);
            if (code != SSL_ERROR_WANT_READ && code != SSL_ERROR_WANT_WRITE)
                return failed();
            break;
        }
        if (total == 0) {
            errno = EAGAIN;
            return -1;
        }
        return ssize_t(total);
    }

    ssize_t write(const char *data, size_t size) override
    {
        size_t n = 0;
        ERR_clear_error();
        if (SSL_write_ex(m_ssl, data, size, &n) == 1)
            return ssize_t(n);
        const int code = SSL_get_error(m_ssl, 0);
        if (code == SSL_ERROR_WANT_READ || code == SSL_ERROR_WANT_WRITE) {
            errno = EAGAIN;
            return -1;
        }
        return failed();
    }

    bool hasBufferedInput() const override { return SSL_pending(m_ssl) > 0; }
    std::string error() const override { return m_error; }

private:
    // Records why the session failed; -1 with errno set for the caller.
    int failed()
    {
        const int saved = errno;
        m_error = openSslErrors(saved != 0 ? std::strerror(saved) : "connection closed");
        errno = saved != 0 && saved != EAGAIN ? saved : EPROTO;
        return -1;
    }

    std::string describeSession() const
    {
        std::string text = std::string(SSL_get_version(m_ssl)) + " " + SSL_get_cipher_name(m_ssl);
        if (const int group = int(SSL_get_negotiated_group(m_ssl)); group != 0)
            text += std::string(" ") + OBJ_nid2sn(group);
        return text;
    }

    const TlsClient &m_client;
    SSL *m_ssl;
    std::string m_error;
};

TlsClient::TlsClient(const std::string &caFile, const std::string &certFile, const std::string &keyFile)
{
    // OpenSSL writes with write(), not send(MSG_NOSIGNAL): a broker that
    // closes first must not kill the load generator.
    std::signal(SIGPIPE, SIG_IGN);
    SSL_CTX *context = SSL_CTX_new(TLS_client_method());
    if (!context) {
        m_error = openSslErrors("SSL_CTX_new failed");
        return;
    }
    SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
    SSL_CTX_set_session_cache_mode(context, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_options(context, SSL_OP_NO_TICKET | SSL_OP_IGNORE_UNEXPECTED_EOF);
    SSL_CTX_set_mode(context, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nullptr);
    X509_VERIFY_PARAM_set1_ip_asc(SSL_CTX_get0_param(context), "127.0.0.1");
    bool ok = SSL_CTX_load_verify_locations(context, caFile.c_str(), nullptr) == 1;
    if (ok && !certFile.empty()) {
        ok = SSL_CTX_use_certificate_chain_file(context, certFile.c_str()) == 1 &&
             SSL_CTX_use_PrivateKey_file(context, keyFile.c_str(), SSL_FILETYPE_PEM) == 1 &&
             SSL_CTX_check_private_key(context) == 1;
    }
    if (!ok) {
        m_error = openSslErrors("cannot load the certificates");
        SSL_CTX_free(context);
        return;
    }
    m_context = context;
}

TlsClient::~TlsClient()
{
    SSL_CTX_free(m_context);
}

std::unique_ptr<Stream> TlsClient::attach(int fd, std::string &error) const
{
    SSL *ssl = m_context ? SSL_new(m_context) : nullptr;
    if (!ssl || SSL_set_fd(ssl, fd) != 1) {
        error = m_context ? openSslErrors("SSL_new failed") : m_error;
        SSL_free(ssl);
        return nullptr;
    }
    SSL_set_connect_state(ssl);
    return std::make_unique<TlsStream>(*this, ssl);
}

bool TlsClient::recordHandshake(bool resumed) const
{
    if (resumed)
        ++m_resumed;
    return m_handshakes.fetch_add(1) == 0;
}

void TlsClient::setNegotiated(std::string negotiated) const
{
    const std::lock_guard lock(m_negotiatedMutex);
    m_negotiated = std::move(negotiated);
}

std::string TlsClient::negotiated() const
{
    const std::lock_guard lock(m_negotiatedMutex);
    return m_negotiated;
}

} // namespace homewire::bench
