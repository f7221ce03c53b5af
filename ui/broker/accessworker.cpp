#include "ui/broker/accessworker.h"

#include "broker/access/passwordhash.h"
#include "store/accessstore.h"

#include <QDir>
#include <QTimer>

namespace homewire::ui {

using broker::access::AclRule;
using store::AccessStoreError;

namespace {

constexpr int PollIntervalMs = 2000;

} // namespace

AccessWorker::AccessWorker(QString dataDirectory, int passwordIterations)
    : m_dataDirectory(std::move(dataDirectory))
    , m_iterations(passwordIterations)
{}

AccessWorker::~AccessWorker() = default;

store::AccessStore *AccessWorker::store()
{
    if (m_store)
        return m_store.get();
    QDir().mkpath(m_dataDirectory);
    const QString path = store::AccessStore::pathIn(m_dataDirectory);
    auto opened = store::AccessStore::open(path);
    if (!opened && opened.errorCode() == store::StoreError::Corrupt) {
        // It has been moved aside; the next open starts an empty file.
        emit failed(
            tr("The file of users and rules was damaged and has been set aside; Homewire starts a new, "
               "empty one. %1")
                .arg(opened.error().message));
        opened = store::AccessStore::open(path);
    }
    if (!opened) {
        if (!m_openFailed)
            emit failed(
                tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), opened.error().message));
        m_openFailed = true;
        return nullptr;
    }
    m_openFailed = false;
    m_store = std::move(opened).value();
    return m_store.get();
}

void AccessWorker::report()
{
    store::AccessStore *access = store();
    if (!access)
        return;
    auto users = access->userNames();
    auto rules = access->rules();
    if (!users || !rules) {
        emit failed(tr("Could not read the users and rules: %1")
                        .arg(!users ? users.error().message : rules.error().message));
        return;
    }
    if (auto revision = access->revision())
        m_revision = revision.value();
    emit loaded(users.value(), rules.value());
}

void AccessWorker::load()
{
    report();
    emit done();
}

void AccessWorker::addUser(const QString &name, const QString &password)
{
    if (store::AccessStore *access = store()) {
        const QByteArray hash = broker::access::hashPassword(password.toUtf8(), m_iterations);
        if (auto added = access->addUser(name, hash); !added) {
            emit failed(added.errorCode() == AccessStoreError::UserExists
                            ? tr("A user named “%1” already exists.").arg(name)
                            : tr("Could not add the user “%1”: %2").arg(name, added.error().message));
        }
        report();
    }
    emit done();
}

void AccessWorker::setPassword(const QString &name, const QString &password)
{
    if (store::AccessStore *access = store()) {
        const QByteArray hash = broker::access::hashPassword(password.toUtf8(), m_iterations);
        if (auto changed = access->setPassword(name, hash); !changed) {
            emit failed(
                changed.errorCode() == AccessStoreError::NoSuchUser
                    ? tr("There is no user named “%1” any more.").arg(name)
                    : tr("Could not change the password of “%1”: %2").arg(name, changed.error().message));
        }
        report();
    }
    emit done();
}

void AccessWorker::removeUser(const QString &name)
{
    if (store::AccessStore *access = store()) {
        auto removed = access->removeUser(name);
        if (!removed && removed.errorCode() != AccessStoreError::NoSuchUser)
            emit failed(tr("Could not remove the user “%1”: %2").arg(name, removed.error().message));
        report();
    }
    emit done();
}

void AccessWorker::addRule(const AclRule &rule)
{
    if (store::AccessStore *access = store()) {
        if (auto added = access->addRule(rule); !added)
            emit failed(tr("Could not add the rule: %1").arg(added.error().message));
        report();
    }
    emit done();
}

void AccessWorker::removeRule(qint64 id)
{
    if (store::AccessStore *access = store()) {
        auto removed = access->removeRule(id);
        if (!removed && removed.errorCode() != AccessStoreError::NoSuchRule)
            emit failed(tr("Could not remove the rule: %1").arg(removed.error().message));
        report();
    }
    emit done();
}

void AccessWorker::setWatching(bool watching)
{
    if (!m_poll) {
        m_poll = new QTimer(this);
        m_poll->setInterval(PollIntervalMs);
        connect(m_poll, &QTimer::timeout, this, &AccessWorker::poll);
    }
    if (watching)
        m_poll->start();
    else
        m_poll->stop();
}

void AccessWorker::poll()
{
    if (!m_store)
        return;
    auto revision = m_store->revision();
    if (revision && revision.value() != m_revision)
        report();
}

} // namespace homewire::ui
