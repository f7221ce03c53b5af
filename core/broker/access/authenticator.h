// Authenticator: decides whether a CONNECT may log in, and as whom.
//
// Thread-safe: every network thread asks it. A password check derives a
// PBKDF2 key (hundreds of milliseconds by design), so callers first try
// tryQuick(), which answers without a derivation whenever it can (no
// password involved, a cached credential, a certificate identity); only
// when it returns nothing do they run authenticate() away from the network
// thread. Verified credentials are cached as a keyed digest (never the
// password), so a flood of reconnects does not cost a derivation each; a
// cached entry is void once the user's stored hash changes.
#pragma once

#include "accesspolicy.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <mutex>
#include <optional>

namespace homewire::broker::access {

struct AuthConfig
{
    int passwordIterations = 210'000; // for hashes made from now on
    int cacheSeconds = 600;           // how long a verified credential is remembered
    int cacheEntries = 10'000;
};

// What the listener the client came through allows.
struct ListenerAccess
{
    bool allowAnonymous = true;
    bool identityAsUserName = false; // a verified certificate's identity is the user name
};

struct Credentials
{
    QByteArray clientId;
    std::optional<QByteArray> userName;
    std::optional<QByteArray> password;
    // The identity (subject CN or SAN) of a client certificate that TLS
    // verified; empty without one.
    QByteArray certificateIdentity;
};

struct AuthVerdict
{
    enum class Outcome : quint8
    {
        Accepted,
        BadCredentials, // CONNACK 0x04 / 0x86
        NotAuthorized,  // CONNACK 0x05 / 0x87
    };
    Outcome outcome = Outcome::Accepted;
    QByteArray userName; // who the client is from now on; empty: anonymous
    QString reason;      // for the log when refused
    // Accepted by password: the user's stored hash it was checked against. The
    // engine refuses the login when the user's hash is another one by the
    // time the CONNECT reaches it (removed, or a new password, meanwhile).
    QByteArray passwordHash;

    bool accepted() const { return outcome == Outcome::Accepted; }
};

class Authenticator
{
public:
    explicit Authenticator(AuthConfig config = {});

    void setPolicy(AccessPolicyPtr policy);
    AccessPolicyPtr policy() const;
    const AuthConfig &config() const { return m_config; }

    // The verdict if it needs no key derivation; nothing otherwise.
    std::optional<AuthVerdict> tryQuick(const Credentials &credentials, const ListenerAccess &listener);
    // The verdict, deriving a key when needed (slow; not on a network thread).
    AuthVerdict authenticate(const Credentials &credentials, const ListenerAccess &listener);

    qsizetype cachedCount() const;

private:
    struct CacheEntry
    {
        QByteArray storedHash; // the user's hash when verified
        QByteArray digest;     // keyed digest of the password
        qint64 expiresAtMs = 0;
    };
    enum class Step : quint8
    {
        Decided,
        NeedsDerivation,
    };
    Step decide(const Credentials &credentials, const ListenerAccess &listener, AuthVerdict &verdict,
                QByteArray &storedHash) const;
    QByteArray digestOf(QByteArrayView password) const;
    bool cacheHit(const QByteArray &userName, const QByteArray &storedHash, QByteArrayView password);
    void remember(const QByteArray &userName, const QByteArray &storedHash, QByteArrayView password);

    const AuthConfig m_config;
    const QByteArray m_cacheKey; // random per process
    mutable QMutex m_mutex;
    AccessPolicyPtr m_policy;
    QHash<QByteArray, CacheEntry> m_cache;
    std::once_flag m_dummyOnce;
    QByteArray m_dummyHash; // verified against for unknown users
};

} // namespace homewire::broker::access
