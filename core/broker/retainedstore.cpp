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
// figure in memoryPerTopic):
//  - A chain of levels without messages or branches is one node whose label
//    holds several levels: "home/room1/sensor1/temperature" next to
//    ".../sensor2/temperature" is a node "home/room1" with children
//    "sensor1/temperature" and "sensor2/temperature". Without this, every
//    topic with a unique level in the middle pays for two nodes.
//  - A label of up to 23 bytes (nearly all of them) lives inside the node.
//  - Children live by value in one unordered std::vector: a node costs a slot
//    in its parent's array, not a heap block of its own.
//  - The retained message is a block of its own, as inner nodes have none.
//  - A node scans its children while it has few; past IndexThreshold (think
//    "devices/<id>" with 10^5 ids) it adds an open-addressing table of child
//    positions, 4 bytes a slot, instead of a hash node per child.
// Heap bytes per topic for the 10^5 topics of memoryPerTopic (glibc, topic and
// payload included, 53 bytes of which are their text): this layout 309; the
// same with one node per level 392; a sorted QList<pair<QByteArray, Node *>>
// per node 506; a std::unordered_map per node 620; a QHash per node 2,174
// (Qt 6.4 allocates a 128-bucket span and 16 entries for the first key).
#include "retainedstore.h"

#include "topiclevels_p.h"

#include <QHashFunctions>
#include <QVarLengthArray>
#include <algorithm>
#include <cstring>
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

std::string_view firstLevel(std::string_view text)
{
    return text.substr(0, text.find('/'));
}

using detail::Level;
using detail::levelAt;

qsizetype bytesOf(const Message &message)
{
    return message.topic.size() + message.payload.size();
}

// How many bytes of `label` the topic, from byte `start`, shares with it in
// whole levels: label.size() when it covers the label, the position of the
// '/' in the label where they part, or -1 when even the first level differs.
qsizetype sharedLevels(std::string_view label, QByteArrayView topic, qsizetype start)
{
    const qsizetype labelSize = qsizetype(label.size());
    const qsizetype rest = topic.size() - start;
    const qsizetype common = std::min(labelSize, rest);
    qsizetype lastSlash = -1;
    qsizetype i = 0;
    for (; i < common && label[std::size_t(i)] == topic[start + i]; ++i) {
        if (label[std::size_t(i)] == '/')
            lastSlash = i;
    }
    if (i == labelSize && (i == rest || topic[start + i] == '/'))
        return labelSize;
    if (i == rest && i < labelSize && label[std::size_t(i)] == '/')
        return i; // the topic ends at a level boundary inside the label
    return lastSlash;
}

// A node's label: one or more levels, '/'-separated. Up to 23 bytes live
// inline; longer ones take a heap block. 24 bytes, where a std::string takes
// 32 and keeps only 15 inline.
class Label
{
public:
    Label() = default;
    explicit Label(std::string_view text) { write(text.size()).copy(text); }
    // head + '/' + tail, for a node absorbing its only child.
    Label(std::string_view head, std::string_view tail)
    {
        write(head.size() + 1 + tail.size()).copy(head).copy("/").copy(tail);
    }
    Label(Label &&other) noexcept { takeFrom(other); }
    Label &operator=(Label &&other) noexcept
    {
        if (this != &other) {
            release();
            takeFrom(other);
        }
        return *this;
    }
    ~Label() { release(); }

    std::string_view view() const
    {
        if (!onHeap())
            return {m_bytes, std::size_t(static_cast<unsigned char>(m_bytes[InlineCapacity]))};
        const Heap heap = heapText();
        return {heap.data, heap.size};
    }

private:
    static constexpr std::size_t InlineCapacity = 23;
    static constexpr unsigned char OnHeap = 0xFF;
    struct Heap
    {
        char *data;
        std::size_t size;
    };
    struct Writer
    {
        char *at;
        Writer &copy(std::string_view part)
        {
            if (!part.empty()) // an empty view may carry a null pointer, which memcpy must not see
                std::memcpy(at, part.data(), part.size());
            at += part.size();
            return *this;
        }
    };

