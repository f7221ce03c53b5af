// The DeviceRuntime's two bounded memories: RecentMessages (the last message
// on each topic a convention sees, so an entity accepted later starts from
// it) and RecognizedDevices (the last Device each convention reported, for
// reannounce()). Plain data; used on the runtime's thread only.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <homewire/device.h>
#include <list>
#include <utility>

namespace homewire::devices {

// What a kept message costs beyond its topic and payload bytes: its node in
// the list and in the index. Keeps a flood of tiny messages bounded too.
inline constexpr qsizetype RecentEntryOverhead = 64;
// The devices a reannounce() can bring back: the most recently recognized.
inline constexpr qsizetype RecognizedMax = 2'000;

// The last message on each topic a convention sees, so an entity accepted
// (or redefined) later starts from it. A device's retained state arrives with
// its discovery, before the user (or autoAdd) accepts it; its state topic is
// then already covered by the convention's subscription, so the broker will
// not send it again. Bounded by bytes (topics and payloads): the topics
// updated least recently make room for new ones, in O(1) per message.
class RecentMessages
{
public:
    struct Message
    {
        QByteArray payload;
        qint64 receivedMs = 0;
        bool retained = false;
        quint64 order = 0; // rises with every update: replays go oldest first
    };

    explicit RecentMessages(qsizetype budgetBytes)
        : m_budget(budgetBytes)
    {}

    void setBudget(qsizetype bytes)
    {
        m_budget = bytes;
        shrink();
    }
    void clear()
    {
        m_index.clear();
        m_entries.clear();
        m_bytes = 0;
    }
    const Message *find(const QByteArray &topic) const
    {
        const auto it = m_index.constFind(topic);
        return it == m_index.cend() ? nullptr : &(*it)->message;
    }

    void keep(const QByteArray &topic, const QByteArray &payload, qint64 receivedMs, bool retained)
    {
        // An empty payload deletes a retained message: nothing to start from.
        // One beyond the whole budget cannot be kept.
        const qsizetype cost = costOf(topic, payload);
        if (payload.isEmpty() || cost > m_budget) {
            forget(topic);
            return;
        }
        auto it = m_index.find(topic);
        if (it == m_index.end()) {
            m_entries.push_back(Entry{topic, Message()});
            it = m_index.insert(topic, std::prev(m_entries.end()));
        } else {
            m_bytes -= costOf(topic, (*it)->message.payload);
            m_entries.splice(m_entries.end(), m_entries, *it); // now the most recently updated
        }
        (*it)->message = Message{payload, receivedMs, retained, ++m_lastOrder};
        m_bytes += cost;
        shrink(); // never this one: it fits the budget on its own, and goes last
    }

private:
    struct Entry
    {
        QByteArray topic;
        Message message;
    };

    static qsizetype costOf(const QByteArray &topic, const QByteArray &payload)
    {
        return topic.size() + payload.size() + RecentEntryOverhead;
    }
    void forget(const QByteArray &topic)
    {
        const auto it = m_index.find(topic);
        if (it == m_index.end())
            return;
        m_bytes -= costOf((*it)->topic, (*it)->message.payload);
        m_entries.erase(*it);
        m_index.erase(it);
    }
    void shrink()
    {
        while (m_bytes > m_budget && !m_entries.empty())
            forget(m_entries.front().topic);
    }

    std::list<Entry> m_entries; // least recently updated first
    QHash<QByteArray, std::list<Entry>::iterator> m_index;
    qsizetype m_bytes = 0;
    qsizetype m_budget;
    quint64 m_lastOrder = 0;
};

// The last Device each recognized, for reannounce(): recognizers report a
// device only when it changes, so one the user removed would not come back
// while the connection lasts. Bounded: the least recently recognized go.
class RecognizedDevices
{
public:
    void clear()
    {
        m_index.clear();
        m_order.clear();
    }
    void remember(const Device &device)
    {
        forget(device.id);
        m_order.push_back(device.id);
        m_index.insert(device.id, {device, std::prev(m_order.end())});
        while (qsizetype(m_order.size()) > RecognizedMax)
            forget(m_order.front());
    }
    void forget(const QString &id)
    {
        const auto it = m_index.find(id);
        if (it == m_index.end())
            return;
        m_order.erase(it->second);
        m_index.erase(it);
    }
    const Device *find(const QString &id) const
    {
        const auto it = m_index.constFind(id);
        return it == m_index.cend() ? nullptr : &it->first;
    }

private:
    std::list<QString> m_order; // least recently recognized first
    QHash<QString, std::pair<Device, std::list<QString>::iterator>> m_index;
};

} // namespace homewire::devices
