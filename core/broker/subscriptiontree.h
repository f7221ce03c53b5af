// SubscriptionTree: which sessions want a topic.
//
// A tree organised by topic level. Each node holds the subscriptions whose
// filter ends there; the wildcards '+' and '#' are children of their own, so
// matching a topic name walks at most three branches per level (the literal
// level, '+', '#') and never looks at unrelated subscriptions.
//
// Matching rules (MQTT 3.1.1 section 4.7, 5.0 section 4.7):
//   "a/b"  matches only "a/b".
//   "a/+"  matches "a/b" and "a/" but not "a" or "a/b/c".
//   "a/#"  matches "a", "a/b" and "a/b/c".
//   "#" and "+/..." do not match topics starting with '$' (MQTT-4.7.2-1);
//   "$SYS/#" does.
// Shared subscriptions ("$share/{group}/{filter}", MQTT 5.0 section 4.8.2) are
// kept apart from plain ones, per (filter, group): a message matching the
// filter goes to one member of each group, chosen round-robin.
//
// Plain data structure: no locking, no I/O. Filters must have been validated
// (mqtt::TopicFilter::validate) by the caller.
#pragma once

#include "message.h"
#include "mqtt/packets.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <memory>

namespace homewire::broker {

struct SubscriptionOptions
{
    mqtt::QoS qos = mqtt::QoS::AtMostOnce;
    bool noLocal = false;
    bool retainAsPublished = false;
    mqtt::RetainHandling retainHandling = mqtt::RetainHandling::SendOnSubscribe;
    quint32 subscriptionIdentifier = 0; // 0: none

    friend bool operator==(const SubscriptionOptions &, const SubscriptionOptions &) = default;
};

// One matching subscription. A session with several matching filters appears
// once per filter; the caller merges (MQTT-3.3.5-1).
struct SubscriptionMatch
{
    SessionId session;
    SubscriptionOptions options;
};

class SubscriptionTree
{
public:
    SubscriptionTree();
    ~SubscriptionTree();
    SubscriptionTree(const SubscriptionTree &) = delete;
    SubscriptionTree &operator=(const SubscriptionTree &) = delete;

    // Adds or replaces (MQTT-3.8.4-3) the subscription of `session` to `filter`.
    // `filter` may be a "$share/group/filter" shared subscription.
    // Returns true when the subscription is new, false when it replaced one.
    bool subscribe(SessionId session, QByteArrayView filter, const SubscriptionOptions &options);

    // Removes the subscription whose filter is exactly `filter` (MQTT-3.10.4-1).
    // Returns whether one existed.
    bool unsubscribe(SessionId session, QByteArrayView filter);

    // Appends every subscription matching `topicName` to `out` (out is not cleared).
    // For each shared group matching the topic exactly one member is appended.
    // Not const: it advances the round-robin position of shared groups.
    void match(QByteArrayView topicName, QList<SubscriptionMatch> &out);

    // The options `session` holds for exactly `filter`, or nullptr.
    const SubscriptionOptions *find(SessionId session, QByteArrayView filter) const;

    qsizetype subscriptionCount() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }

    struct Node; // defined in the .cpp

private:
    std::unique_ptr<Node> m_root;
    std::unique_ptr<Node> m_sharedRoot;
    qsizetype m_count = 0;
};

} // namespace homewire::broker
