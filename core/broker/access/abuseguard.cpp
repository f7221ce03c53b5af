#include "abuseguard.h"

#include <QMutexLocker>

namespace homewire::broker::access {

namespace {

constexpr qint64 PruneIntervalMs = 60'000;
constexpr qint64 ForgetAfterMs = 15 * 60'000; // an address quiet this long starts afresh
constexpr qsizetype MaxTracked = 100'000;     // memory bound under a spoofed-address flood

} // namespace

AbuseGuard::AbuseGuard(AbuseLimits limits)
    : m_limits(limits)
{}

bool AbuseGuard::exempt(const QHostAddress &address) const
{
    return m_limits.exemptLoopback && address.isLoopback();
}

bool AbuseGuard::admitConnection(const QHostAddress &address, qint64 nowMs)
{
    if (m_limits.connectionsPerSecond <= 0 || exempt(address))
        return true;
    QMutexLocker lock(&m_mutex);
    prune(nowMs);
    const double burst = qMax(1, m_limits.connectionBurst);
    auto it = m_entries.find(address);
    if (it == m_entries.end()) {
        if (m_entries.size() >= MaxTracked)
            return true; // tracking is full; the kernel's accept backlog still limits
        it = m_entries.insert(address, Entry{burst, nowMs, 0, 0, nowMs});
    }
    Entry &e = *it;
    const qint64 elapsed = qMax<qint64>(0, nowMs - e.refilledAtMs);
    e.tokens = qMin(burst, e.tokens + double(elapsed) * m_limits.connectionsPerSecond / 1000.0);
    e.refilledAtMs = nowMs;
    e.lastSeenMs = nowMs;
    if (e.tokens < 1.0)
        return false;
    e.tokens -= 1.0;
    return true;
}

qint64 AbuseGuard::backoffRemainingMs(const QHostAddress &address, qint64 nowMs) const
{
    if (m_limits.failuresBeforeBackoff <= 0 || exempt(address))
        return 0;
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(address);
    if (it == m_entries.cend())
        return 0;
    return qMax<qint64>(0, it->blockedUntilMs - nowMs);
}

void AbuseGuard::recordAuthFailure(const QHostAddress &address, qint64 nowMs)
{
    if (m_limits.failuresBeforeBackoff <= 0 || exempt(address))
        return;
    QMutexLocker lock(&m_mutex);
    prune(nowMs);
    auto it = m_entries.find(address);
    if (it == m_entries.end()) {
        if (m_entries.size() >= MaxTracked)
            return;
        it = m_entries.insert(address, Entry{double(qMax(1, m_limits.connectionBurst)), nowMs, 0, 0, nowMs});
    }
    Entry &e = *it;
    e.lastSeenMs = nowMs;
    ++e.failures;
    const int beyond = e.failures - m_limits.failuresBeforeBackoff;
    if (beyond < 0)
        return;
    // The first wait when the limit is reached, doubling with every further failure.
    const qint64 firstMs = qint64(qMax(1, m_limits.firstBackoffSeconds)) * 1000;
    const qint64 delayMs =
        qMin<qint64>(qint64(m_limits.maxBackoffSeconds) * 1000, firstMs << qMin(beyond, 20));
    e.blockedUntilMs = nowMs + delayMs;
}

void AbuseGuard::recordAuthSuccess(const QHostAddress &address)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.find(address);
    if (it != m_entries.end()) {
        it->failures = 0;
        it->blockedUntilMs = 0;
    }
}

qsizetype AbuseGuard::trackedAddresses() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

void AbuseGuard::prune(qint64 nowMs)
{
    if (nowMs - m_lastPruneMs < PruneIntervalMs)
        return;
    m_lastPruneMs = nowMs;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (nowMs - it->lastSeenMs > ForgetAfterMs && it->blockedUntilMs <= nowMs)
            it = m_entries.erase(it);
        else
            ++it;
    }
}

} // namespace homewire::broker::access
