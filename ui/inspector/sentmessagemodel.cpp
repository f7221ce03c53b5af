#include "sentmessagemodel.h"

#include "history/payload/payloadtext.h"

#include <algorithm>

namespace homewire::ui {

SentMessageModel::SentMessageModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SentMessageModel::add(const SentMessage &message)
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (!m_messages[row].sameMessage(message))
            continue;
        if (row > 0) {
            beginMoveRows({}, row, row, {}, 0);
            m_messages.move(row, 0);
            endMoveRows();
        }
        m_messages[0] = message; // keeps the latest mode (raw or JSON)
        emit dataChanged(index(0), index(0));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_messages.prepend(message);
    endInsertRows();
    if (m_messages.size() > MaxMessages) {
        beginRemoveRows({}, MaxMessages, int(m_messages.size()) - 1);
        m_messages.resize(MaxMessages);
        endRemoveRows();
    }
}

void SentMessageModel::setMessages(const QList<SentMessage> &messages)
{
    beginResetModel();
    m_messages.clear();
    for (const SentMessage &message : messages) {
        const bool duplicate =
            std::any_of(m_messages.cbegin(), m_messages.cend(),
                        [&](const SentMessage &kept) { return kept.sameMessage(message); });
        if (!duplicate && m_messages.size() < MaxMessages)
            m_messages.append(message);
    }
    endResetModel();
}

int SentMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant SentMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SentMessage &message = m_messages[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QString flags = tr("QoS %1").arg(int(message.qos));
        if (message.retain)
            flags += tr(", retained");
        const QString preview =
            message.payload.isEmpty() ? tr("(empty payload)") : payload::previewLine(message.payload, 80);
        return QStringLiteral("%1   \u00b7 %2\n%3").arg(QString::fromUtf8(message.topic), flags, preview);
    }
    case Qt::ToolTipRole:
        return payload::textExcerpt(message.payload, 2000).text;
    default:
        return {};
    }
}

} // namespace homewire::ui
