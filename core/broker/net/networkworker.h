// NetworkWorker: owns a share of the client sockets on one thread.
//
// It reads, decodes (mqtt::StreamDecoder), enforces the keep-alive, and hands
// decoded packets in batches to the broker thread; it encodes and writes what
// the broker thread sends back. Several workers run on their own threads, so
// socket I/O and the codec use every core while the protocol state stays on
// one thread.
#pragma once

#include "broker/brokerconfig.h"
#include "common/mailbox.h"
#include "events.h"
#include "mqtt/streamdecoder.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>
#include <vector>

class QTcpSocket;
class QTimer;

namespace homewire::broker::net {

class NetworkWorker : public QObject
{
    Q_OBJECT

public:
    // `deliver` hands a batch of events to the protocol engine on this thread
    // (it takes the engine's lock) and empties the vector.
    NetworkWorker(int index, const BrokerConfig &config,
                  std::function<void(std::vector<InboundEvent> &)> deliver);
    ~NetworkWorker() override;

    int index() const { return m_index; }
    Mailbox<OutboundCommand> &inbox() { return m_inbox; }

    // Called on the worker's thread (queued).
    void adoptSocket(qintptr descriptor, ConnectionId connection);
    // Accepts connections itself on a listening socket that shares the port
    // with the other workers' (SO_REUSEPORT); ids come from `nextId`.
    bool listenOn(qintptr descriptor, std::function<ConnectionId()> nextId);
    void drainCommands();
    // Shutdown, step 1: stop accepting and reading. Step 2: closeAll().
    void quiesce();
    void closeAll();

private:
    struct Client
    {
        ConnectionId id = 0;
        QTcpSocket *socket = nullptr;
        mqtt::StreamDecoder decoder;
        std::shared_ptr<SharedOutput> output; // the write side, shared with the engine
        qint64 lastReceivedMs = 0;
        quint16 keepAlive = 0;
        bool accepted = false;
        bool paused = false;
        bool closing = false;    // the broker closed it; report nothing more
        bool congested = false;  // output above congestionBytes
        bool overloaded = false; // output above OverloadFactor x congestionBytes
    };

    void readFrom(Client &client);
    void onDisconnected(ConnectionId id);
    void onBytesWritten(ConnectionId id);
    void checkTimeouts();
    QByteArray keepAliveDisconnect(const Client &client) const;
    void fail(Client &client, CloseReason reason, const QString &why, const QByteArray &lastWords);
    void post(InboundEvent event);
    void flushToBroker();
    void flushOutput(Client &client);
    void updateCongestion(Client &client);

    int m_index;
    const BrokerConfig m_config;
    std::function<void(std::vector<InboundEvent> &)> m_deliver;
    bool m_flushing = false;
    Mailbox<OutboundCommand> m_inbox;
    QHash<ConnectionId, Client *> m_clients;
    std::vector<OutboundCommand> m_commands;    // reused
    std::vector<InboundEvent> m_outgoingEvents; // collected during one read, posted together
    QTimer *m_timeoutTimer = nullptr;
    QObject *m_listener = nullptr;
    QByteArray m_readBuffer;
};

} // namespace homewire::broker::net
