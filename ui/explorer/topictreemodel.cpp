#include "topictreemodel.h"

#include "history/payload/payloadtext.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <algorithm>
#include <functional>

namespace homewire::ui {

using history::TopicNode;

namespace {

// Line breaks and tabs would make a one-line cell ragged; show their symbols.
QString visibleControls(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == u'\f')
            c = QChar(char16_t(0x2400 + c.unicode())); // U+2409, U+240A, U+240C, U+240D
    }
    return text;
}

// Spelled out rather than "%n topic(s)": plural forms need a loaded
// translation, and the untranslated English must read well too.
QString countText(quint64 count, const char *one, const char *many)
{
    return count == 1 ? TopicTreeModel::tr(one) : TopicTreeModel::tr(many).arg(QLocale().toString(count));
}

QString summaryText(const TopicNode &node)
{
    return TopicTreeModel::tr("%1, %2").arg(
        countText(node.subtreeTopicCount(), QT_TRANSLATE_NOOP("homewire::ui::TopicTreeModel", "1 topic"),
                  QT_TRANSLATE_NOOP("homewire::ui::TopicTreeModel", "%1 topics")),
        countText(node.subtreeMessageCount(), QT_TRANSLATE_NOOP("homewire::ui::TopicTreeModel", "1 message"),
                  QT_TRANSLATE_NOOP("homewire::ui::TopicTreeModel", "%1 messages")));
}

} // namespace

TopicTreeModel::TopicTreeModel(history::TopicStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    Q_ASSERT(store);
    setClock(nullptr);
    m_store->setListener(this);
    m_store->setBacklogApplyLimit(BacklogSlice);
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(100);
    connect(&m_applyTimer, &QTimer::timeout, this, &TopicTreeModel::applyQueue);
}

TopicTreeModel::~TopicTreeModel()
{
    m_store->setListener(nullptr);
}

void TopicTreeModel::setClock(const Clock *clock)
{
    if (!clock) {
        if (!m_ownClock)
            m_ownClock = std::make_unique<SystemClock>();
        clock = m_ownClock.get();
    }
    m_clock = clock;
}

void TopicTreeModel::setApplyInterval(int ms)
{
    m_applyTimer.setInterval(qMax(0, ms));
}

bool TopicTreeModel::isFlashing() const
{
    const qint64 latest = m_store->latestUpdateMs();
    return latest > 0 && m_clock->nowMs() - latest < m_flashMs;
}

// --- feeding --------------------------------------------------------------

void TopicTreeModel::appendMessages(const QList<mqtt::ApplicationMessage> &messages)
{
    if (messages.isEmpty())
        return;
    m_queue.append(messages);
    if (!m_applyTimer.isActive())
        m_applyTimer.start();
}

void TopicTreeModel::flush()
{
    m_applyTimer.stop();
    applyQueue();
}

void TopicTreeModel::applyQueue()
{
    if (!m_queue.isEmpty()) {
        QList<mqtt::ApplicationMessage> batch;
        batch.swap(m_queue);
        m_store->ingest(batch); // also applies a slice of a backlog, in order
        emit messagesApplied(int(batch.size()));
    } else if (!m_store->isPaused() && m_store->pendingCount() > 0) {
        m_store->applyBacklog();
        emit messagesApplied(0);
    }
    // Keep draining a backlog one slice per tick, so the window stays responsive.
    if (!m_store->isPaused() && m_store->pendingCount() > 0 && !m_applyTimer.isActive())
        m_applyTimer.start();
}

void TopicTreeModel::setPaused(bool paused)
{
    m_store->setPaused(paused); // resuming applies the first slice at once
    if (!paused && m_store->pendingCount() > 0 && !m_applyTimer.isActive())
        m_applyTimer.start();
}

void TopicTreeModel::clear()
{
    m_applyTimer.stop();
    m_queue.clear();
    m_store->clear();
}

// --- structure ------------------------------------------------------------

const TopicNode *TopicTreeModel::nodeForIndex(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_store->root();
    Q_ASSERT(index.model() == this);
    return static_cast<const TopicNode *>(index.internalPointer());
}

QModelIndex TopicTreeModel::indexForNode(const TopicNode *node, int column) const
{
    if (!node || node->isRoot())
        return {};
    return createIndex(node->row(), column, const_cast<TopicNode *>(node));
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const TopicNode *node = nodeForIndex(parent);
    if (row >= node->childCount())
        return {};
    return createIndex(row, column, const_cast<TopicNode *>(node->child(row)));
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexForNode(nodeForIndex(child)->parent());
}

