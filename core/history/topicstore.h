// TopicStore: every topic one client connection has seen, as a tree by
// level, with each topic's last message, a bounded history and counts.
//
// Fed in batches (ingest()), it reports what changed to one listener in the
// paired begin/end form a Qt item model needs, and only once the batch is
// applied: per batch at most ONE insert range per parent (new children are
// appended in arrival order), parents before their children, then one
// changed range per parent (the smallest to largest row of its changed
// children; the ancestors of a changed topic change too, their counts did).
// A node's childCount() only grows when its insert is reported, so a model
// never sees a child before its insert notification.
//
// Pausing keeps the tree still: batches are buffered (bounded, oldest dropped
// and counted) and applied when resumed, in order.
//
// Plain data structure, used from one thread: no timers, no signals, no I/O.
// Not here: batching messages on a timer and everything Qt models need
// (ui/explorer/topictreemodel.h), searching (topicmatcher.h).
#pragma once

#include "common/clock.h"
#include "mqtt/applicationmessage.h"
#include "probetable_p.h"
#include "topicnode.h"

#include <QByteArrayView>
#include <QList>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace homewire::history {

class TopicHistoryBook;
class TopicBacklog;

// What changed, in the order a QAbstractItemModel reports it. `parent` is
// TopicStore::root() for the first levels.
class TopicStoreListener
{
public:
    virtual ~TopicStoreListener() = default;

    virtual void beginInsertChildren(const TopicNode *parent, int first, int last) = 0;
    virtual void endInsertChildren() = 0;
    // Values or counts of children first..last of `parent` changed.
    virtual void childrenChanged(const TopicNode *parent, int first, int last) = 0;
    virtual void beginRemoveChildren(const TopicNode *parent, int first, int last) = 0;
    virtual void endRemoveChildren() = 0;
    virtual void beginReset() = 0;
    virtual void endReset() = 0;
    // After the inserts and changes of one applied batch.
    virtual void batchApplied() {}
};

class TopicStore
{
public:
    // Longest topic a node can hold: the MQTT limit (MQTT-4.7.3-3).
    static constexpr qsizetype MaxTopicLength = 65535;

    // `clock` stamps messages that arrive without a receive time (receivedMs
    // 0); it must outlive the store. Null: the system clock.
    explicit TopicStore(const Clock *clock = nullptr);
    ~TopicStore();
    TopicStore(const TopicStore &) = delete;
    TopicStore &operator=(const TopicStore &) = delete;

    // At most one listener; null to stop listening.
    void setListener(TopicStoreListener *listener) { m_listener = listener; }

    // Applies a batch (or buffers it while paused). Messages with an empty
    // topic or one longer than MaxTopicLength are not topics; they are
    // skipped and counted in ignoredCount().
    void ingest(const QList<mqtt::ApplicationMessage> &messages);

    const TopicNode *root() const { return m_root; }
    // The node of `topic`, whether or not it received messages; null if unseen.
    const TopicNode *find(QByteArrayView topic) const;
    qsizetype topicCount() const { return m_root->subtreeTopicCount(); } // topics with messages
    qsizetype nodeCount() const { return m_nodeCount; }                  // root excluded
    quint64 messageCount() const { return m_root->subtreeMessageCount(); }
    quint64 ignoredCount() const { return m_ignored; }
    // One past the largest node id in use: the size side tables need.
    quint32 nodeIdBound() const { return m_nextId; }
    // Newest update time of any topic so far (ms since the epoch), 0 if none.
    qint64 latestUpdateMs() const { return m_latestUpdateMs; }

    // History: the last messages of each topic, its last message included,
    // at most maxMessages and maxBytes of payload per topic (the last message
    // is kept even when larger), and at most totalBytes over all topics.
    void setHistoryLimits(int maxMessages, qint64 maxBytes);
    void setHistoryBudget(qint64 totalBytes);
    int historyMaxMessages() const;
    qint64 historyMaxBytes() const;
    qint64 historyBudget() const;
    qint64 historyBytes() const; // payload and bookkeeping held as history
    // Oldest first, ending with the last message; empty without messages.
    QList<mqtt::ApplicationMessage> history(const TopicNode *node) const;

