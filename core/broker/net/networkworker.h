// NetworkWorker: owns a share of the client sockets on one thread.
//
// It accepts (plain TCP, or TLS: a TlsSession over the QTcpSocket), reads, decodes
// (mqtt::StreamDecoder), enforces the keep-alive, and hands decoded packets in
// batches to the broker thread; it writes what the broker thread sends back.
// Several workers run on their own threads, so socket I/O, TLS and the codec
// use every core while the protocol state stays on one thread.
//
// A TLS connection becomes known to the engine only once its handshake is
// done and its certificate accepted. The first CONNECT of every connection
// carries the login verdict (ConnectGate); while a password is being checked
// on the gate's pool, the connection's later packets wait in its decoder and
// follow the CONNECT in order.
#pragma once

#include "broker/brokerconfig.h"
#include "common/mailbox.h"
#include "events.h"
#include "mqtt/streamdecoder.h"
#include "tlscontext.h"
#include "tlssession.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <functional>
#include <memory>
#include <vector>

class QTcpSocket;
class QTimer;

namespace homewire::broker::net {

class ConnectGate;

class NetworkWorker : public QObject
{
    Q_OBJECT

public:
    // `deliver` hands a batch of events to the protocol engine on this thread
    // (it takes the engine's lock) and empties the vector. `gate` (may be
    // null: everyone admitted, no verdicts) outlives the worker.
    NetworkWorker(int index, const BrokerConfig &config, ConnectGate *gate,
                  std::function<void(std::vector<InboundEvent> &)> deliver);
    ~NetworkWorker() override;

    int index() const { return m_index; }
    Mailbox<OutboundCommand> &inbox() { return m_inbox; }

    // Called on the worker's thread (queued). A null `listener` is a plain
    // default one.
    void adoptSocket(qintptr descriptor, ConnectionId connection,
                     std::shared_ptr<const ListenerContext> listener = {});
    // Accepts connections itself on a listening socket that shares the port
    // with the other workers' (SO_REUSEPORT); ids come from `nextId`.
    bool listenOn(qintptr descriptor, std::function<ConnectionId()> nextId,
                  std::shared_ptr<const ListenerContext> listener = {});
    void drainCommands();
    // Shutdown, step 1: stop accepting and reading. Step 2: closeAll().
    void quiesce();
    void closeAll();

private:
    struct Client
    {
        ConnectionId id = 0;
        QTcpSocket *socket = nullptr;
        std::unique_ptr<TlsSession> tls; // on a TLS listener: the socket carries its ciphertext
        std::shared_ptr<const ListenerContext> listener;
        QHostAddress peer;
        QString address;                // "host:port", for the engine and the log
        QByteArray certificateIdentity; // of a verified client certificate
        mqtt::StreamDecoder decoder;
        std::shared_ptr<SharedOutput> output; // the write side, shared with the engine
        InboundEvent heldConnect;             // the CONNECT waiting for its verdict
        qint64 lastReceivedMs = 0;
        quint16 keepAlive = 0;
        bool opened = false;      // the engine knows it (TLS: after the handshake)
        bool accepted = false;    // a CONNECT was decoded
        bool authPending = false; // decoding waits for the CONNECT's verdict
        bool paused = false;
        bool closing = false;    // the broker closed it; report nothing more
        bool congested = false;  // output above congestionBytes
        bool overloaded = false; // output above OverloadFactor x congestionBytes
    };

    Client *createClient(qintptr descriptor, ConnectionId connection,
                         std::shared_ptr<const ListenerContext> listener);
    void connectSignals(Client &client);
    void open(Client &client);
    void readHandshake(Client &client);
    void onHandshakeDone(Client &client, const QByteArray &plaintext);
    bool readTls(Client &client, qint64 bytes);
    void send(Client &client, const QByteArray &plaintext);
    void onSocketError(ConnectionId id);
    void refuseTls(Client &client, const QString &reason);
    void drop(Client *client);
    void readFrom(Client &client);
    bool decodeBuffered(Client &client);
    bool attachVerdict(Client &client, InboundEvent &connect);
    void onVerdict(ConnectionId id, access::AuthVerdict verdict);
    void logLogin(const Client &client, const InboundEvent &connectEvent) const;
    void onDisconnected(ConnectionId id);
    void onBytesWritten(ConnectionId id);
    void checkTimeouts();
    QByteArray keepAliveDisconnect(const Client &client) const;
    void fail(Client &client, CloseReason reason, const QString &why, const QByteArray &lastWords);
    void post(InboundEvent event);
    void flushToBroker();
    void flushOutput(Client &client);
    void updateCongestion(Client &client);
    static qint64 pendingOutput(const Client &client);

    int m_index;
    const BrokerConfig m_config;
    ConnectGate *m_gate;
    std::shared_ptr<const ListenerContext> m_defaultListener;
    std::function<void(std::vector<InboundEvent> &)> m_deliver;
    bool m_flushing = false;
    bool m_quiesced = false;
    Mailbox<OutboundCommand> m_inbox;
    QHash<ConnectionId, Client *> m_clients;
    std::vector<OutboundCommand> m_commands;    // reused
    std::vector<InboundEvent> m_outgoingEvents; // collected during one read, posted together
    QTimer *m_timeoutTimer = nullptr;
    QList<QObject *> m_listeners;
    QByteArray m_readBuffer;
};

} // namespace homewire::broker::net
