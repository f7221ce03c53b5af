#include "brokerserver.h"

#include "connectgate.h"
#include "networkworker.h"
#include "store/accesswatcher.h"

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
    ListenerSettings listener;
    listener.address = address;
    listener.port = port;
    return start(QList<ListenerSettings>{listener});
}

Result<void, ServerError> BrokerServer::start(const QList<ListenerSettings> &listeners)
{
    if (m_host)
        return makeError(ServerError::AlreadyRunning, tr("the broker is already running"));
    if (listeners.isEmpty())
        return makeError(ServerError::ListenFailed, tr("no listener to start"));
    // Certificates and keys are read before anything starts: a bad file
    // stops nothing that runs.
    QList<std::shared_ptr<const ListenerContext>> contexts;
    for (const ListenerSettings &settings : listeners) {
        auto context = std::make_shared<ListenerContext>();
        context->settings = settings;
        if (settings.tls) {
            auto tls = TlsContext::create(settings);
            if (!tls)
                return makeError(ServerError::ListenFailed, tls.error().message);
            context->tls = tls.value();
        }
        contexts.append(std::move(context));
    }
    const int workers = m_workerCount > 0 ? m_workerCount : qMax(1, QThread::idealThreadCount());

    m_hostThread = new QThread;
    m_hostThread->setObjectName(QStringLiteral("broker"));
    m_host = new BrokerHost(m_config, m_clock);
    if (m_policy)
        m_host->setAccessPolicy(m_policy);
    m_host->moveToThread(m_hostThread);
    m_gate = std::make_unique<ConnectGate>(m_host->authenticator(), m_host->abuseGuard());
    for (int i = 0; i < workers; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("broker-net-%1").arg(i));
        BrokerHost *host = m_host;
        auto *worker =
            new NetworkWorker(i, m_config, m_gate.get(),
                              [host, i](std::vector<InboundEvent> &events) { host->process(events, i); });
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
    return listen(contexts);
}

Result<void, ServerError> BrokerServer::listen(const QList<std::shared_ptr<const ListenerContext>> &listeners)
{
    BrokerHost *host = m_host;
    for (const auto &listener : listeners) {
        bool ok = false;
        QString error;
        QMetaObject::invokeMethod(
            host, [host, &listener, &ok, &error] { ok = host->listen(listener, &error); },
            Qt::BlockingQueuedConnection);
        if (!ok) {
            stop();
            return makeError(ServerError::ListenFailed, tr("cannot listen on %1 port %2: %3")
                                                            .arg(listener->settings.address.toString())
                                                            .arg(listener->settings.port)
                                                            .arg(error));
        }
    }
    QMetaObject::invokeMethod(
        host,
        [host, this] {
            m_port = host->serverPort();
            m_listenerPorts = host->listenerPorts();
        },
        Qt::BlockingQueuedConnection);
    return {};
}

QList<quint16> BrokerServer::listenerPorts() const
{
    return m_starting ? QList<quint16>() : m_listenerPorts;
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
    // The users and ACL rules are in force before any listener opens.
    return openAccess();
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
    // Password checks under way call back into the workers: let them end.
    if (m_gate)
        m_gate->waitForChecks();
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
    m_gate.reset();
    m_listenerPorts.clear();
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
    stopAccess();
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

Result<void, ServerError> BrokerServer::openAccess()
{
    m_accessThread = new QThread;
    m_accessThread->setObjectName(QStringLiteral("broker-access"));
    m_accessWatcher = new store::AccessWatcher(store::AccessStore::pathIn(m_config.dataDirectory));
    m_accessWatcher->moveToThread(m_accessThread);
    m_accessThread->start();
    auto initial = m_accessWatcher->startAndWait();
    if (!initial) {
        // Without its users and rules the broker would let in whoever the
        // listeners allow and everyone could read and write everything.
        const QString message =
            initial.errorCode() == store::StoreError::Corrupt
                ? tr("%1. The broker does not start without its users and ACL rules, since that would "
                     "open it to every client; restore the backup, or start again to begin with no "
                     "users and rules")
                      .arg(initial.error().message)
                : tr("cannot read the users and ACL rules: %1. The broker does not start without them, "
                     "since that would open it to every client")
                      .arg(initial.error().message);
        qCritical().noquote() << "access database:" << message;
        return makeError(ServerError::StoreFailed, message);
    }
    // Straight to the host: during startAsync setAccessPolicy() only remembers it.
    m_policy = std::move(initial).value();
    m_host->setAccessPolicy(m_policy);
    connect(m_accessWatcher, &store::AccessWatcher::policyChanged, this, &BrokerServer::setAccessPolicy);
    return {};
}

void BrokerServer::stopAccess()
{
    if (!m_accessWatcher)
        return;
    store::AccessWatcher *watcher = m_accessWatcher;
    QMetaObject::invokeMethod(
        watcher, [watcher] { delete watcher; }, Qt::BlockingQueuedConnection);
    m_accessThread->quit();
    m_accessThread->wait();
    delete m_accessThread;
    m_accessWatcher = nullptr;
    m_accessThread = nullptr;
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
    ListenerSettings listener;
    listener.address = address;
    listener.port = port;
    startAsync(QList<ListenerSettings>{listener});
}

void BrokerServer::startAsync(const QList<ListenerSettings> &listeners)
{
    if (m_starting || m_host)
        return;
    m_starting = true;
    QPointer<BrokerServer> self(this);
    QThread *starter = QThread::create([this, self, listeners] {
        auto result = start(listeners);
        const QString error = result ? QString() : result.error().message;
        QMetaObject::invokeMethod(
            this,
            [self, error] {
                if (!self)
                    return;
                self->m_starting = false;
                // A policy set while the start ran was only remembered.
                if (self->m_host && self->m_policy)
                    self->m_host->setAccessPolicy(self->m_policy);
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

void BrokerServer::setAccessPolicy(access::AccessPolicyPtr policy)
{
    m_policy = std::move(policy);
    if (m_host && !m_starting)
        m_host->setAccessPolicy(m_policy); // thread-safe
}

} // namespace homewire::broker::net
