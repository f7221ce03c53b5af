#include "brokerhost.h"

#include "listensocket.h"
#include "networkworker.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QTimer>

namespace homewire::broker::net {

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace {

// Connection ids carry the index of their worker in the low byte.
constexpr int WorkerBits = 8;

store::StoreEvent storeEvent(store::StoreEvent::Kind kind, const QByteArray &clientId = {})
{
    store::StoreEvent e;
    e.kind = kind;
    e.clientId = clientId;
    return e;
}

int workerIndex(ConnectionId id)
{
    return int(id & ((1u << WorkerBits) - 1));
}

} // namespace

BrokerHost::BrokerHost(BrokerConfig config, const Clock &clock)
    : m_config(config)
    , m_authenticator(std::make_shared<access::Authenticator>(config.auth))
    , m_abuseGuard(std::make_shared<access::AbuseGuard>(config.abuse))
    , m_broker(std::make_unique<Broker>(std::move(config), *this, clock))
{}

void BrokerHost::setAccessPolicy(const access::AccessPolicyPtr &policy)
{
    // Logins see the new users at once; the engine re-checks who is connected.
    m_authenticator->setPolicy(policy);
    QMutexLocker lock(&m_engineMutex);
    m_broker->setAccessPolicy(policy);
    flushOutbound();
}

BrokerHost::~BrokerHost() = default;

void BrokerHost::setWorkers(const QList<NetworkWorker *> &workers)
{
    QMutexLocker lock(&m_engineMutex);
    m_workers = workers;
    m_pending.clear();
    m_pending.resize(size_t(workers.size()));
    m_held.clear();
    m_roundOrder.clear();
    m_bytesSlot.clear();
}

bool BrokerHost::listen(const std::shared_ptr<const ListenerContext> &listener, QString *error)
{
    quint16 port = 0;
    if (!listenShared(listener, &port)) {
        // One listener that hands sockets to the workers.
        auto *server = new DescriptorServer([this, listener](qintptr fd) { accept(fd, listener); }, this);
        server->setMaxPendingConnections(1024);
        if (!server->listen(listener->settings.address, listener->settings.port)) {
            if (error)
                *error = server->errorString();
            delete server;
            return false;
        }
        m_servers.append(server);
        port = server->serverPort();
    }
    if (m_ports.isEmpty())
        m_port = port;
    m_ports.append(port);
    if (!m_tick) {
        m_tick = new QTimer(this);
        m_tick->setInterval(1000);
        connect(m_tick, &QTimer::timeout, this, &BrokerHost::onTick);
        m_tick->start();
        onTick();
    }
    return true;
}

bool BrokerHost::listenShared(const std::shared_ptr<const ListenerContext> &listener, quint16 *port)
{
    if (!sharedListenSupported())
        return false;
    const QHostAddress &address = listener->settings.address;
    // An exclusive bind first: it fails when anyone (another broker with
    // shared sockets too) holds the port, and it resolves port 0. Then each
    // worker binds and listens on its own shared socket for that port.
    QString error;
    const ListenSocket probe = openSharedListenSocket(address, listener->settings.port, false, false, &error);
    if (probe.descriptor < 0)
        return false; // the fallback reports the error in Qt's words
    closeListenSocket(probe.descriptor);
    QList<qintptr> sockets;
    for (int i = 0; i < m_workers.size(); ++i) {
        const ListenSocket s = openSharedListenSocket(address, probe.port, true, true, &error);
        if (s.descriptor < 0)
            break;
        sockets.append(s.descriptor);
    }
    bool ok = sockets.size() == m_workers.size();
    for (int i = 0; ok && i < m_workers.size(); ++i) {
        NetworkWorker *worker = m_workers[i];
        const qintptr fd = sockets[i];
        auto nextId = [this, i] {
            return (m_nextConnectionId.fetch_add(1) << WorkerBits) | ConnectionId(i);
        };
        bool listening = false;
        QMetaObject::invokeMethod(
            worker, [&] { listening = worker->listenOn(fd, nextId, listener); },
            Qt::BlockingQueuedConnection);
        ok = listening;
        if (listening)
            sockets[i] = -1; // the worker owns it now
    }
    for (qintptr fd : std::as_const(sockets))
        closeListenSocket(fd);
    if (ok)
        *port = probe.port;
    return ok;
}

quint16 BrokerHost::serverPort() const
{
    return m_port;
}

void BrokerHost::accept(qintptr descriptor, const std::shared_ptr<const ListenerContext> &listener)
{
    if (m_workers.isEmpty()) { // shutting down
        closeListenSocket(descriptor);
        return;
    }
    const int index = m_nextWorker;
    m_nextWorker = (m_nextWorker + 1) % int(m_workers.size());
    const ConnectionId id = (m_nextConnectionId.fetch_add(1) << WorkerBits) | ConnectionId(index);
    NetworkWorker *worker = m_workers[index];
    QMetaObject::invokeMethod(
        worker, [worker, descriptor, id, listener] { worker->adoptSocket(descriptor, id, listener); },
        Qt::QueuedConnection);
}

void BrokerHost::process(std::vector<InboundEvent> &events, int workerIndex)
{
    QMutexLocker lock(&m_engineMutex);
    m_currentWorker = workerIndex;
    for (InboundEvent &event : events) {
        switch (event.kind) {
        case InboundEvent::Kind::Opened:
            m_outputs.insert(event.connection, std::move(event.output));
            m_broker->connectionOpened(event.connection, event.text);
            break;
        case InboundEvent::Kind::Packet:
            if (event.verdict)
                m_broker->setConnectVerdict(event.connection, std::move(*event.verdict));
            m_broker->packetReceived(event.connection, std::move(event.packet));
            break;
        case InboundEvent::Kind::Closed:
            m_broker->connectionClosed(event.connection, event.reason, event.text);
            m_outputs.remove(event.connection);
            break;
        case InboundEvent::Kind::Congested:
            m_broker->connectionCongested(event.connection, true, false);
            break;
        case InboundEvent::Kind::Overloaded:
            m_broker->connectionCongested(event.connection, true, true);
            break;
        case InboundEvent::Kind::Drained:
            m_broker->connectionCongested(event.connection, false, false);
            break;
        }
    }
    events.clear();
    flushOutbound();
    m_currentWorker = -1;
}

void BrokerHost::onTick()
{
    QMutexLocker lock(&m_engineMutex);
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
    m_bytesSlot.clear(); // this round's commands move on below
    std::vector<std::pair<size_t, size_t>> order = std::exchange(m_roundOrder, {});
    if (m_store && !m_storeEvents.empty()) {
        const bool durable = m_config.durability == Durability::Durable;
        if (durable) {
            // Group commit: everything this batch sends waits for the commit
            // of everything it stored (acknowledgements after durability).
            const quint64 ticket = m_nextTicket++;
            m_storeEvents.push_back(
                store::StoreEvent{store::StoreEvent::Kind::Barrier, {}, {}, {}, {}, ticket, 0, 0, {}});
            m_held.push_back(HeldBatch{ticket, std::exchange(m_pending, {})});
            m_pending.resize(m_held.back().commands.size());
        }
        if (m_store->inbox().postAll(m_storeEvents))
            m_store->wake();
    } else if (!m_held.empty()) {
        // Nothing stored, but earlier batches still wait: keep the order.
        for (size_t i = 0; i < m_pending.size(); ++i) {
            auto &held = m_held.back().commands[i];
            for (OutboundCommand &c : m_pending[i])
                held.push_back(std::move(c));
            m_pending[i].clear();
        }
    }
    releaseCommitted();
    // Bytes in the order the engine produced them, across all workers: a
    // delivery to a subscriber goes out before the acknowledgement to its
    // publisher. (Held batches keep theirs; `order` then points at nothing.)
    for (const auto &[worker, position] : order) {
        if (worker < m_pending.size() && position < m_pending[worker].size())
            writeBytes(m_pending[worker][position]);
    }
    for (size_t i = 0; i < m_pending.size(); ++i) {
        if (m_pending[i].empty())
            continue;
        dispatch(i, m_pending[i]);
    }
}

void BrokerHost::writeBytes(OutboundCommand &command)
{
    if (command.kind != OutboundCommand::Kind::Bytes)
        return;
    // Straight to the socket from this thread where the kernel takes it;
    // otherwise queued for the owning thread, which is asked to flush.
    const auto output = m_outputs.value(command.connection);
    const bool needsFlush = output && output->write(command.bytes);
    command.bytes.clear();
    command.kind = needsFlush ? OutboundCommand::Kind::Flush : OutboundCommand::Kind::Done;
}

void BrokerHost::dispatch(size_t index, std::vector<OutboundCommand> &commands)
{
    for (OutboundCommand &command : commands) {
        if (command.kind == OutboundCommand::Kind::Bytes)
            writeBytes(command);
        if (command.kind == OutboundCommand::Kind::Done)
            continue; // written already
        if (command.kind == OutboundCommand::Kind::Close)
            m_outputs.remove(command.connection);
        m_forWorker.push_back(std::move(command));
    }
    commands.clear();
    if (m_forWorker.empty())
        return;
    NetworkWorker *worker = m_workers[int(index)];
    // The worker running the engine drains its inbox itself on return.
    if (worker->inbox().postAll(m_forWorker) && int(index) != m_currentWorker)
        QMetaObject::invokeMethod(worker, &NetworkWorker::drainCommands, Qt::QueuedConnection);
}

void BrokerHost::releaseCommitted()
{
    const quint64 committed = m_committedTicket.load();
    while (!m_held.empty() && m_held.front().ticket <= committed) {
        HeldBatch batch = std::move(m_held.front());
        m_held.pop_front();
        for (size_t i = 0; i < batch.commands.size(); ++i) {
            if (!batch.commands[i].empty())
                dispatch(i, batch.commands[i]);
        }
    }
}

void BrokerHost::releaseCommittedNow()
{
    // Only what the store has committed: anything else was never acknowledged.
    QMutexLocker lock(&m_engineMutex);
    flushOutbound();
}

void BrokerHost::commitDone(quint64 ticket)
{
    m_committedTicket.store(ticket);
    QMetaObject::invokeMethod(
        this,
        [this] {
            QMutexLocker lock(&m_engineMutex);
            flushOutbound();
        },
        Qt::QueuedConnection);
}

void BrokerHost::setStore(store::BrokerStore *store)
{
    m_store = store;
    m_broker->setObserver(store ? this : nullptr);
}

void BrokerHost::restore(const store::BrokerState &state)
{
    QMutexLocker lock(&m_engineMutex);
    for (const RetainedMessage &r : state.retained)
        m_broker->restoreRetained(r);
    for (const StoredSession &s : state.sessions)
        m_broker->restoreSession(s);
}

void BrokerHost::record(store::StoreEvent event)
{
    m_storeEvents.push_back(std::move(event));
}

void BrokerHost::retainedChanged(const Message &message, qint64 storedAtMs)
{
    store::StoreEvent e = storeEvent(store::StoreEvent::Kind::RetainedChanged);
    e.message = message;
    e.timeMs = storedAtMs;
    record(std::move(e));
}

void BrokerHost::sessionStored(const QByteArray &clientId)
{
    store::StoreEvent e = storeEvent(store::StoreEvent::Kind::SessionStored, clientId);
    e.timeMs = QDateTime::currentMSecsSinceEpoch();
    record(std::move(e));
}

void BrokerHost::sessionDeleted(const QByteArray &clientId)
{
    store::StoreEvent e = storeEvent(store::StoreEvent::Kind::SessionDeleted, clientId);
    record(std::move(e));
}

void BrokerHost::subscriptionStored(const QByteArray &clientId, const QByteArray &filter,
                                    const SubscriptionOptions &options)
{
    store::StoreEvent e = storeEvent(store::StoreEvent::Kind::SubscriptionStored, clientId);
    e.key = filter;
    e.options = options;
    record(std::move(e));
}

void BrokerHost::subscriptionDeleted(const QByteArray &clientId, const QByteArray &filter)
{
    store::StoreEvent e = storeEvent(store::StoreEvent::Kind::SubscriptionDeleted, clientId);
    e.key = filter;
    record(std::move(e));
}

void BrokerHost::messageStored(const QByteArray &clientId, quint64 sequence, const Message &message,
                               quint16 packetId, InflightMessage::State state)
{
    store::StoreEvent e = storeEvent(store::StoreEvent::Kind::MessageStored, clientId);
    e.sequence = sequence;
    e.message = message;
    e.packetId = packetId;
    e.state = state;
    record(std::move(e));
}

void BrokerHost::messageStateChanged(const QByteArray &clientId, quint64 sequence, quint16 packetId,
                                     InflightMessage::State state)
{
    store::StoreEvent e = storeEvent(store::StoreEvent::Kind::MessageStateChanged, clientId);
    e.sequence = sequence;
    e.packetId = packetId;
    e.state = state;
    record(std::move(e));
}

void BrokerHost::messageDeleted(const QByteArray &clientId, quint64 sequence)
{
    store::StoreEvent e = storeEvent(store::StoreEvent::Kind::MessageDeleted, clientId);
    e.sequence = sequence;
    record(std::move(e));
}

void BrokerHost::incomingQos2Stored(const QByteArray &clientId, quint16 packetId)
{
    store::StoreEvent e = storeEvent(store::StoreEvent::Kind::IncomingQos2Stored, clientId);
    e.packetId = packetId;
    record(std::move(e));
}

void BrokerHost::incomingQos2Deleted(const QByteArray &clientId, quint16 packetId)
{
    store::StoreEvent e = storeEvent(store::StoreEvent::Kind::IncomingQos2Deleted, clientId);
    e.packetId = packetId;
    record(std::move(e));
}

void BrokerHost::send(ConnectionId connection, mqtt::ProtocolVersion version, mqtt::Packet packet)
{
    // Encoded here, on the thread running the engine; consecutive packets for
    // one connection share one buffer and one write.
    const int index = workerIndex(connection);
    if (index >= int(m_pending.size()))
        return;
    // All bytes for one connection in this round go into its first Bytes
    // command: one write per subscriber however the deliveries interleave.
    // (Nothing the engine sends follows a Close, so the order holds.)
    auto &commands = m_pending[size_t(index)];
    auto slot = m_bytesSlot.constFind(connection);
    size_t position;
    if (slot == m_bytesSlot.cend()) {
        OutboundCommand command;
        command.kind = OutboundCommand::Kind::Bytes;
        command.connection = connection;
        position = commands.size();
        commands.push_back(std::move(command));
        m_bytesSlot.insert(connection, position);
        m_roundOrder.emplace_back(size_t(index), position);
    } else {
        position = *slot;
    }
    if (auto ok = mqtt::encodePacket(packet, version, commands[position].bytes); !ok)
        qCWarning(lcNet) << "cannot encode packet:" << ok.error().message;
}

void BrokerHost::close(ConnectionId connection, const QString &reason)
{
    queue(OutboundCommand{OutboundCommand::Kind::Close, connection, {}, 0, {}, reason, {}});
}

void BrokerHost::connectionAccepted(ConnectionId connection, quint16 keepAliveSeconds,
                                    mqtt::ProtocolVersion version)
{
    queue(
        OutboundCommand{OutboundCommand::Kind::Accepted, connection, {}, keepAliveSeconds, version, {}, {}});
}

void BrokerHost::setReadPaused(ConnectionId connection, bool paused)
{
    queue(OutboundCommand{paused ? OutboundCommand::Kind::PauseReading : OutboundCommand::Kind::ResumeReading,
                          connection,
                          {},
                          0,
                          {},
                          {},
                          {}});
}

void BrokerHost::stop()
{
    if (m_tick)
        m_tick->stop();
    for (QTcpServer *server : std::as_const(m_servers))
        server->close();
    QMutexLocker lock(&m_engineMutex);
    m_broker->shutdown();
    flushOutbound();
}

void BrokerHost::publish(const Message &message)
{
    QMutexLocker lock(&m_engineMutex);
    m_broker->publish(message);
    flushOutbound();
}

BrokerSnapshot BrokerHost::snapshot() const
{
    QMutexLocker lock(&m_engineMutex);
    BrokerSnapshot s;
    s.stats = m_broker->stats();
    s.clients = m_broker->clients();
    s.retainedCount = m_broker->retained().count();
    s.subscriptionCount = m_broker->subscriptions().subscriptionCount();
    s.port = serverPort();
    return s;
}

} // namespace homewire::broker::net
