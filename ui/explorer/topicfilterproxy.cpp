#include "topicfilterproxy.h"

#include "topictreemodel.h"

#include <QElapsedTimer>

namespace homewire::ui {

using history::TopicMatcher;
using history::TopicNode;

namespace {

// Nodes evaluated between two looks at the clock.
constexpr int NodesPerClockCheck = 16;

} // namespace

void TopicFilterProxy::Marks::clear()
{
    self.clear();
    below.clear();
    matches = 0;
}

void TopicFilterProxy::Marks::ensure(quint32 idBound)
{
    if (self.size() < idBound) {
        self.resize(idBound, 0);
        below.resize(idBound, 0);
    }
}

TopicFilterProxy::TopicFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TopicTreeModel::SortRole);
    m_stepTimer.setSingleShot(true);
    m_stepTimer.setInterval(0);
    connect(&m_stepTimer, &QTimer::timeout, this, &TopicFilterProxy::step);
    // Visibility changes of ancestors are applied once per event-loop turn,
    // not once per inserted row.
    m_invalidateTimer.setSingleShot(true);
    m_invalidateTimer.setInterval(0);
    connect(&m_invalidateTimer, &QTimer::timeout, this, [this] { invalidateRowsFilter(); });
}

TopicFilterProxy::~TopicFilterProxy() = default;

void TopicFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    stopWalk();
    m_applied.clear();
    m_model = qobject_cast<TopicTreeModel *>(model);
    Q_ASSERT_X(!model || m_model, "TopicFilterProxy", "the source model must be a TopicTreeModel");
    if (m_model) {
        // The model emits these before the matching row signals, so the marks
        // of new rows are ready when QSortFilterProxyModel asks about them.
        m_connections = {
            connect(m_model, &TopicTreeModel::nodesInserted, this, &TopicFilterProxy::onNodesInserted),
            connect(m_model, &TopicTreeModel::nodesChanged, this, &TopicFilterProxy::onNodesChanged),
            connect(m_model, &TopicTreeModel::nodesAboutToBeRemoved, this,
                    &TopicFilterProxy::onNodesAboutToBeRemoved),
            connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                    &TopicFilterProxy::onModelAboutToBeReset),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
    // The applied marks belonged to the old model; match again (or for the
    // first time, when a query was set before the model).
    if (m_filtering || !m_pendingMatcher.isEmpty())
        restartWalk();
}

void TopicFilterProxy::setMatcher(const TopicMatcher &matcher)
{
    if (matcher.isEmpty()) {
        stopWalk();
        m_pendingMatcher = TopicMatcher();
        m_appliedMatcher = matcher;
        m_applied.clear();
        m_filtering = false;
        invalidateRowsFilter();
        emit filterFinished(0);
        return;
    }
    // A running walk starts over with the new matcher: still one run to the
    // listeners (filteringChanged is not toggled). Without a model yet,
    // setSourceModel() starts it.
    m_pendingMatcher = matcher;
    restartWalk();
}

void TopicFilterProxy::setHideSystemTopics(bool hide)
{
    if (hide == m_hideSystem)
        return;
    m_hideSystem = hide;
    invalidateRowsFilter();
}

bool TopicFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model)
        return true;
    const TopicNode *parent = m_model->nodeForIndex(sourceParent);
    if (sourceRow < 0 || sourceRow >= parent->childCount())
        return false;
    const TopicNode *node = parent->child(sourceRow);
    if (m_hideSystem && parent->isRoot() && node->name().startsWith('$'))
        return false;
    return !m_filtering || m_applied.accepts(node->id());
}

// --- the walk -------------------------------------------------------------

void TopicFilterProxy::restartWalk()
{
    if (m_pendingMatcher.isEmpty() && m_filtering)
        m_pendingMatcher = m_appliedMatcher;
    if (m_pendingMatcher.isEmpty() || !m_model)
        return;
    m_pending.clear();
    m_pending.ensure(m_model->store()->nodeIdBound());
    m_walk.assign(1, WalkFrame{m_model->store()->root(), 0});
    m_visited = 0;
    const bool wasRunning = m_running;
    m_running = true;
    m_stepTimer.start();
    if (!wasRunning)
        emit filteringChanged(true);
}

void TopicFilterProxy::stopWalk()
{
    m_stepTimer.stop();
    m_walk.clear();
    m_pending.clear();
    if (m_running) {
        m_running = false;
        emit filteringChanged(false);
    }
}

void TopicFilterProxy::step()
{
    if (!m_running || !m_model)
        return;
    QElapsedTimer clock;
    clock.start();
    int sinceCheck = 0;
    int evaluated = 0;
    while (!m_walk.empty()) {
        WalkFrame &frame = m_walk.back();
        if (frame.next >= frame.node->childCount()) {
            m_walk.pop_back();
            continue;
        }
        const TopicNode *child = frame.node->child(frame.next++);
        evaluate(m_pending, m_pendingMatcher, child);
        ++m_visited;
        if (child->childCount() > 0)
            m_walk.push_back(WalkFrame{child, 0}); // `frame` is not used past this point
        if (++evaluated == m_sliceNodeLimit)
            break;
        if (++sinceCheck == NodesPerClockCheck) {
            sinceCheck = 0;
            if (clock.elapsed() >= m_sliceMs)
                break;
        }
    }
    if (m_walk.empty()) {
        finish();
        return;
    }
    emit filterProgress(m_visited, m_model->store()->nodeCount());
    m_stepTimer.start();
}

