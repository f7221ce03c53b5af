// SubscriptionTree: a trie by topic level; see the header for the contract.
//
// Wildcard rules as the walk applies them (MQTT 3.1.1 / 5.0 section 4.7):
//   "sport/tennis/+"  matches "sport/tennis/player1", not ".../player1/ranking".
//   "sport/+"         matches "sport/" (an empty level) but not "sport".
//   "sport/#"         matches "sport" (the parent level), "sport/tennis" and
//                     "sport/tennis/player1".
//   "+/+", "/+"       match "/finance"; "+" does not.
//   "#", "+/monitor/Clients" do not match "$SYS/monitor/Clients"; "$SYS/#"
//                     and "$SYS/monitor/+" do (MQTT-4.7.2-1).
//
// Every node has three kinds of children, kept apart so that matching a topic
// name follows at most three branches per level: the literal levels (a hash
// keyed by the level text, looked up through a std::string_view into the topic
// so matching allocates nothing), the '+' child and the '#' child. The
// subscribers whose filter ends at a node sit in a vector sorted by session:
// most nodes have one to three, and a popular topic's thousands still insert
// and remove by binary search.
//
// Shared subscriptions live in a second tree of the same shape, keyed by their
// plain filter; a node there holds groups instead of subscribers. Each group
// keeps its members in joining order and a round-robin cursor, so one message
// reaches exactly one member per group (MQTT 5.0 section 4.8.2).
//
// Nodes left without subscribers, groups or children are freed on unsubscribe,
// so a broker whose clients come and go does not grow.
#include "subscriptiontree.h"

#include "topiclevels_p.h"

#include <QHashFunctions>
#include <QVarLengthArray>
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace homewire::broker {

struct SubscriptionTree::Node
{
    struct Subscriber
    {
        SessionId session;
        SubscriptionOptions options;
    };

    struct SharedGroup
    {
        std::string name;
        std::vector<Subscriber> members; // in the order they joined
        std::size_t next = 0;            // the member that receives the next message
    };

    // Transparent, so a std::string_view into the topic finds a std::string key.
    struct LevelHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view level) const noexcept
        {
            return qHashBits(level.data(), level.size(), QHashSeed::globalSeed());
        }
    };

    using Children = std::unordered_map<std::string, std::unique_ptr<Node>, LevelHash, std::equal_to<>>;

    Children children;
    std::unique_ptr<Node> plus;          // '+'
    std::unique_ptr<Node> hash;          // '#'
    std::vector<Subscriber> subscribers; // plain tree; sorted by session
    std::vector<SharedGroup> groups;     // shared tree

    bool isEmpty() const
    {
        return subscribers.empty() && groups.empty() && children.empty() && !plus && !hash;
    }
};

namespace {

using Node = SubscriptionTree::Node;
using Subscriber = Node::Subscriber;
using SharedGroup = Node::SharedGroup;

constexpr QByteArrayView SharePrefix("$share/");

std::string_view toView(QByteArrayView bytes)
{
    return {bytes.data(), std::size_t(bytes.size())};
}

using detail::Level;
using detail::levelAt;

// "$share/{ShareName}/{filter}" split in its parts; shareName is empty for a
// plain filter. Validated filters are assumed (TopicFilter::validate).
struct FilterParts
{
    QByteArrayView shareName;
    QByteArrayView filter;

