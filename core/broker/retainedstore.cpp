// RetainedStore: a trie by topic level, at most one retained message a node.
//
// Which stored topics a subscription's filter selects (MQTT 3.1.1 4.7):
//   "a/b"  selects only "a/b".
//   "a/+"  selects "a/b" and "a/" but not "a" or "a/b/c".
//   "a/#"  selects "a" (the parent level), "a/b" and "a/b/c".
//   "#" and "+/..." skip topics starting with '$' (MQTT-4.7.2-1); "$SYS/#"
//   selects them.
// match() walks the trie by filter level: a literal level follows one child,
// '+' follows every child, '#' takes the node itself and everything below it.
//
// Layout, chosen for memory at 10^5..10^6 topics (tst_retainedstore prints the
// figure, memoryPerTopic):
//  - a node's children live by value in one unordered std::vector, so a node
//    costs a slot in its parent's array rather than a heap block of its own;
//  - the level is a std::string: levels of up to 15 bytes, nearly all of them
//    in practice, fit its inline buffer and allocate nothing;
//  - the retained message is a block of its own, because inner levels, about
//    half the nodes, have none;
//  - a node scans its children while it has few; past IndexThreshold (think
//    "devices/<id>" with 10^5 ids) it adds an open-addressing table of child
//    positions, 4 bytes a slot, instead of a hash node per child.
// Measured against one std::unordered_map per node (about 2.5x the memory) and
// a sorted array of unique_ptr<Node> (one more block per node, and quadratic
// inserts into a wide level).
#include "retainedstore.h"

#include <QHashFunctions>
#include <QVarLengthArray>
#include <string>
#include <string_view>
#include <vector>

namespace homewire::broker {

namespace {

// Children a node scans linearly before it builds an index.
constexpr std::size_t IndexThreshold = 16;

std::string_view toView(QByteArrayView bytes)
{
    return {bytes.data(), std::size_t(bytes.size())};
}

// One level of a topic or filter, and where the next level starts
// (text.size() + 1 when this was the last one).
struct Level
{
    QByteArrayView text;
    qsizetype next;
};

Level levelAt(QByteArrayView text, qsizetype start)
{
    qsizetype end = text.indexOf('/', start);
    if (end < 0)
        end = text.size();
    return {text.sliced(start, end - start), end + 1};
}

qsizetype bytesOf(const Message &message)
{
    return message.topic.size() + message.payload.size();
}

} // namespace

struct RetainedStore::Node
{
    class Index;

    std::string level;
    std::vector<Node> children;   // unordered; positions are stable until a removal
    std::unique_ptr<Index> index; // only while children.size() > IndexThreshold / 2
    std::unique_ptr<RetainedMessage> retained;

    bool isEmpty() const { return !retained && children.empty(); }
    // The sub-tree under '+' and '#' at the root excludes "$..." (MQTT-4.7.2-1).
    bool isSystem() const { return !level.empty() && level.front() == '$'; }

    qsizetype findChild(std::string_view childLevel) const;
    Node &addChild(std::string_view childLevel);
    void removeChild(std::size_t position);
};

// Linear probing over child positions: a slot holds position + 1, 0 is empty.
// The table stays at most half full; removal shifts entries back instead of
// leaving tombstones, so a level that churns does not degrade.
class RetainedStore::Node::Index
{
public:
    explicit Index(const std::vector<Node> &children) { rebuild(children); }

    qsizetype find(const std::vector<Node> &children, std::string_view level) const
    {
        for (std::size_t i = homeSlot(level);; i = (i + 1) & mask()) {
            const quint32 slot = m_slots[i];
            if (slot == 0)
                return -1;
            if (children[slot - 1].level == level)
                return slot - 1;
        }
    }

    // children[position] has just been appended.
    void insert(const std::vector<Node> &children, std::size_t position)
    {
        if (children.size() * 2 > m_slots.size())
            rebuild(children);
        else
            place(children[position].level, position);
    }

    // Call while children[position] is still in place.
    void remove(const std::vector<Node> &children, std::size_t position)
    {
        std::size_t hole = slotOf(children, position);
        m_slots[hole] = 0;
        for (std::size_t j = (hole + 1) & mask(); m_slots[j] != 0; j = (j + 1) & mask()) {
            // An entry may fill the hole only if the hole lies on its probe
            // path, i.e. its home slot is not cyclically within (hole, j].
            const std::size_t home = homeSlot(children[m_slots[j] - 1].level);
            const bool reachable = hole < j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (reachable) {
                m_slots[hole] = m_slots[j];
                m_slots[j] = 0;
                hole = j;
            }
        }
        if (children.size() * 8 < m_slots.size() && m_slots.size() > 64)
            shrinkAfterRemoval(children, position);
    }

