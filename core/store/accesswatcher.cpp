#include "accesswatcher.h"

#include <QLoggingCategory>
#include <QMetaType>
#include <QThread>
#include <QTimer>

namespace homewire::store {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

using broker::access::AccessPolicy;
using broker::access::AccessPolicyPtr;

AccessWatcher::AccessWatcher(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    // Queued connections carry the policy across threads by this name.
    qRegisterMetaType<AccessPolicyPtr>("homewire::broker::access::AccessPolicyPtr");
}

AccessWatcher::~AccessWatcher()
{
    stop();
}

Result<AccessPolicyPtr, StoreError> AccessWatcher::start()
{
    stop();
    auto opened = AccessStore::open(m_path);
    if (!opened)
        return opened.error();
    m_store = std::move(opened).value();
    auto policy = load();
    if (!policy) {
        m_store.reset();
        return makeError(StoreError::QueryFailed, policy.error().message);
    }
    m_failing = false;
    m_timer = new QTimer(this);
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, &AccessWatcher::poll);
    m_timer->start();
    return std::move(policy).value();
}

void AccessWatcher::stop()
{
    delete m_timer;
    m_timer = nullptr;
    m_store.reset();
}

Result<AccessPolicyPtr, StoreError> AccessWatcher::startAndWait()
{
    if (thread() == QThread::currentThread())
        return start();
    Result<AccessPolicyPtr, StoreError> result = makeError(StoreError::OpenFailed, QString());
    QMetaObject::invokeMethod(
        this, [this, &result] { result = start(); }, Qt::BlockingQueuedConnection);
    return result;
}

void AccessWatcher::stopAndWait()
{
    if (thread() == QThread::currentThread()) {
        stop();
        return;
    }
    QMetaObject::invokeMethod(
        this, [this] { stop(); }, Qt::BlockingQueuedConnection);
}

Result<AccessPolicyPtr, AccessStoreError> AccessWatcher::load()
{
    auto loaded = m_store->loadPolicy();
    if (!loaded)
        return loaded.error();
    auto policy = std::make_shared<const AccessPolicy>(std::move(loaded).value());
    m_revision = policy->revision;
    qCInfo(lcStore).noquote() << QStringLiteral("%1 revision %2 loaded (users: %3, ACL rules: %4)")
                                     .arg(m_path)
                                     .arg(policy->revision)
                                     .arg(policy->users.size())
                                     .arg(policy->rules.size());
    return AccessPolicyPtr(policy);
}

void AccessWatcher::poll()
{
    if (!m_store)
        return;
    auto revision = m_store->revision();
    if (!revision) {
        readFailed(revision.error().message);
        return;
    }
    if (*revision == m_revision) {
        if (m_failing)
            qCInfo(lcStore).noquote() << m_path << "is readable again";
        m_failing = false;
        return;
    }
    auto policy = load();
    if (!policy) {
        readFailed(policy.error().message);
        return;
    }
    if (m_failing)
        qCInfo(lcStore).noquote() << m_path << "is readable again";
    m_failing = false;
    emit policyChanged(std::move(policy).value());
}

void AccessWatcher::readFailed(const QString &message)
{
    if (m_failing)
        return;
    m_failing = true;
    qCWarning(lcStore).noquote() << QStringLiteral("cannot read the users and ACL rules in %1 (%2); the ones "
                                                   "loaded before stay in force, retrying")
                                        .arg(m_path, message);
}

} // namespace homewire::store