void TopicFilterProxy::finish()
{
    m_applied = std::move(m_pending);
    m_pending.clear();
    m_appliedMatcher = m_pendingMatcher;
    m_pendingMatcher = TopicMatcher();
    m_filtering = true;
    m_running = false;
    m_invalidateTimer.stop();
    invalidateRowsFilter();
    emit filterProgress(m_visited, m_visited);
    emit filterFinished(m_applied.matches);
    emit filteringChanged(false);
}

// --- marks ----------------------------------------------------------------

bool TopicFilterProxy::evaluate(Marks &marks, const TopicMatcher &matcher, const TopicNode *node)
{
    // Ancestors may have larger ids than the node (ids are reused): size for all.
    marks.ensure(m_model->store()->nodeIdBound());
    quint8 &self = marks.self[node->id()];
    if (self & Marks::Evaluated)
        return false;
    self |= Marks::Evaluated;
    if (!matcher.matches(*node))
        return false;
    self |= Marks::Matches;
    ++marks.matches;
    return addBelow(marks, node->parent(), 1);
}

bool TopicFilterProxy::evaluateSubtree(Marks &marks, const TopicMatcher &matcher, const TopicNode *node)
{
    bool flipped = false;
    std::vector<const TopicNode *> stack{node};
    while (!stack.empty()) {
        const TopicNode *n = stack.back();
        stack.pop_back();
        flipped |= evaluate(marks, matcher, n);
        for (int row = 0; row < n->childCount(); ++row)
            stack.push_back(n->child(row));
    }
    return flipped;
}

bool TopicFilterProxy::reevaluate(Marks &marks, const TopicMatcher &matcher, const TopicNode *node)
{
    if (node->id() >= marks.self.size() || !(marks.self[node->id()] & Marks::Evaluated))
        return false; // not seen yet: it will be evaluated when it is
    quint8 &self = marks.self[node->id()];
    const bool before = self & Marks::Matches;
    const bool now = matcher.matches(*node);
    if (before == now)
        return false;
    self ^= Marks::Matches;
    marks.matches += now ? 1 : -1;
    // The node's own row is re-filtered by QSortFilterProxyModel's dataChanged handling.
    return addBelow(marks, node->parent(), now ? 1 : -1);
}

bool TopicFilterProxy::addBelow(Marks &marks, const TopicNode *from, qint64 delta)
{
    bool flipped = false;
    for (const TopicNode *n = from; n && !n->isRoot(); n = n->parent()) {
        const bool before = marks.accepts(n->id());
        marks.below[n->id()] = quint32(qint64(marks.below[n->id()]) + delta);
        flipped |= before != marks.accepts(n->id());
    }
    return flipped;
}

bool TopicFilterProxy::forgetSubtree(Marks &marks, const TopicNode *node)
{
    // The ids of removed nodes are reused by the store: clear their marks.
    qint64 removed = 0;
    std::vector<const TopicNode *> stack{node};
    while (!stack.empty()) {
        const TopicNode *n = stack.back();
        stack.pop_back();
        if (n->id() < marks.self.size()) {
            if (marks.self[n->id()] & Marks::Matches)
                ++removed;
            marks.self[n->id()] = 0;
            marks.below[n->id()] = 0;
        }
        for (int row = 0; row < n->childCount(); ++row)
            stack.push_back(n->child(row));
    }
    marks.matches -= removed;
    return removed > 0 && addBelow(marks, node->parent(), -removed);
}

// --- source model changes -------------------------------------------------

void TopicFilterProxy::onNodesInserted(const TopicNode *parent, int first, int last)
{
    bool flipped = false;
    for (int row = first; row <= last; ++row) {
        const TopicNode *node = parent->child(row);
        if (m_filtering)
            flipped |= evaluateSubtree(m_applied, m_appliedMatcher, node);
        if (m_running)
            evaluateSubtree(m_pending, m_pendingMatcher, node);
    }
    if (flipped)
        scheduleInvalidate();
}

void TopicFilterProxy::onNodesChanged(const TopicNode *parent, int first, int last)
{
    const bool applied = m_filtering && m_appliedMatcher.looksAtPayload();
    const bool pending = m_running && m_pendingMatcher.looksAtPayload();
    if (!applied && !pending)
        return; // topics do not change, so neither do topic matches
    bool flipped = false;
    for (int row = first; row <= last; ++row) {
        const TopicNode *node = parent->child(row);
        if (applied)
            flipped |= reevaluate(m_applied, m_appliedMatcher, node);
        if (pending)
            reevaluate(m_pending, m_pendingMatcher, node);
    }
    if (flipped)
        scheduleInvalidate();
}

void TopicFilterProxy::onNodesAboutToBeRemoved(const TopicNode *parent, int first, int last)
{
    bool flipped = false;
    for (int row = first; row <= last; ++row) {
        if (m_filtering)
            flipped |= forgetSubtree(m_applied, parent->child(row));
    }
    // The walk may hold removed nodes; start it over (removals are rare).
    if (m_running)
        restartWalk();
    if (flipped)
        scheduleInvalidate();
}

void TopicFilterProxy::onModelAboutToBeReset()
{
    m_applied.clear();
    if (m_running)
        restartWalk();
}

void TopicFilterProxy::scheduleInvalidate()
{
    if (!m_invalidateTimer.isActive())
        m_invalidateTimer.start();
}

} // namespace homewire::ui
