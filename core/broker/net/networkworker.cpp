#include "networkworker.h"

#include "broker/broker_p.h"
#include "connectgate.h"
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
constexpr qint64 ConnectTimeoutMs =
    20'000;                          // time allowed between accept and CONNECT (TLS handshake included)
constexpr qint64 OverloadFactor = 4; // QoS 0 is dropped past this many times congestionBytes

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString addressText(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char(':') + QString::number(port);
}

// TLS output goes to the kernel at once when Qt holds nothing back for the
// socket, rather than on the event loop's next round: the engine cannot write
// a TLS socket itself (only the owner encrypts), so otherwise every handshake
// flight and every reply waits for a write notification of its own. What does
// not fit, or follows bytes Qt still holds, goes through the QTcpSocket as
// before, so the order on the wire and the backpressure (bytesToWrite) stay
// Qt's; a broken connection is left for Qt to find and report.
void writeCiphertext(QTcpSocket &socket, QByteArrayView bytes)
{
    if (!bytes.isEmpty() && socket.bytesToWrite() == 0 && socket.state() == QAbstractSocket::ConnectedState) {
        const qsizetype n = sendWithoutBlocking(socket.socketDescriptor(), bytes);
        if (n > 0)
            bytes = bytes.sliced(n);
    }
    if (!bytes.isEmpty())
        socket.write(bytes.data(), bytes.size());
}

} // namespace

NetworkWorker::NetworkWorker(int index, const BrokerConfig &config, ConnectGate *gate,
                             std::function<void(std::vector<InboundEvent> &)> deliver)
    : m_index(index)
    , m_config(config)
    , m_gate(gate)
    , m_defaultListener(std::make_shared<const ListenerContext>())
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

void NetworkWorker::adoptSocket(qintptr descriptor, ConnectionId connection,
                                std::shared_ptr<const ListenerContext> listener)
{
    if (m_quiesced) {
        closeListenSocket(descriptor);
        return;
    }
    if (!m_timeoutTimer) {
        m_timeoutTimer = new QTimer(this);
        m_timeoutTimer->setInterval(250);
        connect(m_timeoutTimer, &QTimer::timeout, this, &NetworkWorker::checkTimeouts);
        m_timeoutTimer->start();
    }
    Client *client = createClient(descriptor, connection, listener ? std::move(listener) : m_defaultListener);
    if (!client)
        return;
    // A flood from one address ends here, before TLS or MQTT cost anything.
    if (m_gate && !m_gate->admit(client->peer)) {
        client->socket->abort();
        delete client->socket;
        delete client;
        return;
    }
    m_clients.insert(connection, client);
    connectSignals(*client);
    if (!client->tls)
        open(*client); // a TLS one once its handshake is done (readHandshake)
}

NetworkWorker::Client *NetworkWorker::createClient(qintptr descriptor, ConnectionId connection,
                                                   std::shared_ptr<const ListenerContext> listener)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcNet) << "cannot adopt socket:" << socket->errorString();
        delete socket;
        closeListenSocket(descriptor); // still ours: the socket did not take it
        return nullptr;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setReadBufferSize(SocketReadBuffer);
    auto *client = new Client;
    client->id = connection;
    client->socket = socket;
    client->peer = socket->peerAddress();
    client->address = addressText(client->peer, socket->peerPort());
    // A TLS socket must only be written by its owner (it encrypts): no
    // descriptor for other threads, everything goes through the queue.
    client->output = std::make_shared<SharedOutput>(listener->tls ? qintptr(-1) : descriptor);
    client->decoder = StreamDecoder(DecodeOptions{ProtocolVersion::V311, Direction::ClientToServer},
                                    m_config.maxPacketSize);
    client->lastReceivedMs = nowMs();
    client->listener = std::move(listener);
    if (client->listener->tls)
        client->tls = std::make_unique<TlsSession>(client->listener->tls);
    return client;
}

void NetworkWorker::connectSignals(Client &client)
{
    const ConnectionId id = client.id;
    QTcpSocket *socket = client.socket;
    connect(socket, &QTcpSocket::readyRead, this, [this, id] {
        if (Client *c = m_clients.value(id, nullptr))
            c->tls && !c->opened ? readHandshake(*c) : readFrom(*c);
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, id] { onDisconnected(id); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, id] { onBytesWritten(id); });
    connect(socket, &QTcpSocket::errorOccurred, this,
            [this, id](QAbstractSocket::SocketError) { onSocketError(id); });
}

