// TopicTreeModel: the topic explorer's tree, a thin QAbstractItemModel over
// a history::TopicStore.
//
// Messages are only queued by appendMessages(); a timer (100 ms by default)
// hands the queue to the store in one ingest(), and the store's listener
// calls become beginInsertRows/endInsertRows (one per parent per batch) and
// ranged dataChanged. New messages never reset the model. Display text is
// computed in data() for the rows a view paints, from at most the first
// PreviewBytes of a payload.
//
// Children are fetched lazily (canFetchMore/fetchMore): the model holds the
// rows of the root and of the nodes a view has expanded, so changes inside
// collapsed subtrees cost no signals. That matters: QTreeView looks up every
// changed index in its list of laid-out rows, so with a flat parent of 10^5
// expanded rows, one dataChanged per collapsed child would cost 10^5 x 10^5.
// The nodes*() signals report every change of the store, fetched or not, for
// those who follow the whole tree (TopicFilterProxy).
//
// Each row is a TopicNode (internalPointer); the store owns the nodes and
// must outlive the model.
//
// Not here: searching and hiding rows (topicfilterproxy.h), painting the
// change highlight (topictreedelegate.h), the message history view.
#pragma once

#include "common/clock.h"
#include "history/topicstore.h"

#include <QAbstractItemModel>
#include <QList>
#include <QTimer>
#include <memory>
#include <vector>

namespace homewire::ui {

class TopicTreeModel : public QAbstractItemModel, private history::TopicStoreListener
{
    Q_OBJECT

public:
    enum Column
    {
        TopicColumn,
        ValueColumn,
        MessagesColumn,
        QosColumn,
        RetainedColumn,
        UpdatedColumn,
        ColumnCount
    };

    enum Role
    {
        NodeRole = Qt::UserRole + 1, // const history::TopicNode *
        TopicRole,                   // QByteArray, the full topic ("home/kitchen/temp")
        MessageRole,                 // mqtt::ApplicationMessage, invalid without a message
        UpdatedMsRole,               // qint64 ms since the epoch, invalid without a message
        FlashRole,                   // qreal 0..1: how recently the topic changed
        SortRole,                    // a value per column that sorts right (numbers, times)
    };

    // Payload bytes the Value column decodes at most.
    static constexpr qsizetype PreviewBytes = 200;

    explicit TopicTreeModel(history::TopicStore *store, QObject *parent = nullptr);
    ~TopicTreeModel() override;

    history::TopicStore *store() const { return m_store; }

    // For FlashRole and the Updated column's "today"; must outlive the
    // model. Null: the system clock.
    void setClock(const Clock *clock);
    const Clock *clock() const { return m_clock; }
    void setApplyInterval(int ms);
    int applyInterval() const { return m_applyTimer.interval(); }
    // How long a change stays highlighted (FlashRole fades from 1 to 0).
    void setFlashDuration(int ms) { m_flashMs = qMax(1, ms); }
    int flashDuration() const { return m_flashMs; }
    // Whether some topic changed less than flashDuration() ago.
    bool isFlashing() const;
    qsizetype queuedCount() const { return m_queue.size(); }

    // Pauses the store (messages are buffered there, see TopicStore); the
    // backlog is applied in slices of BacklogSlice messages per timer tick
    // after resuming, so a large backlog does not freeze the window.
    static constexpr qsizetype BacklogSlice = 50'000;
    void setPaused(bool paused);
    bool isPaused() const { return m_store->isPaused(); }

    const history::TopicNode *nodeForIndex(const QModelIndex &index) const;
    QModelIndex indexForNode(const history::TopicNode *node, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The Value column's text for a payload: its first PreviewBytes as UTF-8
    // with control characters as visible symbols, "(empty)", or
    // "(16.0 MB binary)".
    static QString previewText(const QByteArray &payload);

public slots:
    // Queues; the timer applies the queue.
    void appendMessages(const QList<homewire::mqtt::ApplicationMessage> &messages);
    // Applies the queue now.
    void flush();
    // Forgets every topic and the queue.
    void clear();

signals:
    // After each batch reached the store (count messages, 0 for a backlog slice).
    void messagesApplied(int count);
    // Children first..last of `parent` were added to the store (emitted
    // before rowsInserted when the rows are fetched), changed (before
    // dataChanged), or are about to be removed (before rowsAboutToBeRemoved).
    void nodesInserted(const homewire::history::TopicNode *parent, int first, int last);
    void nodesChanged(const homewire::history::TopicNode *parent, int first, int last);
    void nodesAboutToBeRemoved(const homewire::history::TopicNode *parent, int first, int last);

private:
    void beginInsertChildren(const history::TopicNode *parent, int first, int last) override;
    void endInsertChildren() override;
    void childrenChanged(const history::TopicNode *parent, int first, int last) override;
    void beginRemoveChildren(const history::TopicNode *parent, int first, int last) override;
    void endRemoveChildren() override;
    void beginReset() override;
    void endReset() override;
    void batchApplied() override;

    bool isFetched(const history::TopicNode *node) const
    {
        return node->isRoot() || (node->id() < m_fetched.size() && m_fetched[node->id()]);
    }
    void forgetFetched(const history::TopicNode *node);

    void applyQueue();
    QVariant displayData(const history::TopicNode &node, int column) const;
    QVariant toolTipData(const history::TopicNode &node, int column) const;
    QVariant sortData(const history::TopicNode &node, int column) const;
    qreal flashAt(const history::TopicNode &node) const;

    history::TopicStore *m_store;
    const Clock *m_clock;
    std::unique_ptr<Clock> m_ownClock;
    QList<mqtt::ApplicationMessage> m_queue;
    QTimer m_applyTimer;
    int m_flashMs = 1000;

    std::vector<bool> m_fetched; // by node id: the rows of its children are in the model
    struct Insert
    {
        const history::TopicNode *parent = nullptr;
        int first = 0;
        int last = -1;
        bool forwarded = false;
    } m_insert;                     // between beginInsertChildren and endInsertChildren
    bool m_removeForwarded = false; // between beginRemoveChildren and endRemoveChildren
    // Unfetched nodes that got their first children in this batch: their
    // rows must repaint the expand decoration.
    std::vector<const history::TopicNode *> m_gainedChildren;
};

} // namespace homewire::ui

Q_DECLARE_METATYPE(const homewire::history::TopicNode *)
