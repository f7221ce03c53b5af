// BrokerServer: the embedded broker as one object, for the desktop
// application and for homewire-broker.
//
// It starts the broker thread (BrokerHost) and one NetworkWorker thread per
// core, and stops them in order. All methods are called from the owner's
// thread; they hop to the broker thread and wait for it where they need an answer.
#pragma once

#include "broker/access/accesspolicy.h"
#include "broker/brokerconfig.h"
#include "broker/listenersettings.h"
#include "brokerhost.h"
#include "common/clock.h"
#include "common/result.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <memory>

class QThread;

namespace homewire::store {
class AccessWatcher;
}

namespace homewire::broker::net {

class ConnectGate;
class NetworkWorker;

enum class ServerError : quint8
{
    ListenFailed,
    StoreFailed,
    AlreadyRunning,
};

class BrokerServer : public QObject
{
    Q_OBJECT

public:
    explicit BrokerServer(BrokerConfig config = {}, QObject *parent = nullptr);
    ~BrokerServer() override;

    // Number of network worker threads; default: one per core.
    void setWorkerCount(int count) { m_workerCount = count; }

    // Starts with these listeners (at least one); serverPort() is the first one's.
    Result<void, ServerError> start(const QList<ListenerSettings> &listeners);
    // One plain listener.
    Result<void, ServerError> start(const QHostAddress &address, quint16 port);
    // Starts without blocking the caller (loading a large database takes a
    // while); startFinished tells the outcome on the caller's thread.
    void startAsync(const QList<ListenerSettings> &listeners);
    void startAsync(const QHostAddress &address, quint16 port);
    // The ports bound, in the order of the listeners given to start().
    QList<quint16> listenerPorts() const;
    // Users and ACL rules, applied at once; connected clients are re-checked.
    // With a data directory the broker follows <dataDir>/access.db by itself.
    void setAccessPolicy(access::AccessPolicyPtr policy);
    bool isStarting() const { return m_starting; }
    void stop(); // graceful: clients are told and closed, threads end
    // Not while a start runs on another thread: it owns the members until it reports.
    bool isRunning() const { return !m_starting && m_host != nullptr; }
    // Set when the database was damaged at start: it was backed up and a new one
    // started. Empty otherwise.
    QString databaseWarning() const { return m_databaseWarning; }
    quint16 serverPort() const { return m_port; }

    // Publishes a message as the broker itself (e.g. from the user interface).
    void publish(const Message &message);
    // Figures for the user interface; blocks until the broker thread answers.
    BrokerSnapshot snapshot() const;
    // Asks the broker thread for figures without waiting; snapshotReady follows.
    void requestSnapshot();

signals:
    void snapshotReady(const homewire::broker::net::BrokerSnapshot &snapshot);
    void startFinished(const QString &error); // empty on success

private:
    Result<void, ServerError> openStore();
    // On the starting thread, once the broker thread runs: every listener, or none.
    Result<void, ServerError> listen(const QList<std::shared_ptr<const ListenerContext>> &listeners);
    void stopStore();
    // Follows <dataDir>/access.db; refuses to start when it cannot be read.
    Result<void, ServerError> openAccess();
    void stopAccess();

    BrokerConfig m_config;
    access::AccessPolicyPtr m_policy;
    SystemClock m_clock;
    int m_workerCount = 0;
    bool m_starting = false;
    quint16 m_port = 0;
    QString m_databaseWarning;
    store::BrokerStore *m_store = nullptr;
    QThread *m_storeThread = nullptr;
    store::AccessWatcher *m_accessWatcher = nullptr;
    QThread *m_accessThread = nullptr;
    BrokerHost *m_host = nullptr;
    QThread *m_hostThread = nullptr;
    std::unique_ptr<ConnectGate> m_gate; // admission and logins, shared by the workers
    QList<quint16> m_listenerPorts;
    QList<NetworkWorker *> m_workers;
    QList<QThread *> m_workerThreads;
};

} // namespace homewire::broker::net