    bool onHeap() const { return static_cast<unsigned char>(m_bytes[InlineCapacity]) == OnHeap; }
    Heap heapText() const
    {
        Heap heap;
        std::memcpy(&heap, m_bytes, sizeof heap);
        return heap;
    }

    Writer write(std::size_t size)
    {
        if (size <= InlineCapacity) {
            m_bytes[InlineCapacity] = char(size);
            return {m_bytes};
        }
        const Heap heap{new char[size], size};
        std::memcpy(m_bytes, &heap, sizeof heap);
        m_bytes[InlineCapacity] = char(OnHeap);
        return {heap.data};
    }
    void release()
    {
        if (onHeap())
            delete[] heapText().data;
        m_bytes[InlineCapacity] = 0;
    }
    void takeFrom(Label &other)
    {
        std::memcpy(m_bytes, other.m_bytes, sizeof m_bytes);
        other.m_bytes[InlineCapacity] = 0; // the heap block, if any, is ours now
    }

    // Inline: the text, and its size in the last byte. On the heap: a Heap
    // record, and OnHeap in the last byte.
    char m_bytes[InlineCapacity + 1] = {};
};

} // namespace

struct RetainedStore::Node
{
    class Index;

    Label label;                  // one or more levels; the root's is empty
    std::vector<Node> children;   // unordered; no two share the first level of their label
    std::unique_ptr<Index> index; // only for wide nodes, see IndexThreshold
    std::unique_ptr<RetainedMessage> retained;

    // What a child is found by.
    std::string_view key() const { return firstLevel(label.view()); }
    bool isEmpty() const { return !retained && children.empty(); }
    // '+' and '#' at the root skip "$..." topics (MQTT-4.7.2-1).
    bool isSystem() const { return label.view().starts_with('$'); }

    qsizetype findChild(std::string_view level) const;
    Node &addChild(std::string_view childLabel);
    void removeChild(std::size_t position);
    void split(std::size_t keptBytes);
    void absorbOnlyChild();
};

// Linear probing over child positions: a slot holds position + 1, 0 is empty.
// The table stays at most half full; removal shifts entries back instead of
// leaving tombstones, so a level that churns does not degrade.
class RetainedStore::Node::Index
{
public:
    explicit Index(const std::vector<Node> &children) { rebuild(children, children.size()); }

    qsizetype find(const std::vector<Node> &children, std::string_view key) const
    {
        for (std::size_t i = homeSlot(key);; i = (i + 1) & mask()) {
            const quint32 slot = m_slots[i];
            if (slot == 0)
                return -1;
            if (children[slot - 1].key() == key)
                return slot - 1;
        }
    }

    // children[position] has just been appended.
    void insert(const std::vector<Node> &children, std::size_t position)
    {
        if (children.size() * 2 > m_slots.size())
            rebuild(children, children.size());
        else
            place(children[position].key(), position);
    }

    // Call while children[position] is still in place.
    void remove(const std::vector<Node> &children, std::size_t position)
    {
        std::size_t hole = slotOf(children, position);
        m_slots[hole] = 0;
        for (std::size_t j = (hole + 1) & mask(); m_slots[j] != 0; j = (j + 1) & mask()) {
            // An entry may fill the hole only if the hole lies on its probe
            // path, i.e. its home slot is not cyclically within (hole, j].
            const std::size_t home = homeSlot(children[m_slots[j] - 1].key());
            const bool reachable = hole < j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (reachable) {
                m_slots[hole] = m_slots[j];
                m_slots[j] = 0;
                hole = j;
            }
        }
        if (m_slots.size() > 64 && children.size() * 8 < m_slots.size())
            rebuild(children, position);
    }

    // Call while children[from] is still in place, before it moves to `to`.
    void move(const std::vector<Node> &children, std::size_t from, std::size_t to)
    {
        m_slots[slotOf(children, from)] = quint32(to + 1);
    }

private:
    std::size_t mask() const { return m_slots.size() - 1; }

