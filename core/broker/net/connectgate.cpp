#include "connectgate.h"

#include <QLoggingCategory>
#include <QThread>

namespace homewire::broker::net {

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace {

constexpr qint64 RefusalLogIntervalMs = 10'000; // one line per address per interval
constexpr qsizetype RefusalLogEntries = 10'000; // forgotten beyond this, oldest first

} // namespace

ConnectGate::ConnectGate(std::shared_ptr<access::Authenticator> authenticator,
                         std::shared_ptr<access::AbuseGuard> abuseGuard)
    : m_authenticator(std::move(authenticator))
    , m_abuseGuard(std::move(abuseGuard))
{
    m_clock.start();
    // Key derivations take whole cores for ~200 ms each; half of them is
    // enough to keep logins flowing without starving the network threads.
    m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() / 2));
    m_pool.setObjectName(QStringLiteral("broker-auth"));
}

ConnectGate::~ConnectGate()
{
    waitForChecks();
}

bool ConnectGate::admit(const QHostAddress &address)
{
    if (!m_abuseGuard)
        return true;
    const qint64 now = nowMs();
    if (m_abuseGuard->admitConnection(address, now))
        return true;
    m_refused.fetch_add(1);
    QMutexLocker lock(&m_logMutex);
    if (m_refusalLog.size() >= RefusalLogEntries && !m_refusalLog.contains(address)) {
        for (auto it = m_refusalLog.begin(); it != m_refusalLog.end();)
            it = now - it->loggedAtMs >= RefusalLogIntervalMs ? m_refusalLog.erase(it) : std::next(it);
    }
    auto entry = m_refusalLog.find(address);
    if (entry == m_refusalLog.end()) {
        m_refusalLog.insert(address, RefusalLog{now, 0});
        qCWarning(lcNet).noquote() << "refusing connections from" << address.toString() << ": more than"
                                   << m_abuseGuard->limits().connectionsPerSecond
                                   << "a second (max_connection_rate); further refusals are counted every"
                                   << RefusalLogIntervalMs / 1000 << "s";
        return false;
    }
    ++entry->unlogged;
    if (now - entry->loggedAtMs >= RefusalLogIntervalMs) {
        qCWarning(lcNet).noquote() << "connections refused from" << address.toString() << "in the last"
                                   << (now - entry->loggedAtMs) / 1000 << "s:" << entry->unlogged
                                   << "(max_connection_rate)";
        *entry = RefusalLog{now, 0};
    }
    return false;
}

std::optional<access::AuthVerdict> ConnectGate::quickVerdict(const access::Credentials &credentials,
                                                             const access::ListenerAccess &listener,
                                                             const QHostAddress &address)
{
    if (!m_authenticator)
        return access::AuthVerdict{};
    if (m_abuseGuard) {
        // Refused without looking at the password: guessing gains nothing.
        if (const qint64 waitMs = m_abuseGuard->backoffRemainingMs(address, nowMs()); waitMs > 0) {
            access::AuthVerdict verdict;
            verdict.outcome = access::AuthVerdict::Outcome::NotAuthorized;
            verdict.reason = QStringLiteral("too many failed logins from %1; retry in %2 s")
                                 .arg(address.toString())
                                 .arg((waitMs + 999) / 1000);
            return verdict;
        }
    }
    std::optional<access::AuthVerdict> verdict = m_authenticator->tryQuick(credentials, listener);
    if (verdict)
        record(*verdict, address);
    return verdict;
}

void ConnectGate::checkSlowly(access::Credentials credentials, access::ListenerAccess listener,
                              QHostAddress address, std::function<void(access::AuthVerdict)> done)
{
    m_pool.start([this, credentials = std::move(credentials), listener, address = std::move(address),
                  done = std::move(done)] {
        access::AuthVerdict verdict =
            m_authenticator ? m_authenticator->authenticate(credentials, listener) : access::AuthVerdict{};
        record(verdict, address);
        done(std::move(verdict));
    });
}

void ConnectGate::waitForChecks()
{
    m_pool.waitForDone();
}

void ConnectGate::record(const access::AuthVerdict &verdict, const QHostAddress &address)
{
    if (!m_abuseGuard)
        return;
    if (verdict.outcome == access::AuthVerdict::Outcome::BadCredentials)
        m_abuseGuard->recordAuthFailure(address, nowMs());
    // Only a proven secret (a user's password, a certificate that made the
    // client a user) clears the record. An anonymous login in between must
    // not reset the count of a password guesser, even when it carries a
    // password (MQTT 5.0 allows one without a user name) or a certificate
    // the listener does not take as a user name.
    else if (verdict.accepted() && !verdict.userName.isEmpty())
        m_abuseGuard->recordAuthSuccess(address);
}

} // namespace homewire::broker::net