void NetworkWorker::open(Client &client)
{
    client.opened = true;
    post(InboundEvent{InboundEvent::Kind::Opened,
                      client.id,
                      {},
                      CloseReason::PeerClosed,
                      client.address,
                      client.output,
                      {}});
    readFrom(client); // bytes may have arrived with the connection (or the handshake)
}

void NetworkWorker::readHandshake(Client &client)
{
    // The engine does not know the connection yet; the time allowed before
    // CONNECT (checkTimeouts) runs from the accept, so it covers the handshake.
    TlsSession &tls = *client.tls;
    QByteArray plaintext; // what followed the handshake in its last flight
    while (!tls.isEstablished() && !tls.hasFailed() && client.socket->bytesAvailable() > 0) {
        const qint64 n = client.socket->read(m_readBuffer.data(), ReadChunk);
        if (n <= 0)
            break;
        tls.feed(QByteArrayView(m_readBuffer.constData(), n), plaintext);
        if (tls.isEstablished())
            break; // its last flight waits for the CONNACK (below)
        if (const QByteArray reply = tls.takeCiphertext(); !reply.isEmpty())
            writeCiphertext(*client.socket, reply); // after a failure: the alert that says why
    }
    if ((tls.isEstablished() || tls.hasFailed()) && tls.staleRevocationNotice())
        qCWarning(lcNet).noquote() << "listener" << client.listener->settings.name() << ": the crlfile"
                                   << client.listener->settings.crlFile << "is past its next update ("
                                   << client.listener->tls->revocationList()->nextUpdate().toString(
                                          Qt::ISODate)
                                   << "); revoked certificates are still refused";
    if (tls.hasFailed()) {
        refuseTls(client, tls.failure());
        return;
    }
    if (!tls.isEstablished())
        return;
    client.certificateIdentity = tls.peerIdentity();
    client.decoder.feed(plaintext.constData(), plaintext.size());
    // The handshake's last flight (TLS 1.3: the session ticket) leaves in
    // the same segment as the CONNACK when the CONNECT came with the client's
    // Finished, as it usually does; otherwise on its own, right after. Opening
    // may end the connection: look it up again.
    const ConnectionId id = client.id;
    open(client);
    if (Client *opened = m_clients.value(id, nullptr); opened && !opened->closing)
        writeCiphertext(*opened->socket, opened->tls->takeCiphertext());
}

bool NetworkWorker::readTls(Client &client, qint64 bytes)
{
    QByteArray plaintext;
    const bool ok = client.tls->feed(QByteArrayView(m_readBuffer.constData(), bytes), plaintext);
    if (const QByteArray reply = client.tls->takeCiphertext(); !reply.isEmpty())
        writeCiphertext(*client.socket, reply); // a TLS message of its own (key update, alert)
    if (!ok) {
        fail(client, CloseReason::ProtocolError, client.tls->failure(), {});
        return false;
    }
    client.decoder.feed(plaintext.constData(), plaintext.size());
    return true;
}

void NetworkWorker::onSocketError(ConnectionId id)
{
    Client *client = m_clients.value(id, nullptr);
    if (!client)
        return;
    if (!client->opened) {
        // A handshake that failed (a plain client on a TLS port, an old TLS
        // version, a certificate OpenSSL refused) ends this connection only.
        if (client->tls && client->socket->error() != QAbstractSocket::RemoteHostClosedError)
            refuseTls(*client, QStringLiteral("TLS handshake failed: %1").arg(client->socket->errorString()));
        else
            drop(client);
        return;
    }
    if (client->socket->state() != QAbstractSocket::ConnectedState)
        onDisconnected(id);
}

void NetworkWorker::refuseTls(Client &client, const QString &reason)
{
    qCWarning(lcNet).noquote() << "refused TLS client" << client.address << "on listener"
                               << client.listener->settings.name()
                               << "(certificate:" << client.tls->peerSubject() + QLatin1String("):")
                               << reason;
    // The alert that tells the client why, if it can still be sent.
    if (const QByteArray alert = client.tls->takeCiphertext(); !alert.isEmpty())
        writeCiphertext(*client.socket, alert);
    client.socket->flush();
    drop(&client);
}

