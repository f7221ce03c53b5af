#include "clienttablemodel.h"

#include <QBrush>
#include <QPalette>
#include <algorithm>

namespace homewire::ui {

namespace {

bool sameFigures(const broker::ClientInfo &a, const broker::ClientInfo &b)
{
    return a.address == b.address && a.protocolVersion == b.protocolVersion && a.online == b.online &&
           a.subscriptions == b.subscriptions && a.inflight == b.inflight && a.queued == b.queued;
}

QString protocolName(mqtt::ProtocolVersion version)
{
    switch (version) {
    case mqtt::ProtocolVersion::V31:
        return QStringLiteral("MQTT 3.1");
    case mqtt::ProtocolVersion::V311:
        return QStringLiteral("MQTT 3.1.1");
    case mqtt::ProtocolVersion::V5:
        return QStringLiteral("MQTT 5.0");
    }
    return {};
}

} // namespace

ClientTableModel::ClientTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ClientTableModel::setClients(QList<broker::ClientInfo> clients)
{
    std::sort(clients.begin(), clients.end(), [](const broker::ClientInfo &a, const broker::ClientInfo &b) {
        return a.clientId < b.clientId;
    });
    // Merge the two sorted lists: remove, update and insert in place.
    int row = 0;
    qsizetype i = 0;
    while (row < m_clients.size() || i < clients.size()) {
        if (i >= clients.size() ||
            (row < m_clients.size() && m_clients[row].clientId < clients[i].clientId)) {
            beginRemoveRows({}, row, row);
            m_clients.removeAt(row);
            endRemoveRows();
        } else if (row >= m_clients.size() || clients[i].clientId < m_clients[row].clientId) {
            beginInsertRows({}, row, row);
            m_clients.insert(row, clients[i]);
            endInsertRows();
            ++row;
            ++i;
        } else {
            if (!sameFigures(m_clients[row], clients[i])) {
                m_clients[row] = clients[i];
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++i;
        }
    }
}

int ClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const broker::ClientInfo &c = m_clients.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case ClientId:
            return QString::fromUtf8(c.clientId);
        case User:
            if (!c.userKnown)
                return QString();
            return c.userName.isEmpty() ? tr("(anonymous)") : QString::fromUtf8(c.userName);
        case Address:
            return c.online ? c.address : QString();
        case Protocol:
            return c.online ? protocolName(c.protocolVersion) : QString();
        case State:
            return c.online ? tr("Online") : tr("Offline (session kept)");
        case Subscriptions:
            return c.subscriptions;
        case Inflight:
            return c.inflight;
        case Queued:
            return c.queued;
        case ColumnCount:
            break;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() >= Subscriptions) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole && !c.online) {
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    } else if (role == Qt::ToolTipRole && index.column() == ClientId) {
        return c.cleanSession ? tr("Clean session: forgotten when the client disconnects")
                              : tr("Persistent session: subscriptions and messages are kept while offline");
    }
    return {};
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ClientId:
        return tr("Client ID");
    case User:
        return tr("User");
    case Address:
        return tr("Address");
    case Protocol:
        return tr("Protocol");
    case State:
        return tr("State");
    case Subscriptions:
        return tr("Subscriptions");
    case Inflight:
        return tr("In flight");
    case Queued:
        return tr("Queued");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace homewire::ui