QModelIndex TopicTreeModel::sibling(int row, int column, const QModelIndex &index) const
{
    // The same row in another column: no need to look the node up again.
    if (index.isValid() && row == index.row() && column >= 0 && column < ColumnCount)
        return createIndex(row, column, index.internalPointer());
    return QAbstractItemModel::sibling(row, column, index);
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const TopicNode *node = nodeForIndex(parent);
    return isFetched(node) ? node->childCount() : 0;
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool TopicTreeModel::hasChildren(const QModelIndex &parent) const
{
    return parent.column() <= 0 && nodeForIndex(parent)->childCount() > 0;
}

bool TopicTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const TopicNode *node = nodeForIndex(parent);
    return !isFetched(node) && node->childCount() > 0;
}

void TopicTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const TopicNode *node = nodeForIndex(parent);
    beginInsertRows(parent, 0, node->childCount() - 1);
    if (m_fetched.size() <= node->id())
        m_fetched.resize(std::max<std::size_t>(m_store->nodeIdBound(), node->id() + 1), false);
    m_fetched[node->id()] = true;
    endInsertRows();
}

void TopicTreeModel::forgetFetched(const TopicNode *node)
{
    // Node ids are reused after removal: a new node must start unfetched.
    std::vector<const TopicNode *> stack{node};
    while (!stack.empty()) {
        const TopicNode *n = stack.back();
        stack.pop_back();
        if (n->id() < m_fetched.size())
            m_fetched[n->id()] = false;
        for (int row = 0; row < n->childCount(); ++row)
            stack.push_back(n->child(row));
    }
}

Qt::ItemFlags TopicTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

// --- data -----------------------------------------------------------------

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TopicNode &node = *nodeForIndex(index);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(node, column);
    case Qt::ToolTipRole:
        return toolTipData(node, column);
    case Qt::TextAlignmentRole:
        if (column == MessagesColumn || column == QosColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // The count summary of a parent is not a value: keep it in the background.
        if (column == ValueColumn && !node.hasMessage())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case NodeRole:
        return QVariant::fromValue(&node);
    case TopicRole:
        return node.topic();
    case MessageRole:
        return node.hasMessage() ? QVariant::fromValue(node.lastMessage()) : QVariant();
    case UpdatedMsRole:
        return node.hasMessage() ? QVariant(node.updatedMs()) : QVariant();
    case FlashRole:
        return flashAt(node);
    case SortRole:
        return sortData(node, column);
    default:
        return {};
    }
}

