#include "networkworker.h"

#include "broker/broker_p.h"
#include "listensocket.h"
#include "sharedoutput.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace homewire::broker::net {

Q_LOGGING_CATEGORY(lcNet, "homewire.broker.net")

using namespace mqtt;

namespace {

constexpr qint64 ReadChunk = 64 * 1024;
constexpr qint64 SocketReadBuffer = 256 * 1024; // Qt stops reading the kernel past this: TCP backpressure
constexpr qint64 ConnectTimeoutMs = 20'000;     // time allowed between accept and CONNECT
constexpr qint64 OverloadFactor = 4;            // QoS 0 is dropped past this many times congestionBytes

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

NetworkWorker::NetworkWorker(int index, const BrokerConfig &config,
                             std::function<void(std::vector<InboundEvent> &)> deliver)
    : m_index(index)
    , m_config(config)
    , m_deliver(std::move(deliver))
{
    m_readBuffer.resize(ReadChunk);
}

NetworkWorker::~NetworkWorker()
{
    for (Client *client : std::as_const(m_clients)) {
        delete client->socket;
        delete client;
    }
}

void NetworkWorker::adoptSocket(qintptr descriptor, ConnectionId connection)
{
    if (!m_timeoutTimer) {
        m_timeoutTimer = new QTimer(this);
        m_timeoutTimer->setInterval(250);
        connect(m_timeoutTimer, &QTimer::timeout, this, &NetworkWorker::checkTimeouts);
        m_timeoutTimer->start();
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcNet) << "cannot adopt socket:" << socket->errorString();
        delete socket;
        closeListenSocket(descriptor); // still ours: the socket did not take it
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setReadBufferSize(SocketReadBuffer);
    auto *client = new Client;
    client->id = connection;
    client->socket = socket;
    client->output = std::make_shared<SharedOutput>(descriptor);
    client->decoder = StreamDecoder(DecodeOptions{ProtocolVersion::V311, Direction::ClientToServer},
                                    m_config.maxPacketSize);
    client->lastReceivedMs = nowMs();
    m_clients.insert(connection, client);

    const QString address =
        socket->peerAddress().toString() + QLatin1Char(':') + QString::number(socket->peerPort());
    post(InboundEvent{
        InboundEvent::Kind::Opened, connection, {}, CloseReason::PeerClosed, address, client->output});
    connect(socket, &QTcpSocket::readyRead, this, [this, connection] {
        if (Client *c = m_clients.value(connection, nullptr))
            readFrom(*c);
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, connection] { onDisconnected(connection); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, connection] { onBytesWritten(connection); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, connection](QAbstractSocket::SocketError) {
        Client *c = m_clients.value(connection, nullptr);
        if (c && c->socket->state() != QAbstractSocket::ConnectedState)
            onDisconnected(connection);
    });
    readFrom(*client); // bytes may have arrived with the connection
    flushToBroker();
}

bool NetworkWorker::listenOn(qintptr descriptor, std::function<ConnectionId()> nextId)
{
    auto *listener = new DescriptorServer(
        [this, nextId = std::move(nextId)](qintptr fd) { adoptSocket(fd, nextId()); }, this);
    listener->setMaxPendingConnections(1024);
    if (!listener->setSocketDescriptor(descriptor)) {
        qCWarning(lcNet) << "cannot listen on a shared socket:" << listener->errorString();
        delete listener;
        return false;
    }
    m_listener = listener;
    return true;
}

void NetworkWorker::readFrom(Client &client)
{
    while (!client.paused && !client.closing && client.socket->bytesAvailable() > 0) {
        const qint64 n = client.socket->read(m_readBuffer.data(), ReadChunk);
        if (n <= 0)
            break;
        client.lastReceivedMs = nowMs(); // any packet resets keep-alive (MQTT-3.1.2-24)
        client.decoder.feed(m_readBuffer.constData(), n);
        for (;;) {
            auto next = client.decoder.next();
            if (!next) {
                QByteArray lastWords;
                if (next.errorCode() == CodecError::UnsupportedProtocolLevel && !client.accepted) {
                    // A level we do not speak gets CONNACK 0x01 before the close
                    // (MQTT-3.1.2-2), in the 3.1.1 form every level understands.
                    const ConnackPacket refusal{
                        false, quint8(ConnectReturnCode::UnacceptableProtocolVersion), {}};
                    (void)encodePacket(refusal, ProtocolVersion::V311, lastWords);
                } else if (client.accepted && client.decoder.protocolVersion() == ProtocolVersion::V5) {
                    (void)encodePacket(DisconnectPacket{reasonCodeFor(next.errorCode()), {}},
                                       ProtocolVersion::V5, lastWords);
                }
                // Malformed input closes this connection only (MQTT-4.8.0-1).
                fail(client, CloseReason::ProtocolError, next.error().message, lastWords);
                flushToBroker();
                return;
            }
            if (!next.value())
                break;
            const bool isConnect = std::holds_alternative<ConnectPacket>(*next.value());
            m_outgoingEvents.push_back(InboundEvent{InboundEvent::Kind::Packet,
                                                    client.id,
                                                    std::move(*next.value()),
                                                    CloseReason::PeerClosed,
                                                    {},
                                                    {}});
            if (isConnect)
                client.accepted = true; // keep-alive starts counting from here
        }
    }
    flushToBroker();
}

void NetworkWorker::fail(Client &client, CloseReason reason, const QString &why, const QByteArray &lastWords)
{
    if (client.closing)
        return;
    client.closing = true;
    // Nobody writes to it any more; what was queued still goes out first.
    client.output->close();
    client.socket->write(client.output->takeQueued() + lastWords);
    post(InboundEvent{InboundEvent::Kind::Closed, client.id, {}, reason, why, {}});
    client.socket->disconnectFromHost();
}

void NetworkWorker::onDisconnected(ConnectionId id)
{
    Client *client = m_clients.take(id);
    if (!client)
        return;
    if (!client->closing)
        post(InboundEvent{InboundEvent::Kind::Closed, id, {}, CloseReason::PeerClosed, {}, {}});
    client->output->close();
    client->socket->disconnect(this);
    client->socket->deleteLater();
    delete client;
    flushToBroker();
}

void NetworkWorker::onBytesWritten(ConnectionId id)
{
    Client *client = m_clients.value(id, nullptr);
    if (!client || client->closing)
        return;
    // Once Qt's buffer is empty, writers may go straight to the socket again.
    if (client->socket->bytesToWrite() == 0)
        flushOutput(*client);
    else if (client->congested || client->overloaded)
        updateCongestion(*client);
    flushToBroker();
}

QByteArray NetworkWorker::keepAliveDisconnect(const Client &client) const
{
    QByteArray bytes;
    if (client.accepted && client.decoder.protocolVersion() == ProtocolVersion::V5)
        (void)encodePacket(DisconnectPacket{ReasonCode::KeepAliveTimeout, {}}, ProtocolVersion::V5, bytes);
    return bytes;
}

void NetworkWorker::checkTimeouts()
{
    const qint64 now = nowMs();
    // Ids, not pointers: failing one client may end others synchronously.
    QList<ConnectionId> expired;
    for (Client *client : std::as_const(m_clients)) {
        if (client->closing || client->paused)
            continue;
        const qint64 idle = now - client->lastReceivedMs;
        if ((!client->accepted && idle > ConnectTimeoutMs) ||
            (client->accepted && client->keepAlive > 0 && idle > qint64(client->keepAlive) * 1500))
            expired.append(client->id);
    }
    for (ConnectionId id : std::as_const(expired)) {
        Client *client = m_clients.value(id, nullptr);
        if (!client)
            continue;
        const bool beforeConnect = !client->accepted;
        fail(*client, CloseReason::KeepAliveTimeout,
             beforeConnect
                 ? QStringLiteral("no CONNECT within %1 s").arg(ConnectTimeoutMs / 1000)
                 : QStringLiteral("keep alive of %1 s expired (nothing received for 1.5 x keep alive)")
                       .arg(client->keepAlive),
             keepAliveDisconnect(*client));
    }
    if (!expired.isEmpty())
        flushToBroker();
}

void NetworkWorker::drainCommands()
{
    m_inbox.takeAll(m_commands);
    // Ids, not pointers: writing or reading may end a connection synchronously.
    QList<ConnectionId> touched;
    for (OutboundCommand &command : m_commands) {
        Client *client = m_clients.value(command.connection, nullptr);
        if (!client || (client->closing && command.kind != OutboundCommand::Kind::Close))
            continue;
        switch (command.kind) {
        case OutboundCommand::Kind::Flush:
            if (!touched.contains(client->id))
                touched.append(client->id);
            break;
        case OutboundCommand::Kind::Bytes:
        case OutboundCommand::Kind::Done:
            break; // written by the engine's thread through SharedOutput
        case OutboundCommand::Kind::Accepted:
            client->keepAlive = command.keepAlive;
            client->decoder.setProtocolVersion(command.version);
            break;
        case OutboundCommand::Kind::PauseReading:
            client->paused = true;
            break;
        case OutboundCommand::Kind::ResumeReading: {
            client->paused = false;
            client->lastReceivedMs = nowMs();
            // Read what waited in the socket buffer, from the event loop rather
            // than from here, which may run inside a read already.
            const ConnectionId id = client->id;
            QMetaObject::invokeMethod(
                this,
                [this, id] {
                    if (Client *c = m_clients.value(id, nullptr))
                        readFrom(*c);
                },
                Qt::QueuedConnection);
            break;
        }
        case OutboundCommand::Kind::Close:
            client->output->close();
            client->socket->write(client->output->takeQueued());
            client->closing = true;
            client->socket->disconnectFromHost(); // after the queued bytes are written
            break;
        }
    }
    m_commands.clear();
    for (ConnectionId id : std::as_const(touched)) {
        Client *client = m_clients.value(id, nullptr);
        if (client && !client->closing)
            flushOutput(*client);
    }
    flushToBroker();
}

void NetworkWorker::flushOutput(Client &client)
{
    const QByteArray queued = client.output->takeQueued();
    if (!queued.isEmpty())
        client.socket->write(queued);
    if (client.socket->bytesToWrite() == 0)
        client.output->ownerDrained();
    updateCongestion(client);
}

void NetworkWorker::updateCongestion(Client &client)
{
    // Two levels: congested pauses the publishers feeding this client;
    // overloaded (much later) lets the broker drop QoS 0 for it.
    const qint64 pending = client.socket->bytesToWrite() + client.output->queuedBytes();
    const bool congested =
        client.congested ? pending >= m_config.congestionBytes / 2 : pending > m_config.congestionBytes;
    const bool overloaded = client.overloaded ? pending >= m_config.congestionBytes * OverloadFactor / 2
                                              : pending > m_config.congestionBytes * OverloadFactor;
    if (congested != client.congested || overloaded != client.overloaded) {
        client.congested = congested;
        client.overloaded = overloaded;
        const auto kind = overloaded  ? InboundEvent::Kind::Overloaded
                          : congested ? InboundEvent::Kind::Congested
                                      : InboundEvent::Kind::Drained;
        post(InboundEvent{kind, client.id, {}, CloseReason::PeerClosed, {}, {}});
    }
}

void NetworkWorker::quiesce()
{
    delete m_listener; // no new clients
    m_listener = nullptr;
    for (Client *client : std::as_const(m_clients))
        client->paused = true; // and nothing more from the connected ones
}

void NetworkWorker::closeAll()
{
    delete m_listener; // no new clients from here on
    m_listener = nullptr;
    // Detach first: flushing a dead socket may emit disconnected() at once.
    const QHash<ConnectionId, Client *> clients = std::exchange(m_clients, {});
    for (Client *client : clients) {
        client->closing = true;
        client->socket->disconnect(this);
        client->output->close();
        client->socket->write(client->output->takeQueued());
        client->socket->flush();
        client->socket->abort();
        client->socket->deleteLater();
        delete client;
    }
}

void NetworkWorker::post(InboundEvent event)
{
    m_outgoingEvents.push_back(std::move(event));
}

void NetworkWorker::flushToBroker()
{
    // The engine runs right here, under its lock; what it sends to our own
    // connections waits in our inbox and is written before we return. Nested
    // calls (a drain that posts events) are folded into this loop.
    if (m_flushing)
        return;
    m_flushing = true;
    while (!m_outgoingEvents.empty()) {
        m_deliver(m_outgoingEvents);
        m_outgoingEvents.clear();
        drainCommands();
    }
    m_flushing = false;
}

} // namespace homewire::broker::net