    std::size_t homeSlot(std::string_view key) const
    {
        // The per-process random seed keeps crafted levels from piling up.
        return qHashBits(key.data(), key.size(), QHashSeed::globalSeed()) & mask();
    }

    std::size_t slotOf(const std::vector<Node> &children, std::size_t position) const
    {
        std::size_t i = homeSlot(children[position].key());
        while (m_slots[i] != position + 1)
            i = (i + 1) & mask();
        return i;
    }

    void place(std::string_view key, std::size_t position)
    {
        std::size_t i = homeSlot(key);
        while (m_slots[i] != 0)
            i = (i + 1) & mask();
        m_slots[i] = quint32(position + 1);
    }

    // Sizes the table for the children but the one at `skip` (size() for none).
    void rebuild(const std::vector<Node> &children, std::size_t skip)
    {
        const std::size_t count = children.size() - (skip < children.size() ? 1 : 0);
        std::size_t size = 64;
        while (size < count * 2)
            size *= 2;
        m_slots.assign(size, 0);
        for (std::size_t i = 0; i < children.size(); ++i) {
            if (i != skip)
                place(children[i].key(), i);
        }
    }

    std::vector<quint32> m_slots;
};

qsizetype RetainedStore::Node::findChild(std::string_view level) const
{
    if (index)
        return index->find(children, level);
    for (std::size_t i = 0; i < children.size(); ++i) {
        if (children[i].key() == level)
            return qsizetype(i);
    }
    return -1;
}

