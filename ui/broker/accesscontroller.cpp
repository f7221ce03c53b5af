#include "ui/broker/accesscontroller.h"

#include "ui/broker/accessworker.h"

#include <QThread>

namespace homewire::ui {

using broker::access::AclRule;

AccessController::AccessController(const QString &brokerDataDirectory, int passwordIterations,
                                   QObject *parent)
    : QObject(parent)
    , m_dataDirectory(brokerDataDirectory)
    , m_thread(new QThread(this))
    , m_worker(new AccessWorker(brokerDataDirectory, passwordIterations))
{
    qRegisterMetaType<QList<AclRule>>();
    m_thread->setObjectName(QStringLiteral("access store"));
    m_worker->moveToThread(m_thread);
    // Deleted on its own thread, where its database connection lives.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &AccessWorker::loaded, this, &AccessController::onLoaded);
    connect(m_worker, &AccessWorker::failed, this, &AccessController::errorOccurred);
    connect(m_worker, &AccessWorker::done, this, &AccessController::onDone);
    m_thread->start();
}

AccessController::~AccessController()
{
    // A request in progress (a password being hashed) finishes first.
    m_thread->quit();
    m_thread->wait();
}

void AccessController::post(std::function<void(AccessWorker *)> request)
{
    if (++m_pending == 1)
        emit busyChanged(true);
    AccessWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, request = std::move(request)] { request(worker); }, Qt::QueuedConnection);
}

void AccessController::reload()
{
    post([](AccessWorker *worker) { worker->load(); });
}

void AccessController::addUser(const QString &name, const QString &password)
{
    post([name, password](AccessWorker *worker) { worker->addUser(name, password); });
}

void AccessController::changePassword(const QString &name, const QString &password)
{
    post([name, password](AccessWorker *worker) { worker->setPassword(name, password); });
}

void AccessController::removeUser(const QString &name)
{
    post([name](AccessWorker *worker) { worker->removeUser(name); });
}

void AccessController::addRule(const AclRule &rule)
{
    post([rule](AccessWorker *worker) { worker->addRule(rule); });
}

void AccessController::removeRule(qint64 id)
{
    post([id](AccessWorker *worker) { worker->removeRule(id); });
}

void AccessController::setWatching(bool watching)
{
    // Not a request: it does not make the page busy.
    AccessWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, watching] { worker->setWatching(watching); }, Qt::QueuedConnection);
}

void AccessController::onLoaded(const QStringList &users, const QList<AclRule> &rules)
{
    const bool same = m_loaded && users == m_users && rules == m_rules;
    m_users = users;
    m_rules = rules;
    m_loaded = true;
    if (!same)
        emit changed();
}

void AccessController::onDone()
{
    if (m_pending > 0 && --m_pending == 0)
        emit busyChanged(false);
}

} // namespace homewire::ui
