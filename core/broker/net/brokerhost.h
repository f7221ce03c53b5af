// BrokerHost: the broker thread. Owns the protocol engine (Broker), the
// listening socket and the periodic timers; implements BrokerSink by batching
// commands per worker and handing each batch over once per round.
#pragma once

#include "broker/broker.h"
#include "common/clock.h"
#include "events.h"
#include "mailbox.h"

#include <QHostAddress>
#include <QObject>
#include <atomic>
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

class BrokerHost : public QObject, public BrokerSink
{
    Q_OBJECT

public:
    BrokerHost(BrokerConfig config, const Clock &clock);
    ~BrokerHost() override;

    void setWorkers(const QList<NetworkWorker *> &workers);
    Mailbox<InboundEvent> &inbox() { return m_inbox; }
    void wake(); // thread-safe

    // On the broker thread.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 serverPort() const;
    void stop();
    void publish(const Message &message);
    BrokerSnapshot snapshot() const;
    const Broker &broker() const { return *m_broker; }

    // BrokerSink
    void send(ConnectionId connection, mqtt::Packet packet) override;
    void close(ConnectionId connection, const QString &reason) override;
    void connectionAccepted(ConnectionId connection, quint16 keepAliveSeconds,
                            mqtt::ProtocolVersion version) override;
    void setReadPaused(ConnectionId connection, bool paused) override;

private:
    void drainInbound();
    void accept(qintptr descriptor);
    void queue(OutboundCommand command);
    void flushOutbound();
    void onTick();

    BrokerConfig m_config;
    std::unique_ptr<Broker> m_broker;
    Mailbox<InboundEvent> m_inbox;
    std::atomic<bool> m_wakePending{false};
    QList<NetworkWorker *> m_workers;
    std::vector<std::vector<OutboundCommand>> m_pending; // per worker, this round
    std::vector<InboundEvent> m_events;                  // reused
    QTcpServer *m_server = nullptr;
    QTimer *m_tick = nullptr;
    quint64 m_nextConnection = 1;
    int m_nextWorker = 0;
    qint64 m_lastSysMs = 0;
};

} // namespace homewire::broker::net
