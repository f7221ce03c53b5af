// SecretStore: the passwords of connection profiles, kept out of the
// database and out of QSettings.
//
// Keychains answer asynchronously (a D-Bus round trip, perhaps an unlock
// prompt), so every operation reports through a callback that runs later on
// the caller's thread. Every implementation, the in-memory one included,
// answers from the event loop and never inside the call, so no caller can
// come to rely on a synchronous answer that the real keychain never gives.
// A callback tied to a context object is dropped when that object is gone
// (a dialog closed before the keychain answered).
//
// KeychainSecretStore (keychainsecretstore.h) is the real one; MemorySecretStore
// keeps passwords in memory, for tests and for a session without a keychain.
//
// Not here: which key belongs to which profile (ProfileStore::secretKey), and
// any plain-text fallback, deliberately: a password the keychain cannot take
// is kept for the session only.
#pragma once

#include "client/connectionprofile.h"
#include "common/result.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace homewire::store {

enum class SecretError : quint8
{
    Unavailable,  // no keychain (no D-Bus session, no secret service) or it failed
    AccessDenied, // the user or the system refused access
};

class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const Result<QString, SecretError> &)>;
    using WriteCallback = std::function<void(const Result<void, SecretError> &)>;

    using QObject::QObject;

    // The password stored under `key`; an empty string when there is none.
    virtual void readPassword(const QString &key, QObject *context, ReadCallback done) = 0;
    // Stores `password` under `key`, replacing what was there. An empty
    // password removes the entry: "no password" is never stored as one.
    virtual void writePassword(const QString &key, const QString &password, QObject *context,
                               WriteCallback done) = 0;
    // Succeeds when there was nothing to remove.
    virtual void removePassword(const QString &key, QObject *context, WriteCallback done) = 0;
};

class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void readPassword(const QString &key, QObject *context, ReadCallback done) override;
    void writePassword(const QString &key, const QString &password, QObject *context,
                       WriteCallback done) override;
    void removePassword(const QString &key, QObject *context, WriteCallback done) override;

    // While set, every operation fails with this error and changes nothing:
    // lets tests drive a caller through a refusing keychain.
    void setFailure(std::optional<Error<SecretError>> failure) { m_failure = std::move(failure); }
    qsizetype size() const { return m_passwords.size(); }

private:
    QHash<QString, QString> m_passwords;
    std::optional<Error<SecretError>> m_failure;
};

// Hands `profile` to `done` with its password filled in from `secrets`
// (stored under `key`, see ProfileStore::secretKey). When the keychain cannot
// answer, the password stays empty and `error` is its sentence: connecting
// without a password may still work, so the caller decides. A profile that
// cannot have a password (no user name, before MQTT 5.0) is handed back as it
// is, without asking the keychain. `done` is always called later, from the
// event loop, never before this returns.
void readProfilePassword(
    SecretStore &secrets, const QString &key, client::ConnectionProfile profile, QObject *context,
    std::function<void(const client::ConnectionProfile &profile, const QString &error)> done);

} // namespace homewire::store