QVariant TopicTreeModel::displayData(const TopicNode &node, int column) const
{
    switch (Column(column)) {
    case TopicColumn:
        return QString::fromUtf8(node.name());
    case ValueColumn:
        if (node.hasMessage())
            return previewText(node.payload());
        return QStringLiteral("(%1)").arg(summaryText(node));
    case MessagesColumn:
        return node.subtreeMessageCount();
    case QosColumn:
        return node.hasMessage() ? QVariant(int(node.qos())) : QVariant();
    case RetainedColumn:
        return node.hasMessage() && node.isRetained() ? tr("Yes") : QString();
    case UpdatedColumn: {
        if (!node.hasMessage())
            return {};
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(node.updatedMs());
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs());
        const QLocale locale;
        if (when.date() == now.date())
            return locale.toString(when.time(), QStringLiteral("HH:mm:ss"));
        return locale.toString(when, QLocale::ShortFormat);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TopicTreeModel::toolTipData(const TopicNode &node, int column) const
{
    QString text = QString::fromUtf8(node.topicView());
    if (node.name().isEmpty())
        text += QLatin1Char('\n') + tr("(an empty topic level)");
    if (node.childCount() > 0)
        text += QLatin1Char('\n') + summaryText(node);
    if (node.hasMessage()) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(node.updatedMs());
        text +=
            QLatin1Char('\n') + tr("Last message: %1, QoS %2%3, received %4")
                                    .arg(payload::humanSize(node.payload().size()))
                                    .arg(int(node.qos()))
                                    .arg(node.isRetained() ? tr(", retained") : QString())
                                    .arg(QLocale().toString(when, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
        if (column == ValueColumn)
            text += QLatin1Char('\n') + previewText(node.payload());
    }
    return text;
}

QVariant TopicTreeModel::sortData(const TopicNode &node, int column) const
{
    switch (Column(column)) {
    case TopicColumn:
    case ValueColumn:
        return displayData(node, column);
    case MessagesColumn:
        return node.subtreeMessageCount();
    case QosColumn:
        return node.hasMessage() ? int(node.qos()) : -1;
    case RetainedColumn:
        return node.hasMessage() ? int(node.isRetained()) : -1;
    case UpdatedColumn:
        return node.hasMessage() ? node.updatedMs() : qint64(0);
    case ColumnCount:
        break;
    }
    return {};
}

qreal TopicTreeModel::flashAt(const TopicNode &node) const
{
    if (!node.hasMessage())
        return 0.0;
    const qint64 age = m_clock->nowMs() - node.updatedMs();
    if (age <= 0)
        return 1.0; // stamped by a clock slightly ahead of ours
    if (age >= m_flashMs)
        return 0.0;
    return 1.0 - qreal(age) / m_flashMs;
}

QString TopicTreeModel::previewText(const QByteArray &payload)
{
    if (payload.isEmpty())
        return tr("(empty)");
    if (!payload::looksLikeText(payload, PreviewBytes))
        return tr("(%1 binary)").arg(payload::humanSize(payload.size()));
    const payload::TextExcerpt excerpt = payload::textExcerpt(payload, PreviewBytes);
    QString text = visibleControls(excerpt.text);
    if (excerpt.truncated)
        text += QChar(0x2026); // HORIZONTAL ELLIPSIS
    return text;
}

QVariant TopicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TopicColumn:
        return tr("Topic");
    case ValueColumn:
        return tr("Value");
    case MessagesColumn:
        return tr("Messages");
    case QosColumn:
        return tr("QoS");
    case RetainedColumn:
        return tr("Retained");
    case UpdatedColumn:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

// --- store listener -------------------------------------------------------

// A node has a row in the model when its parent is fetched; only then do
// its children's changes reach views.

void TopicTreeModel::beginInsertChildren(const TopicNode *parent, int first, int last)
{
    m_insert = Insert{parent, first, last, isFetched(parent)};
    if (m_insert.forwarded)
        beginInsertRows(indexForNode(parent), first, last);
}

void TopicTreeModel::endInsertChildren()
{
    const Insert insert = m_insert;
    m_insert = Insert();
    emit nodesInserted(insert.parent, insert.first, insert.last);
    if (insert.forwarded)
        endInsertRows();
    else if (insert.first == 0 && isFetched(insert.parent->parent()))
        m_gainedChildren.push_back(insert.parent);
}

void TopicTreeModel::childrenChanged(const TopicNode *parent, int first, int last)
{
    emit nodesChanged(parent, first, last);
    if (!isFetched(parent))
        return;
    const QModelIndex parentIndex = indexForNode(parent);
    emit dataChanged(index(first, 0, parentIndex), index(last, ColumnCount - 1, parentIndex));
}

void TopicTreeModel::batchApplied()
{
    // New rows that had no children when they were inserted now have some:
    // one ranged update per parent lets views draw their expand arrows.
    std::sort(m_gainedChildren.begin(), m_gainedChildren.end(), [](const TopicNode *a, const TopicNode *b) {
        if (a->parent() != b->parent())
            return std::less<const TopicNode *>()(a->parent(), b->parent());
        return a->row() < b->row();
    });
    for (std::size_t i = 0; i < m_gainedChildren.size();) {
        std::size_t j = i;
        while (j + 1 < m_gainedChildren.size() &&
               m_gainedChildren[j + 1]->parent() == m_gainedChildren[i]->parent())
            ++j;
        emit dataChanged(indexForNode(m_gainedChildren[i]), indexForNode(m_gainedChildren[j]));
        i = j + 1;
    }
    m_gainedChildren.clear();
}

void TopicTreeModel::beginRemoveChildren(const TopicNode *parent, int first, int last)
{
    emit nodesAboutToBeRemoved(parent, first, last);
    m_removeForwarded = isFetched(parent);
    if (m_removeForwarded)
        beginRemoveRows(indexForNode(parent), first, last);
    // Only now: while views handle rowsAboutToBeRemoved, the rows and their
    // fetched children are still what they were.
    for (int row = first; row <= last; ++row)
        forgetFetched(parent->child(row));
}

void TopicTreeModel::endRemoveChildren()
{
    if (m_removeForwarded)
        endRemoveRows();
    m_removeForwarded = false;
}

void TopicTreeModel::beginReset()
{
    m_gainedChildren.clear();
    beginResetModel();
}

void TopicTreeModel::endReset()
{
    m_fetched.clear();
    endResetModel();
}

} // namespace homewire::ui