void NetworkWorker::drop(Client *client)
{
    // Only for connections the engine never heard of. Often called from one
    // of the socket's own signals: it is closed and deleted later.
    m_clients.remove(client->id);
    client->output->close();
    client->socket->disconnect(this);
    client->socket->deleteLater();
    delete client;
}

bool NetworkWorker::listenOn(qintptr descriptor, std::function<ConnectionId()> nextId,
                             std::shared_ptr<const ListenerContext> listener)
{
    auto *server = new DescriptorServer([this, nextId = std::move(nextId), listener = std::move(listener)](
                                            qintptr fd) { adoptSocket(fd, nextId(), listener); },
                                        this);
    server->setMaxPendingConnections(1024);
    if (!server->setSocketDescriptor(descriptor)) {
        qCWarning(lcNet) << "cannot listen on a shared socket:" << server->errorString();
        delete server;
        return false;
    }
    m_listeners.append(server);
    return true;
}

void NetworkWorker::readFrom(Client &client)
{
    // First what waited in the decoder behind a CONNECT, then the socket.
    bool more =
        client.opened && !client.paused && !client.closing && !client.authPending && decodeBuffered(client);
    while (more && client.socket->bytesAvailable() > 0) {
        const qint64 n = client.socket->read(m_readBuffer.data(), ReadChunk);
        if (n <= 0)
            break;
        client.lastReceivedMs = nowMs(); // any packet resets keep-alive (MQTT-3.1.2-24)
        if (!client.tls)
            client.decoder.feed(m_readBuffer.constData(), n);
        else if (!readTls(client, n))
            break;
        more = decodeBuffered(client);
    }
    flushToBroker();
}

bool NetworkWorker::decodeBuffered(Client &client)
{
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
                (void)encodePacket(DisconnectPacket{reasonCodeFor(next.errorCode()), {}}, ProtocolVersion::V5,
                                   lastWords);
            }
            // Malformed input closes this connection only (MQTT-4.8.0-1).
            fail(client, CloseReason::ProtocolError, next.error().message, lastWords);
            return false;
        }
        if (!next.value())
            return true;
        InboundEvent event{InboundEvent::Kind::Packet,
                           client.id,
                           std::move(*next.value()),
                           CloseReason::PeerClosed,
                           {},
                           {},
                           {}};
        if (std::holds_alternative<ConnectPacket>(event.packet) && !client.accepted) {
            client.accepted = true; // keep-alive starts counting from here
            if (!attachVerdict(client, event)) {
                // Later packets stay in the decoder until the verdict is in.
                client.heldConnect = std::move(event);
                client.authPending = true;
                return false;
            }
        }
        m_outgoingEvents.push_back(std::move(event));
    }
}

bool NetworkWorker::attachVerdict(Client &client, InboundEvent &connectEvent)
{
    if (!m_gate || !m_gate->hasAuthenticator())
        return true;
    const auto &packet = std::get<ConnectPacket>(connectEvent.packet);
    access::Credentials credentials{packet.clientId, packet.userName, packet.password,
                                    client.certificateIdentity};
    const ListenerSettings &listener = client.listener->settings;
    const access::ListenerAccess access{listener.anonymousAllowed(), listener.identityAsUserName};
    if (auto verdict = m_gate->quickVerdict(credentials, access, client.peer)) {
        connectEvent.verdict = std::move(verdict);
        logLogin(client, connectEvent);
        return true;
    }
    const ConnectionId id = client.id;
    m_gate->checkSlowly(std::move(credentials), access, client.peer, [this, id](access::AuthVerdict verdict) {
        // The gate waits for its checks before the workers are deleted.
        QMetaObject::invokeMethod(
            this, [this, id, verdict = std::move(verdict)]() mutable { onVerdict(id, std::move(verdict)); },
            Qt::QueuedConnection);
    });
    return false;
}

void NetworkWorker::onVerdict(ConnectionId id, access::AuthVerdict verdict)
{
    Client *client = m_clients.value(id, nullptr);
    if (m_quiesced || !client || client->closing || !client->authPending)
        return; // gone meanwhile: the verdict is of no use
    client->authPending = false;
    client->lastReceivedMs = nowMs(); // the check's duration is not the client's idleness
    client->heldConnect.verdict = std::move(verdict);
    logLogin(*client, client->heldConnect);
    post(std::exchange(client->heldConnect, InboundEvent{}));
    readFrom(*client); // what followed the CONNECT, in order
}

