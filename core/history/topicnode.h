// TopicNode: one level of the topic tree a TopicStore keeps, read-only to
// everyone but the store.
//
// A node is a level name under its parent ("home/kitchen/temp" is three
// nodes); the nodes of topics that received messages also hold the last
// message and its count, and every node knows how many topics with messages
// and how many messages its subtree holds. Levels may be empty ("a//b", "/a").
//
// Not here: the message history (TopicStore::history()) and any notion of
// what a view has shown; childCount() is what listeners have been told about.
//
// Layout, chosen for memory at 10^6 topics (tst_topicstore prints bytes per
// topic in memoryPerTopic): a node is 120 bytes, so glibc hands out 128.
//  - The full topic is not copied per node: a node keeps an implicitly shared
//    reference to the topic of the message that created it plus its own
//    length, so "a", "a/b" and "a/b/c" created by one message share one
//    buffer, and the leaf shares it with the message and the store's lookup
//    table. The level name is a slice of it.
//  - A single child is stored inline; more live in an array of pointers whose
//    capacity is the next power of two, so no capacity field is needed.
//  - History and a child index are allocated only for the nodes that need
//    them (TopicNodeExtra).
#pragma once

#include "mqtt/applicationmessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

namespace homewire::history {

struct TopicNodeExtra; // history and child index, see topichistorybook_p.h

class TopicNode
{
public:
    TopicNode(const TopicNode &) = delete;
    TopicNode &operator=(const TopicNode &) = delete;

    // The root is the invisible parent of the first levels; it has no name.
    bool isRoot() const { return m_parent == nullptr; }
    const TopicNode *parent() const { return m_parent; }
    int row() const { return int(m_row); }
    // Children in arrival order, as far as listeners have been told.
    int childCount() const { return int(m_publishedChildren); }
    const TopicNode *child(int row) const { return childData()[row]; }
    // Small and unique among the store's live nodes; reused after removal.
    // For per-node side tables (e.g. filter results) indexed by id.
    quint32 id() const { return m_id; }

    QByteArrayView name() const { return topicView().sliced(nameOffset()); }
    // The full topic, "home/kitchen/temp"; empty for the root.
    QByteArrayView topicView() const { return {m_path.constData(), qsizetype(m_pathLength)}; }
    QByteArray topic() const;

    bool hasMessage() const { return m_messageCount > 0; }
    quint64 messageCount() const { return m_messageCount; }
    // The last message's fields; empty values when hasMessage() is false.
    const QByteArray &payload() const { return m_payload; }
    mqtt::QoS qos() const { return mqtt::QoS(m_qos); }
    bool isRetained() const { return m_retained; }
    qint64 updatedMs() const { return m_updatedMs; }
    mqtt::ApplicationMessage lastMessage() const;

    // Topics with messages and messages received in this subtree, this node
    // included.
    quint32 subtreeTopicCount() const { return m_subtreeTopics; }
    quint64 subtreeMessageCount() const { return m_subtreeMessages; }

private:
    friend class TopicStore;
    friend class TopicHistoryBook;

    TopicNode(TopicNode *parent, QByteArray path, quint16 length, quint32 id);
    ~TopicNode();

    int nameOffset() const { return m_parent && !m_parent->isRoot() ? m_parent->m_pathLength + 1 : 0; }
    TopicNode *const *childData() const { return m_childCount <= 1 ? &m_onlyChild : m_childArray; }
    TopicNode **childData() { return m_childCount <= 1 ? &m_onlyChild : m_childArray; }
    void appendChild(TopicNode *child);
    void eraseChild(int row);

    TopicNode *m_parent;
    union {
        TopicNode *m_onlyChild = nullptr; // when m_childCount <= 1
        TopicNode **m_childArray;         // owned, capacity std::bit_ceil(m_childCount)
    };
    QByteArray m_path; // starts with this node's topic; may be longer
    QByteArray m_payload;
    std::unique_ptr<TopicNodeExtra> m_extra;
    qint64 m_updatedMs = 0;
    quint64 m_messageCount = 0;
    quint64 m_subtreeMessages = 0;
    quint32 m_childCount = 0; // children are owned
    quint32 m_publishedChildren = 0;
    quint32 m_subtreeTopics = 0;
    quint32 m_row = 0;
    quint32 m_id;
    quint16 m_pathLength;
    quint8 m_qos : 2 = 0;
    quint8 m_retained : 1 = 0;
    quint8 m_marked : 1 = 0; // on TopicStore's changed list, or new, in the batch being applied
};

} // namespace homewire::history
