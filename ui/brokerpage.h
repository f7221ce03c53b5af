// BrokerPage: the embedded broker. Start and stop it and choose its port;
// the Overview tab shows its clients, rates, retained count and log, the
// Users & Access tab who may connect from where and what they may do.
//
// It never waits on the broker: figures arrive as snapshots requested once a
// second, log lines in batches from the LogCollector.
//
// The broker always listens on 127.0.0.1 (anonymous clients welcome: the
// dashboard and explorer are among them). With network access on, the
// listeners NetworkAccess describes are added on 0.0.0.0; when they cannot
// open, the broker starts again without them and the page says why.
#pragma once

#include "broker/brokerconfig.h"
#include "broker/listenersettings.h"
#include "broker/net/brokerserver.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace homewire {
class LogCollector;
}

namespace homewire::ui {

class AccessController;
class AccessPage;
class ClientTableModel;

class BrokerPage : public QWidget
{
    Q_OBJECT

public:
    // `config`: the broker's (its data directory holds access.db and tls/).
    BrokerPage(broker::net::BrokerServer &server, const broker::BrokerConfig &config, LogCollector *log,
               QWidget *parent = nullptr);
    // Without a data directory: no users, rules or certificates to manage.
    BrokerPage(broker::net::BrokerServer &server, LogCollector *log, QWidget *parent = nullptr);

    // Starts the broker on the configured port (asynchronously).
    void startBroker();
    void stopBroker();
    // Restarts a running broker with the listeners the settings now ask for.
    void applyNetworkAccess();
    // The listeners the next start uses: loopback first, then the network ones.
    QList<broker::ListenerSettings> listenerSettings() const;
    // Where network listeners bind: 0.0.0.0, or 127.0.0.1 for tests.
    void setNetworkAddress(const QHostAddress &address) { m_networkAddress = address; }
    ClientTableModel *clientModel() const { return m_clients; }
    AccessPage *accessPage() const { return m_accessPage; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void brokerStateChanged(bool running);

private:
    QWidget *createHeader();
    QWidget *createOverview(LogCollector *log);
    QTableView *createClientTable(QWidget *parent);
    void start(bool withNetwork);
    void onStartFinished(const QString &error);
    void onSnapshot(const broker::net::BrokerSnapshot &snapshot);
    void updateState();
    QWidget *createFigure(const QString &caption, QLabel **value);

    broker::net::BrokerServer &m_server;
    const QString m_dataDirectory;
    ClientTableModel *m_clients;
    AccessController *m_access = nullptr;
    AccessPage *m_accessPage = nullptr;
    QTabWidget *m_tabs = nullptr;
    QHostAddress m_networkAddress{QHostAddress::AnyIPv4};
    bool m_startedWithNetwork = false;
    bool m_networkChangePending = false; // network access changed while the broker was starting
    QString m_networkProblem;
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
