// KeychainSecretStore: passwords in the operating system's keychain
// (Secret Service or KWallet on Linux, Keychain on macOS, Credential Manager
// on Windows) through QtKeychain, under the service name "Homewire".
//
// When the keychain is unavailable (no D-Bus session, no secret service) or
// refuses, a written password is kept in memory for this session, so the
// connection still works until Homewire quits, and the caller is told so in
// a sentence it can show as is. It never falls back to QtKeychain's
// plain-text QSettings store, nor to anything else on disk.
//
// Not here: QtKeychain's headers, which stay in the .cpp.
#pragma once

#include "secretstore.h"

namespace homewire::store {

class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    // `service` names the keychain entries' owner; tests use their own.
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);

    void readPassword(const QString &key, QObject *context, ReadCallback done) override;
    void writePassword(const QString &key, const QString &password, QObject *context,
                       WriteCallback done) override;
    void removePassword(const QString &key, QObject *context, WriteCallback done) override;

    const QString &service() const { return m_service; }
    // Whether the password under `key` lives only in memory because the
    // keychain did not take it.
    bool isKeptForSessionOnly(const QString &key) const { return m_sessionOnly.contains(key); }

private:
    void remove(const QString &key, QObject *context, WriteCallback done);

    QString m_service;
    QHash<QString, QString> m_sessionOnly;
};

} // namespace homewire::store
