// How a batch is applied:
//  1. Each message is looked up by full topic in m_index (one hash lookup for
//     a topic seen before). A new topic walks down from the root level by
//     level and appends the missing nodes; a parent whose first unpublished
//     child this is goes on m_grown. Since a node is created before its own
//     children, m_grown lists parents before their children.
//  2. The topic's counts and those of its ancestors go up; every node touched
//     is marked and, unless it is new in this batch, goes on m_changed. The
//     walk up stops at the first node already marked, so a batch costs one
//     entry per changed node, not one per message and level. New nodes are
//     marked when created and their ancestors then, so stopping at a new node
//     is safe too.
//  3. publish(): one insert per parent on m_grown (raising its published
//     child count between begin and end), then one changed range per parent
//     of the nodes on m_changed; the marks are cleared.
#include "topicstore.h"

#include "topicbacklog_p.h"
#include "topichistorybook_p.h"

#include <QLoggingCategory>
#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>

namespace homewire::history {

Q_LOGGING_CATEGORY(lcHistory, "homewire.history")

namespace {

// Children a node scans by name before it builds an index of them: a scan
// of a few short names beats hashing, and most nodes have few children.
constexpr quint32 ChildIndexThreshold = 16;

QByteArrayView topicOf(const TopicNode *node)
{
    return node->topicView();
}

} // namespace

// 120 bytes is what glibc serves from its 128-byte chunks; one more byte costs 16.
static_assert(sizeof(void *) != 8 || sizeof(TopicNode) <= 120, "TopicNode grew past 120 bytes");

TopicNode::TopicNode(TopicNode *parent, QByteArray path, quint16 length, quint32 id)
    : m_parent(parent)
    , m_path(std::move(path))
    , m_id(id)
    , m_pathLength(length)
{}

TopicNode::~TopicNode()
{
    if (m_childCount > 1)
        std::free(m_childArray);
}

void TopicNode::appendChild(TopicNode *child)
{
    const quint32 count = m_childCount;
    if (count == 0) {
        m_onlyChild = child;
    } else if (count == 1) {
        auto **array = static_cast<TopicNode **>(std::malloc(2 * sizeof(TopicNode *)));
        Q_CHECK_PTR(array);
        array[0] = m_onlyChild;
        array[1] = child;
        m_childArray = array;
    } else {
        if (std::has_single_bit(count)) { // full: the capacity is the next power of two
            void *grown = std::realloc(static_cast<void *>(m_childArray), 2 * count * sizeof(TopicNode *));
            Q_CHECK_PTR(grown);
            m_childArray = static_cast<TopicNode **>(grown);
        }
        m_childArray[count] = child;
    }
    m_childCount = count + 1;
}

void TopicNode::eraseChild(int row)
{
    if (m_childCount == 1) {
        m_onlyChild = nullptr;
    } else if (m_childCount == 2) {
        TopicNode *kept = m_childArray[1 - row];
        std::free(m_childArray);
        m_onlyChild = kept;
    } else {
        // The array keeps its size: capacity stays at least bit_ceil(count).
        std::memmove(m_childArray + row, m_childArray + row + 1,
                     (m_childCount - std::size_t(row) - 1) * sizeof(TopicNode *));
    }
    --m_childCount;
}

QByteArray TopicNode::topic() const
{
    if (m_path.size() == m_pathLength)
        return m_path;
    return m_path.first(m_pathLength);
}

mqtt::ApplicationMessage TopicNode::lastMessage() const
{
    if (!hasMessage())
        return {};
    return mqtt::ApplicationMessage{topic(), m_payload, qos(), isRetained(), m_updatedMs};
}

TopicStore::TopicStore(const Clock *clock)
    : m_clock(clock)
    , m_root(new TopicNode(nullptr, QByteArray(), 0, 0))
    , m_history(std::make_unique<TopicHistoryBook>())
    , m_backlog(std::make_unique<TopicBacklog>())
{
    if (!m_clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
}

TopicStore::~TopicStore()
{
    deleteSubtree(m_root);
}

// --- ingest ---------------------------------------------------------------

void TopicStore::ingest(const QList<mqtt::ApplicationMessage> &messages)
{
    if (m_paused || !m_backlog->isEmpty()) {
        m_backlog->append(messages);
        applyBacklog();
        return;
    }
    apply(messages);
}

void TopicStore::apply(const QList<mqtt::ApplicationMessage> &messages)
{
    if (messages.isEmpty())
        return;
    m_batchNowMs = 0;
    for (const mqtt::ApplicationMessage &message : messages)
        applyMessage(message);
    publish();
}

void TopicStore::applyMessage(const mqtt::ApplicationMessage &message)
{
    const QByteArray &topic = message.topic;
    if (topic.isEmpty() || topic.size() > MaxTopicLength) {
        ++m_ignored;
        qCDebug(lcHistory) << "ignoring a message whose topic is" << topic.size() << "bytes long";
        return;
    }
    TopicNode *node = m_index.find(topic, topicOf);
    if (!node)
        node = findOrCreate(topic);
    const bool firstMessage = !node->hasMessage();
    if (firstMessage)
        m_index.insert(node, topicOf);
    else
        m_history->keepLast(*node, message.payload.size());

    qint64 when = message.receivedMs;
    if (when == 0) {
        if (m_batchNowMs == 0)
            m_batchNowMs = m_clock->nowMs();
        when = m_batchNowMs;
    }
    node->m_payload = message.payload;
    node->m_qos = quint8(message.qos) & 3;
    node->m_retained = message.retained;
    node->m_updatedMs = when;
    ++node->m_messageCount;
    m_latestUpdateMs = std::max(m_latestUpdateMs, when);
    for (TopicNode *n = node; n; n = n->m_parent) {
        ++n->m_subtreeMessages;
        if (firstMessage)
            ++n->m_subtreeTopics;
    }
    markChanged(node);
}

TopicNode *TopicStore::findOrCreate(const QByteArray &received)
{
    // New nodes keep a reference to this buffer for as long as they live: do
    // not let them pin spare capacity the sender reserved.
    const QByteArray topic = received.capacity() > received.size() + 16
                                 ? QByteArray(received.constData(), received.size())
                                 : received;
    TopicNode *parent = m_root;
    qsizetype start = 0;
    for (;;) {
        qsizetype end = topic.indexOf('/', start);
        if (end < 0)
            end = topic.size();
        TopicNode *child = findChild(*parent, QByteArrayView(topic.constData() + start, end - start));
        if (!child)
            child = addChild(*parent, topic, end);
        if (end == topic.size())
            return child;
        parent = child;
        start = end + 1;
    }
}

TopicNode *TopicStore::findChild(const TopicNode &parent, QByteArrayView name) const
{
    TopicNode *const *children = parent.childData();
    if (parent.m_extra && !parent.m_extra->childRows.isEmpty()) {
        const quint32 row = parent.m_extra->childRows.find(
            name, [children](quint32 slot) { return children[slot - 1]->name(); });
        return row ? children[row - 1] : nullptr;
    }
    for (quint32 i = 0; i < parent.m_childCount; ++i) {
        if (children[i]->name() == name)
            return children[i];
    }
    return nullptr;
}

TopicNode *TopicStore::addChild(TopicNode &parent, const QByteArray &topic, qsizetype length)
{
    // The node shares the message's topic buffer; `length` cuts its own topic out of it.
    auto *node = new TopicNode(&parent, topic, quint16(length), allocateId());
    node->m_row = parent.m_childCount;
    node->m_marked = true; // new: reported by its insert, not as a change
    if (parent.m_publishedChildren == parent.m_childCount)
        m_grown.push_back(&parent);
    parent.appendChild(node);
    ++m_nodeCount;

    if (parent.m_extra && !parent.m_extra->childRows.isEmpty()) {
        TopicNode *const *children = parent.childData();
        parent.m_extra->childRows.insert(node->m_row + 1,
                                         [children](quint32 slot) { return children[slot - 1]->name(); });
    } else if (parent.m_childCount > ChildIndexThreshold) {
        indexChildren(parent);
    }
    markChanged(&parent);
    return node;
}

void TopicStore::indexChildren(TopicNode &parent)
{
    if (!parent.m_extra)
        parent.m_extra = std::make_unique<TopicNodeExtra>();
    ProbeTable<quint32> &rows = parent.m_extra->childRows;
    TopicNode *const *children = parent.childData();
    const auto nameOf = [children](quint32 slot) {
        return children[slot - 1]->name();
    };
    rows.clear();
    rows.reserve(parent.m_childCount, nameOf);
    for (quint32 row = 0; row < parent.m_childCount; ++row)
        rows.insert(row + 1, nameOf);
}

void TopicStore::markChanged(TopicNode *node)
{
    for (TopicNode *n = node; n && !n->isRoot() && !n->m_marked; n = n->m_parent) {
        n->m_marked = true;
        m_changed.push_back(n);
    }
}

void TopicStore::publish()
{
    for (TopicNode *parent : m_grown) {
        const quint32 first = parent->m_publishedChildren;
        TopicNode *const *children = parent->childData();
        for (quint32 row = first; row < parent->m_childCount; ++row)
            children[row]->m_marked = false;
        if (m_listener)
            m_listener->beginInsertChildren(parent, int(first), int(parent->m_childCount) - 1);
        parent->m_publishedChildren = parent->m_childCount;
        if (m_listener)
            m_listener->endInsertChildren();
    }
    m_grown.clear();

    if (m_listener) {
        for (const TopicNode *node : m_changed) {
            const int row = node->row();
            const auto [it, added] = m_rangeOf.try_emplace(node->m_parent, m_ranges.size());
            if (added) {
                m_ranges.push_back({node->m_parent, row, row});
            } else {
                ChangedRange &range = m_ranges[it->second];
                range.first = std::min(range.first, row);
                range.last = std::max(range.last, row);
            }
        }
        for (const ChangedRange &range : m_ranges)
            m_listener->childrenChanged(range.parent, range.first, range.last);
    }
    for (TopicNode *node : m_changed)
        node->m_marked = false;
    m_changed.clear();
    m_ranges.clear();
    m_rangeOf.clear();
    if (m_listener)
        m_listener->batchApplied();
}

quint32 TopicStore::allocateId()
{
    if (!m_freeIds.empty()) {
        const quint32 id = m_freeIds.back();
        m_freeIds.pop_back();
        return id;
    }
    return m_nextId++;
}

// --- lookups --------------------------------------------------------------

const TopicNode *TopicStore::find(QByteArrayView topic) const
{
    if (const TopicNode *node = m_index.find(topic, topicOf))
        return node;
    if (topic.isEmpty())
        return nullptr;
    const TopicNode *node = m_root;
    qsizetype start = 0;
    for (;;) {
        qsizetype end = topic.indexOf('/', start);
        if (end < 0)
            end = topic.size();
        node = findChild(*node, topic.sliced(start, end - start));
        if (!node || end == topic.size())
            return node;
        start = end + 1;
    }
}

TopicNode *TopicStore::mutableNode(const TopicNode *node) const
{
    // Every node is owned by this store; the public API hands out const pointers.
    return const_cast<TopicNode *>(node);
}

// --- history --------------------------------------------------------------

void TopicStore::setHistoryLimits(int maxMessages, qint64 maxBytes)
{
    m_history->setLimits(maxMessages, maxBytes, m_history->totalBytesLimit());
}

void TopicStore::setHistoryBudget(qint64 totalBytes)
{
    m_history->setLimits(m_history->maxMessages(), m_history->maxBytes(), totalBytes);
}

int TopicStore::historyMaxMessages() const
{
    return m_history->maxMessages();
}

qint64 TopicStore::historyMaxBytes() const
{
    return m_history->maxBytes();
}

qint64 TopicStore::historyBudget() const
{
    return m_history->totalBytesLimit();
}

qint64 TopicStore::historyBytes() const
{
    return m_history->bytesUsed();
}

QList<mqtt::ApplicationMessage> TopicStore::history(const TopicNode *node) const
{
    return node ? m_history->messages(*node) : QList<mqtt::ApplicationMessage>();
}

// --- removal --------------------------------------------------------------

void TopicStore::clear()
{
    if (m_listener)
        m_listener->beginReset();
    while (m_root->m_childCount > 0) {
        TopicNode *last = m_root->childData()[m_root->m_childCount - 1];
        m_root->eraseChild(int(m_root->m_childCount) - 1);
        deleteSubtree(last);
    }
    m_root->m_publishedChildren = 0;
    m_root->m_subtreeTopics = 0;
    m_root->m_subtreeMessages = 0;
    m_root->m_extra.reset();
    m_index.clear();
    m_history->clear();
    m_backlog->clear();
    m_freeIds.clear();
    m_nextId = 1;
    m_nodeCount = 0;
    m_ignored = 0;
    m_latestUpdateMs = 0;
    if (m_listener)
        m_listener->endReset();
}

void TopicStore::removeSubtree(const TopicNode *node)
{
    if (!node)
        return;
    if (node->isRoot()) {
        clear();
        return;
    }
    // Take the ancestors along that would be left as empty husks.
    TopicNode *top = mutableNode(node);
    while (!top->m_parent->isRoot() && !top->m_parent->hasMessage() && top->m_parent->m_childCount == 1)
        top = top->m_parent;
    TopicNode *parent = top->m_parent;
    const int row = top->row();

    if (m_listener)
        m_listener->beginRemoveChildren(parent, row, row);
    parent->eraseChild(row);
    TopicNode *const *siblings = parent->childData();
    for (quint32 i = quint32(row); i < parent->m_childCount; ++i)
        siblings[i]->m_row = i;
    --parent->m_publishedChildren;
    if (parent->m_extra && !parent->m_extra->childRows.isEmpty())
        indexChildren(*parent); // the rows after `row` moved up
    for (TopicNode *n = parent; n; n = n->m_parent) {
        n->m_subtreeTopics -= top->m_subtreeTopics;
        n->m_subtreeMessages -= top->m_subtreeMessages;
    }
    forgetSubtree(top);
    deleteSubtree(top);
    if (m_listener) {
        m_listener->endRemoveChildren();
        for (const TopicNode *n = parent; !n->isRoot(); n = n->m_parent)
            m_listener->childrenChanged(n->m_parent, n->row(), n->row());
    }
}

void TopicStore::forgetSubtree(TopicNode *node)
{
    std::vector<TopicNode *> stack{node};
    while (!stack.empty()) {
        TopicNode *n = stack.back();
        stack.pop_back();
        stack.insert(stack.end(), n->childData(), n->childData() + n->m_childCount);
        if (n->hasMessage())
            m_index.remove(n->topicView(), topicOf);
        m_history->forget(*n);
        m_freeIds.push_back(n->m_id);
        --m_nodeCount;
    }
}

void TopicStore::deleteSubtree(TopicNode *node)
{
    // Iterative: a topic may have tens of thousands of levels.
    std::vector<TopicNode *> stack{node};
    while (!stack.empty()) {
        TopicNode *n = stack.back();
        stack.pop_back();
        stack.insert(stack.end(), n->childData(), n->childData() + n->m_childCount);
        delete n;
    }
}

// --- walks ----------------------------------------------------------------

void TopicStore::forEachTopic(const TopicNode *node,
                              const std::function<void(const TopicNode &)> &visit) const
{
    if (!node)
        return;
    std::vector<const TopicNode *> stack{node};
    while (!stack.empty()) {
        const TopicNode *n = stack.back();
        stack.pop_back();
        if (n->hasMessage())
            visit(*n);
        // Reversed, so that children come off the stack in arrival order.
        for (quint32 i = n->m_childCount; i > 0; --i)
            stack.push_back(n->childData()[i - 1]);
    }
}

QList<mqtt::ApplicationMessage> TopicStore::retainedMessagesUnder(const TopicNode *node) const
{
    QList<mqtt::ApplicationMessage> result;
    forEachTopic(node, [&result](const TopicNode &n) {
        if (n.m_payload.isEmpty())
            return;
        if (n.m_retained) {
            result.append(n.lastMessage());
            return;
        }
        if (!n.m_extra || !n.m_extra->history)
            return;
        const QList<HistoryEntry> &entries = n.m_extra->history->entries;
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            if (it->payload.isEmpty())
                return;
            if (it->retained) {
                result.append(
                    mqtt::ApplicationMessage{n.topic(), it->payload, it->qos, true, it->receivedMs});
                return;
            }
        }
    });
    return result;
}

// --- pause ----------------------------------------------------------------

void TopicStore::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused) {
        if (m_backlog->dropped() > 0)
            qCInfo(lcHistory) << m_backlog->dropped() << "messages were dropped while paused";
        applyBacklog();
    }
}

void TopicStore::setBacklogLimits(qsizetype maxMessages, qint64 maxBytes)
{
    m_backlog->setLimits(maxMessages, maxBytes);
}

qsizetype TopicStore::backlogMaxMessages() const
{
    return m_backlog->maxMessages();
}

qint64 TopicStore::backlogMaxBytes() const
{
    return m_backlog->maxBytes();
}

qsizetype TopicStore::applyBacklog()
{
    if (!m_paused && !m_backlog->isEmpty())
        apply(m_backlog->take(m_applyLimit));
    return m_backlog->size();
}

qsizetype TopicStore::pendingCount() const
{
    return m_backlog->size();
}

qint64 TopicStore::pendingBytes() const
{
    return m_backlog->bytes();
}

quint64 TopicStore::droppedCount() const
{
    return m_backlog->dropped();
}

} // namespace homewire::history
