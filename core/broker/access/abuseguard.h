// AbuseGuard: per-address limits against connection floods and password
// guessing. Thread-safe; every network thread consults it.
//
// - Connection rate: a token bucket per remote address; a connection over
//   the limit is closed before TLS or MQTT cost anything.
// - Authentication failures: after `failuresBeforeBackoff` refused logins in
//   a row, the address is refused without a password check for
//   `firstBackoffSeconds`, doubling with each further failure up to
//   `maxBackoffSeconds`. A success
//   clears it.
// Times are passed in (milliseconds on a monotonic clock) so tests need no sleeping.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>

namespace homewire::broker::access {

struct AbuseLimits
{
    int connectionsPerSecond = 50; // per address, sustained; 0: no limit
    int connectionBurst = 100;     // per address, at once
    bool exemptLoopback = true;    // loopback clients are not limited
    int failuresBeforeBackoff = 5; // 0: no backoff
    int firstBackoffSeconds = 1;   // the first wait; it doubles with each further failure
    int maxBackoffSeconds = 300;
};

class AbuseGuard
{
public:
    explicit AbuseGuard(AbuseLimits limits = {});

    // Whether a new connection from `address` may proceed; it takes a token.
    bool admitConnection(const QHostAddress &address, qint64 nowMs);
    // How long `address` must still wait before its logins are checked again; 0: not at all.
    qint64 backoffRemainingMs(const QHostAddress &address, qint64 nowMs) const;
    void recordAuthFailure(const QHostAddress &address, qint64 nowMs);
    void recordAuthSuccess(const QHostAddress &address);

    const AbuseLimits &limits() const { return m_limits; }
    qsizetype trackedAddresses() const;

private:
    struct Entry
    {
        double tokens = 0;
        qint64 refilledAtMs = 0;
        int failures = 0;
        qint64 blockedUntilMs = 0;
        qint64 lastSeenMs = 0;
    };
    bool exempt(const QHostAddress &address) const;
    void prune(qint64 nowMs);

    const AbuseLimits m_limits;
    mutable QMutex m_mutex;
    QHash<QHostAddress, Entry> m_entries;
    qint64 m_lastPruneMs = 0;
};

} // namespace homewire::broker::access
