#include "historymodel.h"

#include "history/payload/payloadtext.h"

#include <QDateTime>
#include <QFontDatabase>

namespace homewire::ui {

QString formatReceivedTime(qint64 receivedMs)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(receivedMs).toLocalTime();
    if (time.date() == QDate::currentDate())
        return time.toString(QStringLiteral("HH:mm:ss.zzz"));
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HistoryModel::setMessages(const QList<mqtt::ApplicationMessage> &messages, int limit)
{
    beginResetModel();
    m_limit = qMax(1, limit);
    m_entries.clear();
    const qsizetype first = qMax<qsizetype>(0, messages.size() - m_limit);
    for (qsizetype i = messages.size() - 1; i >= first; --i)
        m_entries.append(Entry{messages[i], 0});
    // Serials grow with arrival: the oldest kept message gets the smallest.
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i)
        m_entries[i].serial = m_nextSerial++;
    endResetModel();
}

quint64 HistoryModel::prepend(const mqtt::ApplicationMessage &message)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(Entry{message, m_nextSerial++});
    endInsertRows();
    if (m_entries.size() > m_limit) {
        const int first = m_limit;
        beginRemoveRows({}, first, int(m_entries.size()) - 1);
        m_entries.resize(m_limit);
        endRemoveRows();
    }
    return m_entries.first().serial;
}

void HistoryModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int HistoryModel::rowOfSerial(quint64 serial) const
{
    // Serials decrease down the rows, so the row follows from the newest.
    if (m_entries.isEmpty() || serial > m_entries.first().serial)
        return -1;
    const quint64 row = m_entries.first().serial - serial;
    if (row >= quint64(m_entries.size()) || m_entries[qsizetype(row)].serial != serial)
        return -1;
    return int(row);
}

const HistoryModel::Entry *HistoryModel::previousOf(quint64 serial) const
{
    const int row = rowOfSerial(serial);
    if (row < 0 || row + 1 >= m_entries.size())
        return nullptr;
    return &m_entries[row + 1];
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &entry = m_entries[index.row()];
    const mqtt::ApplicationMessage &message = entry.message;
    if (role == SerialRole)
        return entry.serial;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return formatReceivedTime(message.receivedMs);
        case Size:
            return payload::humanSize(message.payload.size());
        case Flags:
            return message.retained ? tr("QoS %1, retained").arg(int(message.qos))
                                    : tr("QoS %1").arg(int(message.qos));
        case Payload:
            return payload::previewLine(message.payload, 160);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Time)
        return QDateTime::fromMSecsSinceEpoch(message.receivedMs).toLocalTime().toString(Qt::ISODateWithMs);
    if (role == Qt::FontRole && index.column() == Payload)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Received");
    case Size:
        return tr("Size");
    case Flags:
        return tr("Delivery");
    case Payload:
        return tr("Payload");
    }
    return {};
}

} // namespace homewire::ui
