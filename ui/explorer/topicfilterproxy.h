// TopicFilterProxy: the explorer's search box and "$SYS" toggle over a
// TopicTreeModel, without freezing the window on a million topics.
//
// A new query is matched against every node in slices of at most sliceMs()
// of work per event-loop turn (progress is reported, a newer query cancels
// the running one). The results are kept as marks indexed by node id: whether
// a node matches and how many matching nodes lie below it, so
// filterAcceptsRow() is O(1) (a row is shown when it matches or has a
// matching descendant). Only when the whole tree is marked does the proxy
// switch to the new results and re-filter; until then it keeps showing the
// previous ones. Topics are matched as they reach the store, whether or
// not their rows are fetched into the model (TopicTreeModel::nodesInserted),
// and when the query looks at payloads, changed topics are matched again.
//
// recursiveFilteringEnabled stays off: it would walk every descendant of
// every row on each change.
//
// Not here: what matches (history::TopicMatcher), the model.
#pragma once

#include "history/topicmatcher.h"

#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <vector>

namespace homewire::history {
class TopicNode;
}

namespace homewire::ui {

class TopicTreeModel;

class TopicFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int DefaultSliceMs = 15;

    explicit TopicFilterProxy(QObject *parent = nullptr);
    ~TopicFilterProxy() override;

    // Must be a TopicTreeModel (or null).
    void setSourceModel(QAbstractItemModel *model) override;
    TopicTreeModel *topicModel() const { return m_model; }

    // Starts matching `matcher` (an empty one shows everything, at once).
    void setMatcher(const history::TopicMatcher &matcher);
    // The matcher whose results are shown.
    const history::TopicMatcher &appliedMatcher() const { return m_appliedMatcher; }
    bool isFiltering() const { return m_running; }
    // Nodes matching the applied matcher (not counting their ancestors).
    qsizetype matchCount() const { return m_applied.matches; }

    void setHideSystemTopics(bool hide);
    bool hidesSystemTopics() const { return m_hideSystem; }

    // Work per event-loop turn: at most sliceMs() of it, and at most
    // sliceNodeLimit() nodes (0: no limit).
    void setSliceMs(int ms) { m_sliceMs = qMax(1, ms); }
    int sliceMs() const { return m_sliceMs; }
    void setSliceNodeLimit(int nodes) { m_sliceNodeLimit = qMax(0, nodes); }
    int sliceNodeLimit() const { return m_sliceNodeLimit; }

signals:
    void filterProgress(qsizetype visited, qsizetype total);
    void filterFinished(qsizetype matches);
    void filteringChanged(bool running);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // What one matcher says about the nodes, by node id.
    struct Marks
    {
        enum : quint8
        {
            Evaluated = 0x1,
            Matches = 0x2,
        };
        std::vector<quint8> self;
        std::vector<quint32> below; // matching nodes strictly below
        qsizetype matches = 0;

        bool accepts(quint32 id) const { return id < self.size() && ((self[id] & Matches) || below[id] > 0); }
        void clear();
        void ensure(quint32 idBound);
    };
    struct WalkFrame
    {
        const history::TopicNode *node;
        int next;
    };

    void restartWalk();
    void step();
    void finish();
    void stopWalk();

    bool evaluate(Marks &marks, const history::TopicMatcher &matcher, const history::TopicNode *node);
    bool evaluateSubtree(Marks &marks, const history::TopicMatcher &matcher, const history::TopicNode *node);
    bool reevaluate(Marks &marks, const history::TopicMatcher &matcher, const history::TopicNode *node);
    bool addBelow(Marks &marks, const history::TopicNode *from, qint64 delta);
    bool forgetSubtree(Marks &marks, const history::TopicNode *node);

    void onNodesInserted(const history::TopicNode *parent, int first, int last);
    void onNodesChanged(const history::TopicNode *parent, int first, int last);
    void onNodesAboutToBeRemoved(const history::TopicNode *parent, int first, int last);
    void onModelAboutToBeReset();
    void scheduleInvalidate();

    QPointer<TopicTreeModel> m_model;
    QList<QMetaObject::Connection> m_connections;

    history::TopicMatcher m_appliedMatcher;
    Marks m_applied;
    bool m_filtering = false; // m_applied is in use (the applied matcher is not empty)

    history::TopicMatcher m_pendingMatcher;
    Marks m_pending;
    std::vector<WalkFrame> m_walk;
    qsizetype m_visited = 0;
    bool m_running = false;

    bool m_hideSystem = false;
    int m_sliceMs = DefaultSliceMs;
    int m_sliceNodeLimit = 0;
    QTimer m_stepTimer;
    QTimer m_invalidateTimer;
};

} // namespace homewire::ui
