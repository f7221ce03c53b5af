#include "secretstore.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>

namespace homewire::store {

namespace {

// Runs `work` from the event loop, unless `context` is gone by then.
void later(QObject *self, QObject *context, std::function<void()> work)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, self, [guard, hasContext, work = std::move(work)] {
        if (hasContext && !guard)
            return;
        work();
    });
}

} // namespace

void MemorySecretStore::readPassword(const QString &key, QObject *context, ReadCallback done)
{
    Result<QString, SecretError> result =
        m_failure ? Result<QString, SecretError>(*m_failure) : m_passwords.value(key);
    later(this, context, [result = std::move(result), done = std::move(done)] {
        if (done)
            done(result);
    });
}

void MemorySecretStore::writePassword(const QString &key, const QString &password, QObject *context,
                                      WriteCallback done)
{
    Result<void, SecretError> result;
    if (m_failure)
        result = *m_failure;
    else if (password.isEmpty())
        m_passwords.remove(key);
    else
        m_passwords.insert(key, password);
    later(this, context, [result = std::move(result), done = std::move(done)] {
        if (done)
            done(result);
    });
}

void MemorySecretStore::removePassword(const QString &key, QObject *context, WriteCallback done)
{
    writePassword(key, QString(), context, std::move(done));
}

void readProfilePassword(
    SecretStore &secrets, const QString &key, client::ConnectionProfile profile, QObject *context,
    std::function<void(const client::ConnectionProfile &profile, const QString &error)> done)
{
    // Before MQTT 5.0 a password needs a user name (MQTT-3.1.2-22): a profile
    // without one has no password to read, and a keychain that is missing or
    // locked has nothing to say about it.
    if (profile.username.isEmpty() && profile.protocolVersion != mqtt::ProtocolVersion::V5) {
        QMetaObject::invokeMethod(
            context ? context : QCoreApplication::instance(),
            [profile = std::move(profile), done = std::move(done)] {
                if (done)
                    done(profile, {});
            },
            Qt::QueuedConnection);
        return;
    }
    secrets.readPassword(key, context,
                         [profile = std::move(profile),
                          done = std::move(done)](const Result<QString, SecretError> &password) mutable {
                             QString error;
                             if (password)
                                 profile.password = *password;
                             else
                                 error = password.error().message;
                             if (done)
                                 done(profile, error);
                         });
}

} // namespace homewire::store
