#include "topicbacklog_p.h"

#include <algorithm>

namespace homewire::history {

void TopicBacklog::setLimits(qsizetype maxMessages, qint64 maxBytes)
{
    m_maxMessages = std::max<qsizetype>(1, maxMessages);
    m_maxBytes = std::max<qint64>(0, maxBytes);
    enforceLimits();
}

void TopicBacklog::append(const QList<mqtt::ApplicationMessage> &messages)
{
    // Only the newest m_maxMessages can survive: skip the rest without
    // copying them in first.
    const qsizetype skip = std::max<qsizetype>(0, messages.size() - m_maxMessages);
    m_dropped += quint64(skip);
    for (qsizetype i = skip; i < messages.size(); ++i) {
        m_bytes += bytesOf(messages.at(i));
        m_messages.push_back(messages.at(i));
    }
    enforceLimits();
}

void TopicBacklog::enforceLimits()
{
    while (m_messages.size() > 1 && (qsizetype(m_messages.size()) > m_maxMessages || m_bytes > m_maxBytes)) {
        m_bytes -= bytesOf(m_messages.front());
        m_messages.pop_front();
        ++m_dropped;
    }
}

QList<mqtt::ApplicationMessage> TopicBacklog::take(qsizetype count)
{
    const qsizetype n = count < 0 ? size() : std::min(count, size());
    QList<mqtt::ApplicationMessage> out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        m_bytes -= bytesOf(m_messages.front());
        out.append(std::move(m_messages.front()));
        m_messages.pop_front();
    }
    return out;
}

void TopicBacklog::clear()
{
    m_messages.clear();
    m_bytes = 0;
    m_dropped = 0;
}

} // namespace homewire::history
