// Internal to TopicStore: the messages that arrive while the explorer is
// paused, oldest first, bounded by a message count and a byte count (topic
// plus payload). Beyond either bound the oldest messages are dropped and
// counted; the newest message is kept even when it alone exceeds the bytes.
#pragma once

#include "mqtt/applicationmessage.h"

#include <QList>
#include <deque>

namespace homewire::history {

class TopicBacklog
{
public:
    void setLimits(qsizetype maxMessages, qint64 maxBytes);
    qsizetype maxMessages() const { return m_maxMessages; }
    qint64 maxBytes() const { return m_maxBytes; }

    void append(const QList<mqtt::ApplicationMessage> &messages);
    // Moves up to `count` of the oldest messages out (count < 0: all).
    QList<mqtt::ApplicationMessage> take(qsizetype count);
    void clear();

    bool isEmpty() const { return m_messages.empty(); }
    qsizetype size() const { return qsizetype(m_messages.size()); }
    qint64 bytes() const { return m_bytes; }
    quint64 dropped() const { return m_dropped; }

private:
    static qint64 bytesOf(const mqtt::ApplicationMessage &message)
    {
        return message.topic.size() + message.payload.size();
    }
    void enforceLimits();

    std::deque<mqtt::ApplicationMessage> m_messages;
    qsizetype m_maxMessages = 1'000'000;
    qint64 m_maxBytes = 256 * 1024 * 1024;
    qint64 m_bytes = 0;
    quint64 m_dropped = 0;
};

} // namespace homewire::history
