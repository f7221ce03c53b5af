#include "brokerhost.h"

#include "networkworker.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTimer>

namespace homewire::broker::net {

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace {

// Connection ids carry the index of their worker in the low byte.
constexpr int WorkerBits = 8;

int workerIndex(ConnectionId id)
{
    return int(id & ((1u << WorkerBits) - 1));
}

class Listener : public QTcpServer
{
public:
    explicit Listener(std::function<void(qintptr)> onAccept, QObject *parent)
        : QTcpServer(parent)
        , m_onAccept(std::move(onAccept))
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_onAccept(descriptor); }

private:
    std::function<void(qintptr)> m_onAccept;
};

} // namespace

BrokerHost::BrokerHost(BrokerConfig config, const Clock &clock)
    : m_config(config)
    , m_broker(std::make_unique<Broker>(std::move(config), *this, clock))
{}

BrokerHost::~BrokerHost() = default;

void BrokerHost::setWorkers(const QList<NetworkWorker *> &workers)
{
    m_workers = workers;
    m_pending.resize(size_t(workers.size()));
}

void BrokerHost::wake()
{
    // One queued call per burst: later wakes find it pending.
    if (!m_wakePending.exchange(true))
        QMetaObject::invokeMethod(this, &BrokerHost::drainInbound, Qt::QueuedConnection);
}

bool BrokerHost::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_server)
        m_server = new Listener([this](qintptr fd) { accept(fd); }, this);
    m_server->setMaxPendingConnections(1024);
    if (!m_server->listen(address, port)) {
        if (error)
            *error = m_server->errorString();
        return false;
    }
    if (!m_tick) {
        m_tick = new QTimer(this);
        m_tick->setInterval(1000);
        connect(m_tick, &QTimer::timeout, this, &BrokerHost::onTick);
        m_tick->start();
        onTick();
    }
    return true;
}

quint16 BrokerHost::serverPort() const
{
    return m_server && m_server->isListening() ? m_server->serverPort() : 0;
}

void BrokerHost::accept(qintptr descriptor)
{
    const int index = m_nextWorker;
    m_nextWorker = (m_nextWorker + 1) % int(m_workers.size());
    const ConnectionId id = (m_nextConnection++ << WorkerBits) | ConnectionId(index);
    NetworkWorker *worker = m_workers[index];
    QMetaObject::invokeMethod(
        worker, [worker, descriptor, id] { worker->adoptSocket(descriptor, id); }, Qt::QueuedConnection);
}

void BrokerHost::drainInbound()
{
    m_wakePending.store(false);
    m_inbox.takeAll(m_events);
    for (InboundEvent &event : m_events) {
        switch (event.kind) {
        case InboundEvent::Kind::Opened:
            m_broker->connectionOpened(event.connection, event.text);
            break;
        case InboundEvent::Kind::Packet:
            m_broker->packetReceived(event.connection, std::move(event.packet));
            break;
        case InboundEvent::Kind::Closed:
            m_broker->connectionClosed(event.connection, event.reason, event.text);
            break;
        case InboundEvent::Kind::Congested:
            m_broker->connectionCongested(event.connection, true);
            break;
        case InboundEvent::Kind::Drained:
            m_broker->connectionCongested(event.connection, false);
            break;
        }
    }
    m_events.clear();
    flushOutbound();
}

void BrokerHost::onTick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_config.sysIntervalSeconds > 0 && now - m_lastSysMs >= qint64(m_config.sysIntervalSeconds) * 1000) {
        m_lastSysMs = now;
        m_broker->publishSysTopics();
    }
    m_broker->checkSlowSubscribers();
    flushOutbound();
}

void BrokerHost::queue(OutboundCommand command)
{
    const int index = workerIndex(command.connection);
    if (index < int(m_pending.size()))
        m_pending[size_t(index)].push_back(std::move(command));
}

void BrokerHost::flushOutbound()
{
    for (size_t i = 0; i < m_pending.size(); ++i) {
        if (m_pending[i].empty())
            continue;
        NetworkWorker *worker = m_workers[int(i)];
        if (worker->inbox().postAll(m_pending[i]))
            QMetaObject::invokeMethod(worker, &NetworkWorker::drainCommands, Qt::QueuedConnection);
    }
}

void BrokerHost::send(ConnectionId connection, mqtt::Packet packet)
{
    queue(OutboundCommand{OutboundCommand::Kind::Send, connection, std::move(packet), 0, {}, {}});
}

void BrokerHost::close(ConnectionId connection, const QString &reason)
{
    queue(OutboundCommand{OutboundCommand::Kind::Close, connection, {}, 0, {}, reason});
}

void BrokerHost::connectionAccepted(ConnectionId connection, quint16 keepAliveSeconds,
                                    mqtt::ProtocolVersion version)
{
    queue(OutboundCommand{OutboundCommand::Kind::Accepted, connection, {}, keepAliveSeconds, version, {}});
}

void BrokerHost::setReadPaused(ConnectionId connection, bool paused)
{
    queue(OutboundCommand{paused ? OutboundCommand::Kind::PauseReading : OutboundCommand::Kind::ResumeReading,
                          connection,
                          {},
                          0,
                          {},
                          {}});
}

void BrokerHost::stop()
{
    if (m_tick)
        m_tick->stop();
    if (m_server)
        m_server->close();
    drainInbound();
    m_broker->shutdown();
    flushOutbound();
}

void BrokerHost::publish(const Message &message)
{
    m_broker->publish(message);
    flushOutbound();
}

BrokerSnapshot BrokerHost::snapshot() const
{
    BrokerSnapshot s;
    s.stats = m_broker->stats();
    s.clients = m_broker->clients();
    s.retainedCount = m_broker->retained().count();
    s.subscriptionCount = m_broker->subscriptions().subscriptionCount();
    s.port = serverPort();
    return s;
}

} // namespace homewire::broker::net