    // Forgets everything, including the pause backlog (beginReset/endReset).
    void clear();
    // Removes `node` and its subtree, and the ancestors that are left without
    // messages and children, in one beginRemove/endRemove. The root: clear().
    void removeSubtree(const TopicNode *node);

    // For every topic under `node` (itself included): the newest message that
    // carried the retain flag, provided it is the last message or still in the
    // history and no message with an empty payload (which clears a retained
    // message) came after it. What the broker is known to retain, for
    // delete-with-undo. In tree order.
    QList<mqtt::ApplicationMessage> retainedMessagesUnder(const TopicNode *node) const;
    // Calls `visit` for every node with a message under `node` (itself
    // included), in tree order (parents first, children in arrival order).
    void forEachTopic(const TopicNode *node, const std::function<void(const TopicNode &)> &visit) const;

    // Pausing: ingest() buffers batches without applying them, at most
    // maxMessages / maxBytes (topic + payload) of them; beyond that the oldest
    // are dropped and counted. Resuming applies the backlog, up to
    // backlogApplyLimit() messages at a time (see applyBacklog()).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setBacklogLimits(qsizetype maxMessages, qint64 maxBytes);
    qsizetype backlogMaxMessages() const;
    qint64 backlogMaxBytes() const;
    // How many buffered messages one ingest(), setPaused(false) or
    // applyBacklog() applies at most (-1: all, the default). While a resumed
    // store still has a backlog, new batches queue behind it to keep the order.
    void setBacklogApplyLimit(qsizetype maxMessages) { m_applyLimit = maxMessages; }
    qsizetype backlogApplyLimit() const { return m_applyLimit; }
    // Applies the oldest buffered messages (up to the apply limit) as one
    // batch unless paused; returns how many are still buffered.
    qsizetype applyBacklog();
    qsizetype pendingCount() const;
    qint64 pendingBytes() const;
    quint64 droppedCount() const; // since the last clear()

private:
    struct ChangedRange
    {
        TopicNode *parent;
        int first;
        int last;
    };

    void apply(const QList<mqtt::ApplicationMessage> &messages);
    void applyMessage(const mqtt::ApplicationMessage &message);
    TopicNode *findOrCreate(const QByteArray &received);
    TopicNode *findChild(const TopicNode &parent, QByteArrayView name) const;
    TopicNode *addChild(TopicNode &parent, const QByteArray &topic, qsizetype length);
    void markChanged(TopicNode *node);
    void indexChildren(TopicNode &parent);
    void publish();
    void forgetSubtree(TopicNode *node);
    static void deleteSubtree(TopicNode *node);
    quint32 allocateId();
    TopicNode *mutableNode(const TopicNode *node) const;

    const Clock *m_clock;
    std::unique_ptr<Clock> m_ownClock;
    TopicNode *m_root; // owned; TopicNode's destructor is private to the store
    // Nodes with messages by full topic.
    ProbeTable<TopicNode *> m_index;
    std::unique_ptr<TopicHistoryBook> m_history;
    std::unique_ptr<TopicBacklog> m_backlog;
    TopicStoreListener *m_listener = nullptr;

    // The batch being applied.
    qint64 m_batchNowMs = 0;            // clock time, read once a batch when needed
    std::vector<TopicNode *> m_grown;   // nodes with unpublished children, parents first
    std::vector<TopicNode *> m_changed; // existing nodes whose row changed
    std::vector<ChangedRange> m_ranges; // scratch for publish()
    std::unordered_map<const TopicNode *, std::size_t> m_rangeOf; // parent -> index in m_ranges

    std::vector<quint32> m_freeIds;
    quint32 m_nextId = 1; // 0 is the root
    qsizetype m_nodeCount = 0;
    quint64 m_ignored = 0;
    qint64 m_latestUpdateMs = 0;
    qsizetype m_applyLimit = -1;
    bool m_paused = false;
};

} // namespace homewire::history