    // Call while children[from] is still in place, before it moves to `to`.
    void move(const std::vector<Node> &children, std::size_t from, std::size_t to)
    {
        m_slots[slotOf(children, from)] = quint32(to + 1);
    }

private:
    std::size_t mask() const { return m_slots.size() - 1; }

    std::size_t homeSlot(std::string_view level) const
    {
        // The process-wide random seed keeps crafted topic levels from
        // piling into one probe sequence.
        return qHashBits(level.data(), level.size(), QHashSeed::globalSeed()) & mask();
    }

    std::size_t slotOf(const std::vector<Node> &children, std::size_t position) const
    {
        std::size_t i = homeSlot(children[position].level);
        while (m_slots[i] != position + 1)
            i = (i + 1) & mask();
        return i;
    }

    void place(std::string_view level, std::size_t position)
    {
        std::size_t i = homeSlot(level);
        while (m_slots[i] != 0)
            i = (i + 1) & mask();
        m_slots[i] = quint32(position + 1);
    }

    void rebuild(const std::vector<Node> &children) { rebuildExcept(children, children.size()); }

    // Sizes the table for the children but `skip` (a position, or size() for none).
    void rebuildExcept(const std::vector<Node> &children, std::size_t skip)
    {
        const std::size_t count = children.size() - (skip < children.size() ? 1 : 0);
        std::size_t size = 64;
        while (size < count * 2)
            size *= 2;
        m_slots.assign(size, 0);
        for (std::size_t i = 0; i < children.size(); ++i) {
            if (i != skip)
                place(children[i].level, i);
        }
    }

    // The entry for `position` is already gone; its child still occupies the array.
    void shrinkAfterRemoval(const std::vector<Node> &children, std::size_t position)
    {
        rebuildExcept(children, position);
    }