    bool isShared() const { return !shareName.isEmpty(); }
};

FilterParts splitFilter(QByteArrayView filter)
{
    if (filter.startsWith(SharePrefix)) {
        const qsizetype slash = filter.indexOf('/', SharePrefix.size());
        if (slash > SharePrefix.size())
            return {filter.sliced(SharePrefix.size(), slash - SharePrefix.size()), filter.sliced(slash + 1)};
    }
    return {{}, filter};
}

std::unique_ptr<Node> *wildcardSlot(Node &node, QByteArrayView level)
{
    if (level == "+")
        return &node.plus;
    if (level == "#")
        return &node.hash;
    return nullptr;
}

// For Node and const Node alike.
template<typename N> N *findChild(N &node, QByteArrayView level)
{
    if (level == "+")
        return node.plus.get();
    if (level == "#")
        return node.hash.get();
    const auto it = node.children.find(toView(level));
    return it == node.children.end() ? nullptr : it->second.get();
}

Node &findOrAddChild(Node &node, QByteArrayView level)
{
    if (Node *child = findChild(node, level))
        return *child;
    if (std::unique_ptr<Node> *slot = wildcardSlot(node, level))
        return *(*slot = std::make_unique<Node>());
    return *node.children.emplace(std::string(toView(level)), std::make_unique<Node>()).first->second;
}

void removeChild(Node &node, QByteArrayView level)
{
    if (std::unique_ptr<Node> *slot = wildcardSlot(node, level)) {
        slot->reset();
        return;
    }
    node.children.erase(node.children.find(toView(level)));
    // The bucket array does not shrink by itself; a level that had thousands
    // of children (one per client) would keep it for good.
    if (node.children.empty())
        node.children = Node::Children();
    else if (node.children.bucket_count() > 8 * node.children.size() + 16)
        node.children.rehash(0);
}

// The node a filter ends at, or nullptr.
const Node *findNode(const Node &root, QByteArrayView filter)
{
    const Node *node = &root;
    for (qsizetype start = 0; node && start <= filter.size();) {
        const Level level = levelAt(filter, start);
        node = findChild(*node, level.text);
        start = level.next;
    }
    return node;
}

template<typename Subscribers> auto lowerBound(Subscribers &subscribers, SessionId session)
{
    return std::lower_bound(subscribers.begin(), subscribers.end(), session,
                            [](const Subscriber &s, SessionId id) { return s.session < id; });
}

template<typename N> auto *findGroup(N &node, QByteArrayView name)
{
    const auto it = std::find_if(node.groups.begin(), node.groups.end(),
                                 [name](const SharedGroup &g) { return g.name == toView(name); });
    return it == node.groups.end() ? nullptr : &*it;
}

template<typename Group> auto *findMember(Group &group, SessionId session)
{
    const auto it = std::find_if(group.members.begin(), group.members.end(),
                                 [session](const Subscriber &m) { return m.session == session; });
    return it == group.members.end() ? nullptr : &*it;
}

// Returns whether the subscription is new.
bool addSubscriber(Node &node, SessionId session, const SubscriptionOptions &options)
{
    const auto it = lowerBound(node.subscribers, session);
    if (it != node.subscribers.end() && it->session == session) {
        it->options = options;
        return false;
    }
    node.subscribers.insert(it, {session, options});
    return true;
}

bool removeSubscriber(Node &node, SessionId session)
{
    const auto it = lowerBound(node.subscribers, session);
    if (it == node.subscribers.end() || it->session != session)
        return false;
    node.subscribers.erase(it);
    if (node.subscribers.empty())
        node.subscribers.shrink_to_fit();
    return true;
}

bool addMember(Node &node, QByteArrayView groupName, SessionId session, const SubscriptionOptions &options)
{
    SharedGroup *group = findGroup(node, groupName);
    if (!group)
        group = &node.groups.emplace_back(SharedGroup{std::string(toView(groupName)), {}, 0});
    if (Subscriber *member = findMember(*group, session)) {
        member->options = options;
        return false;
    }
    group->members.push_back({session, options});
    return true;
}

bool removeMember(Node &node, QByteArrayView groupName, SessionId session)
{
    SharedGroup *group = findGroup(node, groupName);
    Subscriber *member = group ? findMember(*group, session) : nullptr;
    if (!member)
        return false;
    const std::size_t position = std::size_t(member - group->members.data());
    group->members.erase(group->members.begin() + qsizetype(position));
    // Keep the cursor on the member that was due next.
    if (position < group->next)
        --group->next;
    if (group->next >= group->members.size())
        group->next = 0;
    if (group->members.empty())
        node.groups.erase(node.groups.begin() + (group - node.groups.data()));
    return true;
}

// Calls `visit` for every node whose filter matches `topic`: the walk keeps a
// list of (node, start of the next topic level) instead of recursing, since a
// topic may have 32,768 levels.
template<typename Visit> void forEachMatchingNode(Node &root, QByteArrayView topic, Visit visit)
{
    // MQTT-4.7.2-1: a filter starting with a wildcard does not match a topic
    // name starting with '$'.
    const bool systemTopic = topic.startsWith('$');
    struct Pending
    {
        Node *node;
        qsizetype start;
    };
    QVarLengthArray<Pending, 32> pending;
    pending.append(Pending{&root, 0});
    while (!pending.isEmpty()) {
        const auto [node, start] = pending.back();
        pending.removeLast();
        const bool wildcards = !(systemTopic && node == &root);
        // '#' matches whatever is left, including nothing: "a/#" matches "a".
        if (node->hash && wildcards)
            visit(*node->hash);
        if (start > topic.size()) {
            visit(*node);
            continue;
        }
        const Level level = levelAt(topic, start);
        if (const auto it = node->children.find(toView(level.text)); it != node->children.end())
            pending.append(Pending{it->second.get(), level.next});
        if (node->plus && wildcards)
            pending.append(Pending{node->plus.get(), level.next});
    }
}

} // namespace

