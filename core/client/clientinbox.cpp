#include "clientinbox.h"

#include <QDateTime>

namespace homewire::client {

using detail::PahoFailure;

ClientInbox::ClientInbox(QObject *context, std::function<void(ClientInbox *)> drain)
    : m_context(context)
    , m_drain(std::move(drain))
{}

void ClientInbox::detach()
{
    {
        QMutexLocker lock(&m_contextMutex);
        m_context = nullptr;
    }
    QMutexLocker lock(&m_waitMutex);
    m_drained.wakeAll();
}

namespace {

qint64 weight(const mqtt::ApplicationMessage &message)
{
    return message.topic.size() + message.payload.size() + qint64(sizeof(mqtt::ApplicationMessage));
}

} // namespace

void ClientInbox::takeAll(std::vector<Inbound> &out)
{
    m_mailbox.takeAll(out);
    qint64 taken = 0;
    for (const Inbound &item : out) {
        if (const auto *message = std::get_if<mqtt::ApplicationMessage>(&item))
            taken += weight(*message);
    }
    if (taken == 0)
        return;
    m_pendingBytes -= taken;
    QMutexLocker lock(&m_waitMutex);
    m_drained.wakeAll();
}

void ClientInbox::post(Inbound item)
{
    if (!m_mailbox.post(std::move(item)))
        return; // a wake-up is pending; its drain takes this item too
    QMutexLocker lock(&m_contextMutex);
    if (!m_context)
        return;
    // The weak pointer keeps a late wake-up from touching an inbox the
    // client has dropped (it checks which inbox it is draining).
    QMetaObject::invokeMethod(
        m_context,
        [weak = weak_from_this()] {
            if (const std::shared_ptr<ClientInbox> self = weak.lock())
                self->m_drain(self.get());
        },
        Qt::QueuedConnection);
}

void ClientInbox::post(ClientEvent::Kind kind, quint64 id, int code, const QString &text,
                       const std::optional<PahoFailure> &failure)
{
    post(ClientEvent{kind, id, code, text, failure});
}

void ClientInbox::connectSucceeded(quint64 attempt)
{
    post(ClientEvent::Kind::ConnectSucceeded, attempt, 0, QString(), std::nullopt);
}

void ClientInbox::connectFailed(quint64 attempt, const PahoFailure &failure)
{
    post(ClientEvent::Kind::ConnectFailed, attempt, 0, QString(), failure);
}

void ClientInbox::connectionLost(const QString &cause)
{
    post(ClientEvent::Kind::ConnectionLost, 0, 0, cause, std::nullopt);
}

void ClientInbox::disconnectedByServer(int reasonCode)
{
    post(ClientEvent::Kind::ServerDisconnect, 0, reasonCode, QString(), std::nullopt);
}

void ClientInbox::messageArrived(QByteArray topic, QByteArray payload, int qos, bool retained)
{
    // Stamped on arrival, on Paho's thread: the time the user sees is when
    // the message came in, not when the client's thread got round to it.
    mqtt::ApplicationMessage message{std::move(topic), std::move(payload), mqtt::QoS(qos), retained,
                                     QDateTime::currentMSecsSinceEpoch()};
    const qint64 size = weight(message);
    const qint64 pending = m_pendingBytes += size;
    post(std::move(message));
    if (pending <= m_pendingLimit.load())
        return;
    // Backpressure: wait (on Paho's thread) until the client's thread has
    // caught up, or has let go of this inbox.
    QMutexLocker lock(&m_waitMutex);
    while (m_pendingBytes.load() > m_pendingLimit.load()) {
        {
            QMutexLocker contextLock(&m_contextMutex);
            if (!m_context)
                return;
        }
        m_drained.wait(&m_waitMutex, 100);
    }
}

void ClientInbox::publishFinished(quint64 requestId, const std::optional<PahoFailure> &failure)
{
    post(ClientEvent::Kind::PublishFinished, requestId, 0, QString(), failure);
}

void ClientInbox::subscribeFinished(const QString &filter, int grantedQos,
                                    const std::optional<PahoFailure> &failure)
{
    post(ClientEvent::Kind::SubscribeFinished, 0, grantedQos, filter, failure);
}

void ClientInbox::unsubscribeFinished(const QString &filter, const std::optional<PahoFailure> &failure)
{
    post(ClientEvent::Kind::UnsubscribeFinished, 0, 0, filter, failure);
}

} // namespace homewire::client
