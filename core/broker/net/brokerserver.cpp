#include "brokerserver.h"

#include "networkworker.h"

#include <QThread>

namespace homewire::broker::net {

BrokerServer::BrokerServer(BrokerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

BrokerServer::~BrokerServer()
{
    stop();
}

Result<void, ServerError> BrokerServer::start(const QHostAddress &address, quint16 port)
{
    if (m_host)
        return makeError(ServerError::AlreadyRunning, tr("the broker is already running"));
    const int workers = m_workerCount > 0 ? m_workerCount : qMax(1, QThread::idealThreadCount());

    m_hostThread = new QThread;
    m_hostThread->setObjectName(QStringLiteral("broker"));
    m_host = new BrokerHost(m_config, m_clock);
    m_host->moveToThread(m_hostThread);
    for (int i = 0; i < workers; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("broker-net-%1").arg(i));
        BrokerHost *host = m_host;
        auto *worker = new NetworkWorker(i, m_config, m_host->inbox(), [host] { host->wake(); });
        worker->moveToThread(thread);
        m_workers.append(worker);
        m_workerThreads.append(thread);
        thread->start();
    }
    m_host->setWorkers(m_workers);
    m_hostThread->start();

    bool ok = false;
    QString error;
    BrokerHost *host = m_host;
    QMetaObject::invokeMethod(
        m_host, [host, address, port, &ok, &error] { ok = host->listen(address, port, &error); },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        return makeError(ServerError::ListenFailed,
                         tr("cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(error));
    }
    QMetaObject::invokeMethod(
        m_host, [host, this] { m_port = host->serverPort(); }, Qt::BlockingQueuedConnection);
    return {};
}

void BrokerServer::stop()
{
    if (!m_host)
        return;
    BrokerHost *host = m_host;
    // 1. The broker says goodbye to every client and hands out the last commands.
    QMetaObject::invokeMethod(
        host, [host] { host->stop(); }, Qt::BlockingQueuedConnection);
    // 2. Workers write them and close their sockets.
    for (NetworkWorker *worker : std::as_const(m_workers)) {
        QMetaObject::invokeMethod(
            worker,
            [worker] {
                worker->drainCommands();
                worker->closeAll();
            },
            Qt::BlockingQueuedConnection);
    }
    // 3. Threads end; objects are deleted on their own threads.
    for (int i = 0; i < m_workers.size(); ++i) {
        QMetaObject::invokeMethod(
            m_workers[i], [w = m_workers[i]] { delete w; }, Qt::BlockingQueuedConnection);
        m_workerThreads[i]->quit();
        m_workerThreads[i]->wait();
        delete m_workerThreads[i];
    }
    m_workers.clear();
    m_workerThreads.clear();
    QMetaObject::invokeMethod(
        host, [host] { delete host; }, Qt::BlockingQueuedConnection);
    m_hostThread->quit();
    m_hostThread->wait();
    delete m_hostThread;
    m_hostThread = nullptr;
    m_host = nullptr;
    m_port = 0;
}

void BrokerServer::publish(const Message &message)
{
    if (!m_host)
        return;
    BrokerHost *host = m_host;
    QMetaObject::invokeMethod(
        host, [host, message] { host->publish(message); }, Qt::QueuedConnection);
}

BrokerSnapshot BrokerServer::snapshot() const
{
    BrokerSnapshot s;
    if (!m_host)
        return s;
    BrokerHost *host = m_host;
    QMetaObject::invokeMethod(
        host, [host, &s] { s = host->snapshot(); }, Qt::BlockingQueuedConnection);
    return s;
}

} // namespace homewire::broker::net
