// Internal to TopicStore: a hash set by byte-string key that stores only
// slots (a node pointer, or a child's row + 1) and reads the key through the
// slot, so a million topics cost 8 bytes a slot (plus 4 for the slot's hash)
// rather than a QHash entry with its key (24 + 8 bytes plus spans). Linear
// probing, at most 3/4 full, backward-shift deletion (no tombstones). A slot
// value of 0 means empty.
//
// Each slot's 32-bit hash is kept next to it: growing the table then moves
// slots without reading their keys (a rehash of 786,432 topics went from
// ~80 ms, a cache miss and a hash per topic, to a few ms, a GUI stall the
// explorer benchmark showed), and probes compare hashes before keys.
//
// The key of a slot is read through a `keyOf(slot)` callable passed to each
// call, so the table itself holds no pointers to its owner. Seeded with Qt's
// per-process hash seed, so hostile topics cannot be crafted to collide.
#pragma once

#include <QByteArrayView>
#include <QHashFunctions>
#include <bit>
#include <memory>

namespace homewire::history {

template<typename Slot> class ProbeTable
{
public:
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    qsizetype capacity() const { return m_slots ? qsizetype(m_mask) + 1 : 0; }

    template<typename KeyOf> Slot find(QByteArrayView key, const KeyOf &keyOf) const
    {
        if (!m_slots)
            return Slot{};
        const quint32 h = hash(key);
        for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot slot = m_slots[i];
            if (slot == Slot{} || (m_hashes[i] == h && keyOf(slot) == key))
                return slot;
        }
    }

    // `slot`'s key must not be in the table yet.
    template<typename KeyOf> void insert(Slot slot, const KeyOf &keyOf)
    {
        if (!m_slots || (m_size + 1) * 4 > capacity() * 3)
            rehash(std::max<std::size_t>(16, std::size_t(capacity()) * 2));
        place(slot, hash(keyOf(slot)));
        ++m_size;
    }

    // Makes room for `count` slots at once (before a bulk insert).
    template<typename KeyOf> void reserve(qsizetype count, const KeyOf &)
    {
        const std::size_t wanted = std::bit_ceil(std::size_t(count) * 4 / 3 + 1);
        if (qsizetype(wanted) > capacity())
            rehash(std::max<std::size_t>(16, wanted));
    }

    template<typename KeyOf> bool remove(QByteArrayView key, const KeyOf &keyOf)
    {
        if (!m_slots)
            return false;
        const quint32 h = hash(key);
        std::size_t i = h & m_mask;
        for (;; i = (i + 1) & m_mask) {
            if (m_slots[i] == Slot{})
                return false;
            if (m_hashes[i] == h && keyOf(m_slots[i]) == key)
                break;
        }
        // Backward shift: pull later slots of the same probe run into the hole.
        for (std::size_t j = (i + 1) & m_mask; m_slots[j] != Slot{}; j = (j + 1) & m_mask) {
            const std::size_t home = m_hashes[j] & m_mask;
            // Move slot j into the hole i unless its home lies cyclically in (i, j].
            const bool homeBetween = i <= j ? (home > i && home <= j) : (home > i || home <= j);
            if (!homeBetween) {
                m_slots[i] = m_slots[j];
                m_hashes[i] = m_hashes[j];
                i = j;
            }
        }
        m_slots[i] = Slot{};
        --m_size;
        return true;
    }

    void clear()
    {
        m_slots.reset();
        m_hashes.reset();
        m_mask = 0;
        m_size = 0;
    }

    // Every slot, in table order.
    template<typename Visit> void forEach(const Visit &visit) const
    {
        for (qsizetype i = 0; i < capacity(); ++i) {
            if (m_slots[i] != Slot{})
                visit(m_slots[i]);
        }
    }

private:
    static quint32 hash(QByteArrayView key) { return quint32(qHash(key, QHashSeed::globalSeed())); }

    void place(Slot slot, quint32 h)
    {
        std::size_t i = h & m_mask;
        while (m_slots[i] != Slot{})
            i = (i + 1) & m_mask;
        m_slots[i] = slot;
        m_hashes[i] = h;
    }

    void rehash(std::size_t newCapacity)
    {
        std::unique_ptr<Slot[]> old = std::move(m_slots);
        std::unique_ptr<quint32[]> oldHashes = std::move(m_hashes);
        const std::size_t oldCapacity = old ? std::size_t(m_mask) + 1 : 0;
        m_slots = std::make_unique<Slot[]>(newCapacity); // value-initialised: all empty
        m_hashes = std::make_unique_for_overwrite<quint32[]>(newCapacity);
        m_mask = quint32(newCapacity - 1);
        for (std::size_t i = 0; i < oldCapacity; ++i) {
            if (old[i] != Slot{})
                place(old[i], oldHashes[i]);
        }
    }

    std::unique_ptr<Slot[]> m_slots;
    std::unique_ptr<quint32[]> m_hashes; // the hash of each slot's key
    quint32 m_mask = 0;
    quint32 m_size = 0;
};

} // namespace homewire::history
