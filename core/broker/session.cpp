#include "session.h"

namespace homewire::broker {

namespace {

qint64 messageBytes(const Message &m)
{
    return m.topic.size() + m.payload.size() + 16;
}

} // namespace

Session::Session(SessionId id, QByteArray clientId)
    : m_id(id)
    , m_clientId(std::move(clientId))
{}

std::optional<quint16> Session::allocatePacketId()
{
    if (inflight.size() >= 65535)
        return std::nullopt;
    // Linear probing from the last id: the window is small compared with the
    // id space, so this almost always succeeds at the first try.
    for (int attempt = 0; attempt < 65535; ++attempt) {
        const quint16 candidate = m_nextPacketId;
        m_nextPacketId = m_nextPacketId == 65535 ? 1 : quint16(m_nextPacketId + 1);
        if (!findInflight(candidate))
            return candidate;
    }
    return std::nullopt;
}

InflightMessage *Session::findInflight(quint16 packetId)
{
    for (InflightMessage &m : inflight) {
        if (m.packetId == packetId)
            return &m;
    }
    return nullptr;
}

bool Session::removeInflight(quint16 packetId)
{
    for (qsizetype i = 0; i < inflight.size(); ++i) {
        if (inflight[i].packetId == packetId) {
            inflight.removeAt(i);
            return true;
        }
    }
    return false;
}

void Session::enqueue(Message message, quint64 sequence)
{
    queuedBytes += messageBytes(message);
    queue.push_back(QueuedMessage{std::move(message), sequence});
}

std::optional<QueuedMessage> Session::dequeue()
{
    if (queue.empty())
        return std::nullopt;
    QueuedMessage m = std::move(queue.front());
    queue.pop_front();
    queuedBytes -= messageBytes(m.message);
    return m;
}

void Session::clearMessages()
{
    inflight.clear();
    queue.clear();
    queuedBytes = 0;
    incomingQos2.clear();
}

} // namespace homewire::broker
