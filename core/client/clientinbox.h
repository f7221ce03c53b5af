// ClientInbox: what Paho's threads hand to one connection of an MqttClient.
//
// Paho calls the PahoListener methods on its own threads. Each call becomes an
// item in a mutex-protected mailbox (common/mailbox.h) and returns at once:
// Paho's threads never wait for the client. Only the item that lands in an
// empty mailbox posts a wake-up to the client's thread, so a burst of
// messages costs one queued call, which takes everything that has piled up
// by then. Messages and events share the mailbox, so they reach the client
// in the order Paho reported them (CONNACK before the first message, the
// last messages before "connection lost").
//
// Lifetime: Paho's callbacks hold the inbox by shared_ptr, so it outlives the
// PahoConnection; detach() is how the client says it is gone, after which
// items are still accepted (Paho may be mid-call) but nobody is woken.
//
// Not here: what the events mean (MqttClient decides), Paho itself.
#pragma once

#include "common/mailbox.h"
#include "mqtt/applicationmessage.h"
#include "pahoconnection.h"

#include <QMutex>
#include <QObject>
#include <QString>
#include <QWaitCondition>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace homewire::client {

// Something Paho reported besides a message.
struct ClientEvent
{
    enum class Kind : quint8
    {
        ConnectSucceeded,
        ConnectFailed,
        ConnectionLost,
        ServerDisconnect,
        PublishFinished,
        SubscribeFinished,
        UnsubscribeFinished,
    };
    Kind kind = Kind::ConnectSucceeded;
    quint64 id = 0; // connection attempt or publish request
    int code = 0;   // granted QoS, DISCONNECT reason code
    QString text;   // topic filter, or the cause of a lost connection
    std::optional<detail::PahoFailure> failure;
};

using Inbound = std::variant<mqtt::ApplicationMessage, ClientEvent>;

class ClientInbox final : public detail::PahoListener, public std::enable_shared_from_this<ClientInbox>
{
public:
    // `drain` runs on `context`'s thread, with this inbox, after an item has
    // landed in the empty mailbox. Qt drops the call if `context` is gone.
    ClientInbox(QObject *context, std::function<void(ClientInbox *)> drain);

    // No wake-ups after this returns, and a Paho thread held back by the
    // limit below is let go. Call on the context's thread.
    void detach();
    // Everything posted so far; `out` must be empty.
    void takeAll(std::vector<Inbound> &out);

    // Messages waiting beyond this many bytes hold Paho's receive thread
    // until the client's thread has taken them: Paho then stops reading the
    // socket and TCP slows the broker down, instead of memory growing without
    // bound when the receiver cannot keep up. Events never wait.
    static constexpr qint64 DefaultPendingLimit = 256 * 1024 * 1024;
    void setPendingLimit(qint64 bytes) { m_pendingLimit = bytes; }
    qint64 pendingBytes() const { return m_pendingBytes.load(); }

    void connectSucceeded(quint64 attempt) override;
    void connectFailed(quint64 attempt, const detail::PahoFailure &failure) override;
    void connectionLost(const QString &cause) override;
    void disconnectedByServer(int reasonCode) override;
    void messageArrived(QByteArray topic, QByteArray payload, int qos, bool retained) override;
    void publishFinished(quint64 requestId, const std::optional<detail::PahoFailure> &failure) override;
    void subscribeFinished(const QString &filter, int grantedQos,
                           const std::optional<detail::PahoFailure> &failure) override;
    void unsubscribeFinished(const QString &filter,
                             const std::optional<detail::PahoFailure> &failure) override;

private:
    void post(Inbound item);
    void post(ClientEvent::Kind kind, quint64 id, int code, const QString &text,
              const std::optional<detail::PahoFailure> &failure);

    Mailbox<Inbound> m_mailbox;
    std::atomic<qint64> m_pendingBytes{0};
    std::atomic<qint64> m_pendingLimit{DefaultPendingLimit};
    QMutex m_waitMutex;
    QWaitCondition m_drained;
    QMutex m_contextMutex; // a wake-up must not race with detach() (~MqttClient)
    QObject *m_context;
    const std::function<void(ClientInbox *)> m_drain;
};

} // namespace homewire::client
