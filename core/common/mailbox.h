// Mailbox: hands batches of items from one thread to another.
//
// post() returns true when the mailbox was empty, i.e. when the receiver has
// to be woken; later posts ride along with that wake-up, so a burst of
// packets costs one cross-thread event, not one per packet.
#pragma once

#include <QMutex>
#include <QMutexLocker>
#include <utility>
#include <vector>

namespace homewire {

template<typename T> class Mailbox
{
public:
    bool post(T item)
    {
        QMutexLocker lock(&m_mutex);
        const bool wasEmpty = m_items.empty();
        m_items.push_back(std::move(item));
        return wasEmpty;
    }

    bool postAll(std::vector<T> &items)
    {
        QMutexLocker lock(&m_mutex);
        const bool wasEmpty = m_items.empty();
        if (wasEmpty) {
            m_items.swap(items);
        } else {
            for (T &item : items)
                m_items.push_back(std::move(item));
        }
        items.clear();
        return wasEmpty;
    }

    // Takes everything posted so far; `out` must be empty and is reused to
    // keep its capacity.
    void takeAll(std::vector<T> &out)
    {
        QMutexLocker lock(&m_mutex);
        out.swap(m_items);
    }

private:
    QMutex m_mutex;
    std::vector<T> m_items;
};

} // namespace homewire
