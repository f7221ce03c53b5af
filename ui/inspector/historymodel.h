// HistoryModel: the messages of the inspected topic, newest first, bounded.
//
// It is the inspector's store of messages: every entry carries a serial
// number, so the inspector can follow "the message shown" while new messages
// push rows down and old ones fall off the end. A new message is one row
// insert (and at most one remove); only a new topic resets the model.
//
// Not here: decoding payloads (previews are bounded one-liners from core).
#pragma once

#include "mqtt/applicationmessage.h"

#include <QAbstractTableModel>
#include <QList>

namespace homewire::ui {

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Size,
        Flags,
        Payload,
        ColumnCount
    };
    enum Role
    {
        SerialRole = Qt::UserRole + 1,
    };

    struct Entry
    {
        mqtt::ApplicationMessage message;
        quint64 serial = 0;
    };

    explicit HistoryModel(QObject *parent = nullptr);

    // `messages` oldest first, as received; keeps the newest `limit`.
    void setMessages(const QList<mqtt::ApplicationMessage> &messages, int limit);
    // Adds a message as row 0; drops the oldest beyond the limit.
    quint64 prepend(const mqtt::ApplicationMessage &message);
    void clear();

    int limit() const { return m_limit; }
    const Entry &entry(int row) const { return m_entries.at(row); }
    // Row of the entry with `serial`, or -1 once it fell off the end.
    int rowOfSerial(quint64 serial) const;
    quint64 newestSerial() const { return m_entries.isEmpty() ? 0 : m_entries.first().serial; }
    // The message received just before the one with `serial`, if kept.
    const Entry *previousOf(quint64 serial) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries; // newest first
    int m_limit = 100;
    quint64 m_nextSerial = 1;
};

// "14:03:21.532" today, "2024-05-01 14:03:21" on another day (local time).
QString formatReceivedTime(qint64 receivedMs);

} // namespace homewire::ui
