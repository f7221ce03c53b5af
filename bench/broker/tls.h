// TlsClient: the load generator's side of TLS, with OpenSSL directly so that a
// TLS connection is a Connection like any other (same non-blocking socket,
// same pump), and so that one thread can run many handshakes at once.
//
// Every handshake is a full one: the client keeps no session cache, asks for
// no session tickets and never offers a session, so a broker cannot resume
// one. The broker's certificate is verified against the run's CA and its IP
// address 127.0.0.1, as a real client would. Not a general TLS client: no
// SNI, no renegotiation, no close_notify on close (the broker closes first).
#pragma once

#include "connection.h"

#include <QtGlobal>
#include <atomic>
#include <mutex>
#include <string>

struct ssl_ctx_st;

namespace homewire::bench {

class TlsClient final : public Transport
{
public:
    // Trusts `caFile`; presents `certFile` with `keyFile` when they are given.
    explicit TlsClient(const std::string &caFile, const std::string &certFile = {},
                       const std::string &keyFile = {});
    ~TlsClient() override;
    TlsClient(const TlsClient &) = delete;
    TlsClient &operator=(const TlsClient &) = delete;

    bool isValid() const { return m_context != nullptr; }
    const std::string &error() const { return m_error; }

    std::unique_ptr<Stream> attach(int fd, std::string &error) const override;

    // Handshakes completed so far, and how many of them resumed a session
    // (none should: the figure is about full handshakes).
    qint64 handshakes() const { return m_handshakes.load(); }
    qint64 resumed() const { return m_resumed.load(); }
    // What the first handshake agreed on, e.g. "TLSv1.3 TLS_AES_256_GCM_SHA384 X25519".
    std::string negotiated() const;

private:
    friend class TlsStream;
    // Counts a handshake; true for the first one.
    bool recordHandshake(bool resumed) const;
    void setNegotiated(std::string negotiated) const;

    ssl_ctx_st *m_context = nullptr;
    std::string m_error;
    mutable std::atomic<qint64> m_handshakes{0};
    mutable std::atomic<qint64> m_resumed{0};
    mutable std::mutex m_negotiatedMutex;
    mutable std::string m_negotiated;
};

} // namespace homewire::bench
