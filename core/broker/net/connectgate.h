// ConnectGate: the network side of who may connect, shared by all network
// threads (thread-safe).
//
// - admit(): a new connection is checked against the per-address rate limit
//   (access::AbuseGuard) before anything else, TLS included. Refusals are
//   counted and logged at most once per address every 10 s.
// - A decoded CONNECT gets its verdict from quickVerdict() when that needs
//   no key derivation (an address in backoff after failed logins, no
//   password, a cached credential, a certificate identity); otherwise
//   checkSlowly() derives the key on a small thread pool of its own and
//   calls back there. Failed and successful logins are recorded in the
//   AbuseGuard either way.
//
// Not here: the policy itself (access::Authenticator) and what the engine
// does with a refusal (CONNACK 0x04/0x05, then the close).
#pragma once

#include "broker/access/abuseguard.h"
#include "broker/access/authenticator.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace homewire::broker::net {

class ConnectGate
{
public:
    // Either may be null: no limits, or every CONNECT accepted as it is.
    ConnectGate(std::shared_ptr<access::Authenticator> authenticator,
                std::shared_ptr<access::AbuseGuard> abuseGuard);
    ~ConnectGate(); // waits for the checks under way
    ConnectGate(const ConnectGate &) = delete;
    ConnectGate &operator=(const ConnectGate &) = delete;

    // At accept: whether a connection from `address` may go on.
    bool admit(const QHostAddress &address);
    quint64 refusedConnections() const { return m_refused.load(); }

    // The verdict for a CONNECT when it is quick to tell; nothing when the
    // password needs a key derivation (then call checkSlowly()). Without an
    // authenticator every CONNECT is accepted as it is (an empty verdict).
    std::optional<access::AuthVerdict> quickVerdict(const access::Credentials &credentials,
                                                    const access::ListenerAccess &listener,
                                                    const QHostAddress &address);
    // Derives on the pool; `done` runs on a pool thread.
    void checkSlowly(access::Credentials credentials, access::ListenerAccess listener, QHostAddress address,
                     std::function<void(access::AuthVerdict)> done);
    // Blocks until no check runs or waits (shutdown, before the workers go).
    void waitForChecks();

    bool hasAuthenticator() const { return m_authenticator != nullptr; }

private:
    qint64 nowMs() const { return m_clock.elapsed(); }
    void record(const access::AuthVerdict &verdict, const QHostAddress &address);

    const std::shared_ptr<access::Authenticator> m_authenticator;
    const std::shared_ptr<access::AbuseGuard> m_abuseGuard;
    QElapsedTimer m_clock; // monotonic
    QThreadPool m_pool;
    std::atomic<quint64> m_refused{0};

    struct RefusalLog
    {
        qint64 loggedAtMs = 0;
        quint64 unlogged = 0; // refusals since that line
    };
    QMutex m_logMutex;
    QHash<QHostAddress, RefusalLog> m_refusalLog;
};

} // namespace homewire::broker::net