SubscriptionTree::SubscriptionTree()
    : m_root(std::make_unique<Node>())
    , m_sharedRoot(std::make_unique<Node>())
{}

// Iterative: nested destructors would recurse once per level, and a filter may
// have 32,768 of them.
SubscriptionTree::~SubscriptionTree()
{
    std::vector<std::unique_ptr<Node>> doomed;
    doomed.push_back(std::move(m_root));
    doomed.push_back(std::move(m_sharedRoot));
    while (!doomed.empty()) {
        std::unique_ptr<Node> node = std::move(doomed.back());
        doomed.pop_back();
        for (auto &[level, child] : node->children)
            doomed.push_back(std::move(child));
        if (node->plus)
            doomed.push_back(std::move(node->plus));
        if (node->hash)
            doomed.push_back(std::move(node->hash));
    }
}

bool SubscriptionTree::subscribe(SessionId session, QByteArrayView filter, const SubscriptionOptions &options)
{
    const FilterParts parts = splitFilter(filter);
    if (parts.filter.isEmpty())
        return false; // not a topic filter (MQTT-4.7.3-1)
    Node *node = parts.isShared() ? m_sharedRoot.get() : m_root.get();
    for (qsizetype start = 0; start <= parts.filter.size();) {
        const Level level = levelAt(parts.filter, start);
        node = &findOrAddChild(*node, level.text);
        start = level.next;
    }
    const bool added = parts.isShared() ? addMember(*node, parts.shareName, session, options)
                                        : addSubscriber(*node, session, options);
    if (added)
        ++m_count;
    return added;
}

bool SubscriptionTree::unsubscribe(SessionId session, QByteArrayView filter)
{
    const FilterParts parts = splitFilter(filter);
    if (parts.filter.isEmpty())
        return false;
    // Each step as (parent, level), to prune the nodes the removal leaves empty.
    QVarLengthArray<std::pair<Node *, QByteArrayView>, 16> path;
    Node *node = parts.isShared() ? m_sharedRoot.get() : m_root.get();
    for (qsizetype start = 0; start <= parts.filter.size();) {
        const Level level = levelAt(parts.filter, start);
        Node *child = findChild(*node, level.text);
        if (!child)
            return false;
        path.append(std::pair(node, level.text));
        node = child;
        start = level.next;
    }
    const bool removed =
        parts.isShared() ? removeMember(*node, parts.shareName, session) : removeSubscriber(*node, session);
    if (!removed)
        return false;
    --m_count;
    while (!path.isEmpty()) {
        const auto [parent, level] = path.back();
        path.removeLast();
        if (!findChild(*parent, level)->isEmpty())
            break;
        removeChild(*parent, level);
    }
    return true;
}

void SubscriptionTree::match(QByteArrayView topicName, QList<SubscriptionMatch> &out)
{
    if (topicName.isEmpty())
        return; // not a topic name (MQTT-4.7.3-1)
    forEachMatchingNode(*m_root, topicName, [&out](Node &node) {
        for (const Subscriber &s : node.subscribers)
            out.append(SubscriptionMatch{s.session, s.options});
    });
    forEachMatchingNode(*m_sharedRoot, topicName, [&out](Node &node) {
        for (SharedGroup &group : node.groups) {
            const Subscriber &member = group.members[group.next];
            out.append(SubscriptionMatch{member.session, member.options});
            group.next = (group.next + 1) % group.members.size();
        }
    });
}

const SubscriptionOptions *SubscriptionTree::find(SessionId session, QByteArrayView filter) const
{
    const FilterParts parts = splitFilter(filter);
    if (parts.filter.isEmpty())
        return nullptr;
    const Node *node = findNode(parts.isShared() ? *m_sharedRoot : *m_root, parts.filter);
    if (!node)
        return nullptr;
    if (parts.isShared()) {
        const SharedGroup *group = findGroup(*node, parts.shareName);
        const Subscriber *member = group ? findMember(*group, session) : nullptr;
        return member ? &member->options : nullptr;
    }
    const auto it = lowerBound(node->subscribers, session);
    return it != node->subscribers.end() && it->session == session ? &it->options : nullptr;
}

} // namespace homewire::broker
