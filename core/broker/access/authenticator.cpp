#include "authenticator.h"

#include "passwordhash.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMutexLocker>
#include <QRandomGenerator>

namespace homewire::broker::access {

namespace {

QByteArray randomKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    return key;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

AuthVerdict refused(AuthVerdict::Outcome outcome, QString reason)
{
    return AuthVerdict{outcome, {}, std::move(reason), {}};
}

} // namespace

Authenticator::Authenticator(AuthConfig config)
    : m_config(config)
    , m_cacheKey(randomKey())
    , m_policy(std::make_shared<const AccessPolicy>())
{}

void Authenticator::setPolicy(AccessPolicyPtr policy)
{
    QMutexLocker lock(&m_mutex);
    m_policy = policy ? std::move(policy) : std::make_shared<const AccessPolicy>();
    // Entries of users whose hash changed or who are gone can never hit
    // again (cacheHit compares the stored hash); drop them now.
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (m_policy->users.value(QString::fromUtf8(it.key())) != it->storedHash)
            it = m_cache.erase(it);
        else
            ++it;
    }
}

AccessPolicyPtr Authenticator::policy() const
{
    QMutexLocker lock(&m_mutex);
    return m_policy;
}

qsizetype Authenticator::cachedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_cache.size();
}

Authenticator::Step Authenticator::decide(const Credentials &credentials, const ListenerAccess &listener,
                                          AuthVerdict &verdict, QByteArray &storedHash) const
{
    if (listener.identityAsUserName && !credentials.certificateIdentity.isEmpty()) {
        // TLS verified the certificate; its identity is who the client is.
        verdict = AuthVerdict{AuthVerdict::Outcome::Accepted, credentials.certificateIdentity, {}, {}};
        return Step::Decided;
    }
    if (!credentials.userName) {
        verdict = listener.allowAnonymous
                      ? AuthVerdict{}
                      : refused(AuthVerdict::Outcome::NotAuthorized,
                                QStringLiteral("this listener does not allow anonymous logins"));
        return Step::Decided;
    }
    const AccessPolicyPtr current = policy();
    if (current->users.isEmpty()) {
        // No users at all: a user name proves nothing, so the client counts
        // as anonymous (user rules never apply to it).
        verdict = listener.allowAnonymous
                      ? AuthVerdict{}
                      : refused(AuthVerdict::Outcome::BadCredentials, QStringLiteral("no users are set up"));
        return Step::Decided;
    }
    const QString name = QString::fromUtf8(*credentials.userName);
    storedHash = current->users.value(name);
    if (!credentials.password) {
        // Answered at once whether the user exists or not: the time of the
        // answer must not tell which user names do.
        verdict = refused(AuthVerdict::Outcome::BadCredentials,
                          storedHash.isEmpty()
                              ? QStringLiteral("unknown user '%1' (and no password given)").arg(name)
                              : QStringLiteral("no password given for user '%1'").arg(name));
        return Step::Decided;
    }
    verdict = refused(AuthVerdict::Outcome::BadCredentials,
                      storedHash.isEmpty() ? QStringLiteral("unknown user '%1'").arg(name)
                                           : QStringLiteral("wrong password for user '%1'").arg(name));
    return Step::NeedsDerivation;
}

std::optional<AuthVerdict> Authenticator::tryQuick(const Credentials &credentials,
                                                   const ListenerAccess &listener)
{
    AuthVerdict verdict;
    QByteArray storedHash;
    if (decide(credentials, listener, verdict, storedHash) == Step::Decided)
        return verdict;
    if (!storedHash.isEmpty() && cacheHit(*credentials.userName, storedHash, *credentials.password))
        return AuthVerdict{AuthVerdict::Outcome::Accepted, *credentials.userName, {}, storedHash};
    return std::nullopt;
}

AuthVerdict Authenticator::authenticate(const Credentials &credentials, const ListenerAccess &listener)
{
    AuthVerdict verdict;
    QByteArray storedHash;
    if (decide(credentials, listener, verdict, storedHash) == Step::Decided)
        return verdict;
    if (storedHash.isEmpty()) {
        // An unknown user costs as much as a wrong password, so the time of
        // the answer does not tell which user names exist.
        std::call_once(m_dummyOnce, [this] { m_dummyHash = hashPassword("", m_config.passwordIterations); });
        (void)verifyPassword(*credentials.password, m_dummyHash);
        return verdict;
    }
    const QByteArray &password = *credentials.password;
    if (cacheHit(*credentials.userName, storedHash, password) || verifyPassword(password, storedHash)) {
        remember(*credentials.userName, storedHash, password);
        return AuthVerdict{AuthVerdict::Outcome::Accepted, *credentials.userName, {}, storedHash};
    }
    return verdict;
}

QByteArray Authenticator::digestOf(QByteArrayView password) const
{
    QCryptographicHash hash(QCryptographicHash::Sha512);
    hash.addData(m_cacheKey);
    hash.addData(password);
    return hash.result();
}

bool Authenticator::cacheHit(const QByteArray &userName, const QByteArray &storedHash,
                             QByteArrayView password)
{
    const QByteArray digest = digestOf(password);
    QMutexLocker lock(&m_mutex);
    auto it = m_cache.find(userName);
    if (it == m_cache.end())
        return false;
    if (it->storedHash != storedHash || it->expiresAtMs < nowMs()) {
        m_cache.erase(it);
        return false;
    }
    return constantTimeEquals(it->digest, digest);
}

void Authenticator::remember(const QByteArray &userName, const QByteArray &storedHash,
                             QByteArrayView password)
{
    if (m_config.cacheSeconds <= 0 || m_config.cacheEntries <= 0)
        return;
    const QByteArray digest = digestOf(password);
    QMutexLocker lock(&m_mutex);
    if (m_cache.size() >= m_config.cacheEntries && !m_cache.contains(userName)) {
        // Full: expired entries go first, otherwise any one.
        const qint64 now = nowMs();
        for (auto it = m_cache.begin(); it != m_cache.end();)
            it = it->expiresAtMs < now ? m_cache.erase(it) : std::next(it);
        if (m_cache.size() >= m_config.cacheEntries)
            m_cache.erase(m_cache.begin());
    }
    m_cache.insert(userName, CacheEntry{storedHash, digest, nowMs() + qint64(m_config.cacheSeconds) * 1000});
}

} // namespace homewire::broker::access