RetainedStore::Node &RetainedStore::Node::addChild(std::string_view childLabel)
{
    // Grow by half rather than double: wide levels hold most of the nodes.
    if (children.size() == children.capacity())
        children.reserve(children.size() + children.size() / 2 + 1);
    children.push_back(Node{Label(childLabel), {}, {}, {}});
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

// Keeps the first `keptBytes` of the label (whole levels) and moves the rest,
// with the message and children, into a new only child: "a/b/c" split after
// "a" is "a" with the child "b/c".
void RetainedStore::Node::split(std::size_t keptBytes)
{
    const std::string_view text = label.view();
    Node rest{Label(text.substr(keptBytes + 1)), std::move(children), std::move(index), std::move(retained)};
    label = Label(text.substr(0, keptBytes));
    children.push_back(std::move(rest)); // `children` was left empty by the move
}

// The reverse of split, once a node has neither a message nor siblings below.
void RetainedStore::Node::absorbOnlyChild()
{
    Node &only = children.front();
    Label joined(label.view(), only.label.view());
    std::vector<Node> grandchildren = std::move(only.children);
    std::unique_ptr<Index> grandchildIndex = std::move(only.index);
    retained = std::move(only.retained);
    label = std::move(joined);
    children = std::move(grandchildren); // destroys `only`
    index = std::move(grandchildIndex);
}

namespace {

using Node = RetainedStore::Node;
using Visit = std::function<void(const RetainedMessage &)>;

// The child of `node` whose whole label the topic continues with at `start`, or -1.
qsizetype exactChild(const Node &node, QByteArrayView topic, qsizetype start)
{
    const qsizetype child = node.findChild(toView(levelAt(topic, start).text));
    if (child < 0)
        return -1;
    const std::string_view label = node.children[std::size_t(child)].label.view();
    return sharedLevels(label, topic, start) == qsizetype(label.size()) ? child : -1;
}

// Steps from the root, as (parent, child position).
using Path = QVarLengthArray<std::pair<Node *, std::size_t>, 16>;

// After the message of the last node on `path` went: empty nodes go, and a
// node left without a message and with one child absorbs it, so that chains
// stay single nodes.
void compact(Path &path)
{
    while (!path.isEmpty()) {
        const auto [parent, position] = path.back();
        path.removeLast();
        Node &node = parent->children[position];
        if (node.isEmpty()) {
            parent->removeChild(position); // moves a sibling at most, never an ancestor
            continue;
        }
        if (!node.retained && node.children.size() == 1)
            node.absorbOnlyChild();
        return;
    }
}

// Every retained message at or below `top`, depth first without recursion:
// a topic may have 32,768 levels.
qsizetype visitSubtree(const Node &top, bool skipSystem, const Visit &visit)
{
    qsizetype visited = 0;
    QVarLengthArray<const Node *, 32> pending;
    pending.append(&top);
    while (!pending.isEmpty()) {
        const Node *node = pending.back();
        pending.removeLast();
        if (node->retained) {
            visit(*node->retained);
            ++visited;
        }
        for (const Node &child : node->children) {
            if (!(skipSystem && child.isSystem()))
                pending.append(&child);
        }
        skipSystem = false; // the '$' rule only concerns the first level
    }
    return visited;
}

// A node whose label the filter levels before `start` have covered
// (filter.size() + 1: all of them).
struct Pending
{
    const Node *node;
    qsizetype start;
};
using PendingList = QVarLengthArray<Pending, 32>;

// Follows the levels of `child`'s label along the filter from `start`.
qsizetype followLabel(const Node &child, QByteArrayView filter, qsizetype start, PendingList &pending,
                      const Visit &visit)
{
    const std::string_view label = child.label.view();
    for (std::size_t at = 0;;) {
        if (start > filter.size())
            return 0; // the filter ends inside the label: these topics are longer
        const Level level = levelAt(filter, start);
        if (level.text == "#")
            return visitSubtree(child, false, visit); // the rest of the label and all below
        const std::size_t end = std::min(label.find('/', at), label.size());
        if (level.text != "+" && toView(level.text) != label.substr(at, end - at))
            return 0;
        start = level.next;
        if (end == label.size()) {
            pending.append(Pending{&child, start});
            return 0;
        }
        at = end + 1;
    }
}

} // namespace

RetainedStore::RetainedStore()
    : m_root(std::make_unique<Node>())
{}

// Iterative: nested destructors would recurse once per node, and a topic may
// have 32,768 levels.
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
        const qsizetype child = node->findChild(toView(levelAt(topic, start).text));
        if (child < 0) {
            node = &node->addChild(toView(topic.sliced(start)));
            break;
        }
        Node &next = node->children[std::size_t(child)];
        const qsizetype shared = sharedLevels(next.label.view(), topic, start);
        Q_ASSERT(shared >= 0); // the first level is shared
        if (shared < qsizetype(next.label.view().size()))
            next.split(std::size_t(shared));
        node = &next;
        start += shared + 1;
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
    Path path;
    Node *node = m_root.get();
    for (qsizetype start = 0; start <= topic.size();) {
        const qsizetype child = exactChild(*node, topic, start);
        if (child < 0)
            return false;
        path.append(std::pair(node, std::size_t(child)));
        node = &node->children[std::size_t(child)];
        start += qsizetype(node->label.view().size()) + 1;
    }
    if (!node->retained)
        return false;
    m_bytes -= bytesOf(node->retained->message);
    --m_count;
    node->retained.reset();
    compact(path);
    return true;
}

const RetainedMessage *RetainedStore::find(QByteArrayView topic) const
{
    if (topic.isEmpty())
        return nullptr;
    const Node *node = m_root.get();
    for (qsizetype start = 0; start <= topic.size();) {
        const qsizetype child = exactChild(*node, topic, start);
        if (child < 0)
            return nullptr;
        node = &node->children[std::size_t(child)];
        start += qsizetype(node->label.view().size()) + 1;
    }
    return node->retained.get();
}

qsizetype RetainedStore::match(QByteArrayView filter, const Visit &visit) const
{
    if (filter.isEmpty())
        return 0;
    qsizetype visited = 0;
    PendingList pending;
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
                    visited += followLabel(child, filter, start, pending, visit);
            }
        } else if (const qsizetype child = node->findChild(toView(level.text)); child >= 0) {
            visited += followLabel(node->children[std::size_t(child)], filter, start, pending, visit);
        }
    }
    return visited;
}

void RetainedStore::forEach(const Visit &visit) const
{
    visitSubtree(*m_root, false, visit);
}

} // namespace homewire::broker
