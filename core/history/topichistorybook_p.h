// Internal to TopicStore: the older messages of every topic, and the extra
// block a node allocates only when it needs a history or a child index.
//
// Each topic keeps at most maxMessages messages and maxBytes payload bytes,
// its last message included; the last message is always kept, however large.
// On top of that the histories of all topics share one budget (totalBytes):
// a million topics that each keep 100 messages would otherwise need gigabytes.
// Over the budget, the oldest entry of one history after another is dropped,
// round robin over a ring of all histories, so no topic loses everything
// while others keep 100 entries. Entries cost their payload plus a fixed
// estimate of the bookkeeping, so floods of tiny messages are bounded too.
#pragma once

#include "probetable_p.h"
#include "topicnode.h"

#include <QList>

namespace homewire::history {

struct HistoryEntry
{
    QByteArray payload;
    qint64 receivedMs = 0;
    mqtt::QoS qos = mqtt::QoS::AtMostOnce;
    bool retained = false;
};

struct TopicHistory
{
    QList<HistoryEntry> entries; // oldest first; the node holds the newest message
    qint64 payloadBytes = 0;
    TopicNode *owner = nullptr;
    TopicHistory *prev = nullptr; // ring of all histories, for the shared budget
    TopicHistory *next = nullptr;
};

struct TopicNodeExtra
{
    std::unique_ptr<TopicHistory> history;
    // Rows + 1 of the children by name, only for nodes with many children
    // (see TopicStore::findChild).
    ProbeTable<quint32> childRows;

    bool isUnused() const { return !history && childRows.isEmpty(); }
};

class TopicHistoryBook
{
public:
    // Bookkeeping per entry counted against the shared budget: the entry in
    // its list plus the payload's heap header and rounding.
    static constexpr qint64 EntryOverhead = 64;

    TopicHistoryBook() = default;
    TopicHistoryBook(const TopicHistoryBook &) = delete;
    TopicHistoryBook &operator=(const TopicHistoryBook &) = delete;

    // Applies new limits to the histories kept so far, too.
    void setLimits(int maxMessages, qint64 maxBytes, qint64 totalBytes);
    int maxMessages() const { return m_maxMessages; }
    qint64 maxBytes() const { return m_maxBytes; }
    qint64 totalBytesLimit() const { return m_totalLimit; }

    // Called just before `node`'s last message is replaced by one with
    // `newPayloadBytes` of payload: keeps the old one as history.
    void keepLast(TopicNode &node, qint64 newPayloadBytes);
    // The node is about to be deleted.
    void forget(TopicNode &node);
    // Every node is about to be deleted.
    void clear();

    // Oldest first, ending with the last message.
    QList<mqtt::ApplicationMessage> messages(const TopicNode &node) const;

    qint64 bytesUsed() const { return m_total; }
    qsizetype entryCount() const { return m_entries; }

private:
    void trim(TopicHistory &history, qint64 lastPayloadBytes);
    void enforceBudget();
    void dropOldest(TopicHistory &history);
    void releaseIfEmpty(TopicHistory &history);
    void unlink(TopicHistory &history);

    int m_maxMessages = 100;
    qint64 m_maxBytes = 4 * 1024 * 1024;
    qint64 m_totalLimit = 256 * 1024 * 1024;
    qint64 m_total = 0;
    qsizetype m_entries = 0;
    TopicHistory *m_hand = nullptr; // next history to give up an entry; null when none
};

} // namespace homewire::history
