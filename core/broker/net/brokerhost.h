// BrokerHost: the broker thread. Owns the protocol engine (Broker), the
// listening socket and the periodic timers; implements BrokerSink by batching
// commands per worker and handing each batch over once per round.
#pragma once

#include "broker/broker.h"
#include "broker/brokerobserver.h"
#include "common/clock.h"
#include "common/mailbox.h"
#include "events.h"
#include "sharedoutput.h"
#include "store/brokerstore.h"
#include "tlscontext.h"

#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <atomic>
#include <deque>
#include <memory>
#include <vector>

class QTcpServer;
class QTimer;

namespace homewire::broker::net {

class NetworkWorker;

// A snapshot of the broker's figures for the user interface.
struct BrokerSnapshot
{
    BrokerStats stats;
    QList<ClientInfo> clients;
    qsizetype retainedCount = 0;
    qsizetype subscriptionCount = 0;
    quint16 port = 0;
};

class BrokerHost : public QObject, public BrokerSink, public BrokerObserver
{
    Q_OBJECT

public:
    BrokerHost(BrokerConfig config, const Clock &clock);
    ~BrokerHost() override;

    void setWorkers(const QList<NetworkWorker *> &workers);
    // Persistence (optional): events go to `store`, which lives on its own thread.
    void setStore(store::BrokerStore *store);
    void restore(const store::BrokerState &state);
    void commitDone(quint64 ticket); // thread-safe
    void releaseCommittedNow();      // shutdown, after the store's last commit
    // Runs a worker's batch of events through the engine on the worker's own
    // thread, under the engine lock (no thread hop on the hot path).
    void process(std::vector<InboundEvent> &events, int workerIndex);

    // Shared with the network workers (thread-safe).
    const std::shared_ptr<access::Authenticator> &authenticator() const { return m_authenticator; }
    const std::shared_ptr<access::AbuseGuard> &abuseGuard() const { return m_abuseGuard; }
    // Any thread: the authenticator at once, the engine under its lock
    // (connected clients re-checked).
    void setAccessPolicy(const access::AccessPolicyPtr &policy);

    // On the broker thread. Adds a listener (plain or TLS); the first one's
    // port is serverPort().
    bool listen(const std::shared_ptr<const ListenerContext> &listener, QString *error);
    quint16 serverPort() const;
    QList<quint16> listenerPorts() const { return m_ports; }
    void stop();
    void publish(const Message &message);
    BrokerSnapshot snapshot() const;
    const Broker &broker() const { return *m_broker; }

    // BrokerSink
    void send(ConnectionId connection, mqtt::ProtocolVersion version, mqtt::Packet packet) override;
    void close(ConnectionId connection, const QString &reason) override;
    void connectionAccepted(ConnectionId connection, quint16 keepAliveSeconds,
                            mqtt::ProtocolVersion version) override;
    void setReadPaused(ConnectionId connection, bool paused) override;

    // BrokerObserver
    void retainedChanged(const Message &message, qint64 storedAtMs) override;
    void sessionStored(const QByteArray &clientId) override;
    void sessionDeleted(const QByteArray &clientId) override;
    void subscriptionStored(const QByteArray &clientId, const QByteArray &filter,
                            const SubscriptionOptions &options) override;
    void subscriptionDeleted(const QByteArray &clientId, const QByteArray &filter) override;
    void messageStored(const QByteArray &clientId, quint64 sequence, const Message &message, quint16 packetId,
                       InflightMessage::State state) override;
    void messageStateChanged(const QByteArray &clientId, quint64 sequence, quint16 packetId,
                             InflightMessage::State state) override;
    void messageDeleted(const QByteArray &clientId, quint64 sequence) override;
    void incomingQos2Stored(const QByteArray &clientId, quint16 packetId) override;
    void incomingQos2Deleted(const QByteArray &clientId, quint16 packetId) override;

private:
    void accept(qintptr descriptor, const std::shared_ptr<const ListenerContext> &listener);
    bool listenShared(const std::shared_ptr<const ListenerContext> &listener, quint16 *port);
    void queue(OutboundCommand command);
    void flushOutbound();
    void onTick();
    void record(store::StoreEvent event);
    void releaseCommitted();
    // Writes the Bytes commands of `commands` straight to their sockets and
    // hands the rest (and flush requests) to the worker.
    void dispatch(size_t worker, std::vector<OutboundCommand> &commands);
    void writeBytes(OutboundCommand &command);

    BrokerConfig m_config;
    std::shared_ptr<access::Authenticator> m_authenticator;
    std::shared_ptr<access::AbuseGuard> m_abuseGuard;
    std::unique_ptr<Broker> m_broker;
    // The engine is single-threaded; whichever thread runs it holds this.
    mutable QMutex m_engineMutex;
    int m_currentWorker = -1; // the worker running the engine now, if any
    QHash<ConnectionId, std::shared_ptr<SharedOutput>> m_outputs;
    std::vector<OutboundCommand> m_forWorker; // reused by dispatch()
    QHash<ConnectionId, size_t> m_bytesSlot;  // this round: where a connection's Bytes command is
    std::vector<std::pair<size_t, size_t>>
        m_roundOrder; // this round's Bytes commands (worker, position), first come first
    QList<NetworkWorker *> m_workers;
    std::vector<std::vector<OutboundCommand>> m_pending; // per worker, this round
    QList<QTcpServer *> m_servers;                       // only where sockets cannot share a port
    QTimer *m_tick = nullptr;
    std::atomic<quint64> m_nextConnectionId{1}; // workers accepting on shared sockets draw from it too
    quint16 m_port = 0;
    QList<quint16> m_ports; // per listener
    int m_nextWorker = 0;
    qint64 m_lastSysMs = 0;

    // Persistence. In durable mode the commands of a batch that changed durable
    // state wait in m_held until the store has committed that batch.
    store::BrokerStore *m_store = nullptr;
    std::vector<store::StoreEvent> m_storeEvents;
    struct HeldBatch
    {
        quint64 ticket;
        std::vector<std::vector<OutboundCommand>> commands; // per worker
    };
    std::deque<HeldBatch> m_held;
    quint64 m_nextTicket = 1;
    std::atomic<quint64> m_committedTicket{0};
};

} // namespace homewire::broker::net
