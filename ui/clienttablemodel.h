// ClientTableModel: the embedded broker's clients (online connections and
// offline persistent sessions) as a table.
//
// Fed with snapshots; each update is applied as a diff keyed by client
// identifier (row inserts, removals and ranged dataChanged), never a reset,
// so selection and scrolling survive the once-a-second refresh.
#pragma once

#include "broker/broker.h"

#include <QAbstractTableModel>
#include <QList>

namespace homewire::ui {

class ClientTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ClientId,
        User,
        Address,
        Protocol,
        State,
        Subscriptions,
        Inflight,
        Queued,
        ColumnCount
    };

    explicit ClientTableModel(QObject *parent = nullptr);

    void setClients(QList<broker::ClientInfo> clients);
    const broker::ClientInfo &client(int row) const { return m_clients.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<broker::ClientInfo> m_clients; // kept sorted by client identifier
};

} // namespace homewire::ui
