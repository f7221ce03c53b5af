// RetainedStore: the last retained message of every topic (MQTT 3.1.1 3.3.1.3).
//
// Organised by topic level like the subscription tree, so a new subscription
// to "home/+/temperature" or "#" visits only the topics it matches, and the
// store stays compact with 10^5..10^6 topics (levels are shared between topics
// with a common prefix). Plain data structure: no locking, no I/O.
#pragma once

#include "message.h"

#include <QByteArray>
#include <QByteArrayView>
#include <functional>
#include <memory>

namespace homewire::broker {

struct RetainedMessage
{
    Message message;       // message.retain is true
    qint64 storedAtMs = 0; // when it was stored (ms since epoch), for expiry and display

    friend bool operator==(const RetainedMessage &, const RetainedMessage &) = default;
};

class RetainedStore
{
public:
    RetainedStore();
    ~RetainedStore();
    RetainedStore(const RetainedStore &) = delete;
    RetainedStore &operator=(const RetainedStore &) = delete;

    // Stores the message as the retained message of its topic, replacing any
    // older one (MQTT-3.3.1-5, -7). A message with an empty payload deletes the
    // retained message instead and is not stored (MQTT-3.3.1-10, -11).
    void store(const Message &message, qint64 nowMs);

    // Removes the retained message of `topic`; returns whether there was one.
    bool remove(QByteArrayView topic);

    const RetainedMessage *find(QByteArrayView topic) const;

    // Calls `visit` for each retained message whose topic matches `filter`
    // (a plain, validated filter; wildcards and the '$' rule apply). Visits
    // in no particular order. Returns the number visited.
    qsizetype match(QByteArrayView filter, const std::function<void(const RetainedMessage &)> &visit) const;

    // Calls `visit` for every retained message (persistence, export).
    void forEach(const std::function<void(const RetainedMessage &)> &visit) const;

    qsizetype count() const { return m_count; }
    // Bytes of topics and payloads held, for limits and statistics.
    qsizetype payloadBytes() const { return m_bytes; }

    struct Node; // defined in the .cpp

private:
    std::unique_ptr<Node> m_root;
    qsizetype m_count = 0;
    qsizetype m_bytes = 0;
};

} // namespace homewire::broker