void NetworkWorker::logLogin(const Client &client, const InboundEvent &connectEvent) const
{
    const access::AuthVerdict &verdict = *connectEvent.verdict;
    const QString clientId = QString::fromUtf8(std::get<ConnectPacket>(connectEvent.packet).clientId);
    const QString user = QString::fromUtf8(verdict.userName);
    // Who a certificate made a client is worth a line; the engine logs the rest.
    if (verdict.accepted() && client.listener->settings.identityAsUserName &&
        !client.certificateIdentity.isEmpty() && verdict.userName == client.certificateIdentity)
        qCInfo(lcNet).noquote() << "client" << QLatin1Char('\'') + clientId + QLatin1Char('\'') << "from"
                                << client.address << "logged in as"
                                << QLatin1Char('\'') + user + QLatin1Char('\'')
                                << "(the identity of its certificate)";
    else if (!verdict.accepted())
        qCDebug(lcNet).noquote() << "client" << clientId << "from" << client.address
                                 << "refused:" << verdict.reason;
}

void NetworkWorker::fail(Client &client, CloseReason reason, const QString &why, const QByteArray &lastWords)
{
    if (client.closing)
        return;
    if (!client.opened) {
        qCDebug(lcNet).noquote() << "closing" << client.address << "before its TLS handshake ended:" << why;
        drop(&client);
        return;
    }
    client.closing = true;
    // Nobody writes to it any more; what was queued still goes out first.
    client.output->close();
    send(client, client.output->takeQueued() + lastWords);
    post(InboundEvent{InboundEvent::Kind::Closed, client.id, {}, reason, why, {}, {}});
    client.socket->disconnectFromHost();
}

void NetworkWorker::onDisconnected(ConnectionId id)
{
    Client *client = m_clients.take(id);
    if (!client)
        return;
    if (client->opened && !client->closing)
        post(InboundEvent{InboundEvent::Kind::Closed, id, {}, CloseReason::PeerClosed, {}, {}, {}});
    client->output->close();
    client->socket->disconnect(this);
    client->socket->deleteLater();
    delete client;
    flushToBroker();
}

qint64 NetworkWorker::pendingOutput(const Client &client)
{
    return client.socket->bytesToWrite(); // ciphertext on a TLS connection
}

void NetworkWorker::onBytesWritten(ConnectionId id)
{
    Client *client = m_clients.value(id, nullptr);
    if (!client || client->closing || !client->opened)
        return;
    // Once Qt's buffer is empty, writers may go straight to the socket again.
    if (pendingOutput(*client) == 0)
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
        if (client->closing || client->paused || client->authPending)
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
            send(*client, client->output->takeQueued());
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
    send(client, client.output->takeQueued());
    if (pendingOutput(client) == 0)
        client.output->ownerDrained();
    updateCongestion(client);
}

void NetworkWorker::send(Client &client, const QByteArray &plaintext)
{
    if (plaintext.isEmpty())
        return;
    // Only this thread encrypts: on a TLS connection everyone else queues in
    // SharedOutput, and the order of the records is the order of the queue.
    if (!client.tls)
        client.socket->write(plaintext);
    else if (client.tls->encrypt(plaintext))
        writeCiphertext(*client.socket, client.tls->takeCiphertext());
}

void NetworkWorker::updateCongestion(Client &client)
{
    // Two levels: congested pauses the publishers feeding this client;
    // overloaded (much later) lets the broker drop QoS 0 for it.
    const qint64 pending = pendingOutput(client) + client.output->queuedBytes();
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
        post(InboundEvent{kind, client.id, {}, CloseReason::PeerClosed, {}, {}, {}});
    }
}

void NetworkWorker::quiesce()
{
    qDeleteAll(m_listeners); // no new clients
    m_listeners.clear();
    m_quiesced = true; // no verdicts either
    for (Client *client : std::as_const(m_clients))
        client->paused = true; // and nothing more from the connected ones
}

void NetworkWorker::closeAll()
{
    qDeleteAll(m_listeners); // no new clients from here on
    m_listeners.clear();
    // Detach first: flushing a dead socket may emit disconnected() at once.
    const QHash<ConnectionId, Client *> clients = std::exchange(m_clients, {});
    for (Client *client : clients) {
        client->closing = true;
        client->socket->disconnect(this);
        client->output->close();
        send(*client, client->output->takeQueued());
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