    std::vector<quint32> m_slots;
};

qsizetype RetainedStore::Node::findChild(std::string_view childLevel) const
{
    if (index)
        return index->find(children, childLevel);
    for (std::size_t i = 0; i < children.size(); ++i) {
        if (children[i].level == childLevel)
            return qsizetype(i);
    }
    return -1;
}

RetainedStore::Node &RetainedStore::Node::addChild(std::string_view childLevel)
{
    children.push_back(Node{std::string(childLevel), {}, {}, {}});
    if (index)
        index->insert(children, children.size() - 1);
    else if (children.size() > IndexThreshold)
        index = std::make_unique<Index>(children);
    return children.back();
}

// Moves the last child into the gap: order does not matter, and nothing but
// the one moved child changes position.
void RetainedStore::Node::removeChild(std::size_t position)
{
    const std::size_t last = children.size() - 1;
    if (index) {
        index->remove(children, position);
        if (position != last)
            index->move(children, last, position);
    }
    if (position != last)
        children[position] = std::move(children[last]);
    children.pop_back();
    if (index && children.size() <= IndexThreshold / 2)
        index.reset();
    // Give the memory back when a wide level empties ("devices/#" cleared).
    if (children.empty() || (children.capacity() >= 16 && children.size() * 4 <= children.capacity()))
        children.shrink_to_fit();
}

RetainedStore::RetainedStore()
    : m_root(std::make_unique<Node>())
{}

// Iterative: nested destructors would recurse once per level, and a topic may
// have 32,768 of them.
RetainedStore::~RetainedStore()
{
    std::vector<Node> doomed = std::move(m_root->children);
    while (!doomed.empty()) {
        Node node = std::move(doomed.back());
        doomed.pop_back();
        for (Node &child : node.children)
            doomed.push_back(std::move(child)); // leaves `child` without children
    }
}

void RetainedStore::store(const Message &message, qint64 nowMs)
{
    if (message.payload.isEmpty()) {
        remove(message.topic); // MQTT-3.3.1-10, MQTT-3.3.1-11
        return;
    }
    const QByteArrayView topic = message.topic;
    if (topic.isEmpty())
        return; // not a topic name (MQTT-4.7.3-1)
    Node *node = m_root.get();
    for (qsizetype start = 0; start <= topic.size();) {
        const Level level = levelAt(topic, start);
        const std::string_view text = toView(level.text);
        const qsizetype child = node->findChild(text);
        node = child >= 0 ? &node->children[std::size_t(child)] : &node->addChild(text);
        start = level.next;
    }
    if (node->retained) {
        m_bytes -= bytesOf(node->retained->message);
        *node->retained = RetainedMessage{message, nowMs};
    } else {
        node->retained = std::make_unique<RetainedMessage>(RetainedMessage{message, nowMs});
        ++m_count;
    }
    node->retained->message.retain = true;
    m_bytes += bytesOf(message);
}

bool RetainedStore::remove(QByteArrayView topic)
{
    if (topic.isEmpty())
        return false;
    // Each step as (parent, child position), to prune the levels left empty.
    QVarLengthArray<std::pair<Node *, std::size_t>, 16> path;
    Node *node = m_root.get();
    for (qsizetype start = 0; start <= topic.size();) {
        const Level level = levelAt(topic, start);
        const qsizetype child = node->findChild(toView(level.text));
        if (child < 0)
            return false;
        path.append(std::pair(node, std::size_t(child)));
        node = &node->children[std::size_t(child)];
        start = level.next;
    }
    if (!node->retained)
        return false;
    m_bytes -= bytesOf(node->retained->message);
    --m_count;
    node->retained.reset();
    // Removing a child moves at most one sibling; the parents further up the
    // path live in other arrays and stay where they are.
    while (!path.isEmpty()) {
        const auto [parent, position] = path.back();
        path.removeLast();
        if (!parent->children[position].isEmpty())
            break;
        parent->removeChild(position);
    }
    return true;
}

const RetainedMessage *RetainedStore::find(QByteArrayView topic) const
{
    if (topic.isEmpty())
        return nullptr;
    const Node *node = m_root.get();
    for (qsizetype start = 0; start <= topic.size();) {
        const Level level = levelAt(topic, start);
        const qsizetype child = node->findChild(toView(level.text));
        if (child < 0)
            return nullptr;
        node = &node->children[std::size_t(child)];
        start = level.next;
    }
    return node->retained.get();
}

namespace {

// Every retained message at or below `top`, depth first without recursion:
// a topic may have 32,768 levels.
qsizetype visitSubtree(const RetainedStore::Node &top, bool skipSystem,
                       const std::function<void(const RetainedMessage &)> &visit)
{
    qsizetype visited = 0;
    QVarLengthArray<const RetainedStore::Node *, 32> pending;
    pending.append(&top);
    while (!pending.isEmpty()) {
        const RetainedStore::Node *node = pending.back();
        pending.removeLast();
        if (node->retained) {
            visit(*node->retained);
            ++visited;
        }
        for (const RetainedStore::Node &child : node->children) {
            if (!(skipSystem && child.isSystem()))
                pending.append(&child);
        }
        skipSystem = false; // the '$' rule only concerns the first level
    }
    return visited;
}

} // namespace

qsizetype RetainedStore::match(QByteArrayView filter,
                               const std::function<void(const RetainedMessage &)> &visit) const
{
    if (filter.isEmpty())
        return 0;
    qsizetype visited = 0;
    // A node reached by the filter levels before `start` (filter.size() + 1:
    // by all of them).
    struct Pending
    {
        const Node *node;
        qsizetype start;
    };
    QVarLengthArray<Pending, 32> pending;
    pending.append(Pending{m_root.get(), 0});
    while (!pending.isEmpty()) {
        const auto [node, start] = pending.back();
        pending.removeLast();
        if (start > filter.size()) {
            if (node->retained) {
                visit(*node->retained);
                ++visited;
            }
            continue;
        }
        const bool atRoot = node == m_root.get();
        const Level level = levelAt(filter, start);
        if (level.text == "#") {
            // The node itself (the parent rule) and all below; the root holds no message.
            visited += visitSubtree(*node, atRoot, visit);
        } else if (level.text == "+") {
            for (const Node &child : node->children) {
                if (!(atRoot && child.isSystem()))
                    pending.append(Pending{&child, level.next});
            }
        } else if (const qsizetype child = node->findChild(toView(level.text)); child >= 0) {
            pending.append(Pending{&node->children[std::size_t(child)], level.next});
        }
    }
    return visited;
}

void RetainedStore::forEach(const std::function<void(const RetainedMessage &)> &visit) const
{
    visitSubtree(*m_root, false, visit);
}

} // namespace homewire::broker
