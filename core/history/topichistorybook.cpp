#include "topichistorybook_p.h"

#include <algorithm>

namespace homewire::history {

void TopicHistoryBook::setLimits(int maxMessages, qint64 maxBytes, qint64 totalBytes)
{
    m_maxMessages = std::max(1, maxMessages);
    m_maxBytes = std::max<qint64>(0, maxBytes);
    m_totalLimit = std::max<qint64>(0, totalBytes);
    // Trim what was kept under the old limits. Collect first: trimming may
    // release histories and so change the ring being walked.
    QList<TopicHistory *> all;
    if (TopicHistory *first = m_hand) {
        TopicHistory *h = first;
        do {
            all.append(h);
            h = h->next;
        } while (h != first);
    }
    for (TopicHistory *h : std::as_const(all))
        trim(*h, h->owner->m_payload.size());
    enforceBudget();
}

void TopicHistoryBook::keepLast(TopicNode &node, qint64 newPayloadBytes)
{
    if (m_maxMessages <= 1)
        return;
    if (!node.m_extra)
        node.m_extra = std::make_unique<TopicNodeExtra>();
    std::unique_ptr<TopicHistory> &slot = node.m_extra->history;
    if (!slot) {
        slot = std::make_unique<TopicHistory>();
        TopicHistory *h = slot.get();
        h->owner = &node;
        if (m_hand) {
            // Insert just before the hand: the newest history is the last to lose an entry.
            h->next = m_hand;
            h->prev = m_hand->prev;
            m_hand->prev->next = h;
            m_hand->prev = h;
        } else {
            h->next = h->prev = h;
            m_hand = h;
        }
    }
    TopicHistory &history = *slot;
    history.entries.append(HistoryEntry{node.m_payload, node.m_updatedMs, node.qos(), node.isRetained()});
    history.payloadBytes += node.m_payload.size();
    m_total += node.m_payload.size() + EntryOverhead;
    ++m_entries;
    trim(history, newPayloadBytes);
    enforceBudget();
}

void TopicHistoryBook::trim(TopicHistory &history, qint64 lastPayloadBytes)
{
    // The last message counts against both limits but is never dropped.
    while (!history.entries.isEmpty() && (history.entries.size() + 1 > m_maxMessages ||
                                          history.payloadBytes + lastPayloadBytes > m_maxBytes)) {
        dropOldest(history);
    }
    releaseIfEmpty(history);
}

void TopicHistoryBook::enforceBudget()
{
    while (m_total > m_totalLimit && m_hand) {
        TopicHistory &history = *m_hand;
        m_hand = m_hand->next;
        dropOldest(history);
        releaseIfEmpty(history);
    }
}

void TopicHistoryBook::dropOldest(TopicHistory &history)
{
    const qint64 bytes = history.entries.constFirst().payload.size();
    history.entries.removeFirst();
    history.payloadBytes -= bytes;
    m_total -= bytes + EntryOverhead;
    --m_entries;
}

void TopicHistoryBook::releaseIfEmpty(TopicHistory &history)
{
    if (!history.entries.isEmpty())
        return;
    unlink(history);
    TopicNode &node = *history.owner;
    node.m_extra->history.reset(); // deletes `history`
    if (node.m_extra->isUnused())
        node.m_extra.reset();
}

void TopicHistoryBook::unlink(TopicHistory &history)
{
    if (history.next == &history) {
        m_hand = nullptr;
    } else {
        history.prev->next = history.next;
        history.next->prev = history.prev;
        if (m_hand == &history)
            m_hand = history.next;
    }
    history.next = history.prev = nullptr;
}

void TopicHistoryBook::forget(TopicNode &node)
{
    if (!node.m_extra || !node.m_extra->history)
        return;
    TopicHistory &history = *node.m_extra->history;
    for (const HistoryEntry &entry : std::as_const(history.entries))
        m_total -= entry.payload.size() + EntryOverhead;
    m_entries -= history.entries.size();
    unlink(history);
    node.m_extra->history.reset();
}

void TopicHistoryBook::clear()
{
    m_hand = nullptr;
    m_total = 0;
    m_entries = 0;
}

QList<mqtt::ApplicationMessage> TopicHistoryBook::messages(const TopicNode &node) const
{
    QList<mqtt::ApplicationMessage> result;
    if (!node.hasMessage())
        return result;
    const QByteArray topic = node.topic();
    if (node.m_extra && node.m_extra->history) {
        const QList<HistoryEntry> &entries = node.m_extra->history->entries;
        result.reserve(entries.size() + 1);
        for (const HistoryEntry &entry : entries)
            result.append(
                mqtt::ApplicationMessage{topic, entry.payload, entry.qos, entry.retained, entry.receivedMs});
    }
    result.append(node.lastMessage());
    return result;
}

} // namespace homewire::history
