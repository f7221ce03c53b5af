#include "keychainsecretstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace homewire::store {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace {

enum class Operation : quint8
{
    Read,
    Write,
    Remove,
};

SecretError classify(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretError::AccessDenied;
    default:
        // NoBackendAvailable, NotImplemented, and OtherError, which is what a
        // missing secret service or D-Bus session looks like on Linux.
        return SecretError::Unavailable;
    }
}

Error<SecretError> failure(Operation operation, const QKeychain::Job &job)
{
    const SecretError code = classify(job.error());
    QString detail = job.errorString();
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // QtKeychain says no more than this when it found none of libsecret,
    // GNOME Keyring and KWallet to talk to.
    if (job.error() == QKeychain::OtherError && detail == QLatin1String("Unknown error"))
        detail = KeychainSecretStore::tr("no Secret Service or KWallet was found");
#endif
    if (detail.isEmpty())
        detail = KeychainSecretStore::tr("error %1").arg(int(job.error()));
    QString message;
    if (code == SecretError::AccessDenied) {
        switch (operation) {
        case Operation::Read:
            message = KeychainSecretStore::tr(
                "Access to the system keychain was denied (%1): the saved password cannot be read.");
            break;
        case Operation::Write:
            message =
                KeychainSecretStore::tr("Access to the system keychain was denied (%1): the password is "
                                        "kept for this session only and not saved.");
            break;
        case Operation::Remove:
            message = KeychainSecretStore::tr("Access to the system keychain was denied (%1): the saved "
                                              "password could not be removed.");
            break;
        }
    } else {
        switch (operation) {
        case Operation::Read:
            message = KeychainSecretStore::tr(
                "The system keychain is not available (%1): the saved password cannot be read.");
            break;
        case Operation::Write:
            message =
                KeychainSecretStore::tr("The system keychain is not available (%1): the password is kept "
                                        "for this session only and not saved.");
            break;
        case Operation::Remove:
            message = KeychainSecretStore::tr(
                "The system keychain is not available (%1): the saved password could not be removed.");
            break;
        }
    }
    return makeError(code, message.arg(detail));
}

// Jobs run one at a time in QtKeychain's own queue, so a read issued after a
// write sees that write's outcome.
template<typename Job> Job *prepared(Job *job, const QString &key)
{
    job->setKey(key);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never the plain-text QSettings store
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QStringLiteral("Homewire"), parent)
{}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

void KeychainSecretStore::readPassword(const QString &key, QObject *context, ReadCallback done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto *job = prepared(new QKeychain::ReadPasswordJob(m_service, this), key);
    connect(job, &QKeychain::Job::finished, this,
            [this, key, guard, hasContext, done = std::move(done)](QKeychain::Job *finished) {
                if (hasContext && !guard)
                    return;
                const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
                Result<QString, SecretError> result = QString();
                if (const auto kept = m_sessionOnly.constFind(key); kept != m_sessionOnly.cend())
                    result = *kept; // newer than anything the keychain may hold
                else if (read->error() == QKeychain::NoError)
                    result = read->textData();
                else if (read->error() != QKeychain::EntryNotFound) {
                    result = failure(Operation::Read, *read);
                    qCWarning(lcStore).noquote()
                        << "keychain read of" << key << "failed:" << read->errorString();
                }
                if (done)
                    done(result);
            });
    job->start();
}

void KeychainSecretStore::writePassword(const QString &key, const QString &password, QObject *context,
                                        WriteCallback done)
{
    if (password.isEmpty()) {
        remove(key, context, std::move(done));
        return;
    }
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto *job = prepared(new QKeychain::WritePasswordJob(m_service, this), key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
            [this, key, password, guard, hasContext, done = std::move(done)](QKeychain::Job *finished) {
                Result<void, SecretError> result;
                if (finished->error() == QKeychain::NoError) {
                    m_sessionOnly.remove(key);
                } else {
                    m_sessionOnly.insert(key, password);
                    result = failure(Operation::Write, *finished);
                    qCWarning(lcStore).noquote()
                        << "keychain write of" << key << "failed:" << finished->errorString()
                        << "- the password is kept in memory for this session";
                }
                if ((!hasContext || guard) && done)
                    done(result);
            });
    job->start();
}

void KeychainSecretStore::removePassword(const QString &key, QObject *context, WriteCallback done)
{
    remove(key, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto *job = prepared(new QKeychain::DeletePasswordJob(m_service, this), key);
    connect(job, &QKeychain::Job::finished, this,
            [this, key, guard, hasContext, done = std::move(done)](QKeychain::Job *finished) {
                // The session copy goes whatever the keychain says: the user
                // asked for the password to be forgotten.
                m_sessionOnly.remove(key);
                Result<void, SecretError> result;
                const QKeychain::Error error = finished->error();
                if (error != QKeychain::NoError && error != QKeychain::EntryNotFound) {
                    result = failure(Operation::Remove, *finished);
                    qCWarning(lcStore).noquote()
                        << "keychain removal of" << key << "failed:" << finished->errorString();
                }
                if ((!hasContext || guard) && done)
                    done(result);
            });
    job->start();
}

} // namespace homewire::store
