#include "brokerserver.h"

#include "networkworker.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

namespace homewire::broker::net {

BrokerServer::BrokerServer(BrokerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

BrokerServer::~BrokerServer()
{
    // A start still under way finishes first (it owns no event loop of ours).
    while (m_starting) {
        QThread::msleep(5);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
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
        auto *worker = new NetworkWorker(
            i, m_config, [host, i](std::vector<InboundEvent> &events) { host->process(events, i); });
        worker->moveToThread(thread);
        m_workers.append(worker);
        m_workerThreads.append(thread);
        thread->start();
    }
    m_host->setWorkers(m_workers);
    if (!m_config.dataDirectory.isEmpty()) {
        if (auto opened = openStore(); !opened) {
            m_hostThread->start(); // let stop() tear everything down the usual way
            stop();
            return opened;
        }
    }
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

Result<void, ServerError> BrokerServer::openStore()
{
    const QString path = QDir(m_config.dataDirectory).filePath(QStringLiteral("broker.db"));
    m_storeThread = new QThread;
    m_storeThread->setObjectName(QStringLiteral("broker-store"));
    m_store = new store::BrokerStore(path, m_config.durability);
    m_store->moveToThread(m_storeThread);
    m_storeThread->start();
    store::BrokerStore *storePtr = m_store;
    Result<store::BrokerState, store::StoreError> loaded =
        makeError(store::StoreError::OpenFailed, QString());
    QMetaObject::invokeMethod(
        m_store,
        [&] {
            auto opened = storePtr->open();
            if (!opened && opened.errorCode() == store::StoreError::Corrupt) {
                // Reported and backed up, never silently replaced: start afresh
                // and say so loudly.
                m_databaseWarning = opened.error().message;
                qCritical().noquote() << "broker database:" << m_databaseWarning;
                opened = storePtr->open();
            }
            if (!opened) {
                loaded = opened.error();
                return;
            }
            loaded = storePtr->load();
        },
        Qt::BlockingQueuedConnection);
    if (!loaded)
        return makeError(ServerError::StoreFailed,
                         tr("broker database %1: %2").arg(path, loaded.error().message));
    BrokerHost *host = m_host;
    m_store->setCommitCallback([host](quint64 ticket) { host->commitDone(ticket); });
    m_host->setStore(m_store);
    m_host->restore(loaded.value());
    qInfo().noquote() << "broker database" << path << ":" << loaded->retained.size() << "retained messages,"
                      << loaded->sessions.size() << "persistent sessions";
    return {};
}

void BrokerServer::stop()
{
    if (!m_host) {
        stopStore();
        return;
    }
    BrokerHost *host = m_host;
    // 0. Nothing new comes in: no connections accepted, nothing more read.
    for (NetworkWorker *worker : std::as_const(m_workers))
        QMetaObject::invokeMethod(
            worker, [worker] { worker->quiesce(); }, Qt::BlockingQueuedConnection);
    // 1. The broker says goodbye to every client and hands out the last commands;
    //    in durable mode they wait for the store's last commit.
    QMetaObject::invokeMethod(
        host, [host] { host->stop(); }, Qt::BlockingQueuedConnection);
    if (m_store) {
        store::BrokerStore *storePtr = m_store;
        QMetaObject::invokeMethod(
            storePtr,
            [storePtr] {
                storePtr->drain();
                storePtr->flush();
            },
            Qt::BlockingQueuedConnection);
        // The host goes away below: no more commit reports to it. The report
        // of that last commit is already queued on the host thread, ahead of
        // the call after this one, which sends what it released.
        QMetaObject::invokeMethod(
            storePtr, [storePtr] { storePtr->setCommitCallback({}); }, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(
            host, [host] { host->releaseCommittedNow(); }, Qt::BlockingQueuedConnection);
    }
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
    // 3. Threads end; objects are deleted on their own threads. The host
    //    forgets the workers first, so nothing late can reach them.
    QMetaObject::invokeMethod(
        host, [host] { host->setWorkers({}); }, Qt::BlockingQueuedConnection);
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
    stopStore();
}

void BrokerServer::stopStore()
{
    if (!m_store)
        return;
    store::BrokerStore *storePtr = m_store;
    QMetaObject::invokeMethod(
        storePtr,
        [storePtr] {
            storePtr->drain();
            delete storePtr;
        },
        Qt::BlockingQueuedConnection);
    m_storeThread->quit();
    m_storeThread->wait();
    delete m_storeThread;
    m_store = nullptr;
    m_storeThread = nullptr;
}

void BrokerServer::publish(const Message &message)
{
    if (m_starting || !m_host) // a start on another thread owns the members until it reports
        return;
    BrokerHost *host = m_host;
    QMetaObject::invokeMethod(
        host, [host, message] { host->publish(message); }, Qt::QueuedConnection);
}

void BrokerServer::startAsync(const QHostAddress &address, quint16 port)
{
    if (m_starting || m_host)
        return;
    m_starting = true;
    QPointer<BrokerServer> self(this);
    QThread *starter = QThread::create([this, self, address, port] {
        auto result = start(address, port);
        const QString error = result ? QString() : result.error().message;
        QMetaObject::invokeMethod(
            this,
            [self, error] {
                if (!self)
                    return;
                self->m_starting = false;
                emit self->startFinished(error);
            },
            Qt::QueuedConnection);
    });
    connect(starter, &QThread::finished, starter, &QObject::deleteLater);
    starter->start();
}

void BrokerServer::requestSnapshot()
{
    if (m_starting || !m_host)
        return;
    BrokerHost *host = m_host;
    QPointer<BrokerServer> self(this);
    QMetaObject::invokeMethod(
        host,
        [host, self] {
            BrokerSnapshot s = host->snapshot();
            if (self)
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, s] {
                        if (self)
                            emit self->snapshotReady(s);
                    },
                    Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

BrokerSnapshot BrokerServer::snapshot() const
{
    BrokerSnapshot s;
    if (m_starting || !m_host)
        return s;
    BrokerHost *host = m_host;
    QMetaObject::invokeMethod(
        host, [host, &s] { s = host->snapshot(); }, Qt::BlockingQueuedConnection);
    return s;
}

} // namespace homewire::broker::net
