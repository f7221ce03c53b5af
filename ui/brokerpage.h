// BrokerPage: the embedded broker at a glance. Start and stop it, choose its
// port, watch its clients, rates, retained count and log.
//
// It never waits on the broker: figures arrive as snapshots requested once a
// second, log lines in batches from the LogCollector.
#pragma once

#include "broker/net/brokerserver.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace homewire {
class LogCollector;
}

namespace homewire::ui {

class ClientTableModel;

class BrokerPage : public QWidget
{
    Q_OBJECT

public:
    BrokerPage(broker::net::BrokerServer &server, LogCollector *log, QWidget *parent = nullptr);

    // Starts the broker on the configured port (asynchronously).
    void startBroker();
    void stopBroker();
    ClientTableModel *clientModel() const { return m_clients; }

signals:
    void brokerStateChanged(bool running);

private:
    void onStartFinished(const QString &error);
    void onSnapshot(const broker::net::BrokerSnapshot &snapshot);
    void updateState();
    QWidget *createFigure(const QString &caption, QLabel **value);

    broker::net::BrokerServer &m_server;
    ClientTableModel *m_clients;
    QTimer *m_refresh;
    QLabel *m_status;
    QLabel *m_address;
    QLabel *m_error;
    QPushButton *m_startStop;
    QSpinBox *m_port;
    QLabel *m_online = nullptr;
    QLabel *m_inRate = nullptr;
    QLabel *m_outRate = nullptr;
    QLabel *m_retained = nullptr;
    QLabel *m_subscriptions = nullptr;
    QLabel *m_uptime = nullptr;
    QTableView *m_table;
    QPlainTextEdit *m_log;
    qint64 m_lastReceived = -1;
    qint64 m_lastSent = -1;
    qint64 m_lastSnapshotMs = 0;
};

} // namespace homewire::ui
